package org.xms4j.msg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyStreamTest {

  /** A header of some size (counts 1, 1, 1, 1 from byte 8 when it has them) then entries with the given tags. */
  private static byte[] stream(int header, int... tags) {
    ByteBuffer b = ByteBuffer.allocate(header + 16 * tags.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int off = 8; off + 4 <= Math.min(header, 24); off += 4) {
      b.putInt(off, 1);
    }
    b.position(header);
    for (int t : tags) {
      b.putInt(t).putInt(PropertyStream.FLAGS_WRITTEN).putLong(t & 0xFFFFL);
    }
    return b.array();
  }

  @Test
  void theExpectedHeaderWhenTheSizeFitsIt() {
    assertThat(PropertyStream.headerSize(stream(32, 0x0037001F), 32)).isEqualTo(32);
    assertThat(PropertyStream.headerSize(stream(24, 0x0037001F), 24)).isEqualTo(24);
    assertThat(PropertyStream.headerSize(stream(8), 8)).isEqualTo(8);
  }

  @Test
  void otherwiseTheHeaderTheSizeAndTheBytesSuggest() {
    // an embedded message written with the top-level header
    assertThat(PropertyStream.headerSize(stream(32, 0x0037001F, 0x0E070003), 24)).isEqualTo(32);
    // a top-level message written with the embedded header: bytes 8 to 23 are counts, no entry
    assertThat(PropertyStream.headerSize(stream(24, 0x0037001F, 0x0E070003), 32)).isEqualTo(24);
    // a top-level message written with the 8-byte header: bytes 8 to 23 are an entry
    assertThat(PropertyStream.headerSize(stream(8, 0x0037001F, 0x0E070003), 32)).isEqualTo(8);
    // no header plus whole entries
    assertThat(PropertyStream.headerSize(new byte[32 + 16 + 5], 32)).isEqualTo(-1);
    assertThat(PropertyStream.headerSize(new byte[10], 32)).isEqualTo(-1);
  }

  @Test
  void strayBytesAfterTheExpectedHeaderAndItsEntriesChooseNoOtherHeader() {
    // an attachment stream: 8-byte header, three entries, 8 stray bytes; 64 bytes would also fit a
    // 32-byte header, but the bytes after the expected header are an entry and those at 32 are not
    byte[] padded = java.util.Arrays.copyOf(stream(8, 0x37050003, 0x370B0003, 0x0E210003), 8 + 3 * 16 + 8);
    assertThat(PropertyStream.headerSize(padded, 8)).isEqualTo(-1);
    // the same for a top-level stream with 8 stray bytes, which would also fit a 24-byte header
    byte[] top = java.util.Arrays.copyOf(stream(32, 0x0037001F, 0x0E070003), 32 + 2 * 16 + 8);
    assertThat(PropertyStream.headerSize(top, 32)).isEqualTo(-1);
    // an attachment stream written with the top-level header is still read with it
    assertThat(PropertyStream.headerSize(stream(32, 0x37050003, 0x0E210003), 8)).isEqualTo(32);
    // and an attachment stream of 32 bytes without an entry at 8 is a 32-byte header without entries
    assertThat(PropertyStream.headerSize(new byte[32], 8)).isEqualTo(32);
  }

  @Test
  void entriesAreTheWholeEntriesAfterTheHeader() {
    byte[] s = stream(24, 0x0037001F, 0x0E070003);
    byte[] cut = java.util.Arrays.copyOf(s, s.length + 7);
    List<PropertyStream.Entry> e = PropertyStream.entries(cut, 24);
    assertThat(e).extracting(PropertyStream.Entry::tag).containsExactly(0x0037001F, 0x0E070003);
    assertThat(e).extracting(PropertyStream.Entry::offset).containsExactly(24, 40);
    assertThat(e.get(1).value()).isEqualTo(0x0003L);
    assertThat(e.get(0).flags()).isEqualTo(PropertyStream.FLAGS_WRITTEN);
    assertThat(PropertyStream.entries(s, s.length)).isEmpty();
    assertThat(PropertyStream.entries(new byte[8], 32)).isEmpty();
  }
}
