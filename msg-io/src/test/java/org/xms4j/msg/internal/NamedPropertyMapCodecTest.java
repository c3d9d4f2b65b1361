package org.xms4j.msg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertySet;

/** The check vectors of spec-notes 1.7 ([MS-OXMSG] 2.2.3) and the codec built on them. */
class NamedPropertyMapCodecTest {

  private static int crcOfName(String name) {
    return NamedPropertyMapCodec.crc32(Utf16.encode(name));
  }

  @Test
  void crcHasInitialValueZeroAndNoFinalXor() {
    assertThat(crcOfName("Named Property")).isEqualTo(0xB53BC856);
    CRC32 zlib = new CRC32();
    zlib.update(Utf16.encode("Named Property"));
    assertThat((int) zlib.getValue()).isEqualTo(0x354BBFBF).isNotEqualTo(crcOfName("Named Property"));
    assertThat(NamedPropertyMapCodec.crc32(new byte[0])).isZero();
  }

  @Test
  void namedPropertyCheckVectorGivesStream100EWithItsEntry() {
    // PS_INTERNET_HEADERS string property "Named Property", GUID index 3 (Mail::Exchange test file)
    NamedPropertyId id = NamedPropertyId.name(PropertySet.PS_INTERNET_HEADERS, "Named Property");
    // the vector was written without lower-casing: hash the name as given
    int key = NamedPropertyMapCodec.hashKeyAsGiven(id);
    assertThat(key).isEqualTo(0xB53BC856);
    assertThat(NamedPropertyMapCodec.bucketStreamId(key, 3, 1)).isEqualTo(0x100E);
    assertThat(CfbNames.bucketStream(0x100E)).isEqualTo("__substg1.0_100E0102");
  }

  @Test
  void omsPropertiesLandInTheComputedBuckets() {
    assertBucket("OMSAccountGuid", 0xB12209A2, 0x1008);
    assertBucket("OMSScheduleTime", 0x136D68E9, 0x1009);
    assertBucket("OMSServiceType", 0xE3735491, 0x1001);
    assertBucket("OMSSourceType", 0x2CE814AD, 0x1008);
    assertBucket("OMSMobileModel", 0x76B30DF1, 0x1015);
  }

