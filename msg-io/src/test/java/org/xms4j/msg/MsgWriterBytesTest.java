package org.xms4j.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertySet;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.message.Attachment;
import org.xms4j.message.CompoundEntry;
import org.xms4j.message.Message;
import org.xms4j.message.Recipient;
import org.xms4j.message.RecipientType;

/** Byte-level checks of what {@link MsgWriter} writes ([MS-OXMSG] 2.1 to 2.4). */
class MsgWriterBytesTest {

  private static final PropertyKey SUBJECT = PropertyKey.tagged(0x0037, PropertyType.STRING);
  private static final PropertyKey FLAGS = PropertyKey.tagged(0x0E07, PropertyType.INTEGER32);

  private static Message simple() {
    return Message.builder().properties(PropertyBag.builder()
        .put(SUBJECT, new PropertyValue.Text("Hi"))
        .put(FLAGS, new PropertyValue.Int32(0x18))
        .build()).build();
  }

  @Test
  void topLevelPropertyStreamHasA32ByteHeaderAnd16ByteEntries() {
    byte[] msg = MsgWriter.toBytes(simple());
    assertThat(TestCfb.stream(msg, "/__properties_version1.0").hex()).isEqualTo(TestCfb.hex(
        "00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000"
            // PtypString subject: tag, flags READABLE|WRITABLE, size = 4 bytes + 2, reserved
            + "1F003700 06000000 06000000 00000000"
            // PtypInteger32 flags: value in the first 4 bytes, padding 0
            + "03000700 06000000 18000000 00000000".replace("03000700", "0300070E")
            // PidTagStoreSupportMask with STORE_UNICODE_OK, added by normalization
            + "03000D34 06000000 00000400 00000000"));
    assertThat(TestCfb.stream(msg, "/__substg1.0_0037001F").hex()).isEqualTo("48006900");
  }

  @Test
  void streamNamesUseUpperCaseHexOfIdThenType() {
    byte[] msg = MsgWriter.toBytes(simple());
    assertThat(TestCfb.paths(msg)).containsExactly(
        "/__nameid_version1.0/",
        "/__nameid_version1.0/__substg1.0_00020102",
        "/__nameid_version1.0/__substg1.0_00030102",
        "/__nameid_version1.0/__substg1.0_00040102",
        "/__properties_version1.0",
        "/__substg1.0_0037001F");
  }

  @Test
  void rootStorageHasTheMessageClsidOnDisk() {
    byte[] msg = MsgWriter.toBytes(simple());
    ByteBuffer b = ByteBuffer.wrap(msg).order(ByteOrder.LITTLE_ENDIAN);
    int sectorSize = 1 << b.getShort(0x1E);
    int dirSector = b.getInt(0x30);
    int root = (dirSector + 1) * sectorSize;
    assertThat(Bytes.of(msg, root + 0x50, 16).hex()).isEqualTo("0B0D020000000000C000000000000046");
    // creation and modification times of the root entry are zero: nothing time-dependent is written
    assertThat(Bytes.of(msg, root + 0x64, 16).hex()).isEqualTo("0".repeat(32));
  }

  @Test
  void string8UsesPlusOneAndIsNotMarkedUnicode() {
    Message m = Message.builder().properties(PropertyBag.builder()
        .put(PropertyKey.tagged(0x0037, PropertyType.STRING8), new PropertyValue.String8(Bytes.of((byte) 0x41, (byte) 0xE9), 1252))
        .build()).build();
    byte[] msg = MsgWriter.toBytes(m);
    assertThat(TestCfb.stream(msg, "/__properties_version1.0").hex()).isEqualTo("0".repeat(64)
        + TestCfb.hex("1E003700 06000000 03000000 00000000"));
    assertThat(TestCfb.stream(msg, "/__substg1.0_0037001E").hex()).isEqualTo("41E9");
  }

