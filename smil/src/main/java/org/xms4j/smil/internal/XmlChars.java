package org.xms4j.smil.internal;

/**
 * XML 1.0 character rules used by the model (name checks) and the writer (escaping).
 */
public final class XmlChars {

  private XmlChars() {}

  /**
   * Tells whether a string is a namespace-free XML name (an NCName): it starts with a letter,
   * {@code _} or a non-ASCII character, and continues with letters, digits, {@code .}, {@code -},
   * {@code _} or non-ASCII characters. Non-ASCII characters are accepted without consulting the
   * full XML name tables.
   *
   * @param name the candidate name
   * @return true when the name can be written as an element or attribute local name or prefix
   */
  public static boolean isNcName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c > 0x7F;
      boolean other = (c >= '0' && c <= '9') || c == '.' || c == '-';
      if (!(letter || (i > 0 && other))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Appends text as XML character data: {@code &}, {@code <}, {@code >} and carriage return are
   * written as references.
   *
   * @param out where to append
   * @param text the character data
   * @throws IllegalArgumentException when the text holds a character XML 1.0 cannot carry
   */
  public static void appendText(StringBuilder out, String text) {
    append(out, text, false);
  }

  /**
   * Appends text as a double-quoted attribute value without the quotes: {@code &}, {@code <},
   * {@code >}, {@code "}, tab, line feed and carriage return are written as references so that
   * attribute-value normalisation gives the same value back.
   *
   * @param out where to append
   * @param value the attribute value
   * @throws IllegalArgumentException when the value holds a character XML 1.0 cannot carry
   */
  public static void appendAttributeValue(StringBuilder out, String value) {
    append(out, value, true);
  }

  /**
   * Appends escaped text; in attribute values {@code "}, tab and line feed are references too.
   */
  private static void append(StringBuilder out, String s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String reference = reference(c, attribute);
      if (reference != null) {
        out.append(reference);
      } else {
        checkChar(s, i);
        out.append(c);
      }
    }
  }

  private static String reference(char c, boolean attribute) {
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '\r':
        return "&#13;";
      case '"':
        return attribute ? "&quot;" : null;
      case '\t':
        return attribute ? "&#9;" : null;
      case '\n':
        return attribute ? "&#10;" : null;
      default:
        return null;
    }
  }

  private static void checkChar(String s, int i) {
    char c = s.charAt(i);
    boolean ok;
    if (Character.isHighSurrogate(c)) {
      ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    } else if (Character.isLowSurrogate(c)) {
      ok = i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    } else {
      ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }
    if (!ok) {
      throw new IllegalArgumentException(
          String.format("character U+%04X at index %d cannot be written in XML 1.0", (int) c, i));
    }
  }
}
