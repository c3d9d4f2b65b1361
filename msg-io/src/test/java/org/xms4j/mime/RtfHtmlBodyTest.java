package org.xms4j.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.AttachMethod;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.MmsMessage;
import org.xms4j.msg.MsgReader;
import org.xms4j.rtf.CompressedRtf;
import org.xms4j.rtf.EncapsulatedHtml;
import org.xms4j.testdata.TestData;

/**
 * A .msg whose HTML body exists only encapsulated in PidTagRtfCompressed ([MS-OXRTFEX]), as Outlook
 * stores many messages, is written to MIME with that HTML as its text/html part.
 */
class RtfHtmlBodyTest {

  private static final String HTML = "<html><body><p>Gr\u00fc\u00dfe \u4f60\u597d</p><img src=\"cid:logo@x\"></body></html>";
  private static final Bytes PNG = Bytes.fromHex("89504E470D0A1A0A0000000D49484452");

  private static Message note(Bytes rtf) {
    PropertyBag inline = PropertyBag.builder()
        .set(PidTag.ATTACH_METHOD, AttachMethod.BY_VALUE.value())
        .set(PidTag.ATTACH_LONG_FILENAME, "logo.png")
        .set(PidTag.ATTACH_MIME_TAG, "image/png")
        .set(PidTag.ATTACH_CONTENT_ID, "logo@x")
        .set(PidTag.ATTACH_FLAGS, 4)
        .set(PidTag.ATTACHMENT_HIDDEN, true)
        .set(PidTag.ATTACH_DATA_BINARY, PNG)
        .build();
    return Message.builder()
        .set(PidTag.MESSAGE_CLASS, "IPM.Note")
        .set(PidTag.SUBJECT, "RTF only")
        .set(PidTag.BODY, "Gr\u00fc\u00dfe \u4f60\u597d\r\n")
        .set(PidTag.RTF_COMPRESSED, rtf)
        .addAttachment(Attachment.of(inline))
        .build();
  }

  /** The HTML the message's PidTagRtfCompressed encapsulates, or empty for plain RTF. */
  private static Optional<String> rtfHtml(Message m) throws IOException {
    byte[] rtf = m.find(PidTag.RTF_COMPRESSED).orElseThrow().toByteArray();
    return EncapsulatedHtml.extract(CompressedRtf.decompress(rtf));
  }

  /** Reads a real file of shared/testdata-real strictly; the test is skipped when that folder is absent. */
  private static Message realFile(String relative) throws IOException {
    Optional<Path> root = TestData.realRoot();
    assumeTrue(root.isPresent(), "shared/testdata-real is absent: " + relative + " skipped");
    return MsgReader.strict().read(root.get().resolve(relative)).message();
  }

  @Test
  void encapsulatedHtmlBecomesTheHtmlPartWithItsInlineImage() {
    Bytes rtf = Bytes.of(CompressedRtf.compress(EncapsulatedHtml.encapsulate(HTML).getBytes(StandardCharsets.US_ASCII)));
    ConversionResult<Bytes> out = Fixtures.write(note(rtf));
    String mime = out.value().decode(StandardCharsets.US_ASCII);
    assertThat(mime).contains("multipart/related").contains("text/html");
    assertThat(out.report().itemsAt("/PidTagRtfCompressed")).singleElement().satisfies(i -> {
      assertThat(i.action()).isEqualTo(ConversionReport.Action.REPLACED);
      assertThat(i.why()).contains("[MS-OXRTFEX]");
    });
    Message back = Fixtures.read(out.value().toByteArray()).value();
    assertThat(MmsMessage.of(back).html()).hasValue(HTML);
    assertThat(back.attachments()).singleElement().satisfies(a -> assertThat(a.contentId()).hasValue("logo@x"));
  }

  @Test
  void plainRtfIsDroppedWithAReasonOfItsOwn() {
    Bytes rtf = Bytes.of(CompressedRtf.compress("{\\rtf1\\ansi hello}".getBytes(StandardCharsets.US_ASCII)));
    ConversionResult<Bytes> out = Fixtures.write(note(rtf));
    assertThat(out.value().decode(StandardCharsets.US_ASCII)).doesNotContain("text/html");
    assertThat(out.report().itemsAt("/PidTagRtfCompressed")).singleElement().satisfies(i -> {
      assertThat(i.action()).isEqualTo(ConversionReport.Action.DROPPED);
      assertThat(i.why()).isEqualTo("RTF formatting is not converted (MIME has no RTF body); the plain-text body "
          + "is written");
    });
  }

  @Test
  void plainRtfNextToAnHtmlBodySaysBothBodiesAreWritten() {
    Bytes rtf = Bytes.of(CompressedRtf.compress("{\\rtf1\\ansi hello}".getBytes(StandardCharsets.US_ASCII)));
    Message m = note(rtf).toBuilder().set(PidTag.HTML, Bytes.of(HTML.getBytes(StandardCharsets.UTF_8)))
        .set(PidTag.INTERNET_CODEPAGE, 65001).build();
    ConversionResult<Bytes> out = Fixtures.write(m);
    assertThat(out.report().itemsAt("/PidTagRtfCompressed")).singleElement().satisfies(i -> assertThat(i.why())
        .isEqualTo("RTF formatting is not converted (MIME has no RTF body); the HTML and plain-text bodies are "
            + "written"));
  }

