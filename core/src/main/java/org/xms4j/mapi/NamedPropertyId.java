package org.xms4j.mapi;

import java.util.Locale;
import java.util.Objects;

/**
 * The identity of a named property: a property set and either a numeric LID or a string name.
 *
 * <p>This identity, not a per-file property id of 0x8000 or above, is how a named property is known
 * throughout xms4j. Names in {@link PropertySet#PS_INTERNET_HEADERS} compare case-insensitively (they
 * are Internet header names, RFC 5322 section 1.2.2); all other names compare exactly.
 *
 * <p>Specified by [MS-OXCDATA] section 2.6.1 (PropertyName structure) and [MS-OXPROPS] section 1.3.
 */
public sealed interface NamedPropertyId permits NamedPropertyId.ByLid, NamedPropertyId.ByName {

  /**
   * Returns the property set.
   *
   * @return the GUID part of the identity
   */
  PropertySet set();

  /**
   * Returns the identity with a numeric LID.
   *
   * @param set the property set
   * @param lid the 32-bit LID, for example 0x00008514 (any 32-bit value)
   * @return the identity
   */
  static NamedPropertyId lid(PropertySet set, int lid) {
    return new ByLid(set, lid);
  }

  /**
   * Returns the identity with a string name.
   *
   * @param set the property set
   * @param name the name, at least one character
   * @return the identity
   * @throws IllegalArgumentException when the name is empty
   */
  static NamedPropertyId name(PropertySet set, String name) {
    return new ByName(set, name);
  }

  /**
   * A named property identified by a numeric LID ({@code MNID_ID}).
   *
   * @param set the property set
   * @param lid the 32-bit LID
   */
  record ByLid(PropertySet set, int lid) implements NamedPropertyId {
    /**
     * Checks the set.
     *
     * @param set the {@code set} component
     * @param lid the {@code lid} component
     * @throws NullPointerException when {@code set} is null
     */
    public ByLid {
      Objects.requireNonNull(set, "set");
    }

    /**
     * Returns the identity in path form, for example {@code PSETID_Common:0x00008514}.
     *
     * @return set and LID in hex
     */
    @Override
    public String toString() {
      return set + ":" + String.format(Locale.ROOT, "0x%08X", lid);
    }
  }

  /**
   * A named property identified by a string name ({@code MNID_STRING}).
   *
   * @param set the property set
   * @param name the name as given, case kept
   */
  record ByName(PropertySet set, String name) implements NamedPropertyId {
    /**
     * Checks set and name.
     *
     * @param set the {@code set} component
     * @param name the {@code name} component
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when the name is empty
     */
    public ByName {
      Objects.requireNonNull(set, "set");
      Objects.requireNonNull(name, "name");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("name must have at least one character");
      }
    }

    /**
     * Tells whether names of this identity's set compare case-insensitively (PS_INTERNET_HEADERS).
     *
     * @return true for PS_INTERNET_HEADERS
     */
    public boolean caseInsensitive() {
      return set.equals(PropertySet.PS_INTERNET_HEADERS);
    }

    private String comparisonName() {
      return caseInsensitive() ? name.toLowerCase(Locale.ROOT) : name;
    }

    /**
     * Compares set and name; the name case-insensitively in PS_INTERNET_HEADERS (ASCII/root-locale
     * lower-casing), exactly elsewhere.
     *
     * @param o the other object
     * @return true when both name the same property
     */
    @Override
    public boolean equals(Object o) {
      return o instanceof ByName other && set.equals(other.set)
          && comparisonName().equals(other.comparisonName());
    }

    /**
     * Returns a hash consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return set.hashCode() * 31 + comparisonName().hashCode();
    }

    /**
     * Returns the identity in path form, for example {@code PS_PUBLIC_STRINGS:"OMSServiceType"}.
     *
     * @return set and quoted name
     */
    @Override
    public String toString() {
      return set + ":\"" + name + "\"";
    }
  }
}
