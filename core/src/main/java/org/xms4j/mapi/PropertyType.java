package org.xms4j.mapi;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The MAPI property data types ({@code Ptyp*}) with their 16-bit wire codes.
 *
 * <p>Constant names are the mechanical UPPER_SNAKE forms of the spec names: {@code PtypInteger32}
 * is {@link #INTEGER32}, {@code PtypMultipleString} is {@link #MULTIPLE_STRING}. Each multi-valued
 * type has the code of its element type with bit {@code 0x1000} set.
 *
 * <p>Specified by [MS-OXCDATA] section 2.11.1 (Property Data Types).
 */
public enum PropertyType {
  /** {@code PtypUnspecified} (0x0000): any type; used only in requests. */
  UNSPECIFIED(0x0000, "PtypUnspecified", -1),
  /** {@code PtypNull} (0x0001): no value. */
  NULL(0x0001, "PtypNull", 0),
  /** {@code PtypInteger16} (0x0002): signed 16-bit integer, 2 bytes. */
  INTEGER16(0x0002, "PtypInteger16", 2),
  /** {@code PtypInteger32} (0x0003): signed 32-bit integer, 4 bytes. */
  INTEGER32(0x0003, "PtypInteger32", 4),
  /** {@code PtypFloating32} (0x0004): IEEE 754 single precision, 4 bytes. */
  FLOATING32(0x0004, "PtypFloating32", 4),
  /** {@code PtypFloating64} (0x0005): IEEE 754 double precision, 8 bytes. */
  FLOATING64(0x0005, "PtypFloating64", 8),
  /** {@code PtypCurrency} (0x0006): signed 64-bit integer in units of 1/10000, 8 bytes. */
  CURRENCY(0x0006, "PtypCurrency", 8),
  /** {@code PtypFloatingTime} (0x0007): OLE automation date as a double, 8 bytes. */
  FLOATING_TIME(0x0007, "PtypFloatingTime", 8),
  /** {@code PtypErrorCode} (0x000A): 32-bit error code, 4 bytes. */
  ERROR_CODE(0x000A, "PtypErrorCode", 4),
  /** {@code PtypBoolean} (0x000B): one byte, 0 or 1. */
  BOOLEAN(0x000B, "PtypBoolean", 1),
  /** {@code PtypObject} (0x000D): an object (embedded message or storage); also PtypEmbeddedTable. */
  OBJECT(0x000D, "PtypObject", -1),
  /** {@code PtypInteger64} (0x0014): signed 64-bit integer, 8 bytes. */
  INTEGER64(0x0014, "PtypInteger64", 8),
  /** {@code PtypString8} (0x001E): 8-bit string in a code page. */
  STRING8(0x001E, "PtypString8", -1),
  /** {@code PtypString} (0x001F): UTF-16LE string. */
  STRING(0x001F, "PtypString", -1),
  /** {@code PtypTime} (0x0040): FILETIME, 100-nanosecond intervals since 1601-01-01T00:00:00Z, 8 bytes. */
  TIME(0x0040, "PtypTime", 8),
  /** {@code PtypGuid} (0x0048): a GUID, 16 bytes. */
  GUID(0x0048, "PtypGuid", 16),
  /** {@code PtypServerId} (0x00FB): a server id, variable length. */
  SERVER_ID(0x00FB, "PtypServerId", -1),
  /** {@code PtypRestriction} (0x00FD): a restriction, variable length. */
  RESTRICTION(0x00FD, "PtypRestriction", -1),
  /** {@code PtypRuleAction} (0x00FE): a rule action, variable length. */
  RULE_ACTION(0x00FE, "PtypRuleAction", -1),
  /** {@code PtypBinary} (0x0102): a byte array. */
  BINARY(0x0102, "PtypBinary", -1),
  /** {@code PtypMultipleInteger16} (0x1002). */
  MULTIPLE_INTEGER16(0x1002, "PtypMultipleInteger16", -1),
  /** {@code PtypMultipleInteger32} (0x1003). */
  MULTIPLE_INTEGER32(0x1003, "PtypMultipleInteger32", -1),
  /** {@code PtypMultipleFloating32} (0x1004). */
  MULTIPLE_FLOATING32(0x1004, "PtypMultipleFloating32", -1),
  /** {@code PtypMultipleFloating64} (0x1005). */
  MULTIPLE_FLOATING64(0x1005, "PtypMultipleFloating64", -1),
  /** {@code PtypMultipleCurrency} (0x1006). */
  MULTIPLE_CURRENCY(0x1006, "PtypMultipleCurrency", -1),
  /** {@code PtypMultipleFloatingTime} (0x1007). */
  MULTIPLE_FLOATING_TIME(0x1007, "PtypMultipleFloatingTime", -1),
  /** {@code PtypMultipleInteger64} (0x1014). */
  MULTIPLE_INTEGER64(0x1014, "PtypMultipleInteger64", -1),
  /** {@code PtypMultipleString8} (0x101E). */
  MULTIPLE_STRING8(0x101E, "PtypMultipleString8", -1),
  /** {@code PtypMultipleString} (0x101F). */
  MULTIPLE_STRING(0x101F, "PtypMultipleString", -1),
  /** {@code PtypMultipleTime} (0x1040). */
  MULTIPLE_TIME(0x1040, "PtypMultipleTime", -1),
  /** {@code PtypMultipleGuid} (0x1048). */
  MULTIPLE_GUID(0x1048, "PtypMultipleGuid", -1),
  /** {@code PtypMultipleBinary} (0x1102). */
  MULTIPLE_BINARY(0x1102, "PtypMultipleBinary", -1);

  /** The bit that marks a multi-valued type code ({@code MV_FLAG}, 0x1000). */
  public static final int MULTI_VALUED_FLAG = 0x1000;

  private final int code;
  private final String specName;
  private final int fixedSize;

  PropertyType(int code, String specName, int fixedSize) {
    this.code = code;
    this.specName = specName;
    this.fixedSize = fixedSize;
  }

  /**
   * Returns the 16-bit wire code of this type, 0x0000 to 0xFFFF.
   *
   * @return the type code, as in the low word of a property tag
   */
  public int code() {
    return code;
  }

  /**
   * Returns the spec name of this type, for example {@code "PtypInteger32"}.
   *
   * @return the name used by [MS-OXCDATA]
   */
  public String specName() {
    return specName;
  }

  /**
   * Returns the size in bytes of one value of this type when the type has a fixed size.
   *
   * @return the size in bytes ({@code 1} for PtypBoolean, {@code 16} for PtypGuid), or empty for
   *     variable-length and multi-valued types
   */
  public OptionalInt fixedSizeInBytes() {
    return fixedSize >= 0 ? OptionalInt.of(fixedSize) : OptionalInt.empty();
  }

  /**
   * Tells whether this is a multi-valued type ({@code PtypMultiple*}).
   *
   * @return true when bit 0x1000 of the code is set
   */
  public boolean isMultiValued() {
    return (code & MULTI_VALUED_FLAG) != 0;
  }

  /**
   * Tells whether this is one of the two string types, {@link #STRING} or {@link #STRING8}.
   *
   * @return true for PtypString and PtypString8
   */
  public boolean isString() {
    return this == STRING || this == STRING8;
  }

  /**
   * Returns the type of one element of this multi-valued type, or this type itself when it is
   * single-valued.
   *
   * @return for example {@link #STRING} for {@link #MULTIPLE_STRING}
   */
  public PropertyType elementType() {
    return isMultiValued() ? requireFromCode(code & ~MULTI_VALUED_FLAG) : this;
  }

  /**
   * Returns the multi-valued form of this single-valued type.
   *
   * @return for example {@link #MULTIPLE_INTEGER32} for {@link #INTEGER32}; empty when the type has
   *     no multi-valued form (PtypBoolean, PtypObject, ...) or is multi-valued already
   */
  public Optional<PropertyType> multiValued() {
    return isMultiValued() ? Optional.empty() : fromCode(code | MULTI_VALUED_FLAG);
  }

  /**
   * Finds the type with the given wire code.
   *
   * @param code a 16-bit type code
   * @return the type, or empty when the code names no known type
   */
  public static Optional<PropertyType> fromCode(int code) {
    for (PropertyType t : values()) {
      if (t.code == code) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the type with the given wire code.
   *
   * @param code a 16-bit type code
   * @return the type
   * @throws IllegalArgumentException when the code names no known type; the message gives the code
   *     in hex
   */
  public static PropertyType requireFromCode(int code) {
    return fromCode(code).orElseThrow(() -> new IllegalArgumentException(
        String.format("unknown property type code 0x%04X", code)));
  }
}
