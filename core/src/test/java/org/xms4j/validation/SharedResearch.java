package org.xms4j.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code shared/research} by walking up from the working directory and reads its requirement tables. */
final class SharedResearch {

  private static final Pattern ROW = Pattern.compile(
      "^\\|\\s*((?:OXOSMMS|OMS|ASMS|OXMSG|OXCMSG|OXCMAIL)-[A-Z0-9]+(?:-[A-Z0-9]+)*)\\s*\\|");
  private static final Pattern GOTCHA = Pattern.compile("^\\|\\s*([0-9]+)\\s*\\|");

  private SharedResearch() {
  }

  /** Returns {@code shared/research}, found in the working directory or one of its ancestors. */
  static Optional<Path> locate() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("research");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /** Returns the ids in the first column of the requirement tables of a Markdown file, in order. */
  static Set<String> rowIds(Path file) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  /** Returns the numbers of the gotcha table of outlook-gotchas.md as {@code OUTLOOK-Gnn}. */
  static Set<String> gotchaIds(Path file) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Matcher m = GOTCHA.matcher(line);
      if (m.find()) {
        ids.add(String.format("OUTLOOK-G%02d", Integer.parseInt(m.group(1))));
      }
    }
    return ids;
  }
}