  @Test
  void emptyStringsAreNeverWrittenAsZeroLengthStreams() {
    Message m = Message.builder().properties(PropertyBag.builder()
        .put(SUBJECT, new PropertyValue.Text(""))
        .put(PropertyKey.tagged(0x003D, PropertyType.STRING8), new PropertyValue.String8(Bytes.EMPTY, 1252))
        .put(PropertyKey.tagged(0x1000, PropertyType.STRING), new PropertyValue.Text("body"))
        .build()).build();
    byte[] msg = MsgWriter.toBytes(m);
    assertThat(TestCfb.paths(msg)).doesNotContain("/__substg1.0_0037001F", "/__substg1.0_003D001E")
        .contains("/__substg1.0_1000001F");
    assertThat(TestCfb.streamSizes(msg)).filteredOn(s -> s.contains("__substg1.0_") && !s.contains("nameid"))
        .allSatisfy(s -> assertThat(s).doesNotEndWith(" 0"));
  }

  @Test
  void recipientsAndAttachmentsGetNumberedStoragesWith8ByteHeadersAndCountsInTheTopHeader() {
    Message.Builder b = simple().toBuilder();
    for (int i = 0; i < 11; i++) {
      b.addRecipient(Recipient.of(RecipientType.TO, "R" + i, "SMTP", "r" + i + "@example.com"));
    }
    b.addAttachment(Attachment.byValue("a.txt", "text/plain", Bytes.of((byte) 1, (byte) 2)));
    byte[] msg = MsgWriter.toBytes(b.build());
    List<String> paths = TestCfb.paths(msg);
    assertThat(paths).contains("/__recip_version1.0_#00000000/", "/__recip_version1.0_#0000000A/",
        "/__attach_version1.0_#00000000/", "/__attach_version1.0_#00000000/__substg1.0_37010102");
    Bytes top = TestCfb.stream(msg, "/__properties_version1.0");
    // next recipient id, next attachment id, recipient count, attachment count
    assertThat(top.slice(0, 32).hex()).isEqualTo(TestCfb.hex(
        "00000000 00000000 0B000000 01000000 0B000000 01000000 00000000 00000000"));
    Bytes recip = TestCfb.stream(msg, "/__recip_version1.0_#0000000A/__properties_version1.0");
    assertThat(recip.slice(0, 8).hex()).isEqualTo("0000000000000000");
    assertThat((recip.size() - 8) % 16).isZero();
    assertThat(TestCfb.stream(msg, "/__attach_version1.0_#00000000/__substg1.0_37010102").hex()).isEqualTo("0102");
  }

  @Test
  void embeddedMessageHas24ByteHeaderAndObjectEntryOfSizeFFFFFFFF() {
    Message inner = simple().toBuilder().addRecipient(Recipient.of(RecipientType.CC, "C", "SMTP", "c@x")).build();
    PropertyBag attProps = PropertyBag.builder()
        .put(PropertyKey.tagged(0x3705, PropertyType.INTEGER32), new PropertyValue.Int32(5)).build();
    Message outer = simple().toBuilder().addAttachment(Attachment.embedded(attProps, inner)).build();
    byte[] msg = MsgWriter.toBytes(outer);
    Bytes att = TestCfb.stream(msg, "/__attach_version1.0_#00000000/__properties_version1.0");
    assertThat(att.hex()).isEqualTo(TestCfb.hex("00000000 00000000"
        + "03000537 06000000 05000000 00000000"
        + "0D000137 06000000 FFFFFFFF 01000000")); // Reserved 0x00000001: embedded message, [MS-OXMSG] 2.4.2.2
    Bytes emb = TestCfb.stream(msg, "/__attach_version1.0_#00000000/__substg1.0_3701000D/__properties_version1.0");
    assertThat(emb.slice(0, 24).hex()).isEqualTo(TestCfb.hex("00000000 00000000 01000000 00000000 01000000 00000000"));
    assertThat((emb.size() - 24) % 16).isZero();
    assertThat(TestCfb.exists(msg, "/__attach_version1.0_#00000000/__substg1.0_3701000D/__recip_version1.0_#00000000/__properties_version1.0")).isTrue();
    assertThat(TestCfb.exists(msg, "/__attach_version1.0_#00000000/__substg1.0_3701000D/__nameid_version1.0")).isFalse();
  }

