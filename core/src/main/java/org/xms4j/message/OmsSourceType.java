package org.xms4j.message;

import java.util.Optional;

/**
 * The values of PidNameOMSSourceType: where a mobile message came from.
 *
 * <p>Specified by [MS-OXOSMMS] section 2.2.1.4.
 */
public enum OmsSourceType {
  /** 0x00000000: the XMS inspector (the compose window). */
  XMS_INSPECTOR(0),
  /** 0x00000001: a reminder. */
  REMINDER(1),
  /** 0x00000002: a calendar summary. */
  CALENDAR_SUMMARY(2),
  /** 0x00000003: a rule. */
  RULE(3),
  /** 0x00000004: unknown. */
  UNKNOWN(4);

  private final int value;

  OmsSourceType(int value) {
    this.value = value;
  }

  /**
   * Returns the property value.
   *
   * @return 0 to 4
   */
  public int value() {
    return value;
  }

  /**
   * Returns the source type of a property value.
   *
   * @param value the value of PidNameOMSSourceType
   * @return the type, or empty for values outside 0 to 4
   */
  public static Optional<OmsSourceType> fromValue(int value) {
    for (OmsSourceType t : values()) {
      if (t.value == value) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
