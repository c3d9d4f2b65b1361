package org.xms4j.msg;

import java.util.Objects;
import java.util.OptionalInt;
import org.xms4j.path.MessagePath;

/**
 * Thrown when a .msg file needs more than a {@link ReadLimits} setting allows; it names the setting
 * to raise. Thrown in strict and lenient mode alike, before anything of the oversized size or count
 * is allocated.
 *
 * <p>Specified by [MS-OXMSG] sections 2.2.1 and 2.2.2 (at most 2048 recipient and attachment
 * storages); the other limits are this library's.
 */
public class LimitExceededException extends MsgFormatException {

  private static final long serialVersionUID = 1L;

  /** The name of the {@link ReadLimits} setting. */
  private final String limitName;
  /** The configured limit. */
  private final long limit;
  /** The value the file needed. */
  private final long actual;

  /**
   * Creates the exception.
   *
   * @param limitName the {@link ReadLimits} setting, for example {@code "maxStreamSizeInBytes"}
   * @param limit the configured value of that setting
   * @param actual the value the file needed, greater than {@code limit}
   * @param storagePath the compound-file path concerned
   * @param propertyTag the 32-bit property tag concerned, or empty
   * @param messagePath the place in the object model
   */
  public LimitExceededException(String limitName, long limit, long actual, String storagePath,
      OptionalInt propertyTag, MessagePath messagePath) {
    super("needs " + actual + " where ReadLimits." + limitName + " is " + limit
        + "; raise ReadLimits." + limitName + " to read this file", storagePath, propertyTag, -1,
        messagePath, null);
    this.limitName = Objects.requireNonNull(limitName, "limitName");
    this.limit = limit;
    this.actual = actual;
  }

  /**
   * Returns the name of the {@link ReadLimits} setting that was exceeded.
   *
   * @return for example {@code "maxRecipients"}
   */
  public String limitName() {
    return limitName;
  }

  /**
   * Returns the configured value of the setting.
   *
   * @return the limit, in the unit of the setting (bytes, count or levels)
   */
  public long limit() {
    return limit;
  }

  /**
   * Returns the value the file needed.
   *
   * @return the needed size or count, greater than {@link #limit()}
   */
  public long actual() {
    return actual;
  }
}
