package org.xms4j.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xms4j.mapi.SpecReference;

/**
 * One entry of the rule catalogue: what a rule checks, where the requirement is written and which
 * requirement rows of the project's requirement catalogue it covers.
 *
 * <p>Entries come from {@link RuleCatalogue}; rules implemented outside this package take their
 * entry from there ({@link RuleCatalogue#require(String)}), so the catalogue is the single list.
 *
 * @param id the stable rule id
 * @param level the requirement level
 * @param spec the document and section stating the requirement; document {@code Outlook} with a
 *     section {@code gotcha n} for Outlook-compatibility rules, document {@code xms4j} for the
 *     validator's own internal-error rule
 * @param scope what the rule looks at
 * @param profile {@link Profile#SPEC} for rules of the specifications, {@link Profile#OUTLOOK} for
 *     Outlook-compatibility rules
 * @param covers the requirement-row ids covered, for example {@code OXOSMMS-10}; may be empty
 * @param summary one line saying what conforms
 * @param applicable whether a validator checks the rule; false for rows that no stored object can
 *     show (server behaviour, ROPs, folder placement, protocol XML)
 * @param reason why the rule is not applicable; empty when it is
 */
public record RuleInfo(RuleId id, Level level, SpecReference spec, Scope scope, Profile profile,
    List<String> covers, String summary, boolean applicable, String reason) {

  /**
   * Checks and copies the arguments.
   *
   * @param id the {@code id} component
   * @param level the {@code level} component
   * @param spec the {@code spec} component
   * @param scope the {@code scope} component
   * @param profile the {@code profile} component
   * @param covers the {@code covers} component
   * @param summary the {@code summary} component
   * @param applicable the {@code applicable} component
   * @param reason the {@code reason} component
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the summary is blank, when a not-applicable rule has no
   *     reason or an applicable one has a reason, or when a {@link Scope#PROTOCOL} rule is applicable
   */
  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(profile, "profile");
    covers = List.copyOf(covers);
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(reason, "reason");
    if (summary.isBlank()) {
      throw new IllegalArgumentException(id + ": summary must not be blank");
    }
    if (applicable != reason.isBlank()) {
      throw new IllegalArgumentException(id + ": a reason is required exactly when the rule is not applicable");
    }
    if (applicable && scope == Scope.PROTOCOL) {
      throw new IllegalArgumentException(id + ": PROTOCOL rules cannot be applicable");
    }
  }

  /**
   * Returns why the rule is not applicable.
   *
   * @return the reason, or empty for an applicable rule
   */
  public Optional<String> notApplicableReason() {
    return applicable ? Optional.empty() : Optional.of(reason);
  }
}
