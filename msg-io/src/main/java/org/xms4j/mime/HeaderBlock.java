package org.xms4j.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xms4j.mime.ConversionReport.Action;

/**
 * The header block of a message (RFC 5322 section 2.2), parsed leniently: folded lines are
 * unfolded, a line without a field name is joined to the field before it (a common breakage of
 * folding), and every repair is reported. Values are kept undecoded (no RFC 2047 decoding).
 */
final class HeaderBlock {

  /**
   * One header field.
   *
   * @param name the field name as written
   * @param value the unfolded value, leading white space removed, not RFC 2047 decoded
   */
  record Field(String name, String value) {
    boolean is(String other) {
      return name.equalsIgnoreCase(other);
    }
  }

  private static final java.util.regex.Pattern PARAMETER =
      java.util.regex.Pattern.compile("\\s*[A-Za-z0-9*_.-]+\\s*=");

  private final List<Field> fields;
  private final String text;
  private final int bodyOffset;

  private HeaderBlock(List<Field> fields, String text, int bodyOffset) {
    this.fields = List.copyOf(fields);
    this.text = text;
    this.bodyOffset = bodyOffset;
  }

  List<Field> fields() {
    return fields;
  }

  /** The header block as text with CRLF line ends, as found (after 8-bit decoding). */
  String text() {
    return text;
  }

  /** The offset of the first body byte in the data parsed. */
  int bodyOffset() {
    return bodyOffset;
  }

  Optional<String> first(String name) {
    return first(fields, name);
  }

  /** The value of the first of the fields with the name (any case), or empty. */
  static Optional<String> first(List<Field> fields, String name) {
    for (Field f : fields) {
      if (f.is(name)) {
        return Optional.of(f.value());
      }
    }
    return Optional.empty();
  }

  /**
   * Parses the header block at the start of {@code data}.
   *
   * @param data the message bytes
   * @param where the location prefix for report items: empty for the top level, else {@code part N}
   * @param report where repairs are reported
   * @return the header block; it may have no fields
   */
  static HeaderBlock parse(byte[] data, String where, ConversionReport.Recorder report) {
    List<Field> fields = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    String name = null;
    StringBuilder value = new StringBuilder();
    int pos = 0;
    boolean terminated = false;
    int lineNo = 0;
    while (pos < data.length) {
      int end = pos;
      while (end < data.length && data[end] != '\n') {
        end++;
      }
      int lineStart = pos;
      int next = end < data.length ? end + 1 : end;
      int contentEnd = end > pos && data[end - 1] == '\r' ? end - 1 : end;
      lineNo++;
      if (contentEnd == pos) {
        pos = next;
        terminated = true;
        break;
      }
      String line = decodeLine(data, pos, contentEnd, where, report, lineNo);
      pos = next;
      text.append(line).append("\r\n");
      char c0 = line.charAt(0);
      if (c0 == ' ' || c0 == '\t') {
        if (name == null) {
          report.add(loc(where, "line " + lineNo), "\"" + shorten(line.strip()) + "\"",
              "continuation line before any header field", Action.DROPPED);
        } else {
          value.append(line);
        }
        continue;
      }
      if (lineNo == 1 && line.startsWith("From ")) {
        report.add(loc(where, "line 1"), "\"" + shorten(line) + "\"",
            "mbox separator line, not a header field; skipped", Action.DROPPED);
        continue;
      }
      int colon = line.indexOf(':');
      String candidate = colon > 0 ? line.substring(0, colon).stripTrailing() : "";
      if (colon > 0 && isFieldName(candidate)) {
        if (name != null) {
          fields.add(new Field(name, value.toString().strip()));
        }
        if (candidate.length() != colon) {
          report.add(loc(where, "header " + candidate), "white space before the colon",
              "obsolete syntax (RFC 5322 section 4.5); read as \"" + candidate + ":\"", Action.REPAIRED);
        }
        name = candidate;
        value.setLength(0);
        value.append(line, colon + 1, line.length());
        continue;
      }
      if (name != null && (line.startsWith("=?") || PARAMETER.matcher(line).lookingAt()
          && (name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Content-Disposition")))) {
        report.add(loc(where, "header " + name), "line " + lineNo + " \"" + shorten(line) + "\"",
            "continuation line without leading white space; joined to the previous field as a folded line",
            Action.REPAIRED);
        value.append(' ').append(line);
      } else if (name != null) {
        text.setLength(text.length() - line.length() - 2);
        report.add(where.isEmpty() ? "header block" : where + " header block", "line " + lineNo + " \""
            + shorten(line) + "\" has no field name", "no empty line before it; read as the first line of the body",
            Action.REPAIRED);
        pos = lineStart;
        terminated = true;
        break;
      } else {
        report.add(loc(where, "line " + lineNo), "\"" + shorten(line) + "\"",
            "not a header field (no field name) and no field before it", Action.DROPPED);
      }
    }
    if (name != null) {
      fields.add(new Field(name, value.toString().strip()));
    }
    if (!terminated && !fields.isEmpty()) {
      report.add(where.isEmpty() ? "header block" : where + " header block", "no empty line after the headers",
          "the input ended inside the header block; the body is empty", Action.REPAIRED);
    }
    return new HeaderBlock(fields, text.toString(), pos);
  }

  private static String loc(String where, String what) {
    return where.isEmpty() ? what : where + " " + what;
  }

  static boolean isFieldName(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 33 || c > 126) {
        return false;
      }
    }
    return true;
  }

  private static String decodeLine(byte[] data, int from, int to, String where,
      ConversionReport.Recorder report, int lineNo) {
    boolean ascii = true;
    for (int i = from; i < to; i++) {
      if (data[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(data, from, to - from, StandardCharsets.US_ASCII);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      String line = new String(data, from, to - from, Charsets.WINDOWS_1252);
      report.add(loc(where, "line " + lineNo), "8-bit bytes in a header line",
          "not UTF-8 (RFC 6532); decoded as windows-1252", Action.REPLACED);
      return line;
    }
  }

  static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
