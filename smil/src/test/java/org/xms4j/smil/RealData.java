package org.xms4j.smil;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Access to the shared real third-party test files ({@code shared/testdata-real}, read in place,
 * never copied) and to this module's own fixtures.
 *
 * <p>The real folder is the system property {@code xms4j.testdata.real} when set, else the first
 * {@code shared/testdata-real} found walking up from the working directory. Tests that need it are
 * skipped, with a message saying so, when it is absent.
 */
final class RealData {

  static final String PROPERTY = "xms4j.testdata.real";

  private RealData() {}

  /** Returns the real-data folder, if present. */
  static Optional<Path> root() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      Path p = Paths.get(configured);
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path p = d.resolve("shared").resolve("testdata-real");
      if (Files.isDirectory(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Returns the real-data folder, or skips the calling test when it is absent. */
  static Path requireRoot() {
    Optional<Path> root = root();
    assumeTrue(root.isPresent(), "shared/testdata-real not found above " + Paths.get("").toAbsolutePath()
        + " (set -D" + PROPERTY + "=<dir>); skipping tests on real third-party files");
    return root.get();
  }

  /** Returns one real file; the calling test skips when the folder is absent and fails when the file is. */
  static Path requireFile(String relative) {
    Path p = requireRoot().resolve(relative);
    org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(p), "real test file missing: " + p);
    return p;
  }

  /** A named SMIL document: where it came from and its bytes. */
  record Doc(String name, byte[] bytes) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Every file under any {@code extracted-smil} folder, sorted by path. */
  static List<Doc> extractedSmil() {
    Path root = requireRoot();
    try (Stream<Path> files = Files.walk(root)) {
      List<Doc> docs = new ArrayList<>();
      for (Path p : files.filter(Files::isRegularFile)
          .filter(p -> p.getParent().getFileName().toString().equals("extracted-smil"))
          .sorted().toList()) {
        docs.add(new Doc(root.relativize(p).toString(), Files.readAllBytes(p)));
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every other real file that is a SMIL document (sniffed: after optional white space it starts with
   * {@code <smil} or {@code <!DOCTYPE smil}), outside the extracted-smil folders, sorted by path.
   */
  static List<Doc> otherSmilFiles() {
    Path root = requireRoot();
    try (Stream<Path> files = Files.walk(root)) {
      List<Doc> docs = new ArrayList<>();
      for (Path p : files.filter(Files::isRegularFile)
          .filter(p -> !p.getParent().getFileName().toString().equals("extracted-smil"))
          .sorted().toList()) {
        if (looksLikeSmil(p)) {
          docs.add(new Doc(root.relativize(p).toString(), Files.readAllBytes(p)));
        }
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean looksLikeSmil(Path p) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(p)) {
      head = in.readNBytes(64);
    }
    String s = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
    return s.startsWith("<smil") || s.startsWith("<!DOCTYPE smil");
  }

  /** One MMS part as an SMS Backup &amp; Restore export lists it. */
  record BackupPart(String ct, String cid, String cl, String name, String text) {
    /** The part as the resolver sees it; the exporter writes the string "null" for absent values. */
    MediaPart toMediaPart() {
      return MediaPart.of(v(cid), v(cl), v(name), v(ct));
    }

    private static String v(String s) {
      return s == null || s.equals("null") ? null : s;
    }
  }

  /** One MMS of a backup export with its parts. */
  record BackupMms(String file, int index, List<BackupPart> parts) {}

  /**
   * Reads every {@code <mms>} of every SMS Backup &amp; Restore XML file under
   * {@code sms-backup-reader-2}, with the JDK's StAX. A file that ends early (one of them is
   * truncated upstream) yields the MMS read before the break, the last one possibly incomplete.
   */
  static List<BackupMms> backupMms() {
    Path dir = requireRoot().resolve("sms-backup-reader-2");
    org.junit.jupiter.api.Assertions.assertTrue(Files.isDirectory(dir), "sms-backup-reader-2 missing under " + dir.getParent());
    List<BackupMms> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
        readBackup(dir.relativize(p).toString(), Files.readAllBytes(p), all);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  private static void readBackup(String name, byte[] bytes, List<BackupMms> out) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    List<BackupPart> parts = null;
    int index = 0;
    try {
      XMLStreamReader r = f.createXMLStreamReader(new java.io.ByteArrayInputStream(bytes));
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("mms")) {
          parts = new ArrayList<>();
          out.add(new BackupMms(name, index++, parts));
        } else if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("part") && parts != null) {
          parts.add(new BackupPart(r.getAttributeValue(null, "ct"), r.getAttributeValue(null, "cid"),
              r.getAttributeValue(null, "cl"), r.getAttributeValue(null, "name"), r.getAttributeValue(null, "text")));
        }
      }
    } catch (XMLStreamException e) {
      // sms_and_mms.xml is truncated upstream (PROVENANCE.md); keep what was read before the break
    }
  }

  /** Every SMIL part of every backup MMS, named file#mms[index]. */
  static List<Doc> backupSmil() {
    List<Doc> docs = new ArrayList<>();
    for (BackupMms m : backupMms()) {
      for (BackupPart p : m.parts()) {
        if ("application/smil".equals(p.ct()) && p.text() != null) {
          docs.add(new Doc(m.file() + "#mms[" + m.index() + "]", p.text().getBytes(StandardCharsets.UTF_8)));
        }
      }
    }
    return docs;
  }

  /** Reads one of this module's fixtures from the class path. */
  static String fixture(String name) {
    try (InputStream in = RealData.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses text leniently, turning the checked exception into an assertion failure. */
  static SmilPresentation parse(String text) {
    try {
      return SmilParser.lenient().parse(text);
    } catch (SmilParseException e) {
      throw new AssertionError("parse failed: " + e.getMessage(), e);
    }
  }

  /** Parses bytes leniently, turning the checked exception into an assertion failure. */
  static SmilPresentation parse(byte[] bytes) {
    try {
      return SmilParser.lenient().parse(bytes);
    } catch (SmilParseException e) {
      throw new AssertionError("parse failed: " + e.getMessage(), e);
    }
  }
}
