package org.xms4j.mapi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A typed property definition: the canonical spec name of a property, its key, the Java type of
 * its value and where it is specified.
 *
 * <p>The constants in {@code org.xms4j.mapi.known} ({@code PidTag}, {@code PidName}, {@code PidLid})
 * are the single source of truth for property identities in xms4j. Use them with
 * {@link PropertyBag#find(PropertyDefinition)} and {@link PropertyBag.Builder#set(PropertyDefinition,
 * Object)}.
 *
 * <p>Java types by property type: PtypString and PtypString8 as {@link String}; PtypInteger16 as
 * {@link Short}; PtypInteger32 and PtypErrorCode as {@link Integer}; PtypInteger64 and PtypCurrency
 * as {@link Long}; PtypFloating32 as {@link Float}; PtypFloating64 and PtypFloatingTime as
 * {@link Double}; PtypBoolean as {@link Boolean}; PtypTime as {@link Instant} (UTC); PtypGuid as
 * {@link UUID}; PtypBinary as {@link Bytes}; PtypMultipleString as a {@code List<String>}.
 *
 * @param <T> the Java type of the value
 */
public final class PropertyDefinition<T> {

  private final String canonicalName;
  private final PropertyKey key;
  private final SpecReference specReference;
  private final Function<PropertyValue, Optional<T>> decoder;
  private final Function<T, PropertyValue> encoder;

  private PropertyDefinition(String canonicalName, PropertyKey key, SpecReference specReference,
      Function<PropertyValue, Optional<T>> decoder, Function<T, PropertyValue> encoder) {
    this.canonicalName = Objects.requireNonNull(canonicalName, "canonicalName");
    this.key = Objects.requireNonNull(key, "key");
    this.specReference = Objects.requireNonNull(specReference, "specReference");
    this.decoder = decoder;
    this.encoder = encoder;
  }

  /**
   * Returns a definition of a PtypString property (also matches a PtypString8 value when read).
   *
   * @param canonicalName the spec name, for example {@code "PidTagSubject"}
   * @param key the key; its type must be PtypString or PtypString8
   * @param ref where the property is specified
   * @return the definition
   * @throws IllegalArgumentException when the key's type is not a string type
   */
  public static PropertyDefinition<String> ofString(String canonicalName, PropertyKey key, SpecReference ref) {
    requireType(canonicalName, key, PropertyType.STRING, PropertyType.STRING8);
    return new PropertyDefinition<>(canonicalName, key, ref, v -> {
      if (v instanceof PropertyValue.Text t) {
        return Optional.of(t.value());
      }
      if (v instanceof PropertyValue.String8 s) {
        return Optional.of(s.text());
      }
      return Optional.empty();
    }, PropertyValue.Text::new);
  }

  /**
   * Returns a definition of a PtypInteger32 property.
   *
   * @param canonicalName the spec name
   * @param key the key; its type must be PtypInteger32
   * @param ref where the property is specified
   * @return the definition
   * @throws IllegalArgumentException when the key's type does not match
   */
  public static PropertyDefinition<Integer> ofInteger32(String canonicalName, PropertyKey key, SpecReference ref) {
    requireType(canonicalName, key, PropertyType.INTEGER32);
    return new PropertyDefinition<>(canonicalName, key, ref,
        v -> v instanceof PropertyValue.Int32 i ? Optional.of(i.value()) : Optional.empty(),
        PropertyValue.Int32::new);
  }

  /**
   * Returns a definition of a PtypInteger16 property.
   *
   * @param canonicalName the spec name
   * @param key the key; its type must be PtypInteger16
   * @param ref where the property is specified
   * @return the definition
   * @throws IllegalArgumentException when the key's type does not match
   */
  public static PropertyDefinition<Short> ofInteger16(String canonicalName, PropertyKey key, SpecReference ref) {
    requireType(canonicalName, key, PropertyType.INTEGER16);
    return new PropertyDefinition<>(canonicalName, key, ref,
        v -> v instanceof PropertyValue.Int16 i ? Optional.of(i.value()) : Optional.empty(),
        PropertyValue.Int16::new);
  }

  /**
   * Returns a definition of a PtypInteger64 property.
   *
   * @param canonicalName the spec name
   * @param key the key; its type must be PtypInteger64
   * @param ref where the property is specified
   * @return the definition
   * @throws IllegalArgumentException when the key's type does not match
   */
  public static PropertyDefinition<Long> ofInteger64(String canonicalName, PropertyKey key, SpecReference ref) {
    requireType(canonicalName, key, PropertyType.INTEGER64);
    return new PropertyDefinition<>(canonicalName, key, ref,
        v -> v instanceof PropertyValue.Int64 i ? Optional.of(i.value()) : Optional.empty(),
        PropertyValue.Int64::new);
  }

  /**
   * Returns a definition of a PtypBoolean property.
   *
   * @param canonicalName the spec name
   * @param key the key; its type must be PtypBoolean
   * @param ref where the property is specified
   * @return the definition
   * @throws IllegalArgumentException when the key's type does not match
   */
  public static PropertyDefinition<Boolean> ofBoolean(String canonicalName, PropertyKey key, SpecReference ref) {
    requireType(canonicalName, key, PropertyType.BOOLEAN);
    return new PropertyDefinition<>(canonicalName, key, ref,
        v -> v instanceof PropertyValue.Bool b ? Optional.of(b.value()) : Optional.empty(),
        PropertyValue.Bool::new);
  }

