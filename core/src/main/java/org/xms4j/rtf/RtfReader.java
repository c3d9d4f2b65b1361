package org.xms4j.rtf;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.xms4j.mapi.CodePage;

/**
 * Reads an RTF document ([MSFT-RTF]) once and collects two texts: the HTML an HTML-encapsulating
 * writer stored in it ([MS-OXRTFEX]: HTMLTAG contents and the text outside {@code \htmlrtf}
 * parts) and the text an RTF reader shows (document text, {@code \htmlrtf} parts included, HTMLTAG
 * and other destinations left out).
 *
 * <p>Text bytes, literal or {@code \'hh}, are decoded in the code page of the current font (its
 * {@code \fcharsetN} or {@code \cpgN} in the font table), else in the document's
 * ({@code \ansicpgN}), with two exceptions. The contents of HTMLTAG groups are always decoded in the
 * document's code page, whatever the font ([MS-OXRTFEX] 2.2.3.2). And a symbol font
 * ({@code \fcharset2}, such as Symbol or Wingdings) has no code page of its own: in the HTML its bytes
 * are the document code page's characters (what the original HTML held, with a {@code font-family}
 * naming the font), while the text an RTF reader shows gets U+F000 + b for byte b, the private-use
 * character Windows maps a symbol font's glyph to. <code>&#92;uN</code> gives a UTF-16 code unit and skips the <code>&#92;ucN</code>
 * fallback characters after it.
 *
 * <p>The contents of HTMLTAG groups go into the HTML even where {@code \htmlrtf} is on: [MS-OXRTFEX]
 * 2.2.3.2 says CONTENT fragments inside HTMLTAG destination groups MUST be copied, and limits the
 * skipping of what {@code \htmlrtf} suppresses to the text outside HTMLTAG destination groups.
 */
final class RtfReader {

  /** What the reader collected; the HTML is empty when the header has no {@code \fromhtml1}. */
  record Result(boolean fromHtml, String html, String text) {
  }

  private enum Dest { DOCUMENT, HTMLTAG, FONTTABLE, SKIP }

  private static final class State {
    Dest dest;
    boolean htmlrtf;
    int uc;
    int font;

    State(Dest dest, boolean htmlrtf, int uc, int font) {
      this.dest = dest;
      this.htmlrtf = htmlrtf;
      this.uc = uc;
      this.font = font;
    }

    State copy() {
      return new State(dest, htmlrtf, uc, font);
    }
  }

  /** Destinations that are not document text even without {@code \*}. */
  private static final Set<String> DESTINATIONS = Set.of("colortbl", "stylesheet", "info", "pict", "object",
      "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "listtable",
      "listoverridetable", "revtbl", "rsidtbl", "generator", "xmlnstbl", "filetbl", "themedata",
      "colorschememapping", "latentstyles", "datastore", "footnote", "annotation", "fldinst", "bkmkstart",
      "bkmkend", "nonshppict", "shppict", "mhtmltag");

  /** The character set of symbol fonts ({@code \fcharset2}): shown, byte b is U+F000 + b, as Windows maps it. */
  private static final int SYMBOL_CHARSET = 2;

  /** Code pages of the font character sets of [MSFT-RTF] ({@code \fcharsetN}), the symbol set aside. */
  private static final Map<Integer, Integer> CHARSETS = Map.ofEntries(
      Map.entry(0, 1252), Map.entry(77, 10000), Map.entry(128, 932), Map.entry(129, 949), Map.entry(134, 936),
      Map.entry(136, 950), Map.entry(161, 1253), Map.entry(162, 1254), Map.entry(163, 1258),
      Map.entry(177, 1255), Map.entry(178, 1256), Map.entry(186, 1257), Map.entry(204, 1251),
      Map.entry(222, 874), Map.entry(238, 1250), Map.entry(254, 437), Map.entry(255, 850));

  /** Characters of control words that stand for one character ([MSFT-RTF] "Special characters"). */
  private static final Map<String, String> SYMBOLS = Map.ofEntries(
      Map.entry("par", "\r\n"), Map.entry("line", "\r\n"), Map.entry("tab", "\t"),
      Map.entry("emdash", "\u2014"), Map.entry("endash", "\u2013"), Map.entry("emspace", "\u2003"),
      Map.entry("enspace", "\u2002"), Map.entry("qmspace", "\u2005"), Map.entry("bullet", "\u2022"),
      Map.entry("lquote", "\u2018"), Map.entry("rquote", "\u2019"), Map.entry("ldblquote", "\u201C"),
      Map.entry("rdblquote", "\u201D"), Map.entry("zwj", "\u200D"), Map.entry("zwnj", "\u200C"),
      Map.entry("ltrmark", "\u200E"), Map.entry("rtlmark", "\u200F"));

