package org.xms4j.msg.check;

import static org.xms4j.msg.internal.PropertyStream.FIXED_TYPES;
import static org.xms4j.msg.internal.PropertyStream.MULTI_FIXED_TYPES;
import static org.xms4j.msg.internal.PropertyStream.MULTI_VARIABLE_TYPES;
import static org.xms4j.msg.internal.PropertyStream.OBJECT_TYPE;
import static org.xms4j.msg.internal.PropertyStream.VARIABLE_TYPES;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.xms4j.mapi.Bytes;
import org.xms4j.msg.check.MsgStructure.Node;
import org.xms4j.msg.check.MsgStructure.ObjectKind;
import org.xms4j.msg.check.MsgStructure.ObjectStorage;
import org.xms4j.msg.check.MsgStructure.Problem;
import org.xms4j.msg.check.MsgStructure.PropertyEntry;
import org.xms4j.msg.check.MsgStructure.PropertyStream;
import org.xms4j.msg.check.MsgStructure.ValueStream;
import org.xms4j.msg.internal.CfbNames;
import org.xms4j.msg.internal.NameIndex;
import org.xms4j.validation.Reporter;

/** The property-stream and value-stream rules XMS-R101 to XMS-R111, XMS-R121 and XMS-R122 ([MS-OXMSG] 2.1 and 2.4). */
final class PropertyStreamChecks {

  private static final String SUBSTG_UPPER = CfbNames.SUBSTG_PREFIX.toUpperCase(Locale.ROOT);
  private static final int STORE_SUPPORT_MASK = 0x340D0003;
  private static final int STORE_UNICODE_OK = 0x00040000;
  private static final int MAX_LISTED = 10;

  private PropertyStreamChecks() {
  }

  /** Returns the property stream of an object when it could be read. */
  private static Optional<PropertyStream> readable(ObjectStorage o) {
    return o.propertyStream().filter(p -> p.error().isEmpty());
  }

  // ------------------------------------------------------------------ XMS-R101

  static void propertyStreamPresent(MsgStructure s, Reporter r) {
    Set<String> objectPaths = new HashSet<>();
    for (ObjectStorage o : s.objects()) {
      objectPaths.add(o.path());
      String ps = o.childPath(CfbNames.PROPERTIES);
      if (o.error().isPresent()) {
        r.report(Where.at(s, o.path()), "expected the entries of the " + Where.kind(o.kind())
            + " storage to be readable, the container could not list them: " + o.error().get());
      }
      Optional<Node> n = o.childIgnoreCase(CfbNames.PROPERTIES);
      if (n.isEmpty()) {
        if (o.error().isEmpty()) {
          r.report(Where.at(s, ps), "expected a property stream " + CfbNames.PROPERTIES + " in the "
              + Where.kind(o.kind()) + " storage " + o.path() + ", found none");
        }
        continue;
      }
      if (n.get().storage()) {
        r.report(Where.at(s, n.get().path()), "expected " + CfbNames.PROPERTIES + " to be a stream, found a storage");
        continue;
      }
      PropertyStream p = o.propertyStream().orElseThrow();
      if (p.error().isPresent()) {
        r.report(Where.at(s, p.path()), "expected a readable property stream of " + p.sizeInBytes()
            + " bytes, was not readable: " + p.error().get());
      } else if (p.headerSizeInBytes() < 0) {
        long after = p.sizeInBytes() - p.expectedHeaderSizeInBytes();
        r.report(Where.at(s, p.path()), "expected a " + p.expectedHeaderSizeInBytes() + "-byte header ("
            + Where.kind(o.kind()) + ") followed by whole 16-byte entries, was " + p.sizeInBytes() + " bytes"
            + (after >= 0 ? " (" + after + " after the header, " + (after % 16) + " more than whole entries)"
                : ", shorter than the header"));
      }
    }
    for (Problem pr : s.problems()) {
      if (!objectPaths.contains(pr.path())) {
        r.report(Where.at(s, pr.path()), "expected the whole storage tree to be readable, " + pr.reason());
      }
    }
  }

