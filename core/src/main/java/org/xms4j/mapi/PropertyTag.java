package org.xms4j.mapi;

import java.util.Locale;
import java.util.Objects;

/**
 * A property tag: a 16-bit property id and a property type, as one 32-bit value
 * {@code (id << 16) | type}.
 *
 * <p>Tags of named properties (ids 0x8000 and above) are per-file or per-mailbox mappings and are
 * not used in this model; see {@link NamedPropertyId}.
 *
 * <p>Specified by [MS-OXCDATA] section 2.9 (PropertyTag structure).
 *
 * @param id the property id, 0x0000 to 0xFFFF
 * @param type the property type
 */
public record PropertyTag(int id, PropertyType type) implements Comparable<PropertyTag> {

  /**
   * Checks the id range.
   *
   * @param id the {@code id} component
   * @param type the {@code type} component
   * @throws IllegalArgumentException when {@code id} is outside 0x0000..0xFFFF
   * @throws NullPointerException when {@code type} is null
   */
  public PropertyTag {
    if (id < 0 || id > 0xFFFF) {
      throw new IllegalArgumentException(String.format("id out of range 0x0000..0xFFFF: 0x%X", id));
    }
    Objects.requireNonNull(type, "type");
  }

  /**
   * Returns the tag with the given 32-bit value.
   *
   * @param value {@code (id << 16) | typeCode}
   * @return the tag
   * @throws IllegalArgumentException when the low 16 bits name no known {@link PropertyType}
   */
  public static PropertyTag of(int value) {
    return new PropertyTag(value >>> 16, PropertyType.requireFromCode(value & 0xFFFF));
  }

  /**
   * Parses the eight hex digits of a tag, as used in .msg stream names, with or without a
   * {@code 0x} prefix, for example {@code "0037001F"}.
   *
   * @param hex eight hex digits
   * @return the tag
   * @throws IllegalArgumentException when the text is not eight hex digits or the type is unknown
   */
  public static PropertyTag parse(String hex) {
    String s = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    if (s.length() != 8) {
      throw new IllegalArgumentException("expected 8 hex digits for a property tag, was \"" + hex + "\"");
    }
    try {
      return of((int) Long.parseLong(s, 16));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected 8 hex digits for a property tag, was \"" + hex + "\"", e);
    }
  }

  /**
   * Returns the 32-bit tag value {@code (id << 16) | type.code()}.
   *
   * @return the tag as an unsigned value held in an int
   */
  public int value() {
    return (id << 16) | type.code();
  }

  /**
   * Returns the eight upper-case hex digits of the tag without prefix, as in .msg stream names.
   *
   * @return for example {@code "0037001F"}
   */
  public String hex() {
    return String.format(Locale.ROOT, "%08X", value());
  }

  /**
   * Orders tags by their unsigned 32-bit value.
   *
   * @param other the other tag
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(PropertyTag other) {
    return Integer.compareUnsigned(value(), other.value());
  }

  /**
   * Returns the tag in the form {@code 0x0037001F}.
   *
   * @return the hex form with prefix
   */
  @Override
  public String toString() {
    return "0x" + hex();
  }
}
