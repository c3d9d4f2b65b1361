package org.xms4j.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.Arrays;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * File names that are safe to create inside an output folder, and writes that never leave a partial
 * file or overwrite an existing one.
 *
 * <p>{@link #sanitize} makes one file name out of untrusted text (an attachment name from a file);
 * {@link #inside} refuses any name that would resolve outside the folder; {@link #createNew} writes a
 * file that appears complete or not at all and never replaces an existing file; {@link #writeNew}
 * picks {@code name (1).ext}, {@code name (2).ext}, ... when the name is taken.
 */
final class SafeNames {

  /** The longest name produced by {@link #sanitize}, in UTF-8 bytes (file systems allow 255). */
  static final int MAX_UTF8_BYTES = 180;

  /** The longest extension kept when a name is cut, in characters including the dot. */
  private static final int MAX_EXTENSION = 16;

  private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
      "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
      "COM\u00B9", "COM\u00B2", "COM\u00B3",
      "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
      "LPT\u00B9", "LPT\u00B2", "LPT\u00B3");

  private SafeNames() {
  }

  /**
   * Makes a single file name out of untrusted text: keeps the last path segment only ({@code /} and
   * {@code \} both separate), replaces control and format-direction characters, unpaired surrogates
   * and {@code < > : " | ? *} with {@code _}, drops leading and trailing dots and white space,
   * prefixes Windows device names ({@code CON}, {@code COM1}, ... with any extension) with
   * {@code _}, cuts to {@value #MAX_UTF8_BYTES} UTF-8 bytes keeping a short extension, and uses the
   * fallback (sanitized the same way) when nothing is left.
   *
   * @param untrusted the name from the input
   * @param fallback the name used when nothing of {@code untrusted} is left, not blank
   * @return a non-empty name without separators, never {@code .} or {@code ..}
   */
  static String sanitize(String untrusted, String fallback) {
    String s = clean(untrusted);
    if (s.isEmpty()) {
      s = clean(fallback);
      if (s.isEmpty()) {
        s = "file";
      }
    }
    int dot = s.indexOf('.');
    String stem = (dot > 0 ? s.substring(0, dot) : s).strip().toUpperCase(Locale.ROOT);
    if (WINDOWS_DEVICES.contains(stem)) {
      s = "_" + s;
    }
    return cut(s);
  }

  private static String clean(String untrusted) {
    String s = untrusted.replace('\\', '/');
    int slash = s.lastIndexOf('/');
    if (slash >= 0) {
      s = s.substring(slash + 1);
    }
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> sb.appendCodePoint(unsafe(cp) ? '_' : cp));
    return trim(sb.toString());
  }

  private static boolean unsafe(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0x200E || cp == 0x200F
        || cp == 0xFEFF || "<>:\"|?*/\\".indexOf(cp) >= 0;
  }

  /** Drops leading and trailing white space and dots. */
  private static String trim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && (s.charAt(from) == '.' || Character.isWhitespace(s.charAt(from)) || s.charAt(from) == '\u00A0')) {
      from++;
    }
    while (to > from && (s.charAt(to - 1) == '.' || Character.isWhitespace(s.charAt(to - 1)) || s.charAt(to - 1) == '\u00A0')) {
      to--;
    }
    return s.substring(from, to);
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Cuts a name to {@value #MAX_UTF8_BYTES} UTF-8 bytes at a code point boundary, keeping a short extension. */
  private static String cut(String s) {
    if (utf8Length(s) <= MAX_UTF8_BYTES) {
      return s;
    }
    int dot = s.lastIndexOf('.');
    String ext = dot > 0 && s.length() - dot <= MAX_EXTENSION ? s.substring(dot) : "";
    String stem = ext.isEmpty() ? s : s.substring(0, dot);
    int budget = MAX_UTF8_BYTES - utf8Length(ext);
    StringBuilder sb = new StringBuilder();
    int used = 0;
    for (int i = 0; i < stem.length(); ) {
      int cp = stem.codePointAt(i);
      int n = utf8Length(new String(Character.toChars(cp)));
      if (used + n > budget) {
        break;
      }
      sb.appendCodePoint(cp);
      used += n;
      i += Character.charCount(cp);
    }
    String cutStem = trim(sb.toString());
    return (cutStem.isEmpty() ? "file" : cutStem) + ext;
  }

  /**
   * Resolves a name inside a folder and checks that the result is a direct child of it.
   *
   * @param dir the output folder
   * @param name a single file name
   * @return the absolute, normalized path of the file
   * @throws IOException when the name would resolve anywhere but directly inside the folder
   */
  static Path inside(Path dir, String name) throws IOException {
    Path base = dir.toAbsolutePath().normalize();
    Path target = base.resolve(name).normalize();
    if (name.isEmpty() || !base.equals(target.getParent())) {
      throw new IOException("refusing to write outside " + base + ": \"" + name + "\"");
    }
    return target;
  }

  /**
   * Writes bytes to a new file in the folder without overwriting: when the name is taken, tries
   * {@code name (1).ext}, {@code name (2).ext} and so on.
   *
   * @param dir the output folder, existing
   * @param name a sanitized file name
   * @param data the content
   * @return the file written
   * @throws IOException when writing fails or no free name is found
   */
  static Path writeNew(Path dir, String name, byte[] data) throws IOException {
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : "";
    for (int n = 0; n < 10_000; n++) {
      String candidate = n == 0 ? name : stem + " (" + n + ")" + ext;
      Optional<Path> written = createNew(inside(dir, candidate), data);
      if (written.isPresent()) {
        return written.get();
      }
    }
    throw new IOException("no free file name for " + name + " in " + dir);
  }

  /** Tells whether a regular file (not a link) holds exactly these bytes. */
  static boolean sameContent(Path file, byte[] bytes) throws IOException {
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == bytes.length
        && Arrays.equals(Files.readAllBytes(file), bytes);
  }

  /** Numbers the temporary files of this process. */
  private static final java.util.concurrent.atomic.AtomicLong TEMP_COUNTER = new java.util.concurrent.atomic.AtomicLong();

  /**
   * Writes bytes to exactly this file unless it exists. The file appears complete or not at all:
   * the bytes go to a temporary file in the same folder, which is then hard-linked to the target (a
   * link fails when the target exists). On file systems without hard links the target is first
   * created empty with {@code CREATE_NEW}, which claims the name, and the temporary file then
   * replaces it atomically; a crash in between can leave that empty file, never a partial one. The
   * temporary file is always deleted.
   *
   * @param target the file to create
   * @param data the content
   * @return the target, or empty when a file (or link, or folder) of that name already exists
   * @throws IOException when writing fails
   */
  static Optional<Path> createNew(Path target, byte[] data) throws IOException {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(target)) {
      return Optional.empty();
    }
    Path dir = target.toAbsolutePath().getParent();
    // created like any new file (default permissions), not with Files.createTempFile, whose files
    // only their owner may read
    Path tmp = null;
    OutputStream created = null;
    for (int attempt = 0; created == null; attempt++) {
      tmp = dir.resolve(".xms4j-" + ProcessHandle.current().pid() + "-" + TEMP_COUNTER.incrementAndGet() + ".part");
      try {
        created = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
    try {
      try (OutputStream out = created) {
        out.write(data);
      }
      try {
        Files.createLink(target, tmp);
        return Optional.of(target);
      } catch (FileAlreadyExistsException e) {
        return Optional.empty();
      } catch (UnsupportedOperationException | FileSystemException e) {
        // no hard links here: claim the name, then replace the empty claim atomically
      }
      try {
        Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
      } catch (FileAlreadyExistsException e) {
        return Optional.empty();
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(target);
        throw e;
      }
      return Optional.of(target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
