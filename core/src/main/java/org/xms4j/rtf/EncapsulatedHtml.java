package org.xms4j.rtf;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.xms4j.mapi.CodePage;

/**
 * HTML encapsulated in RTF: writes an RTF document that carries an HTML document, and reads the
 * HTML (or the text an RTF reader shows) back out of one.
 *
 * <p>Specified by [MS-OXRTFEX]: the {@code \fromhtml1} and {@code \htmlrtf} control words, HTMLTAG
 * destination groups (section 2.1.3.1.4) with their Unicode escapes (section 2.1.3.1.4.2), the
 * recognition of encapsulated content (section 2.2.3.1), and the rules for the encapsulating RTF
 * writer and the de-encapsulating RTF reader of HTML. The RTF goes into PidTagRtfCompressed
 * through {@link CompressedRtf#compress(byte[])}; Outlook shows a message's HTML body from there.
 *
 * <pre>{@code
 * String rtf = EncapsulatedHtml.encapsulate(html);
 * byte[] value = CompressedRtf.compress(rtf.getBytes(StandardCharsets.US_ASCII));
 * Optional<String> back = EncapsulatedHtml.extract(CompressedRtf.decompress(value)); // equals html
 * }</pre>
 */
public final class EncapsulatedHtml {

  /** The RTF header: code page 1252, {@code \fromhtml1} as its fifth token, one font, then {@code \htmltag64}. */
  static final String HEADER = "{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}"
      + "\\uc1\\pard\\plain\\f0\\fs20 {\\*\\htmltag64}";

  // HTMLTagParameter: destination in bits 0-2, 0x8 for a closing tag, tag type in bits 4-7
  private static final int IN_BODY = 0;
  private static final int IN_HEAD = 1;
  private static final int IN_HTML = 2;
  private static final int OUT_HTML = 3;
  private static final int IN_PAR = 4;
  private static final int CLOSING = 0x8;
  private static final int TYPE_HTML = 1;
  private static final int TYPE_HEAD = 2;
  private static final int TYPE_BODY = 3;
  private static final int TYPE_P = 4;
  private static final int TYPE_INLINE = 5;
  private static final int TYPE_DIV = 6;
  private static final int TYPE_SPAN = 9;
  private static final int TYPE_HEAD_CHILD = 10;
  private static final int TYPE_OTHER = 15;

  private static final Pattern TAG_NAME = Pattern.compile("</?([A-Za-z][A-Za-z0-9:_-]*)");
  private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
  /** Elements whose content is text up to their end tag. */
  private static final Set<String> RAW_TEXT = Set.of("script", "style", "title", "textarea", "xmp", "iframe",
      "noembed", "noframes");
  /** Elements that end with a line break when shown as RTF. */
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
      "table", "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "center", "form", "address");
  private static final Set<String> HEAD_CHILDREN = Set.of("meta", "link", "base", "title", "style", "script");

  private EncapsulatedHtml() {
  }

  /**
   * Writes an RTF document that encapsulates an HTML document, as the encapsulating RTF writer of
   * [MS-OXRTFEX] may.
   *
   * <p>The RTF is 7-bit ASCII and has no raw line breaks. Its header declares code page 1252 and
   * {@code \fromhtml1}; an empty {@code {\*\htmltag64}} precedes the body. Markup (tags, comments,
   * declarations), character references, line breaks and everything outside the HTML body (the
   * head, script and style contents) go into HTMLTAG groups; the text of the body is RTF text, so
   * that an RTF reader shows it; a document without a body start tag (one outside comments and the
   * text of script, style and other raw-text elements) is all body. What an RTF reader needs besides
   * (the character a reference stands for, or a reference no character has, such as
   * {@code &foo;}, as written, which is what a browser shows; a line break for {@code <br>}; a
   * paragraph after a block) is wrapped in
   * {@code \htmlrtf} ... {@code \htmlrtf0}. Backslash and braces are escaped, tab is {@code \tab},
   * CR LF is {@code \par}, other control characters are {@code \'hh}, and every character above
   * U+007F is <code>&#92;uN</code> (one per UTF-16 code unit, so supplementary characters are surrogate
   * pairs) followed by one fallback character, its code page 1252 byte or {@code ?}. The
   * HTMLTagParameter values follow the flags seen in Outlook-written files (destination in bits 0-2,
   * 0x8 for a closing tag, tag type in bits 4-7); de-encapsulating readers ignore them.
   *
   * <p>{@link #extract(byte[])} of the result gives back exactly {@code html}.
   *
   * @param html the HTML document, any string
   * @return the RTF document
   */
  public static String encapsulate(String html) {
    Objects.requireNonNull(html, "html");
    return new Writer(html).run();
  }

