package org.xms4j.smil;

import java.util.Objects;
import org.xms4j.smil.internal.XmlChars;

/**
 * One attribute of an element, exactly as the document spelled it.
 *
 * <p>Every element of the model keeps all of its attributes in document order, the ones this
 * library interprets (such as {@code dur} or {@code region}) and any others, so that writing a parsed
 * presentation loses nothing. SMIL's own attributes have no namespace; attributes from other
 * vocabularies (for example {@code xml:lang}) carry their namespace URI and prefix.
 *
 * <p>Specified by [XML Namespaces] section 6.3 (attribute names) and [SMIL 2.1] section 2 (modules
 * and their attributes).
 *
 * @param namespaceUri the namespace URI, empty for an attribute without namespace
 * @param prefix the prefix as written, empty when the attribute has no namespace
 * @param localName the local name, for example {@code dur}
 * @param value the value after XML attribute-value normalisation
 */
public record XmlAttribute(String namespaceUri, String prefix, String localName, String value) {

  /** The namespace URI bound to the {@code xml} prefix by definition. */
  public static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

  /**
   * Checks the components.
   *
   * @param namespaceUri the {@code namespaceUri} component
   * @param prefix the {@code prefix} component
   * @param localName the {@code localName} component
   * @param value the {@code value} component
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when the local name or prefix is not an XML name, or when
   *     exactly one of prefix and namespace URI is empty (an attribute is in a namespace if and only
   *     if it has a prefix)
   */
  public XmlAttribute {
    Objects.requireNonNull(namespaceUri, "namespaceUri");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(localName, "localName");
    Objects.requireNonNull(value, "value");
    if (!XmlChars.isNcName(localName)) {
      throw new IllegalArgumentException("localName is not an XML name: \"" + localName + "\"");
    }
    if (!prefix.isEmpty() && !XmlChars.isNcName(prefix)) {
      throw new IllegalArgumentException("prefix is not an XML name: \"" + prefix + "\"");
    }
    if (prefix.isEmpty() != namespaceUri.isEmpty()) {
      throw new IllegalArgumentException("an attribute has a prefix exactly when it has a namespace: prefix \""
          + prefix + "\", namespaceUri \"" + namespaceUri + "\"");
    }
  }

  /**
   * Returns an attribute without namespace.
   *
   * @param localName the attribute name, for example {@code region}
   * @param value the value
   * @return the attribute
   * @throws IllegalArgumentException when the name is not an XML name
   */
  public static XmlAttribute of(String localName, String value) {
    return new XmlAttribute("", "", localName, value);
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
