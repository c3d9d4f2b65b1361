package org.xms4j.rtf;

import java.io.IOException;
import java.util.Objects;

/**
 * Thrown when compressed RTF ([MS-OXRTFCP]) or RTF ([MSFT-RTF], [MS-OXRTFEX]) cannot be read: a
 * header field disagrees with the data, the CRC does not match, the compressed data ends early or
 * produces more bytes than RAWSIZE, or the RTF is not well formed.
 *
 * <p>The exception says where: {@link #byteOffset()} is the offset in bytes, from the start of the
 * input given to the method that threw (the PidTagRtfCompressed value, or the decompressed RTF), of
 * the field or token concerned, or -1 when no single place is to blame. {@link #reason()} says what
 * was expected and what was found; {@link #getMessage()} adds the offset.
 */
public class RtfFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The offset in bytes of the field or token concerned, or -1. */
  private final long byteOffset;
  /** The description without the offset. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param reason what was expected and what was found, for example
   *     {@code "expected CRC 0x1234ABCD (of the compressed data), was 0x00000000"}
   * @param byteOffset the offset in bytes of the field or token concerned within the input, or -1
   *     when unknown or not applicable
   */
  public RtfFormatException(String reason, long byteOffset) {
    super(describe(reason, byteOffset));
    this.reason = Objects.requireNonNull(reason, "reason");
    this.byteOffset = byteOffset < 0 ? -1 : byteOffset;
  }

  private static String describe(String reason, long byteOffset) {
    Objects.requireNonNull(reason, "reason");
    return byteOffset < 0 ? reason : "at byte " + byteOffset + ": " + reason;
  }

  /**
   * Returns what was expected and what was found, without the offset.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the offset in bytes, from the start of the input, of the field or token concerned.
   *
   * @return the offset, or -1 when no single place is to blame
   */
  public long byteOffset() {
    return byteOffset;
  }
}