  /**
   * Returns the HTML an RTF document encapsulates, as the de-encapsulating RTF reader of
   * [MS-OXRTFEX] extracts it, or empty when its header has no {@code \fromhtml1} (plain RTF, or
   * text encapsulated with {@code \fromtext}).
   *
   * <p>The HTML is the contents of the HTMLTAG groups ({@code \mhtmltag} groups are left out), also
   * of those inside {@code \htmlrtf} parts, and the document text between them, without the parts
   * between {@code \htmlrtf} and {@code \htmlrtf0} ([MS-OXRTFEX] 2.2.3.2); {@code \par} and
   * {@code \line} give CR LF and {@code \tab} a tab, other formatting control words nothing. HTMLTAG
   * contents are decoded in the document's code page ({@code \ansicpgN}), document text in its font's;
   * text in a symbol font ({@code \fcharset2}) gives the document code page's characters, which the
   * original HTML held. {@code \fromhtml1} counts when it comes in the header, before any document
   * text and HTMLTAG group ([MS-OXRTFEX] 2.2.3.1).
   *
   * @param rtf the RTF document (decompressed, see {@link CompressedRtf#decompress(byte[])})
   * @return the HTML, or empty when the RTF does not encapsulate HTML
   * @throws RtfFormatException when the RTF is not well formed (see {@link RtfFormatException})
   */
  public static Optional<String> extract(byte[] rtf) throws RtfFormatException {
    RtfReader.Result r = RtfReader.read(Objects.requireNonNull(rtf, "rtf"));
    return r.fromHtml() ? Optional.of(r.html()) : Optional.empty();
  }

  /**
   * Returns the HTML that a PidTagRtfCompressed value holds encapsulated: the value decompressed
   * ({@link CompressedRtf#decompress(byte[])}, [MS-OXRTFCP]), then {@link #extract(byte[])}
   * ([MS-OXRTFEX]). This is how an HTML body that Outlook stored only as RTF is recovered.
   *
   * @param compressedRtf the PidTagRtfCompressed value: a 16-byte header and LZFu or MELA contents
   * @return the HTML, or empty when the RTF does not encapsulate HTML
   * @throws RtfLimitExceededException when the value's RAWSIZE is larger than
   *     {@link CompressedRtf#DEFAULT_MAX_RAW_SIZE}
   * @throws RtfFormatException when the value cannot be decompressed or the RTF is not well formed
   */
  public static Optional<String> fromCompressedRtf(byte[] compressedRtf) throws RtfFormatException {
    return extract(CompressedRtf.decompress(compressedRtf));
  }

  /**
   * Returns the text an RTF reader shows for an RTF document: the document text with the parts
   * between {@code \htmlrtf} and {@code \htmlrtf0}, without HTMLTAG groups, the font table and
   * other destinations; {@code \par} and {@code \line} give CR LF, {@code \tab} a tab. Bytes that
   * are not valid in their code page show as U+FFFD, as an RTF reader shows them; byte b in a symbol
   * font ({@code \fcharset2}, such as Symbol or Wingdings) is U+F000 + b, the private-use character
   * Windows shows the font's glyph for.
   *
   * @param rtf the RTF document
   * @return the text, possibly empty
   * @throws RtfFormatException when the RTF is not well formed (see {@link RtfFormatException})
   */
  public static String displayedText(byte[] rtf) throws RtfFormatException {
    return RtfReader.read(Objects.requireNonNull(rtf, "rtf")).text();
  }

  /** Turns one HTML document into RTF, fragment by fragment. */
  private static final class Writer {
    private enum Where { BEFORE_HTML, IN_HTML, IN_HEAD, IN_BODY, AFTER_HTML }

    private final String html;
    private final StringBuilder out;
    private final boolean hasBody;
    private final CharsetEncoder cp1252 = CodePage.requireCharset(CodePage.CP_1252).newEncoder();
    private Where where;

