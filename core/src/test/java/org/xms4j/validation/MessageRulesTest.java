package org.xms4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xms4j.validation.Fixtures.change;
import static org.xms4j.validation.Fixtures.withAttachment;
import static org.xms4j.validation.Fixtures.withRecipient;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.PidLid;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.MessageFlag;
import org.xms4j.message.Recipient;
import org.xms4j.message.RecipientType;

/**
 * One row per Message-object rule: a minimal conforming message (no finding of any level) and a
 * violating one made from it by one change, on which exactly that rule fires.
 */
class MessageRulesTest {

  /** A rule, the profile, the conforming base and the change that violates the rule. */
  record Case(String rule, Profile profile, String baseName, Supplier<Message> base, UnaryOperator<Message> violate,
      String change) {
    @Override
    public String toString() {
      return rule + " (" + baseName + ": " + change + ")";
    }
  }

  private static Case spec(String rule, String baseName, Supplier<Message> base, String change,
      UnaryOperator<Message> violate) {
    return new Case(rule, Profile.SPEC, baseName, base, violate, change);
  }

  private static Case sms(String rule, String change, UnaryOperator<Message> violate) {
    return spec(rule, "sms", Fixtures::sms, change, violate);
  }

  private static Case mms(String rule, String change, UnaryOperator<Message> violate) {
    return spec(rule, "mms", Fixtures::mms, change, violate);
  }

  private static Case plain(String rule, String change, UnaryOperator<Message> violate) {
    return spec(rule, "plain", Fixtures::plain, change, violate);
  }

  private static Case attached(String rule, String change, UnaryOperator<Message> violate) {
    return spec(rule, "plainWithAttachment", Fixtures::plainWithAttachment, change, violate);
  }

  private static Case outlook(String rule, String baseName, Supplier<Message> base, String change,
      UnaryOperator<Message> violate) {
    return new Case(rule, Profile.OUTLOOK, baseName, base, violate, change);
  }

  private static Message put(Message m, PropertyKey key, PropertyValue value) {
    return change(m, b -> b.propertiesBuilder().put(key, value));
  }

  private static Message secondAttachment(Message m, UnaryOperator<org.xms4j.mapi.PropertyBag.Builder> props) {
    Attachment a = Attachment.byValue("more.txt", "text/plain", Bytes.encode("more", StandardCharsets.UTF_8));
    return change(m, b -> b.addAttachment(a.withProperties(props.apply(a.properties().toBuilder()).build())));
  }

  private static Message secondRecipient(Message m, UnaryOperator<org.xms4j.mapi.PropertyBag.Builder> props) {
    Recipient r = Recipient.of(RecipientType.CC, "Bob", "SMTP", "bob@example.com");
    return change(m, b -> b.addRecipient(new Recipient(props.apply(r.properties().toBuilder()).build()))
        .set(PidTag.DISPLAY_CC, "Bob"));
  }

  /** The message with the property stored as PtypString holding the text instead. */
  private static Message storedAsString(Message m, PropertyKey k, String text) {
    return change(m, b -> b.propertiesBuilder().remove(k).put(k.withType(PropertyType.STRING),
        new PropertyValue.Text(text)));
  }

