package org.xms4j.message;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.xms4j.smil.ContentIds;
import org.xms4j.smil.PercentEncoding;

/**
 * The URLs an HTML body refers to, and whether they name an attachment: the one test of "the HTML
 * body refers to this part" that the MMS builder (attRenderedInBody on MMS parts), the MIME reader
 * (which parts it marks inline), the MIME writer (which attachments go into multipart/related) and
 * the validator (XMS-R015, the inline and attachment-list rules) share, so that all of them agree.
 *
 * <p>The URLs are the values of the {@code src}, {@code href}, {@code background}, {@code lowsrc}
 * and {@code data} attributes (HTML character references decoded), every CSS {@code url(...)}, and
 * every {@code cid:} URL anywhere in the text, comments included (for example in a style attribute,
 * a CSS rule or the VML of a conditional comment; character references decoded). A {@code cid:}
 * URL of the text ends at white space, a quote, an angle bracket or a parenthesis; when one of the
 * attributes above holds a longer {@code cid:} URL beginning with it, it is that URL cut short and
 * is not a URL of its own.
 *
 * <p>A part is named by Content-ID when one of the {@code cid:} URLs names it by the rule of
 * {@link ContentIds#names}: the URL percent-decoded ([RFC 2392]) or as written, angle brackets and
 * white space removed, equals the Content-ID ignoring letter case. A part is named by
 * Content-Location when the location equals one of the URLs as a whole, ignoring letter case, as
 * written or percent-decoded ({@link PercentEncoding#decode}) on either side ([RFC 2557] section 8).
 * A Content-ID or location that is only the beginning of a URL ({@code cid:a@x} in
 * {@code cid:a@x.y}) does not name the part.
 *
 * <pre>{@code
 * HtmlReferences refs = HtmlReferences.of("<img src=\"cid:a%40b\">");
 * refs.names("<a@b>", null);   // true
 * refs.cidUrls();              // [cid:a%40b]
 * }</pre>
 *
 * <p>Specified by [MS-OXCMAIL] section 2.1.3.4.1.2 (a reference by Content-ID uses the {@code cid:}
 * scheme), [MS-OXOSMMS] section 4.2 (the HTML body of an MMS refers to its parts by {@code cid:}),
 * [RFC 2392] section 2 and [RFC 2557] section 8.
 */
public final class HtmlReferences {

  private static final Set<String> URL_ATTRIBUTES = Set.of("src", "href", "background", "lowsrc", "data");
  private static final Pattern CID_URL = Pattern.compile("(?i)\\bcid:[^\"'\\s<>()]+");
  private static final Pattern CSS_URL = Pattern.compile("(?i)\\burl\\(\\s*[\"']?([^\"'()\\s]+)");

  private final List<String> cidUrls;
  private final Set<String> cidKeys = new HashSet<>();
  private final Set<String> urls = new HashSet<>();

  private HtmlReferences(String html) {
    List<String> found = new ArrayList<>();
    for (Element el : Jsoup.parse(html).getAllElements()) {
      for (Attribute a : el.attributes()) {
        if (URL_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT))) {
          found.add(a.getValue());
        }
      }
    }
    Matcher css = CSS_URL.matcher(html);
    while (css.find()) {
      found.add(css.group(1));
    }
    TreeSet<String> whole = new TreeSet<>();
    for (String url : found) {
      add(url);
      if (ContentIds.isCidUrl(url)) {
        whole.add(url.strip());
      }
    }
    LinkedHashSet<String> cids = new LinkedHashSet<>();
    Matcher cid = CID_URL.matcher(html);
    while (cid.find()) {
      String url = Parser.unescapeEntities(cid.group(), true);
      if (!whole.contains(url) && startsLonger(whole, url)) {
        // the URL of an attribute cut at a character the scan stops at ("cid:my" of "cid:my photo.jpg")
        continue;
      }
      cids.add(url);
    }
    cids.addAll(whole);
    for (String url : cids) {
      add(url);
      for (String id : ContentIds.ofCidUrl(url)) {
        cidKeys.add(ContentIds.key(id));
      }
    }
    this.cidUrls = List.copyOf(cids);
  }

  /** Tells whether a sorted set holds a text that begins with a prefix (the set's texts with it follow it). */
  private static boolean startsLonger(TreeSet<String> sorted, String prefix) {
    String next = sorted.ceiling(prefix);
    return next != null && next.startsWith(prefix);
  }

  /**
   * Collects the URLs of an HTML text.
   *
   * @param html the HTML text, possibly empty; it need not be well-formed
   * @return the references
   * @throws NullPointerException when the text is null
   */
  public static HtmlReferences of(String html) {
    return new HtmlReferences(Objects.requireNonNull(html, "html"));
  }

  /**
   * Returns the distinct {@code cid:} URLs of the HTML, white space around them removed: those found
   * in the text in document order, then those only an attribute value gives whole.
   *
   * @return the URLs, for example {@code [cid:a%40b]}; {@link ContentIds#ofCidUrl} gives the
   *     Content-IDs each may name
   */
  public List<String> cidUrls() {
    return cidUrls;
  }

  /**
   * Tells whether the HTML refers to a part by its Content-ID or its Content-Location.
   *
   * @param contentId the Content-ID, with or without angle brackets, or null
   * @param contentLocation the Content-Location, or null
   * @return true when a {@code cid:} URL names the Content-ID or a URL is the location
   */
  public boolean names(@Nullable String contentId, @Nullable String contentLocation) {
    if (contentId != null) {
      String key = ContentIds.key(contentId);
      if (!key.isEmpty() && cidKeys.contains(key)) {
        return true;
      }
    }
    return contentLocation != null && !contentLocation.isBlank() && contains(contentLocation.strip());
  }

  private void add(String url) {
    String u = url.strip();
    urls.add(u.toLowerCase(Locale.ROOT));
    urls.add(PercentEncoding.decode(u).toLowerCase(Locale.ROOT));
  }

  private boolean contains(String url) {
    return urls.contains(url.toLowerCase(Locale.ROOT))
        || urls.contains(PercentEncoding.decode(url).toLowerCase(Locale.ROOT));
  }
}
