package org.xms4j.smil;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.xms4j.smil.internal.ClockValues;
import org.xms4j.smil.internal.Tree;

/**
 * Ties the media objects of a presentation to the parts of an MMS.
 *
 * <p>Rules, tried in this order for each {@code src}; the first rule that some part satisfies wins,
 * and among parts the first in the given order:
 * <ol>
 *   <li>A {@code cid:} URL (scheme in any letter case) names a Content-ID ([RFC 2392]). Its ids
 *       ({@link ContentIds#ofCidUrl}: percent-decoded, then as written, without angle brackets) are
 *       compared with each part's Content-ID ({@link ContentIds#strip}): exactly, then by the
 *       comparison rule of {@link ContentIds#same}, which ignores letter case; such a match is
 *       reported with {@code exact = false}. When no Content-ID matches, the
 *       same value is tried against Content-Location, then name, exactly and then ignoring case, for
 *       senders that write {@code cid:} before a file name.</li>
 *   <li>Any other {@code src} is compared with each part's Content-Location, then name: exactly,
 *       then percent-decoded, then ignoring letter case ([RFC 2557] resolution within one message).
 *       Last, it is compared with the Content-ID as if it were a {@code cid:} URL without the scheme,
 *       because some senders write the bare Content-ID.</li>
 * </ol>
 * Percent-decoding is {@link PercentEncoding#decode}: malformed escapes are kept as written, so a
 * {@code src} with a stray {@code %} still has its other escapes decoded.
 * Surrounding white space is ignored everywhere; double quotes around a part's Content-Location or
 * name are ignored. A media object without {@code src} is unresolved. Parts whose type is
 * {@code application/smil} are never reported unused.
 *
 * <pre>{@code
 * Resolution r = SmilResolver.resolve(presentation, List.of(
 *     MediaPart.of("<image_8.png>", "image_8.png", "image_8.png", "image/png")));
 * r.unresolved();   // srcs that name no part
 * r.unusedParts();  // parts no slide uses
 * }</pre>
 *
 * <p>Specified by [RFC 2392] section 2 (cid: URLs), [RFC 2557] section 8 (resolving URIs in
 * multipart/related) and [SMIL 2.1] section 7 (Media Object: src).
 */
public final class SmilResolver {

  private SmilResolver() {}

  private record Match(int part, Resolution.MatchedBy by, boolean exact) {}

  private record Rule(Resolution.MatchedBy by, Function<MediaPart, Optional<String>> key,
      BiPredicate<String, String> same, List<String> values, boolean exact) {}

  private static final BiPredicate<String, String> EXACTLY = String::equals;
  private static final BiPredicate<String, String> IGNORING_CASE = String::equalsIgnoreCase;
  private static final BiPredicate<String, String> SAME_ID = ContentIds::same;

  /**
   * Resolves every media object of a presentation against the parts of a message.
   *
   * @param presentation the presentation
   * @param parts the parts of the message, in message order (the SMIL part may be among them)
   * @return which media object refers to which part, what is unresolved and which parts are unused
   */
  public static Resolution resolve(SmilPresentation presentation, List<MediaPart> parts) {
    Objects.requireNonNull(presentation, "presentation");
    List<MediaPart> p = List.copyOf(parts);
    boolean[] used = new boolean[p.size()];
    List<Resolution.Resolved> resolved = new ArrayList<>();
    List<Resolution.Unresolved> unresolved = new ArrayList<>();
    List<Tree.Located> media = presentation.body().map(Tree::media).orElse(List.of());
    for (Tree.Located l : media) {
      Optional<String> src = l.media().src();
      Optional<Match> match = src.flatMap(s -> find(s, p));
      if (match.isPresent()) {
        Match m = match.get();
        used[m.part()] = true;
        resolved.add(new Resolution.Resolved(l.media(), l.location(), src.get(), p.get(m.part()), m.by(),
            m.exact()));
      } else {
        unresolved.add(new Resolution.Unresolved(l.media(), l.location(), src));
      }
    }
    List<MediaPart> unused = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      if (!used[i] && !p.get(i).isSmil()) {
        unused.add(p.get(i));
      }
    }
    return new Resolution(resolved, unresolved, unused);
  }

  private static Optional<Match> find(String src, List<MediaPart> parts) {
    String s = ClockValues.strip(src);
    List<Rule> rules = new ArrayList<>();
    Function<MediaPart, Optional<String>> cid = part -> part.contentId().map(ContentIds::strip);
    Function<MediaPart, Optional<String>> location = part -> part.contentLocation().map(SmilResolver::unquote);
    Function<MediaPart, Optional<String>> name = part -> part.name().map(SmilResolver::unquote);
    if (ContentIds.isCidUrl(s)) {
      List<String> ids = ContentIds.ofCidUrl(s);
      rules.add(new Rule(Resolution.MatchedBy.CONTENT_ID, cid, EXACTLY, ids, true));
      rules.add(new Rule(Resolution.MatchedBy.CONTENT_ID, cid, SAME_ID, ids, false));
      rules.add(new Rule(Resolution.MatchedBy.CONTENT_LOCATION, location, EXACTLY, ids, true));
      rules.add(new Rule(Resolution.MatchedBy.NAME, name, EXACTLY, ids, true));
      rules.add(new Rule(Resolution.MatchedBy.CONTENT_LOCATION, location, IGNORING_CASE, ids, false));
      rules.add(new Rule(Resolution.MatchedBy.NAME, name, IGNORING_CASE, ids, false));
    } else {
      List<String> exact = List.of(s);
      List<String> decoded = List.of(PercentEncoding.decode(s));
      List<String> bare = List.of(ContentIds.strip(s));
      rules.add(new Rule(Resolution.MatchedBy.CONTENT_LOCATION, location, EXACTLY, exact, true));
      rules.add(new Rule(Resolution.MatchedBy.NAME, name, EXACTLY, exact, true));
      rules.add(new Rule(Resolution.MatchedBy.CONTENT_LOCATION, location, EXACTLY, decoded, false));
      rules.add(new Rule(Resolution.MatchedBy.NAME, name, EXACTLY, decoded, false));
      rules.add(new Rule(Resolution.MatchedBy.CONTENT_LOCATION, location, IGNORING_CASE, decoded, false));
      rules.add(new Rule(Resolution.MatchedBy.NAME, name, IGNORING_CASE, decoded, false));
      rules.add(new Rule(Resolution.MatchedBy.CONTENT_ID, cid, EXACTLY, bare, true));
      rules.add(new Rule(Resolution.MatchedBy.CONTENT_ID, cid, SAME_ID, bare, false));
    }
    for (Rule rule : rules) {
      for (int i = 0; i < parts.size(); i++) {
        Optional<String> key = rule.key().apply(parts.get(i));
        if (key.isEmpty() || key.get().isEmpty()) {
          continue;
        }
        for (String v : rule.values()) {
          if (rule.same().test(key.get(), v)) {
            return Optional.of(new Match(i, rule.by(), rule.exact()));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static String unquote(String s) {
    String t = ClockValues.strip(s);
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      t = ClockValues.strip(t.substring(1, t.length() - 1));
    }
    return t;
  }
}
