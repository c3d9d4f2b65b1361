package org.xms4j.smil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TimeValueTest {

  @ParameterizedTest(name = "\"{0}\" = {1} ns")
  @CsvSource(delimiter = '|', value = {
      "5000ms      | 5000000000",
      "5s          | 5000000000",
      "5           | 5000000000",
      "00:00:05    | 5000000000",
      "00:05       | 5000000000",
      "1.5s        | 1500000000",
      "0.5min      | 30000000000",
      "2h          | 7200000000000",
      "1:02:03.25  | 3723250000000",
      "12.467      | 12467000000",
      "2.25ms      | 2250000",
      "0           | 0",
      "'  7s '     | 7000000000",
      "5000 ms     | 5000000000",
      "5000MS      | 5000000000",
      "0.0000000019s | 1",
  })
  void parsesClockValues(String text, long nanos) {
    TimeValue v = new TimeValue(text);
    assertThat(v.kind()).isEqualTo(TimeValue.Kind.CLOCK_VALUE);
    assertThat(v.duration()).hasValue(Duration.ofNanos(nanos));
    assertThat(TimeValue.parseClockValue(text)).isEqualTo(Duration.ofNanos(nanos));
    assertThat(v.toMillis()).hasValue(nanos / 1_000_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "abc", "5sec", "5 s 2", "00:60", "60:00", "1:2:3", "00:05:7", "1e3ms", ".5s",
      "5.s", "id.begin+2s", "99999999999999999999h", "5,5s"})
  void rejectsWhatIsNotAClockValue(String text) {
    TimeValue v = new TimeValue(text);
    assertThat(v.duration()).isEmpty();
    assertThat(v.toMillis()).isEmpty();
    assertThat(v.kind()).isEqualTo(TimeValue.Kind.OTHER);
    assertThatThrownBy(() -> TimeValue.parseClockValue(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a SMIL clock value: \"" + text + "\"");
  }

  @Test
  void keywordsAreKeptAndRecognisedInAnyCase() {
    assertThat(new TimeValue("indefinite").isIndefinite()).isTrue();
    assertThat(new TimeValue(" Indefinite ").kind()).isEqualTo(TimeValue.Kind.INDEFINITE);
    assertThat(new TimeValue("MEDIA").isMedia()).isTrue();
    assertThat(TimeValue.MEDIA.duration()).isEmpty();
    assertThat(TimeValue.INDEFINITE.text()).isEqualTo("indefinite");
    assertThat(new TimeValue("indefinite").isMedia()).isFalse();
  }

  @Test
  void signedOffsetsAreOffsetsNotDurations() {
    TimeValue minus = new TimeValue("-1.5s");
    assertThat(minus.kind()).isEqualTo(TimeValue.Kind.SIGNED_CLOCK_VALUE);
    assertThat(minus.duration()).isEmpty();
    assertThat(minus.offset()).hasValue(Duration.ofMillis(-1500));
    assertThat(new TimeValue("+350ms").offset()).hasValue(Duration.ofMillis(350));
    assertThat(new TimeValue("350ms").offset()).hasValue(Duration.ofMillis(350));
    assertThat(new TimeValue("a.end").offset()).isEmpty();
  }

  @Test
  void factoriesWriteMilliseconds() {
    assertThat(TimeValue.of(Duration.ofSeconds(5)).text()).isEqualTo("5000ms");
    assertThat(TimeValue.of(Duration.ofNanos(1_500_000)).text()).isEqualTo("1.5ms");
    assertThat(TimeValue.of(Duration.ZERO).text()).isEqualTo("0ms");
    assertThat(TimeValue.of(Duration.ofHours(2)).text()).isEqualTo("7200000ms");
    assertThat(TimeValue.ofMillis(22000).text()).isEqualTo("22000ms");
    assertThat(TimeValue.of(Duration.ofNanos(1_500_000)).duration()).hasValue(Duration.ofNanos(1_500_000));
    assertThatThrownBy(() -> TimeValue.of(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> TimeValue.ofMillis(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("millis must not be negative: -1");
  }

  @Test
  void equalityIsOnTheTextAsWritten() {
    assertThat(new TimeValue("5s")).isNotEqualTo(new TimeValue("5000ms"));
    assertThat(new TimeValue("5s").duration()).isEqualTo(new TimeValue("5000ms").duration());
    assertThat(new TimeValue("5s")).isEqualTo(new TimeValue("5s"));
  }
}
