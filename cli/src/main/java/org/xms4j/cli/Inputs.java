package org.xms4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Expands command-line paths (files and folders) into the files to process, in a stable order. */
final class Inputs {

  /** One input: the file and the name it is reported under; {@code error} when the path cannot be listed. */
  record Input(Path file, String name, @Nullable String error) {
  }

  private Inputs() {
  }

  /**
   * Lists the files: a file argument is taken as it is (whatever its extension); a folder is walked
   * recursively for files whose extension is in {@code extensions}, sorted by path; a missing path
   * or a folder that cannot be walked gives one input with an error.
   *
   * @param paths the arguments in order
   * @param extensions lower-case extensions without dot
   * @return the inputs in argument order, files of a folder sorted
   */
  static List<Input> expand(List<Path> paths, Set<String> extensions) {
    List<Input> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          List<Path> files = s.filter(Files::isRegularFile).filter(f -> extensions.contains(extension(f)))
              .sorted().collect(Collectors.toList());
          for (Path f : files) {
            out.add(new Input(f, f.toString(), null));
          }
        } catch (IOException | RuntimeException e) {
          out.add(new Input(p, p.toString(), "cannot list the folder: " + Failures.describe(e)));
        }
      } else if (Files.exists(p)) {
        out.add(new Input(p, p.toString(), null));
      } else {
        out.add(new Input(p, p.toString(), "no such file or folder"));
      }
    }
    return out;
  }

  /** Returns the lower-case extension of a file name without the dot, or "". */
  static String extension(Path f) {
    String n = f.getFileName() == null ? "" : f.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
