package org.xms4j.msg.check;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.hpsf.ClassID;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.msg.MsgFormatException;
import org.xms4j.msg.ReadLimits;
import org.xms4j.msg.check.MsgStructure.NameIdStorage;
import org.xms4j.msg.check.MsgStructure.Node;
import org.xms4j.msg.check.MsgStructure.ObjectKind;
import org.xms4j.msg.check.MsgStructure.ObjectStorage;
import org.xms4j.msg.check.MsgStructure.Problem;
import org.xms4j.msg.check.MsgStructure.PropertyEntry;
import org.xms4j.msg.check.MsgStructure.PropertyStream;
import org.xms4j.msg.check.MsgStructure.ValueStream;
import org.xms4j.msg.internal.CfbFile;
import org.xms4j.msg.internal.CfbNames;
import org.xms4j.path.MessagePath;

/**
 * Builds a {@link MsgStructure} from a compound file through POIFS, bounded and without stopping at
 * defects.
 *
 * <p>The file is first opened with the reader's own guard ({@link CfbFile#open(Path, long)}), which
 * checks the compound-file header before POIFS allocates anything, then walked here with POIFS
 * directly so that value streams can be sized and their last bytes read without reading them whole.
 */
final class StructureReader {

  private static final ReadLimits LIMITS = ReadLimits.DEFAULT;
  private static final UUID NIL = new UUID(0, 0);
  private static final String SUBSTG = CfbNames.SUBSTG_PREFIX;
  /** Type codes whose values are in the entry. */
  static final Set<Integer> FIXED = Set.of(0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x0007, 0x000A, 0x000B, 0x0014,
      0x0040);
  /** Type codes whose values are in one stream. */
  static final Set<Integer> VARIABLE = Set.of(0x001E, 0x001F, 0x0102, 0x0048);
  /** Multi-valued fixed-length type codes, all values in one stream. */
  static final Set<Integer> MULTI_FIXED = Set.of(0x1002, 0x1003, 0x1004, 0x1005, 0x1006, 0x1007, 0x1014, 0x1040,
      0x1048);
  /** Multi-valued variable-length type codes: a length stream and one stream per value. */
  static final Set<Integer> MULTI_VARIABLE = Set.of(0x101E, 0x101F, 0x1102);
  /** PtypObject. */
  static final int OBJECT = 0x000D;

  private final long containerSize;
  private final List<Node> nodes = new ArrayList<>();
  private final Map<String, DirectoryEntry> dirs = new HashMap<>();
  private final Map<String, DocumentEntry> docs = new HashMap<>();
  private final Map<String, List<Node>> children = new HashMap<>();
  private final Map<String, String> listErrors = new HashMap<>();
  private final List<ObjectStorage> objects = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private long bytesRead;
  private boolean cut;

  private StructureReader(long containerSize) {
    this.containerSize = containerSize;
  }

  static MsgStructure read(Path file) throws IOException {
    CfbFile.open(file, LIMITS.maxFileSizeInBytes()).close();
    long size = Files.size(file);
    POIFSFileSystem fs;
    try {
      fs = new POIFSFileSystem(file.toFile(), true);
    } catch (FileNotFoundException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw corrupt(e);
    }
    try (fs) {
      return new StructureReader(size).build(fs);
    }
  }

  static MsgStructure read(byte[] bytes) throws IOException {
    CfbFile.open(new ByteArrayInputStream(bytes), LIMITS.maxFileSizeInBytes()).close();
    POIFSFileSystem fs;
    try {
      fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw corrupt(e);
    }
    try (fs) {
      return new StructureReader(bytes.length).build(fs);
    }
  }

  private static MsgFormatException corrupt(Exception e) {
    return new MsgFormatException("corrupt compound file: " + e, "/", OptionalInt.empty(), -1, MessagePath.ROOT, e);
  }

  private MsgStructure build(POIFSFileSystem fs) throws MsgFormatException {
    DirectoryEntry root;
    try {
      root = fs.getRoot();
    } catch (RuntimeException e) {
      throw corrupt(e);
    }
    walk(root, "/", "Root Entry", 0);
    if (listErrors.containsKey("/")) {
      throw new MsgFormatException("cannot list the root storage: " + listErrors.get("/"), "/", OptionalInt.empty(),
          -1, MessagePath.ROOT, null);
    }
    walkMessage("/", ObjectKind.MESSAGE, MessagePath.ROOT, 0);
    Optional<NameIdStorage> nameId = nameId();
    return new MsgStructure(classId(root), nodes, objects, nameId, problems);
  }

