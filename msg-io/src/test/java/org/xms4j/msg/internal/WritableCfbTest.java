package org.xms4j.msg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** {@link WritableCfb} writes the same bytes as a plain {@link POIFSFileSystem}. */
class WritableCfbTest {

  /** Small streams (mini stream), streams over 4096 bytes (big sectors), nested storages, more than one FAT sector. */
  private static void fill(POIFSFileSystem fs) throws IOException {
    DirectoryEntry root = fs.getRoot();
    for (int i = 0; i < 40; i++) {
      root.createDocument("small" + i, new ByteArrayInputStream(data(i * 7 + 1, i)));
    }
    DirectoryEntry sub = root.createDirectory("sub");
    sub.createDocument("big", new ByteArrayInputStream(data(5000, 3)));
    sub.createDocument("huge", new ByteArrayInputStream(data(300_000, 4)));
    DirectoryEntry deeper = sub.createDirectory("deeper");
    deeper.createDocument("tiny", new ByteArrayInputStream(data(1, 5)));
  }

  private static byte[] data(int size, int seed) {
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) {
      b[i] = (byte) (i * 31 + seed);
    }
    return b;
  }

  private static byte[] write(POIFSFileSystem fs) throws IOException {
    try (fs) {
      fill(fs);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  @Test
  void writesTheSameBytesAsPoi() throws IOException {
    byte[] ours = write(new WritableCfb());
    byte[] poi = write(new POIFSFileSystem());
    assertThat(ours.length).isGreaterThan(300_000 + 512);
    assertThat(Arrays.equals(ours, poi)).as("byte-identical to POIFSFileSystem's output").isTrue();
  }

  @Test
  void theFileReadsBack() throws IOException {
    byte[] ours = write(new WritableCfb());
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(ours))) {
      DirectoryNode sub = (DirectoryNode) fs.getRoot().getEntry("sub");
      try (DocumentInputStream in = sub.createDocumentInputStream("huge")) {
        assertThat(in.readAllBytes()).isEqualTo(data(300_000, 4));
      }
      try (DocumentInputStream in = fs.getRoot().createDocumentInputStream("small39")) {
        assertThat(in.readAllBytes()).isEqualTo(data(39 * 7 + 1, 39));
      }
    }
  }
}