  @Test
  void multiValuedPropertiesFollowSection214() {
    PropertyKey mvString = PropertyKey.tagged(0x6800, PropertyType.MULTIPLE_STRING);
    PropertyKey mvBinary = PropertyKey.tagged(0x6801, PropertyType.MULTIPLE_BINARY);
    PropertyKey mvInt = PropertyKey.tagged(0x6802, PropertyType.MULTIPLE_INTEGER32);
    PropertyKey mvString8 = PropertyKey.tagged(0x6803, PropertyType.MULTIPLE_STRING8);
    Message m = Message.builder().properties(PropertyBag.builder()
        .put(mvString, new PropertyValue.Multi(PropertyType.MULTIPLE_STRING,
            List.of(new PropertyValue.Text("ab"), new PropertyValue.Text(""))))
        .put(mvBinary, new PropertyValue.Multi(PropertyType.MULTIPLE_BINARY,
            List.of(new PropertyValue.Binary(Bytes.of((byte) 9, (byte) 8, (byte) 7)))))
        .put(mvInt, new PropertyValue.Multi(PropertyType.MULTIPLE_INTEGER32,
            List.of(new PropertyValue.Int32(1), new PropertyValue.Int32(-1))))
        .put(mvString8, new PropertyValue.Multi(PropertyType.MULTIPLE_STRING8,
            List.of(new PropertyValue.String8(Bytes.of((byte) 0x41), 1252))))
        .build()).build();
    byte[] msg = MsgWriter.toBytes(m);
    // variable MV string: lengths include the NUL; each value stream ends with it
    assertThat(TestCfb.stream(msg, "/__substg1.0_6800101F").hex()).isEqualTo("0600000002000000");
    assertThat(TestCfb.stream(msg, "/__substg1.0_6800101F-00000000").hex()).isEqualTo("610062000000");
    assertThat(TestCfb.stream(msg, "/__substg1.0_6800101F-00000001").hex()).isEqualTo("0000");
    // MV binary: 8-byte length entries (length, reserved 0)
    assertThat(TestCfb.stream(msg, "/__substg1.0_68011102").hex()).isEqualTo("0300000000000000");
    assertThat(TestCfb.stream(msg, "/__substg1.0_68011102-00000000").hex()).isEqualTo("090807");
    // fixed MV: one stream with all values
    assertThat(TestCfb.stream(msg, "/__substg1.0_68021003").hex()).isEqualTo("01000000FFFFFFFF");
    assertThat(TestCfb.stream(msg, "/__substg1.0_6803101E").hex()).isEqualTo("02000000");
    assertThat(TestCfb.stream(msg, "/__substg1.0_6803101E-00000000").hex()).isEqualTo("4100");
    // entry size of a variable MV property = size of the length stream
    Bytes props = TestCfb.stream(msg, "/__properties_version1.0");
    assertThat(props.slice(32, 48).hex()).isEqualTo(TestCfb.hex("1F100068 06000000 08000000 00000000"));
    assertThat(props.slice(48, 64).hex()).isEqualTo(TestCfb.hex("02110168 06000000 08000000 00000000"));
  }

