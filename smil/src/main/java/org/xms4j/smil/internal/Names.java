package org.xms4j.smil.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xms4j.smil.XmlAttribute;

/**
 * Lenient matching of SMIL element and attribute names as real phones spell them.
 *
 * <p>A name is compared in its <em>folded</em> form: lower case (in {@link Locale#ROOT}) with every
 * hyphen removed, so {@code background-color}, {@code backgroundColor} and {@code BACKGROUND-COLOR}
 * are one name, as are {@code root-layout} and {@code rootLayout}. An exact match always wins over a
 * folded one.
 */
public final class Names {

  private Names() {}

  /**
   * Returns the folded form of a name: lower case in {@link Locale#ROOT}, hyphens removed.
   *
   * @param name the name as written
   * @return the folded name
   */
  public static String fold(String name) {
    return name.replace("-", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Finds the value of an attribute without namespace, exact name first, then by folded name.
   *
   * @param attributes the attributes in document order
   * @param name the SMIL attribute name, for example {@code background-color}
   * @return the value of the first matching attribute, or empty when none matches
   */
  public static Optional<String> find(List<XmlAttribute> attributes, String name) {
    for (XmlAttribute a : attributes) {
      if (a.namespaceUri().isEmpty() && a.localName().equals(name)) {
        return Optional.of(a.value());
      }
    }
    String folded = fold(name);
    for (XmlAttribute a : attributes) {
      if (a.namespaceUri().isEmpty() && fold(a.localName()).equals(folded)) {
        return Optional.of(a.value());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a copy of the attributes in which the first attribute matching {@code name} (as
   * {@link #find} matches) has the given value, or with a new attribute appended when none matches.
   *
   * @param attributes the attributes in document order
   * @param name the attribute name, used as written when the attribute is appended
   * @param value the new value
   * @return the new, unmodifiable attribute list
   */
  public static List<XmlAttribute> with(List<XmlAttribute> attributes, String name, String value) {
    int index = indexOf(attributes, name);
    java.util.ArrayList<XmlAttribute> copy = new java.util.ArrayList<>(attributes);
    if (index < 0) {
      copy.add(XmlAttribute.of(name, value));
    } else {
      XmlAttribute old = copy.get(index);
      copy.set(index, new XmlAttribute(old.namespaceUri(), old.prefix(), old.localName(), value));
    }
    return List.copyOf(copy);
  }

  /**
   * Returns a copy of the attributes without the first attribute matching {@code name}.
   *
   * @param attributes the attributes in document order
   * @param name the attribute name
   * @return the new, unmodifiable attribute list (equal to the input when nothing matched)
   */
  public static List<XmlAttribute> without(List<XmlAttribute> attributes, String name) {
    int index = indexOf(attributes, name);
    if (index < 0) {
      return attributes;
    }
    java.util.ArrayList<XmlAttribute> copy = new java.util.ArrayList<>(attributes);
    copy.remove(index);
    return List.copyOf(copy);
  }

  private static int indexOf(List<XmlAttribute> attributes, String name) {
    for (int i = 0; i < attributes.size(); i++) {
      XmlAttribute a = attributes.get(i);
      if (a.namespaceUri().isEmpty() && a.localName().equals(name)) {
        return i;
      }
    }
    String folded = fold(name);
    for (int i = 0; i < attributes.size(); i++) {
      XmlAttribute a = attributes.get(i);
      if (a.namespaceUri().isEmpty() && fold(a.localName()).equals(folded)) {
        return i;
      }
    }
    return -1;
  }
}
