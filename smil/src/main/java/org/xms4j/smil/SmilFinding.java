package org.xms4j.smil;

import java.util.Objects;

/**
 * One problem {@link SmilChecker} found: which rule, what exactly, and where.
 *
 * <p>{@link #toString()} has one stable shape:
 * {@code SMIL-R07 ERROR /smil/body[1]/par[1]/img[1]/@region: region "Picture" is not defined in the layout}.
 *
 * <p>Specified by the rules of {@link SmilRule}.
 *
 * @param rule the rule that is broken
 * @param message what was expected and what was found, quoting the value
 * @param location where, in XPath style: element names with 1-based positions among siblings of the
 *     same name, and {@code /@name} for an attribute, for example {@code /smil/head[1]/layout[1]/region[2]/@width}
 */
public record SmilFinding(SmilRule rule, String message, String location) {

  /**
   * Checks the components.
   *
   * @param rule the {@code rule} component
   * @param message the {@code message} component
   * @param location the {@code location} component
   * @throws NullPointerException when a component is null
   */
  public SmilFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
  }

  /**
   * Returns the stable id of the rule, for example {@code SMIL-R07}.
   *
   * @return the rule id
   */
  public String id() {
    return rule.id();
  }

  /**
   * Returns the severity of the rule.
   *
   * @return the severity
   */
  public SmilRule.Severity severity() {
    return rule.severity();
  }

  @Override
  public String toString() {
    return rule.id() + " " + rule.severity() + " " + location + ": " + message;
  }
}
