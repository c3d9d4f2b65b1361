package org.xms4j.smil.internal;

import java.util.Set;
import org.xms4j.smil.SmilParseException;

/**
 * Screens a document before any XML parser sees it, and prepares it for the parser.
 *
 * <p>The document type declaration is where the dangerous parts of XML live. The rule applied here:
 * a declaration with only an external identifier ({@code <!DOCTYPE smil PUBLIC "..." "...">}, as
 * many phones write) is accepted and its external subset is never read; an internal subset
 * ({@code [...]}) is refused when it contains an entity declaration ({@code <!ENTITY}) or a
 * parameter-entity reference ({@code %name;}); any other internal subset (element, attribute-list
 * and notation declarations, comments) is accepted and ignored, so attribute defaults it declares
 * are not applied.
 *
 * <p>Since no entity can be declared and the external subset is never read, a reference to an
 * entity other than the five predefined ones ({@code lt gt amp quot apos}) can never be resolved; it
 * is refused wherever it occurs. (A parser that does not read the DTD would otherwise drop such a
 * reference from an attribute value without a word when the document has an external subset.)
 */
public final class Screening {

  private static final Set<String> PREDEFINED = Set.of("lt", "gt", "amp", "quot", "apos");

  private Screening() {}

  /**
   * Refuses a document whose internal DTD subset declares entities or refers to parameter entities.
   *
   * @param doc the decoded document
   * @throws SmilParseException of kind {@link SmilParseException.Kind#FORBIDDEN_DTD}, positioned at
   *     the offending declaration or reference
   */
  public static void screenProlog(String doc) throws SmilParseException {
    int i = 0;
    int n = doc.length();
    while (i < n) {
      char c = doc.charAt(i);
      if (ClockValues.isXmlSpace(c) || c == '\uFEFF') {
        i++;
      } else if (doc.startsWith("<?", i)) {
        i = skipPast(doc, i + 2, "?>");
      } else if (doc.startsWith("<!--", i)) {
        i = skipPast(doc, i + 4, "-->");
      } else if (doc.startsWith("<!DOCTYPE", i)) {
        screenDoctype(doc, i + 9);
        return;
      } else {
        return;
      }
    }
  }

