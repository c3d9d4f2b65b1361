package org.xms4j.mapi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, ordered set of properties: every property of a Message, Recipient or Attachment
 * object, known or not, tagged or named.
 *
 * <p>Iteration follows insertion order. Equality compares keys and values regardless of order.
 * Accessors come in pairs: {@link #find(PropertyDefinition)} returns an {@link Optional},
 * {@link #require(PropertyDefinition)} throws {@link MissingPropertyException}; {@link #get(PropertyKey)}
 * gives the untyped value.
 *
 * <p>String properties are found in either stored form: looking up a PtypString definition also
 * finds the same property stored as PtypString8 (non-Unicode .msg files), and the other way round.
 *
 * <pre>{@code
 * PropertyBag bag = PropertyBag.builder()
 *     .set(PidTag.MESSAGE_CLASS, "IPM.Note.Mobile.SMS")
 *     .set(PidName.OMS_SERVICE_TYPE, 1)
 *     .build();
 * String cls = bag.require(PidTag.MESSAGE_CLASS);
 * }</pre>
 */
public final class PropertyBag {

  /** The empty bag. */
  public static final PropertyBag EMPTY = new PropertyBag(new LinkedHashMap<>());

  private final Map<PropertyKey, PropertyValue> map;

  private PropertyBag(LinkedHashMap<PropertyKey, PropertyValue> map) {
    this.map = Collections.unmodifiableMap(map);
  }

  /**
   * Returns a new empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder(new LinkedHashMap<>());
  }

  /**
   * Returns a builder holding this bag's properties in order.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(new LinkedHashMap<>(map));
  }

  /**
   * Returns the number of properties.
   *
   * @return the count
   */
  public int size() {
    return map.size();
  }

  /**
   * Tells whether the bag is empty.
   *
   * @return true when there are no properties
   */
  public boolean isEmpty() {
    return map.isEmpty();
  }

  /**
   * Returns the keys in order.
   *
   * @return an unmodifiable view
   */
  public Set<PropertyKey> keys() {
    return map.keySet();
  }

  /**
   * Returns the properties in order.
   *
   * @return an unmodifiable view
   */
  public Map<PropertyKey, PropertyValue> asMap() {
    return map;
  }

  /**
   * Returns the value stored under exactly this key.
   *
   * @param key the key, including its type
   * @return the value, or empty when absent
   */
  public Optional<PropertyValue> get(PropertyKey key) {
    return Optional.ofNullable(map.get(key));
  }

  /**
   * Tells whether a value is stored under exactly this key.
   *
   * @param key the key
   * @return true when present
   */
  public boolean contains(PropertyKey key) {
    return map.containsKey(key);
  }

  /**
   * Returns the stored value of a definition, looking under the definition's key and, for string
   * types, under the key of the other string form.
   *
   * @param definition the definition
   * @return the stored value, or empty when absent
   */
  public Optional<PropertyValue> raw(PropertyDefinition<?> definition) {
    PropertyKey key = definition.key();
    PropertyValue v = map.get(key);
    if (v == null) {
      PropertyKey twin = twin(key);
      if (twin != null) {
        v = map.get(twin);
      }
    }
    return Optional.ofNullable(v);
  }

  /**
   * Tells whether the property of a definition is present, in either string form.
   *
   * @param definition the definition
   * @return true when present
   */
  public boolean has(PropertyDefinition<?> definition) {
    return raw(definition).isPresent();
  }

  /**
   * Returns the value of a definition as its Java type.
   *
   * @param <T> the Java type
   * @param definition the definition
   * @return the value; empty when absent or when the stored value cannot be decoded as {@code T}
   *     (for example an {@link PropertyValue.Unparsed}; use {@link #raw(PropertyDefinition)} to see it)
   */
  public <T> Optional<T> find(PropertyDefinition<T> definition) {
    return raw(definition).flatMap(definition::decode);
  }

  /**
   * Returns the value of a definition as its Java type.
   *
   * @param <T> the Java type
   * @param definition the definition
   * @return the value
   * @throws MissingPropertyException when the property is absent or cannot be decoded as {@code T}
   */
  public <T> T require(PropertyDefinition<T> definition) {
    Optional<PropertyValue> v = raw(definition);
    if (v.isEmpty()) {
      throw new MissingPropertyException(definition, "absent");
    }
    return definition.decode(v.get()).orElseThrow(() ->
        new MissingPropertyException(definition, "found undecodable " + v.get()));
  }

  static PropertyKey twin(PropertyKey key) {
    return switch (key.type()) {
      case STRING -> key.withType(PropertyType.STRING8);
      case STRING8 -> key.withType(PropertyType.STRING);
      case MULTIPLE_STRING -> key.withType(PropertyType.MULTIPLE_STRING8);
      case MULTIPLE_STRING8 -> key.withType(PropertyType.MULTIPLE_STRING);
      default -> null;
    };
  }

  /**
   * Compares keys and values, ignoring order.
   *
   * @param o the other object
   * @return true when both hold the same properties
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof PropertyBag b && map.equals(b.map);
  }

  @Override
  public int hashCode() {
    return map.hashCode();
  }

  @Override
  public String toString() {
    return "PropertyBag" + map;
  }

  /**
   * The builder of a {@link PropertyBag}. Checks structure only: non-null keys and values, and a
   * value type that matches the key type. It does not check spec rules.
   */
  public static final class Builder {
    private final LinkedHashMap<PropertyKey, PropertyValue> map;

    private Builder(LinkedHashMap<PropertyKey, PropertyValue> map) {
      this.map = map;
    }

    /**
     * Stores a value under a key, replacing any value under the same key (position kept).
     *
     * @param key the key
     * @param value a value whose {@link PropertyValue#type()} equals {@code key.type()}
     * @return this builder
     * @throws IllegalArgumentException when the types differ
     */
    public Builder put(PropertyKey key, PropertyValue value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (value.type() != key.type()) {
        throw new IllegalArgumentException("value of type " + value.type().specName()
            + " does not match key " + key + " of type " + key.type().specName());
      }
      map.put(key, value);
      return this;
    }

    /**
     * Stores a value for a definition, replacing the property in either string form.
     *
     * @param <T> the Java type
     * @param definition the definition
     * @param value the Java value
     * @return this builder
     * @throws IllegalArgumentException when the value cannot be encoded (see
     *     {@link PropertyDefinition#encode(Object)})
     */
    public <T> Builder set(PropertyDefinition<T> definition, T value) {
      PropertyKey key = definition.key();
      PropertyKey twin = twin(key);
      if (twin != null && map.containsKey(twin) && !map.containsKey(key)) {
        // replace in place, keeping the position of the existing property
        LinkedHashMap<PropertyKey, PropertyValue> copy = new LinkedHashMap<>();
        for (Map.Entry<PropertyKey, PropertyValue> e : map.entrySet()) {
          if (e.getKey().equals(twin)) {
            copy.put(key, definition.encode(value));
          } else {
            copy.put(e.getKey(), e.getValue());
          }
        }
        map.clear();
        map.putAll(copy);
        return this;
      }
      if (twin != null) {
        map.remove(twin);
      }
      return put(key, definition.encode(value));
    }

    /**
     * Removes the property under exactly this key.
     *
     * @param key the key
     * @return this builder
     */
    public Builder remove(PropertyKey key) {
      map.remove(key);
      return this;
    }

    /**
     * Removes the property of a definition in either string form.
     *
     * @param definition the definition
     * @return this builder
     */
    public Builder remove(PropertyDefinition<?> definition) {
      map.remove(definition.key());
      PropertyKey twin = twin(definition.key());
      if (twin != null) {
        map.remove(twin);
      }
      return this;
    }

    /**
     * Stores all properties of another bag, replacing equal keys.
     *
     * @param other the other bag
     * @return this builder
     */
    public Builder putAll(PropertyBag other) {
      map.putAll(other.map);
      return this;
    }

    /**
     * Tells whether the builder holds a value under exactly this key.
     *
     * @param key the key
     * @return true when present
     */
    public boolean contains(PropertyKey key) {
      return map.containsKey(key);
    }

    /**
     * Returns the bag.
     *
     * @return an immutable bag with the properties in insertion order
     */
    public PropertyBag build() {
      return map.isEmpty() ? EMPTY : new PropertyBag(new LinkedHashMap<>(map));
    }
  }
}
