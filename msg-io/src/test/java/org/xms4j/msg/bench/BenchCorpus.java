package org.xms4j.msg.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hsmf.MAPIMessage;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.message.Attachment;
import org.xms4j.message.CompoundEntry;
import org.xms4j.message.Message;
import org.xms4j.message.Recipient;
import org.xms4j.msg.MsgReader;
import org.xms4j.testdata.TestData;

/**
 * The real .msg files of {@code shared/testdata-real} loaded into memory, and the two ways of
 * reading one completely that the benchmarks compare.
 */
final class BenchCorpus {

  private BenchCorpus() {
  }

  /**
   * Loads every real .msg file that our lenient reader reads without a fatal error and that HSMF
   * opens, so both readers get the same files.
   *
   * @throws IllegalStateException when shared/testdata-real is not found (run from the repository)
   */
  static List<byte[]> load() throws IOException {
    Path root = TestData.realRoot().orElseThrow(() -> new IllegalStateException(
        "shared/testdata-real not found above " + Path.of("").toAbsolutePath()
            + "; run from the repository or set -D" + TestData.REAL_ROOT_PROPERTY));
    List<byte[]> files = new ArrayList<>();
    for (Path p : TestData.realFiles("msg")) {
      byte[] b = Files.readAllBytes(p);
      try {
        readOurs(b);
        readHsmf(b);
        files.add(b);
      } catch (IOException | RuntimeException e) {
        // a robustness input (not a compound file, corrupt directory): not part of the corpus read
        System.out.println("# not in the corpus read: " + root.relativize(p) + ": " + e);
      }
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no readable .msg files below " + root);
    }
    return files;
  }

  /** Reads a file with our reader and walks the whole model, returning the sum of value sizes. */
  static long readOurs(byte[] file) throws IOException {
    return walk(MsgReader.lenient().read(new ByteArrayInputStream(file)).message());
  }

  static long walk(Message m) {
    long n = walk(m.properties());
    for (Recipient r : m.recipients()) {
      n += walk(r.properties());
      for (CompoundEntry e : r.extraEntries()) {
        n += walk(e);
      }
    }
    for (Attachment a : m.attachments()) {
      n += walk(a.properties());
      for (CompoundEntry e : a.extraEntries()) {
        n += walk(e);
      }
      if (a.embeddedMessage().isPresent()) {
        n += walk(a.embeddedMessage().get());
      }
      if (a.customStorage().isPresent()) {
        n += walk(a.customStorage().get());
      }
    }
    for (CompoundEntry e : m.extraEntries()) {
      n += walk(e);
    }
    return n;
  }

  private static long walk(CompoundEntry e) {
    if (e instanceof CompoundEntry.Stream s) {
      return s.data().size();
    }
    long n = 0;
    for (CompoundEntry c : ((CompoundEntry.Storage) e).children()) {
      n += walk(c);
    }
    return n;
  }

  private static long walk(PropertyBag bag) {
    long n = 0;
    for (PropertyKey k : bag.keys()) {
      n += k.hashCode() & 1; // named keys carry their resolved (set, name or LID) identity
      n += size(bag.get(k).orElseThrow());
    }
    return n;
  }

  private static long size(PropertyValue v) {
    if (v instanceof PropertyValue.Binary b) {
      return b.value().size();
    } else if (v instanceof PropertyValue.Text t) {
      return t.value().length();
    } else if (v instanceof PropertyValue.String8 s) {
      return s.bytes().size();
    } else if (v instanceof PropertyValue.Multi m) {
      long n = 0;
      for (PropertyValue x : m.values()) {
        n += size(x);
      }
      return n;
    } else if (v instanceof PropertyValue.Unparsed u) {
      return u.raw().size();
    }
    return 1;
  }

  /**
   * Reads a file with POI HSMF: subject, text, HTML and RTF bodies, recipients and attachment data
   * (embedded messages included), returning the sum of their sizes.
   */
  static long readHsmf(byte[] file) throws IOException {
    MAPIMessage m = new MAPIMessage(new ByteArrayInputStream(file));
    m.setReturnNullOnMissingChunk(true);
    return walk(m);
  }

  private static long walk(MAPIMessage m) throws IOException {
    long n = 0;
    try {
      n += len(m.getSubject()) + len(m.getTextBody()) + len(m.getHtmlBody()) + len(m.getRtfBody());
    } catch (org.apache.poi.hsmf.exceptions.ChunkNotFoundException e) {
      throw new IllegalStateException("HSMF with returnNullOnMissingChunk threw", e);
    }
    for (org.apache.poi.hsmf.datatypes.RecipientChunks r : m.getRecipientDetailsChunks()) {
      n += len(r.getRecipientName()) + len(r.getRecipientEmailAddress());
    }
    for (org.apache.poi.hsmf.datatypes.AttachmentChunks a : m.getAttachmentFiles()) {
      if (a.getAttachData() != null) {
        n += a.getAttachData().getValue().length;
      }
      if (a.getAttachLongFileName() != null) {
        n += len(a.getAttachLongFileName().getValue());
      }
      if (a.isEmbeddedMessage()) {
        MAPIMessage inner = a.getEmbeddedMessage();
        inner.setReturnNullOnMissingChunk(true);
        n += walk(inner);
      }
    }
    return n;
  }

  private static int len(String s) {
    return s == null ? 0 : s.length();
  }
}
