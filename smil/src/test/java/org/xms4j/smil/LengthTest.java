package org.xms4j.smil;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LengthTest {

  @ParameterizedTest(name = "\"{0}\" = {2} {1}")
  @CsvSource(delimiter = '|', value = {
      "120      | PIXELS  | 120",
      "1134px   | PIXELS  | 1134",
      "10PX     | PIXELS  | 10",
      "' 50 '   | PIXELS  | 50",
      "-5       | PIXELS  | -5",
      "12.5     | PIXELS  | 12.5",
      "100%     | PERCENT | 100",
      "33.3%    | PERCENT | 33.3",
      "0%       | PERCENT | 0",
  })
  void parsesPixelsAndPercent(String text, Length.Unit unit, double value) {
    Length l = new Length(text);
    assertThat(l.unit()).isEqualTo(unit);
    assertThat(l.value()).hasValue(value);
    assertThat(l.isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "10em", "%", "px", "1,5", "5 0", "1e3"})
  void rejectsOtherText(String text) {
    Length l = new Length(text);
    assertThat(l.unit()).isEqualTo(Length.Unit.INVALID);
    assertThat(l.isValid()).isFalse();
    assertThat(l.value()).isEmpty();
  }

  @Test
  void autoIsValidWithoutNumber() {
    assertThat(new Length("Auto").unit()).isEqualTo(Length.Unit.AUTO);
    assertThat(new Length("auto").value()).isEmpty();
    assertThat(new Length("auto").toPixels(100)).isEmpty();
  }

  @Test
  void resolvesPercentAgainstTheEnclosingSize() {
    assertThat(new Length("80%").toPixels(160)).hasValue(128);
    assertThat(new Length("80").toPixels(160)).hasValue(80);
    assertThat(Length.pixels(120).text()).isEqualTo("120");
    assertThat(Length.percent(80).text()).isEqualTo("80%");
  }
}