    Writer(String html) {
      this.html = html;
      this.out = new StringBuilder(HEADER.length() + html.length() * 2 + 16).append(HEADER);
      this.hasBody = hasBodyStartTag();
      this.where = hasBody ? Where.BEFORE_HTML : Where.IN_BODY;
    }

    String run() {
      int i = 0;
      int n = html.length();
      while (i < n) {
        char c = html.charAt(i);
        if (c == '<') {
          int end = markupEnd(i);
          if (end > i) {
            i = markup(i, end);
            continue;
          }
        } else if (c == '&') {
          Matcher m = ENTITY.matcher(html).region(i, n);
          if (m.lookingAt()) {
            entity(m.group());
            i = m.end();
            continue;
          }
        } else if (c == '\r' || c == '\n') {
          int end = i + 1;
          while (end < n && (html.charAt(end) == '\r' || html.charAt(end) == '\n')) {
            end++;
          }
          lineBreaks(html.substring(i, end));
          i = end;
          continue;
        }
        int end = i + 1;
        while (end < n && "<&\r\n".indexOf(html.charAt(end)) < 0) {
          end++;
        }
        text(html.substring(i, end));
        i = end;
      }
      return out.append('}').toString();
    }

    /**
     * Tells whether the document has a body start tag, reading markup as {@link #run()} does: a
     * {@code <body} inside a comment or the text of a raw-text element (script, style, title ...) is
     * none.
     */
    private boolean hasBodyStartTag() {
      int i = html.indexOf('<');
      while (i >= 0) {
        int end = markupEnd(i);
        if (end == i) {
          i = html.indexOf('<', i + 1);
          continue;
        }
        String m = html.substring(i, end);
        Matcher nm = TAG_NAME.matcher(m);
        if (nm.lookingAt() && !m.startsWith("</")) {
          String name = nm.group(1).toLowerCase(Locale.ROOT);
          if (name.equals("body")) {
            return true;
          }
          end = rawTextEnd(name, m, end);
        }
        i = html.indexOf('<', end);
      }
      return false;
    }

    /** Returns the end of the text after a raw-text element's start tag {@code m}, or {@code end} for other markup. */
    private int rawTextEnd(String name, String m, int end) {
      if (!RAW_TEXT.contains(name) || m.endsWith("/>")) {
        return end;
      }
      int close = indexOfIgnoreCase("</" + name, end);
      return close < 0 ? html.length() : close;
    }

    /** Returns the index after the markup starting at {@code i}, or {@code i} when '<' starts none. */
    private int markupEnd(int i) {
      int n = html.length();
      if (html.startsWith("<!--", i)) {
        int close = html.indexOf("-->", i + 4);
        return close < 0 ? n : close + 3;
      }
      if (i + 1 >= n) {
        return i;
      }
      char d = html.charAt(i + 1);
      boolean tag = Character.isLetter(d) || d == '!' || d == '?'
          || (d == '/' && i + 2 < n && Character.isLetter(html.charAt(i + 2)));
      if (!tag) {
        return i;
      }
      char quote = 0;
      for (int j = i + 1; j < n; j++) {
        char e = html.charAt(j);
        if (quote != 0) {
          if (e == quote) {
            quote = 0;
          }
        } else if (e == '"' || e == '\'') {
          quote = e;
        } else if (e == '>') {
          return j + 1;
        }
      }
      return n;
    }

