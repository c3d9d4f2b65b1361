package org.xms4j.msg.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.hpsf.ClassID;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertySet;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.CompoundEntry;
import org.xms4j.message.Message;
import org.xms4j.message.ProtocolExamples;
import org.xms4j.message.Recipient;
import org.xms4j.message.RecipientType;
import org.xms4j.msg.MsgWriter;

/** Messages written with {@link MsgWriter}, and edits of the written compound files with POIFS. */
final class Fixtures {

  private Fixtures() {
  }

  /** The SMS of [MS-OXOSMMS] 4.1, written. */
  static byte[] sms() {
    return MsgWriter.toBytes(ProtocolExamples.sms().message());
  }

  /** The MMS of [MS-OXOSMMS] 4.2 with its three parts, written. */
  static byte[] mms() {
    return MsgWriter.toBytes(ProtocolExamples.mms().message());
  }

  /** A plain message without recipients, attachments or named properties. */
  static Message plainMessage() {
    return Message.builder().set(PidTag.MESSAGE_CLASS, "IPM.Note").set(PidTag.SUBJECT, "plain").build();
  }

  static byte[] plain() {
    return MsgWriter.toBytes(plainMessage());
  }

  /** A message with multi-valued named properties: strings, binaries and 32-bit integers. */
  static Message multiValuedMessage() {
    PropertyBag.Builder b = PropertyBag.builder();
    b.put(PropertyKey.named(NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "Keywords"),
        PropertyType.MULTIPLE_STRING), new PropertyValue.Multi(PropertyType.MULTIPLE_STRING,
            List.of(new PropertyValue.Text("red"), new PropertyValue.Text("green"))));
    b.put(PropertyKey.named(NamedPropertyId.lid(PropertySet.PSETID_COMMON, 0x8599), PropertyType.MULTIPLE_BINARY),
        new PropertyValue.Multi(PropertyType.MULTIPLE_BINARY,
            List.of(new PropertyValue.Binary(Bytes.of((byte) 1, (byte) 2, (byte) 3)),
                new PropertyValue.Binary(Bytes.of((byte) 4)))));
    b.put(PropertyKey.named(NamedPropertyId.name(PropertySet.PS_INTERNET_HEADERS, "X-Test"), PropertyType.STRING),
        new PropertyValue.Text("yes"));
    b.put(PropertyKey.tagged(0x6800, PropertyType.MULTIPLE_INTEGER32), new PropertyValue.Multi(
        PropertyType.MULTIPLE_INTEGER32, List.of(new PropertyValue.Int32(1), new PropertyValue.Int32(2))));
    return plainMessage().toBuilder().properties(plainMessage().properties().toBuilder().putAll(b.build()).build())
        .addRecipient(Recipient.of(RecipientType.TO, "Ann", "SMTP", "ann@example.com")).build();
  }

  static byte[] multiValued() {
    return MsgWriter.toBytes(multiValuedMessage());
  }

  /** A message with one attachment holding the SMS as an embedded message. */
  static Message embeddedMessage() {
    PropertyBag att = PropertyBag.builder().put(PidTag.ATTACH_METHOD.key(), new PropertyValue.Int32(5)).build();
    return plainMessage().toBuilder().addAttachment(Attachment.embedded(att, ProtocolExamples.sms().message()))
        .build();
  }

  static byte[] embedded() {
    return MsgWriter.toBytes(embeddedMessage());
  }

  /** A message with one afStorage attachment. */
  static Message customStorageMessage() {
    PropertyBag att = PropertyBag.builder().put(PidTag.ATTACH_METHOD.key(), new PropertyValue.Int32(6)).build();
    CompoundEntry.Storage data = new CompoundEntry.Storage("__substg1.0_3701000D", new UUID(0, 0),
        List.of(new CompoundEntry.Stream("CONTENTS", Bytes.of("ole".getBytes(StandardCharsets.US_ASCII)))));
    return plainMessage().toBuilder().addAttachment(Attachment.storage(att, data)).build();
  }

  static byte[] customStorage() {
    return MsgWriter.toBytes(customStorageMessage());
  }

  // ------------------------------------------------------------------ edits

  /** An edit of a compound file's tree. */
  interface Edit {
    void apply(DirectoryEntry root) throws IOException;
  }

  /** Returns the bytes of a compound file after an edit. */
  static byte[] edit(byte[] file, Edit edit) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
      edit.apply(fs.getRoot());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the entry at a path below a storage, for example {@code __recip_version1.0_#00000000/__properties_version1.0}. */
  static Entry entry(DirectoryEntry root, String path) throws IOException {
    Entry e = root;
    for (String seg : path.split("/")) {
      e = ((DirectoryEntry) e).getEntry(seg);
    }
    return e;
  }

  static DirectoryEntry dir(DirectoryEntry root, String path) throws IOException {
    return path.isEmpty() ? root : (DirectoryEntry) entry(root, path);
  }

  static byte[] read(DirectoryEntry root, String path) throws IOException {
    DocumentEntry d = (DocumentEntry) entry(root, path);
    try (DocumentInputStream in = new DocumentInputStream(d)) {
      return in.readAllBytes();
    }
  }

  /** Returns the bytes of a stream of a compound file. */
  static byte[] readStream(byte[] file, String path) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
      return read(fs.getRoot(), path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the names of the entries of a storage of a compound file, in name order. */
  static List<String> names(byte[] file, String storagePath) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
      return new ArrayList<>(new java.util.TreeSet<>(dir(fs.getRoot(), storagePath).getEntryNames()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces (or creates) a stream. */
  static void write(DirectoryEntry root, String path, byte[] data) throws IOException {
    int i = path.lastIndexOf('/');
    DirectoryEntry parent = dir(root, i < 0 ? "" : path.substring(0, i));
    String name = path.substring(i + 1);
    if (parent.hasEntry(name)) {
      parent.getEntry(name).delete();
    }
    parent.createDocument(name, new ByteArrayInputStream(data));
  }

  static void delete(DirectoryEntry root, String path) throws IOException {
    Entry e = entry(root, path);
    if (e instanceof DirectoryEntry d) {
      List<Entry> kids = new ArrayList<>();
      d.getEntries().forEachRemaining(kids::add);
      for (Entry k : kids) {
        delete(root, path + "/" + k.getName());
      }
    }
    e.delete();
  }

  static void rename(DirectoryEntry root, String path, String newName) throws IOException {
    entry(root, path).renameTo(newName);
  }

  static void classId(DirectoryEntry root, UUID id) {
    byte[] wire = PropertyValue.Guid.toWireBytes(id);
    root.setStorageClsid(new ClassID(wire, 0));
  }

  /** The offset of the first entry with a tag in a property stream, or -1. */
  static int entryOffset(byte[] stream, int headerSize, int tag) {
    ByteBuffer b = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
    for (int off = headerSize; off + 16 <= stream.length; off += 16) {
      if (b.getInt(off) == tag) {
        return off;
      }
    }
    return -1;
  }

  /** Edits a property stream in place. */
  interface StreamEdit {
    byte[] apply(byte[] stream, ByteBuffer le);
  }

  static void editStream(DirectoryEntry root, String path, StreamEdit edit) throws IOException {
    byte[] s = read(root, path);
    byte[] out = edit.apply(s, ByteBuffer.wrap(s).order(ByteOrder.LITTLE_ENDIAN));
    write(root, path, out);
  }
}
