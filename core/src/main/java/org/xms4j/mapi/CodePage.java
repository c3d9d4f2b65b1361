package org.xms4j.mapi;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Windows code page numbers, as in PidTagMessageCodepage and PidTagInternetCodepage, and their Java
 * charsets.
 *
 * <p>Specified by [MS-OXCMSG] section 2.2.1.4 (PidTagMessageCodepage) and 2.2.1.58.6
 * (PidTagInternetCodepage); the numbers are the Windows code page identifiers ([MS-UCODEREF]).
 */
public final class CodePage {

  /** Code page 65001, UTF-8. */
  public static final int UTF_8 = 65001;
  /** Code page 1200, UTF-16LE; [MS-OXCMAIL] forbids it as PidTagInternetCodepage of PidTagHtml. */
  public static final int UTF_16LE = 1200;
  /** Code page 1252, Western European (Windows). */
  public static final int CP_1252 = 1252;

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Map<Integer, String> NAMES = Map.ofEntries(
      Map.entry(437, "IBM437"), Map.entry(850, "IBM850"), Map.entry(852, "IBM852"),
      Map.entry(855, "IBM855"), Map.entry(857, "IBM857"), Map.entry(862, "IBM862"),
      Map.entry(866, "IBM866"), Map.entry(874, "x-windows-874"), Map.entry(932, "windows-31j"),
      Map.entry(936, "GBK"), Map.entry(949, "x-windows-949"), Map.entry(950, "x-windows-950"),
      Map.entry(1200, "UTF-16LE"), Map.entry(1201, "UTF-16BE"), Map.entry(1250, "windows-1250"),
      Map.entry(1251, "windows-1251"), Map.entry(1252, "windows-1252"), Map.entry(1253, "windows-1253"),
      Map.entry(1254, "windows-1254"), Map.entry(1255, "windows-1255"), Map.entry(1256, "windows-1256"),
      Map.entry(1257, "windows-1257"), Map.entry(1258, "windows-1258"), Map.entry(10000, "x-MacRoman"),
      Map.entry(12000, "UTF-32LE"), Map.entry(12001, "UTF-32BE"), Map.entry(20127, "US-ASCII"),
      Map.entry(20866, "KOI8-R"), Map.entry(21866, "KOI8-U"), Map.entry(20932, "EUC-JP"),
      Map.entry(28591, "ISO-8859-1"), Map.entry(28592, "ISO-8859-2"), Map.entry(28593, "ISO-8859-3"),
      Map.entry(28594, "ISO-8859-4"), Map.entry(28595, "ISO-8859-5"), Map.entry(28596, "ISO-8859-6"),
      Map.entry(28597, "ISO-8859-7"), Map.entry(28598, "ISO-8859-8"), Map.entry(28599, "ISO-8859-9"),
      Map.entry(28603, "ISO-8859-13"), Map.entry(28605, "ISO-8859-15"), Map.entry(50220, "ISO-2022-JP"),
      Map.entry(50221, "ISO-2022-JP"), Map.entry(50222, "ISO-2022-JP"), Map.entry(50225, "ISO-2022-KR"),
      Map.entry(51932, "EUC-JP"), Map.entry(51936, "GB2312"), Map.entry(51949, "EUC-KR"),
      Map.entry(52936, "GB2312"), Map.entry(54936, "GB18030"), Map.entry(65001, "UTF-8"));

  /** ANSI code pages of locales (LCIDs) whose primary language alone does not decide it. */
  private static final Map<Integer, Integer> BY_LCID = Map.ofEntries(
      Map.entry(0x0404, 950), Map.entry(0x0C04, 950), Map.entry(0x1404, 950),
      Map.entry(0x0804, 936), Map.entry(0x1004, 936),
      Map.entry(0x041A, 1250), Map.entry(0x081A, 1250), Map.entry(0x141A, 1250),
      Map.entry(0x0C1A, 1251), Map.entry(0x201A, 1251), Map.entry(0x1C1A, 1251),
      Map.entry(0x042C, 1254), Map.entry(0x082C, 1251),
      Map.entry(0x0443, 1254), Map.entry(0x0843, 1251));

