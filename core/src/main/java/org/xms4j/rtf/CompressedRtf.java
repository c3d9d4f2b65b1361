package org.xms4j.rtf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The compressed-RTF format of PidTagRtfCompressed: decompression of LZFu and MELA data, LZFu
 * compression, MELA wrapping and the CRC of the format.
 *
 * <p>Specified by [MS-OXRTFCP]: the header and grammar of section 2.1.3.1.1, dictionary references
 * (section 2.1.3.1.5), the CRC (section 2.1.3.2), compression with COMPTYPE COMPRESSED (section
 * 2.3.3.2, with the longest-match search of section 2.3.3.2.1) and the worked examples of section
 * 3.1. All sizes are in bytes and all methods are deterministic: the same input always gives the
 * same output.
 *
 * <pre>{@code
 * byte[] stored = CompressedRtf.compress(rtf);       // PidTagRtfCompressed value, COMPTYPE LZFu
 * byte[] again = CompressedRtf.decompress(stored);   // equals rtf
 * }</pre>
 *
 * <p>Interoperability note: the initial dictionary holds CR LF (0x0D 0x0A) at offsets 168 and 169,
 * as [MS-OXRTFCP] 2.1.3.1.6 prints it. Some readers (Apache POI, MSGReader, Email::Outlook::Message)
 * hold LF CR there, so they misread a dictionary reference to those two offsets. The compressor only
 * refers to them for input that contains CR or LF bytes; RTF without raw line breaks (such as
 * {@link EncapsulatedHtml#encapsulate(String)} writes) is read alike by every reader.
 */
public final class CompressedRtf {

  /** COMPTYPE of compressed data, {@code "LZFu"} read as a little-endian DWORD: 0x75465A4C. */
  public static final int COMPRESSED = 0x75465A4C;
  /** COMPTYPE of uncompressed data, {@code "MELA"} read as a little-endian DWORD: 0x414C454D. */
  public static final int UNCOMPRESSED = 0x414C454D;
  /** The size of the header (COMPSIZE, RAWSIZE, COMPTYPE, CRC) in bytes: 16. */
  public static final int HEADER_SIZE = 16;
  /**
   * The RAWSIZE above which {@link #decompress(byte[])} refuses the data, in bytes: 256 MiB (see
   * {@link RtfLimitExceededException}).
   */
  public static final int DEFAULT_MAX_RAW_SIZE = 256 * 1024 * 1024;

  /**
   * The largest input {@link #compress(byte[])} takes, in bytes: 1 GiB, so that the worst case
   * (every byte a literal, one control byte per 8) still fits one array.
   */
  public static final int MAX_COMPRESS_SIZE = 1024 * 1024 * 1024;

  /** The size of the dictionary in bytes. */
  static final int DICTIONARY_SIZE = 4096;
  /**
   * The most dictionary offsets {@link #compress(byte[])} tries for one token: 256, the most recently
   * written of those that hold the input's next byte.
   */
  public static final int MAX_CANDIDATES = 256;
  /** The longest match a dictionary reference can express, in bytes. */
  static final int MAX_MATCH = 17;
  /** The most output bytes one byte of LZFu contents can yield: a control byte and 8 references of 17 bytes. */
  private static final int MAX_EXPANSION = 8;
  /** The initial contents of the dictionary, 207 bytes, CR LF at offsets 168 and 169 ([MS-OXRTFCP] 3.1.1.3). */
  static final byte[] INITIAL_DICTIONARY = ("{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman "
      + "\\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0"
      + "\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx").getBytes(StandardCharsets.US_ASCII);

  private static final int[] CRC_TABLE = crcTable();

  private CompressedRtf() {
  }

  /**
   * The header of compressed RTF ([MS-OXRTFCP] 2.1.3.1.1). The sizes are DWORDs read as unsigned
   * numbers.
   *
   * @param compSize COMPSIZE: the size of the contents plus 12, in bytes
   * @param rawSize RAWSIZE: the size of the uncompressed RTF, in bytes
   * @param compType COMPTYPE: {@link #COMPRESSED} or {@link #UNCOMPRESSED}
   * @param crc CRC: the CRC of the contents for LZFu ([MS-OXRTFCP] 2.1.3.2), 0 for MELA
   */
  public record Header(long compSize, long rawSize, int compType, int crc) {

    /**
     * Returns whether COMPTYPE is LZFu, so that the contents are compressed.
     *
     * @return true for {@link #COMPRESSED}, false for {@link #UNCOMPRESSED}
     */
    public boolean compressed() {
      return compType == COMPRESSED;
    }
  }

  /**
   * Reads and checks the header: the value holds at least the 16 header bytes, COMPSIZE is the size
   * of the value less 4 bytes and COMPTYPE is LZFu or MELA. The CRC and the contents are checked by
   * {@link #decompress(byte[], int)}.
   *
   * @param data the value of PidTagRtfCompressed
   * @return the header
   * @throws RtfFormatException when the value is shorter than 16 bytes (offset 0), COMPSIZE does not
   *     match the size (offset 0) or COMPTYPE is neither LZFu nor MELA (offset 8)
   */
  public static Header header(byte[] data) throws RtfFormatException {
    Objects.requireNonNull(data, "data");
    if (data.length < HEADER_SIZE) {
      throw new RtfFormatException("expected a 16-byte [MS-OXRTFCP] header and data, was " + data.length
          + (data.length == 1 ? " byte" : " bytes"), 0);
    }
    long compSize = Integer.toUnsignedLong(le32(data, 0));
    long rawSize = Integer.toUnsignedLong(le32(data, 4));
    int compType = le32(data, 8);
    int crc = le32(data, 12);
    if (compSize != data.length - 4L) {
      throw new RtfFormatException("expected COMPSIZE " + (data.length - 4) + " (the size less 4 bytes), was "
          + compSize, 0);
    }
    if (compType != COMPRESSED && compType != UNCOMPRESSED) {
      throw new RtfFormatException(hex("expected COMPTYPE LZFu (0x75465A4C) or MELA (0x414C454D), was 0x%08X",
          compType), 8);
    }
    return new Header(compSize, rawSize, compType, crc);
  }

  /**
   * Decompresses the value of PidTagRtfCompressed, refusing a RAWSIZE above
   * {@link #DEFAULT_MAX_RAW_SIZE}.
   *
   * @param data the value of PidTagRtfCompressed: header and contents
   * @return the RTF, RAWSIZE bytes
   * @throws RtfFormatException as {@link #decompress(byte[], int)}
   */
  public static byte[] decompress(byte[] data) throws RtfFormatException {
    return decompress(data, DEFAULT_MAX_RAW_SIZE);
  }

  /**
   * Decompresses the value of PidTagRtfCompressed ([MS-OXRTFCP] 2.1.3.1.1, 2.1.3.1.5).
   *
   * <p>MELA contents are returned as they are. LZFu contents are decoded run by run until the
   * dictionary reference whose offset is the dictionary's write offset; bytes after it are the
   * padding the grammar allows. Memory is bounded before anything is allocated: RAWSIZE may exceed
   * neither what the contents can expand to (8 bytes per byte) nor {@code maxRawSizeInBytes}. The
   * header, the CRC and that bound are checked before the limit, so an
   * {@link RtfLimitExceededException} means the data passed them and was only too large to read.
   *
   * @param data the value of PidTagRtfCompressed: header and contents
   * @param maxRawSizeInBytes the largest RAWSIZE accepted, in bytes, at least 0
   * @return the RTF, RAWSIZE bytes
   * @throws RtfLimitExceededException when RAWSIZE exceeds {@code maxRawSizeInBytes} (offset 4), a
   *     limit of the reader rather than a fault of the data
   * @throws RtfFormatException when the header is wrong ({@link #header(byte[])}); RAWSIZE exceeds
   *     what the contents can hold (offset 4); the CRC of LZFu contents differs from the CRC field, or
   *     the CRC of MELA contents is not 0 (offset 12); MELA contents are not RAWSIZE bytes (offset 4);
   *     LZFu contents end before the end reference (offset of the missing byte); or they decode to more
   *     or fewer bytes than RAWSIZE (offset of the token that overflows, or 4)
   * @throws IllegalArgumentException when {@code maxRawSizeInBytes} is negative
   */
  public static byte[] decompress(byte[] data, int maxRawSizeInBytes) throws RtfFormatException {
    if (maxRawSizeInBytes < 0) {
      throw new IllegalArgumentException("maxRawSizeInBytes < 0: " + maxRawSizeInBytes);
    }
    Header h = checkedHeader(data);
    if (h.rawSize() > maxRawSizeInBytes) {
      throw new RtfLimitExceededException(h.rawSize(), maxRawSizeInBytes);
    }
    if (!h.compressed()) {
      return Arrays.copyOfRange(data, HEADER_SIZE, data.length);
    }
    byte[] out = new byte[(int) h.rawSize()];
    inflate(data, h.rawSize(), out);
    return out;
  }

  /**
   * Checks the value of PidTagRtfCompressed as {@link #decompress(byte[], int)} does, whatever its
   * RAWSIZE and without holding the RTF: LZFu contents are decoded into the 4096-byte dictionary
   * only, counting the bytes they produce. This is how a validator tells valid data from invalid data
   * of any size ([MS-OXRTFCP] 2.1.3.1.1, 2.1.3.1.5, 2.1.3.2).
   *
   * @param data the value of PidTagRtfCompressed: header and contents
   * @throws RtfFormatException when the value is not valid, as {@link #decompress(byte[], int)} says
   *     (never {@link RtfLimitExceededException})
   */
  public static void validate(byte[] data) throws RtfFormatException {
    Header h = checkedHeader(data);
    if (h.compressed()) {
      inflate(data, h.rawSize(), null);
    }
  }

  /** Reads the header and checks what can be checked without decoding: the CRC and RAWSIZE against the contents. */
  private static Header checkedHeader(byte[] data) throws RtfFormatException {
    Header h = header(data);
    long contents = data.length - (long) HEADER_SIZE;
    if (!h.compressed()) {
      if (h.crc() != 0) {
        throw new RtfFormatException(hex("expected CRC 0x00000000 for uncompressed (MELA) RTF, was 0x%08X", h.crc()),
            12);
      }
      if (h.rawSize() != contents) {
        throw new RtfFormatException("expected RAWSIZE " + contents + " (the bytes after the header) for "
            + "uncompressed (MELA) RTF, was " + h.rawSize(), 4);
      }
      return h;
    }
    int actual = crc(data, HEADER_SIZE, data.length);
    if (actual != h.crc()) {
      throw new RtfFormatException(hex2("expected CRC 0x%08X (of the compressed data), was 0x%08X", actual, h.crc()),
          12);
    }
    if (h.rawSize() > contents * MAX_EXPANSION) {
      throw new RtfFormatException("RAWSIZE " + h.rawSize() + " is more than " + contents
          + " bytes of compressed data can hold (" + contents * MAX_EXPANSION + " bytes)", 4);
    }
    return h;
  }

  /** Decodes LZFu contents of RAWSIZE {@code rawSize} into {@code out}, or only counts them when it is null. */
  private static void inflate(byte[] data, long rawSize, byte @Nullable [] out) throws RtfFormatException {
    byte[] dict = new byte[DICTIONARY_SIZE];
    System.arraycopy(INITIAL_DICTIONARY, 0, dict, 0, INITIAL_DICTIONARY.length);
    int write = INITIAL_DICTIONARY.length;
    long produced = 0;
    int i = HEADER_SIZE;
    while (true) {
      if (i >= data.length) {
        throw new RtfFormatException("expected a control byte, was the end of the data (no end reference)", i);
      }
      int control = data[i++] & 0xFF;
      for (int bit = 0; bit < 8; bit++) {
        if (i >= data.length) {
          throw new RtfFormatException("expected a token, was the end of the data (no end reference)", i);
        }
        if ((control & (1 << bit)) == 0) {
          if (produced == rawSize) {
            throw new RtfFormatException("expected no data beyond RAWSIZE " + rawSize + ", was a literal", i);
          }
          byte b = data[i++];
          if (out != null) {
            out[(int) produced] = b;
          }
          produced++;
          dict[write] = b;
          write = (write + 1) & (DICTIONARY_SIZE - 1);
          continue;
        }
        if (i + 1 >= data.length) {
          throw new RtfFormatException("expected a 2-byte dictionary reference, was 1 byte before the end of the data",
              i);
        }
        int ref = (data[i] & 0xFF) << 8 | (data[i + 1] & 0xFF);
        int offset = ref >>> 4;
        int length = (ref & 0xF) + 2;
        if (offset == write) {
          if (produced != rawSize) {
            throw new RtfFormatException("expected RAWSIZE " + produced + " (the bytes the data decodes to), was "
                + rawSize, 4);
          }
          return;
        }
        if (length > rawSize - produced) {
          throw new RtfFormatException("expected no data beyond RAWSIZE " + rawSize + ", was a reference to "
              + length + " bytes with " + (rawSize - produced) + " left", i);
        }
        i += 2;
        for (int k = 0; k < length; k++) {
          byte b = dict[(offset + k) & (DICTIONARY_SIZE - 1)];
          if (out != null) {
            out[(int) produced] = b;
          }
          produced++;
          dict[write] = b;
          write = (write + 1) & (DICTIONARY_SIZE - 1);
        }
      }
    }
  }

  /**
   * Compresses RTF (or any bytes) into the value of PidTagRtfCompressed with COMPTYPE LZFu
   * ([MS-OXRTFCP] 2.3.3.2).
   *
   * <p>Each token is the longest match of at most 17 bytes in the dictionary, searched in the order
   * of [MS-OXRTFCP] 2.3.3.2.1 (the first of equal length wins), or a literal when no match of 2 bytes
   * or more exists; a match may run into the bytes it produces, as a reader copies them. The data
   * ends with the reference to the write offset and has no padding; the CRC covers the contents.
   * The spec's examples (section 3.1.1 and 3.1.2) come out byte for byte.
   *
   * <p>Cost bound: a search tries only the dictionary offsets that hold the input's next byte, and
   * of those at most the {@value #MAX_CANDIDATES} most recently written, so each token costs at most
   * {@value #MAX_CANDIDATES} &times; 17 byte comparisons plus a walk over the 64 words of a bit index,
   * and compression time is linear in the input size whatever its contents. Where more offsets hold
   * the byte, a longer match at an older offset may be missed; the output is valid all the same (any
   * match is), only possibly longer. With fewer candidates the search is exactly the spec's.
   *
   * @param rtf the bytes to compress, at most {@link #MAX_COMPRESS_SIZE} bytes
   * @return the value: the 16-byte header and the compressed contents
   * @throws IllegalArgumentException when the input is larger than {@link #MAX_COMPRESS_SIZE}
   */
  public static byte[] compress(byte[] rtf) {
    Objects.requireNonNull(rtf, "rtf");
    if (rtf.length > MAX_COMPRESS_SIZE) {
      throw new IllegalArgumentException("rtf larger than " + MAX_COMPRESS_SIZE + " bytes: " + rtf.length);
    }
    Compressor c = new Compressor(rtf);
    byte[] contents = c.run();
    byte[] out = new byte[HEADER_SIZE + contents.length];
    putLe32(out, 0, contents.length + 12);
    putLe32(out, 4, rtf.length);
    putLe32(out, 8, COMPRESSED);
    putLe32(out, 12, crc(contents, 0, contents.length));
    System.arraycopy(contents, 0, out, HEADER_SIZE, contents.length);
    return out;
  }

  /**
   * Wraps RTF unchanged into the value of PidTagRtfCompressed with COMPTYPE MELA (uncompressed):
   * COMPSIZE the size plus 12, RAWSIZE the size, CRC 0 ([MS-OXRTFCP] 2.1.3.1.1).
   *
   * @param rtf the RTF, at most {@code Integer.MAX_VALUE - 16} bytes
   * @return the value: the 16-byte header and the RTF
   * @throws IllegalArgumentException when the RTF is too large for one array with the header
   */
  public static byte[] wrapUncompressed(byte[] rtf) {
    Objects.requireNonNull(rtf, "rtf");
    if (rtf.length > Integer.MAX_VALUE - 8 - HEADER_SIZE) {
      throw new IllegalArgumentException("rtf too large for one array with the header: " + rtf.length + " bytes");
    }
    byte[] out = new byte[HEADER_SIZE + rtf.length];
    putLe32(out, 0, rtf.length + 12);
    putLe32(out, 4, rtf.length);
    putLe32(out, 8, UNCOMPRESSED);
    System.arraycopy(rtf, 0, out, HEADER_SIZE, rtf.length);
    return out;
  }

  /**
   * Computes the CRC of [MS-OXRTFCP] 2.1.3.2 over a range: the CRC-32 table (polynomial 0xEDB88320),
   * initial value 0 and no final inversion.
   *
   * @param data the bytes
   * @param fromIndex the first byte, inclusive
   * @param toIndex the end, exclusive
   * @return the CRC
   * @throws IndexOutOfBoundsException when the range is outside the array
   */
  public static int crc(byte[] data, int fromIndex, int toIndex) {
    Objects.checkFromToIndex(fromIndex, toIndex, data.length);
    int crc = 0;
    for (int i = fromIndex; i < toIndex; i++) {
      crc = CRC_TABLE[(crc ^ data[i]) & 0xFF] ^ (crc >>> 8);
    }
    return crc;
  }

  private static int[] crcTable() {
    int[] t = new int[256];
    for (int n = 0; n < 256; n++) {
      int c = n;
      for (int k = 0; k < 8; k++) {
        c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
      }
      t[n] = c;
    }
    return t;
  }

  static int le32(byte[] b, int off) {
    return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8 | (b[off + 2] & 0xFF) << 16 | (b[off + 3] & 0xFF) << 24;
  }

  private static void putLe32(byte[] b, int off, int v) {
    b[off] = (byte) v;
    b[off + 1] = (byte) (v >>> 8);
    b[off + 2] = (byte) (v >>> 16);
    b[off + 3] = (byte) (v >>> 24);
  }

  private static String hex(String format, int value) {
    return String.format(Locale.ROOT, format, value);
  }

  private static String hex2(String format, int a, int b) {
    return String.format(Locale.ROOT, format, a, b);
  }

  /**
   * The LZFu writer: the dictionary, an index of where each byte value sits in it, and the output
   * runs.
   *
   * <p>The search of [MS-OXRTFCP] 2.3.3.2.1 tries every dictionary offset in order (from 0 while the
   * dictionary is filling, from the write offset + 1 once it is full) up to the write offset and
   * keeps the first longest match. Here only offsets holding the input's first byte are tried (an
   * index of bitsets per byte value), and of those only the {@link #MAX_CANDIDATES} most recently
   * written, still in the spec's order; with fewer candidates that is the spec's match. A match is
   * measured against the dictionary as a reader sees it while it copies: a byte at or after the write
   * offset is the input byte the copy has already produced there.
   *
   * <p>It counts its work ({@link #searches()}, {@link #mostCandidates()}, {@link #bytesCompared()})
   * so that tests can check the bound without timing anything.
   */
  static final class Compressor {
    private static final int MASK = DICTIONARY_SIZE - 1;
    private static final int WORDS = DICTIONARY_SIZE / 64;

    private final byte[] in;
    private final byte[] dict = new byte[DICTIONARY_SIZE];
    private final long[][] where = new long[256][WORDS];
    /** The offsets one search tries, the most recently written first. */
    private final int[] candidates = new int[MAX_CANDIDATES];
    private int write = INITIAL_DICTIONARY.length;
    private boolean full;
    private byte[] out;
    private int size;
    private int bestLength;
    private int bestOffset;
    private long searches;
    private int mostCandidates;
    private long bytesCompared;

    Compressor(byte[] in) {
      this.in = in;
      System.arraycopy(INITIAL_DICTIONARY, 0, dict, 0, INITIAL_DICTIONARY.length);
      for (int p = 0; p < DICTIONARY_SIZE; p++) {
        where[dict[p] & 0xFF][p >>> 6] |= 1L << p;
      }
      this.out = new byte[Math.max(64, in.length / 2)];
    }

    /** Returns the number of longest-match searches made: one per token. */
    long searches() {
      return searches;
    }

    /** Returns the most dictionary offsets one search tried. */
    int mostCandidates() {
      return mostCandidates;
    }

    /** Returns the number of byte comparisons all searches made together. */
    long bytesCompared() {
      return bytesCompared;
    }

    byte[] run() {
      int cursor = 0;
      int control = -1;
      int tokens = 0;
      while (cursor < in.length) {
        if (tokens == 0) {
          control = size;
          append(0);
        }
        int max = Math.min(MAX_MATCH, in.length - cursor);
        long match = longestMatch(cursor, max);
        int length = (int) (match >>> 32);
        if (length <= 1) {
          append(in[cursor]);
          add(in[cursor]);
          cursor++;
        } else {
          int offset = (int) match;
          out[control] |= (byte) (1 << tokens);
          int ref = offset << 4 | (length - 2);
          append(ref >>> 8);
          append(ref);
          for (int k = 0; k < length; k++) {
            add(in[cursor + k]);
          }
          cursor += length;
        }
        tokens = (tokens + 1) & 7;
      }
      if (tokens == 0) {
        control = size;
        append(0);
      }
      out[control] |= (byte) (1 << tokens);
      append(write >>> 4);
      append(write << 4);
      return Arrays.copyOf(out, size);
    }

    /** Returns the best match as (length << 32 | offset); length 0 or 1 means a literal. */
    private long longestMatch(int cursor, int max) {
      long[] bits = where[in[cursor] & 0xFF];
      bestLength = 0;
      bestOffset = 0;
      // the spec's order is circular: from the write offset + 1 (0 while filling) up to the write offset;
      // collect from the most recent back, then try the collected ones oldest first
      int n = collect(bits, 0, write, 0);
      if (full) {
        n = collect(bits, write + 1, DICTIONARY_SIZE, n);
      }
      searches++;
      mostCandidates = Math.max(mostCandidates, n);
      for (int i = n - 1; i >= 0; i--) {
        int p = candidates[i];
        int length = matchLength(p, cursor, max);
        if (length > bestLength) {
          bestLength = length;
          bestOffset = p;
          if (length == max) {
            break;
          }
        }
      }
      return (long) bestLength << 32 | bestOffset;
    }

    /**
     * Adds the offsets of [from, to) whose bit is set to {@link #candidates}, the highest first, until
     * it holds {@link #MAX_CANDIDATES}; returns the new count.
     */
    private int collect(long[] bits, int from, int to, int count) {
      int n = count;
      int p = to - 1;
      while (n < MAX_CANDIDATES && p >= from) {
        int word = p >>> 6;
        long w = bits[word] & (-1L >>> (63 - (p & 63)));
        if (w == 0) {
          p = (word << 6) - 1;
          continue;
        }
        int q = (word << 6) + 63 - Long.numberOfLeadingZeros(w);
        if (q < from) {
          break;
        }
        candidates[n++] = q;
        p = q - 1;
      }
      return n;
    }

    private int matchLength(int p, int cursor, int max) {
      int behind = (write - p) & MASK;
      int length = 0;
      while (length < max) {
        bytesCompared++;
        byte d = length >= behind ? in[cursor + length - behind] : dict[(p + length) & MASK];
        if (d != in[cursor + length]) {
          break;
        }
        length++;
      }
      return length;
    }

    private void add(byte b) {
      int old = dict[write] & 0xFF;
      where[old][write >>> 6] &= ~(1L << write);
      dict[write] = b;
      where[b & 0xFF][write >>> 6] |= 1L << write;
      write = (write + 1) & MASK;
      if (write == 0) {
        full = true;
      }
    }

    private void append(int b) {
      if (size == out.length) {
        out = Arrays.copyOf(out, (int) Math.min(Integer.MAX_VALUE - 8L, out.length * 2L));
      }
      out[size++] = (byte) b;
    }
  }
}
