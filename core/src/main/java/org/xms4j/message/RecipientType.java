package org.xms4j.message;

import java.util.Optional;

/**
 * The values of PidTagRecipientType without the resend flags.
 *
 * <p>Specified by [MS-OXOMSG] section 2.2.3.1.
 */
public enum RecipientType {
  /** 0x00000000: the originator of the message. */
  ORIGINATOR(0),
  /** 0x00000001: a primary (To) recipient. */
  TO(1),
  /** 0x00000002: a carbon copy (Cc) recipient. */
  CC(2),
  /** 0x00000003: a blind carbon copy (Bcc) recipient. */
  BCC(3);

  /** Resend flag 0x10000000: the recipient needs redelivery. */
  public static final int FLAG_NEEDS_REDELIVERY = 0x10000000;
  /** Resend flag 0x80000000: the recipient does not need redelivery. */
  public static final int FLAG_NO_REDELIVERY = 0x80000000;

  private final int value;

  RecipientType(int value) {
    this.value = value;
  }

  /**
   * Returns the value of PidTagRecipientType for this type without flags.
   *
   * @return 0 to 3
   */
  public int value() {
    return value;
  }

  /**
   * Returns the type of a PidTagRecipientType value, ignoring the two resend flags.
   *
   * @param value the property value
   * @return the type, or empty when the value without resend flags is not 0 to 3
   */
  public static Optional<RecipientType> fromValue(int value) {
    int v = value & ~(FLAG_NEEDS_REDELIVERY | FLAG_NO_REDELIVERY);
    for (RecipientType t : values()) {
      if (t.value == v) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
