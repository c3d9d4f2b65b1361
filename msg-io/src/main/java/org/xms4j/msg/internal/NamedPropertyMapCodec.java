package org.xms4j.msg.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertySet;
import org.xms4j.mapi.PropertyValue;

/**
 * The codec of the named property mapping storage {@code __nameid_version1.0}: the GUID, entry and
 * string streams, and the name-to-id hash-bucket streams with their CRC-32.
 *
 * <p>The CRC-32 is the reflected polynomial 0xEDB88320 with initial value 0 and no final XOR (not
 * {@link java.util.zip.CRC32}, which starts from and XORs with 0xFFFFFFFF). Names of
 * PS_INTERNET_HEADERS properties are lower-cased before hashing, as Outlook does. The stream id is
 * {@code 0x1000 + ((key XOR (guidIndex << 1 | kind)) mod 0x1F)} with the XOR taken as an unsigned
 * 32-bit number.
 *
 * <p>Specified by [MS-OXMSG] sections 2.2.3.1 (GUID, entry and string streams) and 2.2.3.2
 * (property name to property ID mapping streams), Appendix A note 1 (lower-casing).
 */
public final class NamedPropertyMapCodec {

  /** The GUID index of PS_MAPI. */
  public static final int GUID_INDEX_PS_MAPI = 1;
  /** The GUID index of PS_PUBLIC_STRINGS. */
  public static final int GUID_INDEX_PS_PUBLIC_STRINGS = 2;
  /** The first GUID index that refers to the GUID stream. */
  public static final int GUID_INDEX_FIRST_STREAM = 3;
  /** The first property id of named properties. */
  public static final int FIRST_NAMED_ID = 0x8000;
  /** The most named properties a file can map: ids 0x8000 to 0xFFFE. */
  public static final int MAX_NAMED = 0x7FFF;

  private static final int[] CRC_TABLE = new int[256];

  static {
    for (int n = 0; n < 256; n++) {
      int c = n;
      for (int k = 0; k < 8; k++) {
        c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
      }
      CRC_TABLE[n] = c;
    }
  }

  private NamedPropertyMapCodec() {
  }