  @Test
  void namedPropertiesOfEmbeddedMessagesAreMappedAtTheTopLevelOnly() {
    PropertyKey omsAccount = PropertyKey.named(NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "OMSAccountGuid"),
        PropertyType.STRING);
    PropertyKey common = PropertyKey.named(NamedPropertyId.lid(PropertySet.PSETID_COMMON, 0x8554), PropertyType.STRING);
    Message inner = Message.builder().properties(PropertyBag.builder().put(common, new PropertyValue.Text("16.0")).build()).build();
    Message outer = Message.builder().properties(PropertyBag.builder().put(omsAccount, new PropertyValue.Text("{x}")).build())
        .addAttachment(Attachment.embedded(PropertyBag.EMPTY, inner)).build();
    byte[] msg = MsgWriter.toBytes(outer);
    assertThat(TestCfb.stream(msg, "/__nameid_version1.0/__substg1.0_00030102").hex()).isEqualTo(TestCfb.hex(
        "00000000 05000000" + "54850000 06000100"));
    assertThat(TestCfb.stream(msg, "/__nameid_version1.0/__substg1.0_00020102").hex())
        .isEqualTo("0820060000000000C000000000000046");
    assertThat(TestCfb.exists(msg, "/__substg1.0_8000001F")).isTrue();
    assertThat(TestCfb.exists(msg, "/__attach_version1.0_#00000000/__substg1.0_3701000D/__substg1.0_8001001F")).isTrue();
    // OMSAccountGuid: CRC 0xB12209A2, GUID index 2 -> bucket 0x1008; LID 0x8554, GUID index 3 -> (0x8554 ^ 6) % 31
    assertThat(TestCfb.stream(msg, "/__nameid_version1.0/__substg1.0_10080102").hex()).isEqualTo("A20922B105000000");
    int lidBucket = 0x1000 + (0x8554 ^ 6) % 0x1F;
    assertThat(TestCfb.stream(msg, "/__nameid_version1.0/" + String.format("__substg1.0_%04X0102", lidBucket)).hex())
        .isEqualTo("5485000006000100");
  }

  @Test
  void customStorageAndExtraEntriesAreWrittenBack() {
    CompoundEntry.Storage custom = new CompoundEntry.Storage("whatever", java.util.UUID.fromString(
        "11111111-2222-3333-4444-555555555555"), List.of(new CompoundEntry.Stream("Contents", Bytes.of((byte) 7))));
    PropertyBag attProps = PropertyBag.builder()
        .put(PropertyKey.tagged(0x3705, PropertyType.INTEGER32), new PropertyValue.Int32(6)).build();
    Message m = simple().toBuilder()
        .addAttachment(Attachment.storage(attProps, custom)
            .withExtraEntries(List.of(new CompoundEntry.Stream("unknown", Bytes.of((byte) 2)))))
        .addExtraEntry(new CompoundEntry.Stream("Olk10SideProps_0001", Bytes.of((byte) 1)))
        .build();
    byte[] msg = MsgWriter.toBytes(m);
    assertThat(TestCfb.stream(msg, "/__attach_version1.0_#00000000/__substg1.0_3701000D/Contents").hex()).isEqualTo("07");
    assertThat(TestCfb.stream(msg, "/Olk10SideProps_0001").hex()).isEqualTo("01");
    assertThat(TestCfb.stream(msg, "/__attach_version1.0_#00000000/unknown").hex()).isEqualTo("02");
    // the PtypObject entry: size 0xFFFFFFFF, Reserved 0x00000004 for a storage attachment ([MS-OXMSG] 2.4.2.2)
    assertThat(TestCfb.stream(msg, "/__attach_version1.0_#00000000/__properties_version1.0").hex())
        .contains(TestCfb.hex("0D000137 06000000 FFFFFFFF 04000000"));
  }

  @Test
  void tooManyRecipientsOrAttachmentsIsAClearError() {
    Message.Builder b = Message.builder();
    Recipient r = Recipient.of(RecipientType.TO, "R", "SMTP", "r@x");
    for (int i = 0; i < 2049; i++) {
      b.addRecipient(r);
    }
    assertThatThrownBy(() -> MsgWriter.toBytes(b.build())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2049 recipients").hasMessageContaining("at most 2048");
    Message.Builder a = Message.builder();
    for (int i = 0; i < 2049; i++) {
      a.addAttachment(Attachment.of(PropertyBag.EMPTY));
    }
    assertThatThrownBy(() -> MsgWriter.toBytes(a.build())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2049 attachments");
  }

  @Test
  void taggedKeysInTheNamedRangeAndCollidingExtrasAreRejected() {
    Message named = Message.builder().properties(PropertyBag.builder()
        .put(PropertyKey.tagged(0x8001, PropertyType.INTEGER32), new PropertyValue.Int32(1)).build()).build();
    assertThatThrownBy(() -> MsgWriter.toBytes(named)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("named range");
    Message collide = simple().toBuilder()
        .addExtraEntry(new CompoundEntry.Stream("__substg1.0_0037001F", Bytes.of((byte) 1))).build();
    assertThatThrownBy(() -> MsgWriter.toBytes(collide)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("collides");
  }
}
