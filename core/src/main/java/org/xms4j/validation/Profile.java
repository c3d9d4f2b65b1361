package org.xms4j.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * A selection of rules: the specifications alone, or the specifications plus the
 * Outlook-compatibility rules.
 *
 * <p>The CLI selects a profile by {@link #id()} ({@code spec} or {@code outlook}).
 */
public enum Profile {
  /** The rules of the specifications ({@code XMS-R} ids); the default. */
  SPEC("spec"),
  /**
   * The rules of the specifications plus the Outlook-compatibility rules ({@code OUTLOOK-R} ids, all
   * SHOULD): what Outlook needs to open, show and list a file as its own.
   */
  OUTLOOK("outlook");

  private final String id;

  Profile(String id) {
    this.id = id;
  }

  /**
   * Returns the name used on command lines and in reports.
   *
   * @return {@code spec} or {@code outlook}
   */
  public String id() {
    return id;
  }

  /**
   * Tells whether a rule belongs to this profile.
   *
   * @param rule the catalogue entry
   * @return true for every spec rule, and for Outlook rules in {@link #OUTLOOK}
   */
  public boolean includes(RuleInfo rule) {
    return rule.profile() == SPEC || rule.profile() == this;
  }

  /**
   * Returns the profile of a name, ignoring case.
   *
   * @param id {@code spec} or {@code outlook}
   * @return the profile, or empty for another name
   */
  public static Optional<Profile> fromId(String id) {
    String s = id.strip().toLowerCase(Locale.ROOT);
    for (Profile p : values()) {
      if (p.id.equals(s)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