  static List<Case> cases() {
    List<Case> l = new ArrayList<>();
    // [MS-OXOSMMS]
    l.add(sms("XMS-R001", "OMSServiceType stored as PtypString \"1\"",
        m -> storedAsString(m, PidName.OMS_SERVICE_TYPE.key(), "1")));
    l.add(sms("XMS-R002", "account GUID without braces",
        m -> change(m, b -> b.set(PidName.OMS_ACCOUNT_GUID, "01234567-0123-0123-0123-0123456789AB"))));
    l.add(sms("XMS-R003", "service type 2", m -> change(m, b -> b.set(PidName.OMS_SERVICE_TYPE, 2))));
    l.add(sms("XMS-R004", "source type 5", m -> change(m, b -> b.set(PidName.OMS_SOURCE_TYPE, 5))));
    l.add(sms("XMS-R005", "content class MS-OMS-XMS", m -> change(m, b -> b.set(PidName.CONTENT_CLASS, "MS-OMS-XMS"))));
    l.add(sms("XMS-R006", "no icon index", m -> change(m, b -> b.remove(PidTag.ICON_INDEX))));
    l.add(sms("XMS-R007", "icon index 0", m -> change(m, b -> b.set(PidTag.ICON_INDEX, 0))));
    l.add(sms("XMS-R008", "class IPM.Note (content class says SMS)",
        m -> change(m, b -> b.set(PidTag.MESSAGE_CLASS, "IPM.Note"))));
    l.add(mms("XMS-R009", "class IPM.Note.Mobile.MMSX (content class says MMS)",
        m -> change(m, b -> b.set(PidTag.MESSAGE_CLASS, "IPM.Note.Mobile.MMSX"))));
    l.add(sms("XMS-R010", "no PidTagBody", m -> change(m, b -> b.remove(PidTag.BODY))));
    l.add(sms("XMS-R011", "no PidTagInternetCodepage", m -> change(m, b -> b.remove(PidTag.INTERNET_CODEPAGE))));
    l.add(mms("XMS-R012", "HTML as PidTagBodyHtml (PtypString) instead of PidTagHtml",
        m -> change(m, b -> b.remove(PidTag.HTML).set(PidTag.BODY_HTML, Fixtures.MMS_HTML))));
    l.add(sms("XMS-R013", "normalized subject not taken from the body", m -> change(m, b -> b
        .set(PidTag.NORMALIZED_SUBJECT, "Dinner plans").set(PidTag.SUBJECT, "Dinner plans"))));
    l.add(sms("XMS-R014", "content class MS-OMS-MMS on an SMS class",
        m -> change(m, b -> b.set(PidName.CONTENT_CLASS, "MS-OMS-MMS"))));
    l.add(mms("XMS-R015", "HTML references cid:missing@x", m -> change(m, b -> b.set(PidTag.HTML,
        Bytes.encode(Fixtures.MMS_HTML.replace("</BODY>", "<IMG SRC=\"cid:missing@x\"></BODY>"),
            StandardCharsets.UTF_8)))));
    l.add(mms("XMS-R016", "SMIL src names no part",
        m -> Fixtures.withSmil(m, Fixtures.smil("cid:" + Fixtures.IMAGE_ID, "other.txt"))));
    l.add(mms("XMS-R017", "photo.jpg not hidden", m -> withAttachment(m, 2, p -> p.set(PidTag.ATTACHMENT_HIDDEN, false))));
    // [MS-OXCMSG], [MS-OXCMAIL]: message
    l.add(plain("XMS-R020", "class with a non-ASCII character",
        m -> change(m, b -> b.set(PidTag.MESSAGE_CLASS, "IPM.Note.R\u00E9sum\u00E9"))));
    l.add(plain("XMS-R021", "class ending in a period", m -> change(m, b -> b.set(PidTag.MESSAGE_CLASS, "IPM.Note."))));
    l.add(plain("XMS-R022", "empty class", m -> change(m, b -> b.set(PidTag.MESSAGE_CLASS, ""))));
    l.add(plain("XMS-R023", "class of 139 characters",
        m -> change(m, b -> b.set(PidTag.MESSAGE_CLASS, "IPM.Note." + "X".repeat(130)))));
    l.add(plain("XMS-R024", "PidTagImportance stored as PtypString",
        m -> storedAsString(m, PidTag.IMPORTANCE.key(), "1")));
    l.add(plain("XMS-R025", "subject differs from prefix + normalized subject",
        m -> change(m, b -> b.set(PidTag.SUBJECT, "RE: Dinner"))));
    l.add(plain("XMS-R026", "normalized subject of 254 characters",
        m -> change(m, b -> b.remove(PidTag.SUBJECT_PREFIX).set(PidTag.NORMALIZED_SUBJECT, "x".repeat(254))
            .set(PidTag.SUBJECT, "x".repeat(254)))));
    l.add(plain("XMS-R027", "undefined flag bit 0x00010000",
        m -> change(m, b -> b.set(PidTag.MESSAGE_FLAGS, MessageFlag.READ.mask() | 0x00010000))));
    l.add(plain("XMS-R028", "mfHasAttach without attachments",
        m -> change(m, b -> b.set(PidTag.MESSAGE_FLAGS, MessageFlag.READ.mask() | MessageFlag.HAS_ATTACH.mask()))));
    l.add(plain("XMS-R029", "PidTagHasAttachments true without attachments",
        m -> change(m, b -> b.set(PidTag.HAS_ATTACHMENTS, true))));
    l.add(plain("XMS-R030", "importance 3", m -> change(m, b -> b.set(PidTag.IMPORTANCE, 3))));
    l.add(plain("XMS-R031", "priority 2", m -> change(m, b -> b.set(PidTag.PRIORITY, 2))));
    l.add(plain("XMS-R032", "sensitivity 4", m -> change(m, b -> b.set(PidTag.SENSITIVITY, 4))));
    l.add(plain("XMS-R033", "native body 5", m -> change(m, b -> b.set(PidTag.NATIVE_BODY, 5))));
    l.add(plain("XMS-R034", "RTF with a wrong COMPSIZE", m -> change(m, b -> b.set(PidTag.RTF_COMPRESSED,
        Bytes.fromHex("10000000070000004D454C41000000007B5C727466317D")))));
    l.add(plain("XMS-R035", "HTML bytes not UTF-8", m -> change(m, b -> b.set(PidTag.HTML,
        Bytes.fromHex("3C703EFF3C2F703E")))));
    l.add(plain("XMS-R036", "body content location with spaces",
        m -> change(m, b -> b.set(PidTag.BODY_CONTENT_LOCATION, "http://example.com/a b"))));
    l.add(plain("XMS-R037", "HTML without code page", m -> change(m, b -> b.remove(PidTag.INTERNET_CODEPAGE)
        .set(PidTag.HTML, Bytes.encode("<p>Noon</p>", StandardCharsets.UTF_8)))));
    l.add(plain("XMS-R038", "HTML in UTF-16LE, code page 1200", m -> change(m, b -> b.set(PidTag.INTERNET_CODEPAGE, 1200)
        .set(PidTag.HTML, Bytes.encode("<p>Noon</p>", StandardCharsets.UTF_16LE)))));
    l.add(attached("XMS-R039", "inline attachment on a plain-text message",
        m -> withAttachment(m, 0, p -> p.set(PidTag.ATTACH_FLAGS, 4).set(PidTag.ATTACH_CONTENT_ID, "n@x"))));
    l.add(attached("XMS-R040", "inline attachment without content id or location", m -> withAttachment(
        change(m, b -> b.set(PidTag.HTML, Bytes.encode("<p>Noon</p>", StandardCharsets.UTF_8))), 0,
        p -> p.set(PidTag.ATTACH_FLAGS, 4))));
    // attachments
    l.add(attached("XMS-R041", "two attachments numbered 0", m -> secondAttachment(
        withAttachment(m, 0, p -> p.set(PidTag.ATTACH_NUMBER, 0)), p -> p.set(PidTag.ATTACH_NUMBER, 0))));
    l.add(attached("XMS-R042", "attach method 3", m -> withAttachment(m, 0, p -> p.set(PidTag.ATTACH_METHOD, 3))));
    l.add(attached("XMS-R043", "afByValue without PidTagAttachDataBinary",
        m -> withAttachment(m, 0, p -> p.remove(PidTag.ATTACH_DATA_BINARY))));
    l.add(attached("XMS-R044", "attach flags 0x8", m -> withAttachment(m, 0, p -> p.set(PidTag.ATTACH_FLAGS, 8))));
    l.add(attached("XMS-R045", "two attachments with one content id", m -> secondAttachment(
        withAttachment(m, 0, p -> p.set(PidTag.ATTACH_CONTENT_ID, "a@x")), p -> p.set(PidTag.ATTACH_CONTENT_ID, "<A@x>"))));
    l.add(attached("XMS-R046", "relative content location without content base",
        m -> withAttachment(m, 0, p -> p.set(PidTag.ATTACH_CONTENT_LOCATION, "images/notes.txt"))));
    l.add(attached("XMS-R047", "attachment link id 1", m -> withAttachment(m, 0,
        p -> p.put(PropertyKey.tagged(0x7FFA, PropertyType.INTEGER32), new PropertyValue.Int32(1)))));
    l.add(attached("XMS-R048", "attachment flags 2", m -> withAttachment(m, 0, p -> p.set(PidTag.ATTACHMENT_FLAGS, 2))));
    l.add(attached("XMS-R049", "attach tag 0102", m -> withAttachment(m, 0,
        p -> p.set(PidTag.ATTACH_TAG, Bytes.fromHex("0102")))));
    l.add(attached("XMS-R050", "additional information without encoding", m -> withAttachment(m, 0,
        p -> p.put(PropertyKey.tagged(0x370F, PropertyType.BINARY), new PropertyValue.Binary(Bytes.fromHex("3A43")))))); 
    l.add(attached("XMS-R051", "display name differs from the long file name",
        m -> withAttachment(m, 0, p -> p.set(PidTag.DISPLAY_NAME, "Notes"))));
    l.add(attached("XMS-R052", "long name in PidTagAttachFilename",
        m -> withAttachment(m, 0, p -> p.set(PidTag.ATTACH_FILENAME, "meeting-notes.text"))));
    l.add(attached("XMS-R053", "PidLidSmartNoAttach true with a visible attachment",
        m -> change(m, b -> b.set(PidLid.SMART_NO_ATTACH, true))));
    // recipients
    l.add(plain("XMS-R054", "recipient without type (and so in no display list)", m -> change(
        withRecipient(m, 0, p -> p.remove(PidTag.RECIPIENT_TYPE)), b -> b.remove(PidTag.DISPLAY_TO))));
    l.add(plain("XMS-R055", "recipient without address type", m -> withRecipient(m, 0, p -> p.remove(PidTag.ADDRESS_TYPE))));
    l.add(plain("XMS-R056", "recipient without display name", m -> change(
        withRecipient(m, 0, p -> p.remove(PidTag.DISPLAY_NAME)), b -> b.set(PidTag.DISPLAY_TO, "ann@example.com"))));
    l.add(plain("XMS-R057", "two recipients with row id 1", m -> secondRecipient(m, p -> p.set(PidTag.ROWID, 1))));
    l.add(plain("XMS-R058", "PidTagDisplayTo names another recipient",
        m -> change(m, b -> b.set(PidTag.DISPLAY_TO, "Bob"))));
    l.add(plain("XMS-R059", "2049 recipients", m -> change(m, b -> {
      for (int i = 1; i < 2049; i++) {
        b.addRecipient(Recipient.of(RecipientType.BCC, "R" + i, "SMTP", "r" + i + "@example.com"));
      }
      List<String> names = new ArrayList<>();
      for (int i = 1; i < 2049; i++) {
        names.add("R" + i);
      }
      b.set(PidTag.DISPLAY_BCC, String.join("; ", names));
    })));
    l.add(sms("XMS-R060", "MOBILE recipient number with a bracket",
        m -> change(withRecipient(m, 0, p -> p.set(PidTag.EMAIL_ADDRESS, "+1425]555").set(PidTag.DISPLAY_NAME,
            "+1425]555")), b -> b.set(PidTag.DISPLAY_TO, "+1425]555"))));
    // Outlook
    l.add(outlook("OUTLOOK-R003", "outlookSms", Fixtures::outlookSms, "sent-representing name differs",
        m -> change(m, b -> b.set(PidTag.SENT_REPRESENTING_NAME, "Someone"))));
    l.add(outlook("OUTLOOK-R004", "outlookSms", Fixtures::outlookSms, "received without delivery time",
        m -> change(m, b -> b.remove(PidTag.MESSAGE_DELIVERY_TIME))));
    l.add(outlook("OUTLOOK-R005", "outlookSms", Fixtures::outlookSms, "submit time in 1650",
        m -> change(m, b -> b.set(PidTag.CLIENT_SUBMIT_TIME, Instant.parse("1650-01-01T00:00:00Z")))));
    l.add(outlook("OUTLOOK-R006", "outlookSms", Fixtures::outlookSms, "no message flags",
        m -> change(m, b -> b.remove(PidTag.MESSAGE_FLAGS))));
    l.add(outlook("OUTLOOK-R007", "outlookSms", Fixtures::outlookSms, "no store support mask",
        m -> change(m, b -> b.remove(PidTag.STORE_SUPPORT_MASK))));
    l.add(outlook("OUTLOOK-R008", "outlookMms", Fixtures::outlookMms, "no RTF",
        m -> change(m, b -> b.remove(PidTag.RTF_COMPRESSED))));
    l.add(outlook("OUTLOOK-R009", "outlookMms", Fixtures::outlookMms, "no plain text body",
        m -> change(m, b -> b.remove(PidTag.BODY))));
    l.add(outlook("OUTLOOK-R010", "outlookMms", Fixtures::outlookMms, "cid-referenced photo without attach flags",
        m -> withAttachment(m, 2, p -> p.remove(PidTag.ATTACH_FLAGS))));
    l.add(outlook("OUTLOOK-R011", "outlookSms", Fixtures::outlookSms, "recipient without row id",
        m -> withRecipient(m, 0, p -> p.remove(PidTag.ROWID))));
    return l;
  }

