package org.xms4j.msg.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.message.Attachment;
import org.xms4j.message.CompoundEntry;
import org.xms4j.message.Message;
import org.xms4j.message.Recipient;
import org.xms4j.msg.LimitExceededException;
import org.xms4j.msg.NamedPropertyMapping;
import org.xms4j.msg.ReadIssue.Action;
import org.xms4j.msg.ReadLimits;
import org.xms4j.path.MessagePath;

/**
 * Reads the Message object of an open compound file: the named property mapping, the property
 * streams with their value streams, recipients, attachments, embedded messages at any depth, custom
 * storages, and every storage or stream no property describes (kept as extra entries).
 *
 * <p>Every anomaly goes to one {@link Anomalies} sink, which throws in strict mode and records an
 * issue in lenient mode; the code after each report is the lenient fallback. Every stream size and
 * count is checked against {@link ReadLimits} before anything of that size is allocated.
 *
 * <p>Extra entries of a recipient or attachment storage, and its CLSID, are kept on that
 * {@code Recipient} or {@code Attachment} ({@code extraEntries()}, {@code storageClassId()}), so they
 * stay with their object when recipients or attachments are removed or reordered. Unknown children of
 * {@code __nameid_version1.0} and its CLSID are kept among the extra entries of the top-level message,
 * as a storage of that name; the writer merges it into the mapping storage it writes.
 *
 * <p>Specified by [MS-OXMSG] sections 2.1 to 2.4.
 */
public final class MessageReader {

  private static final int ATTACH_OBJECT_TAG = 0x3701000D;
  private static final PropertyKey ATTACH_METHOD = PropertyKey.tagged(0x3705, PropertyType.INTEGER32);
  private static final UUID NIL = new UUID(0, 0);

  private final CfbFile cfb;
  private final ReadLimits limits;
  private final Anomalies an;
  private final ReadBudget budget;
  private final Map<Integer, NamedPropertyId> named = new HashMap<>();
  private final List<NamedPropertyMapping> mappings = new ArrayList<>();

  /**
   * Creates a reader for one file.
   *
   * @param cfb the open compound file
   * @param limits the limits
   * @param anomalies the sink of anomalies
   */
  public MessageReader(CfbFile cfb, ReadLimits limits, Anomalies anomalies) {
    this.cfb = cfb;
    this.limits = limits;
    this.an = anomalies;
    this.budget = new ReadBudget(cfb.containerSize(), limits.maxTotalBytes());
  }

  /**
   * Returns the named property mapping found, after {@link #read()}.
   *
   * @return the mappings in entry-stream order
   */
  public List<NamedPropertyMapping> mappings() {
    return List.copyOf(mappings);
  }

  /**
   * Reads the top-level message.
   *
   * @return the message
   * @throws org.xms4j.msg.MsgFormatException at an anomaly in strict mode, or when the container
   *     itself is unusable
   * @throws LimitExceededException when a limit is exceeded
   * @throws IOException when reading fails
   */
  public Message read() throws IOException {
    CfbFile.Dir root;
    try {
      root = cfb.root();
      root.children();
    } catch (CorruptContainerException e) {
      throw new org.xms4j.msg.MsgFormatException(String.valueOf(e.getMessage()), "/", OptionalInt.empty(), -1,
          MessagePath.ROOT, e);
    }
    Set<String> used = new HashSet<>();
    List<CompoundEntry> extras = new ArrayList<>();
    readNameId(root, used, extras);
    return readMessage(root, PropertyStream.Kind.TOP_LEVEL, MessagePath.ROOT, 0, CodePages.DEFAULT, used, extras);
  }

  // ---------------------------------------------------------------- streams and limits

  private @Nullable Bytes readStream(CfbFile.Doc d, OptionalInt tag, MessagePath mp) throws IOException {
    long size = d.size();
    switch (budget.check(size, limits.maxStreamSizeInBytes())) {
      case LARGER_THAN_CONTAINER:
        an.report(Action.SKIPPED, "stream declares " + size + " bytes, more than the whole file of "
            + cfb.containerSize() + "; the stream is dropped", d.path(), tag, -1, mp);
        return null;
      case OVER_STREAM_LIMIT:
        throw new LimitExceededException("maxStreamSizeInBytes", limits.maxStreamSizeInBytes(), size, d.path(), tag,
            mp);
      case OVER_TOTAL_LIMIT:
        throw new LimitExceededException("maxTotalBytes", limits.maxTotalBytes(), budget.spent() + size, d.path(), tag,
            mp);
      default:
        budget.spend(size);
    }
    try {
      return d.read();
    } catch (CorruptContainerException e) {
      an.report(Action.SKIPPED, e, d.path(), tag, mp);
      return null;
    }
  }

