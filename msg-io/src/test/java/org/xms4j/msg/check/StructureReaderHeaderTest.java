package org.xms4j.msg.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class StructureReaderHeaderTest {

  /** An 8-byte header then entries with the given tags (flags 6, value 0). */
  private static byte[] stream(int header, int... tags) {
    ByteBuffer b = ByteBuffer.allocate(header + 16 * tags.length).order(ByteOrder.LITTLE_ENDIAN);
    b.position(header);
    for (int t : tags) {
      b.putInt(t).putInt(6).putLong(0);
    }
    return b.array();
  }

  @Test
  void theExpectedHeaderWinsWhenTheSizeFitsIt() {
    // recipient stream: 8-byte header, first entry of type PtypNull (0x0001), which does not look like
    // an entry to the guess; the size fits 8 + 16n, so the header is the expected 8 bytes
    byte[] s = stream(8, 0x00010001, 0x3001001F);
    assertThat(StructureReader.headerSize(s, 8)).isEqualTo(8);
    // 40 bytes also fit an embedded message's 24-byte header plus one entry
    assertThat(StructureReader.headerSize(s, 24)).isEqualTo(24);
    // a top-level stream of 40 bytes fits no 32-byte header: guessed from the bytes, which hold an
    // entry at offset 8
    assertThat(StructureReader.headerSize(stream(8, 0x3001001F, 0x3002001F), 32)).isEqualTo(8);
    assertThat(StructureReader.headerSize(stream(32, 0x0037001F), 32)).isEqualTo(32);
    assertThat(StructureReader.headerSize(stream(24, 0x0037001F), 24)).isEqualTo(24);
    // a size that fits no header at all
    assertThat(StructureReader.headerSize(new byte[13], 8)).isEqualTo(-1);
  }
}
