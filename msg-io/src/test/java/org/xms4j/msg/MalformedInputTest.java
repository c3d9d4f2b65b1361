package org.xms4j.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.ProtocolExamples;
import org.xms4j.message.Recipient;
import org.xms4j.message.RecipientType;
import org.xms4j.path.MessagePath;

/**
 * Malformed inputs in both modes: the robustness files of PROVENANCE note 7 and corruptions of a file
 * we wrote. Strict mode throws at the first anomaly with its location; lenient mode reads on and says
 * what it did. Nothing may hang or run out of memory.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MalformedInputTest {

  private static final String PROPS = "/__properties_version1.0";

  private static Message sample() {
    return ProtocolExamples.sms().message().toBuilder()
        .addRecipient(Recipient.of(RecipientType.TO, "Ann", "SMTP", "ann@example.com"))
        .addAttachment(Attachment.byValue("big.bin", "application/octet-stream", Bytes.of(new byte[10_000])))
        .build();
  }

  private static final byte[] SAMPLE = MsgWriter.toBytes(sample());

  private static ReadResult lenient(byte[] b) throws IOException {
    return MsgReader.lenient().read(new ByteArrayInputStream(b));
  }

  private static MsgFormatException strictFails(byte[] b) {
    return catchThrowableOfType(MsgFormatException.class, () -> MsgReader.strict().read(new ByteArrayInputStream(b)));
  }

  /** The file offset, within the property stream, of the entry with a tag. */
  private static int entryOffset(byte[] props, int tag, int header) {
    ByteBuffer le = ByteBuffer.wrap(props).order(ByteOrder.LITTLE_ENDIAN);
    for (int off = header; off + 16 <= props.length; off += 16) {
      if (le.getInt(off) == tag) {
        return off;
      }
    }
    throw new AssertionError("no entry " + Integer.toHexString(tag));
  }

  private static int propertyCount(byte[] msg) {
    return (TestCfb.stream(msg, PROPS).size() - 32) / 16;
  }

  @Test
  void theSampleIsCleanInStrictMode() throws IOException {
    ReadResult r = MsgReader.strict().read(new ByteArrayInputStream(SAMPLE));
    assertThat(r.clean()).isTrue();
    assertThat(r.message()).isEqualTo(MsgWriter.normalize(sample()));
  }

  // ------------------------------------------------------------------ property stream

  @Test
  void truncatedPropertyStream() throws IOException {
    int keep = 32 + 2 * 16 + 5;
    byte[] bad = TestCfb.edit(SAMPLE, PROPS, p -> Arrays.copyOf(p, keep));
    MsgFormatException e = strictFails(bad);
    assertThat(e.storagePath()).isEqualTo(PROPS);
    assertThat(e.byteOffset()).isEqualTo(64);
    assertThat(e.messagePath()).isEqualTo(MessagePath.ROOT);
    ReadResult r = lenient(bad);
    assertThat(r.issues().get(0).action()).isEqualTo(ReadIssue.Action.TRUNCATED);
    assertThat(r.issues().get(0).byteOffset()).isEqualTo(64);
    // the value streams of the lost named properties cannot be kept (named ids are reassigned on writing)
    assertThat(r.issues().subList(1, r.issues().size())).isNotEmpty().allSatisfy(i -> {
      assertThat(i.action()).isEqualTo(ReadIssue.Action.SKIPPED);
      assertThat(i.storagePath()).startsWith("/__substg1.0_8");
    });
    assertThat(r.message().properties().size()).isEqualTo(2);
    // the value streams of the lost tagged properties are kept as extra entries
    assertThat(r.message().extraEntries()).extracting(org.xms4j.message.CompoundEntry::name)
        .contains("__substg1.0_1000001F");
    assertThat(r.message().recipients()).hasSize(1);
  }

  @Test
  void propertyStreamShorterThanItsHeader() throws IOException {
    byte[] bad = TestCfb.edit(SAMPLE, PROPS, p -> Arrays.copyOf(p, 10));
    assertThat(strictFails(bad).reason()).contains("shorter than its 32-byte header");
    ReadResult r = lenient(bad);
    assertThat(r.message().properties().isEmpty()).isTrue();
    assertThat(r.message().recipients()).hasSize(1);
    assertThat(r.issues().get(0).action()).isEqualTo(ReadIssue.Action.REPAIRED);
    assertThat(r.issues().subList(1, r.issues().size())).allSatisfy(i ->
        assertThat(i.reason()).contains("value stream of a named property without a property entry"));
  }

  @Test
  void thirdEntryWithAnUnknownTypeCodeDoesNotCostTheRestOfTheStream() throws IOException {
    // the POI readProperties failure: one bad entry must not stop the stream being read
    int count = propertyCount(SAMPLE);
    int off = 32 + 2 * 16;
    byte[] bad = TestCfb.edit(SAMPLE, PROPS, p -> {
      byte[] c = p.clone();
      c[off] = 0x34;
      c[off + 1] = 0x12;
      return c;
    });
    int tag = ByteBuffer.wrap(TestCfb.stream(bad, PROPS).toByteArray()).order(ByteOrder.LITTLE_ENDIAN).getInt(off);
    MsgFormatException e = strictFails(bad);
    assertThat(e.propertyTag()).isEqualTo(OptionalInt.of(tag));
    assertThat(e.byteOffset()).isEqualTo(off);
    assertThat(e.reason()).contains("unknown property type code 0x1234");
    ReadResult r = lenient(bad);
    assertThat(r.issues()).singleElement().satisfies(i -> {
      assertThat(i.action()).isEqualTo(ReadIssue.Action.SKIPPED);
      assertThat(i.propertyTag()).isEqualTo(OptionalInt.of(tag));
    });
    assertThat(r.message().properties().size()).isEqualTo(count - 1);
    // entries after the bad one are there
    assertThat(r.message().properties().keys()).containsAll(
        MsgWriter.normalize(sample()).properties().keys().stream().skip(3).toList());
  }

  @Test
  void sizeFieldLargerThanTheStream() throws IOException {
    byte[] props = TestCfb.stream(SAMPLE, PROPS).toByteArray();
    int off = entryOffset(props, 0x1000001F, 32);
    byte[] bad = TestCfb.edit(SAMPLE, PROPS, p -> {
      byte[] c = p.clone();
      ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN).putInt(off + 8, 9999);
      return c;
    });
    MsgFormatException e = strictFails(bad);
    assertThat(e.propertyTag()).isEqualTo(OptionalInt.of(0x1000001F));
    assertThat(e.byteOffset()).isEqualTo(off + 8);
    assertThat(e.messagePath().toString()).isEqualTo("/PidTagBody");
    assertThat(e.getMessage()).contains("/__properties_version1.0 @" + (off + 8)).contains("[tag 0x1000001F]")
        .contains("(/PidTagBody)");
    ReadResult r = lenient(bad);
    assertThat(r.issues()).extracting(ReadIssue::action).containsExactly(ReadIssue.Action.TRUNCATED);
    assertThat(r.message().find(PidTag.BODY)).contains(ProtocolExamples.SMS_TEXT);
  }

  @Test
  void namedPropertyIdWithoutMappingEntry() throws IOException {
    byte[] props = TestCfb.stream(SAMPLE, PROPS).toByteArray();
    PropertyKey account = PidName.OMS_ACCOUNT_GUID.key();
    Message norm = MsgWriter.normalize(sample());
    assertThat(norm.properties().contains(account)).isTrue();
    // the first named property written gets 0x8000; move it to 0x8123, which the mapping lacks
    int off = entryOffset(props, 0x8000001F, 32);
    byte[] bad = TestCfb.edit(SAMPLE, PROPS, p -> {
      byte[] c = p.clone();
      c[off + 2] = 0x23;
      c[off + 3] = (byte) 0x81;
      return c;
    });
    bad = TestCfb.edit(bad, "/__substg1.0_8000001F", p -> null);
    MsgFormatException e = strictFails(bad);
    assertThat(e.propertyTag()).isEqualTo(OptionalInt.of(0x8123001F));
    assertThat(e.reason()).contains("0x8123").contains("no entry");
    ReadResult r = lenient(bad);
    assertThat(r.issues()).extracting(ReadIssue::action).containsExactly(ReadIssue.Action.SKIPPED);
    assertThat(r.message().properties().contains(account)).isFalse();
    assertThat(r.message().properties().size()).isEqualTo(norm.properties().size() - 1);
  }

  @Test
  void zeroLengthStringStreamIsAcceptedInBothModes() throws IOException {
    // [MS-OXMSG] forbids it, but Outlook writes PidTagDisplayCc, PidTagDisplayBcc and PidTagSubjectPrefix
    // this way in 45 of the real files: reading accepts it as the empty string; writing omits it
    byte[] props = TestCfb.stream(SAMPLE, PROPS).toByteArray();
    int off = entryOffset(props, 0x1000001F, 32);
    byte[] bad = TestCfb.edit(TestCfb.edit(SAMPLE, "/__substg1.0_1000001F", p -> new byte[0]), PROPS, p -> {
      byte[] c = p.clone();
      ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN).putInt(off + 8, 2);
      return c;
    });
    for (MsgReader reader : List.of(MsgReader.strict(), MsgReader.lenient())) {
      ReadResult r = reader.read(new ByteArrayInputStream(bad));
      assertThat(r.clean()).isTrue();
      assertThat(r.message().properties().get(PropertyKey.tagged(0x1000, PropertyType.STRING)))
          .contains(new PropertyValue.Text(""));
      assertThat(MsgWriter.normalize(r.message()).find(PidTag.BODY)).isEmpty();
    }
  }

  @Test
  void oddByteCountPtypStringIsKeptRaw() throws IOException {
    byte[] props = TestCfb.stream(SAMPLE, PROPS).toByteArray();
    int off = entryOffset(props, 0x1000001F, 32);
    byte[] bad = TestCfb.edit(TestCfb.edit(SAMPLE, "/__substg1.0_1000001F", p -> Arrays.copyOf(p, p.length + 1)),
        PROPS, p -> {
          byte[] c = p.clone();
          ByteBuffer le = ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN);
          le.putInt(off + 8, le.getInt(off + 8) + 1);
          return c;
        });
    MsgFormatException e = strictFails(bad);
    assertThat(e.storagePath()).isEqualTo("/__substg1.0_1000001F");
    ReadResult r = lenient(bad);
    assertThat(r.issues()).extracting(ReadIssue::action).containsExactly(ReadIssue.Action.KEPT_RAW);
    PropertyValue v = r.message().properties().get(PropertyKey.tagged(0x1000, PropertyType.STRING)).orElseThrow();
    assertThat(v).isInstanceOf(PropertyValue.Unparsed.class);
    assertThat(((PropertyValue.Unparsed) v).raw().size()).isEqualTo(2 * ProtocolExamples.SMS_TEXT.length() + 1);
    // written back raw and read back the same
    assertThat(lenient(MsgWriter.toBytes(r.message())).message()).isEqualTo(r.message());
  }

  @Test
  void absurdHeaderCountsAreRepairedNotAllocated() throws IOException {
    byte[] bad = TestCfb.edit(SAMPLE, PROPS, p -> {
      byte[] c = p.clone();
      ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 0x7FFFFFFF).putInt(20, -1);
      return c;
    });
    MsgFormatException e = strictFails(bad);
    assertThat(e.byteOffset()).isEqualTo(16);
    ReadResult r = lenient(bad);
    assertThat(r.issues()).extracting(ReadIssue::byteOffset).containsExactly(16L, 20L);
    assertThat(r.message()).isEqualTo(MsgWriter.normalize(sample()));
  }

  // ------------------------------------------------------------------ container

  @Test
  void badHeaderSignature() {
    byte[] bad = SAMPLE.clone();
    bad[0] = 0x00;
    for (MsgReader reader : List.of(MsgReader.strict(), MsgReader.lenient())) {
      assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bad))).isInstanceOf(MsgFormatException.class)
          .hasMessageContaining("not a compound file: signature");
    }
  }

  @Test
  void headerDeclaringMoreFatSectorsThanTheFileHoldsIsRejectedBeforeAllocating() {
    byte[] bad = SAMPLE.clone();
    ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN).putInt(0x2C, 30_000);
    for (MsgReader reader : List.of(MsgReader.strict(), MsgReader.lenient())) {
      MsgFormatException e = catchThrowableOfType(MsgFormatException.class,
          () -> reader.read(new ByteArrayInputStream(bad)));
      assertThat(e.reason()).contains("30000 FAT sectors");
      assertThat(e.byteOffset()).isEqualTo(0x2C);
    }
  }

  @Test
  void directorySizeLargerThanTheFile() throws IOException {
    RawCfb raw = new RawCfb(SAMPLE);
    raw.setSize("__substg1.0_37010102", 0x7FFF0000);
    MsgFormatException e = strictFails(raw.b);
    assertThat(e.storagePath()).isEqualTo("/__attach_version1.0_#00000000/__substg1.0_37010102");
    ReadResult r = lenient(raw.b);
    assertThat(r.issues()).singleElement().satisfies(i -> assertThat(i.action()).isEqualTo(ReadIssue.Action.SKIPPED));
    assertThat(r.message().attachments().get(0).data()).isEmpty();
  }

  @Test
  void directorySizeLargerThanTheSectorChain() throws IOException {
    RawCfb raw = new RawCfb(SAMPLE);
    raw.setSize("__substg1.0_37010102", 20_000);
    assertThat(strictFails(raw.b).storagePath()).isEqualTo("/__attach_version1.0_#00000000/__substg1.0_37010102");
    ReadResult r = lenient(raw.b);
    assertThat(r.issues()).extracting(ReadIssue::action).containsExactly(ReadIssue.Action.SKIPPED);
    assertThat(r.message().attachments().get(0).data()).isEmpty();
    assertThat(r.message().find(PidTag.BODY)).contains(ProtocolExamples.SMS_TEXT);
  }

  @Test
  void cyclicSectorChainOfAStream() throws IOException {
    RawCfb raw = new RawCfb(SAMPLE);
    int start = raw.startSector("__substg1.0_37010102");
    raw.setNext(raw.next(start), start);
    assertThat(strictFails(raw.b).storagePath()).isEqualTo("/__attach_version1.0_#00000000/__substg1.0_37010102");
    ReadResult r = lenient(raw.b);
    assertThat(r.issues()).extracting(ReadIssue::action).containsExactly(ReadIssue.Action.SKIPPED);
    assertThat(r.message().attachments().get(0).data()).isEmpty();
  }

  @Test
  void cyclicDirectoryChain() {
    RawCfb raw = new RawCfb(SAMPLE);
    int dir = raw.firstDirectorySector();
    raw.setNext(dir, dir);
    for (MsgReader reader : List.of(MsgReader.strict(), MsgReader.lenient())) {
      assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(raw.b))).isInstanceOf(MsgFormatException.class)
          .hasMessageContaining("corrupt compound file");
    }
  }

  @Test
  void corruptDirectoryTreeWithASelfReference() {
    RawCfb raw = new RawCfb(SAMPLE);
    int root = raw.directoryEntries().get(0);
    // the root's child id points at the root itself
    raw.le.putInt(root + 0x4C, 0);
    for (MsgReader reader : List.of(MsgReader.strict(), MsgReader.lenient())) {
      assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(raw.b))).isInstanceOf(MsgFormatException.class);
    }
  }

  // ------------------------------------------------------------------ PROVENANCE note 7

  @Test
  void notACompoundFile() {
    for (MsgReader reader : List.of(MsgReader.strict(), MsgReader.lenient())) {
      MsgFormatException e = catchThrowableOfType(MsgFormatException.class,
          () -> reader.read(RealFiles.file("msg-parser-rs/data/bad_outlook.msg")));
      assertThat(e.reason()).isEqualTo("not a compound file: 11 bytes, a compound file header alone has 512");
      assertThat(e.storagePath()).isEqualTo("/");
    }
  }

  @Test
  void clusterfuzzFileReadsLenientlyAndFailsStrictly() throws IOException {
    var f = RealFiles.file("apache-poi/test-data/hsmf/clusterfuzz-testcase-minimized-POIHSMFFuzzer-4735011465854976.msg");
    MsgFormatException e = catchThrowableOfType(MsgFormatException.class, () -> MsgReader.strict().read(f));
    assertThat(e.storagePath()).isEqualTo("/__nameid_version1.0");
    ReadResult r = MsgReader.lenient().read(f);
    // the subject's entry is garbled; its value stream is kept as an extra entry
    assertThat(r.message().subject()).isEmpty();
    assertThat(r.message().extraEntries()).filteredOn(x -> x.name().equals("__substg1.0_0037001F")).singleElement()
        .satisfies(x -> assertThat(((org.xms4j.message.CompoundEntry.Stream) x).data()
            .decode(java.nio.charset.StandardCharsets.UTF_16LE)).isEqualTo("test pièce jointe 1"));
    assertThat(r.issues()).hasSize(56);
    assertThat(r.issues()).extracting(ReadIssue::reason).anySatisfy(s -> assertThat(s).contains("unknown property type code"));
    assertThat(r.message().attachments()).hasSize(2);
    // what was read writes and reads back
    assertThat(MsgReader.strict().read(new ByteArrayInputStream(MsgWriter.toBytes(r.message()))).message())
        .isEqualTo(MsgWriter.normalize(r.message()));
  }

  @Test
  void poifsUnknownPropertiesFileDegradesLenientlyAndFailsStrictly() throws IOException {
    var f = RealFiles.file("apache-poi/test-data/poifs/unknown_properties.msg");
    assertThatThrownBy(() -> MsgReader.strict().read(f)).isInstanceOf(MsgFormatException.class);
    ReadResult r = MsgReader.lenient().read(f);
    assertThat(r.issues()).hasSize(47);
    assertThat(r.issues()).extracting(ReadIssue::action).contains(ReadIssue.Action.SKIPPED, ReadIssue.Action.REPAIRED);
    assertThat(r.message().properties().size()).isEqualTo(25);
  }

  @Test
  void issuesAreBounded() throws IOException {
    var f = RealFiles.file("apache-poi/test-data/poifs/unknown_properties.msg");
    ReadResult r = MsgReader.withOptions(MsgReadOptions.LENIENT.toBuilder().maxIssues(5).build()).read(f);
    assertThat(r.issues()).hasSize(5);
    assertThat(r.suppressedIssueCount()).isEqualTo(42);
    assertThat(r.clean()).isFalse();
  }

  @Test
  void trailingBytesInARealPropertyStream() throws IOException {
    var f = RealFiles.file("msgreader-net/MsgReaderTests/SampleFiles/EmailWithAttachments.msg");
    MsgFormatException e = catchThrowableOfType(MsgFormatException.class, () -> MsgReader.strict().read(f));
    assertThat(e.byteOffset()).isEqualTo(608);
    ReadResult r = MsgReader.lenient().read(f);
    assertThat(r.issues()).extracting(ReadIssue::action).containsExactly(ReadIssue.Action.TRUNCATED);
    assertThat(r.message().subject()).contains("This is the subject");
  }
}