  /**
   * Computes the CRC-32 of [MS-OXMSG] 2.2.3.2.2.1: initial value 0, no final XOR.
   *
   * @param data the bytes
   * @return the CRC as a 32-bit value
   */
  public static int crc32(byte[] data) {
    int crc = 0;
    for (byte b : data) {
      crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >>> 8);
    }
    return crc;
  }

  /**
   * Returns the hash key of a named property: its LID, or the CRC-32 of its UTF-16LE name
   * (lower-cased first in PS_INTERNET_HEADERS).
   *
   * @param id the identity
   * @return the 32-bit key written to the bucket stream
   */
  public static int hashKey(NamedPropertyId id) {
    if (id instanceof NamedPropertyId.ByLid lid) {
      return lid.lid();
    }
    NamedPropertyId.ByName n = (NamedPropertyId.ByName) id;
    String name = n.set().equals(PropertySet.PS_INTERNET_HEADERS) ? n.name().toLowerCase(Locale.ROOT) : n.name();
    return crc32(Utf16.encode(name));
  }

  /**
   * Returns the id of the hash-bucket stream of a named property.
   *
   * @param key the hash key ({@link #hashKey(NamedPropertyId)})
   * @param guidIndex the GUID index, 1 or more
   * @param kind 0 for a LID, 1 for a string name
   * @return 0x1000 to 0x101E
   */
  public static int bucketStreamId(int key, int guidIndex, int kind) {
    long x = Integer.toUnsignedLong(key ^ (guidIndex << 1 | kind));
    return 0x1000 + (int) (x % 0x1F);
  }

  /**
   * The streams of an encoded mapping.
   *
   * @param guidStream the GUID stream, 16 bytes per GUID
   * @param entryStream the entry stream, 8 bytes per named property
   * @param stringStream the string stream
   * @param bucketStreams the non-empty hash-bucket streams by stream id, in ascending order
   */
  public record Encoded(Bytes guidStream, Bytes entryStream, Bytes stringStream,
      Map<Integer, Bytes> bucketStreams) {
    /**
     * Copies the map.
     *
     * @param guidStream the {@code guidStream} component
     * @param entryStream the {@code entryStream} component
     * @param stringStream the {@code stringStream} component
     * @param bucketStreams the {@code bucketStreams} component
     */
    public Encoded {
      bucketStreams = Collections.unmodifiableMap(new TreeMap<>(bucketStreams));
    }
  }

  /**
   * Encodes a mapping: the {@code i}-th identity gets property id {@code 0x8000 + i}.
   *
   * @param ids the distinct identities in id order
   * @return the streams
   * @throws IllegalArgumentException when there are more than 32767 identities
   */
  public static Encoded encode(List<NamedPropertyId> ids) {
    if (ids.size() > MAX_NAMED) {
      throw new IllegalArgumentException("a .msg file maps at most " + MAX_NAMED + " named properties, the message has "
          + ids.size());
    }
    List<UUID> guids = new ArrayList<>();
    ByteBuffer entries = ByteBuffer.allocate(8 * ids.size()).order(ByteOrder.LITTLE_ENDIAN);
    ByteArrayOutputStream strings = new ByteArrayOutputStream();
    Map<Integer, ByteArrayOutputStream> buckets = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      NamedPropertyId id = Objects.requireNonNull(ids.get(i), "ids[" + i + "]");
      int guidIndex;
      if (id.set().equals(PropertySet.PS_MAPI)) {
        guidIndex = GUID_INDEX_PS_MAPI;
      } else if (id.set().equals(PropertySet.PS_PUBLIC_STRINGS)) {
        guidIndex = GUID_INDEX_PS_PUBLIC_STRINGS;
      } else {
        int p = guids.indexOf(id.set().guid());
        if (p < 0) {
          guids.add(id.set().guid());
          p = guids.size() - 1;
        }
        guidIndex = GUID_INDEX_FIRST_STREAM + p;
      }
      int kind;
      int nameOrOffset;
      if (id instanceof NamedPropertyId.ByLid lid) {
        kind = 0;
        nameOrOffset = lid.lid();
      } else {
        kind = 1;
        // entries start on 4-byte boundaries: pad the previous entry when another follows
        while (strings.size() % 4 != 0) {
          strings.write(0);
        }
        nameOrOffset = strings.size();
        byte[] name = Utf16.encode(((NamedPropertyId.ByName) id).name());
        strings.write(name.length);
        strings.write(name.length >>> 8);
        strings.write(name.length >>> 16);
        strings.write(name.length >>> 24);
        strings.write(name, 0, name.length);
      }
      int info = i << 16 | guidIndex << 1 | kind;
      entries.putInt(nameOrOffset).putInt(info);
      int key = hashKey(id);
      ByteArrayOutputStream bucket = buckets.computeIfAbsent(bucketStreamId(key, guidIndex, kind),
          k -> new ByteArrayOutputStream());
      byte[] e = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(key).putInt(info).array();
      bucket.write(e, 0, 8);
    }
    byte[] g = new byte[16 * guids.size()];
    for (int i = 0; i < guids.size(); i++) {
      System.arraycopy(PropertyValue.Guid.toWireBytes(guids.get(i)), 0, g, 16 * i, 16);
    }
    Map<Integer, Bytes> bucketBytes = new LinkedHashMap<>();
    buckets.forEach((k, v) -> bucketBytes.put(k, Bytes.of(v.toByteArray())));
    return new Encoded(Bytes.of(g), Bytes.of(entries.array()), Bytes.of(strings.toByteArray()), bucketBytes);
  }

  /** Receives the problems met while decoding a mapping, as text. */
  public interface ProblemSink {
    /**
     * Reports one problem.
     *
     * @param skipped true when the problem costs a mapping, false when it is repaired
     * @param stream the stream name within {@code __nameid_version1.0}
     * @param byteOffset the offset in bytes within that stream
     * @param reason what is wrong, then what the decoder does about it
     * @throws java.io.IOException when the sink stops the read (strict mode)
     */
    void report(boolean skipped, String stream, long byteOffset, String reason) throws java.io.IOException;
  }

  /** The kinds of defect {@link #decode(Bytes, Bytes, Bytes, int, DefectSink)} finds. */
  public enum Defect {
    /** The GUID stream is not whole 16-byte GUIDs ([MS-OXMSG] 2.2.3.1.1). */
    GUID_STREAM_SIZE,
    /** The entry stream is not whole 8-byte entries ([MS-OXMSG] 2.2.3.1.2). */
    ENTRY_STREAM_SIZE,
    /** An entry's property index is not its position ([MS-OXMSG] 2.2.3.1.2). */
    PROPERTY_INDEX,
    /** An entry's GUID index refers to no property set ([MS-OXMSG] 2.2.3.1.2). */
    GUID_INDEX,
    /** A string entry's name offset lies beyond the string stream ([MS-OXMSG] 2.2.3.1.3). */
    STRING_OFFSET,
    /** A string entry's name length is 0, odd or runs past the string stream ([MS-OXMSG] 2.2.3.1.3). */
    STRING_LENGTH
  }

  /**
   * One defect of a mapping.
   *
   * @param defect the kind of defect
   * @param skipped true when the defect costs the mapping of the entry, false when the decoder works
   *     around it
   * @param stream the name of the stream within {@code __nameid_version1.0} holding the defect
   * @param byteOffset the offset in bytes within that stream
   * @param position the zero-based position of the entry concerned in the entry stream; -1 for the
   *     size of a stream
   * @param reason what was expected and what was found
   * @param consequence what the decoder does about it
   */
  public record Problem(Defect defect, boolean skipped, String stream, long byteOffset, int position, String reason,
      String consequence) {

    /**
     * Returns the reason followed by the consequence.
     *
     * @return for example {@code expected 8-byte entries, ...; the trailing 4 bytes are ignored}
     */
    public String text() {
      return reason + "; " + consequence;
    }
  }

  /**
   * Receives the defects met while decoding a mapping.
   *
   * @param <X> the exception the sink may throw to stop the decoding
   */
  public interface DefectSink<X extends Exception> {
    /**
     * Reports one defect.
     *
     * @param problem the defect
     * @throws X when the sink stops the decoding (the reader's strict mode)
     */
    void report(Problem problem) throws X;
  }

  /**
   * One decoded mapping entry.
   *
   * @param propertyId the property id, 0x8000 or more
   * @param id the identity
   * @param guidIndex the GUID index as stored
   * @param kind 0 for a LID, 1 for a string name
   * @param info the index-and-kind field as stored
   */
  public record Entry(int propertyId, NamedPropertyId id, int guidIndex, int kind, int info) {
  }

  /**
   * Decodes the GUID, entry and string streams, reporting each problem as text. Entries that cannot
   * be resolved are reported and left out.
   *
   * @param guidStream the GUID stream, or empty
   * @param entryStream the entry stream, or empty
   * @param stringStream the string stream, or empty
   * @param maxEntries the most entries to decode; the caller checks the count before
   * @param sink receives the problems: {@link Problem#text()} as the reason
   * @return the entries in entry-stream order
   * @throws java.io.IOException when the sink throws
   */
  public static List<Entry> decode(Bytes guidStream, Bytes entryStream, Bytes stringStream, int maxEntries,
      ProblemSink sink) throws java.io.IOException {
    return decode(guidStream, entryStream, stringStream, maxEntries,
        (DefectSink<java.io.IOException>) p -> sink.report(p.skipped(), p.stream(), p.byteOffset(), p.text()));
  }

  /**
   * Decodes the GUID, entry and string streams: the one decoding of the reader and of the
   * file-structure checker. Each entry is checked in this order, and an entry whose GUID index or
   * name cannot be resolved is reported and left out: its property index against its position, its
   * GUID index, and for a string name its offset and length in the string stream
   * ({@link #checkName(Bytes, int, int, DefectSink)}). Names are not checked for NUL characters or
   * 4-byte alignment, and entries are not checked against each other; the checker does that.
   *
   * @param <X> the exception the sink may throw
   * @param guidStream the GUID stream, or empty
   * @param entryStream the entry stream, or empty
   * @param stringStream the string stream, or empty
   * @param maxEntries the most entries to decode; the caller checks the count before
   * @param sink receives the defects
   * @return the entries in entry-stream order
   * @throws X when the sink throws
   */
  public static <X extends Exception> List<Entry> decode(Bytes guidStream, Bytes entryStream, Bytes stringStream,
      int maxEntries, DefectSink<X> sink) throws X {
    byte[] g = guidStream.toByteArray();
    if (g.length % 16 != 0) {
      sink.report(new Problem(Defect.GUID_STREAM_SIZE, false, CfbNames.NAMEID_GUID, g.length - g.length % 16, -1,
          "expected 16-byte GUIDs, found a stream of " + g.length + " bytes, not a multiple of 16",
          "the trailing " + (g.length % 16) + " bytes are ignored"));
    }
    byte[] e = entryStream.toByteArray();
    if (e.length % 8 != 0) {
      sink.report(new Problem(Defect.ENTRY_STREAM_SIZE, false, CfbNames.NAMEID_ENTRY, e.length - e.length % 8, -1,
          "expected 8-byte entries, found a stream of " + e.length + " bytes, not a multiple of 8",
          "the trailing " + (e.length % 8) + " bytes are ignored"));
    }
    int guids = g.length / 16;
    ByteBuffer el = ByteBuffer.wrap(e).order(ByteOrder.LITTLE_ENDIAN);
    int count = Math.min(e.length / 8, maxEntries);
    List<Entry> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int off = 8 * i;
      int nameOrOffset = el.getInt(off);
      int info = el.getInt(off + 4);
      int kind = info & 1;
      int guidIndex = (info >>> 1) & 0x7FFF;
      int propIndex = info >>> 16;
      if (propIndex != i) {
        sink.report(new Problem(Defect.PROPERTY_INDEX, false, CfbNames.NAMEID_ENTRY, off + 4L, i,
            String.format(Locale.ROOT, "expected property index %d (property id 0x%04X) in entry %d, was %d "
                + "(index-and-kind 0x%08X)", i, FIRST_NAMED_ID + i, i, propIndex, info),
            String.format(Locale.ROOT, "the entry's position gives the property id 0x%04X", FIRST_NAMED_ID + i)));
      }
      PropertySet set;
      if (guidIndex == GUID_INDEX_PS_MAPI) {
        set = PropertySet.PS_MAPI;
      } else if (guidIndex == GUID_INDEX_PS_PUBLIC_STRINGS) {
        set = PropertySet.PS_PUBLIC_STRINGS;
      } else if (guidIndex >= GUID_INDEX_FIRST_STREAM && (guidIndex - GUID_INDEX_FIRST_STREAM) < guids) {
        set = new PropertySet(PropertyValue.Guid.fromWireBytes(g, 16 * (guidIndex - GUID_INDEX_FIRST_STREAM)));
      } else {
        sink.report(new Problem(Defect.GUID_INDEX, true, CfbNames.NAMEID_ENTRY, off + 4L, i,
            "expected GUID index 1 (PS_MAPI), 2 (PS_PUBLIC_STRINGS)"
                + (guids > 0 ? " or 3 to " + (2 + guids) + " (the " + guids + " GUIDs of the GUID stream)" : "")
                + " in " + which(i) + ", found GUID index " + guidIndex,
            "the entry is dropped"));
        continue;
      }
      NamedPropertyId id;
      if (kind == 0) {
        id = NamedPropertyId.lid(set, nameOrOffset);
      } else {
        String name = checkName(stringStream, i, nameOrOffset, sink);
        if (name == null) {
          continue;
        }
        id = NamedPropertyId.name(set, name);
      }
      out.add(new Entry(FIRST_NAMED_ID + i, id, guidIndex, kind, info));
    }
    return out;
  }

  /** Names an entry in a defect message: "entry 3 (0x8003)"; built only when a defect is reported. */
  private static String which(int position) {
    return String.format(Locale.ROOT, "entry %d (0x%04X)", position, FIRST_NAMED_ID + position);
  }

  /**
   * Reads the name of a string named property from the string stream, reporting why it cannot be
   * read: a 4-byte length then that many bytes of UTF-16LE, the length even and not 0
   * ([MS-OXMSG] 2.2.3.1.3).
   *
   * @param <X> the exception the sink may throw
   * @param stringStream the string stream, or empty
   * @param position the zero-based position of the entry in the entry stream
   * @param stringOffset the entry's String Offset field, an unsigned byte offset
   * @param sink receives a {@link Defect#STRING_OFFSET} or {@link Defect#STRING_LENGTH} defect
   * @return the name, or null after reporting
   * @throws X when the sink throws
   */
  public static <X extends Exception> @Nullable String checkName(Bytes stringStream, int position, int stringOffset,
      DefectSink<X> sink) throws X {
    long so = Integer.toUnsignedLong(stringOffset);
    int size = stringStream.size();
    if (so + 4 > size) {
      sink.report(new Problem(Defect.STRING_OFFSET, true, CfbNames.NAMEID_ENTRY, 8L * position, position,
          String.format(Locale.ROOT, "expected the name of %s within the %d-byte string stream, found string "
              + "offset %d (0x%08X)", which(position), size, so, so),
          "the entry is dropped"));
      return null;
    }
    long len = Integer.toUnsignedLong(stringStream.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN).getInt((int) so));
    if (len == 0 || (len & 1) != 0 || so + 4 + len > size) {
      sink.report(new Problem(Defect.STRING_LENGTH, true, CfbNames.NAMEID_STRING, so, position,
          String.format(Locale.ROOT, "expected the name of %s as a 4-byte length and a non-empty UTF-16LE name "
              + "within the %d-byte stream, found length 0x%08X at offset 0x%08X", which(position), size, len, so),
          "the entry is dropped"));
      return null;
    }
    return Utf16.decode(stringStream.slice((int) so + 4, (int) (so + 4 + len)).toByteArray(), 0, (int) len);
  }

  /**
   * Returns the hash key of a string name without the lower-casing of PS_INTERNET_HEADERS names.
   *
   * @param id the identity
   * @return the CRC-32 of the UTF-16LE name as given, or the LID
   */
  public static int hashKeyAsGiven(NamedPropertyId id) {
    return id instanceof NamedPropertyId.ByName n ? crc32(Utf16.encode(n.name())) : hashKey(id);
  }

  /**
   * Returns the name of the bucket stream that holds an entry, trying the Outlook rule (names of
   * PS_INTERNET_HEADERS lower-cased before hashing) first and the name as given second; some
   * writers, for example the one of POI's {@code simple_test_msg.msg}, hash the name as given.
   *
   * @param buckets the bucket streams present, by name
   * @param entry the entry
   * @return the stream name, or null when no bucket stream lists the entry
   */
  public static @Nullable String bucketOf(Map<String, Bytes> buckets, Entry entry) {
    for (int key : new int[] {hashKey(entry.id()), hashKeyAsGiven(entry.id())}) {
      String name = CfbNames.bucketStream(bucketStreamId(key, entry.guidIndex(), entry.kind()));
      Bytes b = buckets.get(name);
      if (b != null && holds(b, key, entry.info())) {
        return name;
      }
    }
    return null;
  }

  private static boolean holds(Bytes bucket, int key, int info) {
    ByteBuffer b = bucket.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    for (int off = 0; off + 8 <= b.limit(); off += 8) {
      if (b.getInt(off) == key && b.getInt(off + 4) == info) {
        return true;
      }
    }
    return false;
  }
}
