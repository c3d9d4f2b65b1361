package org.xms4j.mime;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertySet;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.SpecReference;

/**
 * The header tables of [MS-OXCMAIL] and [MS-OMS] shared by reader and writer: which headers map to
 * which properties, which stay out of PS_INTERNET_HEADERS, importance and priority values, and the
 * subject prefix rule.
 */
final class HeaderRules {

  /** X-MS-Reply-To-Mobile: the mobile number of the other party ([MS-OMS] 2.2.2.1.1.2). */
  static final String REPLY_TO_MOBILE = "X-MS-Reply-To-Mobile";
  /** The reminder appended to the subject of MMS mail ([MS-OMS] 2.2.2.1.1.5). */
  static final String MMS_SUBJECT_REMINDER = "(open the message to view content)";
  /** A reminder at the end of a subject, in the wording of [MS-OMS] 2.2.2.1.1.5 or of its 4.5 example. */
  static final Pattern MMS_REMINDER_AT_END =
      Pattern.compile("\\s*\\(open the message to view (its )?content\\)\\s*$", Pattern.CASE_INSENSITIVE);

  /** Headers that map to properties other than PS_INTERNET_HEADERS ones (lower case). */
  static final Set<String> MAPPED = Set.of("from", "sender", "to", "cc", "bcc", "subject", "date", "message-id",
      "in-reply-to", "references", "importance", "priority", "x-priority", "x-msmail-priority",
      "x-ms-reply-to-mobile");

  /** Headers that describe the MIME structure; their content is in the structure (lower case). */
  static final Set<String> STRUCTURE = Set.of("mime-version", "content-type", "content-transfer-encoding",
      "content-disposition", "content-id", "content-description", "content-md5", "content-location",
      "content-base", "content-length");

  /**
   * Headers for which readers SHOULD NOT create PS_INTERNET_HEADERS properties ([MS-OXCMAIL]
   * 2.2.3.2.29), lower case; the structure headers above are among them.
   */
  private static final Set<String> NOT_INTERNET_HEADERS = Set.of("received", "resent-from", "resent-sender",
      "resent-date", "resent-message-id", "return-path", "comments", "adhoc", "apparently-to", "approved",
      "control", "distribution", "encoding", "followup-to", "lines", "bytes", "article", "supercedes",
      "newsgroups", "nntppostinghost", "organization", "path", "rr", "summary", "trace", "encrypted",
      "x-mimeole", "x-ms-tnef-correlator");

  private static final Set<String> EXCHANGE_AUTH = Set.of("x-ms-exchange-organization-authas",
      "x-ms-exchange-organization-authdomain", "x-ms-exchange-organization-authmechanism",
      "x-ms-exchange-organization-authsource");

  private static final Pattern SUBJECT_PREFIX = Pattern.compile("^([^\\s\\d:]{1,3}): ");

  private HeaderRules() {
  }

  static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Tells whether a header is an X-MS-Exchange-Organization- or -Forest- header other than the Auth ones. */
  static boolean isExchangeInternal(String name) {
    String n = lower(name);
    return (n.startsWith("x-ms-exchange-organization-") || n.startsWith("x-ms-exchange-forest-"))
        && !EXCHANGE_AUTH.contains(n);
  }

  /** Tells whether a reader keeps this header out of PS_INTERNET_HEADERS ([MS-OXCMAIL] 2.2.3.2.29). */
  static boolean notAnInternetHeaderProperty(String name) {
    String n = lower(name);
    return STRUCTURE.contains(n) || NOT_INTERNET_HEADERS.contains(n) || isExchangeInternal(name);
  }

  /** Tells whether a writer should not emit this PS_INTERNET_HEADERS name ([MS-OXCMAIL] 2.1.3.2.4). */
  static boolean writerSkips(String name) {
    String n = lower(name);
    return n.startsWith("x-microsoft-exchange-organization") || n.startsWith("x-microsoft-exchange-forest")
        || isExchangeInternal(name);
  }

