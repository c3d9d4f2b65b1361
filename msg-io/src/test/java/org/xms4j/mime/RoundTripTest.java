package org.xms4j.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.xms4j.mime.Fixtures.read;
import static org.xms4j.mime.Fixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.PidLid;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.AttachMethod;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.ProtocolExamples;
import org.xms4j.message.Recipient;
import org.xms4j.message.RecipientType;

/** MIME to Message to MIME, Message to MIME to Message, and deterministic output. */
class RoundTripTest {

  private static final Bytes PNG = Bytes.fromHex("89504E470D0A1A0A0000000D49484452");

  /** An ordinary message using every property the converter carries. */
  static Message richNote() {
    Message inner = Message.builder()
        .set(PidTag.MESSAGE_CLASS, "IPM.Note")
        .set(PidTag.SUBJECT, "Inner")
        .set(PidTag.NORMALIZED_SUBJECT, "Inner")
        .set(PidTag.BODY, "inner body\r\n")
        .set(PidTag.INTERNET_CODEPAGE, 20127)
        .set(PidTag.HAS_ATTACHMENTS, false)
        .set(PidTag.MESSAGE_FLAGS, 0)
        .build();
    PropertyBag inline = PropertyBag.builder()
        .set(PidTag.ATTACH_METHOD, AttachMethod.BY_VALUE.value())
        .set(PidTag.ATTACH_LONG_FILENAME, "logo.png")
        .set(PidTag.DISPLAY_NAME, "logo.png")
        .set(PidTag.ATTACH_EXTENSION, ".png")
        .set(PidTag.ATTACH_MIME_TAG, "image/png")
        .set(PidTag.ATTACH_CONTENT_ID, "logo@example.com")
        .set(PidTag.ATTACH_FLAGS, 4)
        .set(PidTag.ATTACHMENT_HIDDEN, true)
        .set(PidTag.ATTACH_DATA_BINARY, PNG)
        .build();
    PropertyBag regular = PropertyBag.builder()
        .set(PidTag.ATTACH_METHOD, AttachMethod.BY_VALUE.value())
        .set(PidTag.ATTACH_LONG_FILENAME, "Übersicht €.txt")
        .set(PidTag.DISPLAY_NAME, "Overview")
        .set(PidTag.ATTACH_EXTENSION, ".txt")
        .set(PidTag.ATTACH_MIME_TAG, "text/plain")
        .set(PidTag.TEXT_ATTACHMENT_CHARSET, "utf-8")
        .set(PidTag.ATTACH_CONTENT_LOCATION, "http://example.com/overview.txt")
        .set(PidTag.ATTACH_DATA_BINARY, Bytes.encode("Zeile 1\r\nZeile 2\r\n", StandardCharsets.UTF_8))
        .build();
    PropertyBag embedded = PropertyBag.builder()
        .set(PidTag.ATTACH_METHOD, AttachMethod.EMBEDDED_MESSAGE.value())
        .set(PidTag.ATTACH_MIME_TAG, "message/rfc822")
        .set(PidTag.DISPLAY_NAME, "Inner")
        .build();
    Message.Builder b = Message.builder()
        .set(PidTag.MESSAGE_CLASS, "IPM.Note")
        .set(PidTag.SUBJECT, "RE: Quarterly numbers – draft")
        .set(PidTag.SUBJECT_PREFIX, "RE: ")
        .set(PidTag.NORMALIZED_SUBJECT, "Quarterly numbers – draft")
        .set(PidTag.BODY, "Hello Ann,\r\nsee the logo.\r\n")
        .set(PidTag.HTML, Bytes.encode("<html><body><p>Hello Ann,</p><img src=\"cid:logo@example.com\"></body></html>",
            StandardCharsets.UTF_8))
        .set(PidTag.INTERNET_CODEPAGE, 65001)
        .set(PidTag.CLIENT_SUBMIT_TIME, Instant.parse("2024-05-01T10:15:30Z"))
        .set(PidTag.INTERNET_MESSAGE_ID, "<m1@example.com>")
        .set(PidTag.IN_REPLY_TO_ID, "<m0@example.com>")
        .set(PidTag.INTERNET_REFERENCES, "<m0@example.com>")
        .set(PidTag.IMPORTANCE, 2)
        .set(PidTag.PRIORITY, 1)
        .set(PidTag.SENT_REPRESENTING_NAME, "Bob Müller")
        .set(PidTag.SENT_REPRESENTING_ADDRESS_TYPE, "SMTP")
        .set(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS, "bob@example.com")
        .set(PidTag.SENT_REPRESENTING_SMTP_ADDRESS, "bob@example.com")
        .set(PidTag.SENDER_NAME, "Assistant")
        .set(PidTag.SENDER_ADDRESS_TYPE, "SMTP")
        .set(PidTag.SENDER_EMAIL_ADDRESS, "assistant@example.com")
        .set(PidTag.SENDER_SMTP_ADDRESS, "assistant@example.com")
        .set(HeaderRules.internetHeader("X-Mailer"), "xms4j test")
        .set(HeaderRules.internetHeader("Reply-To"), "team@example.com")
        .set(PidName.CONTENT_CLASS, "urn:content-classes:message")
        .addRecipient(Recipient.of(RecipientType.TO, "Ann \"A\" Smith", "SMTP", "ann@example.com"))
        .addRecipient(Recipient.of(RecipientType.CC, "carol@example.com", "SMTP", "carol@example.com"))
        .addRecipient(Recipient.of(RecipientType.BCC, "Dan", "SMTP", "dan@example.com"))
        .addAttachment(Attachment.of(inline))
        .addAttachment(Attachment.of(regular))
        .addAttachment(Attachment.embedded(embedded, inner))
        .set(PidTag.DISPLAY_TO, "Ann \"A\" Smith")
        .set(PidTag.DISPLAY_CC, "carol@example.com")
        .set(PidTag.DISPLAY_BCC, "Dan")
        .set(PidTag.HAS_ATTACHMENTS, true)
        .set(PidTag.MESSAGE_FLAGS, 0x10);
    return b.build();
  }

