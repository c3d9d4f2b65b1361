package org.xms4j.smil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for stripping, comparing and resolving Content-IDs and cid: URLs. */
class ContentIdsTest {

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "<a@b> | a@b",
      "a@b | a@b",
      // white space around the value and just inside the brackets, folding too; inside the id it stays
      "\" \t< a@b >\r\n\" | a@b",
      "<my photo.jpg> | my photo.jpg",
      // a lone bracket is removed: neither < nor > can be part of an addr-spec
      "<a@b | a@b",
      "a@b> | a@b",
      // no id at all
      "<> | \"\"",
      "\"  \" | \"\"",
      "\"\" | \"\"",
      "\"< >\" | \"\"",
      // only one bracket on each side goes
      "<<a@b>> | <a@b>",
  })
  void stripsBracketsAndWhiteSpace(String in, String expected) {
    assertThat(ContentIds.strip(in)).isEqualTo(expected);
  }

  @Test
  void theFourFormerStrippersAgreeOnTheMissingClosingBracket() {
    // before: the MIME reader gave "a@b", the validator and the SMIL resolver kept "<a@b", the
    // backup importer kept "<a@b" too; all of them now use strip
    assertThat(ContentIds.strip("<a@b")).isEqualTo("a@b");
    MediaPart part = MediaPart.of("<a@b", null, null, "image/png");
    Resolution r = SmilResolver.resolve(SmilPresentation.builder().slide(java.time.Duration.ofSeconds(1),
        MediaObject.image("cid:a@b")).build(), List.of(part));
    assertThat(r.resolved()).singleElement().satisfies(m -> assertThat(m.exact()).isTrue());
  }

  @Test
  void headerValuesAreTheStrippedIdInBrackets() {
    assertThat(ContentIds.bracketed(" a@b ")).isEqualTo("<a@b>");
    assertThat(ContentIds.bracketed("<a@b>")).isEqualTo("<a@b>");
    assertThatThrownBy(() -> ContentIds.bracketed("<>")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"<>\"");
  }

  @Test
  void cidUrlsNameThePercentDecodedAddrSpecThenTheTextAsWritten() {
    assertThat(ContentIds.ofCidUrl("cid:a%40b")).containsExactly("a@b", "a%40b");
    assertThat(ContentIds.ofCidUrl(" CID:photo.jpg@host ")).containsExactly("photo.jpg@host");
    assertThat(ContentIds.ofCidUrl("Cid:<Att0.txt@x>")).containsExactly("Att0.txt@x");
    assertThat(ContentIds.ofCidUrl("cid:caf%C3%A9@x")).containsExactly("café@x", "caf%C3%A9@x");
    // malformed escapes are kept as written (PercentEncoding), so both forms are the same
    assertThat(ContentIds.ofCidUrl("cid:rate%.txt")).containsExactly("rate%.txt");
    // no id, or another scheme
    assertThat(ContentIds.ofCidUrl("cid:")).isEmpty();
    assertThat(ContentIds.ofCidUrl("cid:%20")).containsExactly("%20");
    assertThat(ContentIds.ofCidUrl("mid:a@b")).isEmpty();
    assertThat(ContentIds.ofCidUrl("photo.jpg")).isEmpty();
    assertThat(ContentIds.isCidUrl("  cId:x")).isTrue();
    assertThat(ContentIds.isCidUrl("xcid:x")).isFalse();
  }

  @Test
  void idsCompareIgnoringLetterCaseAndBrackets() {
    assertThat(ContentIds.same("<Logo@Example.COM>", "logo@example.com")).isTrue();
    assertThat(ContentIds.same("a@b", "a@b.c")).isFalse();
    assertThat(ContentIds.same("<>", "")).isFalse();
    assertThat(ContentIds.key(" <Att1.JPG@X> ")).isEqualTo("att1.jpg@x");
  }

  @Test
  void aCidUrlNamesAnIdWhenOneOfItsIdsIsTheSame() {
    assertThat(ContentIds.names("cid:a%40b", "<a@b>")).isTrue();
    assertThat(ContentIds.names("CID:A%40B", "a@b")).isTrue();
    // a Content-ID that holds an escape as written is still named by the URL written the same way
    assertThat(ContentIds.names("cid:my%20photo@x", "my%20photo@x")).isTrue();
    assertThat(ContentIds.names("cid:my%20photo@x", "my photo@x")).isTrue();
    // whole ids only, no prefix match, no empty id
    assertThat(ContentIds.names("cid:a@x.y", "a@x")).isFalse();
    assertThat(ContentIds.names("cid:", "")).isFalse();
    assertThat(ContentIds.names("a@b", "a@b")).isFalse();
    assertThatThrownBy(() -> ContentIds.names("cid:a", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ContentIds.strip(null)).isInstanceOf(NullPointerException.class);
  }
}
