package org.xms4j.msg;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the real third-party files of {@code shared/testdata-real} (read in place, never copied). */
final class RealFiles {

  private static final Path ROOT = find();

  private RealFiles() {
  }

  private static Path find() {
    Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (p != null) {
      Path c = p.resolve("shared/testdata-real");
      if (Files.isDirectory(c)) {
        return c;
      }
      p = p.getParent();
    }
    return null;
  }

  /** Skips the calling test when the folder is absent. */
  static Path root() {
    assumeTrue(ROOT != null, "shared/testdata-real not found above " + System.getProperty("user.dir")
        + "; the real-file tests are skipped");
    return ROOT;
  }

  /** Returns a file, skipping the test when the folder is absent and failing it when the file is. */
  static Path file(String relative) {
    Path f = root().resolve(relative);
    org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(f), "missing real file " + f);
    return f;
  }

  /** Every .msg file, sorted by path; empty when the folder is absent. */
  static List<Path> allMsg() {
    if (ROOT == null) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(ROOT)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".msg") && Files.isRegularFile(f)).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The robustness files of PROVENANCE note 7 that are .msg files. */
  static final List<String> ROBUSTNESS = List.of(
      "apache-poi/test-data/hsmf/clusterfuzz-testcase-minimized-POIHSMFFuzzer-4735011465854976.msg",
      "apache-poi/test-data/poifs/unknown_properties.msg",
      "msg-parser-rs/data/bad_outlook.msg");

  static boolean robustness(Path f) {
    String rel = ROOT.relativize(f).toString().replace('\\', '/');
    return ROBUSTNESS.contains(rel);
  }

  static String name(Path f) {
    return ROOT == null ? f.toString() : ROOT.relativize(f).toString().replace('\\', '/');
  }
}
