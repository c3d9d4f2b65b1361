package org.xms4j.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.apache.poi.hpsf.ClassID;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.CompoundEntry;
import org.xms4j.message.Message;
import org.xms4j.message.MessageDump;
import org.xms4j.message.Recipient;
import org.xms4j.message.RecipientType;

/**
 * Streams and storages of a recipient or attachment storage that no property describes, and the
 * storage's CLSID, are kept on that recipient or attachment and written back into its storage.
 */
class ObjectExtrasTest {

  private static final String RECIP0 = "/__recip_version1.0_#00000000";
  private static final String RECIP1 = "/__recip_version1.0_#00000001";
  private static final String ATT0 = "/__attach_version1.0_#00000000";
  private static final String ATT1 = "/__attach_version1.0_#00000001";
  private static final UUID RECIP_CLSID = UUID.fromString("7edc8e8c-7f01-40fa-b2d2-28019169c89a");
  private static final UUID ATT_CLSID = UUID.fromString("b3b0e745-0154-4c06-93e5-e64b7407a75e");
  private static final UUID INNER_CLSID = UUID.fromString("11111111-2222-3333-4444-555555555555");

  private static final CompoundEntry RECIP_STREAM = new CompoundEntry.Stream("UnknownRecipStream",
      Bytes.of((byte) 1, (byte) 2));
  private static final CompoundEntry ATT_STORAGE = new CompoundEntry.Storage("UnknownStorage", INNER_CLSID,
      List.of(new CompoundEntry.Stream("inner", Bytes.of((byte) 3))));
  /** A tagged value stream without a property entry: an extra entry, not a property. */
  private static final CompoundEntry ATT_VALUE_STREAM = new CompoundEntry.Stream("__substg1.0_1234001F",
      Bytes.of((byte) 'x', (byte) 0));

  private static Message plain() {
    return Message.builder().set(PidTag.SUBJECT, "extras")
        .addRecipient(Recipient.of(RecipientType.TO, "Ann", "SMTP", "ann@example.com"))
        .addRecipient(Recipient.of(RecipientType.CC, "Bo", "SMTP", "bo@example.com"))
        .addAttachment(Attachment.byValue("a.txt", "text/plain", Bytes.of((byte) 'a')))
        .addAttachment(Attachment.byValue("b.txt", "text/plain", Bytes.of((byte) 'b')))
        .build();
  }

