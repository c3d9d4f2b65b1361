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

/** The one test of "the HTML body refers to this part" shared by the reader, the writer and XMS-R213. */
class HtmlReferencesTest {

  @Test
  void contentIdsAreNamedByWholeCidUrlsOnly() {
    HtmlReferences refs = HtmlReferences.of("<p><img src=\"CID:Logo@Example.com\"><img src=\"cid:a@x.y\"></p>");
    assertThat(refs.names("logo@example.com", null)).isTrue();
    assertThat(refs.names(" <logo@example.com> ", null)).isTrue();
    // a Content-ID that only begins a URL is not named by it
    assertThat(refs.names("a@x", null)).isFalse();
    assertThat(refs.names("a@x.y", null)).isTrue();
    assertThat(refs.names(null, null)).isFalse();
    assertThat(refs.names("", "")).isFalse();
  }

  @Test
  void cidUrlsOutsideUrlAttributesAndCssUrlsCount() {
    HtmlReferences refs = HtmlReferences.of("<div style=\"background-image: url('cid:bg@x')\">"
        + "<table background=\"tile.gif\"><tr><td style=\"background:url(images/cell.png)\">x</td></tr></table></div>");
    assertThat(refs.names("bg@x", null)).isTrue();
    assertThat(refs.names(null, "tile.gif")).isTrue();
    assertThat(refs.names(null, "images/cell.png")).isTrue();
    // a location that is only part of a URL is not named
    assertThat(refs.names(null, "cell.png")).isFalse();
  }

  @Test
  void percentEncodingOnEitherSideIsIgnored() {
    HtmlReferences refs = HtmlReferences.of("<img src=\"cid:my%20photo@x\"><img src=\"a b.gif\"><a href=\"100%\">");
    assertThat(refs.names("my photo@x", null)).isTrue();
    assertThat(refs.names(null, "a%20b.gif")).isTrue();
    assertThat(refs.names(null, "100%")).isTrue();
  }

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
}
