package org.xms4j.smil;

import java.util.List;
import java.util.Optional;
import org.xms4j.smil.internal.Names;

/**
 * An element of the SMIL vocabulary that this library interprets.
 *
 * <p>Each such element keeps <em>all</em> its attributes in document order; its typed accessors
 * (for example {@link Region#width()}) read from that list. Attribute names match leniently, as real
 * phones spell them: an exact match first, then one ignoring letter case and hyphens, so
 * {@code backgroundColor} is found for {@code background-color}.
 *
 * <p>Specified by [SMIL 2.1] section 13 (Language Profile: elements and attributes).
 */
public sealed interface SmilElement permits Head, Meta, Layout, RootLayout, Region, Body, TimedElement {

  /**
   * Returns the canonical element name, for example {@code root-layout} or {@code img}.
   *
   * @return the element name the writer uses
   */
  String elementName();

  /**
   * Returns every attribute of the element in document order.
   *
   * @return the attributes, unmodifiable
   */
  List<XmlAttribute> attributes();

  /**
   * Returns the value of an attribute without namespace, exact name first, then ignoring letter case
   * and hyphens.
   *
   * @param name the attribute name, for example {@code fit}
   * @return the value, or empty when the element has no such attribute
   */
  default Optional<String> attribute(String name) {
    return Names.find(attributes(), name);
  }
}
