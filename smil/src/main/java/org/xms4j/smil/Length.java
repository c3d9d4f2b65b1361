package org.xms4j.smil;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xms4j.smil.internal.ClockValues;

/**
 * A position or size of the layout ({@code left}, {@code top}, {@code width}, {@code height}),
 * kept exactly as written and interpreted on demand.
 *
 * <p>A length is a number of pixels ({@code "120"} or {@code "120px"}), a percentage of the
 * enclosing area ({@code "50%"}), the keyword {@code auto}, or invalid text. Numbers may have a sign
 * and a fraction; surrounding white space and the letter case of {@code px} are ignored.
 *
 * <p>Specified by [SMIL 2.1] section 5 (Layout: the region positioning attributes).
 *
 * @param text the attribute value as written
 */
public record Length(String text) {

  private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");

  /** The unit of a {@link Length}. */
  public enum Unit {
    /** Pixels: a bare number or a number followed by {@code px}. */
    PIXELS,
    /** A percentage of the enclosing area: a number followed by {@code %}. */
    PERCENT,
    /** The keyword {@code auto}. */
    AUTO,
    /** Text that is none of the above. */
    INVALID
  }

  /**
   * Checks the component.
   *
   * @param text the {@code text} component
   * @throws NullPointerException when text is null
   */
  public Length {
    Objects.requireNonNull(text, "text");
  }

  /**
   * Returns a length in pixels, written as a bare number ({@code "120"}), the form MMS SMIL uses.
   *
   * @param pixels the number of pixels
   * @return the length
   */
  public static Length pixels(long pixels) {
    return new Length(Long.toString(pixels));
  }

  /**
   * Returns a percentage, for example {@code "80%"}.
   *
   * @param percent the percentage of the enclosing area
   * @return the length
   */
  public static Length percent(long percent) {
    return new Length(percent + "%");
  }

  /**
   * Returns the unit of the value.
   *
   * @return the unit, {@link Unit#INVALID} when the text is not a length
   */
  public Unit unit() {
    String s = ClockValues.strip(text);
    if (s.equalsIgnoreCase("auto")) {
      return Unit.AUTO;
    }
    if (s.endsWith("%")) {
      return number(s.substring(0, s.length() - 1)) == null ? Unit.INVALID : Unit.PERCENT;
    }
    if (s.toLowerCase(Locale.ROOT).endsWith("px")) {
      return number(s.substring(0, s.length() - 2)) == null ? Unit.INVALID : Unit.PIXELS;
    }
    return number(s) == null ? Unit.INVALID : Unit.PIXELS;
  }

  /**
   * Returns the number: pixels for {@link Unit#PIXELS}, the percentage for {@link Unit#PERCENT}.
   *
   * @return the number, or empty for {@code auto} and invalid text
   */
  public OptionalDouble value() {
    String s = ClockValues.strip(text);
    BigDecimal n;
    switch (unit()) {
      case PERCENT:
        n = number(s.substring(0, s.length() - 1));
        break;
      case PIXELS:
        n = number(s.toLowerCase(Locale.ROOT).endsWith("px") ? s.substring(0, s.length() - 2) : s);
        break;
      default:
        return OptionalDouble.empty();
    }
    return OptionalDouble.of(n.doubleValue());
  }

  /**
   * Tells whether the text is a length (pixels, percent or {@code auto}).
   *
   * @return false for invalid text
   */
  public boolean isValid() {
    return unit() != Unit.INVALID;
  }

  /**
   * Returns the length in pixels, resolving a percentage against the size of the enclosing area.
   *
   * @param referencePixels the width or height of the enclosing area in pixels
   * @return the pixels, or empty for {@code auto} and invalid text
   */
  public OptionalDouble toPixels(double referencePixels) {
    OptionalDouble v = value();
    if (v.isEmpty()) {
      return v;
    }
    return unit() == Unit.PERCENT ? OptionalDouble.of(v.getAsDouble() * referencePixels / 100.0) : v;
  }

  private static BigDecimal number(String s) {
    String t = ClockValues.strip(s);
    Matcher m = NUMBER.matcher(t);
    if (!m.matches() || t.length() > 32) {
      return null;
    }
    return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
  }
}
