package org.xms4j.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.MmsMessage;
import org.xms4j.message.MobileAddress;
import org.xms4j.message.RecipientType;
import org.xms4j.message.SmsMessage;
import org.xms4j.testdata.TestData;

class BackupReaderTest {

  private static Path real(String name) {
    Optional<Path> root = TestData.realRoot();
    assumeTrue(root.isPresent(), "shared/testdata-real is absent: skipping the real backup files");
    return root.get().resolve("sms-backup-reader-2").resolve(name);
  }

  private static List<BackupRecord> readAll(InputStream in) throws IOException {
    List<BackupRecord> out = new ArrayList<>();
    try (BackupReader r = BackupReader.open(in)) {
      for (Optional<BackupRecord> rec = r.next(); rec.isPresent(); rec = r.next()) {
        out.add(rec.get());
      }
    }
    return out;
  }

  /** The records of the truncated real backup before its fatal error (tested in detail below). */
  private static List<BackupRecord> completeRecordsOfTruncatedFile() throws IOException {
    List<BackupRecord> got = new ArrayList<>();
    try (BackupReader r = BackupReader.open(Files.newInputStream(real("packages/lib/test-assets/sms_and_mms.xml")))) {
      for (Optional<BackupRecord> rec = r.next(); rec.isPresent(); rec = r.next()) {
        got.add(rec.get());
      }
    } catch (BackupFormatException expected) {
      assertThat(expected.recoverable()).isFalse();
    }
    return got;
  }

