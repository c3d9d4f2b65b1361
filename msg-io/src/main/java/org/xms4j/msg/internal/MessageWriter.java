package org.xms4j.msg.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.hpsf.ClassID;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

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

/**
 * Writes a Message object as a .msg compound file through Apache POI POIFS.
 *
 * <p>Writes the {@linkplain Normalization normalized} message exactly: one property stream per
 * storage, one value stream per variable-length value, multi-valued properties as [MS-OXMSG] 2.1.4
 * says, recipients and attachments numbered from 0, embedded messages at any depth with their named
 * properties in the top-level mapping, custom storages as they are, and the storage CLSIDs and
 * extra entries of messages, recipients and attachments into the storage of the object that holds
 * them.
 *
 * <p>Specified by [MS-OXMSG] sections 2.1 to 2.4.
 */
public final class MessageWriter {

  private static final PropertyKey ATTACH_OBJECT_KEY = PropertyKey.tagged(0x3701, PropertyType.OBJECT);

  private final Map<NamedPropertyId, Integer> namedIds = new LinkedHashMap<>();

  private MessageWriter() {
  }

  /**
   * Writes a message.
   *
   * @param message the message; it is normalized first
   * @param out the target; not closed
   * @throws IllegalArgumentException when the message cannot be stored in a .msg file: more than
   *     2048 recipients or attachments, more than 32767 named properties, a tagged key in the named
   *     range 0x8000 and up, a raw fixed-length value that is not 8 bytes, an extra entry of a
   *     message, recipient or attachment that collides with a stream or storage the writer creates
   *     in that object's storage or with another extra entry (names compared ignoring case, as
   *     [MS-CFB] section 2.6.4 compares them), an extra entry named like a named-property value
   *     stream ({@link CfbNames#isNamedValueStream(String)}), or a message extra entry named like a
   *     recipient or attachment storage; the message names the object path
   * @throws IOException when writing fails
   */
  public static void write(Message message, OutputStream out) throws IOException {
    Message m = Normalization.normalize(message);
    MessageWriter w = new MessageWriter();
    w.collectNamed(m);
    try (POIFSFileSystem fs = new WritableCfb()) {
      DirectoryEntry root = fs.getRoot();
      root.setStorageClsid(classId(CfbNames.MESSAGE_CLSID));
      w.writeNameId(root);
      w.writeMessage(root, m, PropertyStream.Kind.TOP_LEVEL, "");
      fs.writeFilesystem(out);
    }
  }

  static ClassID classId(UUID uuid) {
    return new ClassID(PropertyValue.Guid.toWireBytes(uuid), 0);
  }

  // ---------------------------------------------------------------- named properties

  private void collectNamed(Message m) {
    collectNamed(m.properties());
    for (Recipient r : m.recipients()) {
      collectNamed(r.properties());
    }
    for (Attachment a : m.attachments()) {
      collectNamed(a.properties());
      if (a.embeddedMessage().isPresent()) {
        collectNamed(a.embeddedMessage().get());
      }
    }
  }

  private void collectNamed(PropertyBag bag) {
    for (PropertyKey k : bag.keys()) {
      if (k instanceof PropertyKey.Named n && !namedIds.containsKey(n.id())) {
        namedIds.put(n.id(), NamedPropertyMapCodec.FIRST_NAMED_ID + namedIds.size());
      }
    }
  }

  private void writeNameId(DirectoryEntry root) throws IOException {
    NamedPropertyMapCodec.Encoded enc = NamedPropertyMapCodec.encode(new ArrayList<>(namedIds.keySet()));
    DirectoryEntry d = root.createDirectory(CfbNames.NAMEID);
    create(d, CfbNames.NAMEID_GUID, enc.guidStream());
    create(d, CfbNames.NAMEID_ENTRY, enc.entryStream());
    create(d, CfbNames.NAMEID_STRING, enc.stringStream());
    for (Map.Entry<Integer, Bytes> b : enc.bucketStreams().entrySet()) {
      create(d, CfbNames.bucketStream(b.getKey()), b.getValue());
    }
  }

  private static void create(DirectoryEntry dir, String name, Bytes data) throws IOException {
    dir.createDocument(name, data.asInputStream());
  }

  // ---------------------------------------------------------------- objects

