package org.xms4j.smil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xms4j.smil.internal.Names;
import org.xms4j.smil.internal.Tree;

/**
 * A {@code par} element: children that play at the same time. In MMS SMIL each {@code par} of the
 * body is one slide holding at most one image or video, one text and one audio.
 *
 * <p>Specified by [SMIL 2.1] section 10 (Timing and Synchronization: the par element) and [MS-OMS]
 * section 2.2.4.10 (tPar).
 *
 * @param attributes all attributes in document order (for example {@code dur})
 * @param children the media objects, nested containers and uninterpreted children in document order
 */
public record Par(List<XmlAttribute> attributes, List<TimeChild> children) implements TimeChild, TimedElement {

  /**
   * Copies the lists.
   *
   * @param attributes the {@code attributes} component
   * @param children the {@code children} component
   * @throws NullPointerException when a list or list element is null
   */
  public Par {
    attributes = List.copyOf(attributes);
    children = List.copyOf(children);
  }

  /**
   * Returns a slide of the given duration holding the media objects:
   * {@code <par dur="5000ms">...</par>}.
   *
   * @param duration the slide duration, written in milliseconds
   * @param media the media objects in order
   * @return the slide
   * @throws IllegalArgumentException when the duration is negative
   */
  public static Par of(Duration duration, List<MediaObject> media) {
    Objects.requireNonNull(duration, "duration");
    return new Par(List.of(XmlAttribute.of("dur", TimeValue.of(duration).text())), new ArrayList<>(media));
  }

  @Override
  public String elementName() {
    return "par";
  }

  /**
   * Returns the media objects that are direct children of this element.
   *
   * @return the media objects in document order, unmodifiable
   */
  public List<MediaObject> media() {
    return Tree.ofType(children, MediaObject.class);
  }

  /**
   * Returns a copy with the attribute set (replaced in place, or appended).
   *
   * @param name the attribute name
   * @param value the value
   * @return the new element
   */
  public Par withAttribute(String name, String value) {
    return new Par(Names.with(attributes, name, value), children);
  }
}