  /** Returns the definition of the PS_INTERNET_HEADERS string property named after a header. */
  static PropertyDefinition<String> internetHeader(String name) {
    return PropertyDefinition.ofString(name, PropertyKey.named(NamedPropertyId.name(PropertySet.PS_INTERNET_HEADERS,
        name), PropertyType.STRING), SpecReference.of("MS-OXCMAIL", "2.2.3.2.29"));
  }

  /** Returns the header name of a PS_INTERNET_HEADERS string property, or empty for other keys. */
  static Optional<String> internetHeaderName(PropertyKey key) {
    if (key instanceof PropertyKey.Named n && n.id() instanceof NamedPropertyId.ByName b
        && b.set().equals(PropertySet.PS_INTERNET_HEADERS)
        && (key.type() == PropertyType.STRING || key.type() == PropertyType.STRING8)) {
      return Optional.of(b.name());
    }
    return Optional.empty();
  }

  /** Returns the text of a string value. */
  static Optional<String> text(PropertyValue v) {
    if (v instanceof PropertyValue.Text t) {
      return Optional.of(t.value());
    }
    if (v instanceof PropertyValue.String8 s) {
      return Optional.of(s.text());
    }
    return Optional.empty();
  }

  /** Returns PidTagImportance for an Importance or X-MSMail-Priority value: low 0, normal 1, high 2. */
  static OptionalInt importanceWord(String v) {
    switch (lower(v.strip())) {
      case "low":
        return OptionalInt.of(0);
      case "normal":
        return OptionalInt.of(1);
      case "high":
        return OptionalInt.of(2);
      default:
        return OptionalInt.empty();
    }
  }

  /** Returns PidTagImportance for an X-Priority value: 5 and 4 low, 3 normal, 2 and 1 high. */
  static OptionalInt importanceXPriority(String v) {
    String s = v.strip();
    if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
      return OptionalInt.empty();
    }
    switch (s.charAt(0)) {
      case '1', '2':
        return OptionalInt.of(2);
      case '3':
        return OptionalInt.of(1);
      case '4', '5':
        return OptionalInt.of(0);
      default:
        return OptionalInt.empty();
    }
  }

  /** Returns PidTagImportance for a Priority value: non-urgent 0, normal 1, urgent 2. */
  static OptionalInt importancePriority(String v) {
    switch (lower(v.strip())) {
      case "non-urgent":
        return OptionalInt.of(0);
      case "normal":
        return OptionalInt.of(1);
      case "urgent":
        return OptionalInt.of(2);
      default:
        return OptionalInt.empty();
    }
  }

  /** Returns PidTagPriority for a Priority value: non-urgent -1 (0xFFFFFFFF), normal 0, urgent 1. */
  static OptionalInt priority(String v) {
    OptionalInt i = importancePriority(v);
    return i.isPresent() ? OptionalInt.of(i.getAsInt() - 1) : OptionalInt.empty();
  }

  static String importanceHeader(int importance) {
    return importance <= 0 ? "Low" : importance == 1 ? "Normal" : "High";
  }

  static String xPriorityHeader(int importance) {
    return importance <= 0 ? "5" : importance == 1 ? "3" : "1";
  }

  static String priorityHeader(int priority) {
    return priority < 0 ? "non-urgent" : priority == 0 ? "normal" : "urgent";
  }

  /**
   * A subject split into PidTagSubjectPrefix and PidTagNormalizedSubject: the prefix is one to three
   * characters other than digits, white space and colon, then a colon and a space ({@code "RE: "}).
   *
   * @param prefix the prefix with its colon and space, or empty
   * @param normalized the rest
   */
  record Subject(String prefix, String normalized) {
    static Subject split(String subject) {
      Matcher m = SUBJECT_PREFIX.matcher(subject);
      if (m.find()) {
        return new Subject(m.group(), subject.substring(m.end()));
      }
      return new Subject("", subject);
    }
  }
}
