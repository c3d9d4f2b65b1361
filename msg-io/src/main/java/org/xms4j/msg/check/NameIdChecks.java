package org.xms4j.msg.check;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertySet;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.msg.check.MsgStructure.NameIdStorage;
import org.xms4j.msg.check.MsgStructure.NamedEntry;
import org.xms4j.msg.check.MsgStructure.Node;
import org.xms4j.msg.check.MsgStructure.ObjectKind;
import org.xms4j.msg.check.MsgStructure.ObjectStorage;
import org.xms4j.msg.check.MsgStructure.PropertyEntry;
import org.xms4j.msg.internal.CfbNames;
import org.xms4j.msg.internal.NamedPropertyMapCodec;
import org.xms4j.path.MessagePath;
import org.xms4j.validation.Reporter;

/** The named property mapping rules XMS-R116 to XMS-R120 and OUTLOOK-R002 ([MS-OXMSG] 2.2.3). */
final class NameIdChecks {

  private static final int MAX_LISTED = 10;

  private NameIdChecks() {
  }

  // ------------------------------------------------------------------ XMS-R116

  static void oneTopLevelNameId(MsgStructure s, Reporter r) {
    List<Node> top = new ArrayList<>();
    for (Node n : s.objects().get(0).children()) {
      if (n.name().equalsIgnoreCase(CfbNames.NAMEID)) {
        top.add(n);
      }
    }
    if (top.isEmpty()) {
      r.report(MessagePath.ROOT, "expected exactly one named property mapping storage " + CfbNames.NAMEID
          + " at the top level, found none");
    } else if (top.size() > 1) {
      r.report(MessagePath.ROOT, "expected exactly one named property mapping storage " + CfbNames.NAMEID
          + " at the top level, found " + top.size());
    } else if (!top.get(0).storage()) {
      r.report(Where.at(s, top.get(0).path()), "expected " + CfbNames.NAMEID + " to be a storage, found a stream");
    }
    java.util.Set<String> embedded = new java.util.HashSet<>();
    for (ObjectStorage o : s.objects()) {
      if (o.kind() == ObjectKind.EMBEDDED_MESSAGE) {
        embedded.add(o.path());
      }
    }
    for (Node n : s.nodes()) {
      String parent = n.parentPath();
      if (n.depth() > 1 && n.name().equalsIgnoreCase(CfbNames.NAMEID) && !embedded.contains(parent)) {
        r.report(Where.at(s, n.path()), "expected the named property mapping storage only at the top level, found "
            + (n.storage() ? "a storage " : "a stream ") + n.path());
      }
    }
  }

  // ------------------------------------------------------------------ OUTLOOK-R002

  static void nameIdStreamsPresent(MsgStructure s, Reporter r) {
    Optional<NameIdStorage> ns = s.nameId();
    if (ns.isEmpty()) {
      return;
    }
    for (String name : List.of(CfbNames.NAMEID_GUID, CfbNames.NAMEID_ENTRY, CfbNames.NAMEID_STRING)) {
      boolean present = ns.get().children().stream().anyMatch(n -> !n.storage() && n.name().equalsIgnoreCase(name));
      if (!present) {
        r.report(Where.at(s, ns.get().path() + "/" + name), "expected the " + streamRole(name) + " stream " + name
            + " in " + CfbNames.NAMEID + ", even when empty; found none");
      }
    }
  }

  private static String streamRole(String name) {
    return name.equals(CfbNames.NAMEID_GUID) ? "GUID" : name.equals(CfbNames.NAMEID_ENTRY) ? "entry" : "string";
  }

  /**
   * Reports the first error met reading one of the three streams of the mapping storage, if any;
   * returns the stream's path.
   */
  private static String checkReadable(MsgStructure s, NameIdStorage n, String streamName, Reporter r) {
    String path = n.path() + "/" + streamName;
    n.errors().stream().filter(p -> p.path().equalsIgnoreCase(path)).findFirst().ifPresent(p ->
        r.report(Where.at(s, path), "expected a readable " + streamRole(streamName) + " stream, was not: "
            + p.reason()));
    return path;
  }

  // ------------------------------------------------------------------ XMS-R117

