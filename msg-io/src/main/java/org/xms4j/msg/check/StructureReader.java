package org.xms4j.msg.check;

import static org.xms4j.msg.internal.PropertyStream.FIXED_TYPES;
import static org.xms4j.msg.internal.PropertyStream.MULTI_VARIABLE_TYPES;
import static org.xms4j.msg.internal.PropertyStream.OBJECT_TYPE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.Bytes;
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
import org.xms4j.msg.internal.AttachMethods;
import org.xms4j.msg.internal.CfbFile;
import org.xms4j.msg.internal.CfbNames;
import org.xms4j.msg.internal.CorruptContainerException;
import org.xms4j.msg.internal.NameIndex;
import org.xms4j.msg.internal.ReadBudget;
import org.xms4j.path.MessagePath;

/**
 * Builds a {@link MsgStructure} from a compound file, bounded and without stopping at defects.
 *
 * <p>The file is opened once with the reader's container ({@link CfbFile}), which checks the
 * compound-file header before anything is allocated, and walked here storage by storage so that
 * value streams can be sized and their last bytes read without reading them whole. What the reader
 * decides too is decided by the reader's code: where the entries of a property stream start and
 * how they are read ({@link org.xms4j.msg.internal.PropertyStream}), which entry a name finds when
 * names differ only in case ({@link NameIndex}), whether a stream may be read ({@link ReadBudget}),
 * which substorages hold embedded messages ({@link AttachMethods}) and which streams are hash
 * buckets ({@link CfbNames#bucketId(String)}).
 */
final class StructureReader {

  private static final ReadLimits LIMITS = ReadLimits.DEFAULT;
  private static final UUID NIL = new UUID(0, 0);
  private static final String SUBSTG = CfbNames.SUBSTG_PREFIX;

  private final ReadBudget budget;
  private final List<Node> nodes = new ArrayList<>();
  private final Map<String, CfbFile.Doc> docs = new HashMap<>();
  private final Map<String, List<Node>> children = new HashMap<>();
  private final Map<String, NameIndex<Node>> indexes = new HashMap<>();
  private final Map<String, String> listErrors = new HashMap<>();
  private final List<ObjectStorage> objects = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private boolean cut;

  private StructureReader(long containerSize) {
    this.budget = new ReadBudget(containerSize, LIMITS.maxTotalBytes());
  }

  static MsgStructure read(Path file) throws IOException {
    try (CfbFile cfb = CfbFile.open(file, LIMITS.maxFileSizeInBytes())) {
      return new StructureReader(cfb.containerSize()).build(cfb);
    }
  }

  static MsgStructure read(byte[] bytes) throws IOException {
    try (CfbFile cfb = CfbFile.open(new ByteArrayInputStream(bytes), LIMITS.maxFileSizeInBytes())) {
      return new StructureReader(cfb.containerSize()).build(cfb);
    }
  }

  private static MsgFormatException corrupt(Exception e) {
    return new MsgFormatException("corrupt compound file: " + e, "/", OptionalInt.empty(), -1, MessagePath.ROOT, e);
  }

  private MsgStructure build(CfbFile cfb) throws MsgFormatException {
    CfbFile.Dir root;
    try {
      root = cfb.root();
    } catch (CorruptContainerException | RuntimeException e) {
      throw corrupt(e);
    }
    walk(root, "Root Entry", 0);
    if (listErrors.containsKey("/")) {
      throw new MsgFormatException("cannot list the root storage: " + listErrors.get("/"), "/", OptionalInt.empty(),
          -1, MessagePath.ROOT, null);
    }
    walkMessage("/", ObjectKind.MESSAGE, MessagePath.ROOT, 0);
    Optional<NameIdStorage> nameId = nameId();
    return new MsgStructure(root.classId(), nodes, objects, nameId, problems);
  }

  /**
   * Returns the header size a property stream has, as the reader reads it:
   * {@link org.xms4j.msg.internal.PropertyStream#headerSize(byte[], int)}.
   */
  static int headerSize(byte[] s, int expected) {
    return org.xms4j.msg.internal.PropertyStream.headerSize(s, expected);
  }

  // ------------------------------------------------------------------ the tree