  private static void assertBucket(String name, int crc, int stream) {
    NamedPropertyId id = NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, name);
    assertThat(NamedPropertyMapCodec.hashKey(id)).as(name).isEqualTo(crc);
    assertThat(NamedPropertyMapCodec.bucketStreamId(crc, 2, 1)).as(name).isEqualTo(stream);
  }

  @Test
  void internetHeaderNamesAreLowerCasedBeforeHashing() {
    NamedPropertyId id = NamedPropertyId.name(PropertySet.PS_INTERNET_HEADERS, "Content-Class");
    assertThat(NamedPropertyMapCodec.hashKey(id)).isEqualTo(0xE6008F65);
    assertThat(NamedPropertyMapCodec.bucketStreamId(0xE6008F65, 3, 1)).isEqualTo(0x1018);
    assertThat(NamedPropertyMapCodec.hashKeyAsGiven(id)).isEqualTo(0x26883C04);
    assertThat(NamedPropertyMapCodec.bucketStreamId(0x26883C04, 3, 1)).isEqualTo(0x101E);
    // other sets keep the case
    assertThat(NamedPropertyMapCodec.hashKey(NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "Content-Class")))
        .isEqualTo(0x26883C04);
  }

  @Test
  void streamIdUsesUnsignedArithmetic() {
    // 0xB53BC856 ^ 7 is negative as a Java int: signed % would give a negative remainder
    int key = 0xB53BC856;
    int signed = 0x1000 + ((key ^ 7) % 0x1F);
    assertThat(signed).isNotEqualTo(0x100E);
    assertThat(NamedPropertyMapCodec.bucketStreamId(key, 3, 1)).isEqualTo(0x100E);
  }

  @Test
  void workedExampleOfSection322() {
    // PSETID_Task at the 2nd GUID-stream position -> GUID index 4; LID 0x811C -> stream 0x101D
    assertThat(NamedPropertyMapCodec.bucketStreamId(0x811C, 4, 0)).isEqualTo(0x101D);
    List<NamedPropertyId> ids = new ArrayList<>();
    ids.add(NamedPropertyId.lid(PropertySet.PSETID_COMMON, 0x8501));
    ids.add(NamedPropertyId.lid(PropertySet.PSETID_TASK, 0x8101));
    ids.add(NamedPropertyId.lid(PropertySet.PSETID_TASK, 0x8102));
    ids.add(NamedPropertyId.lid(PropertySet.PSETID_TASK, 0x8103));
    ids.add(NamedPropertyId.lid(PropertySet.PSETID_TASK, 0x8104));
    ids.add(NamedPropertyId.lid(PropertySet.PSETID_TASK, 0x811C));
    NamedPropertyMapCodec.Encoded enc = NamedPropertyMapCodec.encode(ids);
    Bytes bucket = enc.bucketStreams().get(0x101D);
    assertThat(bucket.hex()).startsWith("1C81000008000500");
    assertThat(enc.guidStream().hex()).isEqualTo("0820060000000000C000000000000046" + "0320060000000000C000000000000046");
  }

  @Test
  void decodesTheEntryStreamWorkedExample() throws IOException {
    // 10 00 00 00 07 00 05 00: string offset 0x10, property index 5, GUID index 3, kind 1
    byte[] entries = new byte[6 * 8];
    byte[] ex = Bytes.fromHex("1000000007000500").toByteArray();
    System.arraycopy(ex, 0, entries, 5 * 8, 8);
    for (int i = 0; i < 5; i++) {
      entries[i * 8 + 4] = 2 << 1; // LID kind, PS_PUBLIC_STRINGS
      entries[i * 8 + 6] = (byte) i;
    }
    Bytes guid = Bytes.of(org.xms4j.mapi.PropertyValue.Guid.toWireBytes(PropertySet.PS_INTERNET_HEADERS.guid()));
    byte[] strings = new byte[0x10 + 4 + 8];
    strings[0x10] = 8;
    System.arraycopy(Utf16.encode("abcd"), 0, strings, 0x14, 8);
    List<String> problems = new ArrayList<>();
    List<NamedPropertyMapCodec.Entry> out = NamedPropertyMapCodec.decode(guid, Bytes.of(entries), Bytes.of(strings),
        100, (skipped, stream, offset, reason) -> problems.add(reason));
    assertThat(problems).isEmpty();
    NamedPropertyMapCodec.Entry e = out.get(5);
    assertThat(e.propertyId()).isEqualTo(0x8005);
    assertThat(e.guidIndex()).isEqualTo(3);
    assertThat(e.kind()).isEqualTo(1);
    assertThat(e.id()).isEqualTo(NamedPropertyId.name(PropertySet.PS_INTERNET_HEADERS, "abcd"));
  }

  @Test
  void stringStreamEntriesStartOn4ByteBoundaries() {
    NamedPropertyMapCodec.Encoded enc = NamedPropertyMapCodec.encode(List.of(
        NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "Named Property"),
        NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "abc"),
        NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "x")));
    // "Named Property": 28 bytes (4-aligned); "abc": 6 bytes, padded by 2 before "x"; last entry not padded
    assertThat(enc.stringStream().hex()).isEqualTo(
        "1C000000" + "4E0061006D0065006400200050007200" + "6F007000650072007400790" + "0"
            + "06000000" + "610062006300" + "0000"
            + "02000000" + "7800");
    assertThat(enc.entryStream().hex()).isEqualTo(
        "00000000" + "05000000" + "20000000" + "05000100" + "2C000000" + "05000200");
  }

  @Test
  void guidStreamNeverHoldsPsMapiOrPsPublicStrings() {
    NamedPropertyMapCodec.Encoded enc = NamedPropertyMapCodec.encode(List.of(
        NamedPropertyId.lid(PropertySet.PS_MAPI, 0x1000),
        NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "Keywords"),
        NamedPropertyId.name(PropertySet.PS_INTERNET_HEADERS, "content-class"),
        NamedPropertyId.lid(PropertySet.PSETID_COMMON, 0x8554),
        NamedPropertyId.name(PropertySet.PS_INTERNET_HEADERS, "x-other")));
    assertThat(enc.guidStream().hex()).isEqualTo(
        "8603020000000000C000000000000046" + "0820060000000000C000000000000046");
    // GUID indexes: PS_MAPI 1, PS_PUBLIC_STRINGS 2, PS_INTERNET_HEADERS 3, PSETID_Common 4
    assertThat(enc.entryStream().hex()).isEqualTo(
        "00100000" + "02000000"
            + "00000000" + "05000100"
            + "14000000" + "07000200"
            + "54850000" + "08000300"
            + "34000000" + "07000400");
  }

  @Test
  void collidingNamesShareOneBucketStream() {
    NamedPropertyMapCodec.Encoded enc = NamedPropertyMapCodec.encode(List.of(
        NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "OMSAccountGuid"),
        NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "OMSSourceType")));
    assertThat(enc.bucketStreams()).containsOnlyKeys(0x1008);
    assertThat(enc.bucketStreams().get(0x1008).hex()).isEqualTo("A20922B1" + "05000000" + "AD14E82C" + "05000100");
  }

  @Test
  void decodeReportsBadGuidIndexAndBadStringOffsetAndKeepsTheRest() throws IOException {
    byte[] entries = Bytes.fromHex("0000000009000000" + "FF00000003000100" + "3412000004000200").toByteArray();
    List<String> problems = new ArrayList<>();
    List<NamedPropertyMapCodec.Entry> out = NamedPropertyMapCodec.decode(Bytes.EMPTY, Bytes.of(entries), Bytes.EMPTY,
        100, (skipped, stream, offset, reason) -> problems.add(skipped + " " + stream + "@" + offset + " " + reason));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).id()).isEqualTo(NamedPropertyId.lid(PropertySet.PS_PUBLIC_STRINGS, 0x1234));
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("true __substg1.0_00030102@4 ").contains("GUID index 4");
    assertThat(problems.get(1)).startsWith("true __substg1.0_00030102@8 ").contains("string offset 255");
  }

  @Test
  void decodeReportsEachDefectWithItsKindAndEntry() {
    // entry 0: property index 3 (not 0); entry 1: string, GUID index 4 of a stream of one GUID; entry 2:
    // string at offset 8 of the string stream, whose name there has the odd length 3; then 5 stray bytes
    byte[] entries = Bytes.fromHex("1234000002000300" + "0000000009000100" + "0800000005000200" + "AABBCCDDEE")
        .toByteArray();
    byte[] strings = Bytes.fromHex("02000000" + "41000000" + "03000000" + "420043").toByteArray();
    List<NamedPropertyMapCodec.Problem> problems = new ArrayList<>();
    List<NamedPropertyMapCodec.Entry> out = NamedPropertyMapCodec.decode(Bytes.of(new byte[20]), Bytes.of(entries),
        Bytes.of(strings), 100, problems::add);
    assertThat(out).extracting(NamedPropertyMapCodec.Entry::propertyId).containsExactly(0x8000);
    assertThat(problems).extracting(NamedPropertyMapCodec.Problem::defect).containsExactly(
        NamedPropertyMapCodec.Defect.GUID_STREAM_SIZE, NamedPropertyMapCodec.Defect.ENTRY_STREAM_SIZE,
        NamedPropertyMapCodec.Defect.PROPERTY_INDEX, NamedPropertyMapCodec.Defect.GUID_INDEX,
        NamedPropertyMapCodec.Defect.STRING_LENGTH);
    assertThat(problems).extracting(NamedPropertyMapCodec.Problem::position).containsExactly(-1, -1, 0, 1, 2);
    assertThat(problems).extracting(NamedPropertyMapCodec.Problem::skipped).containsExactly(false, false, false, true,
        true);
    assertThat(problems.get(2).reason()).isEqualTo(
        "expected property index 0 (property id 0x8000) in entry 0, was 3 (index-and-kind 0x00030002)");
    assertThat(problems.get(4).stream()).isEqualTo(CfbNames.NAMEID_STRING);
    assertThat(problems.get(4).byteOffset()).isEqualTo(8);
    assertThat(problems.get(0).text()).endsWith("; the trailing 4 bytes are ignored");
    // the name of the entry dropped for its GUID index, read on its own
    List<NamedPropertyMapCodec.Problem> more = new ArrayList<>();
    assertThat(NamedPropertyMapCodec.checkName(Bytes.of(strings), 1, 0, more::add)).isEqualTo("A");
    assertThat(more).isEmpty();
    assertThat(NamedPropertyMapCodec.checkName(Bytes.of(strings), 1, 16, more::add)).isNull();
    assertThat(more).singleElement().satisfies(p -> {
      assertThat(p.defect()).isEqualTo(NamedPropertyMapCodec.Defect.STRING_OFFSET);
      assertThat(p.byteOffset()).isEqualTo(8);
    });
  }
}