  private void writeMessage(DirectoryEntry dir, Message m, PropertyStream.Kind kind, String where) throws IOException {
    if (m.recipients().size() > CfbNames.MAX_RECIPIENTS_OR_ATTACHMENTS) {
      throw new IllegalArgumentException("message" + where + " has " + m.recipients().size()
          + " recipients; [MS-OXMSG] 2.2.1 allows at most " + CfbNames.MAX_RECIPIENTS_OR_ATTACHMENTS);
    }
    if (m.attachments().size() > CfbNames.MAX_RECIPIENTS_OR_ATTACHMENTS) {
      throw new IllegalArgumentException("message" + where + " has " + m.attachments().size()
          + " attachments; [MS-OXMSG] 2.2.2 allows at most " + CfbNames.MAX_RECIPIENTS_OR_ATTACHMENTS);
    }
    List<PropertyStream.Entry> entries = writeProperties(dir, m.properties(), where);
    create(dir, CfbNames.PROPERTIES, Bytes.of(PropertyStream.build(kind, m.recipients().size(),
        m.attachments().size(), entries)));
    for (int i = 0; i < m.recipients().size(); i++) {
      Recipient r = m.recipients().get(i);
      DirectoryEntry rd = dir.createDirectory(CfbNames.recipient(i));
      String rw = where + "/recipients[" + i + "]";
      setClassId(rd, r.storageClassId());
      List<PropertyStream.Entry> re = writeProperties(rd, r.properties(), rw);
      create(rd, CfbNames.PROPERTIES, Bytes.of(PropertyStream.build(PropertyStream.Kind.RECIPIENT_OR_ATTACHMENT, 0, 0, re)));
      writeObjectExtras(rd, r.extraEntries(), rw);
    }
    for (int i = 0; i < m.attachments().size(); i++) {
      Attachment a = m.attachments().get(i);
      String aw = where + "/attachments[" + i + "]";
      DirectoryEntry ad = dir.createDirectory(CfbNames.attachment(i));
      setClassId(ad, a.storageClassId());
      boolean object = a.embeddedMessage().isPresent() || a.customStorage().isPresent();
      if (object && a.properties().contains(ATTACH_OBJECT_KEY)) {
        throw new IllegalArgumentException("attachment " + aw + " has an embedded message or custom storage and also "
            + "a PidTagAttachDataObject (0x3701000D) property value");
      }
      List<PropertyStream.Entry> ae = writeProperties(ad, a.properties(), aw);
      if (a.embeddedMessage().isPresent()) {
        DirectoryEntry od = ad.createDirectory(CfbNames.ATTACH_OBJECT);
        writeMessage(od, a.embeddedMessage().get(), PropertyStream.Kind.EMBEDDED, aw + "/embedded");
      } else if (a.customStorage().isPresent()) {
        CompoundEntry.Storage s = a.customStorage().get();
        writeEntry(ad, new CompoundEntry.Storage(CfbNames.ATTACH_OBJECT, s.classId(), s.children()), aw);
      }
      if (object) {
        long reserved = a.embeddedMessage().isPresent() ? PropertyStream.OBJECT_RESERVED_EMBEDDED_MESSAGE
            : PropertyStream.OBJECT_RESERVED_STORAGE;
        ae.add(new PropertyStream.Entry(0x3701000D, PropertyStream.FLAGS_WRITTEN,
            reserved << 32 | Integer.toUnsignedLong(PropertyStream.OBJECT_SIZE), 0));
      }
      create(ad, CfbNames.PROPERTIES, Bytes.of(PropertyStream.build(PropertyStream.Kind.RECIPIENT_OR_ATTACHMENT, 0, 0, ae)));
      writeObjectExtras(ad, a.extraEntries(), aw);
    }
    writeMessageExtras(dir, m.extraEntries(), where.isEmpty() ? "/" : where);
  }

  private static void setClassId(DirectoryEntry dir, UUID id) {
    if (!id.equals(CompoundEntry.Storage.NO_CLASS)) {
      dir.setStorageClsid(classId(id));
    }
  }

