package org.xms4j.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.known.MessageClass;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.AttachMethod;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.MobileAddress;
import org.xms4j.message.SmsMessage;
import org.xms4j.message.ProtocolExamples;
import org.xms4j.validation.Finding;
import org.xms4j.validation.Level;
import org.xms4j.validation.Profile;
import org.xms4j.validation.RuleCatalogue;
import org.xms4j.validation.RuleInfo;
import org.xms4j.validation.Scope;
import org.xms4j.validation.ValidationReport;

/**
 * Issue 4: the MIME-scope rules XMS-R201 to XMS-R228. For each rule a conforming and a violating
 * fixture, built in code from our own conforming output by one targeted change; exactly that rule
 * fires on the violating one and nothing fires on the conforming one.
 */
class MimeValidatorTest {

  /** A check that must report nothing, or exactly one rule. */
  @FunctionalInterface
  interface Check {
    ValidationReport run() throws Exception;
  }

  /** An SMS object with a mobile sender and recipient, so that X-MS-Reply-To-Mobile is written. */
  static Message smsObject() {
    return SmsMessage.builder().body("What time is the meeting?\r\nBring the slides.")
        .sender(MobileAddress.of("Ann", "+14255550100")).to(MobileAddress.ofNumber("+14255550123"))
        .submitTime(Instant.parse("2024-05-01T10:15:30Z")).build().message();
  }

  private static String sms() {
    return Fixtures.text(Fixtures.write(smsObject()).value());
  }

  private static String mms() {
    return Fixtures.text(Fixtures.write(ProtocolExamples.mms().message()).value());
  }

