package org.xms4j.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.CodePage;
import org.xms4j.mime.ConversionReport.Action;

/**
 * Charset labels of MIME (IANA names and their common aliases), their Java charsets and Windows
 * code pages, and text decoding that copes with declared, wrong and missing charsets.
 */
final class Charsets {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Code page 20127, US-ASCII. */
  static final int CP_US_ASCII = 20127;

  /**
   * Windows code pages of charset labels where the label, not the Java charset it resolves to,
   * decides the number (Windows maps the label gb2312 to 936, Java to its own GB2312).
   */
  private static final Map<String, Integer> LABEL_CODE_PAGES = Map.ofEntries(
      Map.entry("gb2312", 936), Map.entry("gbk", 936), Map.entry("x-gbk", 936), Map.entry("cp936", 936),
      Map.entry("gb18030", 54936), Map.entry("big5", 950), Map.entry("shift_jis", 932),
      Map.entry("shift-jis", 932), Map.entry("x-sjis", 932), Map.entry("windows-31j", 932),
      Map.entry("iso-2022-jp", 50220), Map.entry("euc-jp", 51932), Map.entry("euc-kr", 51949),
      Map.entry("ks_c_5601-1987", 949), Map.entry("iso-2022-kr", 50225), Map.entry("koi8-r", 20866),
      Map.entry("koi8-u", 21866), Map.entry("us-ascii", CP_US_ASCII), Map.entry("ascii", CP_US_ASCII),
      Map.entry("utf-8", CodePage.UTF_8), Map.entry("utf8", CodePage.UTF_8), Map.entry("utf-7", 65000),
      Map.entry("iso-8859-1", 28591), Map.entry("latin1", 28591), Map.entry("iso-8859-15", 28605));

  private Charsets() {
  }

  /** Returns the label in canonical comparison form: unquoted, trimmed, lower case, language dropped. */
  static String normalize(String label) {
    String s = label.strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1).strip();
    }
    int star = s.indexOf('*');
    if (star > 0) {
      s = s.substring(0, star);
    }
    return s.toLowerCase(Locale.ROOT);
  }

  /** Returns the Java charset of a MIME charset label, or empty when Java does not know it. */
  static Optional<Charset> forLabel(String label) {
    String s = normalize(label);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (s.equals("utf8")) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (s.equals("latin1")) {
      return Optional.of(StandardCharsets.ISO_8859_1);
    }
    try {
      return Optional.of(Charset.forName(s));
    } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
      return Optional.empty();
    }
  }

  /** Returns the Windows code page of a label, or of the charset it resolves to. */
  static OptionalInt codePage(String label) {
    Integer cp = LABEL_CODE_PAGES.get(normalize(label));
    if (cp != null) {
      return OptionalInt.of(cp);
    }
    Optional<Charset> cs = forLabel(label);
    return cs.isPresent() ? codePage(cs.get()) : OptionalInt.empty();
  }

  /** Returns the Windows code page of a charset. */
  static OptionalInt codePage(Charset cs) {
    Integer cp = LABEL_CODE_PAGES.get(cs.name().toLowerCase(Locale.ROOT));
    return cp != null ? OptionalInt.of(cp) : CodePage.codePage(cs);
  }

  /** Returns the MIME label to write for a charset: its canonical Java name in lower case. */
  static String mimeName(Charset cs) {
    return cs.name().toLowerCase(Locale.ROOT);
  }

  /** Tells whether every byte is below 0x80. */
  static boolean isAscii(byte[] data) {
    for (byte b : data) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** Decodes strictly; empty when the bytes are not valid in the charset. */
  static Optional<String> decodeStrict(byte[] data, Charset cs) {
    try {
      return Optional.of(cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * Decoded text with the charset actually used.
   *
   * @param text the text
   * @param charset the charset used
   * @param label the label to record for it: the declared label when it was used
   */
  record Decoded(String text, Charset charset, String label) {
    OptionalInt codePage() {
      return Charsets.codePage(label);
    }
  }

  /**
   * Decodes text in its declared charset; a missing, unknown or wrong declaration is worked around
   * (UTF-8 when the bytes are valid UTF-8, else windows-1252) and reported.
   *
   * @param data the bytes
   * @param declared the charset parameter, or null
   * @param where the location for report items
   * @param report the report
   * @return the text and the charset used
   */
  static Decoded decode(byte[] data, @Nullable String declared, String where, ConversionReport.Recorder report) {
    if (declared == null || normalize(declared).isEmpty()) {
      if (isAscii(data)) {
        return new Decoded(new String(data, StandardCharsets.US_ASCII), StandardCharsets.US_ASCII, "us-ascii");
      }
      Decoded d = fallback(data);
      report.add(where, "text without a charset parameter has 8-bit bytes",
          "RFC 2045 defaults to us-ascii; decoded as " + d.label(), Action.REPLACED);
      return d;
    }
    Optional<Charset> cs = forLabel(declared);
    if (cs.isEmpty()) {
      Decoded d = fallback(data);
      report.add(where, "charset \"" + HeaderBlock.shorten(declared.strip()) + "\"",
          "unknown charset; decoded as " + d.label(), Action.REPLACED);
      return d;
    }
    Optional<String> strict = decodeStrict(data, cs.get());
    if (strict.isPresent()) {
      return new Decoded(strict.get(), cs.get(), normalize(declared));
    }
    if (cs.get().equals(StandardCharsets.US_ASCII) || cs.get().equals(StandardCharsets.UTF_8)) {
      Decoded d = fallback(data);
      if (!d.charset().equals(cs.get())) {
        report.add(where, "charset \"" + normalize(declared) + "\"",
            "the bytes are not valid " + normalize(declared) + "; decoded as " + d.label(), Action.REPLACED);
        return d;
      }
    }
    report.add(where, "charset \"" + normalize(declared) + "\"",
        "bytes not valid in this charset were replaced with U+FFFD", Action.REPLACED);
    return new Decoded(new String(data, cs.get()), cs.get(), normalize(declared));
  }

  private static Decoded fallback(byte[] data) {
    Optional<String> utf8 = decodeStrict(data, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), StandardCharsets.UTF_8, "utf-8");
    }
    return new Decoded(new String(data, WINDOWS_1252), WINDOWS_1252, "windows-1252");
  }
}