  // ------------------------------------------------------------------ XMS-R102

  static void oneEntryPerProperty(MsgStructure s, Reporter r) {
    for (ObjectStorage o : s.objects()) {
      Optional<PropertyStream> p = readable(o);
      if (p.isEmpty()) {
        continue;
      }
      Map<Integer, List<PropertyEntry>> byId = new TreeMap<>();
      Set<Integer> tags = new HashSet<>();
      for (PropertyEntry e : p.get().entries()) {
        byId.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
        tags.add(e.tag());
      }
      for (Map.Entry<Integer, List<PropertyEntry>> g : byId.entrySet()) {
        if (g.getValue().size() > 1) {
          List<String> where = new ArrayList<>();
          for (PropertyEntry e : g.getValue()) {
            where.add(Where.hex(e.tag()) + " at offset " + e.offsetInBytes());
          }
          r.report(Where.at(s, p.get().path()), "expected one entry for property id " + Where.hex4(g.getKey())
              + ", found " + g.getValue().size() + ": " + String.join(", ", where));
        }
      }
      Map<Integer, List<Node>> orphans = new TreeMap<>();
      for (Node n : o.children()) {
        String upper = n.name().toUpperCase(Locale.ROOT);
        if (!upper.startsWith(SUBSTG_UPPER) || upper.length() < SUBSTG_UPPER.length() + 8) {
          continue;
        }
        String rest = upper.substring(SUBSTG_UPPER.length());
        boolean single = rest.length() == 8;
        boolean indexed = rest.length() == 17 && rest.charAt(8) == '-' && StructureReader.hexIndex(rest.substring(9)) >= 0;
        long tag = hexTag(rest.substring(0, 8));
        if (tag < 0 || !(single || indexed)) {
          continue;
        }
        if (n.storage() && !(single && o.kind() == ObjectKind.ATTACHMENT && (int) tag == 0x3701000D)) {
          continue;
        }
        if (!tags.contains((int) tag)) {
          orphans.computeIfAbsent((int) tag, k -> new ArrayList<>()).add(n);
        }
      }
      for (Map.Entry<Integer, List<Node>> g : orphans.entrySet()) {
        Node first = g.getValue().get(0);
        String what = first.storage() ? "storage" : g.getValue().size() == 1 ? "value stream"
            : g.getValue().size() + " value streams, first";
        r.report(Where.at(s, first.path()), "expected an entry for property " + Where.tag(g.getKey())
            + " in the property stream, as its " + what + " " + first.name() + " is present; found none");
      }
    }
  }

