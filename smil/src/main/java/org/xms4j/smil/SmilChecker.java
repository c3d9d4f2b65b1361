package org.xms4j.smil;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.xms4j.smil.internal.ClockValues;
import org.xms4j.smil.internal.Names;
import org.xms4j.smil.internal.OmsProfile;
import org.xms4j.smil.internal.Tree;
import org.xms4j.smil.internal.ValueRules;

/**
 * Reports problems in a presentation as a list of findings, never by throwing.
 *
 * <p>{@link #check} judges the presentation as MMS SMIL (rules {@code SMIL-Rnn} of {@link SmilRule}):
 * missing body or root layout, regions without or with duplicate ids, lengths and durations that do
 * not parse or are negative, media referring to undefined regions, slides with two images, and
 * the like. {@link #checkMmsSlides} judges it as the source of an [MS-OMS] {@code tMmsSlides}
 * element (rules {@code OMS-Snn}): what the schema requires and is missing, and everything
 * {@link SmilWriter#writeMmsSlides} leaves out.
 *
 * <p>The media objects and slides judged here are those {@link SmilPresentation#slides()} and
 * {@link SmilResolver} see, at the same locations: all three take them from one walk of the
 * timeline, which looks into {@code par} and {@code seq} but not into uninterpreted elements.
 *
 * <p>Region names are compared exactly, apart from surrounding white space; a name that differs only
 * in letter case is still reported, with a hint.
 *
 * <p>Findings come in a deterministic order: the structure first, then the layout, then the
 * timeline in document order. Each names its location in XPath style.
 * <pre>{@code
 * for (SmilFinding f : SmilChecker.check(presentation)) {
 *   System.out.println(f);   // SMIL-R07 ERROR /smil/body[1]/par[1]/img[1]/@region: ...
 * }
 * }</pre>
 *
 * <p>Specified by the rules of {@link SmilRule}: [SMIL 2.1] sections 5, 7, 9 and 10, OMA MMS SMIL,
 * and [MS-OMS] sections 2.2.4.2 to 2.2.4.13.
 */
public final class SmilChecker {

  private static final Pattern RGB = Pattern.compile("#[0-9A-Fa-f]{6}");
  private static final double TOLERANCE_PIXELS = 0.5;

  private SmilChecker() {}

  /**
   * Checks a presentation as MMS SMIL.
   *
   * @param presentation the presentation
   * @return the findings, empty when none; unmodifiable
   */
  public static List<SmilFinding> check(SmilPresentation presentation) {
    Objects.requireNonNull(presentation, "presentation");
    List<SmilFinding> out = new ArrayList<>();
    if (presentation.body().isEmpty()) {
      out.add(new SmilFinding(SmilRule.BODY_MISSING, "the document has no <body>", "/smil"));
    }
    if (presentation.rootLayout().isEmpty()) {
      String where = presentation.head().isEmpty() ? "/smil"
          : presentation.layout().isEmpty() ? "/smil/head[1]" : Tree.LAYOUT;
      out.add(new SmilFinding(SmilRule.ROOT_LAYOUT_MISSING, "no <root-layout> in <head><layout>", where));
    }
    presentation.layout().ifPresent(layout -> checkLayout(layout, out));
    Set<String> regionIds = new LinkedHashSet<>();
    presentation.regions().forEach(r -> r.id().map(ClockValues::strip).ifPresent(regionIds::add));
    presentation.body().ifPresent(body -> checkTimeline(body, regionIds, out));
    List<Slide> slides = presentation.slides();
    for (Slide s : slides) {
      countPerSlide(s, out);
    }
    if (presentation.body().isPresent() && slides.isEmpty()) {
      out.add(new SmilFinding(SmilRule.NO_SLIDES, "the body holds no slide (no <par> and no media object)",
          Tree.BODY));
    }
    return List.copyOf(out);
  }

