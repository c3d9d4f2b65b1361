package org.xms4j.smil;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xms4j.smil.internal.Names;
import org.xms4j.smil.internal.XmlChars;

/**
 * An element this library does not interpret (for example {@code <param>}, {@code <transition>},
 * {@code <switch>} or an element in another namespace), kept with its attributes and children so that
 * writing a parsed presentation loses nothing.
 *
 * <p>A SMIL element in a place where the MMS structure does not expect it (say a {@code region}
 * inside {@code body}) is kept as an {@code XmlElement} too.
 *
 * <p>Specified by [SMIL 2.1] section 13 (Language Profile: extending SMIL with other namespaces).
 *
 * @param namespaceUri the namespace URI, empty for an element without namespace
 * @param prefix the prefix as written, empty for an unprefixed element
 * @param localName the local name
 * @param attributes the attributes in document order
 * @param children the child elements and character data in document order
 */
public record XmlElement(String namespaceUri, String prefix, String localName, List<XmlAttribute> attributes,
    List<XmlNode> children) implements XmlNode {

  /**
   * Checks the components and copies the lists.
   *
   * @param namespaceUri the {@code namespaceUri} component
   * @param prefix the {@code prefix} component
   * @param localName the {@code localName} component
   * @param attributes the {@code attributes} component
   * @param children the {@code children} component
   * @throws NullPointerException when a component or list element is null
   * @throws IllegalArgumentException when the local name or prefix is not an XML name, or a prefix
   *     is given without a namespace URI
   */
  public XmlElement {
    Objects.requireNonNull(namespaceUri, "namespaceUri");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(localName, "localName");
    if (!XmlChars.isNcName(localName)) {
      throw new IllegalArgumentException("localName is not an XML name: \"" + localName + "\"");
    }
    if (!prefix.isEmpty() && (!XmlChars.isNcName(prefix) || namespaceUri.isEmpty())) {
      throw new IllegalArgumentException("prefix \"" + prefix + "\" needs a namespace URI and must be an XML name");
    }
    attributes = List.copyOf(attributes);
    children = List.copyOf(children);
  }

  /**
   * Returns an element without namespace, attributes or children.
   *
   * @param localName the element name
   * @return the element
   * @throws IllegalArgumentException when the name is not an XML name
   */
  public static XmlElement of(String localName) {
    return new XmlElement("", "", localName, List.of(), List.of());
  }

  /**
   * Returns the value of an attribute without namespace, matched as SMIL attributes are (exact name
   * first, then ignoring case and hyphens).
   *
   * @param name the attribute name
   * @return the value, or empty when the element has no such attribute
   */
  public Optional<String> attribute(String name) {
    return Names.find(attributes, name);
  }

  /**
   * Returns a copy with the attribute set (replaced in place, or appended).
   *
   * @param name the attribute name, without namespace
   * @param value the value
   * @return the new element
   */
  public XmlElement withAttribute(String name, String value) {
    return new XmlElement(namespaceUri, prefix, localName, Names.with(attributes, name, value), children);
  }

  /**
   * Returns the name as written: {@code prefix:localName}, or the local name alone.
   *
   * @return the qualified name
   */
  public String qualifiedName() {
    return prefix.isEmpty() ? localName : prefix + ":" + localName;
  }
}
