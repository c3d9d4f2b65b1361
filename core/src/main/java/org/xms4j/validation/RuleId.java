package org.xms4j.validation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identifier of a rule, for example {@code XMS-R017} or {@code OUTLOOK-R003}.
 *
 * <p>Ids are never derived from section numbers (which change between spec revisions) and never
 * reused: a withdrawn rule keeps its id out of use. Ids order by prefix, then number.
 *
 * @param value the id: upper-case letters, {@code -R} and three digits
 */
public record RuleId(String value) implements Comparable<RuleId> {

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9]*-R[0-9]{3}");

  /**
   * Checks the form of the id.
   *
   * @param value the {@code value} component
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when the id is not of the form {@code PREFIX-Rnnn}
   */
  public RuleId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("rule id must be PREFIX-Rnnn (e.g. XMS-R017), was \"" + value + "\"");
    }
  }

  /**
   * Returns the id of a text.
   *
   * @param value for example {@code XMS-R017}
   * @return the id
   * @throws IllegalArgumentException when the id is not of the form {@code PREFIX-Rnnn}
   */
  public static RuleId of(String value) {
    return new RuleId(value);
  }

  /**
   * Returns the prefix before {@code -R}.
   *
   * @return for example {@code XMS}
   */
  public String prefix() {
    return value.substring(0, value.lastIndexOf("-R"));
  }

  @Override
  public int compareTo(RuleId o) {
    int c = prefix().compareTo(o.prefix());
    return c != 0 ? c : value.compareTo(o.value);
  }

  /**
   * Returns the id.
   *
   * @return for example {@code XMS-R017}
   */
  @Override
  public String toString() {
    return value;
  }
}