  static void entryStream(MsgStructure s, Reporter r) {
    Optional<NameIdStorage> ns = s.nameId();
    int count = 0;
    if (ns.isPresent()) {
      NameIdStorage n = ns.get();
      String path = checkReadable(s, n, CfbNames.NAMEID_ENTRY, r);
      if (n.entryStream().isPresent()) {
        Bytes e = n.entryStream().get();
        if (e.size() % 8 != 0) {
          r.report(Where.at(s, path), "expected 8-byte entries, found a stream of " + e.size()
              + " bytes, not a multiple of 8");
        }
        List<NamedEntry> entries = n.entries();
        count = entries.size();
        Map<NamedPropertyId, NamedEntry> seen = new HashMap<>();
        for (NamedEntry ne : entries) {
          if (ne.propertyIndex() != ne.position()) {
            r.report(Where.at(s, path), "expected property index " + ne.position() + " (property id "
                + Where.hex4(ne.propertyId()) + ") in entry " + ne.position() + ", was " + ne.propertyIndex()
                + " (index-and-kind " + Where.hex(ne.indexAndKind()) + ")");
          }
          NamedPropertyId id = identity(n, ne);
          if (id != null) {
            NamedEntry first = seen.putIfAbsent(id, ne);
            if (first != null) {
              r.report(Where.at(s, path), "expected one entry per named property, found entries " + first.position()
                  + " (" + Where.hex4(first.propertyId()) + ") and " + ne.position() + " ("
                  + Where.hex4(ne.propertyId()) + ") both for " + id);
            }
          }
        }
      }
    }
    for (ObjectStorage o : s.objects()) {
      TreeSet<Integer> missing = new TreeSet<>();
      for (PropertyEntry e : o.entries()) {
        if (e.id() >= 0x8000 && e.id() - 0x8000 >= count) {
          missing.add(e.id());
        }
      }
      if (!missing.isEmpty()) {
        List<String> ids = new ArrayList<>();
        for (int id : missing) {
          if (ids.size() == MAX_LISTED) {
            ids.add("and " + (missing.size() - MAX_LISTED) + " more");
            break;
          }
          ids.add(Where.hex4(id));
        }
        r.report(Where.at(s, o.childPath(CfbNames.PROPERTIES)), "expected an entry-stream entry for each named "
            + "property id used, found " + (count == 0 ? "no entries" : count + " entries (ids 0x8000 to "
                + Where.hex4(0x8000 + count - 1) + ")") + " for the ids " + String.join(", ", ids));
      }
    }
  }

  /** Resolves the property set of an entry; null when the GUID index refers to nothing. */
  static @Nullable PropertySet set(NameIdStorage n, NamedEntry e) {
    int gi = e.guidIndex();
    if (gi == NamedPropertyMapCodec.GUID_INDEX_PS_MAPI) {
      return PropertySet.PS_MAPI;
    }
    if (gi == NamedPropertyMapCodec.GUID_INDEX_PS_PUBLIC_STRINGS) {
      return PropertySet.PS_PUBLIC_STRINGS;
    }
    Bytes g = n.guidStream().orElse(Bytes.EMPTY);
    int k = gi - NamedPropertyMapCodec.GUID_INDEX_FIRST_STREAM;
    if (k < 0 || k >= g.size() / 16) {
      return null;
    }
    return new PropertySet(PropertyValue.Guid.fromWireBytes(g.toByteArray(), 16 * k));
  }

  /** Returns the name of a string entry, or null when it cannot be read or is not a valid name. */
  static @Nullable String name(NameIdStorage n, NamedEntry e) {
    Bytes st = n.stringStream().orElse(Bytes.EMPTY);
    long off = Integer.toUnsignedLong(e.nameIdentifierOrStringOffset());
    if (off + 4 > st.size()) {
      return null;
    }
    ByteBuffer b = st.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    long len = Integer.toUnsignedLong(b.getInt((int) off));
    if (len == 0 || len % 2 != 0 || off + 4 + len > st.size()) {
      return null;
    }
    byte[] raw = st.slice((int) off + 4, (int) (off + 4 + len)).toByteArray();
    char[] c = new char[raw.length / 2];
    for (int i = 0; i < c.length; i++) {
      c[i] = (char) ((raw[2 * i] & 0xFF) | (raw[2 * i + 1] & 0xFF) << 8);
    }
    return new String(c);
  }

  /** Resolves the identity of an entry; null when its set or name cannot be resolved. */
  static @Nullable NamedPropertyId identity(NameIdStorage n, NamedEntry e) {
    PropertySet set = set(n, e);
    if (set == null) {
      return null;
    }
    if (e.kind() == 0) {
      return NamedPropertyId.lid(set, e.nameIdentifierOrStringOffset());
    }
    String name = name(n, e);
    return name == null || name.isEmpty() ? null : NamedPropertyId.name(set, name);
  }

  // ------------------------------------------------------------------ XMS-R118

  static void guidStream(MsgStructure s, Reporter r) {
    Optional<NameIdStorage> ns = s.nameId();
    if (ns.isEmpty()) {
      return;
    }
    NameIdStorage n = ns.get();
    String path = checkReadable(s, n, CfbNames.NAMEID_GUID, r);
    Bytes g = n.guidStream().orElse(Bytes.EMPTY);
    if (g.size() % 16 != 0) {
      r.report(Where.at(s, path), "expected 16-byte GUIDs, found a stream of " + g.size()
          + " bytes, not a multiple of 16");
    }
    byte[] gb = g.toByteArray();
    Map<UUID, Integer> seen = new HashMap<>();
    for (int i = 0; i < gb.length / 16; i++) {
      UUID u = PropertyValue.Guid.fromWireBytes(gb, 16 * i);
      if (u.equals(PropertySet.PS_MAPI.guid()) || u.equals(PropertySet.PS_PUBLIC_STRINGS.guid())) {
        r.report(Where.at(s, path), "expected neither PS_MAPI nor PS_PUBLIC_STRINGS in the GUID stream (they have "
            + "the fixed GUID indexes 1 and 2), found " + Where.guid(u) + " at GUID index " + (i + 3));
      }
      Integer first = seen.putIfAbsent(u, i);
      if (first != null) {
        r.report(Where.at(s, path), "expected each GUID once, found " + Where.guid(u) + " at GUID indexes "
            + (first + 3) + " and " + (i + 3));
      }
    }
    int count = gb.length / 16;
    String entryPath = n.path() + "/" + CfbNames.NAMEID_ENTRY;
    for (NamedEntry e : n.entries()) {
      int gi = e.guidIndex();
      if (gi == 0 || gi >= 3 + count) {
        r.report(Where.at(s, entryPath), "expected GUID index 1 (PS_MAPI), 2 (PS_PUBLIC_STRINGS)"
            + (count > 0 ? " or 3 to " + (2 + count) + " (the GUID stream)" : "") + " in entry " + e.position()
            + " (" + Where.hex4(e.propertyId()) + "), was " + gi);
      }
    }
  }

