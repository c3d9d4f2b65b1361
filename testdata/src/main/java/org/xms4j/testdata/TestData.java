package org.xms4j.testdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Opens the project's own fixtures and finds the shared real test files.
 *
 * <p>Fixtures are class-path resources below {@code org/xms4j/testdata/}; each folder has a
 * {@code README.md} saying how its files were made. Real third-party files are never copied into the
 * repository: they are read in place from {@code shared/testdata-real}, found by walking up from the
 * working directory (or taken from the system property {@value #REAL_ROOT_PROPERTY}).
 *
 * <pre>{@code
 * byte[] smil = TestData.bytes("smil/two-slides.smil");
 * Optional<Path> real = TestData.realRoot();
 * }</pre>
 */
public final class TestData {

  /** System property naming the folder of the real third-party test files. */
  public static final String REAL_ROOT_PROPERTY = "xms4j.testdata.real";

  private static final String BASE = "org/xms4j/testdata/";

  private TestData() {
  }

  /**
   * Opens a fixture.
   *
   * @param relativePath the path below {@code org/xms4j/testdata/}, for example
   *     {@code "backup/sample-backup.xml"}
   * @return a new stream; the caller closes it
   * @throws IllegalArgumentException when no such fixture exists
   */
  public static InputStream open(String relativePath) {
    InputStream in = TestData.class.getClassLoader().getResourceAsStream(BASE + relativePath);
    if (in == null) {
      throw new IllegalArgumentException("no fixture " + BASE + relativePath + " on the class path");
    }
    return in;
  }

  /**
   * Reads a fixture completely.
   *
   * @param relativePath the path below {@code org/xms4j/testdata/}
   * @return the bytes
   * @throws IllegalArgumentException when no such fixture exists
   * @throws UncheckedIOException when reading fails
   */
  public static byte[] bytes(String relativePath) {
    try (InputStream in = open(relativePath)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the file-system path of a fixture, for code that needs a file (the command line).
   *
   * @param relativePath the path below {@code org/xms4j/testdata/}
   * @return the path of the resource when the fixtures are unpacked on disk
   * @throws IllegalArgumentException when the fixture is missing or lives inside a jar
   */
  public static Path path(String relativePath) {
    URL url = TestData.class.getClassLoader().getResource(BASE + relativePath);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + BASE + relativePath + " on the class path");
    }
    if (!"file".equals(url.getProtocol())) {
      throw new IllegalArgumentException("fixture " + relativePath + " is not a file: " + url);
    }
    try {
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("fixture " + relativePath + " has a bad URL " + url, e);
    }
  }

  /**
   * Finds the folder of real third-party test files: the system property
   * {@value #REAL_ROOT_PROPERTY} when set, else the first {@code shared/testdata-real} found in the
   * working directory or one of its parents.
   *
   * @return the folder, or empty when it is absent (tests then skip with a message)
   */
  public static Optional<Path> realRoot() {
    String prop = System.getProperty(REAL_ROOT_PROPERTY);
    if (prop != null && !prop.isBlank()) {
      Path p = Paths.get(prop);
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("testdata-real");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      Path sibling = dir.resolveSibling("shared").resolve("testdata-real");
      if (dir.getParent() != null && Files.isDirectory(sibling)) {
        return Optional.of(sibling);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /**
   * Lists the real third-party files with a given extension, sorted by path.
   *
   * @param extension the extension without dot, case-insensitive, for example {@code "msg"}
   * @return the files; empty when the folder is absent
   * @throws UncheckedIOException when the folder cannot be walked
   */
  public static List<Path> realFiles(String extension) {
    Optional<Path> root = realRoot();
    if (root.isEmpty()) {
      return List.of();
    }
    String suffix = "." + extension.toLowerCase(Locale.ROOT);
    try (Stream<Path> s = Files.walk(root.get())) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
