package org.xms4j.smil;

import java.util.List;
import org.xms4j.smil.internal.Names;

/**
 * A {@code seq} element: children that play one after the other, for example a group of slides
 * repeated with {@code repeatCount}.
 *
 * <p>Specified by [SMIL 2.1] section 10 (Timing and Synchronization: the seq element).
 *
 * @param attributes all attributes in document order
 * @param children the slides, media objects and uninterpreted children in document order
 */
public record Seq(List<XmlAttribute> attributes, List<TimeChild> children) implements TimeChild, TimedElement {

  /**
   * Copies the lists.
   *
   * @param attributes the {@code attributes} component
   * @param children the {@code children} component
   * @throws NullPointerException when a list or list element is null
   */
  public Seq {
    attributes = List.copyOf(attributes);
    children = List.copyOf(children);
  }

  @Override
  public String elementName() {
    return "seq";
  }

  /**
   * Returns a copy with the attribute set (replaced in place, or appended).
   *
   * @param name the attribute name
   * @param value the value
   * @return the new element
   */
  public Seq withAttribute(String name, String value) {
    return new Seq(Names.with(attributes, name, value), children);
  }
}
