package org.xms4j.smil.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xms4j.smil.Body;
import org.xms4j.smil.MediaObject;
import org.xms4j.smil.Par;
import org.xms4j.smil.Seq;
import org.xms4j.smil.SmilElement;
import org.xms4j.smil.TimeChild;
import org.xms4j.smil.XmlElement;
import org.xms4j.smil.XmlText;

/**
 * Walks the timeline of a presentation and names locations in XPath style, for example
 * {@code /smil/body/seq[1]/par[2]/img[1]}: element names with 1-based positions among siblings of
 * the same name.
 */
public final class Tree {

  /**
   * Returns the children of one type, in document order.
   *
   * @param <T> the type
   * @param children the children of an element
   * @param type the type to keep
   * @return the children of that type, unmodifiable
   */
  public static <T> List<T> ofType(List<?> children, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Object c : children) {
      if (type.isInstance(c)) {
        out.add(type.cast(c));
      }
    }
    return List.copyOf(out);
  }

  /** The location of the body element. */
  public static final String BODY = "/smil/body[1]";

  /** The location of the layout element. */
  public static final String LAYOUT = "/smil/head[1]/layout[1]";

  private Tree() {}

  /**
   * A media object with its location.
   *
   * @param media the media object
   * @param location where it is
   */
  public record Located(MediaObject media, String location) {}

  /**
   * A child of a container with its location.
   *
   * @param child the child
   * @param location where it is
   */
  public record Child(Object child, String location) {}

  /**
   * Returns the name a location uses for a node: the canonical element name, the qualified name of
   * an uninterpreted element, or {@code text()} for character data.
   *
   * @param node a model node
   * @return the step name
   */
  public static String stepName(Object node) {
    if (node instanceof SmilElement e) {
      return e.elementName();
    }
    if (node instanceof XmlElement x) {
      return x.qualifiedName();
    }
    if (node instanceof XmlText) {
      return "text()";
    }
    throw new IllegalArgumentException("not a model node: " + node);
  }

  /**
   * Pairs each child with its location below a parent location.
   *
   * @param parentLocation the location of the parent
   * @param children the children in document order
   * @return the children with their locations
   */
  public static List<Child> locate(String parentLocation, List<?> children) {
    Map<String, Integer> counters = new HashMap<>();
    List<Child> r = new ArrayList<>(children.size());
    for (Object c : children) {
      String name = stepName(c);
      int n = counters.merge(name, 1, Integer::sum);
      r.add(new Child(c, parentLocation + "/" + name + "[" + n + "]"));
    }
    return r;
  }

  /**
   * Returns every media object of the timeline in document order with its location, looking into
   * {@code par} and {@code seq} but not into uninterpreted elements.
   *
   * @param body the body
   * @return the media objects with their locations
   */
  public static List<Located> media(Body body) {
    List<Located> r = new ArrayList<>();
    collect(body.children(), BODY, r);
    return r;
  }

  /**
   * Collects the media objects below a container.
   *
   * @param children the children of the container
   * @param location the location of the container
   * @param out where to add the media objects
   */
  public static void collect(List<TimeChild> children, String location, List<Located> out) {
    for (Child c : locate(location, children)) {
      if (c.child() instanceof MediaObject m) {
        out.add(new Located(m, c.location()));
      } else if (c.child() instanceof Par p) {
        collect(p.children(), c.location(), out);
      } else if (c.child() instanceof Seq s) {
        collect(s.children(), c.location(), out);
      }
    }
  }
}
