package org.xms4j.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.known.KnownProperties;

/**
 * A location inside a Message object: a list of segments such as {@code recipients[1]},
 * {@code attachments[0]}, {@code embedded} and a property segment.
 *
 * <p>Property segments use the canonical name when known ({@code PidTagAttachMimeTag}), the tag in
 * hex for other tagged properties ({@code 0x6804001F}) and set plus LID or name for other named
 * properties ({@code PSETID_Common:0x00008580}, {@code PS_PUBLIC_STRINGS:"OMSServiceType"}).
 * {@link #toString()} joins the segments with {@code /} after a leading {@code /}; the root is
 * {@code /}. Indexes are zero-based positions in the model's lists.
 *
 * @param segments the segments from the root, each non-empty
 */
public record MessagePath(List<String> segments) implements Comparable<MessagePath> {

  /** The path of the top-level Message object. */
  public static final MessagePath ROOT = new MessagePath(List.of());

  /**
   * Copies and checks the segments.
   *
   * @param segments the {@code segments} component
   * @throws IllegalArgumentException when a segment is empty or contains {@code /}
   */
  public MessagePath {
    segments = List.copyOf(segments);
    for (String s : segments) {
      if (s.isEmpty() || s.indexOf('/') >= 0) {
        throw new IllegalArgumentException("segment must be non-empty and without '/': \"" + s + "\"");
      }
    }
  }

  private MessagePath with(String segment) {
    List<String> l = new ArrayList<>(segments);
    l.add(segment);
    return new MessagePath(l);
  }

  /**
   * Returns the path of a recipient of the object at this path.
   *
   * @param index zero-based position in the recipient list
   * @return the path ending in {@code recipients[index]}
   */
  public MessagePath recipient(int index) {
    return with("recipients[" + Objects.checkIndex(index, Integer.MAX_VALUE) + "]");
  }

  /**
   * Returns the path of an attachment of the object at this path.
   *
   * @param index zero-based position in the attachment list
   * @return the path ending in {@code attachments[index]}
   */
  public MessagePath attachment(int index) {
    return with("attachments[" + Objects.checkIndex(index, Integer.MAX_VALUE) + "]");
  }

  /**
   * Returns the path of the embedded Message object of the attachment at this path.
   *
   * @return the path ending in {@code embedded}
   */
  public MessagePath embedded() {
    return with("embedded");
  }

  /**
   * Returns the path of a property of the object at this path.
   *
   * @param key the property key
   * @return the path ending in the property's canonical name or key text
   */
  public MessagePath property(PropertyKey key) {
    return with(KnownProperties.find(key).map(d -> d.canonicalName()).orElseGet(() -> keyText(key)));
  }

  /**
   * Returns the path with a free-form last segment, for example a MIME part or SMIL element.
   *
   * @param segment the segment text, non-empty, without {@code /}
   * @return the longer path
   * @throws IllegalArgumentException when the segment is empty or contains {@code /}
   */
  public MessagePath child(String segment) {
    return with(segment);
  }

  private static String keyText(PropertyKey key) {
    if (key instanceof PropertyKey.Named n) {
      return n.id().toString().replace('/', '_');
    }
    return key.toString();
  }

  /**
   * Orders paths segment by segment, a shorter path (a prefix) first.
   *
   * @param o the other path
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(MessagePath o) {
    int n = Math.min(segments.size(), o.segments.size());
    for (int i = 0; i < n; i++) {
      int c = compareSegment(segments.get(i), o.segments.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(segments.size(), o.segments.size());
  }

  private static int compareSegment(String a, String b) {
    int ia = a.indexOf('[');
    int ib = b.indexOf('[');
    if (ia > 0 && ib > 0 && a.substring(0, ia).equals(b.substring(0, ib)) && a.endsWith("]") && b.endsWith("]")) {
      try {
        return Integer.compare(Integer.parseInt(a.substring(ia + 1, a.length() - 1)),
            Integer.parseInt(b.substring(ib + 1, b.length() - 1)));
      } catch (NumberFormatException e) {
        return a.compareTo(b);
      }
    }
    return a.compareTo(b);
  }

  /**
   * Returns the path text, for example {@code /attachments[0]/PidTagAttachMimeTag}; {@code /} for
   * the root.
   *
   * @return the path text
   */
  @Override
  public String toString() {
    return segments.isEmpty() ? "/" : "/" + String.join("/", segments);
  }
}
