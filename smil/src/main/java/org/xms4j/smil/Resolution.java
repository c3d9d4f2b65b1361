package org.xms4j.smil;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link SmilResolver#resolve}: which part each media object of a presentation
 * refers to, which references lead nowhere, and which parts no media object uses.
 *
 * <p>Specified by [RFC 2392] (cid: URLs) and [RFC 2557] (Content-Location), applied to the SMIL
 * {@code src} attribute of [SMIL 2.1] section 7 (Media Object).
 *
 * @param resolved the media objects whose {@code src} names a part, in document order
 * @param unresolved the media objects whose {@code src} is missing or names no part, in document
 *     order
 * @param unusedParts the parts no media object refers to, in the order given, not counting SMIL
 *     parts (the presentation itself)
 */
public record Resolution(List<Resolved> resolved, List<Unresolved> unresolved, List<MediaPart> unusedParts) {

  /**
   * Copies the lists.
   *
   * @param resolved the {@code resolved} component
   * @param unresolved the {@code unresolved} component
   * @param unusedParts the {@code unusedParts} component
   * @throws NullPointerException when a list or list element is null
   */
  public Resolution {
    resolved = List.copyOf(resolved);
    unresolved = List.copyOf(unresolved);
    unusedParts = List.copyOf(unusedParts);
  }

  /** Which name of the part matched a {@code src}. */
  public enum MatchedBy {
    /** The Content-ID, named by a {@code cid:} URL or by a bare {@code src}. */
    CONTENT_ID,
    /** The Content-Location. */
    CONTENT_LOCATION,
    /** The file name. */
    NAME
  }

  /**
   * A media object and the part it refers to.
   *
   * @param media the media object
   * @param location where the media object is, for example {@code /smil/body/par[1]/img[1]}
   * @param src the {@code src} as written
   * @param part the part
   * @param matchedBy which name of the part matched
   * @param exact true when the names matched exactly; false when they matched only ignoring letter
   *     case or percent-encoding
   */
  public record Resolved(MediaObject media, String location, String src, MediaPart part, MatchedBy matchedBy,
      boolean exact) {

    /**
     * Checks the components.
     *
     * @param media the {@code media} component
     * @param location the {@code location} component
     * @param src the {@code src} component
     * @param part the {@code part} component
     * @param matchedBy the {@code matchedBy} component
     * @param exact the {@code exact} component
     * @throws NullPointerException when a component is null
     */
    public Resolved {
      Objects.requireNonNull(media, "media");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(src, "src");
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(matchedBy, "matchedBy");
    }
  }

  /**
   * A media object whose {@code src} names no part.
   *
   * @param media the media object
   * @param location where the media object is
   * @param src the {@code src} as written, or empty when the media object has none
   */
  public record Unresolved(MediaObject media, String location, Optional<String> src) {

    /**
     * Checks the components.
     *
     * @param media the {@code media} component
     * @param location the {@code location} component
     * @param src the {@code src} component
     * @throws NullPointerException when a component is null
     */
    public Unresolved {
      Objects.requireNonNull(media, "media");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(src, "src");
    }
  }

  /**
   * Tells whether every media object refers to a part.
   *
   * @return true when {@link #unresolved()} is empty
   */
  public boolean isComplete() {
    return unresolved.isEmpty();
  }
}