  @Test
  void richMessageSurvivesMessageToMimeToMessage() {
    Message m = richNote();
    ConversionResult<Bytes> w = write(m);
    assertThat(w.report().isEmpty()).as(w.report().toString()).isTrue();
    Message back = read(w.value().toByteArray()).value();
    for (Map.Entry<PropertyKey, PropertyValue> e : m.properties().asMap().entrySet()) {
      assertThat(back.properties().get(e.getKey())).as(Fixtures.nameOf(e.getKey())).contains(e.getValue());
    }
    // the reader gives recipients without PidTagRowid their row number, as Outlook expects
    assertThat(back.recipients()).isEqualTo(m.toBuilder().numberRecipientRows().build().recipients());
    assertThat(back.recipients()).extracting(r -> r.find(PidTag.ROWID).orElseThrow()).containsExactly(0, 1, 2);
    assertThat(back.attachments()).hasSize(3);
    for (int i = 0; i < 2; i++) {
      assertThat(back.attachments().get(i).properties()).isEqualTo(m.attachments().get(i).properties());
    }
    Attachment e = back.attachments().get(2);
    assertThat(e.properties()).isEqualTo(m.attachments().get(2).properties());
    for (Map.Entry<PropertyKey, PropertyValue> x : m.attachments().get(2).embeddedMessage().orElseThrow()
        .properties().asMap().entrySet()) {
      assertThat(e.embeddedMessage().orElseThrow().properties().get(x.getKey())).contains(x.getValue());
    }
  }

  @Test
  void everyDocumentedPropertyIsReportedAndNothingElse() {
    Message.Builder b = richNote().toBuilder();
    List<PropertyDefinition<?>> messageLevel = new ArrayList<>();
    PropertyBag.Builder att = richNote().attachments().get(1).properties().toBuilder();
    PropertyBag.Builder rec = richNote().recipients().get(0).properties().toBuilder();
    Set<PropertyDefinition<?>> attachmentDefs = Set.of(PidTag.ATTACH_NUMBER, PidTag.ATTACH_FILENAME,
        PidTag.ATTACHMENT_FLAGS, PidTag.RENDERING_POSITION, PidTag.ATTACH_SIZE, PidTag.ATTACH_TAG,
        PidTag.ATTACH_ENCODING, PidTag.ATTACH_LONG_PATHNAME);
    Set<PropertyDefinition<?>> recipientDefs = Set.of(PidTag.ROWID, PidTag.ENTRY_ID, PidTag.RECIPIENT_DISPLAY_NAME,
        PidTag.SEARCH_KEY);
    for (NotCarriedProperties.Entry entry : NotCarriedProperties.all()) {
      PropertyDefinition<?> d = entry.definition();
      PropertyBag.Builder target = attachmentDefs.contains(d) ? att : recipientDefs.contains(d) ? rec : null;
      PropertyValue v = sample(d);
      if (target != null) {
        target.put(d.key(), v);
      } else {
        b.propertiesBuilder().put(d.key(), v);
        messageLevel.add(d);
      }
    }
    List<Attachment> as = new ArrayList<>(richNote().attachments());
    as.set(1, Attachment.of(att.build()));
    List<Recipient> rs = new ArrayList<>(richNote().recipients());
    rs.set(0, new Recipient(rec.build()));
    Message m = b.attachments(as).recipients(rs).build();
    ConversionReport report = write(m).report();
    Set<String> expected = new TreeSet<>();
    for (PropertyDefinition<?> d : messageLevel) {
      expected.add("/" + d.canonicalName());
    }
    for (PropertyDefinition<?> d : attachmentDefs) {
      expected.add("/attachments[1]/" + d.canonicalName());
    }
    for (PropertyDefinition<?> d : recipientDefs) {
      expected.add("/recipients[0]/" + d.canonicalName());
    }
    Set<String> actual = new TreeSet<>();
    report.items().forEach(i -> actual.add(i.where()));
    assertThat(actual).isEqualTo(expected);
    assertThat(report.items()).allSatisfy(i -> assertThat(i.why()).isNotBlank());
  }