  private final byte[] in;
  private int pos;
  private final Deque<State> stack = new ArrayDeque<>();
  private State st = new State(Dest.DOCUMENT, false, 1, -1);
  private final Map<Integer, Integer> fontCodePages = new HashMap<>();
  /** Fonts of the symbol character set without a {@code \cpgN}. */
  private final Set<Integer> symbolFonts = new HashSet<>();
  private int fontDefined = -1;
  private int defaultCodePage = CodePage.CP_1252;
  private boolean fromHtml;
  private boolean header = true;
  private boolean groupStart;
  private boolean starred;
  private int skip;
  private final StringBuilder html = new StringBuilder();
  private final StringBuilder text = new StringBuilder();
  private byte[] pending = new byte[64];
  private int pendingLength;
  private long pendingStart;
  private boolean pendingHtml;
  private boolean pendingText;
  /** The code page the pending bytes are decoded in for the HTML. */
  private int pendingHtmlCodePage;
  /** The code page the pending bytes are decoded in for the text shown, unless {@link #pendingSymbol}. */
  private int pendingTextCodePage;
  /** Whether the pending bytes are shown as symbol-font characters (U+F000 + b). */
  private boolean pendingSymbol;

  private RtfReader(byte[] in) {
    this.in = in;
  }

  /**
   * Reads a document.
   *
   * @param rtf the RTF bytes, starting with <code>&#123;\rtf</code>
   * @return what was collected
   * @throws RtfFormatException when the RTF does not start with <code>&#123;\rtf</code>, a {@code \'} escape
   *     is not two hex digits, a control word's parameter has more than 10 digits, the input ends
   *     inside a group or after a lone backslash, something other than white space follows the
   *     document's closing brace, text is in a code page this platform cannot decode, or HTML text
   *     of a document that encapsulates HTML ({@code \fromhtml1}) is not valid in its code page (text
   *     only an RTF reader shows gets U+FFFD instead)
   */
  static Result read(byte[] rtf) throws RtfFormatException {
    RtfReader r = new RtfReader(rtf);
    r.run();
    return new Result(r.fromHtml, r.html.toString(), r.text.toString());
  }

  private void run() throws RtfFormatException {
    if (!startsWith("{\\rtf")) {
      throw new RtfFormatException("expected RTF starting with {\\rtf, was " + preview(0), 0);
    }
    pos = 1;
    groupStart = true;
    while (pos < in.length) {
      int b = in[pos] & 0xFF;
      if (b == '{') {
        flush();
        stack.push(st);
        st = st.copy();
        groupStart = true;
        starred = false;
        pos++;
      } else if (b == '}') {
        flush();
        skip = 0;
        pos++;
        if (stack.isEmpty()) {
          trailer();
          return;
        }
        st = stack.pop();
        groupStart = false;
        starred = false;
      } else if (b == '\\') {
        control();
      } else if (b == '\r' || b == '\n') {
        pos++;
      } else {
        textByte(b, pos);
        pos++;
      }
    }
    throw new RtfFormatException("expected " + (stack.size() + 1) + " more closing brace"
        + (stack.isEmpty() ? "" : "s") + ", was the end of the RTF", in.length);
  }

  private void trailer() throws RtfFormatException {
    for (int i = pos; i < in.length; i++) {
      int b = in[i] & 0xFF;
      if (b != 0 && b != ' ' && b != '\r' && b != '\n' && b != '\t') {
        throw new RtfFormatException("expected nothing but white space after the closing brace of the document, was "
            + preview(i), i);
      }
    }
  }

