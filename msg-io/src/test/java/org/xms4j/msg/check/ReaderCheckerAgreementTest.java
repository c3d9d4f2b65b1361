package org.xms4j.msg.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertySet;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.message.Attachment;
import org.xms4j.message.CompoundEntry;
import org.xms4j.message.Message;
import org.xms4j.msg.MsgReader;
import org.xms4j.msg.MsgWriter;
import org.xms4j.msg.NamedPropertyMapping;
import org.xms4j.msg.ReadIssue;
import org.xms4j.msg.ReadResult;
import org.xms4j.msg.check.MsgStructure.ObjectKind;

/**
 * Files edited at byte level on which the reader ({@link MsgReader}) and the file-structure view
 * ({@link MsgStructure}) must come to the same decision, because both take it with the same code.
 */
class ReaderCheckerAgreementTest {

  private static final String PROPS = "__properties_version1.0";
  private static final String ATT0 = "__attach_version1.0_#00000000";
  private static final String NAMEID = "__nameid_version1.0";
  private static final int ATTACH_METHOD = 0x37050003;

  private static ReadResult lenient(byte[] f) throws IOException {
    return MsgReader.lenient().read(new ByteArrayInputStream(f));
  }

  private static List<ObjectKind> kinds(byte[] f) throws IOException {
    return MsgStructure.read(f).objects().stream().map(MsgStructure.ObjectStorage::kind).toList();
  }

  /** The embedded-message fixture with the value of the attachment's PidTagAttachMethod entry replaced. */
  private static byte[] withAttachMethod(int method) {
    return Fixtures.edit(Fixtures.embedded(), root -> Fixtures.editStream(root, ATT0 + "/" + PROPS, (s, le) -> {
      le.putInt(Fixtures.entryOffset(s, 8, ATTACH_METHOD) + 8, method);
      return s;
    }));
  }

  // ------------------------------------------------------------------ embedded message or storage

  @Test
  void afByValueWithAMessageLikeSubstorageIsAStorageForBoth() throws IOException {
    byte[] f = withAttachMethod(1);
    // the substorage still holds the embedded SMS's property stream, recipients and value streams
    assertThat(Fixtures.readStream(f, ATT0 + "/__substg1.0_3701000D/" + PROPS)).isNotEmpty();
    assertThat(kinds(f)).containsExactly(ObjectKind.MESSAGE, ObjectKind.ATTACHMENT);
    ReadResult r = lenient(f);
    assertThat(r.issues()).isEmpty();
    Attachment a = r.message().attachments().get(0);
    assertThat(a.embeddedMessage()).isEmpty();
    CompoundEntry.Storage kept = a.customStorage().orElseThrow();
    assertThat(kept.name()).isEqualTo("__substg1.0_3701000D");
    assertThat(kept.children()).extracting(CompoundEntry::name).contains(PROPS);
    // and the checker has nothing to say about it: afByValue asks for no substorage, and forbids none
    assertThat(MsgFileRulesTest.report(f).findings()).isEmpty();
  }

  @Test
  void afStorageWithAMessageLikeSubstorageIsAStorageForBoth() throws IOException {
    byte[] f = withAttachMethod(6);
    assertThat(kinds(f)).containsExactly(ObjectKind.MESSAGE, ObjectKind.ATTACHMENT);
    Attachment a = lenient(f).message().attachments().get(0);
    assertThat(a.embeddedMessage()).isEmpty();
    assertThat(a.customStorage()).isPresent();
  }

  @Test
  void withoutAttachMethodTheSubstoragesPropertyStreamDecidesForBoth() throws IOException {
    byte[] f = Fixtures.edit(Fixtures.embedded(), root -> Fixtures.editStream(root, ATT0 + "/" + PROPS, (s, le) -> {
      int off = Fixtures.entryOffset(s, 8, ATTACH_METHOD);
      byte[] out = new byte[s.length - 16];
      System.arraycopy(s, 0, out, 0, off);
      System.arraycopy(s, off + 16, out, off, s.length - off - 16);
      return out;
    }));
    assertThat(kinds(f)).contains(ObjectKind.EMBEDDED_MESSAGE);
    Message clean = lenient(Fixtures.embedded()).message();
    Attachment a = lenient(f).message().attachments().get(0);
    assertThat(a.embeddedMessage()).isEqualTo(clean.attachments().get(0).embeddedMessage());
  }

  // ------------------------------------------------------------------ property-stream layout