  /**
   * A file written without extras, then given with POIFS: an unknown stream and a CLSID in the
   * second recipient storage, an unknown storage (with a CLSID and a stream) and an orphan tagged
   * value stream plus a CLSID in the first attachment storage, and an unknown stream at the root.
   */
  private static byte[] fileWithExtras() throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(MsgWriter.toBytes(plain())))) {
      DirectoryEntry root = fs.getRoot();
      DirectoryEntry r1 = (DirectoryEntry) root.getEntry(RECIP1.substring(1));
      r1.createDocument("UnknownRecipStream", new ByteArrayInputStream(new byte[] {1, 2}));
      r1.setStorageClsid(classId(RECIP_CLSID));
      DirectoryEntry a0 = (DirectoryEntry) root.getEntry(ATT0.substring(1));
      a0.setStorageClsid(classId(ATT_CLSID));
      DirectoryEntry s = a0.createDirectory("UnknownStorage");
      s.setStorageClsid(classId(INNER_CLSID));
      s.createDocument("inner", new ByteArrayInputStream(new byte[] {3}));
      a0.createDocument("__substg1.0_1234001F", new ByteArrayInputStream(new byte[] {'x', 0}));
      root.createDocument("RootStream", new ByteArrayInputStream(new byte[] {9}));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static ClassID classId(UUID id) {
    return new ClassID(PropertyValue.Guid.toWireBytes(id), 0);
  }

  private static UUID storageClassId(byte[] msg, String path) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(msg))) {
      DirectoryEntry d = fs.getRoot();
      for (String part : path.substring(1).split("/")) {
        d = (DirectoryEntry) d.getEntry(part);
      }
      ClassID c = d.getStorageClsid();
      byte[] wire = new byte[16];
      c.write(wire, 0);
      return PropertyValue.Guid.fromWireBytes(wire, 0);
    }
  }

  private static Message read(byte[] msg) throws IOException {
    ReadResult r = MsgReader.strict().read(new ByteArrayInputStream(msg));
    assertThat(r.issues()).isEmpty();
    return r.message();
  }

  @Test
  void extrasOfRecipientAndAttachmentStoragesAreReadOntoTheirObject() throws IOException {
    Message m = read(fileWithExtras());
    assertThat(m.recipients().get(0).extraEntries()).isEmpty();
    assertThat(m.recipients().get(0).storageClassId()).isEqualTo(CompoundEntry.Storage.NO_CLASS);
    assertThat(m.recipients().get(1).extraEntries()).containsExactly(RECIP_STREAM);
    assertThat(m.recipients().get(1).storageClassId()).isEqualTo(RECIP_CLSID);
    // sorted by name, as everywhere else
    assertThat(m.attachments().get(0).extraEntries()).containsExactly(ATT_STORAGE, ATT_VALUE_STREAM);
    assertThat(m.attachments().get(0).storageClassId()).isEqualTo(ATT_CLSID);
    assertThat(m.attachments().get(1).extraEntries()).isEmpty();
    assertThat(m.attachments().get(1).storageClassId()).isEqualTo(CompoundEntry.Storage.NO_CLASS);
    // the message keeps only what its own storage holds: nothing named like a recipient or attachment storage
    assertThat(m.extraEntries()).containsExactly(new CompoundEntry.Stream("RootStream", Bytes.of((byte) 9)));
  }

  @Test
  void readWriteReadGivesAnEqualMessageWithTheExtrasInPlace() throws IOException {
    Message first = read(fileWithExtras());
    byte[] written = MsgWriter.toBytes(first);
    assertThat(read(written)).isEqualTo(first).isEqualTo(MsgWriter.normalize(first));
    assertThat(TestCfb.stream(written, RECIP1 + "/UnknownRecipStream").hex()).isEqualTo("0102");
    assertThat(TestCfb.stream(written, ATT0 + "/UnknownStorage/inner").hex()).isEqualTo("03");
    assertThat(TestCfb.stream(written, ATT0 + "/__substg1.0_1234001F").hex()).isEqualTo("7800");
    assertThat(storageClassId(written, RECIP1)).isEqualTo(RECIP_CLSID);
    assertThat(storageClassId(written, ATT0)).isEqualTo(ATT_CLSID);
    assertThat(storageClassId(written, ATT0 + "/UnknownStorage")).isEqualTo(INNER_CLSID);
    assertThat(TestCfb.exists(written, RECIP0 + "/UnknownRecipStream")).isFalse();
    assertThat(TestCfb.exists(written, "/UnknownRecipStream")).isFalse();
  }

  @Test
  void removingTheFirstRecipientMovesTheSecondsExtrasIntoTheFirstStorage() throws IOException {
    Message m = read(fileWithExtras());
    Message edited = m.toBuilder().recipients(List.of(m.recipients().get(1))).build();
    byte[] written = MsgWriter.toBytes(edited);
    assertThat(TestCfb.exists(written, RECIP1)).isFalse();
    assertThat(TestCfb.stream(written, RECIP0 + "/UnknownRecipStream").hex()).isEqualTo("0102");
    assertThat(storageClassId(written, RECIP0)).isEqualTo(RECIP_CLSID);
    Message back = read(written);
    assertThat(back.recipients()).singleElement().satisfies(r -> {
      assertThat(r.displayName()).contains("Bo");
      assertThat(r.extraEntries()).containsExactly(RECIP_STREAM);
      assertThat(r.storageClassId()).isEqualTo(RECIP_CLSID);
    });
    assertThat(back).isEqualTo(MsgWriter.normalize(edited));
  }

  @Test
  void reorderingAttachmentsTakesTheExtrasAlong() throws IOException {
    Message m = read(fileWithExtras());
    Message swapped = m.toBuilder().attachments(List.of(m.attachments().get(1), m.attachments().get(0))).build();
    byte[] written = MsgWriter.toBytes(swapped);
    assertThat(TestCfb.exists(written, ATT0 + "/UnknownStorage")).isFalse();
    assertThat(TestCfb.stream(written, ATT1 + "/UnknownStorage/inner").hex()).isEqualTo("03");
    assertThat(storageClassId(written, ATT1)).isEqualTo(ATT_CLSID);
    Message back = read(written);
    assertThat(back.attachments().get(1).longFilename()).contains("a.txt");
    assertThat(back.attachments().get(1).extraEntries()).containsExactly(ATT_STORAGE, ATT_VALUE_STREAM);
    assertThat(back.attachments().get(0).extraEntries()).isEmpty();
    assertThat(back).isEqualTo(MsgWriter.normalize(swapped));
    // removing the attachment removes its extras
    Message removed = m.toBuilder().attachments(List.of(m.attachments().get(1))).build();
    assertThat(TestCfb.paths(MsgWriter.toBytes(removed))).noneMatch(p -> p.contains("UnknownStorage") || p.contains("1234"));
  }

  @Test
  void dumpShowsTheExtrasUnderTheirObject() throws IOException {
    String dump = MessageDump.toText(read(fileWithExtras()));
    String recip1 = dump.substring(dump.indexOf("recipients[1]\n"), dump.indexOf("attachments[0]\n"));
    assertThat(recip1).contains("  clsid 7EDC8E8C-7F01-40FA-B2D2-28019169C89A\n",
        "  extra\n    stream \"UnknownRecipStream\" [2 bytes] 0102\n");
    String att0 = dump.substring(dump.indexOf("attachments[0]\n"), dump.indexOf("attachments[1]\n"));
    assertThat(att0).contains("  clsid B3B0E745-0154-4C06-93E5-E64B7407A75E\n",
        "  extra\n    storage \"UnknownStorage\" clsid 11111111-2222-3333-4444-555555555555\n"
            + "      stream \"inner\" [1 bytes] 03\n");
    assertThat(dump).endsWith("extra\n  stream \"RootStream\" [1 bytes] 09\n");
    assertThat(dump.substring(0, dump.indexOf("recipients[1]\n"))).doesNotContain("  extra\n", "clsid");
  }

  @Test
  void anExtraEntryCollidingWithAWrittenStreamIsAnErrorNamingTheObject() {
    Recipient r = Recipient.of(RecipientType.TO, "Ann", "SMTP", "ann@example.com");
    Message props = Message.builder().addRecipient(r)
        .addRecipient(r.withExtraEntries(List.of(new CompoundEntry.Stream("__properties_version1.0", Bytes.EMPTY))))
        .build();
    assertThatThrownBy(() -> MsgWriter.toBytes(props)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extra entry __properties_version1.0 of /recipients[1] collides with a stream or storage the "
            + "writer creates");
    Message value = Message.builder().addAttachment(Attachment.byValue("a.txt", "text/plain", Bytes.of((byte) 1))
        .withExtraEntries(List.of(new CompoundEntry.Stream("__substg1.0_3707001F", Bytes.EMPTY)))).build();
    assertThatThrownBy(() -> MsgWriter.toBytes(value)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("__substg1.0_3707001F of /attachments[0] collides");
    Message inner = Message.builder().addRecipient(r.withExtraEntries(List.of(
        new CompoundEntry.Storage("__substg1.0_3001001F", CompoundEntry.Storage.NO_CLASS, List.of())))).build();
    Message embedded = Message.builder().addAttachment(Attachment.embedded(
        PropertyBag.builder().set(PidTag.ATTACH_METHOD, 5).build(), inner)).build();
    assertThatThrownBy(() -> MsgWriter.toBytes(embedded)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("__substg1.0_3001001F of /attachments[0]/embedded/recipients[0] collides");
    Message object = Message.builder().addAttachment(Attachment.embedded(
        PropertyBag.builder().set(PidTag.ATTACH_METHOD, 5).build(), Message.builder().build())
        .withExtraEntries(List.of(new CompoundEntry.Stream("__substg1.0_3701000D", Bytes.EMPTY)))).build();
    assertThatThrownBy(() -> MsgWriter.toBytes(object)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("__substg1.0_3701000D of /attachments[0] collides");
  }

  @Test
  void duplicateAndNamedValueStreamExtrasAreErrorsNamingTheObject() {
    Recipient r = Recipient.of(RecipientType.TO, "Ann", "SMTP", "ann@example.com");
    CompoundEntry x = new CompoundEntry.Stream("x", Bytes.EMPTY);
    Message twice = Message.builder().addRecipient(r.withExtraEntries(List.of(x, x))).build();
    assertThatThrownBy(() -> MsgWriter.toBytes(twice)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extra entry x of /recipients[0] appears twice");
    Message named = Message.builder().addAttachment(Attachment.of(PropertyBag.EMPTY)
        .withExtraEntries(List.of(new CompoundEntry.Stream("__substg1.0_80010102", Bytes.EMPTY)))).build();
    assertThatThrownBy(() -> MsgWriter.toBytes(named)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("__substg1.0_80010102 of /attachments[0] is a value stream of a named property id");
  }

  @Test
  void messageExtrasNamedLikeARecipientOrAttachmentStorageAreRejected() {
    CompoundEntry.Storage oldRecip = new CompoundEntry.Storage("__recip_version1.0_#00000000",
        CompoundEntry.Storage.NO_CLASS, List.of(new CompoundEntry.Stream("x", Bytes.of((byte) 1))));
    Message recip = plain().toBuilder().addExtraEntry(oldRecip).build();
    assertThatThrownBy(() -> MsgWriter.toBytes(recip)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extra entry __recip_version1.0_#00000000 of message / is named like a recipient storage "
            + "([MS-OXMSG] 2.2.1); streams and storages of a recipient storage belong to the recipient object: use "
            + "Recipient.withExtraEntries and withStorageClassId");
    // also when it has nothing in it, and also without a recipient of that number
    Message empty = Message.builder().addExtraEntry(new CompoundEntry.Storage("__attach_version1.0_#00000003",
        CompoundEntry.Storage.NO_CLASS, List.of())).build();
    assertThatThrownBy(() -> MsgWriter.toBytes(empty)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("of message / is named like an attachment storage ([MS-OXMSG] 2.2.2)")
        .hasMessageContaining("Attachment.withExtraEntries");
    Message inner = Message.builder().addExtraEntry(oldRecip).build();
    Message embedded = Message.builder().addAttachment(Attachment.embedded(
        PropertyBag.builder().set(PidTag.ATTACH_METHOD, 5).build(), inner)).build();
    assertThatThrownBy(() -> MsgWriter.toBytes(embedded)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("of message /attachments[0]/embedded is named like a recipient storage");
    // inside a recipient or attachment storage such a name is just an unknown storage, kept as it is
    Message nested = Message.builder().addRecipient(Recipient.of(RecipientType.TO, "A", "SMTP", "a@x")
        .withExtraEntries(List.of(oldRecip))).build();
    assertThat(TestCfb.stream(MsgWriter.toBytes(nested), RECIP0 + "/__recip_version1.0_#00000000/x").hex())
        .isEqualTo("01");
  }

  @Test
  void entriesNamedLikeARecipientOrAttachmentStorageThatAreNotOneAreReportedNotKept() throws IOException {
    // streams named like recipient and attachment storages at the top level and in an embedded
    // message: the writer numbers those storages itself, so a lenient read reports and drops them
    Message inner = Message.builder().set(PidTag.SUBJECT, "inner").build();
    Message outer = plain().toBuilder().addAttachment(Attachment.embedded(
        PropertyBag.builder().set(PidTag.ATTACH_METHOD, 5).build(), inner)).build();
    String embedded = "/__attach_version1.0_#00000002/__substg1.0_3701000D";
    byte[] f = TestCfb.add(TestCfb.add(TestCfb.add(MsgWriter.toBytes(outer), "/", "__recip_version1.0_#00000007",
        new byte[] {1, 2, 3}), "/", "__ATTACH_VERSION1.0_#0000000a", new byte[] {4}), embedded,
        "__recip_version1.0_#00000000", new byte[] {5});
    ReadResult r = MsgReader.lenient().read(new ByteArrayInputStream(f));
    assertThat(r.issues()).extracting(ReadIssue::action).containsOnly(ReadIssue.Action.SKIPPED);
    assertThat(r.issues()).extracting(ReadIssue::storagePath).containsExactlyInAnyOrder(
        "/__recip_version1.0_#00000007", "/__ATTACH_VERSION1.0_#0000000a", embedded + "/__recip_version1.0_#00000000");
    assertThat(r.issues()).filteredOn(i -> i.storagePath().equals("/__ATTACH_VERSION1.0_#0000000a")).singleElement()
        .satisfies(i -> {
          assertThat(i.reason()).isEqualTo("stream named like an attachment storage ([MS-OXMSG] 2.2.2) is not read "
              + "as one and is dropped: the writer numbers recipient and attachment storages itself");
          assertThat(i.messagePath().toString()).isEqualTo("/");
        });
    Message m = r.message();
    assertThat(m.extraEntries()).isEmpty();
    assertThat(m.attachments().get(2).embeddedMessage().orElseThrow().extraEntries()).isEmpty();
    // what was read can be written, and reads back as it was
    assertThat(read(MsgWriter.toBytes(m))).isEqualTo(MsgWriter.normalize(m));
    // strict mode stops at the first of them
    assertThatThrownBy(() -> MsgReader.strict().read(new ByteArrayInputStream(f))).isInstanceOf(
        MsgFormatException.class).hasMessageContaining("named like a");
  }

  @Test
  void extraNamesAreComparedIgnoringCaseAsMsCfbDoes() throws IOException {
    // the writer writes __substg1.0_3001001F for PidTagDisplayName: an extra __SUBSTG1.0_3001001f
    // would be a second entry of the same [MS-CFB] 2.6.4 name
    Recipient r = Recipient.of(RecipientType.TO, "Ann", "SMTP", "ann@example.com");
    Message value = Message.builder().addRecipient(r.withExtraEntries(List.of(
        new CompoundEntry.Stream("__SUBSTG1.0_3001001f", Bytes.of((byte) 'x', (byte) 0))))).build();
    assertThatThrownBy(() -> MsgWriter.toBytes(value)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extra entry __SUBSTG1.0_3001001f of /recipients[0] collides with a stream or storage the "
            + "writer creates (__substg1.0_3001001F; [MS-CFB] 2.6.4 compares names ignoring case)");
    Message twice = Message.builder().addRecipient(r.withExtraEntries(List.of(
        new CompoundEntry.Stream("x", Bytes.EMPTY), new CompoundEntry.Stream("X", Bytes.EMPTY)))).build();
    assertThatThrownBy(() -> MsgWriter.toBytes(twice)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extra entry x of /recipients[0] appears twice (X; [MS-CFB] 2.6.4 compares names ignoring case)");
    Message inStorage = Message.builder().addExtraEntry(new CompoundEntry.Storage("Kept", INNER_CLSID, List.of(
        new CompoundEntry.Stream("CONTENTS", Bytes.EMPTY), new CompoundEntry.Stream("Contents", Bytes.EMPTY))))
        .build();
    assertThatThrownBy(() -> MsgWriter.toBytes(inStorage)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("storage Kept of / has two entries named Contents (CONTENTS; ");
    // the value stream of a named property id in either case: the reader's test, shared
    Message named = Message.builder().addAttachment(Attachment.of(PropertyBag.EMPTY).withExtraEntries(List.of(
        new CompoundEntry.Stream("__SUBSTG1.0_8a01001f", Bytes.EMPTY)))).build();
    assertThatThrownBy(() -> MsgWriter.toBytes(named)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("__SUBSTG1.0_8a01001f of /attachments[0] is a value stream of a named property id");
    // a kept mapping storage in another case is the mapping storage, and merged into it
    Message mapping = plain().toBuilder().addExtraEntry(new CompoundEntry.Storage("__NameID_Version1.0",
        INNER_CLSID, List.of(new CompoundEntry.Stream("Unknown", Bytes.of((byte) 4))))).build();
    byte[] written = MsgWriter.toBytes(mapping);
    assertThat(TestCfb.stream(written, "/__nameid_version1.0/Unknown").hex()).isEqualTo("04");
    assertThat(TestCfb.paths(written)).noneMatch(p -> p.startsWith("/__NameID"));
  }

  /** Returns a copy of a file after an edit of its tree with POIFS. */
  private static byte[] edited(byte[] msg, PoifsEdit edit) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(msg))) {
      edit.apply(fs.getRoot());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private interface PoifsEdit {
    void apply(DirectoryEntry root) throws IOException;
  }

  @Test
  void whatTheWriterCannotWriteBackIsReportedNotKept() throws IOException {
    Message inner = Message.builder().set(PidTag.SUBJECT, "inner").build();
    Message m = plain().toBuilder().addAttachment(Attachment.embedded(
        PropertyBag.builder().set(PidTag.ATTACH_METHOD, 5).build(), inner)).build();
    byte[] f = edited(MsgWriter.toBytes(m), root -> {
      // a second subject stream, named as the first ignoring case
      root.createDocument("__SUBSTG1.0_0037001F", new ByteArrayInputStream(new byte[] {'x', 0}));
      // a named property mapping storage in an embedded message: [MS-OXMSG] 2.2.3 has one, at the top
      DirectoryEntry em = (DirectoryEntry) ((DirectoryEntry) root.getEntry("__attach_version1.0_#00000002"))
          .getEntry("__substg1.0_3701000D");
      em.createDirectory("__nameid_version1.0").createDocument("__substg1.0_00020102",
          new ByteArrayInputStream(new byte[0]));
      // a named property's value storage without its entry, in a recipient storage
      ((DirectoryEntry) root.getEntry("__recip_version1.0_#00000000")).createDirectory("__substg1.0_8001000D");
      // two entries of a kept storage that differ only in case
      DirectoryEntry kept = root.createDirectory("Kept");
      kept.createDocument("CONTENTS", new ByteArrayInputStream(new byte[] {1}));
      kept.createDocument("contents", new ByteArrayInputStream(new byte[] {2}));
      // and a second GUID stream of the mapping storage, in another case
      ((DirectoryEntry) root.getEntry("__nameid_version1.0")).createDocument("__SUBSTG1.0_00020102",
          new ByteArrayInputStream(new byte[0]));
    });
    ReadResult r = MsgReader.lenient().read(new ByteArrayInputStream(f));
    assertThat(r.issues()).extracting(ReadIssue::action).containsOnly(ReadIssue.Action.SKIPPED);
    assertThat(r.issues()).extracting(i -> i.storagePath() + ": " + i.reason()).containsExactlyInAnyOrder(
        "/__SUBSTG1.0_0037001F: stream has the name of the entry __substg1.0_0037001F ignoring case, as [MS-CFB] "
            + "2.6.4 compares names; a storage cannot hold both, so it is dropped",
        "/__attach_version1.0_#00000002/__substg1.0_3701000D/__nameid_version1.0: storage named like the named "
            + "property mapping storage ([MS-OXMSG] 2.2.3) is not read as it and is dropped: a file has one, at the "
            + "top level, which the writer writes itself",
        "/__recip_version1.0_#00000000/__substg1.0_8001000D: value storage of a named property without a property "
            + "entry is dropped (named property ids are reassigned when writing)",
        "/Kept/contents: stream has the name of the entry CONTENTS ignoring case, as [MS-CFB] 2.6.4 compares names; "
            + "a storage cannot hold both, so it is dropped",
        "/__nameid_version1.0/__SUBSTG1.0_00020102: stream has the name of the entry __substg1.0_00020102 ignoring "
            + "case, as [MS-CFB] 2.6.4 compares names; a storage cannot hold both, so it is dropped");
    Message read = r.message();
    assertThat(read.subject()).hasValue("extras");
    assertThat(read.extraEntries()).extracting(CompoundEntry::name).containsExactly("Kept");
    // what was read can be written, and reads back as it was
    assertThat(read(MsgWriter.toBytes(read))).isEqualTo(MsgWriter.normalize(read));
  }

  @Test
  void keptNamedPropertyMappingEntriesAreStillMergedIntoTheMappingStorage() throws IOException {
    Message m = plain().toBuilder().addExtraEntry(new CompoundEntry.Storage("__nameid_version1.0", INNER_CLSID,
        List.of(new CompoundEntry.Stream("Unknown", Bytes.of((byte) 4))))).build();
    byte[] written = MsgWriter.toBytes(m);
    assertThat(TestCfb.stream(written, "/__nameid_version1.0/Unknown").hex()).isEqualTo("04");
    assertThat(storageClassId(written, "/__nameid_version1.0")).isEqualTo(INNER_CLSID);
    assertThat(read(written)).isEqualTo(MsgWriter.normalize(m));
    Message collide = plain().toBuilder().addExtraEntry(new CompoundEntry.Storage("__nameid_version1.0",
        CompoundEntry.Storage.NO_CLASS, List.of(new CompoundEntry.Stream("__substg1.0_00020102", Bytes.EMPTY))))
        .build();
    assertThatThrownBy(() -> MsgWriter.toBytes(collide)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extra entry __substg1.0_00020102 of the kept __nameid_version1.0 storage of / collides with a "
            + "stream or storage the writer creates");
  }

  @Test
  void realFileWithClassIdsOnEveryObjectStorageKeepsThemOnTheObjects() throws IOException {
    var f = RealFiles.file("msgreader-net/MsgReaderTests/SampleFiles/EmailWithAttachments.msg");
    Message m = MsgReader.lenient().read(f).message();
    assertThat(m.recipients()).extracting(Recipient::storageClassId).containsExactly(
        UUID.fromString("8fd6e1e9-0a47-4a66-969b-8e3be015a7f5"), RECIP_CLSID,
        UUID.fromString("b05588ae-ee44-4ebd-998d-15c66f05b13f"));
    assertThat(m.attachments()).extracting(Attachment::storageClassId).containsExactly(ATT_CLSID,
        UUID.fromString("fa886458-7eae-4e97-80fb-a48ec32b4b8c"));
    assertThat(m.recipients()).allSatisfy(r -> assertThat(r.extraEntries()).isEmpty());
    assertThat(m.extraEntries()).extracting(CompoundEntry::name).containsExactly("__nameid_version1.0");
    byte[] written = MsgWriter.toBytes(m);
    assertThat(storageClassId(written, "/__recip_version1.0_#00000002"))
        .isEqualTo(UUID.fromString("b05588ae-ee44-4ebd-998d-15c66f05b13f"));
    // dropping the first recipient moves the second one's CLSID to storage 0
    byte[] dropped = MsgWriter.toBytes(m.toBuilder().recipients(m.recipients().subList(1, 3)).build());
    assertThat(storageClassId(dropped, RECIP0)).isEqualTo(RECIP_CLSID);
  }
}