  private void control() throws RtfFormatException {
    int at = pos;
    if (pos + 1 >= in.length) {
      throw new RtfFormatException("expected a control word or symbol after the backslash, was the end of the RTF", at);
    }
    int c = in[pos + 1] & 0xFF;
    if (isLetter(c)) {
      int end = pos + 1;
      while (end < in.length && isLetter(in[end] & 0xFF)) {
        end++;
      }
      String word = new String(in, pos + 1, end - pos - 1, java.nio.charset.StandardCharsets.US_ASCII);
      boolean hasParam = false;
      long param = 0;
      int p = end;
      boolean negative = p < in.length && in[p] == '-' && p + 1 < in.length && isDigit(in[p + 1] & 0xFF);
      if (negative) {
        p++;
      }
      int digits = 0;
      while (p < in.length && isDigit(in[p] & 0xFF)) {
        if (++digits > 10) {
          throw new RtfFormatException("expected a control word parameter of at most 10 digits, was more in \\"
              + word, at);
        }
        param = param * 10 + (in[p] - '0');
        hasParam = true;
        p++;
      }
      if (p < in.length && in[p] == ' ') {
        p++;
      }
      pos = p;
      word(word, hasParam, (int) (negative ? -param : param), at);
      return;
    }
    pos += 2;
    if (c == '\'') {
      if (pos + 1 >= in.length || hex(in[pos]) < 0 || hex(in[pos + 1]) < 0) {
        throw new RtfFormatException("expected two hex digits after \\', was "
            + (pos >= in.length ? "the end of the RTF" : preview(pos)), at);
      }
      int v = hex(in[pos]) << 4 | hex(in[pos + 1]);
      pos += 2;
      textByte(v, at);
      return;
    }
    if (c == '\\' || c == '{' || c == '}') {
      textByte(c, at);
      return;
    }
    if (c == '*') {
      starred = true;
      return;
    }
    groupStart = false;
    if (skip > 0) {
      skip--;
      return;
    }
    switch (c) {
      case '~' -> chars("\u00A0");
      case '_' -> chars("\u2011");
      case '\r', '\n' -> chars("\r\n");
      default -> {
        // \- (optional hyphen), \: (index subentry), \| (formula) and others have no text
      }
    }
  }

  private void word(String word, boolean hasParam, int param, int at) throws RtfFormatException {
    flush();
    if (word.equals("bin")) {
      // \binN: N bytes of binary data follow the delimiter; they are never text
      if (!hasParam || param < 0 || param > in.length - pos) {
        throw new RtfFormatException("expected \\bin with a byte count within the RTF, was \\bin"
            + (hasParam ? String.valueOf(param) : "") + " with " + (in.length - pos) + " bytes left", at);
      }
      pos += param;
      groupStart = false;
      return;
    }
    boolean first = groupStart;
    groupStart = false;
    if (first && (starred || DESTINATIONS.contains(word) || word.equals("fonttbl"))) {
      starred = false;
      if (st.dest == Dest.SKIP) {
        return;
      }
      if (word.equals("htmltag") && st.dest == Dest.DOCUMENT) {
        st.dest = Dest.HTMLTAG;
        header = false;
      } else if (word.equals("fonttbl")) {
        st.dest = Dest.FONTTABLE;
      } else {
        st.dest = Dest.SKIP;
      }
      return;
    }
    starred = false;
    if (st.dest == Dest.SKIP) {
      return;
    }
    if (st.dest == Dest.FONTTABLE) {
      switch (word) {
        case "f" -> fontDefined = param;
        case "fcharset" -> {
          Integer cp = CHARSETS.get(param);
          if (fontDefined >= 0 && !fontCodePages.containsKey(fontDefined) && !symbolFonts.contains(fontDefined)) {
            if (param == SYMBOL_CHARSET) {
              symbolFonts.add(fontDefined);
            } else if (cp != null) {
              fontCodePages.put(fontDefined, cp);
            }
          }
        }
        case "cpg" -> {
          if (fontDefined >= 0) {
            fontCodePages.put(fontDefined, param);
            symbolFonts.remove(fontDefined);
          }
        }
        default -> {
          // font family, pitch and the like do not affect text
        }
      }
      return;
    }
    if (skip > 0) {
      skip--;
      return;
    }
    switch (word) {
      case "ansicpg" -> defaultCodePage = param;
      case "ansi" -> defaultCodePage = CodePage.CP_1252;
      case "mac" -> defaultCodePage = 10000;
      case "pc" -> defaultCodePage = 437;
      case "pca" -> defaultCodePage = 850;
      case "fromhtml" -> {
        if (header && hasParam && param == 1 && stack.size() == 0) {
          fromHtml = true;
        }
      }
      case "f" -> st.font = param;
      case "uc" -> st.uc = Math.max(0, param);
      case "u" -> {
        chars(String.valueOf((char) (param & 0xFFFF)));
        skip = st.uc;
      }
      case "htmlrtf" -> st.htmlrtf = !hasParam || param != 0;
      default -> {
        String s = SYMBOLS.get(word);
        if (s != null) {
          chars(s);
        }
      }
    }
  }