  private List<CfbFile.Node> children(CfbFile.Dir dir, MessagePath mp) throws IOException {
    try {
      return dir.children();
    } catch (CorruptContainerException e) {
      an.report(Action.SKIPPED, e, dir.path(), OptionalInt.empty(), mp);
      return List.of();
    }
  }

  /**
   * Returns the child of a name: of exactly that name, else one whose name equals it ignoring case,
   * as [MS-CFB] section 2.6.4 compares names and as the file-structure checker finds entries. Callers
   * mark the child used by its own name.
   */
  private CfbFile.@Nullable Node child(CfbFile.Dir dir, String name, MessagePath mp) throws IOException {
    if (children(dir, mp).isEmpty()) {
      return null; // includes a storage that cannot be listed, reported by children()
    }
    return dir.childAnyCase(name);
  }

  // ---------------------------------------------------------------- named property mapping

  private void readNameId(CfbFile.Dir root, Set<String> used, List<CompoundEntry> rootExtras) throws IOException {
    CfbFile.Node node = child(root, CfbNames.NAMEID, MessagePath.ROOT);
    if (!(node instanceof CfbFile.Dir nameid)) {
      return;
    }
    used.add(nameid.name());
    Set<String> nameidUsed = new HashSet<>();
    Bytes guid = nameIdStream(nameid, CfbNames.NAMEID_GUID, nameidUsed);
    CfbFile.Node entryNode = child(nameid, CfbNames.NAMEID_ENTRY, MessagePath.ROOT);
    if (entryNode instanceof CfbFile.Doc ed && ed.size() / 8 > limits.maxNamedProperties()) {
      throw new LimitExceededException("maxNamedProperties", limits.maxNamedProperties(), ed.size() / 8, ed.path(),
          OptionalInt.empty(), MessagePath.ROOT);
    }
    Bytes entry = nameIdStream(nameid, CfbNames.NAMEID_ENTRY, nameidUsed);
    Bytes string = nameIdStream(nameid, CfbNames.NAMEID_STRING, nameidUsed);
    List<NamedPropertyMapCodec.Entry> entries = NamedPropertyMapCodec.decode(guid, entry, string,
        limits.maxNamedProperties(), (skipped, stream, offset, reason) -> an.report(
            skipped ? Action.SKIPPED : Action.REPAIRED, reason, nameid.childPath(stream), OptionalInt.empty(),
            offset, MessagePath.ROOT));
    Map<String, Bytes> buckets = new HashMap<>();
    for (CfbFile.Node n : children(nameid, MessagePath.ROOT)) {
      int bucketId = CfbNames.bucketId(n.name());
      if (n instanceof CfbFile.Doc d && bucketId >= 0) {
        nameidUsed.add(n.name());
        Bytes b = readStream(d, OptionalInt.empty(), MessagePath.ROOT);
        if (b != null) {
          // keyed by the canonical name, under which bucketOf looks streams up: [MS-CFB] names match
          // ignoring case, so __substg1.0_101d0102 is the stream __substg1.0_101D0102
          buckets.putIfAbsent(CfbNames.bucketStream(bucketId), b);
        }
      }
    }
    for (NamedPropertyMapCodec.Entry e : entries) {
      String found = NamedPropertyMapCodec.bucketOf(buckets, e);
      String bucket = found != null ? found : CfbNames.bucketStream(NamedPropertyMapCodec.bucketStreamId(
          NamedPropertyMapCodec.hashKey(e.id()), e.guidIndex(), e.kind()));
      mappings.add(new NamedPropertyMapping(e.propertyId(), e.id(), bucket, found != null));
      named.putIfAbsent(e.propertyId(), e.id());
    }
    List<CompoundEntry> extras = leftovers(nameid, nameidUsed, false, MessagePath.ROOT);
    UUID clsid = nameid.classId();
    if (!extras.isEmpty() || !clsid.equals(NIL)) {
      rootExtras.add(new CompoundEntry.Storage(CfbNames.NAMEID, clsid, extras));
    }
  }