  /** ANSI code pages by primary language id (the low 10 bits of an LCID). */
  private static final Map<Integer, Integer> BY_LANGUAGE = Map.ofEntries(
      Map.entry(0x01, 1256), Map.entry(0x02, 1251), Map.entry(0x03, 1252), Map.entry(0x05, 1250),
      Map.entry(0x06, 1252), Map.entry(0x07, 1252), Map.entry(0x08, 1253), Map.entry(0x09, 1252),
      Map.entry(0x0A, 1252), Map.entry(0x0B, 1252), Map.entry(0x0C, 1252), Map.entry(0x0D, 1255),
      Map.entry(0x0E, 1250), Map.entry(0x0F, 1252), Map.entry(0x10, 1252), Map.entry(0x11, 932),
      Map.entry(0x12, 949), Map.entry(0x13, 1252), Map.entry(0x14, 1252), Map.entry(0x15, 1250),
      Map.entry(0x16, 1252), Map.entry(0x18, 1250), Map.entry(0x19, 1251), Map.entry(0x1B, 1250),
      Map.entry(0x1C, 1250), Map.entry(0x1D, 1252), Map.entry(0x1E, 874), Map.entry(0x1F, 1254),
      Map.entry(0x20, 1256), Map.entry(0x21, 1252), Map.entry(0x22, 1251), Map.entry(0x23, 1251),
      Map.entry(0x24, 1250), Map.entry(0x25, 1257), Map.entry(0x26, 1257), Map.entry(0x27, 1257),
      Map.entry(0x29, 1256), Map.entry(0x2A, 1258), Map.entry(0x2D, 1252), Map.entry(0x2F, 1251),
      Map.entry(0x36, 1252), Map.entry(0x38, 1252), Map.entry(0x3E, 1252), Map.entry(0x3F, 1251),
      Map.entry(0x40, 1251), Map.entry(0x41, 1252), Map.entry(0x44, 1251), Map.entry(0x50, 1251),
      Map.entry(0x56, 1252));

  private CodePage() {
  }

  /**
   * Returns the Windows ANSI code page of a locale, the code page non-Unicode text of that locale
   * is written in (for example 1041, Japanese, gives 932; 1031, German, gives 1252).
   *
   * <p>Used to decode PtypString8 values of a message that has no PidTagMessageCodepage but a
   * PidTagMessageLocaleId ([MS-OXCMSG] 2.2.1.4: without a message code page the locale decides).
   *
   * @param lcid a Windows locale identifier, as in PidTagMessageLocaleId
   * @return the code page, or empty for a locale not known here (or one with no ANSI code page)
   */
  public static OptionalInt forLocale(int lcid) {
    Integer cp = BY_LCID.get(lcid & 0xFFFF);
    if (cp == null) {
      cp = BY_LANGUAGE.get(lcid & 0x3FF);
    }
    return cp == null ? OptionalInt.empty() : OptionalInt.of(cp);
  }

  /**
   * Returns the Java charset for a Windows code page.
   *
   * @param codePage the code page number, for example 1252 or 65001
   * @return the charset, or empty when the number is unknown or the platform lacks the charset
   */
  public static Optional<Charset> charset(int codePage) {
    if (codePage == UTF_8) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    String name = NAMES.get(codePage);
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the Java charset for a Windows code page.
   *
   * @param codePage the code page number
   * @return the charset
   * @throws IllegalArgumentException when the code page is unknown or unsupported
   */
  public static Charset requireCharset(int codePage) {
    return charset(codePage).orElseThrow(() ->
        new IllegalArgumentException("no Java charset for code page " + codePage));
  }

  /**
   * Returns the Windows code page of a charset, by charset name or alias.
   *
   * @param charset the charset
   * @return the code page, or empty when none is known
   */
  public static OptionalInt codePage(Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return OptionalInt.of(UTF_8);
    }
    int best = -1;
    for (Map.Entry<Integer, String> e : NAMES.entrySet()) {
      if (charsetNamed(e.getValue(), charset) && (best < 0 || e.getKey() < best)) {
        best = e.getKey();
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  private static boolean charsetNamed(String name, Charset charset) {
    String n = name.toLowerCase(Locale.ROOT);
    if (charset.name().toLowerCase(Locale.ROOT).equals(n)) {
      return true;
    }
    for (String alias : charset.aliases()) {
      if (alias.toLowerCase(Locale.ROOT).equals(n)) {
        return true;
      }
    }
    return false;
  }
}
