package org.xms4j.rtf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the real third-party files of {@code shared/testdata-real} (read in place, never copied). */
final class RealFiles {

  private RealFiles() {
  }

  /** Returns a file, skipping the calling test when the folder is absent and failing it when the file is. */
  static Path file(String relative) {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    Path root = null;
    while (dir != null && root == null) {
      Path c = dir.resolve("shared/testdata-real");
      root = Files.isDirectory(c) ? c : null;
      dir = dir.getParent();
    }
    assumeTrue(root != null, "shared/testdata-real not found above " + System.getProperty("user.dir")
        + "; the real-file tests are skipped");
    Path f = root.resolve(relative);
    org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(f), "missing real file " + f);
    return f;
  }
}