  private static void checkLayout(Layout layout, List<SmilFinding> out) {
    Optional<RootLayout> root = layout.rootLayout();
    Map<String, Integer> seen = new HashMap<>();
    for (Tree.Child c : Tree.locate(Tree.LAYOUT, layout.children())) {
      if (c.child() instanceof RootLayout r) {
        checkLengths(r, c.location(), List.of("width", "height"), out);
      } else if (c.child() instanceof Region r) {
        Optional<String> id = r.id();
        if (id.isEmpty()) {
          out.add(new SmilFinding(SmilRule.REGION_ID_MISSING, "the region has no id", c.location()));
        } else if (seen.merge(id.get(), 1, Integer::sum) == 2) {
          out.add(new SmilFinding(SmilRule.REGION_ID_DUPLICATE, "region id \"" + id.get()
              + "\" is used by more than one region", c.location() + "/@id"));
        }
        checkLengths(r, c.location(), List.of("left", "top", "width", "height"), out);
        root.ifPresent(rl -> checkInside(r, rl, c.location(), out));
      }
    }
  }

  private static void checkLengths(SmilElement e, String location, List<String> names, List<SmilFinding> out) {
    for (String name : names) {
      Optional<String> v = e.attribute(name);
      boolean size = name.equals("width") || name.equals("height");
      if (v.isPresent() && !ValueRules.isValidLength(new Length(v.get()), size)) {
        out.add(new SmilFinding(SmilRule.LENGTH_INVALID, name + "=\"" + v.get() + "\" is not "
            + (size ? "a non-negative " : "a ") + "length in pixels or percent", location + "/@" + name));
      }
    }
  }

  private static void checkInside(Region r, RootLayout root, String location, List<SmilFinding> out) {
    checkAxis(r.left(), "left", r.width(), "width", root.width(), location, out);
    checkAxis(r.top(), "top", r.height(), "height", root.height(), location, out);
  }

  /** Checks one axis of a region: offset + size must not exceed a root-layout extent given in pixels. */
  private static void checkAxis(Optional<Length> offset, String offsetName, Optional<Length> size, String sizeName,
      Optional<Length> rootSize, String location, List<SmilFinding> out) {
    OptionalDouble extent = pixels(rootSize, 0);
    if (extent.isEmpty() || rootSize.get().unit() != Length.Unit.PIXELS) {
      return;
    }
    double e = extent.getAsDouble();
    OptionalDouble o = pixels(offset, e);
    OptionalDouble s = pixels(size, e);
    if (o.isPresent() && s.isPresent() && o.getAsDouble() + s.getAsDouble() > e + TOLERANCE_PIXELS) {
      out.add(new SmilFinding(SmilRule.REGION_OUTSIDE_ROOT_LAYOUT, offsetName + " + " + sizeName + " = "
          + format(o.getAsDouble() + s.getAsDouble()) + " px exceeds the root-layout " + sizeName + " of "
          + format(e) + " px", location));
    }
  }

  private static OptionalDouble pixels(Optional<Length> length, double reference) {
    return length.isPresent() ? length.get().toPixels(reference) : OptionalDouble.empty();
  }

