package org.xms4j.smil;

import java.util.Locale;
import java.util.Optional;
import org.xms4j.smil.internal.Names;

/**
 * The kind of a media object, one per SMIL media element name.
 *
 * <p>MMS SMIL uses {@code img}, {@code text}, {@code audio}, {@code video} and {@code ref}; the
 * other media elements of the SMIL 2.1 Language Profile are recognised too.
 *
 * <p>Specified by [SMIL 2.1] section 7 (Media Object: the ref, animation, audio, img, text,
 * textstream and video elements).
 */
public enum MediaKind {
  /** {@code img}: a still or animated image. */
  IMG,
  /** {@code text}: a text part. */
  TEXT,
  /** {@code audio}: a sound. */
  AUDIO,
  /** {@code video}: a moving picture. */
  VIDEO,
  /** {@code ref}: any other media, for example a vCard. */
  REF,
  /** {@code animation}: an animation object. */
  ANIMATION,
  /** {@code textstream}: streamed text. */
  TEXTSTREAM;

  /**
   * Returns the element name, for example {@code img}.
   *
   * @return the lower-case element name
   */
  public String elementName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Tells whether this kind is drawn on screen in a region ({@code img}, {@code video},
   * {@code animation}): at most one of them per MMS slide.
   *
   * @return true for image-like media
   */
  public boolean isVisual() {
    return this == IMG || this == VIDEO || this == ANIMATION;
  }

  /**
   * Finds the kind for an element name, ignoring letter case.
   *
   * @param elementName the element name as written, for example {@code IMG}
   * @return the kind, or empty when the name is not a media element
   */
  public static Optional<MediaKind> forElementName(String elementName) {
    String folded = Names.fold(elementName);
    for (MediaKind k : values()) {
      if (k.elementName().equals(folded)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