  private Bytes nameIdStream(CfbFile.Dir nameid, String name, Set<String> nameidUsed) throws IOException {
    CfbFile.Node n = child(nameid, name, MessagePath.ROOT);
    if (n instanceof CfbFile.Doc d) {
      nameidUsed.add(d.name());
      Bytes b = readStream(d, OptionalInt.empty(), MessagePath.ROOT);
      return b == null ? Bytes.EMPTY : b;
    }
    an.report(Action.REPAIRED, "named property mapping storage lacks its stream " + name + "; read as empty",
        nameid.path(), OptionalInt.empty(), -1, MessagePath.ROOT);
    return Bytes.EMPTY;
  }

  // ---------------------------------------------------------------- objects

  private Message readMessage(CfbFile.Dir dir, PropertyStream.Kind kind, MessagePath mp, int depth, int inheritedCp,
      Set<String> used, List<CompoundEntry> extras) throws IOException {
    Parsed p = readProperties(dir, kind, mp, inheritedCp, true, false, used);
    Message.Builder mb = Message.builder().properties(p.bag.build());
    List<Numbered> recips = new ArrayList<>();
    List<Numbered> atts = new ArrayList<>();
    for (CfbFile.Node n : children(dir, mp)) {
      if (n instanceof CfbFile.Dir d) {
        OptionalInt r = CfbNames.recipientNumber(n.name());
        OptionalInt a = CfbNames.attachmentNumber(n.name());
        if (r.isPresent()) {
          recips.add(new Numbered(r.getAsInt(), d));
        } else if (a.isPresent()) {
          atts.add(new Numbered(a.getAsInt(), d));
        }
      }
    }
    if (recips.size() > limits.maxRecipients()) {
      throw new LimitExceededException("maxRecipients", limits.maxRecipients(), recips.size(), dir.path(),
          OptionalInt.empty(), mp);
    }
    if (atts.size() > limits.maxAttachments()) {
      throw new LimitExceededException("maxAttachments", limits.maxAttachments(), atts.size(), dir.path(),
          OptionalInt.empty(), mp);
    }
    recips.sort(Comparator.comparingInt(Numbered::number));
    atts.sort(Comparator.comparingInt(Numbered::number));
    for (int i = 0; i < recips.size(); i++) {
      CfbFile.Dir rd = recips.get(i).dir();
      used.add(rd.name());
      MessagePath rmp = mp.recipient(i);
      Set<String> rused = new HashSet<>();
      Parsed rp = readProperties(rd, PropertyStream.Kind.RECIPIENT_OR_ATTACHMENT, rmp, p.codePage, false, false, rused);
      mb.addRecipient(new Recipient(rp.bag.build(), rd.classId(), leftovers(rd, rused, false, rmp)));
    }
    for (int i = 0; i < atts.size(); i++) {
      CfbFile.Dir ad = atts.get(i).dir();
      used.add(ad.name());
      MessagePath amp = mp.attachment(i);
      Set<String> aused = new HashSet<>();
      Attachment a = readAttachment(ad, amp, depth, p.codePage, aused);
      mb.addAttachment(a.withStorageClassId(ad.classId()).withExtraEntries(leftovers(ad, aused, false, amp)));
    }
    if (p.header != null && kind.hasCounts()) {
      checkCounts(p, recips, atts, mp);
    }
    extras.addAll(leftovers(dir, used, true, mp));
    extras.sort(Comparator.comparing(CompoundEntry::name));
    extras.forEach(mb::addExtraEntry);
    return mb.build();
  }

  private void checkCounts(Parsed p, List<Numbered> recips, List<Numbered> atts, MessagePath mp) throws IOException {
    PropertyStream.Header h = p.header;
    if (h.recipientCount() != recips.size()) {
      an.report(Action.REPAIRED, "header says " + h.recipientCount() + " recipients, the storage holds "
          + recips.size(), p.path, OptionalInt.empty(), 16, mp);
    }
    if (h.attachmentCount() != atts.size()) {
      an.report(Action.REPAIRED, "header says " + h.attachmentCount() + " attachments, the storage holds "
          + atts.size(), p.path, OptionalInt.empty(), 20, mp);
    }
    long nextRecip = recips.isEmpty() ? 0 : recips.get(recips.size() - 1).number() + 1L;
    if (h.nextRecipientId() < nextRecip) {
      an.report(Action.REPAIRED, "header's next recipient id " + h.nextRecipientId()
          + " is already used by a recipient storage", p.path, OptionalInt.empty(), 8, mp);
    }
    long nextAtt = atts.isEmpty() ? 0 : atts.get(atts.size() - 1).number() + 1L;
    if (h.nextAttachmentId() < nextAtt) {
      an.report(Action.REPAIRED, "header's next attachment id " + h.nextAttachmentId()
          + " is already used by an attachment storage", p.path, OptionalInt.empty(), 12, mp);
    }
  }

