package org.xms4j.mapi.known;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyType;

/**
 * Looks up the canonical definitions of {@link PidTag}, {@link PidName} and {@link PidLid} by key
 * or by canonical name, for dumps, paths and findings.
 */
public final class KnownProperties {

  private static final List<PropertyDefinition<?>> ALL;
  private static final Map<PropertyKey, PropertyDefinition<?>> BY_KEY = new HashMap<>();
  private static final Map<String, PropertyDefinition<?>> BY_NAME = new HashMap<>();

  static {
    List<PropertyDefinition<?>> all = new ArrayList<>();
    all.addAll(PidTag.all());
    all.addAll(PidName.all());
    all.addAll(PidLid.all());
    ALL = List.copyOf(all);
    for (PropertyDefinition<?> d : ALL) {
      BY_KEY.put(d.key(), d);
      BY_NAME.put(d.canonicalName(), d);
    }
  }

  private KnownProperties() {
  }

  /**
   * Returns every known definition.
   *
   * @return PidTag, then PidName, then PidLid definitions, each in declaration order
   */
  public static List<PropertyDefinition<?>> all() {
    return ALL;
  }

  /**
   * Finds the definition of a key. A PtypString8 key finds the PtypString definition of the same
   * property (and multi-valued likewise), because non-Unicode files store strings that way.
   *
   * @param key the key
   * @return the definition, or empty for a property xms4j has no definition of
   */
  public static Optional<PropertyDefinition<?>> find(PropertyKey key) {
    PropertyDefinition<?> d = BY_KEY.get(key);
    if (d == null && key.type() == PropertyType.STRING8) {
      d = BY_KEY.get(key.withType(PropertyType.STRING));
    } else if (d == null && key.type() == PropertyType.MULTIPLE_STRING8) {
      d = BY_KEY.get(key.withType(PropertyType.MULTIPLE_STRING));
    }
    return Optional.ofNullable(d);
  }

  /**
   * Finds a definition by canonical name.
   *
   * @param canonicalName for example {@code "PidTagMessageClass"}
   * @return the definition, or empty when unknown
   */
  public static Optional<PropertyDefinition<?>> byName(String canonicalName) {
    return Optional.ofNullable(BY_NAME.get(canonicalName));
  }

  /**
   * Returns the canonical name of a key when known, else the key's own text (tag in hex, or
   * set and name of a named property).
   *
   * @param key the key
   * @return for example {@code "PidTagSubject"}, {@code "0x6804001F"} or
   *     {@code "PS_PUBLIC_STRINGS:\"Custom\" (PtypString)"}
   */
  public static String nameOf(PropertyKey key) {
    return find(key).map(PropertyDefinition::canonicalName).orElseGet(key::toString);
  }
}
