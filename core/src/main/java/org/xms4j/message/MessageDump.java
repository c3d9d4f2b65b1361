package org.xms4j.message;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.KnownProperties;

/**
 * Writes a Message object as canonical, deterministic, human-readable text: one line per property,
 * sorted by key, with canonical name, key, type and value; recipients, attachments and embedded
 * messages indented below.
 *
 * <p>Sort order: tagged properties by unsigned tag value, then named properties by property set GUID
 * text, then LID before name, then LID value or name, then type code. Bytes are printed as hex (at
 * most {@value #MAX_HEX_BYTES} bytes, then the size and SHA-256); strings are quoted with Java-style
 * escapes for control characters, quotes and backslashes; times as ISO-8601 UTC with the raw
 * FILETIME. The same message always gives the same text, so dumps serve as golden files.
 *
 * <p>Layout: the message's properties, then each {@code recipients[i]} and {@code attachments[i]}
 * with, indented by two spaces, its properties, a {@code clsid} line when its storage has a CLSID,
 * for an attachment its {@code embedded} message (indented by two more) or custom {@code storage},
 * and one {@code extra} line per extra entry of the recipient or attachment; last, one {@code extra}
 * line per extra entry of the message. Below each {@code extra} line the entry is printed as
 * {@code stream "name" [n bytes] hex} or {@code storage "name" clsid UUID} with its children
 * indented.
 */
public final class MessageDump {

  /** The number of bytes printed in full before a value is summarised by size and SHA-256. */
  public static final int MAX_HEX_BYTES = 64;

  private MessageDump() {
  }

  /**
   * Returns the dump of a message.
   *
   * @param message the message
   * @return the text, lines ending in LF
   */
  public static String toText(Message message) {
    StringBuilder sb = new StringBuilder();
    dump(message, sb, "");
    return sb.toString();
  }

  private static void dump(Message m, StringBuilder sb, String indent) {
    properties(m.properties(), sb, indent);
    for (int i = 0; i < m.recipients().size(); i++) {
      Recipient r = m.recipients().get(i);
      sb.append(indent).append("recipients[").append(i).append("]\n");
      properties(r.properties(), sb, indent + "  ");
      storageClassId(r.storageClassId(), sb, indent + "  ");
      extras(r.extraEntries(), sb, indent + "  ");
    }
    for (int i = 0; i < m.attachments().size(); i++) {
      Attachment a = m.attachments().get(i);
      sb.append(indent).append("attachments[").append(i).append("]\n");
      properties(a.properties(), sb, indent + "  ");
      storageClassId(a.storageClassId(), sb, indent + "  ");
      if (a.embeddedMessage().isPresent()) {
        sb.append(indent).append("  embedded\n");
        dump(a.embeddedMessage().get(), sb, indent + "    ");
      }
      if (a.customStorage().isPresent()) {
        entry(a.customStorage().get(), sb, indent + "  ");
      }
      extras(a.extraEntries(), sb, indent + "  ");
    }
    extras(m.extraEntries(), sb, indent);
  }

  private static void storageClassId(UUID classId, StringBuilder sb, String indent) {
    if (!classId.equals(CompoundEntry.Storage.NO_CLASS)) {
      sb.append(indent).append("clsid ").append(classId.toString().toUpperCase(Locale.ROOT)).append('\n');
    }
  }

  private static void extras(List<CompoundEntry> entries, StringBuilder sb, String indent) {
    for (CompoundEntry e : entries) {
      sb.append(indent).append("extra\n");
      entry(e, sb, indent + "  ");
    }
  }

  private static void entry(CompoundEntry e, StringBuilder sb, String indent) {
    if (e instanceof CompoundEntry.Stream s) {
      sb.append(indent).append("stream ").append(quote(s.name())).append(' ').append(bytes(s.data())).append('\n');
    } else if (e instanceof CompoundEntry.Storage st) {
      sb.append(indent).append("storage ").append(quote(st.name())).append(" clsid ")
          .append(st.classId().toString().toUpperCase(Locale.ROOT)).append('\n');
      for (CompoundEntry c : st.children()) {
        entry(c, sb, indent + "  ");
      }
    }
  }

