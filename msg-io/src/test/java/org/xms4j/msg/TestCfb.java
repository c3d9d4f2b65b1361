package org.xms4j.msg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xms4j.mapi.Bytes;

/** Test access to a compound file through POIFS: read streams by path, list names, edit a stream. */
final class TestCfb {

  private TestCfb() {
  }

  /** Returns the stream at a path such as {@code /__recip_version1.0_#00000000/__properties_version1.0}. */
  static Bytes stream(byte[] msg, String path) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(msg))) {
      DocumentEntry d = (DocumentEntry) find(fs.getRoot(), path);
      try (DocumentInputStream in = new DocumentInputStream(d)) {
        return Bytes.of(in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tells whether an entry exists. */
  static boolean exists(byte[] msg, String path) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(msg))) {
      find(fs.getRoot(), path);
      return true;
    } catch (java.io.FileNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lists every path in the file, storages ending in '/'. */
  static List<String> paths(byte[] msg) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(msg))) {
      List<String> out = new ArrayList<>();
      walk(fs.getRoot(), "", out);
      out.sort(null);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lists the streams and their sizes as "path size". */
  static List<String> streamSizes(byte[] msg) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(msg))) {
      List<String> out = new ArrayList<>();
      sizes(fs.getRoot(), "", out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sizes(DirectoryEntry d, String p, List<String> out) {
    for (Entry e : d) {
      if (e instanceof DirectoryEntry de) {
        sizes(de, p + "/" + e.getName(), out);
      } else {
        out.add(p + "/" + e.getName() + " " + ((DocumentEntry) e).getSize());
      }
    }
  }

  private static void walk(DirectoryEntry d, String p, List<String> out) {
    for (Entry e : d) {
      String q = p + "/" + e.getName();
      if (e instanceof DirectoryEntry de) {
        out.add(q + "/");
        walk(de, q, out);
      } else {
        out.add(q);
      }
    }
  }

  private static Entry find(DirectoryEntry root, String path) throws java.io.FileNotFoundException {
    Entry e = root;
    for (String part : path.substring(1).split("/")) {
      e = ((DirectoryEntry) e).getEntry(part);
    }
    return e;
  }

  /** Returns a copy of the file with one stream replaced by {@code edit} of its bytes (null deletes it). */
  static byte[] edit(byte[] msg, String path, UnaryOperator<byte[]> edit) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(msg))) {
      int slash = path.lastIndexOf('/');
      DirectoryEntry dir = slash == 0 ? fs.getRoot() : (DirectoryEntry) find(fs.getRoot(), path.substring(0, slash));
      String name = path.substring(slash + 1);
      byte[] old;
      DocumentEntry d = (DocumentEntry) dir.getEntry(name);
      try (DocumentInputStream in = new DocumentInputStream(d)) {
        old = in.readAllBytes();
      }
      d.delete();
      byte[] now = edit.apply(old);
      if (now != null) {
        dir.createDocument(name, new ByteArrayInputStream(now));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a copy of the file with a stream added. */
  static byte[] add(byte[] msg, String dirPath, String name, byte[] data) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(msg))) {
      DirectoryEntry dir = dirPath.equals("/") ? fs.getRoot() : (DirectoryEntry) find(fs.getRoot(), dirPath);
      dir.createDocument(name, new ByteArrayInputStream(data));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String hex(String spaced) {
    return spaced.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
  }
}