  static Stream<Case> caseStream() {
    return cases().stream();
  }

  private static Set<String> ruleIds(ValidationReport r) {
    return r.findings().stream().map(f -> f.ruleId().value()).collect(Collectors.toCollection(TreeSet::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseStream")
  void conformingBaseHasNoFinding(Case c) {
    ValidationReport r = Validator.validate(c.base().get(), c.profile());
    assertThat(r.findings()).as(c.baseName() + " under " + c.profile()).isEmpty();
    assertThat(r.checkedRules()).contains(RuleId.of(c.rule()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caseStream")
  void violationFiresExactlyThatRule(Case c) {
    ValidationReport r = Validator.validate(c.violate().apply(c.base().get()), c.profile());
    assertThat(ruleIds(r)).as(r.toString()).containsExactly(c.rule());
    RuleInfo info = RuleCatalogue.require(c.rule());
    for (Finding f : r.findings()) {
      assertThat(f.level()).isEqualTo(info.level());
      assertThat(f.spec()).isEqualTo(info.spec());
      assertThat(f.covers()).isEqualTo(info.covers());
      assertThat(f.message()).contains("expected").contains("was");
    }
    assertThat(r.conforms()).isEqualTo(info.level() != Level.MUST);
  }

  @Test
  void everyImplementedRuleHasACase() {
    Set<String> tested = cases().stream().map(Case::rule).collect(Collectors.toCollection(TreeSet::new));
    assertThat(cases().stream().map(Case::rule)).doesNotHaveDuplicates();
    Set<String> implemented = MessageRules.all().stream().map(r -> r.info().id().value())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(tested).isEqualTo(implemented);
  }

  @Test
  void everyApplicableMessageRuleIsImplemented() {
    Set<String> catalogued = RuleCatalogue.all().stream()
        .filter(r -> r.scope() == Scope.MESSAGE && r.applicable() && !r.id().equals(RuleCatalogue.INTERNAL_ERROR))
        .map(r -> r.id().value()).collect(Collectors.toCollection(TreeSet::new));
    Set<String> implemented = MessageRules.all().stream().map(r -> r.info().id().value())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(implemented).isEqualTo(catalogued);
  }
}
