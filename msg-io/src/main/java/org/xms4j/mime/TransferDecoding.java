package org.xms4j.mime;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.xms4j.mime.ConversionReport.Action;

/**
 * Content-Transfer-Encoding decoders (RFC 2045 section 6) that keep going on bad input and report
 * what they dropped or kept, in the manner of Mime4j's DecodeMonitor.
 */
final class TransferDecoding {

  private TransferDecoding() {
  }

  /**
   * Decodes content.
   *
   * @param raw the encoded bytes
   * @param cte the Content-Transfer-Encoding value, or null for none
   * @param where the location for report items
   * @param report the report
   * @return the decoded bytes
   */
  static byte[] decode(byte[] raw, @Nullable String cte, String where, ConversionReport.Recorder report) {
    String enc = cte == null ? "" : cte.strip().toLowerCase(Locale.ROOT);
    switch (enc) {
      case "", "7bit", "8bit", "binary":
        return raw;
      case "base64":
        return base64(raw, where, report);
      case "quoted-printable":
        return quotedPrintable(raw, where, report);
      default:
        report.add(where + " header Content-Transfer-Encoding", "\"" + HeaderBlock.shorten(cte.strip()) + "\"",
            "unknown transfer encoding; the content is kept as it was sent, undecoded", Action.KEPT_RAW);
        return raw;
    }
  }

  private static int sextet(int c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    if (c == '+') {
      return 62;
    }
    if (c == '/') {
      return 63;
    }
    return -1;
  }

  /** Decodes base64; characters outside the alphabet are skipped and a dangling sextet dropped. */
  static byte[] base64(byte[] in, String where, ConversionReport.Recorder report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * 3 / 4 + 3);
    int acc = 0;
    int n = 0;
    int invalid = 0;
    int firstInvalid = -1;
    for (int i = 0; i < in.length; i++) {
      int c = in[i] & 0xFF;
      if (c == '=') {
        flushPartial(out, acc, n);
        acc = 0;
        n = 0;
        continue;
      }
      int v = sextet(c);
      if (v < 0) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
          invalid++;
          if (firstInvalid < 0) {
            firstInvalid = i;
          }
        }
        continue;
      }
      acc = acc << 6 | v;
      n++;
      if (n == 4) {
        out.write(acc >> 16);
        out.write(acc >> 8);
        out.write(acc);
        acc = 0;
        n = 0;
      }
    }
    if (n == 1) {
      report.add(where, "base64 ends with a single sextet", "6 bits cannot form a byte; dropped", Action.DROPPED);
    } else {
      flushPartial(out, acc, n);
    }
    if (invalid > 0) {
      report.add(where, invalid + " characters outside the base64 alphabet (first at byte " + firstInvalid + ")",
          "skipped; the data decoded from the rest may be shifted", Action.REPAIRED);
    }
    return out.toByteArray();
  }

  private static void flushPartial(ByteArrayOutputStream out, int acc, int n) {
    if (n == 2) {
      out.write(acc >> 4);
    } else if (n == 3) {
      out.write(acc >> 10);
      out.write(acc >> 2);
    }
  }

  private static int hex(int c) {
    return Character.digit(c, 16);
  }

  /** Decodes quoted-printable; malformed escapes are kept literally, trailing white space removed. */
  static byte[] quotedPrintable(byte[] in, String where, ConversionReport.Recorder report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    int bad = 0;
    int i = 0;
    while (i < in.length) {
      int lineEnd = i;
      while (lineEnd < in.length && in[lineEnd] != '\n') {
        lineEnd++;
      }
      boolean hasBreak = lineEnd < in.length;
      int contentEnd = lineEnd > i && in[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
      while (contentEnd > i && (in[contentEnd - 1] == ' ' || in[contentEnd - 1] == '\t')) {
        contentEnd--;
      }
      boolean soft = false;
      int j = i;
      while (j < contentEnd) {
        int c = in[j] & 0xFF;
        if (c == '=') {
          if (j == contentEnd - 1) {
            soft = true;
            j++;
            continue;
          }
          if (j + 2 < contentEnd && hex(in[j + 1]) >= 0 && hex(in[j + 2]) >= 0) {
            out.write(hex(in[j + 1]) << 4 | hex(in[j + 2]));
            j += 3;
            continue;
          }
          bad++;
          out.write(c);
          j++;
          continue;
        }
        out.write(c);
        j++;
      }
      if (hasBreak && !soft) {
        out.write('\r');
        out.write('\n');
      }
      i = hasBreak ? lineEnd + 1 : lineEnd;
    }
    if (bad > 0) {
      report.add(where, bad + " malformed quoted-printable escapes", "kept literally as '=' characters",
          Action.REPAIRED);
    }
    return out.toByteArray();
  }
}