  @Test
  void anEmbeddedMessageWithTheTopLevelHeaderIsReadEntryByEntryByBoth() throws IOException {
    String path = ATT0 + "/__substg1.0_3701000D/" + PROPS;
    byte[] f = Fixtures.edit(Fixtures.embedded(), root -> Fixtures.editStream(root, path, (s, le) -> {
      byte[] out = new byte[s.length + 8];
      System.arraycopy(s, 0, out, 0, 24);
      System.arraycopy(s, 24, out, 32, s.length - 24);
      return out;
    }));
    MsgStructure.ObjectStorage embedded = MsgStructure.read(f).objects().get(2);
    assertThat(embedded.propertyStream().orElseThrow().headerSizeInBytes()).isEqualTo(32);
    ReadResult r = lenient(f);
    assertThat(r.issues()).singleElement().satisfies(i -> {
      assertThat(i.action()).isEqualTo(ReadIssue.Action.REPAIRED);
      assertThat(i.storagePath()).isEqualTo("/" + path);
      assertThat(i.reason()).contains("read with the 32-byte header");
    });
    Message clean = lenient(Fixtures.embedded()).message();
    Message read = r.message().attachments().get(0).embeddedMessage().orElseThrow();
    assertThat(read).isEqualTo(clean.attachments().get(0).embeddedMessage().orElseThrow());
    // the checker sees the entries of the clean file, 8 bytes further on
    List<MsgStructure.PropertyEntry> cleanEntries = MsgStructure.read(Fixtures.embedded()).objects().get(2).entries();
    assertThat(embedded.entries()).extracting(MsgStructure.PropertyEntry::tag)
        .isEqualTo(cleanEntries.stream().map(MsgStructure.PropertyEntry::tag).toList());
    assertThat(embedded.entries().get(0).offsetInBytes()).isEqualTo(32);
  }

  @Test
  void strayBytesAfterTheEntriesLeaveTheEntriesWhereTheyAreForBoth() throws IOException {
    // an attachment's stream (8-byte header) with 8 stray bytes: its size is also a 32-byte header
    // plus whole entries, but the entries start at 8 and the 8 bytes are reported, for both
    String path = ATT0 + "/" + PROPS;
    byte[] cleanStream = Fixtures.readStream(Fixtures.embedded(), path);
    byte[] f = Fixtures.edit(Fixtures.embedded(), root -> Fixtures.editStream(root, path, (s, le) ->
        java.util.Arrays.copyOf(s, s.length + 8)));
    assertThat((cleanStream.length + 8) % 16).isZero();
    ReadResult r = lenient(f);
    assertThat(r.issues()).singleElement().satisfies(i -> {
      assertThat(i.action()).isEqualTo(ReadIssue.Action.TRUNCATED);
      assertThat(i.storagePath()).isEqualTo("/" + path);
      assertThat(i.byteOffset()).isEqualTo(cleanStream.length);
      assertThat(i.reason()).contains("8 bytes after its last whole 16-byte entry");
    });
    assertThat(r.message()).isEqualTo(lenient(Fixtures.embedded()).message());
    MsgStructure.ObjectStorage att = MsgStructure.read(f).objects().get(1);
    assertThat(att.kind()).isEqualTo(ObjectKind.ATTACHMENT);
    assertThat(att.propertyStream().orElseThrow().headerSizeInBytes()).isEqualTo(-1);
    assertThat(att.entries()).extracting(MsgStructure.PropertyEntry::tag).isEqualTo(MsgStructure
        .read(Fixtures.embedded()).objects().get(1).entries().stream().map(MsgStructure.PropertyEntry::tag).toList());
    assertThat(MsgFileRulesTest.report(f).findings()).singleElement().satisfies(x -> {
      assertThat(x.ruleId().toString()).isEqualTo("XMS-R101");
      assertThat(x.message()).contains("expected a 8-byte header (attachment) followed by whole 16-byte entries")
          .contains("8 more than whole entries");
    });
  }

  // ------------------------------------------------------------------ hash-bucket stream names

  @Test
  void bucketStreamNamesAreMatchedIgnoringCaseByBoth() throws IOException {
    // a LID in PS_PUBLIC_STRINGS (GUID index 2): bucket 0x1000 + ((10 XOR 4) mod 31) = 0x100E, a name with a letter
    Message m = Fixtures.plainMessage().toBuilder().properties(Fixtures.plainMessage().properties().toBuilder()
        .put(PropertyKey.named(NamedPropertyId.lid(PropertySet.PS_PUBLIC_STRINGS, 10), PropertyType.INTEGER32),
            new PropertyValue.Int32(7)).build()).build();
    byte[] clean = MsgWriter.toBytes(m);
    assertThat(Fixtures.names(clean, NAMEID)).contains("__substg1.0_100E0102");
    byte[] f = Fixtures.edit(clean, root -> {
      for (String n : new TreeSet<>(Fixtures.dir(root, NAMEID).getEntryNames())) {
        if (n.startsWith("__substg1.0_10")) {
          // upper-case prefix, lower-case hex: the same compound-file name, compared as [MS-CFB] does
          Fixtures.rename(root, NAMEID + "/" + n, "__SUBSTG1.0_" + n.substring(12).toLowerCase(Locale.ROOT));
        }
      }
    });
    assertThat(Fixtures.names(f, NAMEID)).contains("__SUBSTG1.0_100e0102").noneMatch(n -> n.startsWith("__substg1.0_10"));
    assertThat(MsgFileRulesTest.report(f).findings()).isEmpty();
    assertThat(MsgStructure.read(f).nameId().orElseThrow().bucketStreams())
        .isEqualTo(MsgStructure.read(clean).nameId().orElseThrow().bucketStreams());
    ReadResult r = MsgReader.strict().read(new ByteArrayInputStream(f));
    assertThat(r.issues()).isEmpty();
    assertThat(r.namedPropertyMappings()).isNotEmpty().allMatch(NamedPropertyMapping::inBucket);
    assertThat(r.message()).isEqualTo(MsgReader.strict().read(new ByteArrayInputStream(clean)).message());
  }

