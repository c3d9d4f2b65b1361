package org.xms4j.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.xms4j.mapi.SpecReference;
import org.xms4j.path.MessagePath;

/**
 * One way in which an object does not meet a rule, at one place.
 *
 * <p>Findings order by path, then rule id, then message, so reports are deterministic. The text form
 * ({@link #toString()}) is stable, for example:
 * <pre>{@code
 * XMS-R008 MUST [MS-OXOSMMS] 2.2.2.2 /PidTagMessageClass: expected "IPM.Note.Mobile.SMS" or a class beginning with it, was "IPM.Note"
 * }</pre>
 *
 * <p>Specified by the rule's {@link #spec()} reference.
 *
 * @param ruleId the id of the rule that is not met
 * @param level the rule's requirement level
 * @param spec the document and section of the requirement
 * @param covers the requirement-row ids the rule covers
 * @param path where: the message, recipient, attachment or property
 * @param message what was expected and what was found, quoting the actual value
 */
public record Finding(RuleId ruleId, Level level, SpecReference spec, List<String> covers, MessagePath path,
    String message) implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::message);

  /**
   * Checks and copies the arguments.
   *
   * @param ruleId the {@code ruleId} component
   * @param level the {@code level} component
   * @param spec the {@code spec} component
   * @param covers the {@code covers} component
   * @param path the {@code path} component
   * @param message the {@code message} component
   * @throws NullPointerException when an argument is null
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(spec, "spec");
    covers = List.copyOf(covers);
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns a finding of a rule.
   *
   * @param rule the catalogue entry of the rule
   * @param path where
   * @param message what was expected and what was found
   * @return the finding
   */
  public static Finding of(RuleInfo rule, MessagePath path, String message) {
    return new Finding(rule.id(), rule.level(), rule.spec(), rule.covers(), path, message);
  }

  /**
   * Compares by path, then rule id, then message.
   *
   * @param o the other finding
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Finding o) {
    return ORDER.compare(this, o);
  }

  /**
   * Returns the stable text form: rule id, level, spec reference, path, colon, message.
   *
   * @return for example {@code XMS-R007 MUST [MS-OXOSMMS] 2.2.2.1 /PidTagIconIndex: expected 0xFFFFFFFF, was 0x00000000 (0)}
   */
  @Override
  public String toString() {
    return ruleId + " " + level + " " + spec + " " + path + ": " + message;
  }
}