  /**
   * Writes the extra entries of a message into its storage, after everything else: the kept
   * {@code __nameid_version1.0} storage is merged into the mapping storage written at the top level;
   * an entry named like a recipient or attachment storage is rejected, because what such a storage
   * holds belongs to the recipient or attachment object.
   */
  private static void writeMessageExtras(DirectoryEntry dir, List<CompoundEntry> extras, String path)
      throws IOException {
    List<CompoundEntry> own = new ArrayList<>();
    for (CompoundEntry e : extras) {
      String name = e.name();
      boolean recip = CfbNames.recipientNumber(name).isPresent();
      if (recip || CfbNames.attachmentNumber(name).isPresent()) {
        String kind = recip ? "recipient" : "attachment";
        throw new IllegalArgumentException("extra entry " + name + " of message " + path + " is named like "
            + (recip ? "a recipient" : "an attachment") + " storage ([MS-OXMSG] 2.2." + (recip ? 1 : 2)
            + "); streams and storages of a " + kind + " storage belong to the " + kind + " object: use "
            + (recip ? "Recipient" : "Attachment") + ".withExtraEntries and withStorageClassId");
      }
      boolean nameId = CfbNames.upperCase(name).equals(CfbNames.upperCase(CfbNames.NAMEID));
      if (nameId && e instanceof CompoundEntry.Storage s && dir.hasEntry(CfbNames.NAMEID)
          && dir.getEntry(CfbNames.NAMEID) instanceof DirectoryEntry nameid) {
        setClassId(nameid, s.classId());
        writeObjectExtras(nameid, s.children(), "the kept " + CfbNames.NAMEID + " storage of " + path);
        continue;
      }
      if (nameId) {
        throw new IllegalArgumentException("extra entry " + name + " of message " + path + " names the named "
            + "property mapping storage, which only the top-level message has, as a storage");
      }
      own.add(e);
    }
    writeObjectExtras(dir, own, path);
  }

  /**
   * Writes the extra entries of a message, recipient or attachment into the storage written for it,
   * after the streams and storages the writer creates there.
   *
   * <p>Names are compared as [MS-CFB] section 2.6.4 compares them, ignoring case
   * ({@link CfbNames#upperCase(String)}): a compound file cannot hold two entries whose names differ
   * only in case.
   *
   * @param path the model path of the object, for errors: {@code /}, {@code /recipients[1]} ...
   * @throws IllegalArgumentException when an entry is the value stream of a named property id, two
   *     entries have one name, or an entry collides with a stream or storage the writer created
   */
  private static void writeObjectExtras(DirectoryEntry dir, List<CompoundEntry> extras, String path)
      throws IOException {
    if (extras.isEmpty()) {
      return;
    }
    Map<String, String> taken = new HashMap<>();
    for (String n : dir.getEntryNames()) {
      taken.put(CfbNames.upperCase(n), n);
    }
    Set<String> written = new HashSet<>();
    for (CompoundEntry e : extras) {
      String name = e.name();
      if (CfbNames.isNamedValueStream(name)) {
        throw new IllegalArgumentException("extra entry " + name + " of " + path + " is a value stream of a "
            + "named property id; named property ids are reassigned when writing, so it cannot be kept");
      }
      String upper = CfbNames.upperCase(name);
      String other = taken.putIfAbsent(upper, name);
      if (other != null) {
        throw new IllegalArgumentException("extra entry " + name + " of " + path + (written.contains(upper)
            ? " appears twice" : " collides with a stream or storage the writer creates")
            + sameIgnoringCase(name, other));
      }
      writeEntry(dir, e, path);
      written.add(upper);
    }
  }

  /** For an error: nothing when two names are equal, else that they are equal ignoring case. */
  private static String sameIgnoringCase(String name, String other) {
    return name.equals(other) ? "" : " (" + other + "; [MS-CFB] 2.6.4 compares names ignoring case)";
  }

  private static void writeEntry(DirectoryEntry dir, CompoundEntry e, String where) throws IOException {
    if (e instanceof CompoundEntry.Stream s) {
      create(dir, s.name(), s.data());
      return;
    }
    CompoundEntry.Storage s = (CompoundEntry.Storage) e;
    DirectoryEntry d = dir.createDirectory(s.name());
    if (!s.classId().equals(CompoundEntry.Storage.NO_CLASS)) {
      d.setStorageClsid(classId(s.classId()));
    }
    Map<String, String> taken = new HashMap<>();
    for (CompoundEntry c : s.children()) {
      String other = taken.putIfAbsent(CfbNames.upperCase(c.name()), c.name());
      if (other != null) {
        throw new IllegalArgumentException("storage " + s.name() + " of " + where + " has two entries named "
            + c.name() + sameIgnoringCase(c.name(), other));
      }
      writeEntry(d, c, where);
    }
  }

  // ---------------------------------------------------------------- properties

