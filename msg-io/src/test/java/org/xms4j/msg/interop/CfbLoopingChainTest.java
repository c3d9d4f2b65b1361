package org.xms4j.msg.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.poifs.property.DirectoryProperty;
import org.apache.poi.poifs.property.Property;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.MobileAddress;
import org.xms4j.message.SmsMessage;
import org.xms4j.msg.MsgFormatException;
import org.xms4j.msg.MsgReader;
import org.xms4j.msg.MsgWriter;
import org.xms4j.msg.ReadIssue;
import org.xms4j.msg.ReadResult;

/**
 * A compound file whose mini sector chain loops back on itself (a crafted defect in a file we
 * wrote) is reported as corrupt by the reader, in bounded time, instead of being read round and
 * round.
 */
class CfbLoopingChainTest {

  @Test
  void aLoopingMiniSectorChainIsReportedNotReadRoundAndRound() throws Exception {
    String body = "What time is the meeting? ".repeat(12); // 312 characters: 624 bytes, 10 mini sectors
    byte[] good = MsgWriter.toBytes(SmsMessage.builder().body(body).to(MobileAddress.ofNumber("+14255550123"))
        .build().message());
    String stream = "__substg1.0_1000001F";
    int start = startBlock(good, stream);
    byte[] bad = good.clone();
    ByteBuffer b = ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN);
    int sectorSize = 1 << b.getShort(0x1E);
    int miniFatSector = b.getInt(0x3C);
    int miniFat = (miniFatSector + 1) * sectorSize;
    int second = b.getInt(miniFat + 4 * start);
    assertThat(second).as("the body's second mini sector").isNotNegative();
    b.putInt(miniFat + 4 * second, start); // second -> first: a loop within the stream's 10 sectors

    assertThatThrownBy(() -> MsgReader.strict().read(new ByteArrayInputStream(bad)))
        .isInstanceOf(MsgFormatException.class).hasMessageContaining(stream);
    ReadResult r = MsgReader.lenient().read(new ByteArrayInputStream(bad));
    assertThat(r.issues()).extracting(ReadIssue::toString).anySatisfy(i -> assertThat(i).contains(stream));
    assertThat(r.message().find(PidTag.BODY)).isEmpty();
    assertThat(MsgReader.strict().read(new ByteArrayInputStream(good)).message().find(PidTag.BODY)).contains(body);
  }

  private static int startBlock(byte[] file, String name) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
      List<Property> found = new ArrayList<>();
      for (Property p : (DirectoryProperty) fs.getPropertyTable().getRoot()) {
        if (p.getName().equals(name)) {
          found.add(p);
        }
      }
      assertThat(found).hasSize(1);
      assertThat(found.get(0).getSize()).isBetween(64 * 2 + 1, 4095);
      return found.get(0).getStartBlock();
    }
  }
}
