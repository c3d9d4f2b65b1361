package org.xms4j.msg;

import java.util.List;
import java.util.Objects;
import org.xms4j.message.Message;

/**
 * What {@link MsgReader} read: the message, the anomalies met on the way (lenient mode; always
 * empty in strict mode) and the named property mapping of the file.
 *
 * <p>Specified by [MS-OXMSG] section 2.
 *
 * @param message the message, with its recipients, attachments and embedded messages
 * @param issues the anomalies in the order met, at most {@link MsgReadOptions#maxIssues()}
 * @param suppressedIssueCount how many further anomalies were met but not kept in {@code issues}
 * @param namedPropertyMappings the entries of the top-level named property mapping in entry-stream
 *     order, with the hash-bucket check of each
 */
public record ReadResult(Message message, List<ReadIssue> issues, int suppressedIssueCount,
    List<NamedPropertyMapping> namedPropertyMappings) {

  /**
   * Checks the components and copies the lists.
   *
   * @param message the {@code message} component
   * @param issues the {@code issues} component
   * @param suppressedIssueCount the {@code suppressedIssueCount} component, 0 or more
   * @param namedPropertyMappings the {@code namedPropertyMappings} component
   * @throws NullPointerException when an object component is null
   * @throws IllegalArgumentException when {@code suppressedIssueCount} is negative
   */
  public ReadResult {
    Objects.requireNonNull(message, "message");
    issues = List.copyOf(issues);
    namedPropertyMappings = List.copyOf(namedPropertyMappings);
    if (suppressedIssueCount < 0) {
      throw new IllegalArgumentException("suppressedIssueCount must be 0 or more, was " + suppressedIssueCount);
    }
  }

  /**
   * Tells whether the read met no anomaly.
   *
   * @return true when there are no issues, kept or suppressed
   */
  public boolean clean() {
    return issues.isEmpty() && suppressedIssueCount == 0;
  }
}