  private List<PropertyStream.Entry> writeProperties(DirectoryEntry dir, PropertyBag bag, String where)
      throws IOException {
    List<PropertyStream.Entry> entries = new ArrayList<>();
    for (Map.Entry<PropertyKey, PropertyValue> kv : bag.asMap().entrySet()) {
      PropertyKey key = kv.getKey();
      PropertyValue v = kv.getValue();
      int id;
      if (key instanceof PropertyKey.Tagged t) {
        id = t.tag().id();
        if (id >= NamedPropertyMapCodec.FIRST_NAMED_ID) {
          throw new IllegalArgumentException(String.format(Locale.ROOT, "tagged key %s of %s is in the named range "
              + "0x8000 and up; named properties need a NamedPropertyId", key, where.isEmpty() ? "/" : where));
        }
      } else {
        id = namedIds.get(((PropertyKey.Named) key).id());
      }
      PropertyType type = key.type();
      int tag = id << 16 | type.code();
      long size;
      if (ValueCodec.inEntry(type) || type == PropertyType.OBJECT) {
        byte[] vb = new byte[8];
        if (v instanceof PropertyValue.Unparsed u) {
          if (u.raw().size() != 8) {
            throw new IllegalArgumentException("raw " + type.specName() + " value of " + key + " in " + where
                + " has " + u.raw().size() + " bytes; the value field of an entry has 8");
          }
          vb = u.raw().toByteArray();
        } else {
          ValueCodec.encodeFixed(v, vb, 0);
        }
        entries.add(new PropertyStream.Entry(tag, PropertyStream.FLAGS_WRITTEN,
            ByteBuffer.wrap(vb).order(ByteOrder.LITTLE_ENDIAN).getLong(0), 0));
        continue;
      }
      if (type.isMultiValued()) {
        size = writeMulti(dir, tag, type, v);
      } else {
        Bytes data = variable(v);
        if (data.isEmpty() && type.isString()) {
          throw new IllegalStateException("empty string " + key + " survived normalization");
        }
        create(dir, CfbNames.valueStream(tag), data);
        size = data.size() + (type == PropertyType.STRING ? 2L : type == PropertyType.STRING8 ? 1L : 0L);
      }
      entries.add(new PropertyStream.Entry(tag, PropertyStream.FLAGS_WRITTEN, size, 0));
    }
    return entries;
  }

  private static Bytes variable(PropertyValue v) {
    if (v instanceof PropertyValue.Text t) {
      return Bytes.of(Utf16.encode(t.value()));
    }
    if (v instanceof PropertyValue.String8 s) {
      return s.bytes();
    }
    if (v instanceof PropertyValue.Binary b) {
      return b.value();
    }
    if (v instanceof PropertyValue.Guid g) {
      return Bytes.of(PropertyValue.Guid.toWireBytes(g.value()));
    }
    if (v instanceof PropertyValue.Unparsed u) {
      return u.raw();
    }
    throw new IllegalArgumentException("no stream form for " + v);
  }

  private static long writeMulti(DirectoryEntry dir, int tag, PropertyType type, PropertyValue v) throws IOException {
    String name = CfbNames.valueStream(tag);
    if (v instanceof PropertyValue.Unparsed u) {
      create(dir, name, u.raw());
      return u.raw().size();
    }
    List<PropertyValue> values = ((PropertyValue.Multi) v).values();
    int fixed = ValueCodec.fixedElementSize(type);
    if (fixed > 0) {
      byte[] b = new byte[fixed * values.size()];
      for (int i = 0; i < values.size(); i++) {
        PropertyValue x = values.get(i);
        if (x instanceof PropertyValue.Unparsed u) {
          if (u.raw().size() != fixed) {
            throw new IllegalArgumentException("raw element " + i + " of " + type.specName() + " has " + u.raw().size()
                + " bytes, expected " + fixed);
          }
          System.arraycopy(u.raw().toByteArray(), 0, b, i * fixed, fixed);
        } else {
          ValueCodec.encodeFixed(x, b, i * fixed);
        }
      }
      create(dir, name, Bytes.of(b));
      return b.length;
    }
    int unit = type == PropertyType.MULTIPLE_BINARY ? 8 : 4;
    ByteBuffer lengths = ByteBuffer.allocate(unit * values.size()).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < values.size(); i++) {
      PropertyValue x = values.get(i);
      Bytes data;
      if (x instanceof PropertyValue.Unparsed u) {
        data = u.raw();
      } else if (x instanceof PropertyValue.Text t) {
        data = terminated(Utf16.encode(t.value()), 2);
      } else if (x instanceof PropertyValue.String8 s) {
        data = terminated(s.bytes().toByteArray(), 1);
      } else {
        data = ((PropertyValue.Binary) x).value();
      }
      create(dir, CfbNames.valueStream(tag, i), data);
      lengths.putInt(i * unit, data.size());
    }
    create(dir, name, Bytes.of(lengths.array()));
    return lengths.capacity();
  }

  private static Bytes terminated(byte[] b, int nul) {
    ByteArrayOutputStream o = new ByteArrayOutputStream(b.length + nul);
    o.write(b, 0, b.length);
    for (int i = 0; i < nul; i++) {
      o.write(0);
    }
    return Bytes.of(o.toByteArray());
  }
}