  private static String format(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static void checkTimeline(Body body, Set<String> regions, List<SmilFinding> out) {
    for (Tree.Timed t : Tree.timeline(body.children(), Tree.BODY)) {
      checkTiming(t.element(), t.location(), out);
      if (t.element() instanceof MediaObject m) {
        checkMedia(m, t.location(), t.inPar(), regions, out);
      }
    }
  }

  private static void checkTiming(TimedElement t, String location, List<SmilFinding> out) {
    t.dur().ifPresent(d -> ValueRules.durProblem(d).ifPresent(problem -> {
      if (problem == ValueRules.DurProblem.NEGATIVE) {
        out.add(new SmilFinding(SmilRule.DURATION_NEGATIVE, "dur=\"" + d.text() + "\" is negative",
            location + "/@dur"));
      } else {
        out.add(new SmilFinding(SmilRule.DURATION_INVALID, "dur=\"" + d.text()
            + "\" is not a clock value, \"indefinite\" or \"media\"", location + "/@dur"));
      }
    }));
    for (String name : List.of("begin", "end")) {
      Optional<String> v = t.attribute(name);
      if (v.isPresent() && !ValueRules.isValidTimeList(v.get())) {
        out.add(new SmilFinding(SmilRule.TIME_INVALID, name + "=\"" + v.get()
            + "\" is not a valid time value list", location + "/@" + name));
      }
    }
  }

  private static void checkMedia(MediaObject m, String location, boolean inPar, Set<String> regions,
      List<SmilFinding> out) {
    if (!inPar) {
      out.add(new SmilFinding(SmilRule.MEDIA_OUTSIDE_PAR, "<" + m.elementName()
          + "> is not inside a <par>", location));
    }
    if (m.src().isEmpty() || m.src().get().isBlank()) {
      out.add(new SmilFinding(SmilRule.MEDIA_SRC_MISSING, "<" + m.elementName() + "> has no src", location));
    }
    Optional<String> region = m.region();
    boolean needsRegion = m.kind().isVisual() || m.kind() == MediaKind.TEXT || m.kind() == MediaKind.TEXTSTREAM;
    if (region.isEmpty() && needsRegion) {
      out.add(new SmilFinding(SmilRule.MEDIA_REGION_MISSING, "<" + m.elementName() + "> names no region",
          location));
    } else if (region.isPresent() && !regions.contains(ClockValues.strip(region.get()))) {
      String hint = "";
      for (String id : regions) {
        if (id.equalsIgnoreCase(ClockValues.strip(region.get()))) {
          hint = "; region \"" + id + "\" differs only in letter case";
          break;
        }
      }
      out.add(new SmilFinding(SmilRule.REGION_UNDEFINED, "region \"" + region.get()
          + "\" is not defined in the layout" + hint, location + "/@region"));
    }
  }

  private static void countPerSlide(Slide s, List<SmilFinding> out) {
    int visual = 0;
    for (MediaObject m : s.media()) {
      visual += m.kind().isVisual() ? 1 : 0;
    }
    if (visual > 1) {
      out.add(new SmilFinding(SmilRule.SLIDE_MULTIPLE_VISUAL, "the slide holds " + visual
          + " images or videos; MMS SMIL allows one", s.location()));
    }
    int text = s.media(MediaKind.TEXT).size();
    if (text > 1) {
      out.add(new SmilFinding(SmilRule.SLIDE_MULTIPLE_TEXT, "the slide holds " + text
          + " texts; MMS SMIL allows one", s.location()));
    }
    int audio = s.media(MediaKind.AUDIO).size();
    if (audio > 1) {
      out.add(new SmilFinding(SmilRule.SLIDE_MULTIPLE_AUDIO, "the slide holds " + audio
          + " audios; MMS SMIL allows one", s.location()));
    }
  }

  // ---------------------------------------------------------------- [MS-OMS] tMmsSlides

  /**
   * Checks a presentation as the source of an [MS-OMS] {@code tMmsSlides} element: what the schema
   * requires and is missing, and what {@link SmilWriter#writeMmsSlides} leaves out (rules
   * {@code OMS-Snn}).
   *
   * @param presentation the presentation
   * @return the findings, empty when the {@code mmsSlides} written from it is complete and valid;
   *     unmodifiable
   */
  public static List<SmilFinding> checkMmsSlides(SmilPresentation presentation) {
    Objects.requireNonNull(presentation, "presentation");
    List<SmilFinding> out = new ArrayList<>();
    leftOut(presentation.attributes(), Set.of(), "smil", "/smil", out);
    if (!presentation.namespaces().isEmpty()) {
      out.add(new SmilFinding(SmilRule.OMS_NOT_REPRESENTED, "namespace declarations are left out", "/smil"));
    }
    int head = 0;
    int body = 0;
    for (Tree.Child c : Tree.locate("/smil", presentation.children())) {
      if (c.child() instanceof Head h && ++head == 1) {
        leftOut(h.attributes(), Set.of(), "head", c.location(), out);
        omsHead(h, c.location(), out);
      } else if (c.child() instanceof Body b && ++body == 1) {
        leftOut(b.attributes(), Set.of(), "body", c.location(), out);
      } else {
        notRepresented(c, out);
      }
    }
    if (presentation.layout().isEmpty()) {
      out.add(new SmilFinding(SmilRule.OMS_HEAD_MISSING,
          "no <layout>: the mmsSlides has no head, so no screen size and no regions", "/smil"));
    }
    presentation.body().ifPresent(b -> omsTimeline(b.children(), Tree.BODY, 0, out));
    List<Tree.LocatedSlide> slides = presentation.body().map(Tree::slides).orElse(List.of());
    if (slides.isEmpty()) {
      out.add(new SmilFinding(SmilRule.OMS_NO_SLIDES, "no slide: tBody requires at least one <par>",
          presentation.body().isPresent() ? Tree.BODY : "/smil"));
    }
    for (Tree.LocatedSlide s : slides) {
      omsSlide(s, out);
    }
    return List.copyOf(out);
  }

  private static void omsHead(Head head, String location, List<SmilFinding> out) {
    boolean metaWritten = false;
    int layouts = 0;
    boolean hasLayout = head.layout().isPresent();
    for (Tree.Child c : Tree.locate(location, head.children())) {
      if (c.child() instanceof Meta m) {
        boolean complete = m.name().isPresent() && m.content().isPresent();
        if (!metaWritten && complete && hasLayout) {
          metaWritten = true;
          leftOut(m.attributes(), Set.of("name", "content"), "meta", c.location(), out);
          childrenLeftOut(m.children(), c.location(), out);
        } else {
          out.add(new SmilFinding(SmilRule.OMS_NOT_REPRESENTED, "<meta> is left out (tHeader holds one meta "
              + "with name and content, and only with a layout)", c.location()));
        }
      } else if (c.child() instanceof Layout l && ++layouts == 1) {
        leftOut(l.attributes(), Set.of(), "layout", c.location(), out);
        omsLayout(l, c.location(), out);
      } else {
        notRepresented(c, out);
      }
    }
  }

  private static void omsLayout(Layout layout, String location, List<SmilFinding> out) {
    Optional<RootLayout> root = layout.rootLayout();
    if (root.isEmpty()) {
      out.add(new SmilFinding(SmilRule.OMS_ROOT_LAYOUT_MISSING, "no <root-layout>: tLayout requires one",
          location));
    }
    List<Integer> chosen = OmsProfile.chooseRegions(layout.regions());
    int roots = 0;
    int region = -1;
    for (Tree.Child c : Tree.locate(location, layout.children())) {
      if (c.child() instanceof RootLayout r && ++roots == 1) {
        omsRootLayout(r, c.location(), out);
      } else if (c.child() instanceof Region r && chosen.contains(++region)) {
        omsRegion(r, c.location(), out);
      } else if (c.child() instanceof Region) {
        out.add(new SmilFinding(SmilRule.OMS_REGION_COUNT, "the region is left out: tLayout holds at most "
            + OmsProfile.MAX_REGIONS + " regions (the first Image and Text regions are kept)", c.location()));
      } else {
        notRepresented(c, out);
      }
    }
    if (chosen.isEmpty()) {
      out.add(new SmilFinding(SmilRule.OMS_REGION_COUNT, "no <region>: tLayout requires 1 or 2", location));
    }
  }

  private static void omsRootLayout(RootLayout r, String location, List<SmilFinding> out) {
    omsPixels(r.width(), "width", Long.MAX_VALUE, location, out);
    omsPixels(r.height(), "height", 255, location, out);
    Optional<String> color = r.backgroundColor();
    if (color.isEmpty() || !RGB.matcher(color.get()).matches()) {
      out.add(new SmilFinding(SmilRule.OMS_BACKGROUND_COLOR, color.isEmpty()
          ? "no background-color: tRoot-layout requires one (#RRGGBB)"
          : "background-color=\"" + color.get() + "\" is not of the form #RRGGBB", location));
    }
    leftOut(r.attributes(), Set.of("width", "height", "background-color"), "root-layout", location, out);
    childrenLeftOut(r.children(), location, out);
  }

  private static void omsPixels(Optional<Length> length, String name, long max, String location,
      List<SmilFinding> out) {
    if (length.isEmpty()) {
      out.add(new SmilFinding(SmilRule.OMS_ROOT_LAYOUT_SIZE, "no " + name + ": tRoot-layout requires it in pixels",
          location));
      return;
    }
    Length l = length.get();
    double v = l.value().orElse(-1);
    if (l.unit() != Length.Unit.PIXELS || v < 0 || v != Math.rint(v)) {
      out.add(new SmilFinding(SmilRule.OMS_ROOT_LAYOUT_SIZE, name + "=\"" + l.text()
          + "\" is not a whole number of pixels and is left out", location + "/@" + name));
    } else if (v > max) {
      out.add(new SmilFinding(SmilRule.OMS_ROOT_LAYOUT_SIZE, name + "=\"" + l.text()
          + "\" exceeds " + max + ", the largest value of its schema type (xs:unsignedByte)", location + "/@" + name));
    }
  }

  private static void omsRegion(Region r, String location, List<SmilFinding> out) {
    Optional<String> id = r.id();
    if (id.isEmpty() || !(id.get().equals(Region.IMAGE) || id.get().equals(Region.TEXT))) {
      out.add(new SmilFinding(SmilRule.OMS_REGION_ID, id.isEmpty() ? "the region has no id"
          : "region id \"" + id.get() + "\" is not \"Image\" or \"Text\"", location));
    }
    for (String name : List.of("left", "top", "width", "height", "fit")) {
      if (r.attribute(name).isEmpty()) {
        out.add(new SmilFinding(SmilRule.OMS_REGION_ATTRIBUTE_MISSING, "no " + name
            + ": tRegion requires it", location));
      }
    }
    r.fit().ifPresent(fit -> {
      if (!fit.equals("slice") && !fit.equals("stream")) {
        out.add(new SmilFinding(SmilRule.OMS_REGION_FIT, "fit=\"" + fit
            + "\" is not \"slice\" or \"stream\", the values [MS-OMS] 2.2.4.11 names", location + "/@fit"));
      }
    });
    Set<String> written = new LinkedHashSet<>(List.of("id", "left", "top", "width", "height", "fit"));
    if (r.attribute("id").isEmpty()) {
      written.add("regionName");
    }
    leftOut(r.attributes(), written, "region", location, out);
    childrenLeftOut(r.children(), location, out);
  }

  /** Reports what of the timeline does not fit tPar: seq, nested containers, uninterpreted content. */
  private static void omsTimeline(List<TimeChild> children, String location, int parDepth, List<SmilFinding> out) {
    for (Tree.Child c : Tree.locate(location, children)) {
      if (c.child() instanceof Par p) {
        if (parDepth > 0) {
          out.add(new SmilFinding(SmilRule.OMS_NOT_REPRESENTED,
              "nested <par> is flattened into its slide; its attributes are left out", c.location()));
        } else {
          leftOut(p.attributes(), Set.of("dur"), "par", c.location(), out);
        }
        omsTimeline(p.children(), c.location(), parDepth + 1, out);
      } else if (c.child() instanceof Seq s) {
        out.add(new SmilFinding(SmilRule.OMS_NOT_REPRESENTED, "<seq> is flattened: its slides are written in "
            + "order" + (s.attributes().isEmpty() ? "" : ", its attributes ("
            + names(s.attributes()) + ") are left out"), c.location()));
        omsTimeline(s.children(), c.location(), parDepth, out);
      } else if (c.child() instanceof MediaObject) {
        continue;
      } else {
        notRepresented(c, out);
      }
    }
  }

  private static void omsSlide(Tree.LocatedSlide located, List<SmilFinding> out) {
    Slide s = located.slide();
    if (s.durationMillis().isEmpty()) {
      out.add(new SmilFinding(SmilRule.OMS_SLIDE_DURATION, s.dur().isEmpty()
          ? "the slide has no dur: tPar requires one in milliseconds"
          : "dur=\"" + s.dur().get().text() + "\" is not a clock value and is left out; tPar requires milliseconds",
          s.location()));
    }
    if (s.element() instanceof MediaObject) {
      out.add(new SmilFinding(SmilRule.OMS_NOT_REPRESENTED,
          "the media object is written inside a <par> of its own", s.location()));
    }
    Set<MediaKind> written = new LinkedHashSet<>();
    boolean lone = s.element() instanceof MediaObject;
    for (Tree.Located l : located.media()) {
      MediaObject m = l.media();
      MediaKind k = m.kind();
      if (k != MediaKind.IMG && k != MediaKind.TEXT && k != MediaKind.AUDIO) {
        out.add(new SmilFinding(SmilRule.OMS_MEDIA_NOT_SUPPORTED, "<" + m.elementName()
            + "> is left out: tPar holds only img, text and audio", l.location()));
      } else if (!written.add(k)) {
        out.add(new SmilFinding(SmilRule.OMS_SLIDE_DUPLICATE_MEDIA, "a second <" + m.elementName()
            + "> in the slide is left out: tPar holds one of each", l.location()));
      } else {
        omsMedia(m, l.location(), lone, out);
      }
    }
  }

  private static void omsMedia(MediaObject m, String location, boolean lone, List<SmilFinding> out) {
    if (m.src().isEmpty()) {
      out.add(new SmilFinding(SmilRule.OMS_MEDIA_SRC_MISSING, "<" + m.elementName() + "> has no src", location));
    }
    if (m.kind() != MediaKind.AUDIO && m.region().isEmpty()) {
      out.add(new SmilFinding(SmilRule.OMS_MEDIA_REGION_MISSING, "<" + m.elementName()
          + "> has no region: t" + (m.kind() == MediaKind.IMG ? "Img" : "Text") + " requires one", location));
    }
    Set<String> written = new LinkedHashSet<>(List.of("src"));
    if (m.kind() != MediaKind.AUDIO) {
      written.add("region");
    }
    if (m.kind() == MediaKind.TEXT) {
      written.add("foreground-color");
    }
    if (lone) {
      written.add("dur");
    }
    leftOut(m.attributes(), written, m.elementName(), location, out);
    boolean colorAttribute = m.attribute("foreground-color").isPresent();
    boolean colorWritten = false;
    for (Tree.Child c : Tree.locate(location, m.children())) {
      boolean color = m.kind() == MediaKind.TEXT && !colorAttribute && !colorWritten
          && c.child() instanceof XmlElement e && Names.fold(e.localName()).equals("param")
          && e.attribute("name").filter("foreground-color"::equals).isPresent();
      if (color) {
        colorWritten = true;
      } else {
        notRepresented(c, out);
      }
    }
  }

  private static void leftOut(List<XmlAttribute> attributes, Set<String> written, String element, String location,
      List<SmilFinding> out) {
    List<XmlAttribute> dropped = new ArrayList<>();
    Set<String> foldedWritten = new LinkedHashSet<>();
    written.forEach(w -> foldedWritten.add(Names.fold(w)));
    Set<String> taken = new LinkedHashSet<>();
    for (XmlAttribute a : attributes) {
      String f = Names.fold(a.localName());
      if (!a.namespaceUri().isEmpty() || !foldedWritten.contains(f) || !taken.add(f)) {
        dropped.add(a);
      }
    }
    if (!dropped.isEmpty()) {
      out.add(new SmilFinding(SmilRule.OMS_NOT_REPRESENTED, "attributes of <" + element + "> left out: "
          + names(dropped), location));
    }
  }

  private static void childrenLeftOut(List<XmlNode> children, String location, List<SmilFinding> out) {
    for (Tree.Child c : Tree.locate(location, children)) {
      notRepresented(c, out);
    }
  }

  private static void notRepresented(Tree.Child c, List<SmilFinding> out) {
    String what = c.child() instanceof XmlText ? "text" : "<" + Tree.stepName(c.child()) + ">";
    out.add(new SmilFinding(SmilRule.OMS_NOT_REPRESENTED, what + " is left out", c.location()));
  }

  private static String names(List<XmlAttribute> attributes) {
    List<String> n = new ArrayList<>();
    attributes.forEach(a -> n.add(a.qualifiedName()));
    return String.join(", ", n);
  }
}