  private static PropertyValue sample(PropertyDefinition<?> d) {
    return switch (d.type()) {
      case STRING -> new PropertyValue.Text("sample of " + d.canonicalName());
      case INTEGER32 -> new PropertyValue.Int32(d.equals(PidTag.MESSAGE_CLASS) ? 0 : 7);
      case BOOLEAN -> new PropertyValue.Bool(true);
      case TIME -> PropertyValue.Time.of(Instant.parse("2024-01-02T03:04:05Z"));
      case BINARY -> new PropertyValue.Binary(Bytes.fromHex("0102030405"));
      default -> throw new IllegalStateException("no sample for " + d.type());
    };
  }

  @Test
  void messageClassOtherThanNoteIsReported() {
    Message m = richNote().toBuilder().set(PidTag.MESSAGE_CLASS, "IPM.Note.Custom").build();
    assertThat(write(m).report().itemsAt("/PidTagMessageClass")).singleElement()
        .satisfies(i -> assertThat(i.what()).contains("IPM.Note.Custom"));
  }

  @Test
  void outputIsDeterministicAndIndependentOfTheTimeZone() {
    TimeZone saved = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
      Bytes a = write(richNote()).value();
      Bytes b = write(richNote()).value();
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      Bytes c = write(richNote()).value();
      assertThat(b).isEqualTo(a);
      assertThat(c).isEqualTo(a);
      Bytes m1 = write(ProtocolExamples.mms().message()).value();
      assertThat(write(ProtocolExamples.mms().message()).value()).isEqualTo(m1);
      assertThat(Fixtures.text(a)).contains("boundary=\"=_xms4j_").doesNotContain("Message-ID: <0");
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  @Test
  void streamVariantsMatchTheByteVariants() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConversionReport r = Fixtures.CONVERTER.toMime(richNote(), out);
    assertThat(out.toByteArray()).isEqualTo(write(richNote()).value().toByteArray());
    assertThat(r).isEqualTo(write(richNote()).report());
    Message viaStream = Fixtures.CONVERTER.toMessage(new java.io.ByteArrayInputStream(out.toByteArray())).value();
    assertThat(viaStream).isEqualTo(read(out.toByteArray()).value());
  }

  static List<Path> mimeInputs() {
    List<Path> out = new ArrayList<>(RealFilesTest.realEml());
    return out;
  }

  /**
   * MIME to Message to MIME: the regenerated MIME, read again, gives the same Message object except for
   * PidTagTransportMessageHeaders (the record of the header block received), and every Internet header
   * of the original survives with its decoded value.
   */
  @ParameterizedTest
  @MethodSource("mimeInputs")
  void realMimeSurvivesMimeToMessageToMime(Path file) throws IOException {
    byte[] original = Files.readAllBytes(file);
    Message m1 = read(original).value();
    ConversionResult<Bytes> w = write(m1);
    Message m2 = read(w.value().toByteArray()).value();
    // PidTagMessageDeliveryTime: read from a Received field, which a writer does not make up
    Set<String> allowed = Set.of("/PidTagTransportMessageHeaders", "/PidTagRtfCompressed", "/PidTagBody",
        "/PidTagHtml", "/PidTagMessageDeliveryTime", "/attachments[5]/PidTagAttachMimeTag",
        "/attachments[6]/PidTagAttachMimeTag");
    w.report().itemsAt("/PidTagMessageDeliveryTime").forEach(i -> assertThat(i.action())
        .isEqualTo(ConversionReport.Action.DROPPED));
    assertThat(w.report().items()).allSatisfy(i -> assertThat(allowed).contains(i.where()));
    w.report().itemsAt("/PidTagBody").forEach(i -> assertThat(i.why()).contains("CRLF"));
    w.report().itemsAt("/PidTagHtml").forEach(i -> assertThat(i.why()).contains("CRLF"));
    assertThat(m2.subject()).isEqualTo(m1.subject());
    assertThat(m2.recipients()).isEqualTo(m1.recipients());
    assertThat(m2.attachments()).extracting(Attachment::data).isEqualTo(m1.attachments().stream()
        .map(Attachment::data).toList());
    for (PropertyKey k : m1.properties().keys()) {
      if (HeaderRules.internetHeaderName(k).isPresent()) {
        assertThat(m2.properties().get(k)).as(k.toString()).isEqualTo(m1.properties().get(k));
      }
    }
  }

