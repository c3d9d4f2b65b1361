package org.xms4j.smil.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xms4j.smil.Body;
import org.xms4j.smil.MediaObject;
import org.xms4j.smil.Par;
import org.xms4j.smil.Seq;
import org.xms4j.smil.Slide;
import org.xms4j.smil.SmilElement;
import org.xms4j.smil.TimeChild;
import org.xms4j.smil.TimedElement;
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
   * A {@code par}, {@code seq} or media object of the timeline with its location.
   *
   * @param element the element
   * @param location where it is
   * @param inPar true when a {@code par} encloses it, at any depth
   */
  public record Timed(TimedElement element, String location, boolean inPar) {}

  /**
   * A slide with the locations of its media objects.
   *
   * @param slide the slide
   * @param media the media objects of {@link Slide#media()}, in the same order, with their locations
   */
  public record LocatedSlide(Slide slide, List<Located> media) {}

  /**
   * Returns every {@code par}, {@code seq} and media object below a container in document order,
   * each before its descendants, looking into {@code par} and {@code seq} but not into uninterpreted
   * elements. The one walk of the timeline: the slides, the media objects the resolver ties to parts
   * and the checker's timeline rules all come from it.
   *
   * @param children the children of the container
   * @param location the location of the container, for example {@link #BODY}
   * @return the timed elements with their locations
   */
  public static List<Timed> timeline(List<TimeChild> children, String location) {
    List<Timed> out = new ArrayList<>();
    walk(children, location, false, out);
    return out;
  }

  private static void walk(List<TimeChild> children, String location, boolean inPar, List<Timed> out) {
    for (Child c : locate(location, children)) {
      if (c.child() instanceof TimedElement t) {
        out.add(new Timed(t, c.location(), inPar));
        if (t instanceof Par p) {
          walk(p.children(), c.location(), true, out);
        } else if (t instanceof Seq s) {
          walk(s.children(), c.location(), inPar, out);
        }
      }
    }
  }

  /**
   * Returns every media object below a container in document order with its location, from
   * {@link #timeline}.
   *
   * @param children the children of the container
   * @param location the location of the container
   * @return the media objects with their locations
   */
  public static List<Located> media(List<TimeChild> children, String location) {
    List<Located> r = new ArrayList<>();
    for (Timed t : timeline(children, location)) {
      if (t.element() instanceof MediaObject m) {
        r.add(new Located(m, t.location()));
      }
    }
    return r;
  }

  /**
   * Returns every media object of the body in document order with its location.
   *
   * @param body the body
   * @return the media objects with their locations
   */
  public static List<Located> media(Body body) {
    return media(body.children(), BODY);
  }

  /**
   * Returns the slides of the body in play order, from {@link #timeline}: each {@code par} and each
   * media object not inside a {@code par} (directly in the body or in {@code seq} elements) is a
   * slide, holding every media object below it.
   *
   * @param body the body
   * @return the slides with the locations of their media objects
   */
  public static List<LocatedSlide> slides(Body body) {
    List<LocatedSlide> out = new ArrayList<>();
    Timed slide = null;
    List<Located> media = new ArrayList<>();
    for (Timed t : timeline(body.children(), BODY)) {
      boolean starts = !t.inPar() && !(t.element() instanceof Seq);
      if (!t.inPar()) {
        addSlide(slide, media, out);
        slide = starts ? t : null;
        media = new ArrayList<>();
      }
      if (t.element() instanceof MediaObject m && slide != null) {
        media.add(new Located(m, t.location()));
      }
    }
    addSlide(slide, media, out);
    return out;
  }

  private static void addSlide(Timed slide, List<Located> media, List<LocatedSlide> out) {
    if (slide != null) {
      List<MediaObject> objects = new ArrayList<>();
      media.forEach(l -> objects.add(l.media()));
      out.add(new LocatedSlide(new Slide(slide.element(), objects, slide.location()), List.copyOf(media)));
    }
  }
}