  /** Orders keys as documented on the class. */
  public static final Comparator<PropertyKey> KEY_ORDER = (a, b) -> {
    if (a instanceof PropertyKey.Tagged ta && b instanceof PropertyKey.Tagged tb) {
      return ta.tag().compareTo(tb.tag());
    }
    if (a instanceof PropertyKey.Tagged) {
      return -1;
    }
    if (b instanceof PropertyKey.Tagged) {
      return 1;
    }
    PropertyKey.Named na = (PropertyKey.Named) a;
    PropertyKey.Named nb = (PropertyKey.Named) b;
    int c = na.id().set().guidText().compareTo(nb.id().set().guidText());
    if (c != 0) {
      return c;
    }
    if (na.id() instanceof NamedPropertyId.ByLid la && nb.id() instanceof NamedPropertyId.ByLid lb) {
      c = Integer.compareUnsigned(la.lid(), lb.lid());
    } else if (na.id() instanceof NamedPropertyId.ByLid) {
      c = -1;
    } else if (nb.id() instanceof NamedPropertyId.ByLid) {
      c = 1;
    } else {
      c = ((NamedPropertyId.ByName) na.id()).name().compareTo(((NamedPropertyId.ByName) nb.id()).name());
    }
    return c != 0 ? c : Integer.compare(na.type().code(), nb.type().code());
  };

  private static void properties(PropertyBag bag, StringBuilder sb, String indent) {
    List<Map.Entry<PropertyKey, PropertyValue>> entries = new ArrayList<>(bag.asMap().entrySet());
    entries.sort(Map.Entry.comparingByKey(KEY_ORDER));
    for (Map.Entry<PropertyKey, PropertyValue> e : entries) {
      PropertyKey k = e.getKey();
      String name = KnownProperties.find(k).map(d -> d.canonicalName()).orElse("");
      sb.append(indent);
      if (!name.isEmpty()) {
        sb.append(name).append(' ');
      }
      sb.append(k instanceof PropertyKey.Named n ? n.id().toString() : k.toString())
          .append(' ').append(k.type().specName()).append(" = ").append(value(e.getValue())).append('\n');
    }
  }

  /**
   * Returns the text form of one value as used in dumps.
   *
   * @param v the value
   * @return for example {@code "abc"}, {@code 0x00000001 (1)}, {@code 2024-01-01T00:00:00Z (FILETIME 0x...)}
   */
  public static String value(PropertyValue v) {
    if (v instanceof PropertyValue.Text t) {
      return quote(t.value());
    }
    if (v instanceof PropertyValue.String8 s) {
      return quote(s.text()) + " (cp" + s.codePage() + ", bytes " + s.bytes().hex() + ")";
    }
    if (v instanceof PropertyValue.Int32 i) {
      return String.format(Locale.ROOT, "0x%08X (%d)", i.value(), i.value());
    }
    if (v instanceof PropertyValue.Int16 i) {
      return String.format(Locale.ROOT, "0x%04X (%d)", i.value(), i.value());
    }
    if (v instanceof PropertyValue.Int64 i) {
      return String.format(Locale.ROOT, "0x%016X (%d)", i.value(), i.value());
    }
    if (v instanceof PropertyValue.Bool b) {
      return Boolean.toString(b.value());
    }
    if (v instanceof PropertyValue.Time t) {
      return t.instant() + String.format(Locale.ROOT, " (FILETIME 0x%016X)", t.fileTime());
    }
    if (v instanceof PropertyValue.Binary b) {
      return bytes(b.value());
    }
    if (v instanceof PropertyValue.Guid g) {
      return "{" + g.value().toString().toUpperCase(Locale.ROOT) + "}";
    }
    if (v instanceof PropertyValue.Multi m) {
      List<String> parts = new ArrayList<>();
      for (PropertyValue e : m.values()) {
        parts.add(value(e));
      }
      return "[" + String.join(", ", parts) + "]";
    }
    if (v instanceof PropertyValue.Unparsed u) {
      return "UNPARSED " + bytes(u.raw()) + " (" + u.reason() + ")";
    }
    if (v instanceof PropertyValue.Float32 f) {
      return Float.toString(f.value()) + String.format(Locale.ROOT, " (bits 0x%08X)", Float.floatToRawIntBits(f.value()));
    }
    if (v instanceof PropertyValue.Float64 f) {
      return Double.toString(f.value()) + String.format(Locale.ROOT, " (bits 0x%016X)", Double.doubleToRawLongBits(f.value()));
    }
    if (v instanceof PropertyValue.FloatingTime f) {
      return Double.toString(f.value()) + String.format(Locale.ROOT, " (bits 0x%016X)", Double.doubleToRawLongBits(f.value()));
    }
    if (v instanceof PropertyValue.Currency c) {
      return c.tenThousandths() + "/10000";
    }
    if (v instanceof PropertyValue.ErrorCode ec) {
      return String.format(Locale.ROOT, "error 0x%08X", ec.value());
    }
    return v.toString();
  }

  private static String bytes(Bytes b) {
    if (b.size() <= MAX_HEX_BYTES) {
      return "[" + b.size() + " bytes] " + b.hex();
    }
    return "[" + b.size() + " bytes] sha256 " + b.sha256Hex();
  }

  /**
   * Quotes text with Java-style escapes for {@code "}, {@code \} and control characters.
   *
   * @param s the text
   * @return the quoted text
   */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) && !validSurrogate(s, i)) {
            sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