  /**
   * Returns the children of a storage that reading it did not use, as extra entries sorted by name.
   * What the writer could not write back is reported as {@link Action#SKIPPED} and not kept, so that
   * a message read leniently can be written: a value stream of a named property id
   * ({@link CfbNames#isNamedValueStream(String)}; named property ids are reassigned when writing); an
   * entry whose name equals, ignoring case as [MS-CFB] section 2.6.4 compares names, that of an entry
   * read or kept before it (the first in name order is kept); and in a message storage, an entry
   * named like a recipient or attachment storage that is not read as one ([MS-OXMSG] 2.2.1, 2.2.2:
   * the writer numbers those storages itself) or like the named property mapping storage (read only
   * at the top level, [MS-OXMSG] 2.2.3, and written there by the writer).
   *
   * @param message true for the storage of a message (top level or embedded)
   */
  private List<CompoundEntry> leftovers(CfbFile.Dir dir, Set<String> used, boolean message, MessagePath mp)
      throws IOException {
    Map<String, String> taken = null;
    List<CompoundEntry> own = new ArrayList<>();
    for (CfbFile.Node n : children(dir, mp)) {
      if (used.contains(n.name())) {
        continue;
      }
      if (taken == null) {
        taken = new HashMap<>();
        for (String u : used) {
          taken.putIfAbsent(CfbNames.upperCase(u), u);
        }
      }
      String why = unkeepable(n, message, taken);
      if (why != null) {
        an.report(Action.SKIPPED, why, n.path(), OptionalInt.empty(), -1, mp);
        continue;
      }
      CompoundEntry ce = readRaw(n, 1, mp);
      if (ce != null) {
        own.add(ce);
      }
    }
    own.sort(Comparator.comparing(CompoundEntry::name));
    return own;
  }

  /**
   * Says why an entry that reading did not use cannot be kept as an extra entry, or returns null and
   * adds its upper-cased name to those taken.
   *
   * @param message true for an entry of a message storage
   * @param taken the upper-cased names of the storage's entries read or kept so far, with the names
   */
  private static @Nullable String unkeepable(CfbFile.Node n, boolean message, Map<String, String> taken) {
    String kind = n instanceof CfbFile.Dir ? "storage" : "stream";
    String name = n.name();
    boolean recip = CfbNames.recipientNumber(name).isPresent();
    if (message && (recip || CfbNames.attachmentNumber(name).isPresent())) {
      return kind + " named like " + (recip ? "a recipient storage ([MS-OXMSG] 2.2.1)" : "an attachment storage "
          + "([MS-OXMSG] 2.2.2)") + " is not read as one and is dropped: the writer numbers recipient and attachment "
          + "storages itself";
    }
    if (message && CfbNames.upperCase(name).equals(CfbNames.upperCase(CfbNames.NAMEID))) {
      return kind + " named like the named property mapping storage ([MS-OXMSG] 2.2.3) is not read as it and is "
          + "dropped: a file has one, at the top level, which the writer writes itself";
    }
    String other = taken.putIfAbsent(CfbNames.upperCase(name), name);
    if (other != null) {
      return duplicateName(kind, other);
    }
    if (CfbNames.isNamedValueStream(name)) {
      return "value " + kind + " of a named property without a property entry is dropped (named property ids are "
          + "reassigned when writing)";
    }
    return null;
  }

  private static String duplicateName(String kind, String other) {
    return kind + " has the name of the entry " + other + " ignoring case, as [MS-CFB] 2.6.4 compares names; a "
        + "storage cannot hold both, so it is dropped";
  }

  private @Nullable CompoundEntry readRaw(CfbFile.Node n, int depth, MessagePath mp) throws IOException {
    if (n instanceof CfbFile.Doc d) {
      Bytes b = readStream(d, OptionalInt.empty(), mp);
      return b == null ? null : new CompoundEntry.Stream(n.name(), b);
    }
    CfbFile.Dir dir = (CfbFile.Dir) n;
    if (depth > limits.maxStorageDepth()) {
      throw new LimitExceededException("maxStorageDepth", limits.maxStorageDepth(), depth, dir.path(),
          OptionalInt.empty(), mp);
    }
    List<CompoundEntry> children = new ArrayList<>();
    Map<String, String> taken = new HashMap<>();
    for (CfbFile.Node c : children(dir, mp)) {
      String other = taken.putIfAbsent(CfbNames.upperCase(c.name()), c.name());
      if (other != null) {
        an.report(Action.SKIPPED, duplicateName(c instanceof CfbFile.Dir ? "storage" : "stream", other), c.path(),
            OptionalInt.empty(), -1, mp);
        continue;
      }
      CompoundEntry ce = readRaw(c, depth + 1, mp);
      if (ce != null) {
        children.add(ce);
      }
    }
    return new CompoundEntry.Storage(n.name(), dir.classId(), children);
  }