  // ------------------------------------------------------------------ XMS-R119

  static void stringStream(MsgStructure s, Reporter r) {
    Optional<NameIdStorage> ns = s.nameId();
    if (ns.isEmpty()) {
      return;
    }
    NameIdStorage n = ns.get();
    String path = checkReadable(s, n, CfbNames.NAMEID_STRING, r);
    Bytes st = n.stringStream().orElse(Bytes.EMPTY);
    ByteBuffer b = st.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    for (NamedEntry e : n.entries()) {
      if (e.kind() != 1) {
        continue;
      }
      String which = "the name of entry " + e.position() + " (" + Where.hex4(e.propertyId()) + ")";
      long off = Integer.toUnsignedLong(e.nameIdentifierOrStringOffset());
      if (n.stringStream().isEmpty()) {
        r.report(Where.at(s, path), "expected " + which + " in the string stream, found no string stream");
        continue;
      }
      if (off % 4 != 0) {
        r.report(Where.at(s, path), "expected " + which + " at a 4-byte boundary, found offset " + Where.hex(off));
      }
      if (off + 4 > st.size()) {
        r.report(Where.at(s, path), "expected " + which + " within the " + st.size() + "-byte string stream, found "
            + "offset " + Where.hex(off));
        continue;
      }
      long len = Integer.toUnsignedLong(b.getInt((int) off));
      if (len == 0 || len % 2 != 0 || off + 4 + len > st.size()) {
        r.report(Where.at(s, path), "expected " + which + " as a 4-byte length and a non-empty UTF-16LE name within "
            + "the " + st.size() + "-byte stream, found length " + Where.hex(len) + " at offset " + Where.hex(off));
        continue;
      }
      for (long i = off + 4; i < off + 4 + len; i += 2) {
        if (st.byteAt((int) i) == 0 && st.byteAt((int) i + 1) == 0) {
          r.report(Where.at(s, path), "expected " + which + " without NUL characters, found U+0000 at offset "
              + Where.hex(i));
          break;
        }
      }
    }
  }

  // ------------------------------------------------------------------ XMS-R120

  static void hashBuckets(MsgStructure s, Reporter r) {
    Optional<NameIdStorage> ns = s.nameId();
    if (ns.isEmpty()) {
      return;
    }
    NameIdStorage n = ns.get();
    List<NamedPropertyMapCodec.Entry> entries = new ArrayList<>();
    for (NamedEntry e : n.entries()) {
      NamedPropertyId id = identity(n, e);
      if (id != null) {
        entries.add(new NamedPropertyMapCodec.Entry(e.propertyId(), id, e.guidIndex(), e.kind(), e.indexAndKind()));
      }
    }
    if (entries.isEmpty()) {
      return;
    }
    if (n.bucketStreams().isEmpty()) {
      NamedPropertyMapCodec.Entry first = entries.get(0);
      r.report(Where.at(s, n.path()), "expected hash-bucket streams listing the " + entries.size()
          + " named properties (for example " + first.id() + ", " + Where.hex4(first.propertyId()) + ", in "
          + expectedBucket(first) + "), found no hash-bucket streams");
      return;
    }
    for (NamedPropertyMapCodec.Entry e : entries) {
      if (NamedPropertyMapCodec.bucketOf(n.bucketStreams(), e) == null) {
        String bucket = expectedBucket(e);
        int key = NamedPropertyMapCodec.hashKey(e.id());
        r.report(Where.at(s, n.path() + "/" + bucket), "expected the 8-byte entry " + Where.hex(key) + " "
            + Where.hex(e.info()) + " (" + (e.kind() == 0 ? "LID" : "CRC-32 of the name") + ", index and kind) of "
            + e.id() + ", property id " + Where.hex4(e.propertyId()) + ", in " + bucket + ", found "
            + (n.bucketStreams().containsKey(bucket) ? "a stream without it" : "no such stream"));
      }
    }
  }

  private static String expectedBucket(NamedPropertyMapCodec.Entry e) {
    return CfbNames.bucketStream(NamedPropertyMapCodec.bucketStreamId(NamedPropertyMapCodec.hashKey(e.id()),
        e.guidIndex(), e.kind()));
  }
}
