package org.xms4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeNamesTest {

  @TempDir
  Path tmp;

  @Test
  void keepsOnlyTheLastPathSegment() {
    assertThat(SafeNames.sanitize("../../evil.txt", "f")).isEqualTo("evil.txt");
    assertThat(SafeNames.sanitize("/etc/passwd", "f")).isEqualTo("passwd");
    assertThat(SafeNames.sanitize("C:\\x\\..\\y", "f")).isEqualTo("y");
    assertThat(SafeNames.sanitize("dir/", "f")).isEqualTo("f");
  }

  @Test
  void replacesControlReservedAndDirectionCharacters() {
    assertThat(SafeNames.sanitize("a\u0000b\u001Fc\u007Fd\u0085e.txt", "f")).isEqualTo("a_b_c_d_e.txt");
    assertThat(SafeNames.sanitize("what? <yes>|\"no\"*:.txt", "f")).isEqualTo("what_ _yes___no___.txt");
    assertThat(SafeNames.sanitize("\u202Etxt.exe", "f")).isEqualTo("_txt.exe");
    assertThat(SafeNames.sanitize("x\uD800y", "f")).isEqualTo("x_y");
    assertThat(SafeNames.sanitize("emoji 👍.png", "f")).isEqualTo("emoji 👍.png");
  }

  @Test
  void dropsDotsAndBlanksAndFallsBack() {
    assertThat(SafeNames.sanitize("", "attachment-1")).isEqualTo("attachment-1");
    assertThat(SafeNames.sanitize("..", "attachment-1")).isEqualTo("attachment-1");
    assertThat(SafeNames.sanitize(" . ", "attachment-1")).isEqualTo("attachment-1");
    assertThat(SafeNames.sanitize(".bashrc", "f")).isEqualTo("bashrc");
    assertThat(SafeNames.sanitize("name. . ", "f")).isEqualTo("name");
    assertThat(SafeNames.sanitize("", "../")).isEqualTo("file");
  }

  @Test
  void prefixesWindowsDeviceNames() {
    assertThat(SafeNames.sanitize("CON", "f")).isEqualTo("_CON");
    assertThat(SafeNames.sanitize("con.txt", "f")).isEqualTo("_con.txt");
    assertThat(SafeNames.sanitize("LPT9.tar.gz", "f")).isEqualTo("_LPT9.tar.gz");
    assertThat(SafeNames.sanitize("COM1 .txt", "f")).isEqualTo("_COM1 .txt");
    assertThat(SafeNames.sanitize("console.txt", "f")).isEqualTo("console.txt");
  }

  @Test
  void cutsLongNamesByUtf8BytesKeepingTheExtension() {
    String cut = SafeNames.sanitize("x".repeat(500) + ".jpeg", "f");
    assertThat(cut).endsWith(".jpeg").hasSize(SafeNames.MAX_UTF8_BYTES);
    String greek = SafeNames.sanitize("λ".repeat(300) + ".txt", "f");
    assertThat(greek.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SafeNames.MAX_UTF8_BYTES);
    assertThat(greek).endsWith(".txt").startsWith("λλλ");
    String emoji = SafeNames.sanitize("😀".repeat(100), "f");
    assertThat(emoji.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SafeNames.MAX_UTF8_BYTES);
    assertThat(emoji.codePoints()).allMatch(cp -> cp == 0x1F600);
  }

  @Test
  void insideRefusesAnythingButADirectChild() throws IOException {
    assertThat(SafeNames.inside(tmp, "a.txt")).isEqualTo(tmp.toAbsolutePath().normalize().resolve("a.txt"));
    for (String bad : new String[] {"../a", "/etc/passwd", "sub/a", "..", ".", ""}) {
      assertThatThrownBy(() -> SafeNames.inside(tmp, bad)).as(bad).isInstanceOf(IOException.class)
          .hasMessageContaining("refusing to write outside");
    }
  }

  @Test
  void createNewNeverReplacesAndLeavesNoTemporaryFile() throws IOException {
    Path target = tmp.resolve("a.bin");
    assertThat(SafeNames.createNew(target, new byte[] {1, 2, 3})).contains(target);
    assertThat(SafeNames.createNew(target, new byte[] {9})).isEmpty();
    assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
    assertThat(Cli.names(tmp)).containsExactly("a.bin");
  }

  @Test
  void createNewDoesNotFollowADanglingSymlink() throws IOException {
    Path outside = tmp.resolve("outside.txt");
    Path dir = Files.createDirectories(tmp.resolve("out"));
    Path link = dir.resolve("link.txt");
    try {
      Files.createSymbolicLink(link, outside);
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("symbolic links not supported here: " + e);
    }
    assertThat(SafeNames.createNew(link, new byte[] {1})).isEmpty();
    assertThat(outside).doesNotExist();
    Path written = SafeNames.writeNew(dir, "link.txt", new byte[] {1});
    assertThat(written.getFileName().toString()).isEqualTo("link (1).txt");
    assertThat(outside).doesNotExist();
  }

  @Test
  void writeNewNumbersTakenNames() throws IOException {
    assertThat(SafeNames.writeNew(tmp, "a.txt", new byte[] {1}).getFileName().toString()).isEqualTo("a.txt");
    assertThat(SafeNames.writeNew(tmp, "a.txt", new byte[] {2}).getFileName().toString()).isEqualTo("a (1).txt");
    assertThat(SafeNames.writeNew(tmp, "a.txt", new byte[] {3}).getFileName().toString()).isEqualTo("a (2).txt");
    assertThat(SafeNames.writeNew(tmp, "noext", new byte[] {4}).getFileName().toString()).isEqualTo("noext");
    assertThat(SafeNames.writeNew(tmp, "noext", new byte[] {5}).getFileName().toString()).isEqualTo("noext (1)");
    assertThat(Files.readAllBytes(tmp.resolve("a (1).txt"))).containsExactly(2);
    assertThat(Cli.names(tmp)).containsExactly("a (1).txt", "a (2).txt", "a.txt", "noext", "noext (1)");
  }

  @Test
  void failedWriteLeavesNothingBehind() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("ro"));
    assertThat(dir.toFile().setWritable(false)).isTrue();
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(dir), "running as a user who can write anywhere");
      assertThatThrownBy(() -> SafeNames.writeNew(dir, "a.txt", new byte[] {1})).isInstanceOf(IOException.class);
    } finally {
      dir.toFile().setWritable(true);
    }
    assertThat(Cli.names(dir)).isEmpty();
  }
}
