package org.xms4j.msg.internal;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import org.apache.poi.hpsf.ClassID;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.msg.LimitExceededException;
import org.xms4j.msg.MsgFormatException;
import org.xms4j.path.MessagePath;

/**
 * A compound file opened for reading through Apache POI POIFS, seen as a tree of {@link Dir}
 * storages and {@link Doc} streams. No POI type leaves this class.
 *
 * <p>Opening checks the 512-byte header before POIFS allocates anything. From a {@link Path}, POIFS
 * reads the file sector by sector, so the heap holds only what the caller keeps; from an
 * {@link InputStream}, the stream is buffered in chunks of 64 KiB doubling up to 1 MiB (each
 * released once POIFS has copied it), then POIFS holds it in one array of the file's size until
 * closed.

 *
 * <p>Specified by [MS-CFB] section 2.2 (compound file header).
 */
public final class CfbFile implements Closeable {

  /** The compound file signature, the first 8 bytes of the header. */
  static final long SIGNATURE = 0xE11AB1A1E011CFD0L;
  private static final int HEADER_SIZE = 512;
  /** The largest buffer chunk of {@link #open(InputStream, long)}: 1 MiB. */
  private static final int CHUNK = 1 << 20;
  /** Its first chunk, doubled up to {@link #CHUNK}, so a small file costs no 1 MiB array: 64 KiB. */
  private static final int FIRST_CHUNK = 1 << 16;

  private final POIFSFileSystem fs;
  private final long containerSize;

  private CfbFile(POIFSFileSystem fs, long containerSize) {
    this.fs = fs;
    this.containerSize = containerSize;
  }

  /**
   * Opens a file.
   *
   * @param file the file
   * @param maxFileSizeInBytes the largest file accepted
   * @return the open compound file; close it
   * @throws LimitExceededException when the file is larger than {@code maxFileSizeInBytes}
   * @throws MsgFormatException when the file is not a compound file or its structure is corrupt
   * @throws IOException when reading fails
   */
  public static CfbFile open(Path file, long maxFileSizeInBytes) throws IOException {
    long size = Files.size(file);
    if (size > maxFileSizeInBytes) {
      throw new LimitExceededException("maxFileSizeInBytes", maxFileSizeInBytes, size, "/", OptionalInt.empty(),
          MessagePath.ROOT);
    }
    byte[] header = new byte[(int) Math.min(HEADER_SIZE, size)];
    try (SeekableByteChannel ch = Files.newByteChannel(file)) {
      ByteBuffer bb = ByteBuffer.wrap(header);
      while (bb.hasRemaining() && ch.read(bb) >= 0) {
        // fill
      }
    }
    checkHeader(header, size);
    try {
      return new CfbFile(new POIFSFileSystem(file.toFile(), true), size);
    } catch (FileNotFoundException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw corrupt(e);
    }
  }

  /**
   * Opens a compound file from a stream, reading it to the end.
   *
   * @param in the stream; not closed
   * @param maxFileSizeInBytes the most bytes buffered
   * @return the open compound file; close it
   * @throws LimitExceededException when the stream holds more than {@code maxFileSizeInBytes}
   * @throws MsgFormatException when the bytes are not a compound file or its structure is corrupt
   * @throws IOException when reading fails
   */
  public static CfbFile open(InputStream in, long maxFileSizeInBytes) throws IOException {
    List<byte[]> chunks = new ArrayList<>();
    long total = 0;
    int next = FIRST_CHUNK;
    while (true) {
      byte[] c = new byte[(int) Math.min(next, Math.max(1, maxFileSizeInBytes + 1 - total))];
      next = Math.min(CHUNK, next * 2);
      int n = in.readNBytes(c, 0, c.length);
      if (n > 0) {
        total += n;
        if (total > maxFileSizeInBytes) {
          throw new LimitExceededException("maxFileSizeInBytes", maxFileSizeInBytes, total, "/",
              OptionalInt.empty(), MessagePath.ROOT);
        }
        chunks.add(n == c.length ? c : java.util.Arrays.copyOf(c, n));
      }
      if (n < c.length) {
        break;
      }
    }
    byte[] header = new byte[(int) Math.min(HEADER_SIZE, total)];
    int filled = 0;
    for (byte[] c : chunks) {
      int k = Math.min(c.length, header.length - filled);
      System.arraycopy(c, 0, header, filled, k);
      filled += k;
      if (filled == header.length) {
        break;
      }
    }
    checkHeader(header, total);
    ChunkInputStream all = new ChunkInputStream(chunks);
    chunks = null; // the stream now holds the only references and drops each chunk once read
    try (all) {
      return new CfbFile(new POIFSFileSystem(all), total);
    } catch (IOException | RuntimeException e) {
      throw corrupt(e);
    }
  }

