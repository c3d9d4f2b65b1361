package org.xms4j.msg.check;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;
import org.xms4j.mapi.Bytes;
import org.xms4j.msg.ReadLimits;
import org.xms4j.msg.internal.CfbNames;
import org.xms4j.path.MessagePath;

/**
 * A raw view of the structure of a .msg compound file: its storages and streams, the property stream
 * of every object storage with its header and 16-byte entries, the value streams each entry points
 * at, and the named property mapping storage, as they are stored, defects included.
 *
 * <p>The view is built from the compound file directly, not from the decoded
 * {@link org.xms4j.message.Message}, and reading goes on past every defect, so the rules of
 * {@link MsgFileRules} can report all of a file's defects at once. It is bounded: every size is
 * checked against the file size and {@link ReadLimits#DEFAULT} before anything of that size is
 * allocated; of value streams only the sizes and the last two bytes are read (the whole stream only
 * for multi-valued length streams); the walk stops at {@link ReadLimits#maxStorageDepth()}, at
 * {@link ReadLimits#maxEmbeddedDepth()} and after {@value #MAX_NODES} entries. A storage or stream
 * that the container cannot produce (broken sector chain, corrupt directory) is recorded as a
 * {@link Problem} or in the {@code error} of its record, never thrown.
 *
 * <pre>{@code
 * MsgStructure s = MsgStructure.read(Path.of("mail.msg"));
 * for (MsgStructure.ObjectStorage o : s.objects()) {
 *   System.out.println(o.kind() + " " + o.path() + " " + o.messagePath());
 * }
 * }</pre>
 *
 * <p>Instances are immutable.
 *
 * <p>Specified by [MS-OXMSG] sections 2.1 (properties and value streams), 2.2 (storages), 2.3
 * (top level) and 2.4 (property streams), on [MS-CFB].
 */
public final class MsgStructure {

  /** The most storages and streams the view records; a larger tree is cut there, with a {@link Problem}. */
  public static final int MAX_NODES = 200_000;

  private final UUID rootClassId;
  private final List<Node> nodes;
  private final List<ObjectStorage> objects;
  private final Optional<NameIdStorage> nameId;
  private final List<Problem> problems;

