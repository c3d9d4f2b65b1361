package org.xms4j.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.AttachMethod;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.MmsMessage;
import org.xms4j.message.MmsPart;

/**
 * The one test of "the HTML body refers to this part" ({@link org.xms4j.message.HtmlReferences}, tested
 * on its own in core) as the MIME reader, the writer and XMS-R213 use it.
 */
class HtmlReferencesTest {

  private static Attachment inlineImage(String contentId) {
    return Attachment.of(PropertyBag.builder().set(PidTag.ATTACH_METHOD, AttachMethod.BY_VALUE.value())
        .set(PidTag.ATTACH_LONG_FILENAME, contentId + ".gif").set(PidTag.ATTACH_MIME_TAG, "image/gif")
        .set(PidTag.ATTACH_CONTENT_ID, contentId).set(PidTag.ATTACH_FLAGS, 4)
        .set(PidTag.ATTACH_DATA_BINARY, Bytes.encode("GIF89a", StandardCharsets.US_ASCII)).build());
  }

  @Test
  void theWriterPutsOnlyReferencedInlinePartsIntoMultipartRelatedAndTheReaderAgrees() throws Exception {
    // before, the writer tested "cid:a@x" as a substring and took a@x as referenced by cid:a@x.y
    Message m = Message.builder().set(PidTag.MESSAGE_CLASS, "IPM.Note").set(PidTag.SUBJECT, "refs")
        .set(PidTag.HTML, Bytes.encode("<html><body><img src=\"cid:a@x.y\"></body></html>", StandardCharsets.UTF_8))
        .set(PidTag.INTERNET_CODEPAGE, 65001)
        .addAttachment(inlineImage("a@x.y")).addAttachment(inlineImage("a@x")).build();
    byte[] mime = Fixtures.write(m).value().toByteArray();
    MimeCheck check = MimeCheck.of(mime, MimeCheck.Direction.WRITTEN, m);
    assertThat(check.leaves()).filteredOn(p -> p.isType("image/gif"))
        .extracting(p -> p.contentId() + " in " + p.parent.mimeType)
        .containsExactly("a@x.y in multipart/related", "a@x in multipart/mixed");
    // read back, only the referenced part is marked inline (attRenderedInBody)
    Message back = Fixtures.read(mime).value();
    assertThat(back.attachments()).extracting(a -> a.contentId().orElseThrow() + " "
        + (a.find(PidTag.ATTACH_FLAGS).orElse(0) & 4)).containsExactly("a@x.y 4", "a@x 0");
  }

  @Test
  void aPercentEncodedCidUrlMarksThePartInlineInTheReaderTheWriterAndTheMmsBuilderAlike() throws Exception {
    String html = "<html><body><img src=\"cid:a%40b\"></body></html>";
    // the MIME reader: multipart/related, the part's Content-ID is <a@b>
    Message read = Fixtures.read("Subject: pct\nMIME-Version: 1.0\n"
        + "Content-Type: multipart/related; boundary=r\n\n"
        + "--r\nContent-Type: text/html; charset=utf-8\n\n" + html + "\n"
        + "--r\nContent-Type: image/gif\nContent-ID: <a@b>\n\nGIF89a\n"
        + "--r\nContent-Type: image/gif\nContent-ID: <a%40b.c>\n\nGIF89a\n--r--\n").value();
    assertThat(read.attachments()).extracting(a -> a.contentId().orElseThrow() + " "
        + (a.find(PidTag.ATTACH_FLAGS).orElse(0) & 4)).containsExactly("a@b 4", "a%40b.c 0");
    // the writer keeps the referenced part in multipart/related
    byte[] mime = Fixtures.write(read).value().toByteArray();
    assertThat(MimeCheck.of(mime, MimeCheck.Direction.WRITTEN, read).leaves()).filteredOn(p -> p.isType("image/gif"))
        .extracting(p -> p.contentId() + " in " + p.parent.mimeType)
        .containsExactly("a@b in multipart/related", "a%40b.c in multipart/mixed");
    // the MMS builder, which before compared cid:a%40b undecoded and left the part unmarked
    MmsMessage mms = MmsMessage.builder().html(html)
        .addPart(MmsPart.of("a.gif", "image/gif", "a@b", Bytes.encode("GIF89a", StandardCharsets.US_ASCII)))
        .addPart(MmsPart.of("c.gif", "image/gif", "a%40b.c", Bytes.encode("GIF89a", StandardCharsets.US_ASCII)))
        .build();
    assertThat(mms.parts()).extracting(a -> a.find(PidTag.ATTACH_FLAGS).orElse(0) & 4).containsExactly(4, 0);
  }
}