  private static List<BackupRecord> readAll(String xml) throws IOException {
    return readAll(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsEveryMessageOfTheSmallSmsBackup() throws IOException {
    List<BackupRecord> all = readAll(Files.newInputStream(real("packages/lib/test-assets/sms_small.xml")));
    assertThat(all).hasSize(12).allMatch(r -> r.message() instanceof SmsMessage);
    assertThat(all).extracting(BackupRecord::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    SmsMessage first = (SmsMessage) all.get(0).message();
    assertThat(first.body()).isPresent();
    assertThat(first.message().find(PidTag.MESSAGE_CLASS)).contains("IPM.Note.Mobile.SMS");
  }

  @Test
  void readsTheCompleteMessagesOfTheTruncatedBackupThenReportsWhere() throws IOException {
    List<BackupRecord> got = new ArrayList<>();
    BackupFormatException error = null;
    try (BackupReader r = BackupReader.open(Files.newInputStream(real("packages/lib/test-assets/sms_and_mms.xml")))) {
      try {
        for (Optional<BackupRecord> rec = r.next(); rec.isPresent(); rec = r.next()) {
          got.add(rec.get());
        }
      } catch (BackupFormatException e) {
        error = e;
      }
      assertThat(r.next()).isEmpty();
    }
    // 41 <sms> and 9 <mms>, the last <mms> unclosed: 41 + 8 complete messages
    assertThat(got).hasSize(49);
    assertThat(got.stream().filter(r -> r.message() instanceof SmsMessage)).hasSize(41);
    assertThat(got.stream().filter(r -> r.message() instanceof MmsMessage)).hasSize(8);
    assertThat(error).isNotNull();
    assertThat(error.recoverable()).isFalse();
    assertThat(error.line()).isGreaterThan(133);
    assertThat(error.recordIndex()).isEqualTo(49);
    assertThat(error.getMessage()).contains("truncated").contains("line ");

    SmsMessage sms1 = (SmsMessage) got.get(0).message();
    assertThat(sms1.body()).contains("Body text 1");
    assertThat(sms1.sender()).contains(MobileAddress.of("Contact A", "+15550000001"));
    assertThat(sms1.deliveryTime()).contains(Instant.ofEpochMilli(1512226167463L));
    assertThat(sms1.submitTime()).contains(Instant.ofEpochMilli(1512226166000L));
    assertThat(sms1.isRead()).isTrue();
    assertThat(sms1.isUnsent()).isFalse();
    assertThat(got.get(0).line()).isEqualTo(4);

    SmsMessage sent = (SmsMessage) got.get(4).message(); // type="2"
    assertThat(sent.body()).contains("Body text 5");
    assertThat(sent.sender()).isEmpty();
    assertThat(sent.recipientAddresses(RecipientType.TO)).containsExactly(MobileAddress.of("Contact A", "+15550000001"));
    assertThat(sent.submitTime()).contains(Instant.ofEpochMilli(1512236370051L));
    assertThat(sent.message().find(PidTag.MESSAGE_FLAGS)).hasValueSatisfying(f -> assertThat(f & 0x20).isEqualTo(0x20));
  }

  @Test
  void mapsMmsPartsAddressesAndSmil() throws IOException {
    List<BackupRecord> got = completeRecordsOfTruncatedFile();
    // line 55: sent MMS with a SMIL and a text part, from +15550000007 to +15550000006
    BackupRecord rec = got.stream().filter(r -> r.line() == 55).findFirst().orElseThrow();
    MmsMessage mms = (MmsMessage) rec.message();
    assertThat(mms.sender()).contains(MobileAddress.ofNumber("+15550000007"));
    assertThat(mms.recipientAddresses(RecipientType.TO)).containsExactly(MobileAddress.of("Contact D", "+15550000006"));
    assertThat(mms.parts()).hasSize(2);
    Attachment smil = mms.presentation().orElseThrow();
    assertThat(smil.contentId()).contains("attachment_2");
    assertThat(smil.contentLocation()).contains("smil_3.xml");
    assertThat(smil.hidden()).isTrue();
    assertThat(smil.data().orElseThrow().decode(StandardCharsets.UTF_8)).startsWith("<smil><head><layout>");
    Attachment text = mms.parts().get(1);
    assertThat(text.mimeTag()).contains("text/plain");
    assertThat(text.find(PidTag.TEXT_ATTACHMENT_CHARSET)).contains("utf-8");
    assertThat(text.data().orElseThrow().decode(StandardCharsets.UTF_8)).isEqualTo("Body text 46");
    assertThat(mms.html()).hasValueSatisfying(h -> assertThat(h).contains("Body text 46").contains("cid:attachment_5"));
    assertThat(mms.bodyText()).contains("Body text 46");
    assertThat(mms.submitTime()).contains(Instant.ofEpochMilli(1720998243000L));
    assertThat(mms.isUnsent()).isFalse();

    // line 65: received group MMS: sender +15550000009, To +15550000007, Cc three numbers
    MmsMessage group = (MmsMessage) got.stream().filter(r -> r.line() == 65).findFirst().orElseThrow().message();
    assertThat(group.sender()).contains(MobileAddress.ofNumber("+15550000009"));
    assertThat(group.recipientAddresses(RecipientType.TO)).containsExactly(MobileAddress.ofNumber("+15550000007"));
    assertThat(group.recipientAddresses(RecipientType.CC)).extracting(MobileAddress::number)
        .containsExactly("+15550000006", "+15550000009", "+15550000010");
    assertThat(group.submitTime()).contains(Instant.ofEpochSecond(1721000123L));
    assertThat(group.deliveryTime()).contains(Instant.ofEpochMilli(1721000123000L));
    assertThat(group.parts()).hasSize(1);
    assertThat(group.parts().get(0).longFilename()).contains("attachment_1");
  }

  @Test
  void readsMmsWithoutSmilAndDecodesMedia() throws IOException {
    List<BackupRecord> all = readAll(Files.newInputStream(real("tests/e2e/fixtures/sample_mms.xml")));
    assertThat(all).hasSize(4).allMatch(r -> r.message() instanceof MmsMessage);
    MmsMessage image = (MmsMessage) all.get(0).message();
    assertThat(image.presentation()).isEmpty();
    Attachment png = image.parts().get(0);
    assertThat(png.mimeTag()).contains("image/png");
    assertThat(png.longFilename()).contains("image.png");
    assertThat(png.data().orElseThrow().size()).isEqualTo(70);
    assertThat(png.data().orElseThrow().slice(1, 4).decode(StandardCharsets.US_ASCII)).isEqualTo("PNG");
    assertThat(image.html()).hasValueSatisfying(h -> assertThat(h).contains("<img src=\"cid:" + png.contentId().orElseThrow() + "\"")
        .contains("Here is an image attachment"));
    assertThat(image.sender()).contains(MobileAddress.of("Contact C", "+15550000003"));
    assertThat(all).extracting(r -> ((MmsMessage) r.message()).parts().get(0).mimeTag().orElseThrow())
        .containsExactly("image/png", "video/mp4", "audio/mp3", "application/pdf");
  }

  @Test
  void nullStringsAreAbsentAndSecondsAreRecognised() throws IOException {
    List<BackupRecord> all = readAll("<smses><sms address=\"null\" date=\"1700000000\" date_sent=\"null\" type=\"1\""
        + " subject=\"null\" body=\"null\" contact_name=\"null\" read=\"0\"/></smses>");
    SmsMessage sms = (SmsMessage) all.get(0).message();
    assertThat(sms.body()).isEmpty();
    assertThat(sms.sender()).isEmpty();
    assertThat(sms.deliveryTime()).contains(Instant.ofEpochSecond(1700000000L));
    assertThat(sms.submitTime()).contains(Instant.ofEpochSecond(1700000000L));
    assertThat(sms.normalizedSubject()).isEmpty();
    assertThat(sms.isRead()).isFalse();
  }

  @Test
  void draftsAreUnsentAndUnknownTypesAreNoted() throws IOException {
    List<BackupRecord> all = readAll("<smses><sms address=\"123\" date=\"1700000000000\" type=\"3\" body=\"draft\"/>"
        + "<sms address=\"123\" date=\"1700000000000\" type=\"9\" body=\"odd\"/></smses>");
    assertThat(all.get(0).message().isUnsent()).isTrue();
    assertThat(all.get(0).message().recipientAddresses(RecipientType.TO)).containsExactly(MobileAddress.ofNumber("123"));
    assertThat(all.get(0).notes()).containsExactly("type 3 (draft): stored as an unsent message (mfUnsent)");
    assertThat(all.get(1).message().isUnsent()).isFalse();
    assertThat(all.get(1).notes()).containsExactly("type 9 is not a known value: stored as a received message");
  }

  @Test
  void badMediaSkipsOnlyThatRecord() throws IOException {
    String xml = "<smses><mms msg_box=\"1\" date=\"1700000000000\"><parts><part ct=\"image/png\" data=\"@@not base64@@\"/>"
        + "</parts></mms><sms address=\"1\" date=\"1\" type=\"1\" body=\"after\"/></smses>";
    try (BackupReader r = BackupReader.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
      assertThatThrownBy(r::next).isInstanceOf(BackupFormatException.class)
          .hasMessageContaining("record 0").hasMessageContaining("not base64")
          .satisfies(e -> assertThat(((BackupFormatException) e).recoverable()).isTrue());
      assertThat(r.next()).hasValueSatisfying(rec -> assertThat(((SmsMessage) rec.message()).body()).contains("after"));
      assertThat(r.next()).isEmpty();
    }
  }

  @Test
  void refusesDoctypesAndEntities() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE smses [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<smses><sms address=\"1\" type=\"1\" body=\"&x;\"/></smses>";
    assertThatThrownBy(() -> readAll(xxe)).isInstanceOf(BackupFormatException.class)
        .satisfies(e -> assertThat(((BackupFormatException) e).recoverable()).isFalse());
  }

  @Test
  void notXmlIsAPositionedError() {
    assertThatThrownBy(() -> readAll("this is not xml")).isInstanceOf(BackupFormatException.class)
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> readAll("")).isInstanceOf(BackupFormatException.class);
  }

  @Test
  void nonNumericAttributesAreRecoverable() throws IOException {
    try (BackupReader r = BackupReader.open(new ByteArrayInputStream(
        "<smses><sms type=\"x\" body=\"a\"/></smses>".getBytes(StandardCharsets.UTF_8)))) {
      assertThatThrownBy(r::next).isInstanceOf(BackupFormatException.class).hasMessageContaining("type=\"x\"");
      assertThat(r.next()).isEmpty();
    }
  }

  @Test
  void groupNamesArePairedWithAddresses() {
    assertThat(BackupReader.parties("+1~+2", "Ann, Bo")).containsExactly(MobileAddress.of("Ann", "+1"), MobileAddress.of("Bo", "+2"));
    assertThat(BackupReader.parties("+1~+2", "Ann")).containsExactly(MobileAddress.ofNumber("+1"), MobileAddress.ofNumber("+2"));
    assertThat(BackupReader.parties("+1", "Smith, John")).containsExactly(MobileAddress.of("Smith, John", "+1"));
    assertThat(BackupReader.parties("+1", "(Unknown)")).containsExactly(MobileAddress.ofNumber("+1"));
    assertThat(BackupReader.parties("insert-address-token~+2", null)).containsExactly(MobileAddress.ofNumber("+2"));
  }

  @Test
  void everyImportedMessageSurvivesAMsgRoundTrip() throws IOException {
    List<BackupRecord> got = completeRecordsOfTruncatedFile();
    got.addAll(readAll(Files.newInputStream(real("tests/e2e/fixtures/sample_mms.xml"))));
    assertThat(got).hasSize(53);
    for (BackupRecord rec : got) {
      org.xms4j.message.Message m = rec.message().message();
      byte[] msg = org.xms4j.msg.MsgWriter.toBytes(m);
      org.xms4j.message.Message back = org.xms4j.msg.MsgReader.strict()
          .read(new ByteArrayInputStream(msg)).message();
      assertThat(back).as("record %d", rec.index()).isEqualTo(org.xms4j.msg.MsgWriter.normalize(m));
      assertThat(org.xms4j.msg.MsgWriter.toBytes(m)).isEqualTo(msg);
    }
  }

  @Test
  void invalidBytesArePositionedAndNothingIsPrinted() {
    byte[] latin1 = "<?xml version='1.0' encoding='UTF-8'?>\n<smses>\n<sms address=\"1\" type=\"1\" body=\"caf\u00e9\"/></smses>"
        .getBytes(StandardCharsets.ISO_8859_1);
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(() -> readAll(new ByteArrayInputStream(latin1))).isInstanceOf(BackupFormatException.class)
          .hasMessageContaining("not valid in the document's encoding").hasMessageContaining("line 3")
          // the bad byte is inside the first start tag, before the parser reports the element
          .satisfies(e -> assertThat(((BackupFormatException) e).recordIndex()).isEqualTo(-1));
    } finally {
      System.setErr(saved);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    // the declared encoding is honoured
    byte[] declared = "<?xml version='1.0' encoding='ISO-8859-1'?><smses><sms address=\"1\" type=\"1\" body=\"caf\u00e9\"/></smses>"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThatCode(() -> assertThat(((SmsMessage) readAll(new ByteArrayInputStream(declared)).get(0).message()).body())
        .contains("caf\u00e9")).doesNotThrowAnyException();
  }

  @Test
  void anErrorBetweenRecordsNamesNoRecord() throws IOException {
    try (BackupReader r = BackupReader.open(new ByteArrayInputStream(
        "<smses><sms address=\"1\" type=\"1\" body=\"a\"/><oops></smses>".getBytes(StandardCharsets.UTF_8)))) {
      assertThat(r.next()).isPresent();
      assertThatThrownBy(r::next).isInstanceOf(BackupFormatException.class)
          .satisfies(e -> assertThat(((BackupFormatException) e).recordIndex()).isEqualTo(-1));
    }
  }

  @Test
  void relativeContentLocationsGetABase() throws IOException {
    MmsMessage image = (MmsMessage) readAll(Files.newInputStream(real("tests/e2e/fixtures/sample_mms.xml"))).get(0).message();
    Attachment png = image.parts().get(0);
    assertThat(png.contentLocation()).contains("image.png");
    assertThat(png.find(PidTag.ATTACH_CONTENT_BASE)).contains("thismessage:/");
    assertThat(org.xms4j.validation.Validator.validate(image).conforms()).isTrue();
  }
}