  MsgStructure(UUID rootClassId, List<Node> nodes, List<ObjectStorage> objects, Optional<NameIdStorage> nameId,
      List<Problem> problems) {
    this.rootClassId = Objects.requireNonNull(rootClassId, "rootClassId");
    this.nodes = List.copyOf(nodes);
    this.objects = List.copyOf(objects);
    this.nameId = Objects.requireNonNull(nameId, "nameId");
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads the structure of a .msg file.
   *
   * @param file the file
   * @return the view
   * @throws org.xms4j.msg.LimitExceededException when the file is larger than
   *     {@link ReadLimits#maxFileSizeInBytes()} of {@link ReadLimits#DEFAULT}
   * @throws org.xms4j.msg.MsgFormatException when the file is not a compound file or its header or
   *     directory is too corrupt to open
   * @throws IOException when reading the file fails
   */
  public static MsgStructure read(Path file) throws IOException {
    return StructureReader.read(Objects.requireNonNull(file, "file"));
  }

  /**
   * Reads the structure of a .msg file held in memory.
   *
   * @param bytes the file's bytes; not modified
   * @return the view
   * @throws org.xms4j.msg.LimitExceededException when there are more than
   *     {@link ReadLimits#maxFileSizeInBytes()} bytes
   * @throws org.xms4j.msg.MsgFormatException when the bytes are not a compound file or its header or
   *     directory is too corrupt to open
   * @throws IOException when the container cannot be read
   */
  public static MsgStructure read(byte[] bytes) throws IOException {
    return StructureReader.read(Objects.requireNonNull(bytes, "bytes"));
  }

  /**
   * Returns the CLSID of the root storage.
   *
   * @return the class id; the nil UUID when none is set
   */
  public UUID rootClassId() {
    return rootClassId;
  }

  /**
   * Returns every storage and stream, the root first, then depth first with the children of each
   * storage in name order.
   *
   * @return an unmodifiable list
   */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * Returns the object storages: the top-level message first, then depth first its recipients,
   * attachments and embedded messages.
   *
   * @return an unmodifiable list, never empty
   */
  public List<ObjectStorage> objects() {
    return objects;
  }

  /**
   * Returns the top-level named property mapping storage {@code __nameid_version1.0}.
   *
   * @return the storage, or empty when the root has no storage of that name
   */
  public Optional<NameIdStorage> nameId() {
    return nameId;
  }

  /**
   * Returns the problems of the container met while building the view: storages that could not be
   * listed, the walk cut short by a limit.
   *
   * @return an unmodifiable list, empty for a sound container
   */
  public List<Problem> problems() {
    return problems;
  }

  @Override
  public String toString() {
    return "MsgStructure[" + nodes.size() + " entries, " + objects.size() + " objects, " + problems.size()
        + " problems]";
  }

  /**
   * Returns the last segment of a compound-file path.
   *
   * @param path a path such as {@code /__recip_version1.0_#00000000/__properties_version1.0}
   * @return the entry name, or {@code /} for the root
   */
  static String nameOf(String path) {
    int i = path.lastIndexOf('/');
    return i < 0 || i == path.length() - 1 ? path : path.substring(i + 1);
  }

  /**
   * A storage or stream of the compound file.
   *
   * @param path the path from the root, for example {@code /__attach_version1.0_#00000000/__substg1.0_3701000D};
   *     {@code /} for the root
   * @param name the entry name; {@code Root Entry} for the root
   * @param storage true for a storage, false for a stream
   * @param sizeInBytes the size the directory entry declares for a stream, in bytes; 0 for a storage
   * @param classId the CLSID of a storage (the nil UUID when unset or for a stream)
   * @param depth the number of storages above the entry; 0 for the root
   */
  public record Node(String path, String name, boolean storage, long sizeInBytes, UUID classId, int depth) {
    /**
     * Checks the components.
     *
     * @param path the {@code path} component
     * @param name the {@code name} component
     * @param storage the {@code storage} component
     * @param sizeInBytes the {@code sizeInBytes} component, 0 or more
     * @param classId the {@code classId} component
     * @param depth the {@code depth} component, 0 or more
     * @throws NullPointerException when an object component is null
     */
    public Node {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(classId, "classId");
    }

    /**
     * Returns the path of the storage holding this entry.
     *
     * @return the parent's path, {@code /} for children of the root, and {@code /} for the root
     */
    public String parentPath() {
      int i = path.lastIndexOf('/');
      return i <= 0 ? "/" : path.substring(0, i);
    }
  }

  /**
   * The kinds of object storage, with the size of their property-stream header.
   *
   * <p>Specified by [MS-OXMSG] section 2.4.1.
   */
  public enum ObjectKind {
    /** The root storage, the top-level Message object: 32-byte header. */
    MESSAGE(32),
    /** An embedded Message object storage {@code __substg1.0_3701000D}: 24-byte header. */
    EMBEDDED_MESSAGE(24),
    /** A Recipient object storage {@code __recip_version1.0_#XXXXXXXX}: 8-byte header. */
    RECIPIENT(8),
    /** An Attachment object storage {@code __attach_version1.0_#XXXXXXXX}: 8-byte header. */
    ATTACHMENT(8);

    private final int headerSizeInBytes;

    ObjectKind(int headerSizeInBytes) {
      this.headerSizeInBytes = headerSizeInBytes;
    }

    /**
     * Returns the header size [MS-OXMSG] 2.4.1 prescribes for the property stream of this kind.
     *
     * @return 32, 24 or 8 bytes
     */
    public int headerSizeInBytes() {
      return headerSizeInBytes;
    }

    /**
     * Tells whether this kind is a Message object (top level or embedded).
     *
     * @return true for {@link #MESSAGE} and {@link #EMBEDDED_MESSAGE}
     */
    public boolean isMessage() {
      return this == MESSAGE || this == EMBEDDED_MESSAGE;
    }
  }

  /**
   * A storage holding one object: the top-level message, an embedded message, a recipient or an
   * attachment.
   *
   * @param kind what the storage holds
   * @param path the storage's path, {@code /} for the top-level message
   * @param messagePath where the object is in the Message object model: recipients and attachments
   *     are numbered by their position in storage-number order, as {@link org.xms4j.msg.MsgReader}
   *     numbers them; a storage whose name has no readable number gets its name as last segment
   * @param children the storage's entries in name order
   * @param propertyStream the property stream {@code __properties_version1.0}, or empty when the
   *     storage has no stream of that name
   * @param error why the storage's entries could not be listed, or empty
   */
  public record ObjectStorage(ObjectKind kind, String path, MessagePath messagePath, List<Node> children,
      Optional<PropertyStream> propertyStream, Optional<String> error) {
    /**
     * Checks the components and copies the list.
     *
     * @param kind the {@code kind} component
     * @param path the {@code path} component
     * @param messagePath the {@code messagePath} component
     * @param children the {@code children} component
     * @param propertyStream the {@code propertyStream} component
     * @param error the {@code error} component
     * @throws NullPointerException when a component is null
     */
    public ObjectStorage {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(messagePath, "messagePath");
      children = List.copyOf(children);
      Objects.requireNonNull(propertyStream, "propertyStream");
      Objects.requireNonNull(error, "error");
    }

    /**
     * Returns the child with a name, compared exactly.
     *
     * @param name the entry name
     * @return the child, or empty
     */
    public Optional<Node> child(String name) {
      return children.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /**
     * Returns the child of a name as [MS-CFB] section 2.6.4 compares names, ignoring case, and as
     * {@link org.xms4j.msg.MsgReader} finds entries: the child of exactly that name, else the first
     * in name order whose name equals it ignoring case.
     *
     * @param name the entry name
     * @return the child, or empty
     */
    public Optional<Node> childIgnoreCase(String name) {
      Optional<Node> exact = child(name);
      if (exact.isPresent()) {
        return exact;
      }
      String upper = CfbNames.upperCase(name);
      return children.stream().filter(n -> CfbNames.upperCase(n.name()).equals(upper)).findFirst();
    }

    /**
     * Returns the entries of the property stream.
     *
     * @return the entries in stream order; empty without a property stream
     */
    public List<PropertyEntry> entries() {
      return propertyStream.map(PropertyStream::entries).orElse(List.of());
    }

    /**
     * Returns the first entry with a tag.
     *
     * @param tag the 32-bit property tag
     * @return the entry, or empty
     */
    public Optional<PropertyEntry> entry(int tag) {
      return entries().stream().filter(e -> e.tag() == tag).findFirst();
    }

    /**
     * Returns the value of PidTagAttachMethod (0x37050003) of an attachment storage.
     *
     * @return the attach method, or empty when the storage has no such entry
     */
    public OptionalInt attachMethod() {
      Optional<PropertyEntry> e = entry(0x37050003);
      return e.isPresent() ? OptionalInt.of((int) e.get().value()) : OptionalInt.empty();
    }

    /**
     * Returns the path of a child of this storage.
     *
     * @param name the child's name
     * @return the child's path
     */
    public String childPath(String name) {
      return path.equals("/") ? "/" + name : path + "/" + name;
    }
  }

  /**
   * The property stream {@code __properties_version1.0} of an object storage.
   *
   * <p>Specified by [MS-OXMSG] section 2.4.
   *
   * @param path the stream's path
   * @param sizeInBytes the stream's size in bytes
   * @param expectedHeaderSizeInBytes the header size of the storage's kind: 32, 24 or 8
   * @param headerSizeInBytes the header size the stream has: the expected one when the size is that
   *     header plus whole 16-byte entries; otherwise 32, 24 or 8 when the size and the bytes support
   *     that header (no entry right after the expected header, an entry or nothing after the other);
   *     -1 when no header plus whole entries gives the size or the bytes support none, so that the
   *     entries start after the expected header and the bytes after the last whole one are stray
   *     (the reader's decision, taken by the same code)
   * @param header the header bytes as found (at most {@code headerSizeInBytes}, or the expected size
   *     when no header fits); empty when the stream could not be read
   * @param entries the 16-byte entries after the header found (after the expected header when none
   *     fits), in stream order
   * @param error why the stream could not be read, or empty
   */
  public record PropertyStream(String path, long sizeInBytes, int expectedHeaderSizeInBytes, int headerSizeInBytes,
      Bytes header, List<PropertyEntry> entries, Optional<String> error) {
    /**
     * Checks the components and copies the list.
     *
     * @param path the {@code path} component
     * @param sizeInBytes the {@code sizeInBytes} component
     * @param expectedHeaderSizeInBytes the {@code expectedHeaderSizeInBytes} component
     * @param headerSizeInBytes the {@code headerSizeInBytes} component
     * @param header the {@code header} component
     * @param entries the {@code entries} component
     * @param error the {@code error} component
     * @throws NullPointerException when an object component is null
     */
    public PropertyStream {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(header, "header");
      entries = List.copyOf(entries);
      Objects.requireNonNull(error, "error");
    }

    /**
     * Returns the count fields of a 24- or 32-byte header.
     *
     * @return the fields, or empty when the header found is shorter than 24 bytes
     */
    public Optional<Counts> counts() {
      if (headerSizeInBytes < 24 || header.size() < 24) {
        return Optional.empty();
      }
      org.xms4j.msg.internal.PropertyStream.Header h =
          org.xms4j.msg.internal.PropertyStream.header(header.toByteArray());
      return Optional.of(new Counts(h.nextRecipientId(), h.nextAttachmentId(), h.recipientCount(), h.attachmentCount()));
    }
  }

  /**
   * The count fields of the header of a Message object's property stream.
   *
   * <p>Specified by [MS-OXMSG] sections 2.4.1.1 and 2.4.1.2.
   *
   * @param nextRecipientId the Next Recipient ID field, unsigned
   * @param nextAttachmentId the Next Attachment ID field, unsigned
   * @param recipientCount the Recipient Count field, unsigned
   * @param attachmentCount the Attachment Count field, unsigned
   */
  public record Counts(long nextRecipientId, long nextAttachmentId, long recipientCount, long attachmentCount) {
  }

  /**
   * One 16-byte entry of a property stream, with the value streams it points at.
   *
   * <p>Specified by [MS-OXMSG] sections 2.4.2.1 (fixed-length entries) and 2.4.2.2 (variable-length
   * and multi-valued entries).
   *
   * @param tag the 32-bit property tag: id in the high 16 bits, type code in the low 16
   * @param flags the flags field (PROPATTR_MANDATORY 1, PROPATTR_READABLE 2, PROPATTR_WRITABLE 4)
   * @param value the 8-byte value field, little-endian
   * @param offsetInBytes the entry's offset in the property stream
   * @param valueStream for a variable-length or multi-valued type, the stream named
   *     {@code __substg1.0_} plus the tag in hex, matched ignoring case; empty when there is none or
   *     for a fixed-length type
   * @param valueStreams for PtypMultipleString, PtypMultipleString8 and PtypMultipleBinary, the
   *     streams named like {@code valueStream} plus {@code -} and 8 hex digits (ignoring case), in
   *     index order; empty otherwise
   */
  public record PropertyEntry(int tag, int flags, long value, int offsetInBytes, Optional<ValueStream> valueStream,
      List<ValueStream> valueStreams) {
    /**
     * Checks the components and copies the list.
     *
     * @param tag the {@code tag} component
     * @param flags the {@code flags} component
     * @param value the {@code value} component
     * @param offsetInBytes the {@code offsetInBytes} component
     * @param valueStream the {@code valueStream} component
     * @param valueStreams the {@code valueStreams} component
     * @throws NullPointerException when an object component is null
     */
    public PropertyEntry {
      Objects.requireNonNull(valueStream, "valueStream");
      valueStreams = List.copyOf(valueStreams);
    }

    /**
     * Returns the property id.
     *
     * @return the high 16 bits of the tag, 0x0000 to 0xFFFF
     */
    public int id() {
      return tag >>> 16;
    }

    /**
     * Returns the property type code.
     *
     * @return the low 16 bits of the tag, for example 0x001F for PtypString
     */
    public int typeCode() {
      return tag & 0xFFFF;
    }

    /**
     * Returns the size field of a variable-length or multi-valued entry: the low 4 bytes of the
     * value field.
     *
     * @return the size as an unsigned number
     */
    public long sizeField() {
      return value & 0xFFFFFFFFL;
    }

    /**
     * Returns the value field's 8 bytes in stored order.
     *
     * @return a new array of 8 bytes
     */
    public byte[] valueBytes() {
      return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array();
    }

    /**
     * Returns the stream name [MS-OXMSG] 2.1.3 gives the value of this entry.
     *
     * @return {@code __substg1.0_} followed by the tag in 8 upper-case hex digits
     */
    public String expectedStreamName() {
      return org.xms4j.msg.internal.CfbNames.valueStream(tag);
    }
  }

  /**
   * A value stream of a property: its size, its last bytes and, for a multi-valued length stream,
   * its content.
   *
   * @param name the stream's name as stored
   * @param path the stream's path
   * @param index for a value stream of a variable-length multi-valued property, the index its name
   *     carries after the {@code -}; -1 for the single or length stream
   * @param sizeInBytes the size the directory declares, in bytes
   * @param tail the last two bytes of the stream (fewer when it is shorter) for PtypString,
   *     PtypString8 and the values of their multi-valued types; empty for other types or when the
   *     stream could not be read
   * @param content the whole stream for the length stream of a variable-length multi-valued
   *     property; empty otherwise or when it could not be read
   * @param error why the stream could not be read, or empty
   */
  public record ValueStream(String name, String path, int index, long sizeInBytes, Bytes tail,
      Optional<Bytes> content, Optional<String> error) {
    /**
     * Checks the components.
     *
     * @param name the {@code name} component
     * @param path the {@code path} component
     * @param index the {@code index} component
     * @param sizeInBytes the {@code sizeInBytes} component
     * @param tail the {@code tail} component
     * @param content the {@code content} component
     * @param error the {@code error} component
     * @throws NullPointerException when an object component is null
     */
    public ValueStream {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(tail, "tail");
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(error, "error");
    }
  }

  /**
   * The named property mapping storage {@code __nameid_version1.0} at the top level, with its GUID,
   * entry, string and hash-bucket streams.
   *
   * <p>Specified by [MS-OXMSG] section 2.2.3.
   *
   * @param path the storage's path, {@code /__nameid_version1.0}
   * @param children the storage's entries in name order
   * @param guidStream the GUID stream {@code __substg1.0_00020102}, or empty when missing or unreadable
   * @param entryStream the entry stream {@code __substg1.0_00030102}, or empty when missing or
   *     unreadable
   * @param stringStream the string stream {@code __substg1.0_00040102}, or empty when missing or
   *     unreadable
   * @param bucketStreams the hash-bucket streams {@code __substg1.0_10000102} to
   *     {@code __substg1.0_101E0102} present, by name with the hex digits in upper case
   * @param errors the streams of the storage that could not be read, with the reason
   */
  public record NameIdStorage(String path, List<Node> children, Optional<Bytes> guidStream,
      Optional<Bytes> entryStream, Optional<Bytes> stringStream, Map<String, Bytes> bucketStreams,
      List<Problem> errors) {
    /**
     * Checks the components and copies the collections.
     *
     * @param path the {@code path} component
     * @param children the {@code children} component
     * @param guidStream the {@code guidStream} component
     * @param entryStream the {@code entryStream} component
     * @param stringStream the {@code stringStream} component
     * @param bucketStreams the {@code bucketStreams} component
     * @param errors the {@code errors} component
     * @throws NullPointerException when a component is null
     */
    public NameIdStorage {
      Objects.requireNonNull(path, "path");
      children = List.copyOf(children);
      Objects.requireNonNull(guidStream, "guidStream");
      Objects.requireNonNull(entryStream, "entryStream");
      Objects.requireNonNull(stringStream, "stringStream");
      bucketStreams = Collections.unmodifiableMap(new TreeMap<>(bucketStreams));
      errors = List.copyOf(errors);
    }

    /**
     * Returns the entries of the entry stream as stored, one per whole 8 bytes.
     *
     * @return the entries in stream order; empty without an entry stream
     */
    public List<NamedEntry> entries() {
      if (entryStream.isEmpty()) {
        return List.of();
      }
      Bytes e = entryStream.get();
      ByteBuffer b = e.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
      int count = e.size() / 8;
      NamedEntry[] out = new NamedEntry[count];
      for (int i = 0; i < count; i++) {
        out[i] = new NamedEntry(i, b.getInt(8 * i), b.getInt(8 * i + 4));
      }
      return List.of(out);
    }
  }

  /**
   * One 8-byte entry of the entry stream of the named property mapping storage.
   *
   * <p>Specified by [MS-OXMSG] section 2.2.3.1.2.
   *
   * @param position the zero-based position of the entry in the stream; the property id it maps is
   *     0x8000 plus the position
   * @param nameIdentifierOrStringOffset the LID of a numerical named property, or the byte offset of
   *     the name in the string stream
   * @param indexAndKind the Index and Kind Information field: kind in bit 0, GUID index in bits 1 to
   *     15, property index in bits 16 to 31
   */
  public record NamedEntry(int position, int nameIdentifierOrStringOffset, int indexAndKind) {
    /**
     * Returns the property kind.
     *
     * @return 0 for a numerical (LID) named property, 1 for a string name
     */
    public int kind() {
      return indexAndKind & 1;
    }

    /**
     * Returns the GUID index: 1 for PS_MAPI, 2 for PS_PUBLIC_STRINGS, 3 or more for the GUID stream.
     *
     * @return 0 to 0x7FFF
     */
    public int guidIndex() {
      return (indexAndKind >>> 1) & 0x7FFF;
    }

    /**
     * Returns the property index field.
     *
     * @return 0 to 0xFFFF; the property id is 0x8000 plus this index
     */
    public int propertyIndex() {
      return indexAndKind >>> 16;
    }

    /**
     * Returns the property id the entry's position gives.
     *
     * @return 0x8000 plus the position
     */
    public int propertyId() {
      return 0x8000 + position;
    }
  }

  /**
   * A storage or stream of the container that could not be read, or a walk cut short.
   *
   * @param path the path of the storage or stream
   * @param reason what went wrong, naming the size or limit
   */
  public record Problem(String path, String reason) {
    /**
     * Checks the components.
     *
     * @param path the {@code path} component
     * @param reason the {@code reason} component
     * @throws NullPointerException when a component is null
     */
    public Problem {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
