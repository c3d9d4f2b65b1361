package org.xms4j.smil;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xms4j.smil.internal.Names;

/**
 * A {@code meta} element of the head: one name and content pair, such as
 * {@code <meta name="author" content="PANASONIC"/>}.
 *
 * <p>Specified by [SMIL 2.1] section 8 (Metainformation: the meta element) and [MS-OMS] section
 * 2.2.4.8 (tMeta).
 *
 * @param attributes all attributes in document order
 * @param children uninterpreted children in document order (normally none)
 */
public record Meta(List<XmlAttribute> attributes, List<XmlNode> children) implements HeadChild, SmilElement {

  /**
   * Copies the lists.
   *
   * @param attributes the {@code attributes} component
   * @param children the {@code children} component
   * @throws NullPointerException when a list or list element is null
   */
  public Meta {
    attributes = List.copyOf(attributes);
    children = List.copyOf(children);
  }

  /**
   * Returns a meta element with the attributes {@code name} and {@code content}, in that order.
   *
   * @param name the property name, for example {@code author}
   * @param content the property value
   * @return the element
   */
  public static Meta of(String name, String content) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    return new Meta(List.of(XmlAttribute.of("name", name), XmlAttribute.of("content", content)), List.of());
  }

  @Override
  public String elementName() {
    return "meta";
  }

  /**
   * Returns the {@code name} attribute.
   *
   * @return the property name, or empty when absent
   */
  public Optional<String> name() {
    return attribute("name");
  }

  /**
   * Returns the {@code content} attribute.
   *
   * @return the property value, or empty when absent
   */
  public Optional<String> content() {
    return attribute("content");
  }

  /**
   * Returns a copy with the attribute set (replaced in place, or appended).
   *
   * @param name the attribute name
   * @param value the value
   * @return the new element
   */
  public Meta withAttribute(String name, String value) {
    return new Meta(Names.with(attributes, name, value), children);
  }
}