  private Attachment readAttachment(CfbFile.Dir dir, MessagePath mp, int depth, int codePage, Set<String> used)
      throws IOException {
    Parsed p = readProperties(dir, PropertyStream.Kind.RECIPIENT_OR_ATTACHMENT, mp, codePage, false, true, used);
    PropertyBag bag = p.bag.build();
    CfbFile.Node obj = child(dir, CfbNames.ATTACH_OBJECT, mp);
    if (obj instanceof CfbFile.Dir od) {
      used.add(od.name());
      if (p.objectEntryOffset < 0) {
        an.report(Action.REPAIRED, "storage " + CfbNames.ATTACH_OBJECT
            + " has no PtypObject entry 0x3701000D in the attachment's property stream", p.path,
            OptionalInt.of(ATTACH_OBJECT_TAG), -1, mp);
      }
      Optional<PropertyValue> m = bag.get(ATTACH_METHOD);
      OptionalInt method = m.isPresent() && m.get() instanceof PropertyValue.Int32 i ? OptionalInt.of(i.value())
          : OptionalInt.empty();
      // the property stream decides only without PidTagAttachMethod; found as readProperties finds it
      boolean hasProperties = method.isEmpty() && child(od, CfbNames.PROPERTIES, mp) instanceof CfbFile.Doc;
      if (AttachMethods.holdsEmbeddedMessage(method, hasProperties)) {
        if (depth + 1 > limits.maxEmbeddedDepth()) {
          throw new LimitExceededException("maxEmbeddedDepth", limits.maxEmbeddedDepth(), depth + 1, od.path(),
              OptionalInt.empty(), mp);
        }
        MessagePath emp = mp.embedded();
        List<CompoundEntry> eextras = new ArrayList<>();
        Message em = readMessage(od, PropertyStream.Kind.EMBEDDED, emp, depth + 1, codePage, new HashSet<>(), eextras);
        return Attachment.embedded(bag, em);
      }
      CompoundEntry storage = readRaw(od, 1, mp);
      return Attachment.storage(bag, (CompoundEntry.Storage) java.util.Objects.requireNonNull(storage));
    }
    if (p.objectEntryOffset >= 0) {
      an.report(Action.SKIPPED, "PtypObject entry 0x3701000D without a " + CfbNames.ATTACH_OBJECT
          + " storage; the entry is dropped", p.path, OptionalInt.of(ATTACH_OBJECT_TAG), p.objectEntryOffset, mp);
    }
    return Attachment.of(bag);
  }

  // ---------------------------------------------------------------- property streams

