package org.xms4j.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The result of validating one object: its findings, in a deterministic order, and the rules that
 * were checked.
 *
 * <p>Findings are sorted by path, then rule id, then message ({@link Finding#compareTo}). An object
 * conforms when no finding has level {@link Level#MUST}. Reports of the same object from several
 * scopes (the Message object, the .msg file) are combined with {@link #plus(ValidationReport)}.
 */
public final class ValidationReport {

  private final Profile profile;
  private final List<Finding> findings;
  private final SortedSet<RuleId> checkedRules;

  /**
   * Returns a report.
   *
   * @param profile the profile the rules were selected by
   * @param findings the findings, in any order
   * @param checkedRules the ids of the rules that were run, whether or not they found anything
   */
  public ValidationReport(Profile profile, List<Finding> findings, java.util.Collection<RuleId> checkedRules) {
    this.profile = Objects.requireNonNull(profile, "profile");
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(null);
    this.findings = List.copyOf(sorted);
    this.checkedRules = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(checkedRules));
  }

  /**
   * Returns the profile the rules were selected by.
   *
   * @return the profile
   */
  public Profile profile() {
    return profile;
  }

  /**
   * Returns every finding, sorted by path, then rule id, then message.
   *
   * @return an unmodifiable list
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings of one level, in order.
   *
   * @param level the level
   * @return an unmodifiable list
   */
  public List<Finding> findings(Level level) {
    return findings.stream().filter(f -> f.level() == level).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether the object conforms: no finding of level {@link Level#MUST}.
   *
   * @return true when there is no MUST finding
   */
  public boolean conforms() {
    return findings.stream().noneMatch(f -> f.level() == Level.MUST);
  }

  /**
   * Returns the ids of the rules that were run.
   *
   * @return an unmodifiable set in id order
   */
  public SortedSet<RuleId> checkedRules() {
    return checkedRules;
  }

  /**
   * Returns a report holding the findings and checked rules of this report and another.
   *
   * @param other a report of the same object under the same profile, for example of its .msg file
   *     structure
   * @return the combined report
   * @throws IllegalArgumentException when the profiles differ
   */
  public ValidationReport plus(ValidationReport other) {
    if (other.profile != profile) {
      throw new IllegalArgumentException("cannot combine a " + profile.id() + " report with a "
          + other.profile.id() + " report");
    }
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(other.findings);
    List<RuleId> rules = new ArrayList<>(checkedRules);
    rules.addAll(other.checkedRules);
    return new ValidationReport(profile, all, rules);
  }

  /**
   * Compares profile, findings and checked rules.
   *
   * @param o the other object
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport r && profile == r.profile && findings.equals(r.findings)
        && checkedRules.equals(r.checkedRules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(profile, findings, checkedRules);
  }

  /**
   * Returns the findings, one per line in their text form, or {@code conforms, no findings}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (findings.isEmpty()) {
      return "conforms, no findings";
    }
    return findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }
}
