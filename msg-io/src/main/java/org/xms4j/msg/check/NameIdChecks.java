package org.xms4j.msg.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
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

/**
 * The named property mapping rules XMS-R116 to XMS-R120 and OUTLOOK-R002 ([MS-OXMSG] 2.2.3). The
 * mapping is decoded by the reader's {@link NamedPropertyMapCodec}, whose defects are findings; the
 * rules add what the reader does not check: duplicate entries and GUIDs, PS_MAPI and
 * PS_PUBLIC_STRINGS in the GUID stream, name alignment and NUL characters, named ids without an
 * entry, and the hash buckets.
 */
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

  // ------------------------------------------------------------------ the codec's decoding

  /**
   * The mapping as the reader decodes it ({@link NamedPropertyMapCodec#decode(Bytes, Bytes, Bytes, int,
   * NamedPropertyMapCodec.DefectSink)}): the entries it resolves and its defects. The names of string
   * entries the codec drops for their GUID index are read too, with the codec's
   * {@link NamedPropertyMapCodec#checkName(Bytes, int, int, NamedPropertyMapCodec.DefectSink)}, so
   * that an entry with both defects has both reported.
   */
  private record Decoded(List<NamedPropertyMapCodec.Entry> entries, List<NamedPropertyMapCodec.Problem> problems,
      Map<Integer, String> names) {

    static Decoded of(NameIdStorage n) {
      List<NamedPropertyMapCodec.Problem> problems = new ArrayList<>();
      Bytes strings = n.stringStream().orElse(Bytes.EMPTY);
      List<NamedPropertyMapCodec.Entry> entries = NamedPropertyMapCodec.decode(n.guidStream().orElse(Bytes.EMPTY),
          n.entryStream().orElse(Bytes.EMPTY), strings, Integer.MAX_VALUE, problems::add);
      Map<Integer, String> names = new HashMap<>();
      for (NamedPropertyMapCodec.Entry e : entries) {
        if (e.id() instanceof NamedPropertyId.ByName b) {
          names.put(e.propertyId() - NamedPropertyMapCodec.FIRST_NAMED_ID, b.name());
        }
      }
      List<NamedEntry> raw = n.entries();
      for (NamedPropertyMapCodec.Problem p : List.copyOf(problems)) {
        if (p.defect() == NamedPropertyMapCodec.Defect.GUID_INDEX && raw.get(p.position()).kind() == 1) {
          NamedEntry e = raw.get(p.position());
          String name = NamedPropertyMapCodec.checkName(strings, e.position(), e.nameIdentifierOrStringOffset(),
              problems::add);
          if (name != null) {
            names.put(e.position(), name);
          }
        }
      }
      return new Decoded(entries, problems, names);
    }

    /** Reports the codec's defects of some kinds as findings at the stream holding each. */
    void report(MsgStructure s, NameIdStorage n, Reporter r, NamedPropertyMapCodec.Defect... kinds) {
      List<NamedPropertyMapCodec.Defect> wanted = List.of(kinds);
      for (NamedPropertyMapCodec.Problem p : problems) {
        if (wanted.contains(p.defect())) {
          r.report(Where.at(s, n.path() + "/" + p.stream()), p.reason());
        }
      }
    }
  }

  // ------------------------------------------------------------------ XMS-R117

  static void entryStream(MsgStructure s, Reporter r) {
    Optional<NameIdStorage> ns = s.nameId();
    int count = 0;
    if (ns.isPresent()) {
      NameIdStorage n = ns.get();
      String path = checkReadable(s, n, CfbNames.NAMEID_ENTRY, r);
      Decoded d = Decoded.of(n);
      d.report(s, n, r, NamedPropertyMapCodec.Defect.ENTRY_STREAM_SIZE, NamedPropertyMapCodec.Defect.PROPERTY_INDEX);
      count = n.entries().size();
      Map<NamedPropertyId, NamedPropertyMapCodec.Entry> seen = new HashMap<>();
      for (NamedPropertyMapCodec.Entry e : d.entries()) {
        NamedPropertyMapCodec.Entry first = seen.putIfAbsent(e.id(), e);
        if (first != null) {
          r.report(Where.at(s, path), "expected one entry per named property, found entries "
              + (first.propertyId() - 0x8000) + " (" + Where.hex4(first.propertyId()) + ") and "
              + (e.propertyId() - 0x8000) + " (" + Where.hex4(e.propertyId()) + ") both for " + e.id());
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

  // ------------------------------------------------------------------ XMS-R118

  static void guidStream(MsgStructure s, Reporter r) {
    Optional<NameIdStorage> ns = s.nameId();
    if (ns.isEmpty()) {
      return;
    }
    NameIdStorage n = ns.get();
    String path = checkReadable(s, n, CfbNames.NAMEID_GUID, r);
    Decoded.of(n).report(s, n, r, NamedPropertyMapCodec.Defect.GUID_STREAM_SIZE,
        NamedPropertyMapCodec.Defect.GUID_INDEX);
    byte[] gb = n.guidStream().orElse(Bytes.EMPTY).toByteArray();
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
  }

  // ------------------------------------------------------------------ XMS-R119

  static void stringStream(MsgStructure s, Reporter r) {
    Optional<NameIdStorage> ns = s.nameId();
    if (ns.isEmpty()) {
      return;
    }
    NameIdStorage n = ns.get();
    String path = checkReadable(s, n, CfbNames.NAMEID_STRING, r);
    Decoded d = Decoded.of(n);
    d.report(s, n, r, NamedPropertyMapCodec.Defect.STRING_OFFSET, NamedPropertyMapCodec.Defect.STRING_LENGTH);
    if (n.stringStream().isEmpty()) {
      return;
    }
    for (NamedEntry e : n.entries()) {
      if (e.kind() != 1) {
        continue;
      }
      String which = "the name of entry " + e.position() + " (" + Where.hex4(e.propertyId()) + ")";
      long off = Integer.toUnsignedLong(e.nameIdentifierOrStringOffset());
      if (off % 4 != 0) {
        r.report(Where.at(s, path), "expected " + which + " at a 4-byte boundary, found offset " + Where.hex(off));
      }
      String name = d.names().get(e.position());
      int nul = name == null ? -1 : name.indexOf('\0');
      if (nul >= 0) {
        r.report(Where.at(s, path), "expected " + which + " without NUL characters, found U+0000 at offset "
            + Where.hex(off + 4 + 2L * nul));
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
    List<NamedPropertyMapCodec.Entry> entries = Decoded.of(n).entries();
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
