package org.xms4j.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xms4j.message.Message;
import org.xms4j.message.ProtocolExamples;

/** Same message, same bytes; writing to a path is atomic. */
class WriteDeterminismAndAtomicityTest {

  @Test
  void writingTwiceGivesIdenticalBytes() throws Exception {
    Message mms = ProtocolExamples.mms().message();
    byte[] a = MsgWriter.toBytes(mms);
    Thread.sleep(1100); // nothing time-dependent may be written
    byte[] b = MsgWriter.toBytes(ProtocolExamples.mms().message());
    assertThat(b).isEqualTo(a);
  }

  @Test
  void aRealFileWritesTheSameBytesEveryTime() throws Exception {
    Message m = MsgReader.lenient().read(RealFiles.file("msg-parser-rs/data/test_email.msg")).message();
    assertThat(MsgWriter.toBytes(m)).isEqualTo(MsgWriter.toBytes(m));
  }

  @Test
  void pathAndStreamAndByteArrayGiveTheSameBytes(@TempDir Path dir) throws Exception {
    Message sms = ProtocolExamples.sms().message();
    Path f = dir.resolve("sms.msg");
    MsgWriter.write(sms, f);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    MsgWriter.write(sms, out);
    assertThat(Files.readAllBytes(f)).isEqualTo(out.toByteArray()).isEqualTo(MsgWriter.toBytes(sms));
    assertThat(MsgReader.strict().read(f).message()).isEqualTo(MsgWriter.normalize(sms));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  /** Fails after {@code limit} bytes. */
  private static OutputStream failingAfter(OutputStream out, int limit) {
    return new FilterOutputStream(out) {
      int n;

      @Override
      public void write(int b) throws IOException {
        if (++n > limit) {
          throw new IOException("disk full (simulated)");
        }
        super.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        for (int i = 0; i < len; i++) {
          write(b[off + i]);
        }
      }
    };
  }

  @Test
  void aFailureMidwayLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("out.msg");
    Files.write(f, new byte[] {1, 2, 3});
    assertThatThrownBy(() -> MsgWriter.write(ProtocolExamples.mms().message(), f, out -> failingAfter(out, 2000)))
        .isInstanceOf(IOException.class).hasMessageContaining("disk full");
    assertThat(Files.readAllBytes(f)).containsExactly(1, 2, 3);
    assertThat(names(dir)).containsExactly("out.msg");
  }

  @Test
  void aFailureMidwayCreatesNoFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("new.msg");
    assertThatThrownBy(() -> MsgWriter.write(ProtocolExamples.mms().message(), f, out -> failingAfter(out, 100)))
        .isInstanceOf(IOException.class);
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void anInvalidMessageLeavesTheOldFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("out.msg");
    Files.write(f, new byte[] {9});
    Message.Builder b = Message.builder();
    for (int i = 0; i < 2049; i++) {
      b.addRecipient(org.xms4j.message.Recipient.of(org.xms4j.message.RecipientType.TO, "r", "SMTP", "r@x"));
    }
    assertThatThrownBy(() -> MsgWriter.write(b.build(), f)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Files.readAllBytes(f)).containsExactly(9);
    assertThat(names(dir)).containsExactly("out.msg");
  }

  @Test
  void successReplacesTheOldFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("out.msg");
    Files.write(f, new byte[] {1});
    MsgWriter.write(ProtocolExamples.sms().message(), f);
    assertThat(Files.readAllBytes(f)).isEqualTo(MsgWriter.toBytes(ProtocolExamples.sms().message()));
    assertThat(names(dir)).containsExactly("out.msg");
  }

  @Test
  void writtenFilesGetTheDefaultPermissionsOfANewFile(@TempDir Path dir) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "no POSIX permissions on this file system");
    Path plain = Files.write(dir.resolve("plain.bin"), new byte[] {1});
    Path msg = dir.resolve("sms.msg");
    MsgWriter.write(ProtocolExamples.sms().message(), msg);
    assertThat(Files.getPosixFilePermissions(msg)).isEqualTo(Files.getPosixFilePermissions(plain));
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plain.bin", "sms.msg");
    }
  }
}
