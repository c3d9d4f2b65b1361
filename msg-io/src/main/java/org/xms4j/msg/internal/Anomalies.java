package org.xms4j.msg.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.xms4j.msg.MsgFormatException;
import org.xms4j.msg.ReadIssue;
import org.xms4j.path.MessagePath;

/**
 * The one place every anomaly of a read goes: in strict mode it throws, in lenient mode it is
 * recorded (up to a bound) and the caller carries on with the action it names.
 *
 * <p>Specified by [MS-OXMSG] section 2 (the structures whose violations are reported).
 */
public final class Anomalies {

  private final boolean strict;
  private final int maxIssues;
  private final List<ReadIssue> issues = new ArrayList<>();
  private int suppressed;

  /**
   * Creates a sink.
   *
   * @param strict true to throw at the first anomaly
   * @param maxIssues the most issues kept in lenient mode
   */
  public Anomalies(boolean strict, int maxIssues) {
    this.strict = strict;
    this.maxIssues = maxIssues;
  }

  /**
   * Reports an anomaly.
   *
   * @param action what the reader does about it in lenient mode
   * @param reason what is wrong
   * @param storagePath the compound-file path
   * @param propertyTag the 32-bit tag, or empty
   * @param byteOffset the offset within the stream at {@code storagePath}, or -1
   * @param messagePath the place in the object model
   * @throws MsgFormatException in strict mode, always
   */
  public void report(ReadIssue.Action action, String reason, String storagePath, OptionalInt propertyTag,
      long byteOffset, MessagePath messagePath) throws MsgFormatException {
    if (strict) {
      throw new MsgFormatException(reason, storagePath, propertyTag, byteOffset, messagePath, null);
    }
    if (issues.size() < maxIssues) {
      issues.add(new ReadIssue(action, reason, storagePath, propertyTag, byteOffset, messagePath));
    } else {
      suppressed++;
    }
  }

  /**
   * Reports an anomaly caused by an exception of the container.
   *
   * @param action what the reader does about it in lenient mode
   * @param cause the exception
   * @param storagePath the compound-file path
   * @param propertyTag the 32-bit tag, or empty
   * @param messagePath the place in the object model
   * @throws MsgFormatException in strict mode, always, with {@code cause} as its cause
   */
  public void report(ReadIssue.Action action, CorruptContainerException cause, String storagePath,
      OptionalInt propertyTag, MessagePath messagePath) throws MsgFormatException {
    if (strict) {
      throw new MsgFormatException(cause.getMessage(), storagePath, propertyTag, -1, messagePath, cause);
    }
    report(action, String.valueOf(cause.getMessage()), storagePath, propertyTag, -1, messagePath);
  }

  /**
   * Returns the issues kept.
   *
   * @return a copy, in the order reported
   */
  public List<ReadIssue> issues() {
    return List.copyOf(issues);
  }

  /**
   * Returns how many issues were reported beyond the bound.
   *
   * @return the count
   */
  public int suppressed() {
    return suppressed;
  }
}
