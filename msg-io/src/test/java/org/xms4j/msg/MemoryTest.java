package org.xms4j.msg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xms4j.mapi.Bytes;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;

/**
 * The memory cost of reading a file with a 20 MiB attachment, as documented on {@link MsgReader}:
 * bytes allocated by the reading thread and heap still held by the result.
 */
class MemoryTest {

  private static final int MIB = 1 << 20;
  private static final int SIZE = 20 * MIB;

  @TempDir
  static Path dir;
  private static Path file;

  @BeforeAll
  static void writeFile() throws Exception {
    byte[] data = new byte[SIZE];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 31 + (i >>> 11));
    }
    Message m = Message.builder().addAttachment(Attachment.byValue("big.bin", "application/octet-stream", Bytes.of(data)))
        .build();
    file = dir.resolve("big.msg");
    MsgWriter.write(m, file);
  }

  private interface Read {
    ReadResult run() throws Exception;
  }

  private static long allocated(Read r, ReadResult[] out) throws Exception {
    // com.sun.management.ThreadMXBean, reached reflectively (tests compile inside the module)
    Object bean = ManagementFactory.getThreadMXBean();
    java.lang.reflect.Method m = Class.forName("com.sun.management.ThreadMXBean")
        .getMethod("getThreadAllocatedBytes", long.class);
    long id = Thread.currentThread().getId();
    long before = (Long) m.invoke(bean, id);
    out[0] = r.run();
    return (Long) m.invoke(bean, id) - before;
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  @Test
  void readingFromAPathRetainsAboutTheAttachmentOnce() throws Exception {
    ReadResult[] out = new ReadResult[1];
    allocated(() -> MsgReader.strict().read(file), out); // warm up classes
    out[0] = null;
    long base = usedAfterGc();
    long alloc = allocated(() -> MsgReader.strict().read(file), out);
    long retained = usedAfterGc() - base;
    System.out.printf("path: file %d MiB, allocated %.1f MiB, retained %.1f MiB%n", Files.size(file) / MIB,
        alloc / (double) MIB, retained / (double) MIB);
    assertThat(out[0].message().attachments().get(0).data().orElseThrow().size()).isEqualTo(SIZE);
    // one array of the attachment's size is kept; POIFS reads sector by sector into short-lived
    // buffers, which account for the other half of the allocation
    assertThat(retained).isBetween(SIZE - 1L * MIB, SIZE + 4L * MIB);
    assertThat(alloc).isBetween((long) SIZE, 2L * SIZE + 6L * MIB);
  }

  @Test
  void readingFromAStreamAllocatesAboutThreeTimesTheFile() throws Exception {
    ReadResult[] out = new ReadResult[1];
    long fileSize = Files.size(file);
    long alloc;
    try (InputStream in = Files.newInputStream(file)) {
      alloc = allocated(() -> MsgReader.strict().read(in), out);
    }
    System.out.printf("stream: file %d MiB, allocated %.1f MiB%n", fileSize / MIB, alloc / (double) MIB);
    assertThat(out[0].message().attachments().get(0).data().orElseThrow().size()).isEqualTo(SIZE);
    assertThat(alloc).isBetween(3 * fileSize - 2L * MIB, 3 * fileSize + 8L * MIB);
  }
}