  @Test
  void realPlainRtfMailIsDroppedWithAReasonOfItsOwn() throws IOException {
    Message m = realFile("msgreader-net/MsgReaderTests/SampleFiles/RtfSampleEmail.msg");
    assertThat(rtfHtml(m)).isEmpty();
    ConversionResult<Bytes> out = Fixtures.write(m);
    assertThat(MimeTree.of(out.value()).shape).isEqualTo("text/plain");
    assertThat(out.report().itemsAt("/PidTagRtfCompressed")).singleElement().satisfies(i -> {
      assertThat(i.action()).isEqualTo(ConversionReport.Action.DROPPED);
      assertThat(i.why()).startsWith("RTF formatting is not converted").doesNotContain("HTML");
    });
  }

  @Test
  void unreadableRtfIsReportedWithTheReason() {
    ConversionResult<Bytes> out = Fixtures.write(note(Bytes.of((byte) 1, (byte) 2, (byte) 3)));
    assertThat(out.report().itemsAt("/PidTagRtfCompressed")).singleElement().satisfies(i -> {
      assertThat(i.action()).isEqualTo(ConversionReport.Action.DROPPED);
      assertThat(i.why()).startsWith("not readable as [MS-OXRTFCP] compressed RTF");
    });
  }

  @Test
  void anHtmlMailReadFromMimeGetsTheRtfBodyOutlookShowsAndNumberedRecipients() throws Exception {
    String html = "<html><body><p>Hello <b>there</b></p></body></html>";
    String mime = "From: Ann <ann@example.com>\nTo: Bob <bob@example.com>, carol@example.com\n"
        + "Subject: html\nDate: Wed, 01 May 2024 10:15:30 +0000\nMIME-Version: 1.0\n"
        + "Content-Type: multipart/alternative; boundary=b\n\n"
        + "--b\nContent-Type: text/plain; charset=us-ascii\n\nHello there\n"
        + "--b\nContent-Type: text/html; charset=us-ascii\n\n" + html + "\n--b--\n";
    Message m = Fixtures.read(mime).value(); // Fixtures.ascii writes each \n as CR LF
    byte[] rtf = CompressedRtf.decompress(m.find(PidTag.RTF_COMPRESSED).orElseThrow().toByteArray());
    assertThat(EncapsulatedHtml.extract(rtf)).hasValue(html);
    assertThat(m.find(PidTag.NATIVE_BODY)).hasValue(3);
    assertThat(m.find(PidTag.RTF_IN_SYNC)).hasValue(true);
    assertThat(m.recipients()).extracting(r -> r.find(PidTag.ROWID).orElseThrow()).containsExactly(0, 1);
    assertThat(org.xms4j.validation.Validator.validate(m, org.xms4j.validation.Profile.OUTLOOK).findings())
        .extracting(f -> f.ruleId().value()).doesNotContain("OUTLOOK-R008", "OUTLOOK-R011");
  }

  @Test
  void outlookHtmlMailStoredAsRtfOnlyKeepsItsHtml() throws IOException {
    Message m = realFile("msgreader-net/MsgReaderTests/SampleFiles/HtmlSampleEmail.msg");
    assertThat(m.find(PidTag.HTML)).isEmpty();
    String expected = rtfHtml(m).orElseThrow();
    Message back = Fixtures.read(Fixtures.write(m).value().toByteArray()).value();
    assertThat(MmsMessage.of(back).html()).hasValue(expected);
  }

  @Test
  void outlookRtfOnlyHtmlMailKeepsItsInlineImageInMultipartRelated() throws IOException {
    Message m = realFile("kenjiuno-msgreader/test/attachAndInline.msg");
    assertThat(m.find(PidTag.HTML)).isEmpty();
    String expected = rtfHtml(m).orElseThrow();
    assertThat(expected).contains("cid:image001.png@01D78380.EF6DC500");
    ConversionResult<Bytes> out = Fixtures.write(m);
    MimeTree tree = MimeTree.of(out.value());
    assertThat(tree.shape).isEqualTo("multipart/mixed[multipart/related[multipart/alternative[text/plain,text/html],"
        + "image/png],image/png]");
    assertThat(tree.attachments()).extracting(l -> l.number() + " " + l.fileName().orElseThrow())
        .containsExactly("1.2 image001.png", "2 attach.png");
    Message back = Fixtures.read(out.value().toByteArray()).value();
    assertThat(MmsMessage.of(back).html()).hasValue(expected);
    assertThat(back.attachments()).extracting(a -> a.contentId().orElse("")).containsExactly(
        "image001.png@01D78380.EF6DC500", "");
  }
}
