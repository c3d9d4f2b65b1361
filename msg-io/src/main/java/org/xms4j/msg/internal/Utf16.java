package org.xms4j.msg.internal;

/**
 * UTF-16LE conversion that keeps every code unit, unpaired surrogates included.
 *
 * <p>{@code new String(bytes, UTF_16LE)} and {@code String.getBytes(UTF_16LE)} replace unpaired
 * surrogates; a PtypString may hold them, so they are converted here code unit by code unit.
 *
 * <p>Specified by [MS-OXCDATA] section 2.11.1 (PtypString: UTF-16LE).
 */
public final class Utf16 {

  private Utf16() {
  }

  /**
   * Decodes UTF-16LE code units.
   *
   * @param b the bytes
   * @param offset the index of the first byte
   * @param length the number of bytes; must be even
   * @return the text, one char per code unit
   * @throws IllegalArgumentException when {@code length} is odd
   * @throws IndexOutOfBoundsException when the range is outside the array
   */
  public static String decode(byte[] b, int offset, int length) {
    if ((length & 1) != 0) {
      throw new IllegalArgumentException("odd byte count " + length + " for UTF-16LE");
    }
    java.util.Objects.checkFromIndexSize(offset, length, b.length);
    char[] c = new char[length / 2];
    for (int i = 0; i < c.length; i++) {
      c[i] = (char) ((b[offset + 2 * i] & 0xFF) | (b[offset + 2 * i + 1] & 0xFF) << 8);
    }
    return new String(c);
  }

  /**
   * Encodes text as UTF-16LE code units.
   *
   * @param s the text
   * @return two bytes per char, low byte first
   */
  public static byte[] encode(String s) {
    byte[] b = new byte[s.length() * 2];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b[2 * i] = (byte) c;
      b[2 * i + 1] = (byte) (c >>> 8);
    }
    return b;
  }
}
