package org.xms4j.msg;

import java.util.Objects;
import java.util.OptionalInt;
import org.xms4j.path.MessagePath;

/**
 * One anomaly a lenient read met and what it did about it: what was wrong, where (compound-file
 * path, property tag, byte offset, place in the object model) and the {@link Action} taken.
 *
 * <p>In strict mode the same anomaly throws a {@link MsgFormatException} carrying the same fields.
 *
 * <p>Specified by [MS-OXMSG] section 2 (the structures whose violations are reported).
 *
 * @param action what the reader did
 * @param reason what is wrong, for example {@code "odd byte count 7 for PtypString"}
 * @param storagePath the compound-file path of the storage or stream, {@code /} for the root
 * @param propertyTag the 32-bit property tag as stored (its type code may be unknown), or empty
 * @param byteOffset the offset in bytes within the stream named by {@code storagePath}, or -1 when
 *     unknown
 * @param messagePath the place in the object model
 */
public record ReadIssue(Action action, String reason, String storagePath, OptionalInt propertyTag,
    long byteOffset, MessagePath messagePath) {

  /**
   * Checks the components.
   *
   * @param action the {@code action} component
   * @param reason the {@code reason} component
   * @param storagePath the {@code storagePath} component
   * @param propertyTag the {@code propertyTag} component
   * @param byteOffset the {@code byteOffset} component; values below -1 become -1
   * @param messagePath the {@code messagePath} component
   * @throws NullPointerException when an object component is null
   */
  public ReadIssue {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(storagePath, "storagePath");
    Objects.requireNonNull(propertyTag, "propertyTag");
    Objects.requireNonNull(messagePath, "messagePath");
    if (byteOffset < -1) {
      byteOffset = -1;
    }
  }

  /**
   * Returns the issue in one stable line: action, location, reason.
   *
   * @return for example
   *     {@code KEPT_RAW /__substg1.0_0037001F [tag 0x0037001F] (/PidTagSubject): odd byte count 7 for PtypString}
   */
  @Override
  public String toString() {
    return action + " " + MsgFormatException.describe(reason, storagePath, propertyTag, byteOffset, messagePath);
  }

  /** What a lenient read did about an anomaly. */
  public enum Action {
    /** The value could not be decoded and is kept as {@link org.xms4j.mapi.PropertyValue.Unparsed} with its raw bytes. */
    KEPT_RAW,
    /** The item (a property, a mapping, a stream) was dropped; nothing of it is in the result. */
    SKIPPED,
    /** The structure was inconsistent; the reader used the consistent part, and writing fixes the rest. */
    REPAIRED,
    /** A missing or unusable value was replaced by the default the issue names. */
    DEFAULTED,
    /** The value is shorter than declared; the bytes present are kept. */
    TRUNCATED
  }
}