  /** Parses 8 hex digits of either case as a tag; -1 when not hex. */
  static long hexTag(String hex) {
    if (hex.length() != 8) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < 8; i++) {
      int d = Character.digit(hex.charAt(i), 16);
      if (d < 0) {
        return -1;
      }
      v = v << 4 | d;
    }
    return v;
  }

  // ------------------------------------------------------------------ XMS-R103

  static void headerSize(MsgStructure s, Reporter r) {
    for (ObjectStorage o : s.objects()) {
      Optional<PropertyStream> op = readable(o);
      if (op.isEmpty() || op.get().headerSizeInBytes() < 0) {
        continue;
      }
      PropertyStream p = op.get();
      int expected = p.expectedHeaderSizeInBytes();
      if (p.headerSizeInBytes() != expected) {
        r.report(Where.at(s, p.path()), "expected a " + expected + "-byte header (" + Where.kind(o.kind())
            + "), found a " + p.headerSizeInBytes() + "-byte header: the stream has " + p.sizeInBytes()
            + " bytes, " + p.headerSizeInBytes() + " plus " + (p.sizeInBytes() - p.headerSizeInBytes()) / 16
            + " whole 16-byte entries");
        continue;
      }
      byte[] h = p.header().toByteArray();
      reserved(s, r, p, h, 0, 8);
      if (o.kind() == ObjectKind.MESSAGE) {
        reserved(s, r, p, h, 24, 32);
      }
    }
  }

  private static void reserved(MsgStructure s, Reporter r, PropertyStream p, byte[] h, int from, int to) {
    for (int i = from; i < to && i < h.length; i++) {
      if (h[i] != 0) {
        r.report(Where.at(s, p.path()), "expected reserved header bytes " + from + " to " + (to - 1)
            + " to be 0, were " + Where.bytes(h, from, Math.min(to, h.length)));
        return;
      }
    }
  }

  // ------------------------------------------------------------------ XMS-R104, XMS-R105

  /** Counts the recipient (or attachment) storages of a message storage, well named or not. */
  static int storages(ObjectStorage o, String prefix) {
    String lower = prefix.toLowerCase(Locale.ROOT);
    int n = 0;
    for (Node c : o.children()) {
      if (c.storage() && c.name().toLowerCase(Locale.ROOT).startsWith(lower)) {
        n++;
      }
    }
    return n;
  }

  private static final String RECIP = "__recip_version1.0_";
  private static final String ATTACH = "__attach_version1.0_";

  static void nextIdsZero(MsgStructure s, Reporter r) {
    ObjectStorage top = s.objects().get(0);
    Optional<MsgStructure.Counts> c = readable(top).flatMap(PropertyStream::counts);
    if (c.isEmpty()) {
      return;
    }
    String path = top.childPath(CfbNames.PROPERTIES);
    if (storages(top, RECIP) == 0 && c.get().nextRecipientId() != 0) {
      r.report(Where.at(s, path), "expected Next Recipient ID 0x00000000 as the file has no recipient storages, was "
          + Where.hex(c.get().nextRecipientId()));
    }
    if (storages(top, ATTACH) == 0 && c.get().nextAttachmentId() != 0) {
      r.report(Where.at(s, path), "expected Next Attachment ID 0x00000000 as the file has no attachment storages, "
          + "was " + Where.hex(c.get().nextAttachmentId()));
    }
  }

  static void counts(MsgStructure s, Reporter r) {
    for (ObjectStorage o : s.objects()) {
      if (!o.kind().isMessage()) {
        continue;
      }
      Optional<PropertyStream> p = readable(o);
      Optional<MsgStructure.Counts> c = p.flatMap(PropertyStream::counts);
      if (c.isEmpty()) {
        continue;
      }
      int recips = storages(o, RECIP);
      int atts = storages(o, ATTACH);
      if (c.get().recipientCount() != recips) {
        r.report(Where.at(s, p.get().path()), "expected Recipient Count " + recips + " (the recipient storages of the "
            + Where.kind(o.kind()) + "), was " + c.get().recipientCount());
      }
      if (c.get().attachmentCount() != atts) {
        r.report(Where.at(s, p.get().path()), "expected Attachment Count " + atts + " (the attachment storages of the "
            + Where.kind(o.kind()) + "), was " + c.get().attachmentCount());
      }
    }
  }

  // ------------------------------------------------------------------ XMS-R106

  /** Returns the data size of a fixed-length type inside the 8-byte value field, per [MS-OXCDATA] 2.11.1. */
  static int fixedDataSize(int type) {
    switch (type) {
      case 0x0002:
        return 2;
      case 0x000B:
        return 1;
      case 0x0003:
      case 0x0004:
      case 0x000A:
        return 4;
      default:
        return 8;
    }
  }

  static void fixedPadding(MsgStructure s, Reporter r) {
    for (ObjectStorage o : s.objects()) {
      Optional<PropertyStream> p = readable(o);
      if (p.isEmpty()) {
        continue;
      }
      for (PropertyEntry e : p.get().entries()) {
        if (!FIXED_TYPES.contains(e.typeCode())) {
          continue;
        }
        int size = fixedDataSize(e.typeCode());
        byte[] v = e.valueBytes();
        for (int i = size; i < 8; i++) {
          if (v[i] != 0) {
            r.report(Where.at(s, p.get().path()), "expected padding bytes " + size + " to 7 of the value of "
                + Where.tag(e.tag()) + " (entry at offset " + e.offsetInBytes() + ") to be 0, were "
                + Where.bytes(v, size, 8));
            break;
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------ XMS-R107

  static void sizeFields(MsgStructure s, Reporter r) {
    for (ObjectStorage o : s.objects()) {
      Optional<PropertyStream> p = readable(o);
      if (p.isEmpty()) {
        continue;
      }
      for (PropertyEntry e : p.get().entries()) {
        int t = e.typeCode();
        String at = " (entry at offset " + e.offsetInBytes() + ")";
        if (t == OBJECT_TYPE) {
          if (e.sizeField() != 0xFFFFFFFFL) {
            r.report(Where.at(s, p.get().path()), "expected size field 0xFFFFFFFF for the PtypObject entry "
                + Where.tag(e.tag()) + at + ", was " + Where.hex(e.sizeField()));
          }
          continue;
        }
        boolean variable = VARIABLE_TYPES.contains(t) || MULTI_FIXED_TYPES.contains(t)
            || MULTI_VARIABLE_TYPES.contains(t);
        if (!variable || e.valueStream().isEmpty()) {
          continue;
        }
        ValueStream v = e.valueStream().get();
        long expected = v.sizeInBytes() + (t == 0x001F ? 2 : t == 0x001E ? 1 : 0);
        if (e.sizeField() == expected) {
          continue;
        }
        String rule = t == 0x001F ? "stream size " + v.sizeInBytes() + " + 2 for PtypString"
            : t == 0x001E ? "stream size " + v.sizeInBytes() + " + 1 for PtypString8"
            : MULTI_VARIABLE_TYPES.contains(t) ? "the size of the length stream" : "the stream size";
        String note = "";
        if ((t == 0x001F || t == 0x001E) && storedTerminator(v, t)) {
          note = "; the stream ends with a stored NUL terminator";
        }
        r.report(Where.at(s, p.get().path()), "expected size field " + Where.hex(expected) + " (" + rule + ") for "
            + Where.tag(e.tag()) + at + ", was " + Where.hex(e.sizeField()) + note);
      }
    }
  }

  /** Tells whether a string stream ends with a terminator (00 00 at an even length, or 00 for PtypString8). */
  static boolean storedTerminator(ValueStream v, int type) {
    Bytes tail = v.tail();
    if (type == 0x001F || type == 0x101F) {
      return tail.size() == 2 && v.sizeInBytes() % 2 == 0 && tail.byteAt(0) == 0 && tail.byteAt(1) == 0;
    }
    return tail.size() >= 1 && tail.byteAt(tail.size() - 1) == 0;
  }

  // ------------------------------------------------------------------ XMS-R108

  static void noEmptyStrings(MsgStructure s, Reporter r) {
    for (ObjectStorage o : s.objects()) {
      for (PropertyEntry e : o.entries()) {
        int t = e.typeCode();
        if ((t != 0x001F && t != 0x001E) || e.valueStream().isEmpty()) {
          continue;
        }
        ValueStream v = e.valueStream().get();
        String type = t == 0x001F ? "PtypString" : "PtypString8";
        if (v.sizeInBytes() == 0) {
          r.report(Where.at(s, v.path()), "expected a " + type + " value of at least one character for "
              + Where.tag(e.tag()) + ", found a zero-length stream " + v.name());
        } else if (v.sizeInBytes() == (t == 0x001F ? 2 : 1) && storedTerminator(v, t)) {
          r.report(Where.at(s, v.path()), "expected a " + type + " value of at least one character for "
              + Where.tag(e.tag()) + ", found a stream " + v.name() + " holding only a NUL terminator");
        }
      }
    }
  }

  // ------------------------------------------------------------------ XMS-R121

  /**
   * A PtypString value is UTF-16LE, two bytes per code unit, so its stream has an even size. The
   * values of PtypMultipleString end with a NUL terminator at an even length, checked by XMS-R111.
   */
  static void unicodeStringLength(MsgStructure s, Reporter r) {
    for (ObjectStorage o : s.objects()) {
      for (PropertyEntry e : o.entries()) {
        if (e.typeCode() != 0x001F || e.valueStream().isEmpty()) {
          continue;
        }
        ValueStream v = e.valueStream().get();
        if (v.sizeInBytes() % 2 != 0) {
          r.report(Where.at(s, v.path()), "expected the PtypString value of " + Where.tag(e.tag())
              + " as UTF-16LE, an even number of bytes, found a stream " + v.name() + " of " + v.sizeInBytes()
              + " bytes");
        }
      }
    }
  }

  // ------------------------------------------------------------------ XMS-R122

  /**
   * The high four bytes of the PtypObject entry of an attachment: 0x00000001 under afEmbeddedMessage,
   * 0x00000004 under afStorage. Other attach methods, or none, put no constraint on it.
   */
  static void objectEntryReserved(MsgStructure s, Reporter r) {
    for (ObjectStorage o : s.objects()) {
      Optional<PropertyStream> p = readable(o);
      OptionalInt method = o.attachMethod();
      if (p.isEmpty() || o.kind() != ObjectKind.ATTACHMENT || method.isEmpty()) {
        continue;
      }
      long expected = method.getAsInt() == 5 ? 0x00000001L : method.getAsInt() == 6 ? 0x00000004L : -1;
      if (expected < 0) {
        continue;
      }
      for (PropertyEntry e : p.get().entries()) {
        long reserved = e.value() >>> 32;
        if (e.tag() == 0x3701000D && reserved != expected) {
          r.report(Where.at(s, p.get().path()), "expected Reserved " + Where.hex(expected) + " in the PtypObject entry "
              + Where.tag(e.tag()) + " (entry at offset " + e.offsetInBytes() + ") of an attachment with "
              + "PidTagAttachMethod " + (expected == 1 ? "afEmbeddedMessage (5)" : "afStorage (6)") + ", was "
              + Where.hex(reserved));
        }
      }
    }
  }

  // ------------------------------------------------------------------ XMS-R109

  static void valueStreamNames(MsgStructure s, Reporter r) {
    for (ObjectStorage o : s.objects()) {
      if (readable(o).isEmpty()) {
        continue;
      }
      Set<String> matched = new HashSet<>();
      NameIndex<Node> names = NameIndex.of(o.children(), Node::name);
      for (PropertyEntry e : o.entries()) {
        int t = e.typeCode();
        boolean variable = VARIABLE_TYPES.contains(t) || MULTI_FIXED_TYPES.contains(t)
            || MULTI_VARIABLE_TYPES.contains(t);
        e.valueStream().ifPresent(v -> matched.add(v.path()));
        e.valueStreams().forEach(v -> matched.add(v.path()));
        if (!variable) {
          continue;
        }
        String expected = e.expectedStreamName();
        if (e.valueStream().isEmpty()) {
          Node other = names.anyCase(expected);
          r.report(Where.at(s, o.childPath(expected)), "expected the value of " + Where.tag(e.tag())
              + " in a stream " + expected + ", found " + (other != null ? "a storage " + other.name() : "none"));
        } else if (!e.valueStream().get().name().equals(expected)) {
          r.report(Where.at(s, e.valueStream().get().path()), "expected the value of " + Where.tag(e.tag())
              + " in a stream named " + expected + " (upper-case hex), found " + e.valueStream().get().name());
        }
      }
      for (Node n : o.children()) {
        if (matched.contains(n.path()) || n.name().equals(CfbNames.ATTACH_OBJECT)) {
          continue;
        }
        String name = n.name();
        if (!name.toUpperCase(Locale.ROOT).startsWith(SUBSTG_UPPER)) {
          continue;
        }
        String rest = name.substring(SUBSTG_UPPER.length());
        String tagPart = rest.length() >= 8 ? rest.substring(0, 8) : rest;
        boolean ok = name.startsWith(CfbNames.SUBSTG_PREFIX) && tagPart.length() == 8 && upperHex(tagPart)
            && (rest.length() == 8 || rest.length() == 17 && rest.charAt(8) == '-');
        if (!ok) {
          r.report(Where.at(s, n.path()), "expected a value stream name " + CfbNames.SUBSTG_PREFIX
              + " followed by the tag in 8 upper-case hex digits, found " + (n.storage() ? "a storage " : "") + name);
        }
      }
    }
  }

  static boolean upperHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ XMS-R110

  static void unicodeConsistent(MsgStructure s, Reporter r) {
    for (ObjectStorage m : s.objects()) {
      if (!m.kind().isMessage()) {
        continue;
      }
      Optional<PropertyEntry> mask = m.entry(STORE_SUPPORT_MASK);
      boolean unicode = mask.isPresent() && (mask.get().value() & STORE_UNICODE_OK) != 0;
      String because = mask.isEmpty() ? "the " + Where.kind(m.kind()) + " has no PidTagStoreSupportMask"
          : "PidTagStoreSupportMask of the " + Where.kind(m.kind()) + " is " + Where.hex(mask.get().value())
              + (unicode ? ", with" : ", without") + " STORE_UNICODE_OK (0x00040000)";
      for (ObjectStorage o : s.objects()) {
        boolean inScope = o == m || !o.kind().isMessage() && Where.parent(o.path()).equals(m.path());
        if (!inScope) {
          continue;
        }
        Optional<PropertyStream> p = readable(o);
        if (p.isEmpty()) {
          continue;
        }
        List<String> wrong = new ArrayList<>();
        for (PropertyEntry e : p.get().entries()) {
          int t = e.typeCode();
          boolean bad = unicode ? t == 0x001E || t == 0x101E : t == 0x001F || t == 0x101F;
          if (bad) {
            wrong.add(Where.hex(e.tag()));
          }
        }
        if (!wrong.isEmpty()) {
          String list = String.join(", ", wrong.subList(0, Math.min(MAX_LISTED, wrong.size())))
              + (wrong.size() > MAX_LISTED ? " and " + (wrong.size() - MAX_LISTED) + " more" : "");
          r.report(Where.at(s, p.get().path()), "expected only " + (unicode ? "PtypString (0x001F)" : "PtypString8 (0x001E)")
              + " string properties as " + because + ", found " + wrong.size() + " "
              + (unicode ? "PtypString8" : "PtypString") + " properties: " + list);
        }
      }
    }
  }

  // ------------------------------------------------------------------ XMS-R111

  /** The element size of a fixed-length multi-valued type. */
  static int elementSize(int type) {
    switch (type) {
      case 0x1002:
        return 2;
      case 0x1003:
      case 0x1004:
        return 4;
      case 0x1048:
        return 16;
      default:
        return 8;
    }
  }

  static void multiValued(MsgStructure s, Reporter r) {
    for (ObjectStorage o : s.objects()) {
      Map<String, List<Node>> numbered = null;
      for (PropertyEntry e : o.entries()) {
        int t = e.typeCode();
        if (MULTI_FIXED_TYPES.contains(t)) {
          if (numbered == null) {
            numbered = numberedEntries(o);
          }
          fixedMulti(s, r, numbered, e);
        } else if (MULTI_VARIABLE_TYPES.contains(t)) {
          variableMulti(s, r, e);
        }
      }
    }
  }

  /**
   * The entries of a storage named like a value stream name ({@code __substg1.0_} and 8 characters)
   * followed by {@code -} and anything, by that value stream name upper-cased, in name order.
   */
  private static Map<String, List<Node>> numberedEntries(ObjectStorage o) {
    int dash = CfbNames.SUBSTG_PREFIX.length() + 8;
    Map<String, List<Node>> out = new HashMap<>();
    for (Node n : o.children()) {
      if (n.name().length() > dash && n.name().charAt(dash) == '-') {
        out.computeIfAbsent(CfbNames.upperCase(n.name().substring(0, dash)), k -> new ArrayList<>()).add(n);
      }
    }
    return out;
  }

  private static void fixedMulti(MsgStructure s, Reporter r, Map<String, List<Node>> numbered, PropertyEntry e) {
    int unit = elementSize(e.typeCode());
    e.valueStream().ifPresent(v -> {
      if (v.sizeInBytes() % unit != 0) {
        r.report(Where.at(s, v.path()), "expected the values of " + Where.tag(e.tag()) + " as " + unit
            + "-byte elements in one stream, found a stream of " + v.sizeInBytes() + " bytes, not a multiple of "
            + unit);
      }
    });
    for (Node n : numbered.getOrDefault(CfbNames.upperCase(e.expectedStreamName()), List.of())) {
      r.report(Where.at(s, n.path()), "expected all values of the fixed-length multi-valued " + Where.tag(e.tag())
          + " in the one stream " + e.expectedStreamName() + ", found a value stream " + n.name());
    }
  }

  private static void variableMulti(MsgStructure s, Reporter r, PropertyEntry e) {
    if (e.valueStream().isEmpty()) {
      return;
    }
    ValueStream ls = e.valueStream().get();
    if (ls.content().isEmpty()) {
      r.report(Where.at(s, ls.path()), "expected a readable length stream for " + Where.tag(e.tag()) + ", was not: "
          + ls.error().orElse("not read"));
      return;
    }
    int t = e.typeCode();
    int unit = t == 0x1102 ? 8 : 4;
    byte[] lens = ls.content().get().toByteArray();
    if (lens.length % unit != 0) {
      r.report(Where.at(s, ls.path()), "expected " + unit + "-byte length entries in the length stream of "
          + Where.tag(e.tag()) + ", found " + lens.length + " bytes, not a multiple of " + unit);
    }
    int count = lens.length / unit;
    ByteBuffer b = ByteBuffer.wrap(lens).order(ByteOrder.LITTLE_ENDIAN);
    Map<Integer, ValueStream> byIndex = new LinkedHashMap<>();
    for (ValueStream v : e.valueStreams()) {
      byIndex.putIfAbsent(v.index(), v);
    }
    for (int i = 0; i < count; i++) {
      String expected = e.expectedStreamName() + String.format(Locale.ROOT, "-%08X", i);
      ValueStream v = byIndex.get(i);
      long declared = Integer.toUnsignedLong(b.getInt(i * unit));
      if (v == null) {
        r.report(Where.at(s, Where.parent(ls.path()) + "/" + expected), "expected value stream " + expected
            + " for value " + i + " of the " + count + " values of " + Where.tag(e.tag()) + ", found none");
        continue;
      }
      if (!v.name().equals(expected)) {
        r.report(Where.at(s, v.path()), "expected the value stream name " + expected + " (upper-case hex), found "
            + v.name());
      }
      if (declared != v.sizeInBytes()) {
        r.report(Where.at(s, ls.path()), "expected length entry " + i + " of " + Where.tag(e.tag())
            + " to equal the size of " + v.name() + ", " + Where.hex(v.sizeInBytes()) + ", was " + Where.hex(declared));
      }
      if (unit == 8 && b.getInt(i * 8 + 4) != 0) {
        r.report(Where.at(s, ls.path()), "expected the reserved 4 bytes of length entry " + i + " of "
            + Where.tag(e.tag()) + " to be 0, were " + Where.bytes(lens, i * 8 + 4, i * 8 + 8));
      }
      if (t != 0x1102 && v.error().isEmpty() && !storedTerminator(v, t)) {
        r.report(Where.at(s, v.path()), "expected value " + i + " of " + Where.tag(e.tag()) + " to end with a NUL "
            + "terminator" + (t == 0x101F ? " (00 00, at an even length)" : " (00)") + ", found "
            + (v.sizeInBytes() == 0 ? "an empty stream" : v.sizeInBytes() + " bytes ending "
                + Where.bytes(v.tail().toByteArray(), 0, v.tail().size())));
      }
    }
    for (ValueStream v : e.valueStreams()) {
      if (v.index() >= count) {
        r.report(Where.at(s, v.path()), "expected " + count + " value streams for " + Where.tag(e.tag())
            + " (indexes 0 to " + (count - 1) + " from its length stream), found " + v.name());
      }
    }
  }
}
