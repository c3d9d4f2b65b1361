package org.xms4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.xms4j.testdata.TestData;

/** Runs the real command in-process and keeps what it printed. */
final class Cli {

  /** What one run gave: exit code, standard output and standard error (UTF-8). */
  record Result(int code, String out, String err, byte[] outBytes) {
    /** Returns the lines of stderr. */
    List<String> errLines() {
      return err.lines().collect(Collectors.toList());
    }
  }

  private Cli() {
  }

  static Result run(String... args) {
    return run(false, args);
  }

  static Result run(boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, out, err, terminal);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), out.toByteArray());
  }

  /** Copies a fixture of the testdata module to a file in {@code dir}. */
  static Path fixture(String relativePath, Path dir) throws IOException {
    Path target = dir.resolve(relativePath.substring(relativePath.lastIndexOf('/') + 1));
    try (InputStream in = TestData.open(relativePath)) {
      Files.copy(in, target);
    }
    return target;
  }

  /** Lists the names of the files in a folder, sorted. */
  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