  private Parsed readProperties(CfbFile.Dir dir, PropertyStream.Kind kind, MessagePath mp, int cpIn,
      boolean isMessage, boolean isAttachment, Set<String> used) throws IOException {
    CfbFile.Node node = child(dir, CfbNames.PROPERTIES, mp);
    Parsed p = new Parsed(node instanceof CfbFile.Doc ? node.path() : dir.childPath(CfbNames.PROPERTIES));
    p.codePage = cpIn;
    if (!(node instanceof CfbFile.Doc doc)) {
      an.report(Action.REPAIRED, "no property stream " + CfbNames.PROPERTIES + "; the object has no properties",
          dir.path(), OptionalInt.empty(), -1, mp);
      return p;
    }
    used.add(doc.name());
    int hs = kind.headerSize();
    if (doc.size() >= hs && (doc.size() - hs) / PropertyStream.ENTRY_SIZE > limits.maxPropertiesPerObject()) {
      throw new LimitExceededException("maxPropertiesPerObject", limits.maxPropertiesPerObject(),
          (doc.size() - hs) / PropertyStream.ENTRY_SIZE, doc.path(), OptionalInt.empty(), mp);
    }
    Bytes data = readStream(doc, OptionalInt.empty(), mp);
    if (data == null) {
      return p;
    }
    byte[] s = data.toByteArray();
    // where the entries start: the same decision as the file-structure checker's
    int start = PropertyStream.headerSize(s, hs);
    if (start < 0) {
      if (s.length < hs) {
        an.report(Action.REPAIRED, "property stream of " + s.length + " bytes is shorter than its " + hs
            + "-byte header; the object has no properties", p.path, OptionalInt.empty(), 0, mp);
        return p;
      }
      start = hs;
      int rest = (s.length - hs) % PropertyStream.ENTRY_SIZE;
      an.report(Action.TRUNCATED, "property stream has " + rest + " bytes after its last whole 16-byte entry; "
          + "they are ignored", p.path, OptionalInt.empty(), s.length - rest, mp);
    } else if (start != hs) {
      an.report(Action.REPAIRED, "property stream of " + s.length + " bytes is not a " + hs + "-byte header and "
          + "whole 16-byte entries; it is read with the " + start + "-byte header its size and its bytes suggest",
          p.path, OptionalInt.empty(), 0, mp);
    }
    if (kind.hasCounts() && start >= 24) {
      p.header = PropertyStream.header(s);
    }
    List<PropertyStream.Entry> entries = PropertyStream.entries(s, start);
    int msgCp = 0;
    int localeId = 0;
    int inetCp = 0;
    for (PropertyStream.Entry e : entries) {
      if (e.tag() == 0x3FFD0003) {
        msgCp = (int) e.value();
      } else if (e.tag() == 0x3FDE0003) {
        inetCp = (int) e.value();
      } else if (e.tag() == 0x3FF10003) {
        localeId = (int) e.value();
      }
    }
    if (isMessage) {
      p.codePage = CodePages.resolve(msgCp, localeId, inetCp, cpIn);
    }
    for (PropertyStream.Entry e : entries) {
      if (isAttachment && e.tag() == ATTACH_OBJECT_TAG && p.objectEntryOffset < 0) {
        p.objectEntryOffset = e.offset();
        continue;
      }
      readEntry(e, dir, p, mp, used);
    }
    return p;
  }

  private void readEntry(PropertyStream.Entry e, CfbFile.Dir dir, Parsed p, MessagePath mp, Set<String> used)
      throws IOException {
    OptionalInt tag = OptionalInt.of(e.tag());
    Optional<PropertyType> ot = PropertyType.fromCode(e.typeCode());
    if (ot.isEmpty()) {
      an.report(Action.SKIPPED, String.format(Locale.ROOT, "unknown property type code 0x%04X; the entry is "
          + "dropped and any value stream is kept among the extra entries", e.typeCode()), p.path, tag, e.offset(),
          mp.child(String.format(Locale.ROOT, "0x%08X", e.tag())));
      return;
    }
    PropertyType t = ot.get();
    PropertyKey key;
    if (e.id() >= NamedPropertyMapCodec.FIRST_NAMED_ID) {
      NamedPropertyId nid = named.get(e.id());
      if (nid == null) {
        an.report(Action.SKIPPED, String.format(Locale.ROOT, "property id 0x%04X is in the named range but the "
            + "named property mapping has no entry for it; the property is dropped", e.id()), p.path, tag,
            e.offset(), mp.child(String.format(Locale.ROOT, "0x%08X", e.tag())));
        return;
      }
      key = PropertyKey.named(nid, t);
    } else {
      key = PropertyKey.tagged(e.id(), t);
    }
    MessagePath pmp = mp.property(key);
    if (p.bag.contains(key)) {
      an.report(Action.SKIPPED, "second entry for the same property; the first one is kept", p.path, tag,
          e.offset(), pmp);
      return;
    }
    PropertyValue v = readValue(t, e, dir, p, pmp, used);
    if (v != null) {
      p.bag.put(key, v);
    }
  }

