package org.xms4j.smil;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.xms4j.smil.internal.Names;

/**
 * A media object: an {@code img}, {@code text}, {@code audio}, {@code video}, {@code ref} (or
 * {@code animation}, {@code textstream}) element naming one part of the message with {@code src}
 * and, for visible media, the {@code region} to draw it in.
 *
 * <p>{@code src} is a {@code cid:} URL naming a part's Content-ID, a Content-Location, or a plain
 * part name; {@link SmilResolver} ties it to a part. Children such as
 * {@code <param name="foreground-color" value="#000000"/>} are kept as {@link XmlElement}s and can be
 * read with {@link #params()}.
 *
 * <p>Specified by [SMIL 2.1] section 7 (Media Object: the media elements, src, region and alt) and
 * [MS-OMS] sections 2.2.4.1 (tAudio), 2.2.4.6 (tImg) and 2.2.4.13 (tText).
 *
 * @param kind the element, for example {@link MediaKind#IMG}
 * @param attributes all attributes in document order
 * @param children uninterpreted children (such as {@code param}) in document order
 */
public record MediaObject(MediaKind kind, List<XmlAttribute> attributes, List<XmlNode> children)
    implements TimeChild, TimedElement {

  /**
   * Checks the kind and copies the lists.
   *
   * @param kind the {@code kind} component
   * @param attributes the {@code attributes} component
   * @param children the {@code children} component
   * @throws NullPointerException when a component or list element is null
   */
  public MediaObject {
    Objects.requireNonNull(kind, "kind");
    attributes = List.copyOf(attributes);
    children = List.copyOf(children);
  }

  /**
   * Returns a media object with {@code src} and, when region is not null, {@code region}, in that
   * order.
   *
   * @param kind the element
   * @param src the source, for example {@code cid:photo.jpg}
   * @param region the region name, or null for none
   * @return the media object
   */
  public static MediaObject of(MediaKind kind, String src, String region) {
    Objects.requireNonNull(src, "src");
    List<XmlAttribute> a = region == null
        ? List.of(XmlAttribute.of("src", src))
        : List.of(XmlAttribute.of("src", src), XmlAttribute.of("region", region));
    return new MediaObject(kind, a, List.of());
  }

  /**
   * Returns {@code <img src=".." region="Image"/>}.
   *
   * @param src the source, for example {@code cid:photo.jpg}
   * @return the image
   */
  public static MediaObject image(String src) {
    return of(MediaKind.IMG, src, Region.IMAGE);
  }

  /**
   * Returns {@code <text src=".." region="Text"/>}.
   *
   * @param src the source, for example {@code cid:1.txt}
   * @return the text
   */
  public static MediaObject text(String src) {
    return of(MediaKind.TEXT, src, Region.TEXT);
  }

  /**
   * Returns {@code <audio src=".."/>} (sound needs no region).
   *
   * @param src the source, for example {@code cid:sound.amr}
   * @return the audio
   */
  public static MediaObject audio(String src) {
    return of(MediaKind.AUDIO, src, null);
  }

  /**
   * Returns {@code <video src=".." region="Image"/>}: MMS SMIL shows video in the image region.
   *
   * @param src the source, for example {@code cid:clip.3gp}
   * @return the video
   */
  public static MediaObject video(String src) {
    return of(MediaKind.VIDEO, src, Region.IMAGE);
  }

  /**
   * Returns {@code <ref src=".."/>}, for media that is neither image, text, audio nor video.
   *
   * @param src the source, for example {@code cid:contact.vcf}
   * @return the reference
   */
  public static MediaObject ref(String src) {
    return of(MediaKind.REF, src, null);
  }

  @Override
  public String elementName() {
    return kind.elementName();
  }

  /**
   * Returns the {@code src} attribute.
   *
   * @return the source as written, or empty when absent
   */
  public Optional<String> src() {
    return attribute("src");
  }

  /**
   * Returns the {@code region} attribute.
   *
   * @return the region name, or empty when absent
   */
  public Optional<String> region() {
    return attribute("region");
  }

  /**
   * Returns the {@code alt} attribute: a text alternative for the media.
   *
   * @return the alternative text, or empty when absent
   */
  public Optional<String> alt() {
    return attribute("alt");
  }

  /**
   * Returns the {@code param} children as name and value pairs, in document order; the first of
   * several parameters with one name wins. MMS senders use them for text colour and size
   * ({@code foreground-color}, {@code textsize}).
   *
   * @return the parameters, unmodifiable
   */
  public Map<String, String> params() {
    Map<String, String> p = new LinkedHashMap<>();
    for (XmlNode n : children) {
      if (n instanceof XmlElement e && Names.fold(e.localName()).equals("param")) {
        Optional<String> name = e.attribute("name");
        if (name.isPresent()) {
          p.putIfAbsent(name.get(), e.attribute("value").orElse(""));
        }
      }
    }
    return Collections.unmodifiableMap(p);
  }

  /**
   * Returns a copy with the attribute set (replaced in place, or appended).
   *
   * @param name the attribute name
   * @param value the value
   * @return the new media object
   */
  public MediaObject withAttribute(String name, String value) {
    return new MediaObject(kind, Names.with(attributes, name, value), children);
  }

  /**
   * Returns a copy with an {@code alt} attribute.
   *
   * @param alt the alternative text
   * @return the new media object
   */
  public MediaObject withAlt(String alt) {
    return withAttribute("alt", alt);
  }

  /**
   * Returns a copy with a {@code dur} attribute written in milliseconds.
   *
   * @param duration the duration, not negative
   * @return the new media object
   * @throws IllegalArgumentException when the duration is negative
   */
  public MediaObject withDuration(Duration duration) {
    return withAttribute("dur", TimeValue.of(duration).text());
  }
}
