package org.xms4j.smil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Content-IDs and the {@code cid:} URLs that name them: the one rule every module strips, compares
 * and resolves them by (the SMIL resolver, the MMS builder, the validator, the MIME reader and
 * writer, the phone-backup importer).
 *
 * <p>A Content-ID header holds {@code "<" addr-spec ">"} ([RFC 2045] section 7, [RFC 2392]
 * section 2, the {@code msg-id} of [RFC 5322] section 3.6.4); PidTagAttachContentId holds the
 * addr-spec without the brackets. {@link #strip} turns either into the bare id:
 * <ul>
 *   <li>White space ({@link Character#isWhitespace}, so folding CR LF too) is removed around the
 *       value and just inside the brackets: {@code " < a@b > "} is {@code a@b}. White space inside
 *       the id is kept ({@code <my photo.jpg>} is {@code my photo.jpg}), as phones write it.</li>
 *   <li>A leading {@code <} and a trailing {@code >} are each removed when present, so a value
 *       missing its closing bracket ({@code <a@b}) or its opening one ({@code a@b>}) gives
 *       {@code a@b}: outside a quoted string neither character can be part of an addr-spec, so
 *       the lone bracket is a sender's slip, not part of the id.</li>
 *   <li>A value that is empty, blank or only brackets ({@code <>}) gives the empty string, which
 *       every user reads as "no Content-ID".</li>
 * </ul>
 *
 * <p>A {@code cid:} URL (scheme in any letter case) names the Content-ID whose addr-spec is the rest
 * of the URL percent-decoded ([RFC 2392] section 2; decoding is {@link PercentEncoding#decode}). For
 * senders that write the Content-ID into the URL without encoding it, the rest as written is
 * accepted as well; angle brackets written inside the URL ({@code cid:<a@b>}) are stripped as above.
 *
 * <p>Comparison ignores letter case ({@link #key}). [RFC 2392] only says the URL is the addr-spec of
 * the Content-ID; the domain of an addr-spec is case-insensitive, and although [RFC 5321] section 2.4
 * keeps the local part case-sensitive, it adds that exploiting this "impedes interoperability". The
 * MIME converter, the MMS builder and the validator matched ignoring case before this rule was
 * shared, and their tests expect it ({@code CID:Logo@Example.com} names {@code logo@example.com});
 * uniqueness of the Content-IDs of a message is checked by the same key (XMS-R045), so two ids one
 * URL would name ambiguously are reported. Where an exact match can be preferred over one that
 * ignores case ({@link SmilResolver}), it is.
 *
 * <p>Specified by [RFC 2392] section 2 (cid: URLs and Content-ID), [RFC 2045] section 7
 * (Content-ID header), [RFC 5322] section 3.6.4 (msg-id syntax) and [MS-OXCMAIL] section 2.2.3.2.24
 * (readers strip angle brackets and white space).
 */
public final class ContentIds {

  private static final String CID_SCHEME = "cid:";

  private ContentIds() {
  }

  /**
   * Returns the bare Content-ID of a header value or stored id: white space around and just inside
   * the brackets removed, a leading {@code <} and a trailing {@code >} removed when present.
   *
   * @param value a Content-ID header value ({@code <a@b>}) or a PidTagAttachContentId ({@code a@b})
   * @return the addr-spec, for example {@code a@b}; empty when the value holds no id
   * @throws NullPointerException when the value is null
   */
  public static String strip(String value) {
    Objects.requireNonNull(value, "value");
    String t = value.strip();
    if (t.startsWith("<")) {
      t = t.substring(1);
    }
    if (t.endsWith(">")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.strip();
  }

  /**
   * Returns a Content-ID as a header value: the {@link #strip bare id} in angle brackets
   * ([RFC 2045] section 7; [MS-OXCMAIL] section 2.1.3.4.2.3 wraps the property in brackets).
   *
   * @param id a bare or bracketed Content-ID
   * @return for example {@code <a@b>}
   * @throws NullPointerException when the id is null
   * @throws IllegalArgumentException when the id is empty once stripped
   */
  public static String bracketed(String id) {
    String s = strip(id);
    if (s.isEmpty()) {
      throw new IllegalArgumentException("a Content-ID needs an id between its angle brackets, was \"" + id + "\"");
    }
    return "<" + s + ">";
  }

  /**
   * Tells whether a URL has the {@code cid:} scheme, in any letter case, after leading white space.
   *
   * @param url a URL
   * @return true for a {@code cid:} URL
   * @throws NullPointerException when the URL is null
   */
  public static boolean isCidUrl(String url) {
    String u = url.strip();
    return u.regionMatches(true, 0, CID_SCHEME, 0, CID_SCHEME.length());
  }

  /**
   * Returns the Content-IDs a {@code cid:} URL may name: first the [RFC 2392] one (the rest of the
   * URL percent-decoded), then, when it differs, the rest as written; each {@link #strip stripped}.
   *
   * @param url a URL such as {@code cid:a%40b}
   * @return for example {@code [a@b, a%40b]}; empty when the URL is not a {@code cid:} URL or names no
   *     id ({@code cid:} alone)
   * @throws NullPointerException when the URL is null
   */
  public static List<String> ofCidUrl(String url) {
    if (!isCidUrl(url)) {
      return List.of();
    }
    String raw = strip(url.strip().substring(CID_SCHEME.length()));
    String decoded = strip(PercentEncoding.decode(raw));
    List<String> ids = new ArrayList<>(2);
    for (String id : new String[] {decoded, raw}) {
      if (!id.isEmpty() && !ids.contains(id)) {
        ids.add(id);
      }
    }
    return List.copyOf(ids);
  }

  /**
   * Returns the key Content-IDs are compared by: the {@link #strip bare id} in lower case
   * ({@link Locale#ROOT}). Two ids are the same when their keys are equal.
   *
   * @param id a bare or bracketed Content-ID
   * @return the key; empty when the value holds no id
   * @throws NullPointerException when the id is null
   */
  public static String key(String id) {
    return strip(id).toLowerCase(Locale.ROOT);
  }

  /**
   * Tells whether two Content-IDs are the same: equal {@link #key keys}, neither empty.
   *
   * @param a a bare or bracketed Content-ID
   * @param b another
   * @return true when both name the same, non-empty id
   * @throws NullPointerException when an argument is null
   */
  public static boolean same(String a, String b) {
    String k = key(a);
    return !k.isEmpty() && k.equals(key(b));
  }

  /**
   * Tells whether a {@code cid:} URL names a Content-ID: one of its {@link #ofCidUrl ids} is the
   * {@link #same same} as the Content-ID.
   *
   * @param url a URL, for example {@code cid:a%40b}
   * @param contentId a bare or bracketed Content-ID, for example {@code <a@b>}
   * @return true when the URL names the id; false for a URL of another scheme or an empty id
   * @throws NullPointerException when an argument is null
   */
  public static boolean names(String url, String contentId) {
    Objects.requireNonNull(contentId, "contentId");
    for (String id : ofCidUrl(url)) {
      if (same(id, contentId)) {
        return true;
      }
    }
    return false;
  }
}
