package org.xms4j.smil;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One slide of a presentation, as {@link SmilPresentation#slides()} finds them: a {@code par} of the
 * body (or of a {@code seq} in the body), or a media object standing alone in the body or in such a
 * {@code seq}.
 *
 * <p>This is a view computed from the model, not an element of it.
 *
 * <p>Specified by [SMIL 2.1] section 10 (Timing and Synchronization: par and seq) and [MS-OMS]
 * section 2.2.4.10 (tPar: one slide).
 *
 * @param element the {@code par}, or the lone media object
 * @param media every media object of the slide in document order, including those in nested
 *     {@code par} and {@code seq} elements
 * @param location where the slide element is, for example {@code /smil/body/par[2]}
 */
public record Slide(TimedElement element, List<MediaObject> media, String location) {

  /**
   * Checks the components and copies the list.
   *
   * @param element the {@code element} component, a {@link Par} or {@link MediaObject}
   * @param media the {@code media} component
   * @param location the {@code location} component
   * @throws NullPointerException when a component or list element is null
   */
  public Slide {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(location, "location");
    media = List.copyOf(media);
  }

  /**
   * Returns the {@code dur} attribute of the slide element.
   *
   * @return the duration as written, or empty when the slide has none
   */
  public Optional<TimeValue> dur() {
    return element.dur();
  }

  /**
   * Returns the slide duration in whole milliseconds when {@code dur} is a clock value.
   *
   * @return the milliseconds, or empty when {@code dur} is absent, {@code indefinite}, {@code media}
   *     or invalid
   */
  public OptionalLong durationMillis() {
    Optional<TimeValue> d = dur();
    return d.isPresent() ? d.get().toMillis() : OptionalLong.empty();
  }

  /**
   * Returns the media objects of one kind.
   *
   * @param kind the kind, for example {@link MediaKind#IMG}
   * @return the media objects of that kind in document order, unmodifiable
   */
  public List<MediaObject> media(MediaKind kind) {
    List<MediaObject> r = new ArrayList<>();
    for (MediaObject m : media) {
      if (m.kind() == kind) {
        r.add(m);
      }
    }
    return List.copyOf(r);
  }
}
