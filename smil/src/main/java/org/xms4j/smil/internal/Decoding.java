package org.xms4j.smil.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xms4j.smil.SmilParseException;

/**
 * Decodes the bytes of an XML document to text, detecting the encoding as [XML] Appendix F
 * describes: a byte-order mark (UTF-8, UTF-16, UTF-32), else the pattern of {@code <?} in UTF-16,
 * else the {@code encoding} of the XML declaration, else UTF-8. Bytes that are not valid in the
 * detected encoding are an error, never replaced.
 */
public final class Decoding {

  private static final Pattern DECLARED =
      Pattern.compile("^[ \\t\\r\\n]*<\\?xml[^>]*?encoding[ \\t\\r\\n]*=[ \\t\\r\\n]*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");

  private Decoding() {}

  /**
   * Decodes a document.
   *
   * @param bytes the document
   * @return the text, without a byte-order mark
   * @throws SmilParseException of kind {@link SmilParseException.Kind#MALFORMED_XML} when the
   *     declared encoding is unknown or the bytes are not valid in the encoding
   */
  public static String decode(byte[] bytes) throws SmilParseException {
    int skip = 0;
    Charset cs;
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      cs = Charset.forName("UTF-32BE");
      skip = 4;
    } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      cs = Charset.forName("UTF-32LE");
      skip = 4;
    } else if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (startsWith(bytes, 0x00, 0x3C, 0x00, 0x3F)) {
      cs = StandardCharsets.UTF_16BE;
    } else if (startsWith(bytes, 0x3C, 0x00, 0x3F, 0x00)) {
      cs = StandardCharsets.UTF_16LE;
    } else {
      cs = declared(bytes);
    }
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
        (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      out.flip();
      String before = out.toString();
      int line = 1;
      int column = 1;
      for (int k = 0; k < before.length(); k++) {
        if (before.charAt(k) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw new SmilParseException(SmilParseException.Kind.MALFORMED_XML,
          "bytes not valid in " + cs.name() + " at byte offset " + in.position(),
          line, column, before.length(), null);
    }
    out.flip();
    return out.toString();
  }

  private static Charset declared(byte[] bytes) throws SmilParseException {
    String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return StandardCharsets.UTF_8;
    }
    String name = m.group(1);
    try {
      Charset cs = Charset.forName(name);
      // The declaration was readable as ASCII, so the bytes are not UTF-16 or UTF-32 whatever it says.
      return cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32") ? StandardCharsets.UTF_8 : cs;
    } catch (IllegalArgumentException e) {
      throw new SmilParseException(SmilParseException.Kind.MALFORMED_XML,
          "unsupported encoding declared: \"" + name + "\"", 1, -1, -1, e);
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