  private void walk(CfbFile.Dir dir, String name, int depth) {
    String path = dir.path();
    nodes.add(new Node(path, name, true, 0, dir.classId(), depth));
    if (depth >= LIMITS.maxStorageDepth()) {
      problems.add(new Problem(path, "storage nesting deeper than ReadLimits.maxStorageDepth "
          + LIMITS.maxStorageDepth() + "; its entries are not walked"));
      children.put(path, List.of());
      return;
    }
    List<CfbFile.Node> list;
    try {
      list = dir.children();
    } catch (CorruptContainerException e) {
      listErrors.put(path, String.valueOf(e.getMessage()));
      problems.add(new Problem(path, "cannot list the storage's entries: " + e.getMessage()));
      list = List.of();
    }
    List<Node> kids = new ArrayList<>();
    children.put(path, kids);
    for (CfbFile.Node e : list) {
      if (nodes.size() >= MsgStructure.MAX_NODES) {
        if (!cut) {
          cut = true;
          problems.add(new Problem(path, "more than " + MsgStructure.MAX_NODES
              + " storages and streams; the rest of the file is not walked"));
        }
        return;
      }
      if (e instanceof CfbFile.Dir d) {
        int before = nodes.size();
        walk(d, d.name(), depth + 1);
        kids.add(nodes.get(before));
      } else if (e instanceof CfbFile.Doc d) {
        Node n = new Node(d.path(), d.name(), false, d.size(), NIL, depth + 1);
        nodes.add(n);
        docs.put(d.path(), d);
        kids.add(n);
      }
    }
  }

  private List<Node> kids(String path) {
    return children.getOrDefault(path, List.of());
  }

  /**
   * Returns the child of exactly a name, else the first in name order whose name equals it ignoring
   * case: the reader's lookup ({@link CfbFile.Dir#childAnyCase(String)}, the same {@link NameIndex}),
   * on the nodes of the view.
   */
  private @Nullable Node find(String storagePath, String name) {
    return index(storagePath).anyCase(name);
  }

