package org.xms4j.smil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The one percent-decoding rule: well-formed UTF-8 escapes decoded, everything else kept as written. */
class PercentEncodingTest {

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // well-formed escapes, either letter case, and multi-byte UTF-8
      "my%20photo.jpg | my photo.jpg",
      "caf%C3%A9 | café",
      "caf%c3%a9 | café",
      "%E2%82%AC5 | €5",
      "%F0%9F%98%80 | \uD83D\uDE00",
      "%41%42%43 | ABC",
      // a % without two hex digits is kept
      "% | %",
      "100% | 100%",
      "%4 | %4",
      "%G1x | %G1x",
      "a%%20b | a% b",
      // bytes that are not well-formed UTF-8 are kept as written, the rest of the run still decodes
      "%C3 | %C3",
      "a%C3b | a%C3b",
      "%C3%C3%A9 | %C3é",
      "%E2%82 | %E2%82",
      "%FF%fe | %FF%fe",
      "%80abc | %80abc",
      "%C0%AF | %C0%AF",
      "%ED%A0%80 | %ED%A0%80",
      "%F4%90%80%80 | %F4%90%80%80",
      // + is not a space in URLs; other characters are kept, surrogate pairs too
      "a+b%2Bc | a+b+c",
      "\uD83D\uDE00%20x | \uD83D\uDE00 x",
  })
  void decodes(String in, String expected) {
    assertThat(PercentEncoding.decode(in)).isEqualTo(expected);
  }

  @Test
  void textWithoutEscapesIsReturnedItself() {
    String s = "photo.jpg@host";
    assertThat(PercentEncoding.decode(s)).isSameAs(s);
    assertThat(PercentEncoding.decode("")).isEmpty();
  }

  @Test
  void everyMalformedInputKeepsEveryCharacter() {
    // no input loses characters: decoding only ever replaces a well-formed run of escapes
    for (String s : new String[] {"%", "%%", "%%%", "%0", "%zz", "%C3", "%E2%82", "%FF", "x%"}) {
      assertThat(PercentEncoding.decode(s)).isEqualTo(s);
    }
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(() -> PercentEncoding.decode(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }
}