  private static String note() {
    return Fixtures.text(Fixtures.write(RoundTripTest.richNote()).value());
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String replace(String s, String from, String to) {
    assertThat(s).as("fixture text to replace").contains(from);
    return s.replace(from, to);
  }

  /** Writes every delimiter line as the bare boundary, without the leading "--" (RFC 2046 5.1.1 requires it). */
  static String bareBoundaries(String mime) {
    Matcher m = Pattern.compile("boundary=\"([^\"]+)\"").matcher(mime);
    assertThat(m.find()).as("boundary parameter in the fixture").isTrue();
    String b = m.group(1);
    return replace(replace(mime, "\r\n--" + b + "--", "\r\n" + b), "\r\n--" + b, "\r\n" + b);
  }

  private static ValidationReport alone(String mime) throws Exception {
    return MimeValidator.validate(b(mime), Profile.SPEC);
  }

  private static ValidationReport read(String mime, Message m) throws Exception {
    return MimeValidator.validateRead(b(mime), m, Profile.SPEC);
  }

  private static ValidationReport read(String mime) throws Exception {
    return read(mime, Fixtures.read(b(mime)).value());
  }

  private static ValidationReport written(Message m, String mime) throws Exception {
    return MimeValidator.validateWritten(m, b(mime), Profile.SPEC);
  }

  private static Message noteRead() {
    return Fixtures.read(b(note())).value();
  }

  /** A plain note without subject prefix or normalized subject, with one attachment. */
  private static Message simpleNote(String subject) {
    return Message.builder().set(PidTag.MESSAGE_CLASS, "IPM.Note").set(PidTag.SUBJECT, subject)
        .set(PidTag.BODY, "Hello\r\n").build();
  }

  private static Message withCharsetAttachment(String charset) {
    return simpleNote("With a text file").toBuilder().addAttachment(Attachment.of(PropertyBag.builder()
        .set(PidTag.ATTACH_METHOD, AttachMethod.BY_VALUE.value()).set(PidTag.ATTACH_LONG_FILENAME, "a.txt")
        .set(PidTag.ATTACH_MIME_TAG, "text/plain").set(PidTag.TEXT_ATTACHMENT_CHARSET, charset)
        .set(PidTag.ATTACH_DATA_BINARY, Bytes.encode("Zeile\r\n", StandardCharsets.US_ASCII)).build())).build();
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    Message mmsObject = ProtocolExamples.mms().message();
    Message rich = RoundTripTest.richNote();
    // [MS-OMS] 2.2.2.1: MIME alone (and this library's reading of it)
    out.add(Arguments.of("XMS-R201", (Check) () -> alone(sms()),
        (Check) () -> alone(replace(sms(), "Content-class: MS-OMS-SMS", "Content-class: Mobile-SMS"))));
    out.add(Arguments.of("XMS-R202", (Check) () -> alone(sms()),
        (Check) () -> alone(replace(sms(), "X-MS-Reply-To-Mobile: +14255550100", "X-MS-Reply-To-Mobile: Ann"))));
    out.add(Arguments.of("XMS-R203", (Check) () -> alone(sms()),
        (Check) () -> alone(replace(sms(), "Subject: What time is the meeting?", "Subject: Meeting"))));
    out.add(Arguments.of("XMS-R204", (Check) () -> written(mmsObject, mms()),
        (Check) () -> written(mmsObject, replace(mms(), "Subject: Here's the photo.", "Subject: A photo"))));
    out.add(Arguments.of("XMS-R205", (Check) () -> alone(mms()),
        (Check) () -> alone(replace(mms(), " (open the message to view content)", ""))));
    out.add(Arguments.of("XMS-R206", (Check) () -> alone(sms()),
        (Check) () -> alone(replace(sms(), "Content-Transfer-Encoding: quoted-printable",
            "Content-Transfer-Encoding: 8bit"))));
    out.add(Arguments.of("XMS-R207", (Check) () -> alone(mms()),
        (Check) () -> alone(replace(mms(), "type=\"application/smil\"", "type=\"text/html\""))));
    out.add(Arguments.of("XMS-R208", (Check) () -> alone(mms()),
        (Check) () -> alone(replace(mms(), "name=\"mmspresent.smil\"", "name=\"MMS.smil\""))));
    out.add(Arguments.of("XMS-R209", (Check) () -> alone(mms()),
        (Check) () -> alone(replace(mms(), "Content-Type: image/jpeg; name=\"photo.jpg\"\r\n", ""))));
    String mixedMms = replace(replace(mms(), "multipart/related; type=\"application/smil\";", "multipart/mixed;"),
        "Content-Type: application/smil; name=\"mmspresent.smil\"", "Content-Type: text/plain; name=\"MMS.smil\"");
    out.add(Arguments.of("XMS-R210", (Check) () -> alone(mixedMms),
        (Check) () -> alone(replace(mixedMms, "multipart/mixed;", "multipart/alternative;"))));
    // RFC 2046: the multipart structure the converter repairs
    out.add(Arguments.of("XMS-R228", (Check) () -> alone(mms()), (Check) () -> alone(bareBoundaries(mms()))));
    // reader rules
    out.add(Arguments.of("XMS-R211", (Check) () -> read(sms()),
        (Check) () -> read(sms(), Fixtures.read(b(sms())).value().toBuilder()
            .set(PidTag.MESSAGE_CLASS, MessageClass.IPM_NOTE).build())));
    String attachedText = "From: a@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/plain;"
        + " charset=us-ascii\r\nContent-Disposition: attachment; filename=\"t.txt\"\r\n\r\nHello\r\n";
    out.add(Arguments.of("XMS-R214", (Check) () -> read(attachedText),
        (Check) () -> read(attachedText, Fixtures.read(b(attachedText)).value().toBuilder()
            .set(PidTag.BODY, "Hello\r\n").build())));
    out.add(Arguments.of("XMS-R215", (Check) () -> read(note()),
        (Check) () -> read(note(), noteRead().toBuilder().remove(PidTag.HTML).build())));
    out.add(Arguments.of("XMS-R216", (Check) () -> read(note()),
        (Check) () -> read(note(), noteRead().toBuilder().set(PidTag.SENT_REPRESENTING_SMTP_ADDRESS,
            "assistant@example.com").set(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS, "assistant@example.com").build())));
    out.add(Arguments.of("XMS-R219", (Check) () -> read(note()),
        (Check) () -> read(replace(note(), "X-Mailer: xms4j test", "X-Mailer: =?utf-8?Q?caf=C3=A9?="),
            noteRead().toBuilder().set(HeaderRules.internetHeader("X-Mailer"), "=?utf-8?Q?caf=C3=A9?=").build())));
    out.add(Arguments.of("XMS-R220", (Check) () -> read(note()),
        (Check) () -> read(note(), noteRead().toBuilder().set(PidTag.MESSAGE_CLASS, "IPM.Note.Custom.X").build())));
    String bodyId = replace(note(), "Content-Type: text/html; charset=utf-8\r\n",
        "Content-Type: text/html; charset=utf-8\r\nContent-ID: < body@example.com >\r\n");
    out.add(Arguments.of("XMS-R222", (Check) () -> read(bodyId),
        (Check) () -> read(bodyId, Fixtures.read(b(bodyId)).value().toBuilder()
            .set(PidTag.BODY_CONTENT_ID, "<body@example.com>").build())));
    out.add(Arguments.of("XMS-R223", (Check) () -> read(note()),
        (Check) () -> read(note(), noteRead().toBuilder().set(PidTag.IMPORTANCE, 1).build())));
    String unrelated = replace(note(), "multipart/related; type=\"multipart/alternative\";", "multipart/mixed;");
    out.add(Arguments.of("XMS-R225", (Check) () -> read(unrelated),
        (Check) () -> read(unrelated, noteRead())));
    String textOnly = "From: a@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/plain;"
        + " charset=us-ascii\r\n\r\nHello\r\n";
    out.add(Arguments.of("XMS-R226", (Check) () -> read(replace(textOnly, "Subject: x", "Subject: x\r\nX-Mailer:"
        + " iPhone Mail (Apple)"), Fixtures.read(b(textOnly)).value().toBuilder().set(PidTag.HTML,
            Bytes.encode("<p>Hello</p>", StandardCharsets.US_ASCII)).set(PidTag.INTERNET_CODEPAGE, 20127).build()),
        (Check) () -> read(textOnly, Fixtures.read(b(textOnly)).value().toBuilder().set(PidTag.HTML,
            Bytes.encode("<p>Hello</p>", StandardCharsets.US_ASCII)).set(PidTag.INTERNET_CODEPAGE, 20127).build())));
    String withText = Fixtures.text(Fixtures.write(withCharsetAttachment("iso-8859-1")).value());
    out.add(Arguments.of("XMS-R227", (Check) () -> read(withText),
        (Check) () -> read(withText, Fixtures.read(b(withText)).value().toBuilder().attachments(List.of(
            Attachment.of(Fixtures.read(b(withText)).value().attachments().get(0).properties().toBuilder()
                .set(PidTag.TEXT_ATTACHMENT_CHARSET, "utf-8").build()))).build())));
    // writer rules
    Message latin = simpleNote("Grüße").toBuilder().set(PidTag.BODY, "Grüße\r\n").build();
    String latinMime = Fixtures.text(Fixtures.write(latin).value());
    out.add(Arguments.of("XMS-R212", (Check) () -> written(latin, latinMime),
        (Check) () -> written(latin, replace(replace(latinMime, "charset=iso-8859-15", "charset=utf-8"), "Gr=FC=DFe",
            "Gr=C3=BC=C3=9Fe"))));
    out.add(Arguments.of("XMS-R213", (Check) () -> written(rich, note()),
        (Check) () -> written(rich.toBuilder().attachments(List.of(Attachment.of(rich.attachments().get(0)
            .properties().toBuilder().set(PidTag.ATTACH_FLAGS, 0).build()), rich.attachments().get(1),
            rich.attachments().get(2))).build(), note())));
    Message plainSubject = simpleNote("Hello there");
    String plainMime = Fixtures.text(Fixtures.write(plainSubject).value());
    out.add(Arguments.of("XMS-R217", (Check) () -> written(plainSubject, plainMime),
        (Check) () -> written(plainSubject, replace(plainMime, "Subject: Hello there", "Subject: Hello"))));
    out.add(Arguments.of("XMS-R218", (Check) () -> alone(note()),
        (Check) () -> alone(replace(note(), "Subject: =?utf-8?Q?RE:", "Subject: Again\r\nSubject: =?utf-8?Q?RE:"))));
    out.add(Arguments.of("XMS-R221", (Check) () -> written(rich, note()),
        (Check) () -> written(rich, replace(note(), "Content-class: urn:content-classes:message\r\n", ""))));
    Message withBodyId = rich.toBuilder().set(PidTag.BODY_CONTENT_ID, "body@example.com").build();
    String withBodyIdMime = Fixtures.text(Fixtures.write(withBodyId).value());
    out.add(Arguments.of("XMS-R222", (Check) () -> written(withBodyId, withBodyIdMime),
        (Check) () -> written(withBodyId, replace(withBodyIdMime, "Content-ID: <body@example.com>\r\n", ""))));
    out.add(Arguments.of("XMS-R224", (Check) () -> written(rich, note()),
        (Check) () -> written(rich, replace(note(), "Message-ID: <m1@example.com>", "Message-ID: <m9@example.com>"))));
    Message textAtt = withCharsetAttachment("iso-8859-1");
    out.add(Arguments.of("XMS-R227", (Check) () -> written(textAtt, withText),
        (Check) () -> written(textAtt, replace(withText, "charset=iso-8859-1", "charset=utf-8"))));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void exactlyTheRuleFires(String id, Check conforming, Check violating) throws Exception {
    ValidationReport ok = conforming.run();
    assertThat(ok.findings()).as("conforming fixture of " + id).isEmpty();
    assertThat(ok.checkedRules()).extracting(Object::toString).contains(id);
    ValidationReport bad = violating.run();
    assertThat(bad.findings()).as("violating fixture of " + id).isNotEmpty()
        .allSatisfy(f -> assertThat(f.ruleId().value()).as(f.toString()).isEqualTo(id));
    for (Finding f : bad.findings()) {
      assertThat(f.path().segments()).hasSize(1);
      assertThat(f.path().segments().get(0)).matches("(part [0-9.]+|header [A-Za-z-]+)");
      assertThat(f.message()).contains("expected").contains(", was");
    }
  }

  @Test
  void everyMimeRuleOfTheCatalogueIsImplementedAndHasACase() {
    List<String> catalogue = RuleCatalogue.all().stream().filter(r -> r.scope() == Scope.MIME && r.applicable())
        .map(r -> r.id().value()).toList();
    assertThat(MimeValidator.rules()).extracting(r -> r.id().value()).containsExactlyElementsOf(catalogue);
    assertThat(cases().map(a -> (String) a.get()[0]).distinct()).containsExactlyInAnyOrderElementsOf(catalogue);
    assertThat(MimeValidator.rules()).extracting(RuleInfo::id).doesNotHaveDuplicates();
  }

  @Test
  void ourOwnOutputForTheProtocolExamplesAndTheOmsFixturesHasNoMustFinding() throws Exception {
    for (Message m : List.of(ProtocolExamples.sms().message(), ProtocolExamples.mms().message())) {
      byte[] mime = Fixtures.write(m).value().toByteArray();
      assertThat(MimeValidator.validateWritten(m, mime, Profile.SPEC).findings(Level.MUST)).isEmpty();
      assertThat(MimeValidator.validate(mime, Profile.SPEC).findings()).isEmpty();
    }
    for (String f : List.of("oms-sms-example.eml", "oms-mms-example.eml")) {
      Message m = Fixtures.read(Fixtures.resource(f)).value();
      byte[] mime = Fixtures.write(m).value().toByteArray();
      assertThat(MimeValidator.validateWritten(m, mime, Profile.SPEC).findings(Level.MUST)).as(f).isEmpty();
      assertThat(MimeValidator.validate(mime, Profile.SPEC).findings(Level.MUST)).as(f).isEmpty();
    }
  }

  @Test
  void theOmsExamplesAsTranscribedBreakTheRulesTheSpecPrintsThemWith() throws Exception {
    // [MS-OMS] 4.5 prints the SMS with Subject "This is a text message", which is neither the first
    // line nor the first 40 characters of its body (2.2.2.1.1.5), and its text part is 8bit
    ValidationReport sms = MimeValidator.validate(Fixtures.resource("oms-sms-example.eml"), Profile.SPEC);
    assertThat(sms.findings(Level.MUST)).extracting(f -> f.ruleId().value()).contains("XMS-R203");
    // the MMS example: its Subject reminder is worded "view its content", which R205 accepts
    ValidationReport mms = MimeValidator.validate(Fixtures.resource("oms-mms-example.eml"), Profile.SPEC);
    assertThat(mms.findings()).extracting(f -> f.ruleId().value()).doesNotContain("XMS-R205", "XMS-R207");
  }
}