  private NameIndex<Node> index(String storagePath) {
    return indexes.computeIfAbsent(storagePath, p -> NameIndex.of(kids(p), Node::name));
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
    Node sub = find(path, CfbNames.ATTACH_OBJECT);
    if (sub == null || !sub.storage()) {
      return;
    }
    Node props = find(sub.path(), CfbNames.PROPERTIES);
    if (!AttachMethods.holdsEmbeddedMessage(a.attachMethod(), props != null && !props.storage())) {
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
    Node ps = find(path, CfbNames.PROPERTIES);
    Optional<PropertyStream> stream = Optional.empty();
    if (ps != null && !ps.storage()) {
      stream = Optional.of(propertyStream(ps, kind, path));
    }
    return new ObjectStorage(kind, path, mp, kids, stream, listError);
  }

  private PropertyStream propertyStream(Node ps, ObjectKind kind, String storagePath) {
    int expected = kind.headerSizeInBytes();
    long max = expected + 16L * LIMITS.maxPropertiesPerObject();
    Reading r = content(ps, max, "ReadLimits.maxPropertiesPerObject " + LIMITS.maxPropertiesPerObject()
        + " entries");
    if (r.bytes == null) {
      return new PropertyStream(ps.path(), ps.sizeInBytes(), expected, -1, Bytes.EMPTY, List.of(),
          Optional.of(String.valueOf(r.error)));
    }
    byte[] s = r.bytes.toByteArray();
    int found = headerSize(s, expected);
    int start = found >= 0 ? found : expected;
    Bytes header = Bytes.of(s, 0, Math.min(s.length, start));
    NameIndex<Node> index = index(storagePath);
    Map<String, List<Node>> numbered = numberedStreams(kids(storagePath));
    List<PropertyEntry> entries = new ArrayList<>();
    for (org.xms4j.msg.internal.PropertyStream.Entry e : org.xms4j.msg.internal.PropertyStream.entries(s, start)) {
      entries.add(entry(e, index, numbered));
    }
    return new PropertyStream(ps.path(), ps.sizeInBytes(), expected, found, header, entries, Optional.empty());
  }

  /**
   * The streams of a storage named like a value stream of a multi-valued property ({@code -} and 8
   * hex digits after a name), by the upper-cased name before the {@code -}, in name order.
   */
  private static Map<String, List<Node>> numberedStreams(List<Node> kids) {
    Map<String, List<Node>> out = new HashMap<>();
    for (Node n : kids) {
      int dash = n.name().length() - 9;
      if (!n.storage() && dash > 0 && n.name().charAt(dash) == '-') {
        out.computeIfAbsent(CfbNames.upperCase(n.name().substring(0, dash)), k -> new ArrayList<>()).add(n);
      }
    }
    return out;
  }

  private PropertyEntry entry(org.xms4j.msg.internal.PropertyStream.Entry e, NameIndex<Node> index,
      Map<String, List<Node>> numbered) {
    int tag = e.tag();
    int type = e.typeCode();
    if (FIXED_TYPES.contains(type) || type == OBJECT_TYPE) {
      return new PropertyEntry(tag, e.flags(), e.value(), e.offset(), Optional.empty(), List.of());
    }
    String name = CfbNames.valueStream(tag);
    Node main = index.anyCase(name);
    Optional<ValueStream> mainStream = Optional.empty();
    if (main != null && !main.storage()) {
      boolean string = type == 0x001E || type == 0x001F;
      boolean lengths = MULTI_VARIABLE_TYPES.contains(type);
      mainStream = Optional.of(valueStream(main, -1, string, lengths));
    }
    List<ValueStream> values = new ArrayList<>();
    if (MULTI_VARIABLE_TYPES.contains(type)) {
      for (Node n : numbered.getOrDefault(CfbNames.upperCase(name), List.of())) {
        int i = hexIndex(n.name().substring(n.name().length() - 8));
        if (i >= 0) {
          values.add(valueStream(n, i, type != 0x1102, false));
        }
      }
      values.sort(Comparator.comparingInt(ValueStream::index).thenComparing(ValueStream::name));
    }
    return new PropertyEntry(tag, e.flags(), e.value(), e.offset(), mainStream, values);
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
    Node n = find("/", CfbNames.NAMEID);
    if (n == null || !n.storage()) {
      return Optional.empty();
    }
    List<Node> kids = kids(n.path());
    List<Problem> errors = new ArrayList<>();
    int maxNamed = LIMITS.maxNamedProperties();
    Optional<Bytes> guid = nameIdStream(n.path(), CfbNames.NAMEID_GUID, 16L * maxNamed, errors);
    Optional<Bytes> entry = nameIdStream(n.path(), CfbNames.NAMEID_ENTRY, 8L * maxNamed, errors);
    Optional<Bytes> string = nameIdStream(n.path(), CfbNames.NAMEID_STRING, LIMITS.maxStreamSizeInBytes(), errors);
    Map<String, Bytes> buckets = new HashMap<>();
    for (Node k : kids) {
      int id = CfbNames.bucketId(k.name());
      if (!k.storage() && id >= 0) {
        Reading r = content(k, 8L * maxNamed, "8 bytes for each of ReadLimits.maxNamedProperties " + maxNamed);
        if (r.bytes != null) {
          buckets.putIfAbsent(CfbNames.bucketStream(id), r.bytes);
        } else {
          errors.add(new Problem(k.path(), String.valueOf(r.error)));
        }
      }
    }
    return Optional.of(new NameIdStorage(n.path(), kids, guid, entry, string, buckets, errors));
  }

  private Optional<Bytes> nameIdStream(String storagePath, String name, long max, List<Problem> errors) {
    Node n = find(storagePath, name);
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

  private Reading content(Node n, long max, String maxName) {
    long size = n.sizeInBytes();
    switch (budget.check(size, Math.min(max, LIMITS.maxStreamSizeInBytes()))) {
      case LARGER_THAN_CONTAINER:
        return new Reading(null, "declares " + size + " bytes, more than the whole file of " + budget.containerSize());
      case OVER_STREAM_LIMIT:
        return new Reading(null, "declares " + size + " bytes, more than " + Math.min(max,
            LIMITS.maxStreamSizeInBytes()) + " (" + maxName + "); not read");
      case OVER_TOTAL_LIMIT:
        return new Reading(null, "not read: the view would read more than ReadLimits.maxTotalBytes "
            + LIMITS.maxTotalBytes());
      default:
        break;
    }
    CfbFile.Doc d = docs.get(n.path());
    if (d == null) {
      return new Reading(null, "not a stream");
    }
    budget.spend(size);
    try {
      return new Reading(d.read(), null);
    } catch (IOException e) {
      return new Reading(null, String.valueOf(e.getMessage()));
    }
  }

  private Reading tail(Node n) {
    long size = n.sizeInBytes();
    if (size > budget.containerSize()) {
      return new Reading(null, "declares " + size + " bytes, more than the whole file of " + budget.containerSize());
    }
    CfbFile.Doc d = docs.get(n.path());
    if (d == null) {
      return new Reading(null, "not a stream");
    }
    try {
      return new Reading(d.tail(2), null);
    } catch (IOException e) {
      return new Reading(null, String.valueOf(e.getMessage()));
    }
  }
}