  /**
   * Makes a document acceptable to a parser reading characters without changing any position in
   * it: a byte-order mark and an XML declaration that follows white space are overwritten with
   * spaces (line breaks inside the declaration are kept). The declaration is not needed once the
   * text is decoded.
   *
   * @param doc the decoded document
   * @return the prepared document, of the same length
   */
  public static String prepare(String doc) {
    int i = 0;
    int n = doc.length();
    while (i < n && (ClockValues.isXmlSpace(doc.charAt(i)) || doc.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i == 0) {
      return doc;
    }
    StringBuilder b = new StringBuilder(doc);
    for (int k = 0; k < i; k++) {
      if (b.charAt(k) == '\uFEFF') {
        b.setCharAt(k, ' ');
      }
    }
    boolean declaration = doc.startsWith("<?xml", i) && i + 5 < n
        && (ClockValues.isXmlSpace(doc.charAt(i + 5)) || doc.charAt(i + 5) == '?');
    int end = declaration ? doc.indexOf("?>", i) : -1;
    for (int k = i; end >= 0 && k < end + 2; k++) {
      if (b.charAt(k) != '\n' && b.charAt(k) != '\r') {
        b.setCharAt(k, ' ');
      }
    }
    return b.toString();
  }

  /**
   * Refuses a reference to an entity that is not predefined, anywhere outside comments, CDATA
   * sections, processing instructions and the document type declaration.
   *
   * @param doc the decoded document
   * @throws SmilParseException of kind {@link SmilParseException.Kind#MALFORMED_XML}, positioned at
   *     the reference
   */
  public static void screenReferences(String doc) throws SmilParseException {
    int i = 0;
    int n = doc.length();
    while (i < n) {
      char c = doc.charAt(i);
      if (c == '<') {
        if (doc.startsWith("<!--", i)) {
          i = skipPast(doc, i + 4, "-->");
        } else if (doc.startsWith("<![CDATA[", i)) {
          i = skipPast(doc, i + 9, "]]>");
        } else if (doc.startsWith("<?", i)) {
          i = skipPast(doc, i + 2, "?>");
        } else if (doc.startsWith("<!DOCTYPE", i)) {
          i = endOfDoctype(doc, i + 9);
        } else {
          i++;
        }
      } else if (c == '&' && i + 1 < n && doc.charAt(i + 1) != '#') {
        int end = i + 1;
        while (end < n && end - i < 64 && isNameChar(doc.charAt(end))) {
          end++;
        }
        String name = doc.substring(i + 1, end);
        if (end < n && doc.charAt(end) == ';' && !PREDEFINED.contains(name)) {
          throw positioned(SmilParseException.Kind.MALFORMED_XML, doc, i, "reference to entity \"" + name
              + "\", which is not declared (only lt, gt, amp, quot and apos are supported)");
        }
        i = end;
      } else {
        i++;
      }
    }
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':' || c > 0x7F;
  }

  /** Returns the offset just past the document type declaration whose keyword ends at {@code from}. */
  private static int endOfDoctype(String doc, int from) {
    int i = from;
    int n = doc.length();
    boolean subset = false;
    while (i < n) {
      char c = doc.charAt(i);
      if (c == '"' || c == '\'') {
        i = skipPast(doc, i + 1, String.valueOf(c));
      } else if (subset && doc.startsWith("<!--", i)) {
        i = skipPast(doc, i + 4, "-->");
      } else if (subset && doc.startsWith("<?", i)) {
        i = skipPast(doc, i + 2, "?>");
      } else if (c == '[') {
        subset = true;
        i++;
      } else if (c == ']') {
        subset = false;
        i++;
      } else if (c == '>' && !subset) {
        return i + 1;
      } else {
        i++;
      }
    }
    return n;
  }

  private static void screenDoctype(String doc, int from) throws SmilParseException {
    int i = from;
    int n = doc.length();
    while (i < n) {
      char c = doc.charAt(i);
      if (c == '"' || c == '\'') {
        int end = doc.indexOf(c, i + 1);
        if (end < 0) {
          return;
        }
        i = end + 1;
      } else if (c == '>') {
        return;
      } else if (c == '[') {
        screenInternalSubset(doc, i + 1);
        return;
      } else {
        i++;
      }
    }
  }

  private static void screenInternalSubset(String doc, int from) throws SmilParseException {
    int i = from;
    int n = doc.length();
    while (i < n) {
      char c = doc.charAt(i);
      if (doc.startsWith("<!--", i)) {
        i = skipPast(doc, i + 4, "-->");
      } else if (doc.startsWith("<?", i)) {
        i = skipPast(doc, i + 2, "?>");
      } else if (c == '"' || c == '\'') {
        int end = doc.indexOf(c, i + 1);
        if (end < 0) {
          return;
        }
        i = end + 1;
      } else if (doc.regionMatches(true, i, "<!ENTITY", 0, 8)) {
        throw refuse(doc, i, "entity declaration in the internal DTD subset; documents that declare "
            + "entities are refused (external entities and entity expansion are not supported)");
      } else if (c == '%') {
        throw refuse(doc, i, "parameter-entity reference in the internal DTD subset; documents that "
            + "use parameter entities are refused");
      } else if (c == ']') {
        return;
      } else {
        i++;
      }
    }
  }

  private static int skipPast(String doc, int from, String end) {
    int j = doc.indexOf(end, from);
    return j < 0 ? doc.length() : j + end.length();
  }

  private static SmilParseException refuse(String doc, int offset, String message) {
    return positioned(SmilParseException.Kind.FORBIDDEN_DTD, doc, offset, message);
  }

  private static SmilParseException positioned(SmilParseException.Kind kind, String doc, int offset, String message) {
    int line = 1;
    int column = 1;
    for (int k = 0; k < offset; k++) {
      if (doc.charAt(k) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SmilParseException(kind, message, line, column, offset, null);
  }
}
