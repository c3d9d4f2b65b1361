package org.xms4j.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.AttachMethod;
import org.xms4j.message.Message;
import org.xms4j.message.Recipient;
import org.xms4j.message.RecipientType;
import org.xms4j.mime.ConversionReport.Action;
import org.xms4j.testdata.TestData;

/**
 * The real .eml files of shared/testdata-real: the expected MIME of the email-outlook-message-perl
 * .msg files and the msgreader-net samples (see PROVENANCE.md there for the upstream expectations).
 */
class RealFilesTest {

  static List<Path> realEml() {
    return TestData.realFiles("eml").stream()
        .filter(p -> p.toString().contains("email-outlook-message-perl") || p.toString().contains("msgreader-net"))
        .toList();
  }

  /** The path of a real file; skips the test when the real-file folder is absent. */
  private static Path real(String relative) {
    Optional<Path> root = TestData.realRoot();
    assumeTrue(root.isPresent(), "shared/testdata-real is absent: real-file tests skipped");
    return root.get().resolve(relative);
  }

  private static ConversionResult<Message> convert(Path p) throws IOException {
    return Fixtures.CONVERTER.toMessage(Files.readAllBytes(p));
  }

  private static Message read(String relative) throws IOException {
    Path p = real(relative);
    org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(p), "real file " + relative + " is missing");
    return convert(p).value();
  }

  @Test
  void realFilesArePresent() {
    assumeTrue(TestData.realRoot().isPresent(), "shared/testdata-real is absent: real-file tests skipped");
    assertThat(realEml()).hasSize(9);
  }

  @ParameterizedTest
  @MethodSource("realEml")
  void everyRealFileConvertsBothWays(Path file) throws IOException {
    ConversionResult<Message> r = Fixtures.CONVERTER.toMessage(Files.readAllBytes(file));
    assertThat(r.value().messageClass()).contains("IPM.Note");
    assertThat(r.value().subject()).isPresent();
    ConversionResult<Bytes> w = Fixtures.CONVERTER.toMime(r.value());
    assertThat(w.value().size()).isPositive();
    assertThat(Fixtures.CONVERTER.toMime(r.value()).value()).isEqualTo(w.value());
  }

  @Test
  void utf8TestHasSplitEncodedWordsAndUnfoldedSubjectDecoded() throws IOException {
    Message m = read("msgreader-net/MsgReaderTests/SampleFiles/UTF-8_Test.eml");
    assertThat(m.find(PidTag.SENT_REPRESENTING_NAME)).hasValueSatisfying(n -> assertThat(n).contains("設備予約systemシステム"));
    assertThat(m.find(PidTag.SENT_REPRESENTING_SMTP_ADDRESS)).contains("system@example.com");
    assertThat(m.subject()).hasValueSatisfying(s ->
        assertThat(s).contains("【要確認】●普通自転車（ノーパンクタイヤ） 再予約通知 2023/11/29 12:00 - 13:00"));
    assertThat(m.find(PidTag.BODY)).hasValueSatisfying(b -> assertThat(b).startsWith("メッセージです。通常通りパースされることを確認済みです。"));
    assertThat(m.find(PidTag.CLIENT_SUBMIT_TIME)).contains(Instant.parse("2024-01-30T05:36:06Z"));
    assertThat(m.find(PidTag.INTERNET_MESSAGE_ID))
        .contains("<CACTNHvGekM218d+AXHwkbEA3j=ZgXj6_LExgB_qNx_nykbdF7g@mail.gmail.com>");
    assertThat(m.find(HeaderRules.internetHeader("X-MS-Exchange-Organization-AuthAs"))).contains("Anonymous");
    assertThat(m.find(HeaderRules.internetHeader("X-MS-Exchange-Organization-SCL"))).isEmpty();
    assertThat(m.find(HeaderRules.internetHeader("Received"))).isEmpty();
    assertThat(m.find(PidTag.TRANSPORT_MESSAGE_HEADERS)).hasValueSatisfying(h ->
        assertThat(h).startsWith("Received: from TYCPR01MB11623").doesNotContain("X-MS-Exchange-Organization-SCL"));
  }

  @Test
  void multilineSubjectIsUnfolded() throws IOException {
    Message m = read("msgreader-net/MsgReaderTests/SampleFiles/EmailWithMultilineSubject.eml");
    assertThat(m.subject()).contains(
        "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen");
    assertThat(m.find(PidTag.BODY)).contains("This is a test\r\n");
  }

  @Test
  void isoEncodedFromWithStrayQuote() throws IOException {
    Message m = read("msgreader-net/MsgReaderTests/SampleFiles/EmailWithISO_8859_1_From.eml");
    assertThat(m.find(PidTag.SENT_REPRESENTING_NAME)).contains("Some ßtring");
    assertThat(m.find(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS)).contains("some@example.com");
  }

  @Test
  void attachmentsInlinesAndBrokenEmbeddedMessages() throws IOException {
    ConversionResult<Message> r =
        convert(real("msgreader-net/MsgReaderTests/SampleFiles/TestWithAttachmentsAndInlines.eml"));
    Message m = r.value();
    assertThat(m.find(PidTag.SENT_REPRESENTING_NAME)).contains("Müller Peter");
    assertThat(m.recipients()).extracting(rc -> rc.type().orElseThrow()).containsExactly(RecipientType.TO, RecipientType.CC);
    assertThat(m.find(PidTag.HTML)).isPresent();
    assertThat(m.find(PidTag.INTERNET_CODEPAGE)).contains(1252);
    assertThat(m.find(PidTag.BODY)).hasValueSatisfying(b -> assertThat(b).startsWith("Test email ****"));
    List<Attachment> a = m.attachments();
    assertThat(a).hasSize(7);
    Attachment png = a.get(0);
    assertThat(png.longFilename()).contains("Outlook-facebook.png");
    assertThat(png.mimeTag()).contains("image/png");
    assertThat(png.contentId()).contains("36af55b5-b8bd-4554-8ab2-d549afb6cb88");
    assertThat(png.hidden()).isTrue();
    assertThat(png.find(PidTag.ATTACH_FLAGS)).contains(4);
    // Content-Disposition filename wins over the Content-Type name (MSGReader prefers the name)
    assertThat(a.subList(1, 5)).extracting(x -> x.longFilename().orElse("-"))
        .containsExactly("attachment1f.txt", "attachment2f.txt", "-", "attachment4f.txt");
    assertThat(a.subList(1, 5)).extracting(x -> x.find(PidTag.DISPLAY_NAME).orElse("-"))
        .containsExactly("attachment1d", "attachment2d", "attachment3d", "attachment4d");
    assertThat(a.get(1).data()).contains(Bytes.encode("Attachment Content", StandardCharsets.US_ASCII));
    assertThat(a.get(1).hidden()).isFalse();
    assertThat(a.subList(5, 7)).allSatisfy(x -> {
      assertThat(x.method()).contains(AttachMethod.BY_VALUE);
      assertThat(x.mimeTag()).contains("message/rfc822");
      assertThat(x.data()).contains(Bytes.encode("Attachment Content", StandardCharsets.US_ASCII));
    });
    assertThat(r.report().itemsAt("part 6")).extracting(ConversionReport.Item::action).contains(Action.KEPT_RAW);
    assertThat(r.report().itemsAt("part 7")).extracting(ConversionReport.Item::action).contains(Action.KEPT_RAW);
  }

  @Test
  void truncatedMultipartsOfTheWindows1252Sample() throws IOException {
    ConversionResult<Message> r =
        convert(real("msgreader-net/MsgReaderTests/SampleFiles/TestWithInlineHavingWindows1252Fields.eml"));
    assertThat(r.value().find(PidTag.DISPLAY_CC)).contains("Müller Peter");
    assertThat(r.value().find(PidTag.BODY)).hasValueSatisfying(b -> assertThat(b).startsWith("Test email ***"));
    assertThat(r.report().itemsAt("message")).singleElement()
        .satisfies(i -> assertThat(i.what()).contains("without its closing delimiter"));
    assertThat(r.report().itemsAt("part 1")).singleElement()
        .satisfies(i -> assertThat(i.action()).isEqualTo(Action.REPAIRED));
  }

  @Test
  void perlPlainJpegAttached() throws IOException {
    Message m = read("email-outlook-message-perl/t/files/plain_jpeg_attached.eml");
    assertThat(m.subject()).contains("test");
    assertThat(m.find(PidTag.SENT_REPRESENTING_NAME)).contains("Matijs van Zuijlen");
    assertThat(m.find(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS)).contains("Matijs.van.Zuijlen@xs4all.nl");
    assertThat(m.recipients()).extracting(Recipient::emailAddress).containsExactly(Optional.of("matijs@xxxxxx.nl"));
    assertThat(m.find(PidTag.CLIENT_SUBMIT_TIME)).contains(Instant.parse("2007-09-24T13:28:03Z"));
    assertThat(m.find(PidTag.BODY)).contains("test\r\n");
    assertThat(m.find(PidTag.RTF_COMPRESSED)).hasValueSatisfying(rtf -> {
      assertThat(rtf.slice(8, 12).decode(StandardCharsets.US_ASCII)).isEqualTo("MELA");
      assertThat(rtf.slice(16, 21).decode(StandardCharsets.US_ASCII)).isEqualTo("{\\rtf");
    });
    assertThat(m.attachments()).singleElement().satisfies(a -> {
      assertThat(a.longFilename()).contains("test.jpg");
      assertThat(a.mimeTag()).contains("image/jpeg");
      assertThat(a.data().orElseThrow().size()).isEqualTo(7681);
      assertThat(a.hidden()).isFalse();
    });
  }

  @Test
  void perlCharsetSample() throws IOException {
    Message m = read("email-outlook-message-perl/t/files/charset.eml");
    assertThat(m.subject()).contains("PST Export - Embedded Email Test");
    assertThat(m.find(PidTag.CLIENT_SUBMIT_TIME)).contains(Instant.parse("2019-10-09T05:55:10Z"));
    assertThat(m.find(PidTag.SENT_REPRESENTING_NAME)).contains("Joseph Q Bloggs");
    assertThat(m.find(PidTag.BODY)).hasValueSatisfying(b -> assertThat(b).startsWith("This email contains an email\u2026 Email-ception!!!"));
    assertThat(m.find(PidTag.INTERNET_CODEPAGE)).contains(1252);
    assertThat(m.find(PidTag.HTML)).isPresent();
    assertThat(m.attachments()).isEmpty();
  }

  @Test
  void perlUnsentDraftsHaveNoSender() throws IOException {
    for (String f : List.of("plain_uc_unsent.eml", "plain_unsent.eml")) {
      Message m = read("email-outlook-message-perl/t/files/" + f);
      assertThat(m.subject()).contains("Test for MSGConvert -- plain text");
      assertThat(m.find(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS)).isEmpty();
      assertThat(m.recipients()).singleElement().satisfies(r -> {
        assertThat(r.displayName()).contains("Someone Else");
        assertThat(r.emailAddress()).contains("someone@somewhere.com");
      });
      assertThat(m.find(PidTag.BODY)).hasValueSatisfying(b ->
          assertThat(b).startsWith("This is a test\r\nThe body is in plain text"));
    }
  }
}