  /** Reads a list of chunks in order, letting go of each chunk once it is read. */
  private static final class ChunkInputStream extends InputStream {
    private final java.util.ArrayDeque<byte[]> chunks;
    private int pos;

    ChunkInputStream(List<byte[]> chunks) {
      this.chunks = new java.util.ArrayDeque<>(chunks);
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      Objects.checkFromIndexSize(off, len, b.length);
      if (len == 0) {
        return 0;
      }
      byte[] c = chunks.peekFirst();
      while (c != null && pos == c.length) {
        chunks.pollFirst();
        pos = 0;
        c = chunks.peekFirst();
      }
      if (c == null) {
        return -1;
      }
      int n = Math.min(len, c.length - pos);
      System.arraycopy(c, pos, b, off, n);
      pos += n;
      return n;
    }
  }

  private static MsgFormatException corrupt(Exception e) {
    return new MsgFormatException("corrupt compound file: " + e, "/", OptionalInt.empty(), -1, MessagePath.ROOT, e);
  }

  /**
   * Checks the compound file header: size, signature, sector size, and that the FAT sectors it
   * declares address no more than the bytes present (POIFS allocates that much when reading a
   * stream).
   */
  private static void checkHeader(byte[] header, long size) throws MsgFormatException {
    if (size < HEADER_SIZE) {
      throw new MsgFormatException("not a compound file: " + size + " bytes, a compound file header alone has 512",
          "/", OptionalInt.empty(), 0, MessagePath.ROOT, null);
    }
    ByteBuffer b = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
    if (b.getLong(0) != SIGNATURE) {
      throw new MsgFormatException(String.format(java.util.Locale.ROOT,
          "not a compound file: signature 0x%016X, expected 0x%016X", Long.reverseBytes(b.getLong(0)),
          Long.reverseBytes(SIGNATURE)), "/", OptionalInt.empty(), 0, MessagePath.ROOT, null);
    }
    int shift = b.getShort(0x1E) & 0xFFFF;
    if (shift != 9 && shift != 12) {
      throw new MsgFormatException("corrupt compound file header: sector shift " + shift + ", expected 9 or 12",
          "/", OptionalInt.empty(), 0x1E, MessagePath.ROOT, null);
    }
    long sector = 1L << shift;
    long fatSectors = Integer.toUnsignedLong(b.getInt(0x2C));
    long addressed = (1 + fatSectors * (sector / 4)) * sector;
    long slack = (sector / 4) * sector + sector;
    if (addressed > size + slack) {
      throw new MsgFormatException("corrupt compound file header: " + fatSectors + " FAT sectors address "
          + addressed + " bytes, but the file has " + size, "/", OptionalInt.empty(), 0x2C, MessagePath.ROOT, null);
    }
  }

  /**
   * Returns the size of the container.
   *
   * @return the file size in bytes; no stream can be larger
   */
  public long containerSize() {
    return containerSize;
  }

  /**
   * Returns the root storage.
   *
   * @return the root, path {@code /}
   * @throws CorruptContainerException when the directory cannot be walked
   */
  public Dir root() throws CorruptContainerException {
    return new Dir(fs.getRoot(), "/", "Root Entry");
  }

  @Override
  public void close() throws IOException {
    fs.close();
  }

  /** A storage or a stream. */
  public sealed interface Node permits Dir, Doc {
    /**
     * Returns the entry name.
     *
     * @return the name within the parent storage
     */
    String name();

    /**
     * Returns the path from the root.
     *
     * @return for example {@code /__recip_version1.0_#00000000/__properties_version1.0}
     */
    String path();
  }

  /** A storage. */
  public static final class Dir implements Node {
    private final DirectoryEntry entry;
    private final String path;
    private final String name;
    private @Nullable List<Node> children;
    private @Nullable NameIndex<Node> index;

