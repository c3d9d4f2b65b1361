package org.xms4j.smil;

import java.util.List;
import java.util.Optional;
import org.xms4j.smil.internal.Names;
import org.xms4j.smil.internal.Tree;

/**
 * The {@code head} element: meta information and the layout.
 *
 * <p>Specified by [SMIL 2.1] section 9 (Structure: the head element) and [MS-OMS] section 2.2.4.5
 * (tHeader).
 *
 * @param attributes all attributes in document order
 * @param children the meta elements, layout and uninterpreted children in document order
 */
public record Head(List<XmlAttribute> attributes, List<HeadChild> children) implements RootChild, SmilElement {

  /**
   * Copies the lists.
   *
   * @param attributes the {@code attributes} component
   * @param children the {@code children} component
   * @throws NullPointerException when a list or list element is null
   */
  public Head {
    attributes = List.copyOf(attributes);
    children = List.copyOf(children);
  }

  @Override
  public String elementName() {
    return "head";
  }

  /**
   * Returns the first {@code layout} child.
   *
   * @return the layout, or empty when there is none
   */
  public Optional<Layout> layout() {
    for (HeadChild c : children) {
      if (c instanceof Layout l) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the {@code meta} children in document order.
   *
   * @return the meta elements, unmodifiable
   */
  public List<Meta> metas() {
    return Tree.ofType(children, Meta.class);
  }

  /**
   * Returns a copy with the attribute set (replaced in place, or appended).
   *
   * @param name the attribute name
   * @param value the value
   * @return the new head
   */
  public Head withAttribute(String name, String value) {
    return new Head(Names.with(attributes, name, value), children);
  }
}
