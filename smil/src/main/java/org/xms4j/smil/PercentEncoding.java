package org.xms4j.smil;

import java.util.Objects;

/**
 * Decodes the percent-encoding of URL text ({@code %XX} escapes standing for UTF-8 bytes), as in the
 * {@code cid:} URLs of an HTML body or a SMIL {@code src}, and in Content-Location values. The one
 * implementation every module uses: {@link ContentIds} for {@code cid:} URLs, {@link SmilResolver}
 * for SMIL {@code src} values, and the core's {@code HtmlReferences} (which the MMS builder, the
 * validator and the MIME converter share) for the URLs of an HTML body.
 *
 * <p>The rule for text that is not well-formed percent-encoding: nothing is dropped, replaced or
 * refused, and decoding never throws. Precisely:
 * <ul>
 *   <li>A {@code %} followed by two hexadecimal digits (either letter case) is an escape for one
 *       byte. A run of escapes is decoded as UTF-8: each well-formed UTF-8 sequence becomes its
 *       character.</li>
 *   <li>An escape whose byte is not part of a well-formed UTF-8 sequence (a lone lead byte such as
 *       {@code %C3}, a stray continuation byte, {@code %FF}, an overlong form such as {@code %C0%AF},
 *       an encoded surrogate) is kept as written, three characters, original letter case.</li>
 *   <li>A {@code %} not followed by two hexadecimal digits ({@code "%"}, {@code "%G1"},
 *       {@code "%4"}) is kept as written.</li>
 *   <li>Every other character, {@code +} included, is kept: this is URL decoding
 *       ([RFC 3986] section 2.1), not HTML-form decoding.</li>
 * </ul>
 * For example {@code "my%20photo.jpg"} decodes to {@code "my photo.jpg"}, {@code "caf%C3%A9"} to
 * {@code "café"}, {@code "100%"} to {@code "100%"} and {@code "a%C3b"} to {@code "a%C3b"}.
 *
 * <p>Specified by [RFC 3986] sections 2.1 and 2.5 (percent-encoding of UTF-8 octets), as [RFC 2392]
 * section 2 applies it to {@code cid:} URLs, and [RFC 3629] section 4 (well-formed UTF-8).
 */
public final class PercentEncoding {

  private PercentEncoding() {}

  /**
   * Decodes the {@code %XX} escapes of a text as UTF-8, keeping malformed escapes as written.
   *
   * @param text the text, for example the part of a {@code cid:} URL after the scheme
   * @return the decoded text; the input itself when it holds no {@code %}
   * @throws NullPointerException when the text is null
   */
  public static String decode(String text) {
    Objects.requireNonNull(text, "text");
    if (text.indexOf('%') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (!isEscape(text, i)) {
        out.append(text.charAt(i));
        i++;
        continue;
      }
      int start = i;
      int n = 0;
      while (isEscape(text, start + 3 * n)) {
        n++;
      }
      int[] bytes = new int[n];
      for (int k = 0; k < n; k++) {
        bytes[k] = Character.digit(text.charAt(start + 3 * k + 1), 16) << 4
            | Character.digit(text.charAt(start + 3 * k + 2), 16);
      }
      appendUtf8(bytes, text, start, out);
      i = start + 3 * n;
    }
    return out.toString();
  }

  private static boolean isEscape(String s, int i) {
    return i + 2 < s.length() && s.charAt(i) == '%' && Character.digit(s.charAt(i + 1), 16) >= 0
        && Character.digit(s.charAt(i + 2), 16) >= 0;
  }

  /** Appends a run of escaped bytes: well-formed UTF-8 sequences decoded, other bytes as written. */
  private static void appendUtf8(int[] b, String text, int start, StringBuilder out) {
    int j = 0;
    while (j < b.length) {
      int length = sequenceLength(b, j);
      if (length == 0) {
        out.append(text, start + 3 * j, start + 3 * j + 3);
        j++;
        continue;
      }
      int cp = length == 1 ? b[j] : b[j] & (0xFF >> (length + 1));
      for (int k = 1; k < length; k++) {
        cp = cp << 6 | b[j + k] & 0x3F;
      }
      out.appendCodePoint(cp);
      j += length;
    }
  }

  /**
   * Returns the length of the well-formed UTF-8 sequence starting at {@code j}, or 0 when the byte
   * there does not start one (the table of [RFC 3629] section 4).
   */
  private static int sequenceLength(int[] b, int j) {
    int lead = b[j];
    if (lead < 0x80) {
      return 1;
    }
    int length;
    int low = 0x80;
    int high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      low = lead == 0xE0 ? 0xA0 : 0x80;
      high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      low = lead == 0xF0 ? 0x90 : 0x80;
      high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (j + length > b.length || b[j + 1] < low || b[j + 1] > high) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      if (b[j + k] < 0x80 || b[j + k] > 0xBF) {
        return 0;
      }
    }
    return length;
  }
}