    Dir(DirectoryEntry entry, String path, String name) {
      this.entry = entry;
      this.path = path;
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String path() {
      return path;
    }

    /**
     * Returns the path of a child.
     *
     * @param childName the child's name
     * @return the child's path
     */
    public String childPath(String childName) {
      return path.endsWith("/") ? path + childName : path + "/" + childName;
    }

    /**
     * Returns the storage CLSID.
     *
     * @return the class id; the nil UUID when none is set
     */
    public UUID classId() {
      ClassID c = entry.getStorageClsid();
      if (c == null) {
        return new UUID(0, 0);
      }
      byte[] wire = new byte[16];
      c.write(wire, 0);
      return PropertyValue.Guid.fromWireBytes(wire, 0);
    }

    /**
     * Returns the children sorted by name ({@link String#compareTo(String)}).
     *
     * @return an unmodifiable list
     * @throws CorruptContainerException when the directory cannot be walked
     */
    public List<Node> children() throws CorruptContainerException {
      if (children == null) {
        List<Node> l = new ArrayList<>();
        try {
          for (org.apache.poi.poifs.filesystem.Entry e : entry) {
            String n = e.getName();
            if (e instanceof DirectoryEntry d) {
              l.add(new Dir(d, childPath(n), n));
            } else if (e instanceof DocumentEntry doc) {
              l.add(new Doc(doc, childPath(n), n));
            }
          }
        } catch (RuntimeException e) {
          throw new CorruptContainerException("cannot list storage " + path + ": " + e, e);
        }
        l.sort(Comparator.comparing(Node::name));
        children = Collections.unmodifiableList(l);
      }
      return children;
    }

    /**
     * Returns the child with a name.
     *
     * @param childName the name
     * @return the child, or null
     * @throws CorruptContainerException when the directory cannot be walked
     */
    public @Nullable Node child(String childName) throws CorruptContainerException {
      return index().exact(childName);
    }

    /**
     * Returns the child with a name, compared exactly first and then, as [MS-CFB] section 2.6.4
     * compares entry names, ignoring case ({@link NameIndex}, built once per storage).
     *
     * @param childName the name
     * @return the child of exactly that name, else the first child in name order whose name equals
     *     it ignoring case, or null
     * @throws CorruptContainerException when the directory cannot be walked
     */
    public @Nullable Node childAnyCase(String childName) throws CorruptContainerException {
      return index().anyCase(childName);
    }

    private NameIndex<Node> index() throws CorruptContainerException {
      if (index == null) {
        index = NameIndex.of(children(), Node::name);
      }
      return index;
    }
  }

  /** A stream. */
  public static final class Doc implements Node {
    private final DocumentEntry entry;
    private final String path;
    private final String name;

    Doc(DocumentEntry entry, String path, String name) {
      this.entry = entry;
      this.path = path;
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String path() {
      return path;
    }

    /**
     * Returns the size the directory entry declares.
     *
     * @return the size in bytes as an unsigned number
     */
    public long size() {
      return Integer.toUnsignedLong(entry.getSize());
    }

    /**
     * Reads the whole stream into one array of its size.
     *
     * @return the bytes
     * @throws CorruptContainerException when the sector chain is broken or shorter than the size
     * @throws IOException when reading the file fails
     */
    public Bytes read() throws IOException {
      long size = size();
      if (size > Integer.MAX_VALUE - 8) {
        throw new CorruptContainerException("stream " + path + " declares " + size + " bytes", null);
      }
      try (DocumentInputStream in = new DocumentInputStream(entry)) {
        return Bytes.read(in, (int) size);
      } catch (EOFException e) {
        throw new CorruptContainerException("stream " + path + " ends before its declared " + size + " bytes", e);
      } catch (RuntimeException e) {
        throw new CorruptContainerException("cannot read stream " + path + ": " + e, e);
      }
    }

    /**
     * Reads the last bytes of the stream without reading the bytes before them into memory.
     *
     * @param count the most bytes to read, 0 or more
     * @return the last {@code count} bytes, or the whole stream when it is shorter
     * @throws CorruptContainerException when the sector chain is broken or shorter than the size
     * @throws IOException when reading the file fails
     */
    public Bytes tail(int count) throws IOException {
      long size = size();
      int n = (int) Math.min(count, size);
      if (n == 0) {
        return Bytes.EMPTY;
      }
      try (DocumentInputStream in = new DocumentInputStream(entry)) {
        long toSkip = size - n;
        while (toSkip > 0) {
          long k = in.skip(toSkip);
          if (k <= 0) {
            throw new CorruptContainerException("stream " + path + " ends before its declared " + size + " bytes",
                null);
          }
          toSkip -= k;
        }
        byte[] t = new byte[n];
        in.readFully(t);
        return Bytes.of(t);
      } catch (EOFException e) {
        throw new CorruptContainerException("stream " + path + " ends before its declared " + size + " bytes", e);
      } catch (RuntimeException e) {
        throw new CorruptContainerException("cannot read stream " + path + ": " + e, e);
      }
    }
  }
}