  // ------------------------------------------------------------------ the tree

  private void walk(DirectoryEntry dir, String path, String name, int depth) {
    nodes.add(new Node(path, name, true, 0, classId(dir), depth));
    dirs.put(path, dir);
    if (depth >= LIMITS.maxStorageDepth()) {
      problems.add(new Problem(path, "storage nesting deeper than ReadLimits.maxStorageDepth "
          + LIMITS.maxStorageDepth() + "; its entries are not walked"));
      children.put(path, List.of());
      return;
    }
    List<Entry> list = new ArrayList<>();
    try {
      for (Entry e : dir) {
        list.add(e);
        if (list.size() > MsgStructure.MAX_NODES) {
          break;
        }
      }
    } catch (RuntimeException e) {
      listErrors.put(path, String.valueOf(e));
      problems.add(new Problem(path, "cannot list the storage's entries: " + e));
    }
    list.sort(Comparator.comparing(Entry::getName));
    List<Node> kids = new ArrayList<>();
    children.put(path, kids);
    for (Entry e : list) {
      if (nodes.size() >= MsgStructure.MAX_NODES) {
        if (!cut) {
          cut = true;
          problems.add(new Problem(path, "more than " + MsgStructure.MAX_NODES
              + " storages and streams; the rest of the file is not walked"));
        }
        return;
      }
      String childPath = path.equals("/") ? "/" + e.getName() : path + "/" + e.getName();
      if (e instanceof DirectoryEntry d) {
        int before = nodes.size();
        walk(d, childPath, e.getName(), depth + 1);
        kids.add(nodes.get(before));
      } else if (e instanceof DocumentEntry d) {
        Node n = new Node(childPath, e.getName(), false, Integer.toUnsignedLong(d.getSize()), NIL, depth + 1);
        nodes.add(n);
        docs.put(childPath, d);
        kids.add(n);
      }
    }
  }

  private static UUID classId(DirectoryEntry d) {
    try {
      ClassID c = d.getStorageClsid();
      if (c == null) {
        return NIL;
      }
      byte[] wire = new byte[16];
      c.write(wire, 0);
      return PropertyValue.Guid.fromWireBytes(wire, 0);
    } catch (RuntimeException e) {
      return NIL;
    }
  }

  private List<Node> kids(String path) {
    return children.getOrDefault(path, List.of());
  }

