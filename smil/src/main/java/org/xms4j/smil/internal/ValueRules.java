package org.xms4j.smil.internal;

import java.util.Optional;
import org.xms4j.smil.Length;
import org.xms4j.smil.TimeValue;

/**
 * The value checks shared by the strict parser and the checker, so both judge a value alike.
 */
public final class ValueRules {

  /** What is wrong with a {@code dur} value. */
  public enum DurProblem {
    /** A clock value with a minus sign. */
    NEGATIVE,
    /** Neither a clock value nor {@code indefinite} nor {@code media}. */
    INVALID
  }

  private ValueRules() {}

  /**
   * Judges a {@code dur} value: a clock value, {@code indefinite} or {@code media}.
   *
   * @param dur the value
   * @return the problem, or empty when the value is valid
   */
  public static Optional<DurProblem> durProblem(TimeValue dur) {
    switch (dur.kind()) {
      case CLOCK_VALUE:
      case INDEFINITE:
      case MEDIA:
        return Optional.empty();
      case SIGNED_CLOCK_VALUE:
        return dur.offset().filter(d -> d.isNegative()).isPresent()
            ? Optional.of(DurProblem.NEGATIVE) : Optional.of(DurProblem.INVALID);
      default:
        return Optional.of(DurProblem.INVALID);
    }
  }

  /**
   * Judges a {@code begin} or {@code end} value list. Each semicolon-separated entry must be a
   * signed or unsigned offset or else start with a letter (a sync-base, event, wallclock, access key
   * or {@code indefinite} value, which are not examined further); an empty entry, or an entry that
   * starts like a number ({@code 0-9 . + -}) but is not an offset, is invalid.
   *
   * @param value the attribute value
   * @return true when every entry is acceptable
   */
  public static boolean isValidTimeList(String value) {
    for (String entry : value.split(";", -1)) {
      String e = ClockValues.strip(entry);
      if (e.isEmpty()) {
        return false;
      }
      char c = e.charAt(0);
      boolean numeric = (c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-';
      if (numeric && ClockValues.parseOffset(e).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Judges a position or size of the layout.
   *
   * @param length the value
   * @param isSize true for {@code width} and {@code height}, which must not be negative
   * @return true when the value is a length (and, for a size, not negative)
   */
  public static boolean isValidLength(Length length, boolean isSize) {
    if (!length.isValid()) {
      return false;
    }
    return !isSize || length.value().orElse(0) >= 0;
  }
}
