package org.xms4j.validation;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.xms4j.path.MessagePath;

/**
 * Where a {@link Rule} reports its findings: it fills in the rule's id, level, spec reference and
 * covered rows, so the rule gives only the place and the message.
 *
 * <p>The validator makes one reporter per rule run; rules never make their own.
 */
public final class Reporter {

  private final RuleInfo rule;
  private final Consumer<Finding> sink;

  Reporter(RuleInfo rule, Consumer<Finding> sink) {
    this.rule = rule;
    this.sink = sink;
  }

  /**
   * Returns the catalogue entry of the rule reporting.
   *
   * @return the entry
   */
  public RuleInfo rule() {
    return rule;
  }

  /**
   * Reports one finding.
   *
   * @param path where
   * @param message what was expected and what was found, quoting the actual value (see
   *     {@link #quote(String)})
   */
  public void report(MessagePath path, String message) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    sink.accept(new Finding(rule.id(), rule.level(), rule.spec(), rule.covers(), path, message));
  }

  /**
   * Quotes a text value for a finding message: in double quotes, with {@code "}, {@code \} and
   * control characters escaped as in Java source, and cut after 120 characters with the full
   * length added.
   *
   * @param text the value
   * @return for example {@code "IPM.Note"}
   */
  public static String quote(String text) {
    StringBuilder b = new StringBuilder("\"");
    int limit = Math.min(text.length(), 120);
    if (limit < text.length() && Character.isHighSurrogate(text.charAt(limit - 1))) {
      limit--;
    }
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) && !validSurrogateAt(text, i)) {
            b.append(String.format("\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
    if (text.length() > limit) {
      b.insert(b.length() - 1, "\u2026").append(" (").append(text.length()).append(" characters)");
    }
    return b.toString();
  }

  private static boolean validSurrogateAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /**
   * Quotes each text of a list and joins them with {@code ", "}.
   *
   * @param texts the values
   * @return for example {@code "a", "b"}, or {@code none} for an empty list
   */
  public static String quoteAll(List<String> texts) {
    if (texts.isEmpty()) {
      return "none";
    }
    StringBuilder b = new StringBuilder();
    for (String t : texts) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(quote(t));
    }
    return b.toString();
  }
}