  private @Nullable PropertyValue readValue(PropertyType t, PropertyStream.Entry e, CfbFile.Dir dir, Parsed p,
      MessagePath pmp, Set<String> used) throws IOException {
    OptionalInt tag = OptionalInt.of(e.tag());
    if (ValueCodec.inEntry(t)) {
      byte[] vb = e.valueBytes();
      PropertyValue v = ValueCodec.decodeFixed(t, vb, 0);
      if (v != null) {
        return v;
      }
      if (t == PropertyType.BOOLEAN) {
        String reason = String.format(Locale.ROOT, "PtypBoolean byte 0x%02X is neither 0 nor 1", vb[0] & 0xFF);
        an.report(Action.KEPT_RAW, reason, p.path, tag, e.offset() + 8L, pmp);
        return new PropertyValue.Unparsed(t, Bytes.of(vb), reason);
      }
      return new PropertyValue.Unparsed(t, Bytes.of(vb), t.specName() + " has no value; the 8-byte value field is kept");
    }
    if (t == PropertyType.OBJECT) {
      return new PropertyValue.Unparsed(t, Bytes.of(e.valueBytes()), "PtypObject property: the value field of its "
          + "entry; its storage is kept among the extra entries");
    }
    String sname = CfbNames.valueStream(e.tag());
    CfbFile.Node node = child(dir, sname, pmp);
    if (!(node instanceof CfbFile.Doc d)) {
      an.report(Action.SKIPPED, "value stream " + sname + " is missing; the property is dropped", p.path, tag,
          e.offset(), pmp);
      return null;
    }
    used.add(d.name());
    if (t.isMultiValued()) {
      return readMulti(t, e, d, dir, p, pmp, used);
    }
    Bytes data = readStream(d, tag, pmp);
    if (data == null) {
      return null;
    }
    if (t.isString()) {
      // The spec's stream holds no terminator and the size field counts one (+2 / +1). Variant writers
      // leave out that allowance (the new Outlook) or store the terminator in the stream, counted or not
      // (POI's simple_test_msg.msg, blank.msg): all accepted. MAPI strings cannot hold a trailing NUL,
      // so one stored terminator is not part of the value.
      int nul = t == PropertyType.STRING ? 2 : 1;
      if (e.size() != data.size() && e.size() != data.size() + nul) {
        checkSize(e, data.size() + (long) nul, t, p, pmp);
      }
      if (data.size() >= nul && data.byteAt(data.size() - 1) == 0 && data.byteAt(data.size() - nul) == 0
          && (nul == 1 || (data.size() & 1) == 0)) {
        data = data.slice(0, data.size() - nul);
      }
    } else {
      checkSize(e, data.size(), t, p, pmp);
    }
    switch (t) {
      case STRING:
        if (data.isEmpty()) {
          // forbidden by [MS-OXMSG] 2.4.2.2 but written by Outlook itself (PidTagDisplayCc, ...): accepted
          return new PropertyValue.Text("");
        }
        if ((data.size() & 1) != 0) {
          String reason = "odd byte count " + data.size() + " for PtypString";
          an.report(Action.KEPT_RAW, reason, d.path(), tag, data.size() - 1L, pmp);
          return new PropertyValue.Unparsed(t, data, reason);
        }
        return new PropertyValue.Text(Utf16.decode(data.toByteArray(), 0, data.size()));
      case STRING8:
        return new PropertyValue.String8(data, p.codePage);
      case BINARY:
        return new PropertyValue.Binary(data);
      case GUID:
        if (data.size() != 16) {
          String reason = "PtypGuid stream of " + data.size() + " bytes, expected 16";
          an.report(Action.KEPT_RAW, reason, d.path(), tag, -1, pmp);
          return new PropertyValue.Unparsed(t, data, reason);
        }
        return ValueCodec.decodeFixed(t, data.toByteArray(), 0);
      default:
        return new PropertyValue.Unparsed(t, data, "no value record for " + t.specName() + "; the stream is kept");
    }
  }

  private void checkSize(PropertyStream.Entry e, long expected, PropertyType t, Parsed p, MessagePath pmp)
      throws IOException {
    if (e.size() == expected) {
      return;
    }
    String what = t == PropertyType.STRING ? " (stream size + 2 for PtypString)"
        : t == PropertyType.STRING8 ? " (stream size + 1 for PtypString8)" : " (the stream size)";
    if (e.size() > expected) {
      an.report(Action.TRUNCATED, "size field says " + e.size() + ", expected " + expected + what
          + "; the value holds the bytes of the stream", p.path, OptionalInt.of(e.tag()), e.offset() + 8L, pmp);
    } else {
      an.report(Action.REPAIRED, "size field says " + e.size() + ", expected " + expected + what
          + "; the whole stream is kept", p.path, OptionalInt.of(e.tag()), e.offset() + 8L, pmp);
    }
  }

