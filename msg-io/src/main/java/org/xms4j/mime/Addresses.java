package org.xms4j.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.xms4j.message.MobileAddress;
import org.xms4j.mime.ConversionReport.Action;

/**
 * A lenient parser of address-list header values (RFC 5322 section 3.4): quoted and encoded display
 * names, comments, groups, obsolete routes, mailboxes without angle brackets, stray characters,
 * the [MS-ASMS] {@code "Name" [MOBILE:number]} form and bare phone numbers. Every repair is reported.
 */
final class Addresses {

  /**
   * One parsed address.
   *
   * @param name the decoded display name, or null
   * @param address the address (an addr-spec, or the number of a MOBILE address)
   * @param mobile true for a {@code [MOBILE:]} form or a bare phone number
   */
  record Parsed(@Nullable String name, String address, boolean mobile) {
  }

  private Addresses() {
  }

  /** Tells whether text is a phone number: an optional +, then 5 to 15 digits with separators. */
  static boolean isPhoneNumber(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (!(c == '+' && i == 0) && c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
        return false;
      }
    }
    return digits >= 5 && digits <= 15 && (t.charAt(0) == '+' || Character.isDigit(t.charAt(0)));
  }

  /**
   * Parses an address list.
   *
   * @param raw the header value, unfolded, not decoded
   * @param where the location for report items (for example {@code header To})
   * @param report the report
   * @return the addresses in order
   */
  static List<Parsed> parse(String raw, String where, ConversionReport.Recorder report) {
    List<Parsed> out = new ArrayList<>();
    for (String item : split(raw)) {
      String s = item.strip();
      int colon = topLevel(s, ':');
      int angle = topLevel(s, '<');
      if (colon >= 0 && (angle < 0 || colon < angle)) {
        String group = s.substring(0, colon).strip();
        if (!group.isEmpty()) {
          report.add(where, "group name \"" + HeaderBlock.shorten(phrase(group, where, report)) + "\"",
              "a Message object has no address groups; the members are kept", Action.DROPPED);
        }
        s = s.substring(colon + 1).strip();
      }
      if (s.isEmpty()) {
        continue;
      }
      Parsed p = parseOne(s, where, report);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  private static @Nullable Parsed parseOne(String s, String where, ConversionReport.Recorder report) {
    if (s.toUpperCase(Locale.ROOT).contains("[MOBILE:")) {
      try {
        MobileAddress m = MobileAddress.parse(s);
        String name = m.name().map(n -> EncodedWords.decode(n, where, report)).orElse(null);
        return new Parsed(name, m.number(), true);
      } catch (IllegalArgumentException e) {
        report.add(where, "\"" + HeaderBlock.shorten(s) + "\"", "not a valid [MOBILE:] address: " + e.getMessage(),
            Action.DROPPED);
        return null;
      }
    }
    int lt = topLevel(s, '<');
    if (lt >= 0) {
      int gt = s.indexOf('>', lt);
      if (gt < 0) {
        report.add(where, "\"" + HeaderBlock.shorten(s) + "\"", "'<' without '>'; read up to the end",
            Action.REPAIRED);
        gt = s.length();
      }
      String addr = s.substring(lt + 1, gt).strip();
      int routeEnd = addr.startsWith("@") ? addr.indexOf(':') : -1;
      if (routeEnd > 0) {
        addr = addr.substring(routeEnd + 1).strip();
      }
      String after = gt < s.length() ? stripComments(s.substring(gt + 1)).strip() : "";
      if (!after.isEmpty()) {
        report.add(where, "\"" + HeaderBlock.shorten(after) + "\" after <" + addr + ">",
            "text after the angle-bracket address; ignored", Action.DROPPED);
      }
      String name = phrase(s.substring(0, lt), where, report);
      if (addr.isEmpty()) {
        report.add(where, "\"" + HeaderBlock.shorten(s) + "\"", "empty address", Action.DROPPED);
        return null;
      }
      return new Parsed(name.isEmpty() ? null : name, addr, !addr.contains("@") && isPhoneNumber(addr));
    }
    String comment = firstComment(s);
    String rest = stripComments(s).strip();
    String[] tokens = rest.split("\\s+");
    if (tokens.length > 1) {
      int at = -1;
      for (int i = tokens.length - 1; i >= 0; i--) {
        if (tokens[i].contains("@") && !tokens[i].startsWith("\"")) {
          at = i;
          break;
        }
      }
      if (at > 0 && at == tokens.length - 1) {
        String addr = tokens[at];
        String name = phrase(rest.substring(0, rest.lastIndexOf(addr)), where, report);
        report.add(where, "\"" + HeaderBlock.shorten(s) + "\"",
            "display name and address without angle brackets; read as name \"" + name + "\" and address " + addr,
            Action.REPAIRED);
        return new Parsed(name.isEmpty() ? null : name, addr, false);
      }
      if (isPhoneNumber(rest)) {
        return new Parsed(comment, rest, true);
      }
      report.add(where, "\"" + HeaderBlock.shorten(s) + "\"", "not an address", Action.KEPT_RAW);
      return new Parsed(null, rest, false);
    }
    String addr = unquote(rest);
    if (!addr.contains("@") && !isPhoneNumber(addr)) {
      report.add(where, "\"" + HeaderBlock.shorten(s) + "\"", "address without a domain; kept as written",
          Action.KEPT_RAW);
    }
    return new Parsed(comment, addr, !addr.contains("@") && isPhoneNumber(addr));
  }

  /** Returns the decoded display-name phrase: comments removed, quotes undone, encoded words decoded. */
  static String phrase(String s, String where, ConversionReport.Recorder report) {
    String t = stripComments(s).strip();
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '"') {
        int j = i + 1;
        StringBuilder q = new StringBuilder();
        while (j < t.length() && t.charAt(j) != '"') {
          if (t.charAt(j) == '\\' && j + 1 < t.length()) {
            j++;
          }
          q.append(t.charAt(j));
          j++;
        }
        out.append(EncodedWords.decode(q.toString(), where, report));
        i = j + 1;
      } else {
        int j = i;
        while (j < t.length() && t.charAt(j) != '"') {
          j++;
        }
        out.append(EncodedWords.decode(t.substring(i, j), where, report));
        i = j;
      }
    }
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  private static @Nullable String firstComment(String s) {
    int open = topLevel(s, '(');
    if (open < 0) {
      return null;
    }
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          String c1 = s.substring(open + 1, i).strip();
          return c1.isEmpty() ? null : c1;
        }
      }
    }
    return null;
  }

  static String stripComments(String s) {
    StringBuilder out = new StringBuilder();
    Nesting n = new Nesting();
    int i = 0;
    while (i < s.length()) {
      if (n.inside()) {
        boolean keep = n.quoted;
        int next = n.stepInside(s, i, true);
        if (keep) {
          out.append(s, i, next);
        }
        i = next;
        continue;
      }
      char c = s.charAt(i);
      n.stepTop(c);
      if (c != '(') {
        out.append(c);
      }
      i++;
    }
    return out.toString();
  }

  /** Returns the index of a character outside quotes, comments, angle and square brackets. */
  private static int topLevel(String s, char target) {
    Nesting n = new Nesting();
    int i = 0;
    while (i < s.length()) {
      if (n.inside()) {
        i = n.stepInside(s, i, true);
        continue;
      }
      char c = s.charAt(i);
      if (c == target && n.square == 0 && (n.angle == 0 || target == '<')) {
        return i;
      }
      n.stepTop(c);
      i++;
    }
    return -1;
  }

  /** Splits at commas and semicolons outside quotes, comments, angle and square brackets. */
  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    Nesting n = new Nesting();
    int i = 0;
    while (i < s.length()) {
      if (n.inside()) {
        int next = n.stepInside(s, i, false);
        cur.append(s, i, next);
        i = next;
        continue;
      }
      char c = s.charAt(i);
      if ((c == ',' || c == ';') && n.square == 0 && n.angle == 0) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        n.stepTop(c);
        cur.append(c);
      }
      i++;
    }
    out.add(cur.toString());
    return out;
  }

  /**
   * Where a left-to-right scan of a header value stands: in a quoted string, how deep in comments,
   * square brackets and angle brackets.
   */
  private static final class Nesting {
    private boolean quoted;
    private int comment;
    private int square;
    private int angle;

    /** Whether the scan is in a quoted string or a comment. */
    boolean inside() {
      return quoted || comment > 0;
    }

    /**
     * Steps over the character at {@code i} in a quoted string or comment, together with the
     * character a backslash escapes (in comments only when {@code commentEscapes}); returns the
     * index after what it stepped over.
     */
    int stepInside(String s, int i, boolean commentEscapes) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '\\' && i + 1 < s.length()) {
          return i + 2;
        }
        if (c == '"') {
          quoted = false;
        }
      } else if (c == '\\' && commentEscapes) {
        return Math.min(i + 2, s.length());
      } else if (c == '(') {
        comment++;
      } else if (c == ')') {
        comment--;
      }
      return i + 1;
    }

    /** Steps over a character outside quotes and comments: it may open or close one. */
    void stepTop(char c) {
      switch (c) {
        case '"' -> quoted = true;
        case '(' -> comment++;
        case '[' -> square++;
        case ']' -> square = Math.max(0, square - 1);
        case '<' -> angle++;
        case '>' -> angle = Math.max(0, angle - 1);
        default -> {
        }
      }
    }
  }
}
