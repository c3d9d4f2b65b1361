package org.xms4j.msg.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The property stream {@code __properties_version1.0}: a header whose size depends on the storage,
 * then 16-byte entries (tag, flags, 8-byte value field).
 *
 * <p>Specified by [MS-OXMSG] sections 2.4.1 (headers: 32 bytes at the top level, 24 for an embedded
 * message, 8 for recipients and attachments) and 2.4.2 (entries).
 */
public final class PropertyStream {

  /** The size of one entry in bytes. */
  public static final int ENTRY_SIZE = 16;
  /** PROPATTR_MANDATORY. */
  public static final int FLAG_MANDATORY = 0x1;
  /** PROPATTR_READABLE. */
  public static final int FLAG_READABLE = 0x2;
  /** PROPATTR_WRITABLE. */
  public static final int FLAG_WRITABLE = 0x4;
  /** The flags this library writes: READABLE | WRITABLE. */
  public static final int FLAGS_WRITTEN = FLAG_READABLE | FLAG_WRITABLE;
  /** The size field of the PtypObject entry of an embedded message or custom storage. */
  public static final int OBJECT_SIZE = 0xFFFFFFFF;
  /**
   * The Reserved field of the PtypObject entry of an embedded message attachment (PidTagAttachMethod
   * afEmbeddedMessage, 5): 0x00000001. [MS-OXMSG] 2.4.2.2 (as published on MSDN, ee236936): "This
   * field MUST be set to 0x01 if the message contains an embedded message attachment and to 0x04 if
   * the message contains a storage attachment", with a table by PidTagAttachMethod. Outlook writes
   * 0x00000001 in every real file of the test corpus with an embedded message.
   */
  public static final int OBJECT_RESERVED_EMBEDDED_MESSAGE = 0x00000001;
  /** The Reserved field of the PtypObject entry of a storage attachment (afStorage, 6): 0x00000004 ([MS-OXMSG] 2.4.2.2). */
  public static final int OBJECT_RESERVED_STORAGE = 0x00000004;
  /** The type codes of the fixed-length types, whose values are in the entry ([MS-OXMSG] 2.1.2). */
  public static final Set<Integer> FIXED_TYPES = Set.of(0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x0007, 0x000A,
      0x000B, 0x0014, 0x0040);
  /** The type codes of the variable-length types whose value is in one stream ([MS-OXMSG] 2.1.3), PtypObject aside. */
  public static final Set<Integer> VARIABLE_TYPES = Set.of(0x001E, 0x001F, 0x0102, 0x0048);
  /** The type codes of the fixed-length multi-valued types, all values in one stream ([MS-OXMSG] 2.1.4.1). */
  public static final Set<Integer> MULTI_FIXED_TYPES = Set.of(0x1002, 0x1003, 0x1004, 0x1005, 0x1006, 0x1007,
      0x1014, 0x1040, 0x1048);
  /** The type codes of the variable-length multi-valued types, a length stream and a stream per value ([MS-OXMSG] 2.1.4.2). */
  public static final Set<Integer> MULTI_VARIABLE_TYPES = Set.of(0x101E, 0x101F, 0x1102);
  /** The type code of PtypObject, whose entry stands for a storage. */
  public static final int OBJECT_TYPE = 0x000D;

  private PropertyStream() {
  }

  /** The kinds of storage a property stream belongs to, with their header sizes. */
  public enum Kind {
    /** The root storage of a .msg file: 32-byte header. */
    TOP_LEVEL(32),
    /** An embedded message storage {@code __substg1.0_3701000D}: 24-byte header. */
    EMBEDDED(24),
    /** A recipient or attachment storage: 8-byte header. */
    RECIPIENT_OR_ATTACHMENT(8);

    private final int headerSize;

    Kind(int headerSize) {
      this.headerSize = headerSize;
    }

    /**
     * Returns the header size.
     *
     * @return the size in bytes
     */
    public int headerSize() {
      return headerSize;
    }

    /**
     * Tells whether the header holds recipient and attachment counts.
     *
     * @return true for the top level and embedded messages
     */
    public boolean hasCounts() {
      return this != RECIPIENT_OR_ATTACHMENT;
    }
  }

  /**
   * The counts of a message header.
   *
   * @param nextRecipientId the number for the next recipient storage
   * @param nextAttachmentId the number for the next attachment storage
   * @param recipientCount the number of recipients
   * @param attachmentCount the number of attachments
   */
  public record Header(long nextRecipientId, long nextAttachmentId, long recipientCount, long attachmentCount) {
  }

  /**
   * One entry as stored.
   *
   * @param tag the 32-bit property tag
   * @param flags the flags
   * @param value the 8-byte value field, little-endian
   * @param offset the offset of the entry in the stream, in bytes
   */
  public record Entry(int tag, int flags, long value, int offset) {
    /**
     * Returns the type code, the low 16 bits of the tag.
     *
     * @return 0x0000 to 0xFFFF
     */
    public int typeCode() {
      return tag & 0xFFFF;
    }

    /**
     * Returns the property id, the high 16 bits of the tag.
     *
     * @return 0x0000 to 0xFFFF
     */
    public int id() {
      return tag >>> 16;
    }

