package org.xms4j.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * RFC 2047 encoded-word decoding, more forgiving than the MIME library's: adjacent encoded words in
 * the same charset are joined at the byte level before decoding, so a multi-byte character split
 * across two words (as some mailers write) decodes correctly; unknown charsets and bad bytes are
 * reported.
 */
final class EncodedWords {

  private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");

  private EncodedWords() {
  }

  /**
   * Decodes the encoded words of a header value or phrase.
   *
   * @param s the value
   * @param where the location for report items
   * @param report the report
   * @return the decoded text
   */
  static String decode(String s, String where, ConversionReport.Recorder report) {
    if (!s.contains("=?")) {
      return s;
    }
    Matcher m = WORD.matcher(s);
    StringBuilder out = new StringBuilder();
    ByteArrayOutputStream pending = new ByteArrayOutputStream();
    String pendingCharset = null;
    int last = 0;
    boolean lastWasWord = false;
    while (m.find()) {
      String gap = s.substring(last, m.start());
      boolean blank = gap.isBlank();
      String charset = m.group(1);
      boolean same = pendingCharset != null && Charsets.normalize(pendingCharset).equals(Charsets.normalize(charset));
      if (!(lastWasWord && blank && same)) {
        flush(out, pending, pendingCharset, where, report);
        pendingCharset = null;
        if (!(lastWasWord && blank)) {
          out.append(gap);
        }
      }
      byte[] bytes = m.group(2).equalsIgnoreCase("B")
          ? TransferDecoding.base64(m.group(3).getBytes(StandardCharsets.US_ASCII), where, report)
          : qDecode(m.group(3));
      pending.write(bytes, 0, bytes.length);
      pendingCharset = charset;
      last = m.end();
      lastWasWord = true;
    }
    flush(out, pending, pendingCharset, where, report);
    out.append(s, last, s.length());
    return out.toString();
  }

  private static void flush(StringBuilder out, ByteArrayOutputStream pending, @Nullable String charset, String where,
      ConversionReport.Recorder report) {
    if (charset == null || pending.size() == 0) {
      pending.reset();
      return;
    }
    out.append(Charsets.decode(pending.toByteArray(), charset, where, report).text());
    pending.reset();
  }

  private static byte[] qDecode(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '_') {
        out.write(' ');
      } else if (c == '=' && i + 2 < text.length()
          && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
        out.write(Character.digit(text.charAt(i + 1), 16) << 4 | Character.digit(text.charAt(i + 2), 16));
        i += 2;
      } else {
        out.write(c < 0x80 ? c : '?');
      }
    }
    return out.toByteArray();
  }
}
