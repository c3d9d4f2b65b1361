package org.xms4j.smil;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.xms4j.smil.internal.ClockValues;

/**
 * The value of a timing attribute ({@code dur}, {@code begin} or {@code end}), kept exactly as
 * written and interpreted on demand.
 *
 * <p>A value is one of: a clock value ({@code "5000ms"}, {@code "5s"}, {@code "5"} = 5 seconds,
 * {@code "1.5s"}, {@code "00:00:05"}, {@code "00:05"}, {@code "0.5min"}, {@code "1h"}); a signed
 * offset ({@code "+2s"}, {@code "-1s"}, meaningful in {@code begin}/{@code end}); the keywords
 * {@code indefinite} or {@code media}; or anything else (sync-base, event or wallclock values, or
 * text that is simply wrong). Since the text is kept, two values are equal only when written alike:
 * {@code "5s"} and {@code "5000ms"} are different values with the same {@link #duration()}.
 *
 * <p>Note that a bare number is in seconds in SMIL; [MS-OMS] {@code tPar/@dur} uses a bare number of
 * milliseconds instead, which {@link SmilWriter#writeMmsSlides} takes care of.
 *
 * <p>Specified by [SMIL 2.1] section 10 (Timing and Synchronization: clock values, the dur, begin
 * and end attributes).
 *
 * @param text the attribute value as written
 */
public record TimeValue(String text) {

  /** The {@code indefinite} keyword. */
  public static final TimeValue INDEFINITE = new TimeValue("indefinite");

  /** The {@code media} keyword: the intrinsic duration of the media object. */
  public static final TimeValue MEDIA = new TimeValue("media");

  /** What a {@link TimeValue} holds. */
  public enum Kind {
    /** An unsigned clock value: {@link #duration()} is present. */
    CLOCK_VALUE,
    /** A clock value with an explicit {@code +} or {@code -} sign: {@link #offset()} is present. */
    SIGNED_CLOCK_VALUE,
    /** The keyword {@code indefinite}. */
    INDEFINITE,
    /** The keyword {@code media}. */
    MEDIA,
    /** Anything else: a sync-base, event or wallclock value, a list, or an invalid value. */
    OTHER
  }

  /**
   * Checks the component.
   *
   * @param text the {@code text} component
   * @throws NullPointerException when text is null
   */
  public TimeValue {
    Objects.requireNonNull(text, "text");
  }

  /**
   * Returns the clock value for a duration, written in milliseconds ({@code "5000ms"}; a fraction of
   * a millisecond is kept, as in {@code "1.5ms"}).
   *
   * @param duration the duration, not negative
   * @return the value
   * @throws IllegalArgumentException when the duration is negative
   */
  public static TimeValue of(Duration duration) {
    return new TimeValue(ClockValues.format(Objects.requireNonNull(duration, "duration")));
  }

  /**
   * Returns the clock value for a number of milliseconds, for example {@code "5000ms"}.
   *
   * @param millis the duration in milliseconds, not negative
   * @return the value
   * @throws IllegalArgumentException when millis is negative
   */
  public static TimeValue ofMillis(long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException("millis must not be negative: " + millis);
    }
    return new TimeValue(millis + "ms");
  }

  /**
   * Parses a SMIL clock value.
   *
   * @param text the clock value, for example {@code "1.5s"} or {@code "00:00:05"}
   * @return the duration
   * @throws IllegalArgumentException when the text is not a clock value; the message quotes it
   */
  public static Duration parseClockValue(String text) {
    return ClockValues.parse(Objects.requireNonNull(text, "text"))
        .orElseThrow(() -> new IllegalArgumentException("not a SMIL clock value: \"" + text + "\""));
  }

  /**
   * Classifies the value. Keywords match ignoring letter case and surrounding white space.
   *
   * @return the kind of value
   */
  public Kind kind() {
    String s = ClockValues.strip(text);
    if (s.toLowerCase(Locale.ROOT).equals("indefinite")) {
      return Kind.INDEFINITE;
    }
    if (s.toLowerCase(Locale.ROOT).equals("media")) {
      return Kind.MEDIA;
    }
    if (ClockValues.parse(s).isPresent()) {
      return Kind.CLOCK_VALUE;
    }
    if ((s.startsWith("+") || s.startsWith("-")) && ClockValues.parseOffset(s).isPresent()) {
      return Kind.SIGNED_CLOCK_VALUE;
    }
    return Kind.OTHER;
  }

  /**
   * Returns the duration of an unsigned clock value.
   *
   * @return the duration, or empty unless {@link #kind()} is {@link Kind#CLOCK_VALUE}
   */
  public Optional<Duration> duration() {
    return ClockValues.parse(text);
  }

  /**
   * Returns the duration of an unsigned clock value in whole milliseconds (truncated).
   *
   * @return the milliseconds, or empty unless {@link #kind()} is {@link Kind#CLOCK_VALUE}
   */
  public OptionalLong toMillis() {
    Optional<Duration> d = duration();
    return d.isPresent() ? OptionalLong.of(d.get().toMillis()) : OptionalLong.empty();
  }

  /**
   * Returns the offset of a signed or unsigned clock value.
   *
   * @return the offset, negative for a leading minus, or empty for other kinds
   */
  public Optional<Duration> offset() {
    return ClockValues.parseOffset(text);
  }

  /**
   * Tells whether this is the {@code indefinite} keyword.
   *
   * @return true for {@code indefinite}
   */
  public boolean isIndefinite() {
    return kind() == Kind.INDEFINITE;
  }

  /**
   * Tells whether this is the {@code media} keyword.
   *
   * @return true for {@code media}
   */
  public boolean isMedia() {
    return kind() == Kind.MEDIA;
  }
}