  private static @Nullable Node find(List<Node> kids, String name) {
    for (Node n : kids) {
      if (n.name().equals(name)) {
        return n;
      }
    }
    for (Node n : kids) {
      if (n.name().equalsIgnoreCase(name)) {
        return n;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ objects

  private void walkMessage(String path, ObjectKind kind, MessagePath mp, int embeddedDepth) {
    objects.add(object(path, kind, mp));
    List<Node> recips = new ArrayList<>();
    List<Node> atts = new ArrayList<>();
    for (Node n : kids(path)) {
      String lower = n.name().toLowerCase(Locale.ROOT);
      if (n.storage() && lower.startsWith("__recip_version1.0_")) {
        recips.add(n);
      } else if (n.storage() && lower.startsWith("__attach_version1.0_")) {
        atts.add(n);
      }
    }
    Comparator<Node> byNumber = Comparator.comparingLong(StructureReader::storageNumber)
        .thenComparing(Node::name);
    recips.sort(byNumber);
    atts.sort(byNumber);
    for (int i = 0; i < recips.size(); i++) {
      Node r = recips.get(i);
      MessagePath rmp = storageNumber(r) == Long.MAX_VALUE ? mp.child(r.name()) : mp.recipient(i);
      objects.add(object(r.path(), ObjectKind.RECIPIENT, rmp));
    }
    for (int i = 0; i < atts.size(); i++) {
      Node a = atts.get(i);
      MessagePath amp = storageNumber(a) == Long.MAX_VALUE ? mp.child(a.name()) : mp.attachment(i);
      walkAttachment(a.path(), amp, embeddedDepth);
    }
  }

  /** The number of a recipient or attachment storage name as the reader parses it; MAX_VALUE when none. */
  private static long storageNumber(Node n) {
    OptionalInt r = CfbNames.recipientNumber(n.name());
    if (r.isPresent()) {
      return r.getAsInt();
    }
    OptionalInt a = CfbNames.attachmentNumber(n.name());
    return a.isPresent() ? a.getAsInt() : Long.MAX_VALUE;
  }

  private void walkAttachment(String path, MessagePath mp, int embeddedDepth) {
    ObjectStorage a = object(path, ObjectKind.ATTACHMENT, mp);
    objects.add(a);
    Node sub = find(a.children(), CfbNames.ATTACH_OBJECT);
    if (sub == null || !sub.storage()) {
      return;
    }
    OptionalInt method = a.attachMethod();
    Node props = find(kids(sub.path()), CfbNames.PROPERTIES);
    boolean embedded = method.isPresent() ? method.getAsInt() == 5 : props != null && !props.storage();
    if (!embedded) {
      return;
    }
    if (embeddedDepth + 1 > LIMITS.maxEmbeddedDepth()) {
      problems.add(new Problem(sub.path(), "embedded messages nested deeper than ReadLimits.maxEmbeddedDepth "
          + LIMITS.maxEmbeddedDepth() + "; this one is not walked"));
      return;
    }
    walkMessage(sub.path(), ObjectKind.EMBEDDED_MESSAGE, mp.embedded(), embeddedDepth + 1);
  }

  private ObjectStorage object(String path, ObjectKind kind, MessagePath mp) {
    List<Node> kids = kids(path);
    Optional<String> listError = Optional.ofNullable(listErrors.get(path));
    Node ps = find(kids, CfbNames.PROPERTIES);
    Optional<PropertyStream> stream = Optional.empty();
    if (ps != null && !ps.storage()) {
      stream = Optional.of(propertyStream(ps, kind, kids));
    }
    return new ObjectStorage(kind, path, mp, kids, stream, listError);
  }

  private PropertyStream propertyStream(Node ps, ObjectKind kind, List<Node> kids) {
    int expected = kind.headerSizeInBytes();
    long max = expected + 16L * LIMITS.maxPropertiesPerObject();
    Reading r = content(ps, max, "ReadLimits.maxPropertiesPerObject " + LIMITS.maxPropertiesPerObject()
        + " entries");
    if (r.bytes == null) {
      return new PropertyStream(ps.path(), ps.sizeInBytes(), expected, -1, Bytes.EMPTY, List.of(),
          Optional.of(r.error));
    }
    byte[] s = r.bytes.toByteArray();
    int found = headerSize(s, expected);
    int start = found >= 0 ? found : expected;
    Bytes header = Bytes.of(s, 0, Math.min(s.length, start));
    ByteBuffer b = ByteBuffer.wrap(s).order(ByteOrder.LITTLE_ENDIAN);
    Map<String, Node> byUpperName = new HashMap<>();
    for (Node n : kids) {
      byUpperName.putIfAbsent(n.name().toUpperCase(Locale.ROOT), n);
    }
    List<PropertyEntry> entries = new ArrayList<>();
    for (int off = start; off + 16 <= s.length; off += 16) {
      int tag = b.getInt(off);
      int flags = b.getInt(off + 4);
      long value = b.getLong(off + 8);
      entries.add(entry(tag, flags, value, off, kids, byUpperName));
    }
    return new PropertyStream(ps.path(), ps.sizeInBytes(), expected, found, header, entries, Optional.empty());
  }

  /**
   * Returns the header size a property stream has: the expected one when the size is that header
   * plus whole 16-byte entries; otherwise, for a size 8 more than a multiple of 16, 8 or 24 as the
   * bytes 8 to 23 look like an entry or not; 32 for a multiple of 16 from 32 on; else -1.
   */
  static int headerSize(byte[] s, int expected) {
    int n = s.length;
    if (n >= expected && (n - expected) % 16 == 0) {
      return expected;
    }
    if (n % 16 == 8) {
      return n >= 24 && !plausibleEntry(s, 8) ? 24 : 8;
    }
    if (n % 16 == 0 && n >= 32) {
      return 32;
    }
    return -1;
  }

  private static boolean plausibleEntry(byte[] s, int off) {
    ByteBuffer b = ByteBuffer.wrap(s).order(ByteOrder.LITTLE_ENDIAN);
    int tag = b.getInt(off);
    int flags = b.getInt(off + 4);
    int type = tag & 0xFFFF;
    boolean known = FIXED.contains(type) || VARIABLE.contains(type) || MULTI_FIXED.contains(type)
        || MULTI_VARIABLE.contains(type) || type == OBJECT;
    return known && (tag >>> 16) != 0 && (flags & ~7) == 0;
  }

  private PropertyEntry entry(int tag, int flags, long value, int off, List<Node> kids, Map<String, Node> byUpper) {
    int type = tag & 0xFFFF;
    if (FIXED.contains(type) || type == OBJECT) {
      return new PropertyEntry(tag, flags, value, off, Optional.empty(), List.of());
    }
    String name = SUBSTG + MsgStructure.hex8(tag);
    Node main = byUpper.get(name.toUpperCase(Locale.ROOT));
    Optional<ValueStream> mainStream = Optional.empty();
    if (main != null && !main.storage()) {
      boolean string = type == 0x001E || type == 0x001F;
      boolean lengths = MULTI_VARIABLE.contains(type);
      mainStream = Optional.of(valueStream(main, -1, string, lengths));
    }
    List<ValueStream> values = new ArrayList<>();
    if (MULTI_VARIABLE.contains(type)) {
      String prefix = name.toUpperCase(Locale.ROOT) + "-";
      for (Node n : kids) {
        String upper = n.name().toUpperCase(Locale.ROOT);
        if (!n.storage() && upper.startsWith(prefix) && upper.length() == prefix.length() + 8) {
          int index = hexIndex(upper.substring(prefix.length()));
          if (index >= 0) {
            values.add(valueStream(n, index, type != 0x1102, false));
          }
        }
      }
      values.sort(Comparator.comparingInt(ValueStream::index).thenComparing(ValueStream::name));
    }
    return new PropertyEntry(tag, flags, value, off, mainStream, values);
  }

  /** Parses 8 hex digits of either case; -1 when they are not hex or exceed Integer.MAX_VALUE. */
  static int hexIndex(String hex) {
    long v = 0;
    for (int i = 0; i < hex.length(); i++) {
      int d = Character.digit(hex.charAt(i), 16);
      if (d < 0) {
        return -1;
      }
      v = v << 4 | d;
    }
    return v > Integer.MAX_VALUE ? -1 : (int) v;
  }

  private ValueStream valueStream(Node n, int index, boolean readTail, boolean readContent) {
    Bytes tail = Bytes.EMPTY;
    Optional<Bytes> content = Optional.empty();
    String error = null;
    if (readContent) {
      Reading r = content(n, 8L * LIMITS.maxValuesPerProperty(), "ReadLimits.maxValuesPerProperty "
          + LIMITS.maxValuesPerProperty() + " values");
      content = Optional.ofNullable(r.bytes);
      error = r.error;
    } else if (readTail) {
      Reading r = tail(n);
      if (r.bytes != null) {
        tail = r.bytes;
      }
      error = r.error;
    }
    return new ValueStream(n.name(), n.path(), index, n.sizeInBytes(), tail, content, Optional.ofNullable(error));
  }

  // ------------------------------------------------------------------ named property mapping

  private Optional<NameIdStorage> nameId() {
    Node n = find(kids("/"), CfbNames.NAMEID);
    if (n == null || !n.storage()) {
      return Optional.empty();
    }
    List<Node> kids = kids(n.path());
    List<Problem> errors = new ArrayList<>();
    int maxNamed = LIMITS.maxNamedProperties();
    Optional<Bytes> guid = nameIdStream(kids, CfbNames.NAMEID_GUID, 16L * maxNamed, errors);
    Optional<Bytes> entry = nameIdStream(kids, CfbNames.NAMEID_ENTRY, 8L * maxNamed, errors);
    Optional<Bytes> string = nameIdStream(kids, CfbNames.NAMEID_STRING, LIMITS.maxStreamSizeInBytes(), errors);
    Map<String, Bytes> buckets = new HashMap<>();
    for (Node k : kids) {
      String upper = k.name().toUpperCase(Locale.ROOT);
      if (!k.storage() && bucketId(upper) >= 0) {
        Reading r = content(k, 8L * maxNamed, "8 bytes for each of ReadLimits.maxNamedProperties " + maxNamed);
        if (r.bytes != null) {
          buckets.putIfAbsent(SUBSTG + upper.substring(SUBSTG.length()), r.bytes);
        } else {
          errors.add(new Problem(k.path(), r.error));
        }
      }
    }
    return Optional.of(new NameIdStorage(n.path(), kids, guid, entry, string, buckets, errors));
  }

  /** Returns the stream id of a hash-bucket stream name in upper case, or -1. */
  static int bucketId(String upperName) {
    if (upperName.length() != SUBSTG.length() + 8 || !upperName.startsWith(SUBSTG.toUpperCase(Locale.ROOT))
        || !upperName.endsWith("0102")) {
      return -1;
    }
    int id = hexIndex(upperName.substring(SUBSTG.length(), SUBSTG.length() + 4));
    return id >= 0x1000 && id <= 0x101E ? id : -1;
  }

  private Optional<Bytes> nameIdStream(List<Node> kids, String name, long max, List<Problem> errors) {
    Node n = find(kids, name);
    if (n == null || n.storage()) {
      return Optional.empty();
    }
    Reading r = content(n, max, "the most a named property mapping of ReadLimits.maxNamedProperties "
        + LIMITS.maxNamedProperties() + " needs");
    if (r.bytes == null) {
      errors.add(new Problem(n.path(), r.error));
    }
    return Optional.ofNullable(r.bytes);
  }

  // ------------------------------------------------------------------ bounded reads

  /** Bytes read, or why not. */
  private static final class Reading {
    final @Nullable Bytes bytes;
    final @Nullable String error;

    Reading(@Nullable Bytes bytes, @Nullable String error) {
      this.bytes = bytes;
      this.error = error;
    }
  }

  private @Nullable String checkSize(Node n, long max, String maxName) {
    long size = n.sizeInBytes();
    if (size > containerSize) {
      return "declares " + size + " bytes, more than the whole file of " + containerSize;
    }
    if (size > max) {
      return "declares " + size + " bytes, more than " + max + " (" + maxName + "); not read";
    }
    if (bytesRead + size > LIMITS.maxTotalBytes()) {
      return "not read: the view would read more than ReadLimits.maxTotalBytes " + LIMITS.maxTotalBytes();
    }
    return null;
  }

  private Reading content(Node n, long max, String maxName) {
    String err = checkSize(n, Math.min(max, LIMITS.maxStreamSizeInBytes()), maxName);
    if (err != null) {
      return new Reading(null, err);
    }
    DocumentEntry d = docs.get(n.path());
    if (d == null) {
      return new Reading(null, "not a stream");
    }
    bytesRead += n.sizeInBytes();
    try (DocumentInputStream in = new DocumentInputStream(d)) {
      return new Reading(Bytes.read(in, (int) n.sizeInBytes()), null);
    } catch (EOFException e) {
      return new Reading(null, "ends before its declared " + n.sizeInBytes() + " bytes");
    } catch (IOException | RuntimeException e) {
      return new Reading(null, "cannot be read: " + e);
    }
  }

  private Reading tail(Node n) {
    long size = n.sizeInBytes();
    if (size > containerSize) {
      return new Reading(null, "declares " + size + " bytes, more than the whole file of " + containerSize);
    }
    int count = (int) Math.min(2, size);
    if (count == 0) {
      return new Reading(Bytes.EMPTY, null);
    }
    DocumentEntry d = docs.get(n.path());
    if (d == null) {
      return new Reading(null, "not a stream");
    }
    try (DocumentInputStream in = new DocumentInputStream(d)) {
      long toSkip = size - count;
      while (toSkip > 0) {
        long k = in.skip(toSkip);
        if (k <= 0) {
          return new Reading(null, "ends before its declared " + size + " bytes");
        }
        toSkip -= k;
      }
      byte[] t = new byte[count];
      in.readFully(t);
      return new Reading(Bytes.of(t), null);
    } catch (IOException | RuntimeException e) {
      return new Reading(null, "cannot be read: " + e);
    }
  }
}