    /**
     * Returns the size field of a variable-length entry, the low 4 bytes of the value field.
     *
     * @return the size as an unsigned number
     */
    public long size() {
      return value & 0xFFFFFFFFL;
    }

    /**
     * Returns the 8 bytes of the value field.
     *
     * @return a new array
     */
    public byte[] valueBytes() {
      return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array();
    }
  }

  /**
   * Reads the counts of a message header.
   *
   * @param stream the stream bytes, at least 24
   * @return the counts as unsigned numbers
   */
  public static Header header(byte[] stream) {
    ByteBuffer b = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
    return new Header(Integer.toUnsignedLong(b.getInt(8)), Integer.toUnsignedLong(b.getInt(12)),
        Integer.toUnsignedLong(b.getInt(16)), Integer.toUnsignedLong(b.getInt(20)));
  }

  /**
   * Returns the size of the header a property stream is read with, the one decision on where its
   * entries start for the reader and the file-structure checker.
   *
   * <p>When the stream is the expected header plus whole 16-byte entries, that header. Otherwise the
   * stream violates [MS-OXMSG] 2.4, and another header is chosen only when the bytes support it: the
   * 16 bytes after the expected header do not look like an entry (a type code of [MS-OXMSG] 2.1, a
   * non-zero property id, no flags but the three of 2.4.2.1), and the other header plus whole entries
   * gives the size with either no entries or a first entry that looks like one. The other headers
   * are tried in the order 8, 24, 32. So an embedded message written with the top-level header, or a
   * top-level message stored with the header of an embedded one, is still read entry by entry, while
   * the expected header plus whole entries plus stray bytes gives -1: the entries start after the
   * expected header and the bytes after the last whole entry are not part of any.
   *
   * @param stream the stream bytes
   * @param expected the header size of the storage's kind: 32, 24 or 8 ([MS-OXMSG] 2.4.1)
   * @return the expected size, or the 32, 24 or 8 the bytes support; -1 when no header plus whole
   *     entries gives the size and is supported by the bytes
   */
  public static int headerSize(byte[] stream, int expected) {
    int n = stream.length;
    if (n >= expected && (n - expected) % ENTRY_SIZE == 0) {
      return expected;
    }
    if (n >= expected + ENTRY_SIZE && plausibleEntry(stream, expected)) {
      return -1;
    }
    for (int other : new int[] {8, 24, 32}) {
      if (other != expected && n >= other && (n - other) % ENTRY_SIZE == 0
          && (n == other || plausibleEntry(stream, other))) {
        return other;
      }
    }
    return -1;
  }

  /** Tells whether the 16 bytes at an offset look like a property entry. */
  private static boolean plausibleEntry(byte[] stream, int offset) {
    Entry e = entry(stream, offset);
    int type = e.typeCode();
    boolean known = FIXED_TYPES.contains(type) || VARIABLE_TYPES.contains(type) || MULTI_FIXED_TYPES.contains(type)
        || MULTI_VARIABLE_TYPES.contains(type) || type == OBJECT_TYPE;
    return known && e.id() != 0 && (e.flags() & ~(FLAG_MANDATORY | FLAG_READABLE | FLAG_WRITABLE)) == 0;
  }

  /**
   * Reads the entries of a property stream: every whole 16-byte entry after the header; bytes after
   * the last whole entry are not read.
   *
   * @param stream the stream bytes
   * @param headerSize the header size, for example from {@link #headerSize(byte[], int)}; 0 or more
   * @return the entries in stream order, each with its offset; empty when the stream is no longer
   *     than the header
   */
  public static List<Entry> entries(byte[] stream, int headerSize) {
    List<Entry> out = new ArrayList<>(Math.max(0, (stream.length - headerSize) / ENTRY_SIZE));
    for (int off = headerSize; off + ENTRY_SIZE <= stream.length; off += ENTRY_SIZE) {
      out.add(entry(stream, off));
    }
    return out;
  }

  /**
   * Reads one entry.
   *
   * @param stream the stream bytes
   * @param offset the offset of the entry
   * @return the entry
   */
  public static Entry entry(byte[] stream, int offset) {
    ByteBuffer b = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
    return new Entry(b.getInt(offset), b.getInt(offset + 4), b.getLong(offset + 8), offset);
  }

  /**
   * Builds a property stream. Reserved header bytes are 0; next ids equal the counts.
   *
   * @param kind the storage kind
   * @param recipientCount the number of recipients (ignored for recipients and attachments)
   * @param attachmentCount the number of attachments (ignored for recipients and attachments)
   * @param entries the entries; their offsets are ignored
   * @return the stream bytes
   */
  public static byte[] build(Kind kind, int recipientCount, int attachmentCount, List<Entry> entries) {
    ByteBuffer b = ByteBuffer.allocate(kind.headerSize() + ENTRY_SIZE * entries.size()).order(ByteOrder.LITTLE_ENDIAN);
    if (kind.hasCounts()) {
      b.putInt(8, recipientCount).putInt(12, attachmentCount).putInt(16, recipientCount).putInt(20, attachmentCount);
    }
    int off = kind.headerSize();
    for (Entry e : entries) {
      b.putInt(off, e.tag()).putInt(off + 4, e.flags()).putLong(off + 8, e.value());
      off += ENTRY_SIZE;
    }
    return b.array();
  }
}
