package org.xms4j.msg;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.xms4j.path.MessagePath;

/**
 * Thrown when a .msg file cannot be read: it is not a compound file, its container is corrupt, or
 * (in strict mode) one of its [MS-OXMSG] structures is malformed.
 *
 * <p>The exception says where: the compound-file path of the storage or stream
 * ({@link #storagePath()}), the property tag concerned ({@link #propertyTag()}), the byte offset
 * within that stream ({@link #byteOffset()}, -1 when unknown) and the place in the object model
 * ({@link #messagePath()}). {@link #reason()} is the bare description; {@link #getMessage()} adds the
 * location.
 *
 * <p>Specified by [MS-OXMSG] section 2 (structures whose violations are reported).
 */
public class MsgFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The compound-file path; {@code /} is the root storage. */
  private final String storagePath;
  /** The 32-bit property tag, or null. */
  private final @Nullable Integer propertyTag;
  /** The byte offset within the stream at {@link #storagePath}, or -1. */
  private final long byteOffset;
  /** The place in the object model. */
  private final transient MessagePath messagePath;
  /** The description without location. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param reason what is wrong, for example {@code "odd byte count 7 for PtypString"}
   * @param storagePath the compound-file path of the storage or stream, for example
   *     {@code /__recip_version1.0_#00000001/__properties_version1.0}
   * @param propertyTag the 32-bit property tag as stored, or empty when no property is concerned
   * @param byteOffset the offset in bytes within the stream named by {@code storagePath}, or -1 when
   *     unknown or not applicable
   * @param messagePath the place in the object model
   * @param cause the underlying exception, or null
   */
  public MsgFormatException(String reason, String storagePath, OptionalInt propertyTag, long byteOffset,
      MessagePath messagePath, @Nullable Throwable cause) {
    super(describe(reason, storagePath, propertyTag, byteOffset, messagePath), cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.storagePath = Objects.requireNonNull(storagePath, "storagePath");
    this.propertyTag = propertyTag.isPresent() ? propertyTag.getAsInt() : null;
    this.byteOffset = byteOffset < 0 ? -1 : byteOffset;
    this.messagePath = Objects.requireNonNull(messagePath, "messagePath");
  }

  static String describe(String reason, String storagePath, OptionalInt propertyTag, long byteOffset,
      MessagePath messagePath) {
    StringBuilder sb = new StringBuilder(storagePath);
    if (byteOffset >= 0) {
      sb.append(" @").append(byteOffset);
    }
    if (propertyTag.isPresent()) {
      sb.append(String.format(Locale.ROOT, " [tag 0x%08X]", propertyTag.getAsInt()));
    }
    sb.append(" (").append(messagePath).append("): ").append(reason);
    return sb.toString();
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the compound-file path of the storage or stream concerned.
   *
   * @return for example {@code /__attach_version1.0_#00000000/__properties_version1.0}; {@code /} for
   *     the root storage or the container as a whole
   */
  public String storagePath() {
    return storagePath;
  }

  /**
   * Returns the 32-bit property tag concerned, as stored; its type code may be one that
   * {@link org.xms4j.mapi.PropertyType} does not know.
   *
   * @return the tag, or empty when no property is concerned
   */
  public OptionalInt propertyTag() {
    return propertyTag == null ? OptionalInt.empty() : OptionalInt.of(propertyTag);
  }

  /**
   * Returns the byte offset within the stream named by {@link #storagePath()}.
   *
   * @return the offset in bytes, 0 or more, or -1 when unknown
   */
  public long byteOffset() {
    return byteOffset;
  }

  /**
   * Returns the place in the object model.
   *
   * @return for example {@code /attachments[0]/embedded/PidTagSubject}
   */
  public MessagePath messagePath() {
    return messagePath == null ? MessagePath.ROOT : messagePath;
  }
}