    /** Writes the markup [i, end) and, after a raw-text element's start tag, its content; returns the next index. */
    private int markup(int i, int end) {
      String m = html.substring(i, end);
      Matcher nm = TAG_NAME.matcher(m);
      if (!nm.lookingAt()) {
        hidden(TYPE_OTHER << 4 | destination(false), m);
        return end;
      }
      String name = nm.group(1).toLowerCase(Locale.ROOT);
      boolean closing = m.startsWith("</");
      boolean visibleBefore = visible();
      switch (name) {
        case "html" -> {
          hidden(TYPE_HTML << 4 | (closing ? CLOSING | IN_HTML : OUT_HTML), m);
          where = closing ? Where.AFTER_HTML : (where == Where.BEFORE_HTML ? Where.IN_HTML : where);
          return end;
        }
        case "head" -> {
          hidden(TYPE_HEAD << 4 | (closing ? CLOSING | IN_HEAD : IN_HTML), m);
          where = closing ? (hasBody ? Where.IN_HTML : Where.IN_BODY) : Where.IN_HEAD;
          return end;
        }
        case "body" -> {
          hidden(TYPE_BODY << 4 | (closing ? CLOSING : 0) | IN_HTML, m);
          where = closing ? Where.IN_HTML : Where.IN_BODY;
          return end;
        }
        default -> {
          // other elements below
        }
      }
      int type = switch (name) {
        case "p" -> TYPE_P;
        case "div" -> TYPE_DIV;
        case "span", "font" -> TYPE_SPAN;
        case "img", "br" -> TYPE_INLINE;
        default -> where == Where.IN_HEAD && HEAD_CHILDREN.contains(name) ? TYPE_HEAD_CHILD : TYPE_OTHER;
      };
      hidden(type << 4 | (closing ? CLOSING : 0) | destination(BLOCKS.contains(name)), m);
      if (visibleBefore) {
        if (name.equals("br")) {
          rtfOnly("\\line ");
        } else if ((closing && BLOCKS.contains(name)) || name.equals("hr")) {
          rtfOnly("\\par ");
        }
      }
      int contentEnd = closing ? end : rawTextEnd(name, m, end);
      if (contentEnd > end) {
        hidden(TYPE_OTHER << 4 | destination(false), html.substring(end, contentEnd));
      }
      return contentEnd;
    }

    private void entity(String reference) {
      hidden(TYPE_INLINE << 4 | destination(false), reference);
      if (visible()) {
        // what a browser shows: the character, or an unknown reference such as &foo; as it is written
        StringBuilder sb = new StringBuilder();
        escape(sb, Parser.unescapeEntities(reference, false));
        rtfOnly(sb.toString());
      }
    }

    private void lineBreaks(String breaks) {
      hidden(TYPE_OTHER << 4 | destination(false), breaks);
      if (visible()) {
        rtfOnly(" ");
      }
    }

    private void text(String s) {
      if (visible()) {
        escape(out, s);
      } else {
        hidden(TYPE_OTHER << 4 | destination(false), s);
      }
    }

    private boolean visible() {
      return where == Where.IN_BODY;
    }

    private int destination(boolean block) {
      return switch (where) {
        case BEFORE_HTML, AFTER_HTML -> OUT_HTML;
        case IN_HTML -> IN_HTML;
        case IN_HEAD -> IN_HEAD;
        case IN_BODY -> block ? IN_BODY : IN_PAR;
      };
    }

    /** Writes an HTMLTAG group holding {@code content}. */
    private void hidden(int parameter, String content) {
      out.append("{\\*\\htmltag").append(parameter).append(' ');
      escape(out, content);
      out.append('}');
    }

    /** Writes RTF that only an RTF reader shows: {@code \htmlrtf rtf\htmlrtf0}. */
    private void rtfOnly(String rtf) {
      out.append("\\htmlrtf ").append(rtf).append("\\htmlrtf0 ");
    }

    private void escape(StringBuilder sb, String s) {
      int n = s.length();
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c == '\\' || c == '{' || c == '}') {
          sb.append('\\').append(c);
        } else if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
          sb.append("\\par ");
          i++;
        } else if (c == '\t') {
          sb.append("\\tab ");
        } else if (c < 0x20 || c == 0x7F) {
          sb.append("\\'").append(hex2(c));
        } else if (c < 0x80) {
          sb.append(c);
        } else {
          sb.append("\\u").append((int) (short) c);
          sb.append(fallback(c));
        }
      }
    }

    /** The fallback after <code>&#92;uN</code>: the character's code page 1252 byte as {@code \'hh}, else {@code ?}. */
    private String fallback(char c) {
      if (Character.isSurrogate(c)) {
        return "?";
      }
      try {
        ByteBuffer b = cp1252.reset().encode(CharBuffer.wrap(new char[] {c}));
        if (b.remaining() == 1) {
          int v = b.get() & 0xFF;
          return v >= 0x80 ? "\\'" + hex2(v) : "?";
        }
      } catch (CharacterCodingException e) {
        // not in code page 1252
      }
      return "?";
    }

    private int indexOfIgnoreCase(String needle, int from) {
      int n = html.length() - needle.length();
      for (int i = from; i <= n; i++) {
        if (html.regionMatches(true, i, needle, 0, needle.length())) {
          return i;
        }
      }
      return -1;
    }

    private static String hex2(int v) {
      return String.format(Locale.ROOT, "%02x", v);
    }
  }
}
