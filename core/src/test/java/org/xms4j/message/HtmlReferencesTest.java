package org.xms4j.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.validation.Finding;
import org.xms4j.validation.Validator;

/**
 * The one test of "the HTML body refers to this part", shared by the MMS builder, the MIME reader and
 * writer and the validator (moved here from the MIME package so that core uses it too).
 */
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
    assertThat(refs.names("<>", null)).isFalse();
    assertThat(refs.cidUrls()).containsExactly("CID:Logo@Example.com", "cid:a@x.y");
  }

  @Test
  void cidUrlsOutsideUrlAttributesAndCssUrlsCount() {
    HtmlReferences refs = HtmlReferences.of("<div style=\"background-image: url('cid:bg@x')\">"
        + "<table background=\"tile.gif\"><tr><td style=\"background:url(images/cell.png)\">x</td></tr></table></div>"
        + "<!--[if gte vml 1]><v:imagedata src=\"cid:image001.png@01D78380.EF6DC500\"/><![endif]-->");
    assertThat(refs.names("bg@x", null)).isTrue();
    assertThat(refs.names("image001.png@01D78380.EF6DC500", null)).isTrue();
    assertThat(refs.names(null, "tile.gif")).isTrue();
    assertThat(refs.names(null, "images/cell.png")).isTrue();
    // a location that is only part of a URL is not named
    assertThat(refs.names(null, "cell.png")).isFalse();
  }

  @Test
  void percentEncodingOnEitherSideIsIgnoredForLocationsAndDecodedForCidUrls() {
    HtmlReferences refs = HtmlReferences.of("<img src=\"cid:my%20photo@x\"><img src=\"a b.gif\"><a href=\"100%\">");
    assertThat(refs.names("my photo@x", null)).isTrue();
    // the URL as written names a Content-ID written with the escape, for senders that do not encode
    assertThat(refs.names("my%20photo@x", null)).isTrue();
    assertThat(refs.names(null, "a%20b.gif")).isTrue();
    assertThat(refs.names(null, "100%")).isTrue();
  }

  @Test
  void characterReferencesAreDecodedAndAttributeUrlsAreNotCutAtWhiteSpace() {
    // a Content-ID with a space, as phones name parts, written unencoded into the HTML by a sender
    HtmlReferences refs = HtmlReferences.of("<img src=\"cid:my photo.jpg\"><img src=\"cid:a&amp;b@x\">"
        + "<a href='cid:x(1)@y'>x</a>");
    assertThat(refs.cidUrls()).containsExactly("cid:a&b@x", "cid:my photo.jpg", "cid:x(1)@y");
    assertThat(refs.names("my photo.jpg", null)).isTrue();
    assertThat(refs.names("my", null)).isFalse();
    assertThat(refs.names("a&b@x", null)).isTrue();
    assertThat(refs.names("x(1)@y", null)).isTrue();
    assertThatThrownBy(() -> HtmlReferences.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void anMmsPartNamedByAPercentEncodedCidUrlIsRenderedInBodyAndTheValidatorAgrees() {
    // before: the MMS builder lower-cased cid:a%40b without decoding it and left the part unflagged,
    // while the MIME reader and the validator took it as referenced
    MmsMessage mms = MmsMessage.builder()
        .html("<html><body><img src=\"cid:a%40b\"><img src=\"CID:C%40D\"></body></html>")
        .addPart(MmsPart.of("a.png", "image/png", "a@b", Bytes.of((byte) 1)))
        .addPart(MmsPart.of("c.png", "image/png", "<c@d>", Bytes.of((byte) 2)))
        .addPart(MmsPart.of("e.png", "image/png", "a%40b.e", Bytes.of((byte) 3)))
        .build();
    assertThat(mms.parts()).extracting(a -> a.find(PidTag.ATTACH_FLAGS).orElse(0)).containsExactly(4, 4, 0);
    HtmlReferences refs = HtmlReferences.of(mms.html().orElseThrow());
    assertThat(mms.parts()).extracting(a -> refs.names(a.contentId().orElse(null), null))
        .containsExactly(true, true, false);
    // XMS-R015 (every cid: URL names a part) and OUTLOOK-R inline marking find nothing to report
    assertThat(Validator.validate(mms).findings()).extracting(Finding::ruleId).map(Object::toString)
        .doesNotContain("XMS-R015");
    assertThat(Validator.validate(mms).findings()).noneMatch(f -> f.message().contains("HTML reference cid:"));
  }

  @Test
  void aPartNamedByItsContentLocationIsRenderedInBody() {
    MmsMessage mms = MmsMessage.builder()
        .html("<img src=\"images/a.png\">")
        .addPart(new MmsPart("a.png", "image/png", "a@x", "images/a.png", Bytes.of((byte) 1), null))
        .addPart(new MmsPart("b.png", "image/png", "b@x", "images/b.png", Bytes.of((byte) 2), null))
        .build();
    assertThat(mms.parts()).extracting(a -> a.find(PidTag.ATTACH_FLAGS).orElse(0)).containsExactly(4, 0);
  }

  @Test
  void theValidatorReportsEachCidUrlThatNamesNoPartAsWritten() {
    MmsMessage mms = MmsMessage.builder()
        .html("<img src=\"cid:a%40b\"><img src=\"cid:missing%40x\">")
        .addPart(MmsPart.of("a.png", "image/png", "a@b", Bytes.of((byte) 1)))
        .build();
    assertThat(Validator.validate(mms).findings()).filteredOn(f -> f.ruleId().toString().equals("XMS-R015"))
        .singleElement().satisfies(f -> assertThat(f.message())
            .contains("PidTagAttachContentId \"missing@x\" for the URL cid:missing%40x"));
  }
}
