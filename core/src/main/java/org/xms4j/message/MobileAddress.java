package org.xms4j.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A party of a mobile message: a phone number and an optional name, with the text form of
 * [MS-ASMS] {@code "Name" [MOBILE:+14255550123]} (the name part is optional).
 *
 * <p>The number is kept exactly as given (trimmed of surrounding white space): xms4j never rewrites
 * a phone number. In the text form the name is a quoted string in which {@code "} and {@code \} are
 * escaped with a backslash.
 *
 * <p>Specified by [MS-ASMS] section 2.2.2.1.1 (From) and 2.2.2.1.6 (To).
 */
public final class MobileAddress {

  private static final String MOBILE_PREFIX = "[MOBILE:";

  private final @Nullable String name;
  private final String number;

  private MobileAddress(@Nullable String name, String number) {
    this.name = name;
    this.number = number;
  }

  /**
   * Returns an address.
   *
   * @param name the display name; null or blank for none
   * @param number the phone number as given; surrounding white space is removed
   * @return the address
   * @throws IllegalArgumentException when the number is blank
   */
  public static MobileAddress of(@Nullable String name, String number) {
    Objects.requireNonNull(number, "number");
    String n = number.strip();
    if (n.isEmpty()) {
      throw new IllegalArgumentException("number must not be blank");
    }
    String nm = name == null || name.isBlank() ? null : name.strip();
    return new MobileAddress(nm, n);
  }

  /**
   * Returns an address without a name.
   *
   * @param number the phone number as given
   * @return the address
   * @throws IllegalArgumentException when the number is blank
   */
  public static MobileAddress ofNumber(String number) {
    return of(null, number);
  }

  /**
   * Parses the text form {@code "Name" [MOBILE:number]}, {@code Name [MOBILE:number]} (unquoted
   * name) or {@code [MOBILE:number]}. {@code MOBILE} is matched case-insensitively; the number is
   * everything between {@code [MOBILE:} and the final {@code ]}.
   *
   * @param text the text form
   * @return the address
   * @throws IllegalArgumentException when the text is not in that form; the message gives the
   *     character index and what was expected
   */
  public static MobileAddress parse(String text) {
    String s = text.strip();
    int i = 0;
    String name = null;
    if (s.startsWith("\"")) {
      StringBuilder sb = new StringBuilder();
      i = 1;
      boolean closed = false;
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == '\\' && i < s.length()) {
          sb.append(s.charAt(i++));
        } else if (c == '"') {
          closed = true;
          break;
        } else {
          sb.append(c);
        }
      }
      if (!closed) {
        throw new IllegalArgumentException("unterminated quoted name in \"" + text + "\": expected '\"' before the end");
      }
      name = sb.toString();
    }
    int open = s.toUpperCase(Locale.ROOT).indexOf(MOBILE_PREFIX, i);
    if (open < 0) {
      throw new IllegalArgumentException("expected \"" + MOBILE_PREFIX + "\" at index " + i + " of \"" + text + "\"");
    }
    String between = s.substring(i, open);
    if (name != null && !between.isBlank()) {
      throw new IllegalArgumentException("unexpected text \"" + between.strip() + "\" at index " + i
          + " of \"" + text + "\": expected \"" + MOBILE_PREFIX + "\" after the quoted name");
    }
    if (name == null) {
      name = between.strip();
    }
    if (!s.endsWith("]")) {
      throw new IllegalArgumentException("expected ']' at the end of \"" + text + "\"");
    }
    String number = s.substring(open + MOBILE_PREFIX.length(), s.length() - 1);
    if (number.isBlank()) {
      throw new IllegalArgumentException("empty phone number at index " + (open + MOBILE_PREFIX.length())
          + " of \"" + text + "\"");
    }
    return of(name, number);
  }

  /**
   * Parses a list of text forms separated by {@code ;} or {@code ,} outside quotes and brackets.
   *
   * @param text for example {@code "Ann" [MOBILE:+1 425 555 0100]; [MOBILE:0123]}
   * @return the addresses in order; empty for blank text
   * @throws IllegalArgumentException when an element is not in the text form
   */
  public static List<MobileAddress> parseList(String text) {
    List<MobileAddress> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted && c == '\\' && i + 1 < text.length()) {
        cur.append(c).append(text.charAt(++i));
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '[') {
        depth++;
      } else if (!quoted && c == ']' && depth > 0) {
        depth--;
      } else if (!quoted && depth == 0 && (c == ';' || c == ',')) {
        if (!cur.toString().isBlank()) {
          out.add(parse(cur.toString()));
        }
        cur.setLength(0);
        continue;
      }
      cur.append(c);
    }
    if (!cur.toString().isBlank()) {
      out.add(parse(cur.toString()));
    }
    return List.copyOf(out);
  }

  /**
   * Returns the name.
   *
   * @return the name, or empty when the party has none
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Returns the phone number as given.
   *
   * @return the number, never blank
   */
  public String number() {
    return number;
  }

  /**
   * Returns the name to display: the name, or the number when there is none.
   *
   * @return a non-blank display name
   */
  public String displayName() {
    return name != null ? name : number;
  }

  /**
   * Returns the [MS-ASMS] text form: {@code "Name" [MOBILE:number]}, or {@code [MOBILE:number]}
   * without a name.
   *
   * @return the text form; {@link #parse(String)} gives this address back
   */
  public String format() {
    if (name == null) {
      return MOBILE_PREFIX + number + "]";
    }
    return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\" " + MOBILE_PREFIX + number + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MobileAddress a && Objects.equals(name, a.name) && number.equals(a.number);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, number);
  }

  /**
   * Returns {@link #format()}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return format();
  }
}
