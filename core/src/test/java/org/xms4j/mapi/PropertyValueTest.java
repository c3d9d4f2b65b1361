package org.xms4j.mapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PropertyValueTest {

  @Test
  void fileTimeOfUnixEpochIsTheKnownOffset() {
    PropertyValue.Time t = PropertyValue.Time.of(Instant.EPOCH);
    assertThat(t.fileTime()).isEqualTo(116_444_736_000_000_000L);
    assertThat(t.instant()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void fileTimeRoundTripsAt100NanosecondResolution() {
    Instant i = Instant.parse("2024-02-29T23:59:59.9999999Z");
    PropertyValue.Time t = PropertyValue.Time.of(i);
    assertThat(t.instant()).isEqualTo(i);
    assertThat(PropertyValue.Time.of(t.instant()).fileTime()).isEqualTo(t.fileTime());
    // one tick apart stays one tick apart
    PropertyValue.Time next = new PropertyValue.Time(t.fileTime() + 1);
    assertThat(next.instant()).isEqualTo(i.plusNanos(100));
  }

  @Test
  void everyTickOfASecondRoundTrips() {
    long base = PropertyValue.Time.of(Instant.parse("2038-01-19T03:14:07Z")).fileTime();
    for (long tick = 0; tick < 10_000_000L; tick += 99_991) {
      PropertyValue.Time t = new PropertyValue.Time(base + tick);
      assertThat(PropertyValue.Time.of(t.instant()).fileTime()).isEqualTo(base + tick);
    }
  }

  @Test
  void fileTimeRangeEndsAreExact() {
    PropertyValue.Time zero = new PropertyValue.Time(0);
    assertThat(zero.instant()).isEqualTo(Instant.parse("1601-01-01T00:00:00Z"));
    assertThat(PropertyValue.Time.of(zero.instant()).fileTime()).isZero();

    PropertyValue.Time maxSigned = new PropertyValue.Time(Long.MAX_VALUE);
    assertThat(maxSigned.instant()).isEqualTo(Instant.parse("+30828-09-14T02:48:05.477580700Z"));
    assertThat(PropertyValue.Time.of(maxSigned.instant()).fileTime()).isEqualTo(Long.MAX_VALUE);

    PropertyValue.Time maxUnsigned = new PropertyValue.Time(-1L);
    assertThat(PropertyValue.Time.of(maxUnsigned.instant()).fileTime()).isEqualTo(-1L);
  }

  @Test
  void datesBefore1970AndAfter2038AreKept() {
    for (String s : List.of("1601-01-01T00:00:00.0000001Z", "1899-12-30T00:00:00Z", "1969-12-31T23:59:59.9999999Z",
        "2038-01-19T03:14:08Z", "4501-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z")) {
      Instant i = Instant.parse(s);
      assertThat(PropertyValue.Time.of(i).instant()).as(s).isEqualTo(i);
    }
    // Outlook's "no date" value 4501-01-01 is FILETIME 0x0CB34557A3DD4000
    assertThat(PropertyValue.Time.of(Instant.parse("4501-01-01T00:00:00Z")).fileTime()).isEqualTo(0x0CB34557A3DD4000L);
  }

  @Test
  void fileTimeRejectsWhatItCannotHold() {
    assertThatThrownBy(() -> PropertyValue.Time.of(Instant.parse("1600-12-31T23:59:59Z")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before 1601");
    assertThatThrownBy(() -> PropertyValue.Time.of(Instant.parse("2024-01-01T00:00:00.000000001Z")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100 ns");
    assertThatThrownBy(() -> PropertyValue.Time.of(Instant.parse("+60057-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FILETIME range");
  }

  @Test
  void string8KeepsItsBytesEvenWhenDecodingIsLossy() {
    Bytes raw = Bytes.of((byte) 0x81, (byte) 0x41, (byte) 0xFF); // 0x81 is unmapped in cp1252
    PropertyValue.String8 s = new PropertyValue.String8(raw, 1252);
    assertThat(s.bytes()).isEqualTo(raw);
    assertThat(s.text()).hasSize(3).contains("A");
    assertThat(s.decodesExactly()).isFalse();
    PropertyValue.String8 cyr = PropertyValue.String8.encode("Почта", 1251);
    assertThat(cyr.bytes().hex()).isEqualTo("CFEEF7F2E0");
    assertThat(cyr.text()).isEqualTo("Почта");
    assertThat(cyr.decodesExactly()).isTrue();
    // equality is by bytes and code page, not by decoded text
    assertThat(new PropertyValue.String8(cyr.bytes(), 1252)).isNotEqualTo(cyr);
  }

  @Test
  void unparsedKeepsRawBytesAndReason() {
    PropertyValue.Unparsed u = new PropertyValue.Unparsed(PropertyType.STRING, Bytes.of((byte) 0x41, (byte) 0, (byte) 0x42),
        "odd byte count 3 for PtypString");
    assertThat(u.type()).isEqualTo(PropertyType.STRING);
    assertThat(u.raw().hex()).isEqualTo("410042");
    PropertyBag bag = PropertyBag.builder().put(PropertyKey.tagged(0x0037, PropertyType.STRING), u).build();
    assertThat(bag.get(PropertyKey.tagged(0x0037, PropertyType.STRING))).contains(u);
    assertThat(bag.find(org.xms4j.mapi.known.PidTag.SUBJECT)).isEmpty();
    assertThat(bag.raw(org.xms4j.mapi.known.PidTag.SUBJECT)).contains(u);
  }

  @Test
  void guidWireFormIsMixedEndian() {
    UUID ps = UUID.fromString("00020386-0000-0000-c000-000000000046");
    assertThat(Bytes.of(PropertyValue.Guid.toWireBytes(ps)).hex()).isEqualTo("8603020000000000C000000000000046");
    byte[] wire = Bytes.fromHex("0820060000000000C000000000000046").toByteArray();
    assertThat(PropertyValue.Guid.fromWireBytes(wire, 0)).isEqualTo(PropertySet.PSETID_COMMON.guid());
    UUID odd = UUID.fromString("12345678-9abc-def0-1122-334455667788");
    assertThat(PropertyValue.Guid.fromWireBytes(PropertyValue.Guid.toWireBytes(odd), 0)).isEqualTo(odd);
  }

  @Test
  void multiChecksElementTypes() {
    PropertyValue.Multi m = new PropertyValue.Multi(PropertyType.MULTIPLE_STRING,
        List.of(new PropertyValue.Text("a"), new PropertyValue.Text("b")));
    assertThat(m.values()).hasSize(2);
    assertThatThrownBy(() -> new PropertyValue.Multi(PropertyType.MULTIPLE_STRING, List.of(new PropertyValue.Int32(1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values[0]").hasMessageContaining("PtypInteger32");
    assertThatThrownBy(() -> new PropertyValue.Multi(PropertyType.STRING, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multi-valued");
  }

  @Test
  void textKeepsUnpairedSurrogates() {
    String s = "a\uD800b";
    assertThat(new PropertyValue.Text(s).value()).isEqualTo(s);
    assertThat(Bytes.encode("x", StandardCharsets.UTF_16LE).hex()).isEqualTo("7800");
  }

  @Test
  void floatsCompareByValueIncludingNaN() {
    assertThat(new PropertyValue.Float64(Double.NaN)).isEqualTo(new PropertyValue.Float64(Double.NaN));
    assertThat(new PropertyValue.Float32(0.0f)).isNotEqualTo(new PropertyValue.Float32(-0.0f));
  }
}