  @Test
  void omsFixturesSurviveMimeToMessageToMime() {
    for (String f : List.of("oms-sms-example.eml", "oms-mms-example.eml")) {
      Message m1 = read(Fixtures.resource(f)).value();
      ConversionResult<Bytes> w = write(m1);
      Message m2 = read(w.value().toByteArray()).value();
      assertThat(m2.messageClass()).isEqualTo(m1.messageClass());
      assertThat(m2.attachments()).isEqualTo(m1.attachments());
      assertThat(m2.find(PidTag.SENDER_EMAIL_ADDRESS)).isEqualTo(m1.find(PidTag.SENDER_EMAIL_ADDRESS));
      assertThat(m2.find(PidTag.BODY)).isEqualTo(m1.find(PidTag.BODY));
      assertThat(m2.find(PidTag.HTML)).isEqualTo(m1.find(PidTag.HTML));
    }
    // the SMS example's Subject is not the body abbreviation [MS-OMS] 2.2.2.1.1.5 asks for; writing it again fixes it
    ConversionResult<Bytes> sms = write(read(Fixtures.resource("oms-sms-example.eml")).value());
    assertThat(sms.report().itemsAt("/PidTagSubject")).singleElement()
        .satisfies(i -> assertThat(i.why()).contains("[MS-OMS] 2.2.2.1.1.5"));
  }

  @Test
  void unknownPropertiesAreReportedWithTheGenericReason() {
    Message m = richNote().toBuilder()
        .set(PropertyDefinition.ofInteger32("custom", PropertyKey.tagged(0x6801, org.xms4j.mapi.PropertyType.INTEGER32),
            org.xms4j.mapi.SpecReference.of("test", "")), 5)
        .set(PidLid.SMART_NO_ATTACH, true)
        .build();
    ConversionReport r = write(m).report();
    assertThat(r.itemsAt("/0x68010003")).singleElement()
        .satisfies(i -> assertThat(i.why()).isEqualTo("no MIME header or part carries this property"));
    assertThat(r.itemsAt("/PidLidSmartNoAttach")).singleElement()
        .satisfies(i -> assertThat(i.action()).isEqualTo(ConversionReport.Action.DROPPED));
  }

  @Test
  void storageDetailsOfRecipientsAndAttachmentsAreReportedAsDropped() {
    Message m = richNote();
    java.util.UUID clsid = java.util.UUID.fromString("00020d0b-0000-0000-c000-000000000046");
    List<org.xms4j.message.CompoundEntry> kept = List.of(new org.xms4j.message.CompoundEntry.Stream("Kept",
        Bytes.of((byte) 1)));
    List<Recipient> recipients = new ArrayList<>(m.recipients());
    recipients.set(0, recipients.get(0).withExtraEntries(kept).withStorageClassId(clsid));
    List<Attachment> attachments = new ArrayList<>(m.attachments());
    attachments.set(1, attachments.get(1).withExtraEntries(kept));
    ConversionReport r = write(m.toBuilder().recipients(recipients).attachments(attachments).build()).report();
    assertThat(r.itemsAt("/recipients[0]")).extracting(ConversionReport.Item::what)
        .contains("1 compound-file entries of a .msg recipient storage",
            "CLSID 00020D0B-0000-0000-C000-000000000046 of a .msg recipient storage");
    assertThat(r.itemsAt("/attachments[1]")).extracting(ConversionReport.Item::what)
        .contains("1 compound-file entries of a .msg attachment storage");
    assertThat(r.itemsAt("/recipients[0]")).allSatisfy(i -> assertThat(i.action()).isEqualTo(ConversionReport.Action.DROPPED));
  }

  @Test
  void realFilesRootOrSkip() {
    assumeTrue(!mimeInputs().isEmpty(), "shared/testdata-real is absent: real-file round trips skipped");
    assertThat(mimeInputs()).hasSize(9);
  }
}
