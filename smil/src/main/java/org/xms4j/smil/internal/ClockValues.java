package org.xms4j.smil.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMIL clock-value grammar.
 *
 * <pre>
 * Clock-value         ::= Full-clock-value | Partial-clock-value | Timecount-value
 * Full-clock-value    ::= Hours ":" Minutes ":" Seconds ("." Fraction)?
 * Partial-clock-value ::= Minutes ":" Seconds ("." Fraction)?
 * Timecount-value     ::= Timecount ("." Fraction)? (Metric)?
 * Metric              ::= "h" | "min" | "s" | "ms"      (default "s")
 * Minutes, Seconds    ::= two digits, 00 to 59
 * </pre>
 *
 * <p>Leniency beyond the grammar, because real phones write it: leading and trailing XML white space
 * is ignored, the metric may be in any letter case and may be separated from the number by white
 * space ({@code "5000 ms"}). Values are exact to the nanosecond; further fraction digits are
 * truncated. Values longer than 64 characters or beyond the range of {@link Duration} in nanoseconds
 * (about 292 years) do not parse.
 *
 * <p>Specified by [SMIL 2.1] section 10 (Timing and Synchronization, clock values).
 */
public final class ClockValues {

  private static final int MAX_LENGTH = 64;
  private static final Pattern TIMECOUNT =
      Pattern.compile("(\\d+)(?:\\.(\\d+))?[ \\t\\r\\n]*(h|min|s|ms)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?([0-5]\\d):([0-5]\\d)(?:\\.(\\d+))?");
  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);
  private static final BigInteger MAX_NANOS = BigInteger.valueOf(Long.MAX_VALUE);

  private ClockValues() {}

  /**
   * Parses an unsigned clock value.
   *
   * @param text the attribute value
   * @return the duration, or empty when the text is not a clock value
   */
  public static Optional<Duration> parse(String text) {
    String s = strip(text);
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Matcher clock = CLOCK.matcher(s);
    if (clock.matches()) {
      BigDecimal seconds = new BigDecimal(clock.group(3) + "." + nz(clock.group(4)));
      BigDecimal minutes = new BigDecimal(clock.group(2));
      BigDecimal hours = clock.group(1) == null ? BigDecimal.ZERO : new BigDecimal(clock.group(1));
      BigDecimal total = hours.multiply(BigDecimal.valueOf(3600))
          .add(minutes.multiply(BigDecimal.valueOf(60)))
          .add(seconds);
      return toDuration(total);
    }
    Matcher count = TIMECOUNT.matcher(s);
    if (count.matches()) {
      BigDecimal value = new BigDecimal(count.group(1) + "." + nz(count.group(2)));
      String metric = count.group(3) == null ? "s" : count.group(3).toLowerCase(Locale.ROOT);
      BigDecimal seconds;
      switch (metric) {
        case "h":
          seconds = value.multiply(BigDecimal.valueOf(3600));
          break;
        case "min":
          seconds = value.multiply(BigDecimal.valueOf(60));
          break;
        case "ms":
          seconds = value.movePointLeft(3);
          break;
        default:
          seconds = value;
          break;
      }
      return toDuration(seconds);
    }
    return Optional.empty();
  }

  /**
   * Parses a signed offset: a clock value with an optional leading {@code +} or {@code -}.
   *
   * @param text the attribute value or one entry of a begin or end list
   * @return the offset (negative for a leading minus), or empty when the text is not an offset
   */
  public static Optional<Duration> parseOffset(String text) {
    String s = strip(text);
    if (s.startsWith("+")) {
      return parse(s.substring(1));
    }
    if (s.startsWith("-")) {
      return parse(s.substring(1)).map(Duration::negated);
    }
    return parse(s);
  }

  /**
   * Formats a non-negative duration as a millisecond timecount, for example {@code "5000ms"} or
   * {@code "1.5ms"}.
   *
   * @param duration the duration
   * @return the clock value text
   * @throws IllegalArgumentException when the duration is negative
   */
  public static String format(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative: " + duration);
    }
    BigDecimal millis = new BigDecimal(BigInteger.valueOf(duration.getSeconds()))
        .multiply(BigDecimal.valueOf(1000))
        .add(BigDecimal.valueOf(duration.getNano()).movePointLeft(6));
    BigDecimal stripped = millis.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.toPlainString() + "ms";
  }

  /**
   * Removes leading and trailing XML white space (space, tab, carriage return, line feed).
   *
   * @param text the text
   * @return the text without surrounding XML white space
   */
  public static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isXmlSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isXmlSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * Tells whether a character is XML white space.
   *
   * @param c the character
   * @return true for space, tab, carriage return and line feed
   */
  public static boolean isXmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static String nz(String fraction) {
    return fraction == null ? "0" : fraction;
  }

  private static Optional<Duration> toDuration(BigDecimal seconds) {
    BigInteger nanos = seconds.multiply(NANOS_PER_SECOND).setScale(0, RoundingMode.DOWN).toBigInteger();
    if (nanos.compareTo(MAX_NANOS) > 0) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos(nanos.longValueExact()));
  }
}
