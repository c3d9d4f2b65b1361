package org.xms4j.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.MmsMessage;
import org.xms4j.smil.ContentIds;

/** Helpers shared by the Message-object rules. */
final class Checks {

  private Checks() {
  }

  /** Tells whether a property with the identity of a definition is present, in any type. */
  static boolean presentAnyType(PropertyBag bag, PropertyDefinition<?> def) {
    for (PropertyKey k : bag.keys()) {
      if (sameIdentity(k, def.key())) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether two keys name the same property, whatever their types. */
  static boolean sameIdentity(PropertyKey a, PropertyKey b) {
    if (a instanceof PropertyKey.Tagged ta && b instanceof PropertyKey.Tagged tb) {
      return ta.tag().id() == tb.tag().id();
    }
    if (a instanceof PropertyKey.Named na && b instanceof PropertyKey.Named nb) {
      return na.id().equals(nb.id());
    }
    return false;
  }

  /** Tells whether a stored type is accepted for a declared type: equal, or the other string form. */
  static boolean typeAccepted(PropertyType declared, PropertyType stored) {
    if (declared == stored) {
      return true;
    }
    return declared == PropertyType.STRING && stored == PropertyType.STRING8
        || declared == PropertyType.STRING8 && stored == PropertyType.STRING
        || declared == PropertyType.MULTIPLE_STRING && stored == PropertyType.MULTIPLE_STRING8
        || declared == PropertyType.MULTIPLE_STRING8 && stored == PropertyType.MULTIPLE_STRING;
  }

  /** What is done with an element whose key an earlier element already has. */
  interface Repeat<K> {
    void found(int index, K key, int first);
  }

  /**
   * Finds the elements whose key (when they have one) an earlier element already has, and passes
   * each with the index of the first element with that key.
   */
  static <E, K> void repeats(List<E> items, Function<? super E, Optional<K>> key, Repeat<K> repeat) {
    Map<K, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      int index = i;
      key.apply(items.get(i)).ifPresent(k -> {
        Integer prev = first.putIfAbsent(k, index);
        if (prev != null) {
          repeat.found(index, k, prev);
        }
      });
    }
  }

  /** Returns a 32-bit value as {@code 0x0000002A (42)}. */
  static String int32(int v) {
    return String.format(Locale.ROOT, "0x%08X (%d)", v, v);
  }

  /** Describes a stored value for a finding message, quoting text. */
  static String describe(PropertyValue v) {
    if (v instanceof PropertyValue.Text t) {
      return Reporter.quote(t.value());
    }
    if (v instanceof PropertyValue.String8 s) {
      return Reporter.quote(s.text());
    }
    if (v instanceof PropertyValue.Int32 i) {
      return int32(i.value());
    }
    if (v instanceof PropertyValue.Int16 i) {
      return Short.toString(i.value());
    }
    if (v instanceof PropertyValue.Int64 i) {
      return Long.toString(i.value());
    }
    if (v instanceof PropertyValue.Bool b) {
      return Boolean.toString(b.value());
    }
    if (v instanceof PropertyValue.Time t) {
      return t.instant().toString();
    }
    if (v instanceof PropertyValue.Binary b) {
      return bytes(b.value().toByteArray());
    }
    if (v instanceof PropertyValue.Guid g) {
      return "{" + g.value().toString().toUpperCase(Locale.ROOT) + "}";
    }
    if (v instanceof PropertyValue.Multi m) {
      List<String> parts = new ArrayList<>();
      for (PropertyValue e : m.values()) {
        parts.add(describe(e));
      }
      return "[" + String.join(", ", parts) + "]";
    }
    if (v instanceof PropertyValue.Unparsed u) {
      return "undecodable " + bytes(u.raw().toByteArray()) + " (" + u.reason() + ")";
    }
    return v.toString();
  }

  /** Describes bytes: count and up to 16 bytes in hex. */
  static String bytes(byte[] b) {
    StringBuilder s = new StringBuilder().append(b.length).append(b.length == 1 ? " byte" : " bytes");
    if (b.length > 0) {
      s.append(" ");
      for (int i = 0; i < Math.min(b.length, 16); i++) {
        s.append(String.format(Locale.ROOT, "%02X", b[i] & 0xFF));
      }
      if (b.length > 16) {
        s.append("\u2026");
      }
    }
    return s.toString();
  }

  /** Returns the HTML body: PidTagHtml decoded in its code page, else PidTagBodyHtml. */
  static Optional<String> html(Message m) {
    return MmsMessage.of(m).html();
  }

  /** Tells whether the message has an HTML body (PidTagHtml or PidTagBodyHtml). */
  static boolean hasHtml(Message m) {
    return m.properties().has(PidTag.HTML) || m.properties().has(PidTag.BODY_HTML);
  }

  /**
   * Returns the content id of an attachment as the key Content-IDs are compared by
   * ({@link ContentIds#key}: brackets and white space removed, lower case), or empty when it has none.
   */
  static Optional<String> contentIdKey(Attachment a) {
    return a.contentId().map(ContentIds::key).filter(s -> !s.isEmpty());
  }

  /** Tells whether a text is a relative URI reference (parsable and without scheme). */
  static boolean isRelativeUri(String s) {
    try {
      return !new URI(s.strip()).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Returns the values of a map's entries whose key has a given identity. */
  static List<Map.Entry<PropertyKey, PropertyValue>> entriesOf(PropertyBag bag, PropertyKey identity) {
    List<Map.Entry<PropertyKey, PropertyValue>> out = new ArrayList<>();
    for (Map.Entry<PropertyKey, PropertyValue> e : bag.asMap().entrySet()) {
      if (sameIdentity(e.getKey(), identity)) {
        out.add(e);
      }
    }
    return out;
  }
}
