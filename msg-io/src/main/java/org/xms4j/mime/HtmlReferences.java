package org.xms4j.mime;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.xms4j.smil.PercentEncoding;

/**
 * The URLs an HTML body refers to, and whether they name a part: the one test the reader (which
 * parts to mark inline), the writer (which attachments go into multipart/related) and the writer
 * rule XMS-R213 use, so that all three agree.
 *
 * <p>The URLs are the values of the {@code src}, {@code href}, {@code background}, {@code lowsrc}
 * and {@code data} attributes, every {@code cid:} URL anywhere in the text (for example in a style
 * attribute) and every CSS {@code url(...)}. A part is named when {@code cid:} plus its Content-ID
 * (angle brackets and white space removed), or its Content-Location, equals one of them as a whole:
 * ignoring letter case, and as written or percent-decoded ({@link PercentEncoding#decode}) on either
 * side. A Content-ID that is only the beginning of a URL ({@code cid:a@x} in {@code cid:a@x.y}) does
 * not name the part.
 *
 * <p>Specified by [MS-OXCMAIL] section 2.1.3.4.1.2 (a reference by Content-ID uses the {@code cid:}
 * scheme), [RFC 2392] section 2 and [RFC 2557] section 8.
 */
final class HtmlReferences {

  private static final Set<String> URL_ATTRIBUTES = Set.of("src", "href", "background", "lowsrc", "data");
  private static final Pattern CID_URL = Pattern.compile("(?i)\\bcid:[^\"'\\s<>()]+");
  private static final Pattern CSS_URL = Pattern.compile("(?i)\\burl\\(\\s*[\"']?([^\"'()\\s]+)");

  private final Set<String> urls = new HashSet<>();

  private HtmlReferences() {
  }

  /**
   * Collects the URLs of an HTML text.
   *
   * @param html the HTML text, possibly empty
   * @return the references
   */
  static HtmlReferences of(String html) {
    HtmlReferences r = new HtmlReferences();
    for (Element el : Jsoup.parse(html).getAllElements()) {
      for (Attribute a : el.attributes()) {
        if (URL_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT))) {
          r.add(a.getValue());
        }
      }
    }
    Matcher cid = CID_URL.matcher(html);
    while (cid.find()) {
      r.add(cid.group());
    }
    Matcher css = CSS_URL.matcher(html);
    while (css.find()) {
      r.add(css.group(1));
    }
    return r;
  }

  private void add(String url) {
    String u = url.strip();
    urls.add(u.toLowerCase(Locale.ROOT));
    urls.add(PercentEncoding.decode(u).toLowerCase(Locale.ROOT));
  }

  /**
   * Tells whether the HTML refers to a part by its Content-ID or Content-Location.
   *
   * @param contentId the Content-ID, with or without angle brackets, or null
   * @param contentLocation the Content-Location, or null
   * @return true when a URL names the part
   */
  boolean names(@Nullable String contentId, @Nullable String contentLocation) {
    if (contentId != null) {
      String id = HeaderRules.stripId(contentId);
      if (!id.isEmpty() && contains("cid:" + id)) {
        return true;
      }
    }
    return contentLocation != null && !contentLocation.isBlank() && contains(contentLocation.strip());
  }

  private boolean contains(String url) {
    return urls.contains(url.toLowerCase(Locale.ROOT))
        || urls.contains(PercentEncoding.decode(url).toLowerCase(Locale.ROOT));
  }
}