  /**
   * Returns a definition of a PtypTime property; values are {@link Instant}s in UTC with 100 ns
   * resolution.
   *
   * @param canonicalName the spec name
   * @param key the key; its type must be PtypTime
   * @param ref where the property is specified
   * @return the definition
   * @throws IllegalArgumentException when the key's type does not match
   */
  public static PropertyDefinition<Instant> ofTime(String canonicalName, PropertyKey key, SpecReference ref) {
    requireType(canonicalName, key, PropertyType.TIME);
    return new PropertyDefinition<>(canonicalName, key, ref,
        v -> v instanceof PropertyValue.Time t ? Optional.of(t.instant()) : Optional.empty(),
        PropertyValue.Time::of);
  }

  /**
   * Returns a definition of a PtypBinary property.
   *
   * @param canonicalName the spec name
   * @param key the key; its type must be PtypBinary
   * @param ref where the property is specified
   * @return the definition
   * @throws IllegalArgumentException when the key's type does not match
   */
  public static PropertyDefinition<Bytes> ofBinary(String canonicalName, PropertyKey key, SpecReference ref) {
    requireType(canonicalName, key, PropertyType.BINARY);
    return new PropertyDefinition<>(canonicalName, key, ref,
        v -> v instanceof PropertyValue.Binary b ? Optional.of(b.value()) : Optional.empty(),
        PropertyValue.Binary::new);
  }

  /**
   * Returns a definition of a PtypGuid property.
   *
   * @param canonicalName the spec name
   * @param key the key; its type must be PtypGuid
   * @param ref where the property is specified
   * @return the definition
   * @throws IllegalArgumentException when the key's type does not match
   */
  public static PropertyDefinition<UUID> ofGuid(String canonicalName, PropertyKey key, SpecReference ref) {
    requireType(canonicalName, key, PropertyType.GUID);
    return new PropertyDefinition<>(canonicalName, key, ref,
        v -> v instanceof PropertyValue.Guid g ? Optional.of(g.value()) : Optional.empty(),
        PropertyValue.Guid::new);
  }

  /**
   * Returns a definition of a PtypMultipleString property (also matches PtypMultipleString8 when
   * read).
   *
   * @param canonicalName the spec name
   * @param key the key; its type must be PtypMultipleString or PtypMultipleString8
   * @param ref where the property is specified
   * @return the definition
   * @throws IllegalArgumentException when the key's type does not match
   */
  public static PropertyDefinition<List<String>> ofMultipleString(String canonicalName, PropertyKey key,
      SpecReference ref) {
    requireType(canonicalName, key, PropertyType.MULTIPLE_STRING, PropertyType.MULTIPLE_STRING8);
    return new PropertyDefinition<>(canonicalName, key, ref, v -> {
      if (!(v instanceof PropertyValue.Multi m)) {
        return Optional.empty();
      }
      List<String> out = new ArrayList<>();
      for (PropertyValue e : m.values()) {
        if (e instanceof PropertyValue.Text t) {
          out.add(t.value());
        } else if (e instanceof PropertyValue.String8 s) {
          out.add(s.text());
        } else {
          return Optional.empty();
        }
      }
      return Optional.of(List.copyOf(out));
    }, list -> {
      List<PropertyValue> vs = new ArrayList<>();
      for (String s : list) {
        vs.add(new PropertyValue.Text(s));
      }
      return new PropertyValue.Multi(PropertyType.MULTIPLE_STRING, vs);
    });
  }

  /**
   * Returns a definition of a property of any type whose Java value is the {@link PropertyValue}
   * itself.
   *
   * @param canonicalName the spec name
   * @param key the key
   * @param ref where the property is specified
   * @return the definition
   */
  public static PropertyDefinition<PropertyValue> ofRaw(String canonicalName, PropertyKey key, SpecReference ref) {
    return new PropertyDefinition<>(canonicalName, key, ref,
        v -> v.type() == key.type() ? Optional.of(v) : Optional.empty(), v -> v);
  }

  private static void requireType(String name, PropertyKey key, PropertyType... allowed) {
    for (PropertyType t : allowed) {
      if (key.type() == t) {
        return;
      }
    }
    throw new IllegalArgumentException(name + ": key type " + key.type().specName()
        + " does not match the definition's value type " + allowed[0].specName());
  }

  /**
   * Returns the canonical spec name.
   *
   * @return for example {@code "PidTagMessageClass"} or {@code "PidNameOMSServiceType"}
   */
  public String canonicalName() {
    return canonicalName;
  }

  /**
   * Returns the key under which the property is stored.
   *
   * @return the key
   */
  public PropertyKey key() {
    return key;
  }

  /**
   * Returns the property type.
   *
   * @return the type of the key
   */
  public PropertyType type() {
    return key.type();
  }

  /**
   * Returns where the property is specified.
   *
   * @return the defining spec section
   */
  public SpecReference specReference() {
    return specReference;
  }

  /**
   * Decodes a stored value into the definition's Java type.
   *
   * @param value the stored value
   * @return the Java value, or empty when the value's type does not fit (for example an
   *     {@link PropertyValue.Unparsed})
   */
  public Optional<T> decode(PropertyValue value) {
    return decoder.apply(value);
  }

  /**
   * Encodes a Java value as a property value of the definition's type.
   *
   * @param value the Java value
   * @return the property value
   * @throws IllegalArgumentException when the value cannot be represented (for example an
   *     {@link Instant} before 1601)
   */
  public PropertyValue encode(T value) {
    return encoder.apply(Objects.requireNonNull(value, "value"));
  }

  /**
   * Returns the canonical name.
   *
   * @return the canonical spec name
   */
  @Override
  public String toString() {
    return canonicalName;
  }
}
