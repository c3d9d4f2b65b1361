package org.xms4j.mapi;

import java.util.Objects;

/**
 * The key of a property in a {@link PropertyBag}: a tag for tagged properties, or a named-property
 * identity plus type for named properties.
 *
 * <p>Keys are values: equal keys have equal hash codes, so they are safe in maps. Two properties with
 * the same id but different types (PidTagHtml 0x10130102 and PidTagBodyHtml 0x1013001F) have
 * different keys.
 *
 * <p>Specified by [MS-OXCDATA] sections 2.9 (PropertyTag) and 2.6.1 (PropertyName).
 */
public sealed interface PropertyKey permits PropertyKey.Tagged, PropertyKey.Named {

  /**
   * Returns the type of the property's value.
   *
   * @return the property type
   */
  PropertyType type();

  /**
   * Returns the key with the given type and the same identity.
   *
   * @param type the new type
   * @return a key differing at most in type
   */
  PropertyKey withType(PropertyType type);

  /**
   * Returns the key of a tagged property.
   *
   * @param tag the tag, with an id below 0x8000 in normal use
   * @return the key
   */
  static PropertyKey tagged(PropertyTag tag) {
    return new Tagged(tag);
  }

  /**
   * Returns the key of a tagged property.
   *
   * @param id the property id, 0x0000 to 0xFFFF
   * @param type the property type
   * @return the key
   * @throws IllegalArgumentException when the id is out of range
   */
  static PropertyKey tagged(int id, PropertyType type) {
    return new Tagged(new PropertyTag(id, type));
  }

  /**
   * Returns the key of a named property.
   *
   * @param id the named-property identity
   * @param type the property type
   * @return the key
   */
  static PropertyKey named(NamedPropertyId id, PropertyType type) {
    return new Named(id, type);
  }

  /**
   * The key of a tagged property.
   *
   * @param tag the property tag
   */
  record Tagged(PropertyTag tag) implements PropertyKey {
    /**
     * Checks the tag.
     *
     * @param tag the {@code tag} component
     * @throws NullPointerException when {@code tag} is null
     */
    public Tagged {
      Objects.requireNonNull(tag, "tag");
    }

    @Override
    public PropertyType type() {
      return tag.type();
    }

    @Override
    public PropertyKey withType(PropertyType type) {
      return new Tagged(new PropertyTag(tag.id(), type));
    }

    /**
     * Returns the tag in hex, for example {@code 0x0037001F}.
     *
     * @return the tag text
     */
    @Override
    public String toString() {
      return tag.toString();
    }
  }

  /**
   * The key of a named property.
   *
   * @param id the named-property identity
   * @param type the property type
   */
  record Named(NamedPropertyId id, PropertyType type) implements PropertyKey {
    /**
     * Checks the arguments.
     *
     * @param id the {@code id} component
     * @param type the {@code type} component
     * @throws NullPointerException when an argument is null
     */
    public Named {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(type, "type");
    }

    @Override
    public PropertyKey withType(PropertyType type) {
      return new Named(id, type);
    }

    /**
     * Returns the identity and type, for example {@code PS_PUBLIC_STRINGS:"OMSServiceType" (PtypInteger32)}.
     *
     * @return the key text
     */
    @Override
    public String toString() {
      return id + " (" + type.specName() + ")";
    }
  }
}
