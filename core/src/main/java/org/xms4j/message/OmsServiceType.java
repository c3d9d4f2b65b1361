package org.xms4j.message;

import java.util.Optional;

/**
 * The values of PidNameOMSServiceType.
 *
 * <p>Specified by [MS-OXOSMMS] section 2.2.1.3.
 */
public enum OmsServiceType {
  /** 0x00000001: SMS. */
  SMS(0x00000001),
  /** 0x00000004: MMS. */
  MMS(0x00000004);

  private final int value;

  OmsServiceType(int value) {
    this.value = value;
  }

  /**
   * Returns the property value.
   *
   * @return 1 or 4
   */
  public int value() {
    return value;
  }

  /**
   * Returns the service type of a property value.
   *
   * @param value the value of PidNameOMSServiceType
   * @return the type, or empty for any value other than 1 and 4
   */
  public static Optional<OmsServiceType> fromValue(int value) {
    for (OmsServiceType t : values()) {
      if (t.value == value) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