  private void textByte(int b, long at) throws RtfFormatException {
    groupStart = false;
    starred = false;
    if (skip > 0) {
      skip--;
      return;
    }
    // [MS-OXRTFEX] 2.2.3.2: HTMLTAG contents are copied whatever \htmlrtf says; outside them, \htmlrtf suppresses
    // fromHtml is settled: the header ends before the first document text or HTMLTAG group
    boolean toHtml = fromHtml && (st.dest == Dest.HTMLTAG || (st.dest == Dest.DOCUMENT && !st.htmlrtf));
    boolean toText = st.dest == Dest.DOCUMENT;
    if (st.dest == Dest.DOCUMENT) {
      header = false;
    }
    if (!toHtml && !toText) {
      return;
    }
    boolean symbol = symbolFonts.contains(st.font);
    int fontCodePage = fontCodePages.getOrDefault(st.font, defaultCodePage);
    // HTMLTAG contents are in the default code page ([MS-OXRTFEX] 2.2.3.2); a symbol font has no code page, so its
    // bytes in the HTML are the document code page's characters, as the original HTML held them
    int htmlCodePage = st.dest == Dest.HTMLTAG || symbol ? defaultCodePage : fontCodePage;
    if (pendingLength > 0 && (toHtml != pendingHtml || toText != pendingText || htmlCodePage != pendingHtmlCodePage
        || fontCodePage != pendingTextCodePage || symbol != pendingSymbol)) {
      flush();
    }
    if (pendingLength == 0) {
      pendingHtml = toHtml;
      pendingText = toText;
      pendingHtmlCodePage = htmlCodePage;
      pendingTextCodePage = fontCodePage;
      pendingSymbol = symbol;
      pendingStart = at;
    }
    if (pendingLength == pending.length) {
      pending = java.util.Arrays.copyOf(pending, pending.length * 2);
    }
    pending[pendingLength++] = (byte) b;
  }

  private void chars(String s) throws RtfFormatException {
    flush();
    if (st.dest == Dest.DOCUMENT) {
      header = false;
      text.append(s);
      if (!st.htmlrtf && fromHtml) {
        html.append(s);
      }
    } else if (st.dest == Dest.HTMLTAG && fromHtml) {
      html.append(s); // whatever \htmlrtf says ([MS-OXRTFEX] 2.2.3.2)
    }
  }

  private void flush() throws RtfFormatException {
    if (pendingLength == 0) {
      return;
    }
    String forHtml = null;
    if (pendingHtml) {
      forHtml = decode(pendingHtmlCodePage, true);
      html.append(forHtml);
    }
    if (pendingText) {
      if (pendingSymbol) {
        StringBuilder sb = new StringBuilder(pendingLength);
        for (int i = 0; i < pendingLength; i++) {
          sb.append((char) (0xF000 | (pending[i] & 0xFF)));
        }
        text.append(sb);
      } else {
        text.append(forHtml != null && pendingTextCodePage == pendingHtmlCodePage ? forHtml
            : decode(pendingTextCodePage, false));
      }
    }
    pendingLength = 0;
  }

  /**
   * Decodes the pending bytes; HTML text must be valid in its code page, text only an RTF reader shows
   * gets the replacement character an RTF reader shows.
   */
  private String decode(int codePage, boolean strict) throws RtfFormatException {
    Charset cs = CodePage.charset(codePage).orElseThrow(() -> new RtfFormatException(
        "expected text in a code page this platform can decode, was code page " + codePage, pendingStart));
    try {
      return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(pending, 0, pendingLength)).toString();
    } catch (CharacterCodingException e) {
      if (strict) {
        throw new RtfFormatException("expected HTML text valid in code page " + codePage + ", was "
            + pendingLength + (pendingLength == 1 ? " byte that is not" : " bytes that are not"), pendingStart);
      }
      return new String(pending, 0, pendingLength, cs);
    }
  }

  private boolean startsWith(String prefix) {
    if (in.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (in[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private String preview(int at) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = at; i < Math.min(in.length, at + 16); i++) {
      int b = in[i] & 0xFF;
      if (b >= 0x20 && b < 0x7F && b != '"') {
        sb.append((char) b);
      } else {
        sb.append(String.format(java.util.Locale.ROOT, "\\x%02X", b));
      }
    }
    return sb.append(in.length > at + 16 ? "...\"" : "\"").toString();
  }

  private static boolean isLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static int hex(byte b) {
    int c = b & 0xFF;
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