  private @Nullable PropertyValue readMulti(PropertyType t, PropertyStream.Entry e, CfbFile.Doc d, CfbFile.Dir dir,
      Parsed p, MessagePath pmp, Set<String> used) throws IOException {
    OptionalInt tag = OptionalInt.of(e.tag());
    PropertyType el = t.elementType();
    int fixed = ValueCodec.fixedElementSize(t);
    int unit = fixed > 0 ? fixed : t == PropertyType.MULTIPLE_BINARY ? 8 : 4;
    if (d.size() / unit > limits.maxValuesPerProperty()) {
      throw new LimitExceededException("maxValuesPerProperty", limits.maxValuesPerProperty(), d.size() / unit,
          d.path(), tag, pmp);
    }
    Bytes data = readStream(d, tag, pmp);
    if (data == null) {
      return null;
    }
    checkSize(e, data.size(), t, p, pmp);
    if (data.size() % unit != 0) {
      String reason = (fixed > 0 ? "value stream" : "length stream") + " of " + data.size()
          + " bytes is not a multiple of " + unit + (fixed > 0 ? "" : "; the value streams are kept among the extra entries");
      an.report(Action.KEPT_RAW, reason, d.path(), tag, data.size() - data.size() % unit, pmp);
      return new PropertyValue.Unparsed(t, data, reason);
    }
    byte[] b = data.toByteArray();
    int count = b.length / unit;
    List<PropertyValue> values = new ArrayList<>(count);
    if (fixed > 0) {
      for (int i = 0; i < count; i++) {
        values.add(java.util.Objects.requireNonNull(ValueCodec.decodeFixed(el, b, i * unit)));
      }
      return new PropertyValue.Multi(t, values);
    }
    ByteBuffer lens = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < count; i++) {
      long declared = Integer.toUnsignedLong(lens.getInt(i * unit));
      String vn = CfbNames.valueStream(e.tag(), i);
      MessagePath vmp = pmp.child("values[" + i + "]");
      CfbFile.Node vnode = child(dir, vn, vmp);
      Bytes vb = null;
      String vpath = dir.childPath(vn);
      if (vnode instanceof CfbFile.Doc vd) {
        used.add(vd.name());
        vpath = vd.path();
        vb = readStream(vd, tag, vmp);
      } else {
        an.report(Action.DEFAULTED, "value stream " + vn + " is missing; value " + i + " is read as empty", d.path(),
            tag, (long) i * unit, vmp);
      }
      if (vb == null) {
        values.add(el == PropertyType.BINARY ? new PropertyValue.Binary(Bytes.EMPTY)
            : el == PropertyType.STRING ? new PropertyValue.Text("") : new PropertyValue.String8(Bytes.EMPTY, p.codePage));
        continue;
      }
      if (declared != vb.size()) {
        an.report(Action.REPAIRED, "length stream says " + declared + " bytes for value " + i + ", its stream holds "
            + vb.size() + "; the whole stream is kept", d.path(), tag, (long) i * unit, vmp);
      }
      if (el == PropertyType.BINARY) {
        values.add(new PropertyValue.Binary(vb));
      } else if (el == PropertyType.STRING) {
        if ((vb.size() & 1) != 0) {
          String reason = "odd byte count " + vb.size() + " for a PtypMultipleString value";
          an.report(Action.KEPT_RAW, reason, vpath, tag, vb.size() - 1L, vmp);
          values.add(new PropertyValue.Unparsed(PropertyType.STRING, vb, reason));
          continue;
        }
        int n = vb.size();
        if (n >= 2 && vb.byteAt(n - 1) == 0 && vb.byteAt(n - 2) == 0) {
          n -= 2;
        } else {
          an.report(Action.REPAIRED, "value lacks its NUL terminator; the whole stream is the value", vpath, tag,
              -1, vmp);
        }
        values.add(new PropertyValue.Text(Utf16.decode(vb.toByteArray(), 0, n)));
      } else {
        int n = vb.size();
        if (n >= 1 && vb.byteAt(n - 1) == 0) {
          values.add(new PropertyValue.String8(vb.slice(0, n - 1), p.codePage));
        } else {
          an.report(Action.REPAIRED, "value lacks its NUL terminator; the whole stream is the value", vpath, tag,
              -1, vmp);
          values.add(new PropertyValue.String8(vb, p.codePage));
        }
      }
    }
    return new PropertyValue.Multi(t, values);
  }

  private record Numbered(int number, CfbFile.Dir dir) {
  }

  /** The result of reading one property stream. */
  private static final class Parsed {
    final String path;
    final PropertyBag.Builder bag = PropertyBag.builder();
    PropertyStream.@Nullable Header header;
    int codePage;
    int objectEntryOffset = -1;

    Parsed(String path) {
      this.path = path;
    }
  }
}
