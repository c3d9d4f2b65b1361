package org.xms4j.mapi;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * An immutable sequence of bytes: the value of PtypBinary properties, attachment data and raw
 * undecoded values.
 *
 * <p>The bytes are copied in on creation and never handed out: {@link #toByteArray()} returns a
 * copy, {@link #asInputStream()} and {@link #asReadOnlyBuffer()} read without copying. Sizes and
 * offsets are in bytes. Equality is by content.
 */
public final class Bytes implements Comparable<Bytes> {

  /** The empty byte sequence. */
  public static final Bytes EMPTY = new Bytes(new byte[0]);

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final byte[] data;
  private int hash;

  private Bytes(byte[] data) {
    this.data = data;
  }

  /**
   * Returns a sequence holding a copy of the given bytes.
   *
   * @param bytes the bytes to copy
   * @return the sequence
   */
  public static Bytes of(byte... bytes) {
    return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
  }

  /**
   * Returns a sequence holding a copy of a range of the given bytes.
   *
   * @param bytes the source array
   * @param offset the index of the first byte
   * @param length the number of bytes
   * @return the sequence
   * @throws IndexOutOfBoundsException when the range is outside the array
   */
  public static Bytes of(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    return new Bytes(Arrays.copyOfRange(bytes, offset, offset + length));
  }

  /**
   * Returns the text encoded in the given charset.
   *
   * @param text the text
   * @param charset the charset, for example UTF-8
   * @return the encoded bytes
   */
  public static Bytes encode(String text, Charset charset) {
    return new Bytes(text.getBytes(charset));
  }

  /**
   * Parses hex digits (upper or lower case, no separators).
   *
   * @param hex an even number of hex digits
   * @return the bytes
   * @throws IllegalArgumentException when the text is not an even number of hex digits
   */
  public static Bytes fromHex(String hex) {
    if (hex.length() % 2 != 0) {
      throw new IllegalArgumentException("expected an even number of hex digits, was " + hex.length());
    }
    byte[] out = new byte[hex.length() / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = Character.digit(hex.charAt(2 * i), 16);
      int lo = Character.digit(hex.charAt(2 * i + 1), 16);
      if (hi < 0 || lo < 0) {
        throw new IllegalArgumentException("not a hex digit at index " + (2 * i) + " of \"" + hex + "\"");
      }
      out[i] = (byte) (hi << 4 | lo);
    }
    return new Bytes(out);
  }

  /**
   * Reads exactly {@code sizeInBytes} bytes from a stream into a new sequence, with no copy beyond
   * the one array of that size.
   *
   * @param in the stream; not closed
   * @param sizeInBytes the number of bytes to read, 0 or more
   * @return the bytes read
   * @throws EOFException when the stream ends before {@code sizeInBytes} bytes
   * @throws IOException when reading fails
   * @throws IllegalArgumentException when {@code sizeInBytes} is negative
   */
  public static Bytes read(InputStream in, int sizeInBytes) throws IOException {
    if (sizeInBytes < 0) {
      throw new IllegalArgumentException("sizeInBytes < 0: " + sizeInBytes);
    }
    byte[] buf = new byte[sizeInBytes];
    int n = 0;
    while (n < sizeInBytes) {
      int r = in.read(buf, n, sizeInBytes - n);
      if (r < 0) {
        throw new EOFException("expected " + sizeInBytes + " bytes, stream ended after " + n);
      }
      n += r;
    }
    return sizeInBytes == 0 ? EMPTY : new Bytes(buf);
  }

  /**
   * Returns the number of bytes.
   *
   * @return the size in bytes
   */
  public int size() {
    return data.length;
  }

  /**
   * Tells whether the sequence is empty.
   *
   * @return true when {@link #size()} is 0
   */
  public boolean isEmpty() {
    return data.length == 0;
  }

  /**
   * Returns one byte.
   *
   * @param index the index, 0 to {@code size() - 1}
   * @return the byte
   * @throws IndexOutOfBoundsException when the index is out of range
   */
  public byte byteAt(int index) {
    return data[index];
  }

  /**
   * Returns a copy of the bytes.
   *
   * @return a new array
   */
  public byte[] toByteArray() {
    return data.clone();
  }

  /**
   * Returns a sub-sequence.
   *
   * @param fromIndex first index, inclusive
   * @param toIndex last index, exclusive
   * @return the bytes in the range
   * @throws IndexOutOfBoundsException when the range is invalid
   */
  public Bytes slice(int fromIndex, int toIndex) {
    Objects.checkFromToIndex(fromIndex, toIndex, data.length);
    return new Bytes(Arrays.copyOfRange(data, fromIndex, toIndex));
  }

  /**
   * Returns a stream reading the bytes without copying them.
   *
   * @return a new input stream
   */
  public InputStream asInputStream() {
    return new ByteArrayInputStream(data);
  }

  /**
   * Returns a read-only buffer over the bytes without copying them.
   *
   * @return a read-only buffer, position 0, limit {@link #size()}
   */
  public ByteBuffer asReadOnlyBuffer() {
    return ByteBuffer.wrap(data).asReadOnlyBuffer();
  }

  /**
   * Writes the bytes to a stream.
   *
   * @param out the stream; not closed
   * @throws IOException when writing fails
   */
  public void writeTo(OutputStream out) throws IOException {
    out.write(data);
  }

  /**
   * Decodes the bytes as text.
   *
   * @param charset the charset; malformed input is replaced with U+FFFD
   * @return the text
   */
  public String decode(Charset charset) {
    return new String(data, charset);
  }

  /**
   * Returns the bytes as upper-case hex digits without separators.
   *
   * @return two hex digits per byte
   */
  public String hex() {
    char[] out = new char[data.length * 2];
    for (int i = 0; i < data.length; i++) {
      out[2 * i] = HEX[(data[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[data[i] & 0xF];
    }
    return new String(out);
  }

  /**
   * Returns the SHA-256 digest of the bytes as lower-case hex.
   *
   * @return 64 hex digits
   */
  public String sha256Hex() {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(data);
      return Bytes.of(d).hex().toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * Tells whether the bytes start with the given prefix.
   *
   * @param prefix the prefix
   * @return true when the first bytes equal the prefix
   */
  public boolean startsWith(Bytes prefix) {
    return prefix.size() <= size()
        && Arrays.equals(data, 0, prefix.size(), prefix.data, 0, prefix.size());
  }

  /**
   * Compares lexicographically as unsigned bytes.
   *
   * @param other the other sequence
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Bytes other) {
    return Arrays.compareUnsigned(data, other.data);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes b && Arrays.equals(data, b.data);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0 && data.length > 0) {
      h = Arrays.hashCode(data);
      hash = h;
    }
    return h;
  }

  /**
   * Returns a short description: the size and, for up to 32 bytes, the hex digits.
   *
   * @return for example {@code [3 bytes] 010203}
   */
  @Override
  public String toString() {
    return data.length <= 32 ? "[" + data.length + " bytes] " + hex()
        : "[" + data.length + " bytes] " + slice(0, 32).hex() + "...";
  }
}