  // ------------------------------------------------------------------ names in another case

  @Test
  void ofTwoNamesThatDifferOnlyInCaseBothTakeTheSameEntry() throws IOException {
    // a broken file holds __substg1.0_0037001F (the subject "plain") and __SUBSTG1.0_0037001F, which
    // [MS-CFB] 2.6.4 cannot tell apart: both take the entry of exactly the name asked for, although
    // the other sorts first
    byte[] clean = Fixtures.plain();
    byte[] f = Fixtures.edit(clean, root -> Fixtures.write(root, "__SUBSTG1.0_0037001F",
        "other".getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));
    assertThat(Fixtures.names(f, "")).containsSubsequence("__SUBSTG1.0_0037001F", "__substg1.0_0037001F");
    ReadResult r = lenient(f);
    assertThat(r.message().subject()).hasValue("plain");
    MsgStructure.ObjectStorage top = MsgStructure.read(f).objects().get(0);
    MsgStructure.PropertyEntry subject = top.entries().stream().filter(e -> e.tag() == 0x0037001F).findFirst()
        .orElseThrow();
    assertThat(subject.valueStream().orElseThrow().name()).isEqualTo("__substg1.0_0037001F");
    assertThat(top.childIgnoreCase("__substg1.0_0037001F").orElseThrow().name()).isEqualTo("__substg1.0_0037001F");
    // without an exact match, both take the first in name order
    byte[] g = Fixtures.edit(clean, root -> {
      byte[] plain = Fixtures.read(root, "__substg1.0_0037001F");
      Fixtures.delete(root, "__substg1.0_0037001F");
      Fixtures.write(root, "__substg1.0_0037001f", plain);
      Fixtures.write(root, "__SUBSTG1.0_0037001F", "other".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    });
    assertThat(Fixtures.names(g, "")).containsSubsequence("__SUBSTG1.0_0037001F", "__substg1.0_0037001f");
    assertThat(lenient(g).message().subject()).hasValue("other");
    MsgStructure.ObjectStorage gTop = MsgStructure.read(g).objects().get(0);
    assertThat(gTop.entries().stream().filter(e -> e.tag() == 0x0037001F).findFirst().orElseThrow().valueStream()
        .orElseThrow().name()).isEqualTo("__SUBSTG1.0_0037001F");
    assertThat(gTop.childIgnoreCase("__substg1.0_0037001F").orElseThrow().name()).isEqualTo("__SUBSTG1.0_0037001F");
  }

  @Test
  void namesThatDifferOnlyInCaseNameTheSameEntriesForBoth() throws IOException {
    byte[] clean = Fixtures.multiValued();
    String mv = MsgFileRulesTest.ValueStreamNames.of(clean, 0x101F).base();
    byte[] f = Fixtures.edit(clean, root -> {
      Fixtures.rename(root, "__recip_version1.0_#00000000/" + PROPS, "__Properties_Version1.0");
      Fixtures.rename(root, "__recip_version1.0_#00000000", "__RECIP_VERSION1.0_#00000000");
      Fixtures.rename(root, "__substg1.0_0037001F", "__SUBSTG1.0_0037001f");
      Fixtures.rename(root, mv + "-00000001", mv.toLowerCase(Locale.ROOT) + "-00000001");
      Fixtures.rename(root, NAMEID + "/__substg1.0_00030102", "__SUBSTG1.0_00030102");
      Fixtures.rename(root, NAMEID, "__NameID_Version1.0");
    });
    // [MS-CFB] compares names ignoring case: the reader reads every entry as before
    ReadResult r = lenient(f);
    assertThat(r.issues()).isEmpty();
    assertThat(r.message()).isEqualTo(lenient(clean).message());
    // the checker walks the same objects with the same entries, and reports only the names
    MsgStructure cs = MsgStructure.read(clean);
    MsgStructure fs = MsgStructure.read(f);
    assertThat(fs.objects()).extracting(o -> o.kind() + " " + o.messagePath())
        .isEqualTo(cs.objects().stream().map(o -> o.kind() + " " + o.messagePath()).toList());
    for (int i = 0; i < cs.objects().size(); i++) {
      assertThat(fs.objects().get(i).entries()).extracting(MsgStructure.PropertyEntry::tag)
          .isEqualTo(cs.objects().get(i).entries().stream().map(MsgStructure.PropertyEntry::tag).toList());
    }
    assertThat(MsgFileRulesTest.report(f).findings()).extracting(x -> x.ruleId().toString()).containsOnly("XMS-R109",
        "XMS-R111", "XMS-R112");
  }
}
