package org.xms4j.smil;

import java.util.List;
import org.xms4j.smil.internal.Names;

/**
 * The {@code body} element: the timeline of the presentation, played as a sequence of its children.
 *
 * <p>In MMS SMIL the children of the body are {@code par} elements, one per slide; real messages
 * also put a {@code seq} or a media object straight into the body, which this model keeps as written.
 *
 * <p>Specified by [SMIL 2.1] section 9 (Structure: the body element, an implicit seq) and [MS-OMS]
 * section 2.2.4.2 (tBody).
 *
 * @param attributes all attributes in document order
 * @param children the slides, sequences, media objects and uninterpreted children in document order
 */
public record Body(List<XmlAttribute> attributes, List<TimeChild> children) implements RootChild, SmilElement {

  /**
   * Copies the lists.
   *
   * @param attributes the {@code attributes} component
   * @param children the {@code children} component
   * @throws NullPointerException when a list or list element is null
   */
  public Body {
    attributes = List.copyOf(attributes);
    children = List.copyOf(children);
  }

  @Override
  public String elementName() {
    return "body";
  }

  /**
   * Returns a copy with the attribute set (replaced in place, or appended).
   *
   * @param name the attribute name
   * @param value the value
   * @return the new body
   */
  public Body withAttribute(String name, String value) {
    return new Body(Names.with(attributes, name, value), children);
  }
}
