package org.xms4j.message;

import java.util.Optional;

/**
 * The values of PidTagNativeBody: the format of the best body of a message, the one the others were
 * made from.
 *
 * <p>Specified by [MS-OXCMSG] section 2.2.1.58.2.
 */
public enum NativeBody {
  /** 0x00000000: undefined body. */
  UNDEFINED(0),
  /** 0x00000001: plain text body (PidTagBody). */
  PLAIN_TEXT(1),
  /** 0x00000002: RTF compressed body (PidTagRtfCompressed). */
  RTF(2),
  /** 0x00000003: HTML body (PidTagHtml). */
  HTML(3),
  /** 0x00000004: clear-signed body. */
  CLEAR_SIGNED(4);

  private final int value;

  NativeBody(int value) {
    this.value = value;
  }

  /**
   * Returns the value of PidTagNativeBody.
   *
   * @return 0 to 4
   */
  public int value() {
    return value;
  }

  /**
   * Returns the body format with the given value.
   *
   * @param value the value of PidTagNativeBody
   * @return the format, or empty for a value not listed in [MS-OXCMSG]
   */
  public static Optional<NativeBody> fromValue(int value) {
    for (NativeBody b : values()) {
      if (b.value == value) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }
}
