package org.xms4j.smil;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.xms4j.smil.internal.OmsProfile;
import org.xms4j.smil.internal.XmlChars;

/**
 * Writes a presentation as MMS SMIL, or in the [MS-OMS] {@code tMmsSlides} form.
 *
 * <p><b>MMS SMIL</b> ({@link #write}): the document as phones accept it, for example
 * <pre>{@code
 * <smil><head><layout><root-layout width="160" height="120"/><region id="Image" .../>
 * <region id="Text" .../></layout></head><body><par dur="5000ms"><img src="cid:photo.jpg"
 * region="Image"/><text src="cid:1.txt" region="Text"/></par></body></smil>
 * }</pre>
 * Everything the model holds is written, in model order: every attribute as written, uninterpreted
 * elements and text, namespace declarations. Hence {@code parse(write(p))} equals {@code p} for every
 * parsed presentation and for built ones, except where hand-built uninterpreted markup is ambiguous:
 * two {@link XmlText} in a row read back as one, and an {@link XmlElement} named and placed like a
 * SMIL element ({@code par} in the body, say) reads back as that element. The known SMIL elements are written unprefixed in the presentation's
 * namespace, declared on the root when there is one. Output is deterministic: no XML declaration
 * (the text is UTF-8 when encoded by {@link #writeUtf8}), double-quoted attributes, empty elements as
 * {@code <name/>}, and {@code &amp; &lt; &gt; &quot;} plus tab, line feed and carriage return in
 * attribute values written as references.
 *
 * <p><b>tMmsSlides</b> ({@link #writeMmsSlides}): the slide description an Office Mobile Service
 * client puts into {@code xmsData/xmsBody}, as [MS-OMS] sections 2.2.4.5 to 2.2.4.13 and the schema
 * in its Appendix A define it. It holds only what that schema allows, so it is lossy; what is left
 * out is exactly what {@link SmilChecker#checkMmsSlides} reports.
 *
 * <p>Two presets, both deterministic: {@link #compact()} writes no white space between elements (as
 * above); {@link #indented()} puts each element on its own line, indented by two spaces per level,
 * with {@code \n} line ends and no final line end. Elements holding text are written inline.
 *
 * <p>Specified by [SMIL 2.1] section 13 (Language Profile) as profiled by OMA MMS SMIL, and
 * [MS-OMS] sections 2.2.4.5 to 2.2.4.13 and Appendix A.
 */
public final class SmilWriter {

  /** The target namespace of the [MS-OMS] schema, in which {@code mmsSlides} and its children are. */
  public static final String MS_OMS_NAMESPACE = "http://schemas.microsoft.com/office/Outlook/2006/OMS";

  private static final SmilWriter COMPACT = new SmilWriter(false);
  private static final SmilWriter INDENTED = new SmilWriter(true);

  private final boolean indent;

  private SmilWriter(boolean indent) {
    this.indent = indent;
  }

  /**
   * Returns the writer that puts no white space between elements.
   *
   * @return the compact writer
   */
  public static SmilWriter compact() {
    return COMPACT;
  }

  /**
   * Returns the writer that puts each element on its own line, indented by two spaces per level.
   *
   * @return the indented writer
   */
  public static SmilWriter indented() {
    return INDENTED;
  }

  /**
   * Writes a presentation as an MMS SMIL document.
   *
   * @param presentation the presentation
   * @return the document text
   * @throws IllegalArgumentException when a value holds a character XML 1.0 cannot carry (such as
   *     U+0000), or an element binds one prefix to two namespaces
   */
  public String write(SmilPresentation presentation) {
    Objects.requireNonNull(presentation, "presentation");
    Map<String, String> scope = new HashMap<>();
    scope.put("", "");
    List<String[]> decls = new ArrayList<>();
    if (!presentation.namespaceUri().isEmpty()) {
      decls.add(new String[] {"xmlns", presentation.namespaceUri()});
      scope.put("", presentation.namespaceUri());
    }
    for (NamespaceDeclaration d : presentation.namespaces()) {
      decls.add(new String[] {"xmlns:" + d.prefix(), d.namespaceUri()});
      scope.put(d.prefix(), d.namespaceUri());
    }
    Out root = new Out("smil");
    root.attributes.addAll(decls);
    List<Object> children = new ArrayList<>();
    for (RootChild c : presentation.children()) {
      children.add(c);
    }
    fill(root, presentation.attributes(), children, scope);
    StringBuilder b = new StringBuilder();
    serialize(root, 0, false, b);
    return b.toString();
  }

  /**
   * Writes a presentation as an MMS SMIL document encoded in UTF-8.
   *
   * @param presentation the presentation
   * @return the document bytes
   * @throws IllegalArgumentException as {@link #write} does
   */
  public byte[] writeUtf8(SmilPresentation presentation) {
    return write(presentation).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes the slides of a presentation as an [MS-OMS] {@code mmsSlides} element.
   *
   * <p>The element declares {@link #MS_OMS_NAMESPACE} as its default namespace, so it stands alone
   * and can also be placed inside an {@code xmsBody} of that namespace. What is written, in schema
   * order:
   * <ul>
   *   <li>{@code head}, only when the presentation has a layout: the first {@code meta} that has
   *       both {@code name} and {@code content}; {@code layout} with {@code root-layout}
   *       ({@code width} and {@code height} when they are whole non-negative pixel values, and
   *       {@code background-color} as written) and at most two regions ({@code id}, {@code left},
   *       {@code top}, {@code width}, {@code height}, {@code fit} as written, when present): the
   *       first named {@code Image} and the first named {@code Text}, else the first in document
   *       order, written in document order;</li>
   *   <li>{@code body} with one {@code par} per {@link SmilPresentation#slides() slide}, its
   *       {@code dur} in whole milliseconds (a bare number, as [MS-OMS] 2.2.4.10 defines it) when the
   *       slide duration is a clock value, then the slide's first {@code img} ({@code src},
   *       {@code region}), first {@code text} ({@code src}, {@code region}, and
   *       {@code foreground-color} from a {@code foreground-color} attribute or {@code param}) and
   *       first {@code audio} ({@code src}).</li>
   * </ul>
   * Everything else is left out; {@link SmilChecker#checkMmsSlides} lists it, together with
   * required values that are missing.
   *
   * @param presentation the presentation
   * @return the {@code mmsSlides} element text
   * @throws IllegalArgumentException when a value holds a character XML 1.0 cannot carry
   */
  public String writeMmsSlides(SmilPresentation presentation) {
    Objects.requireNonNull(presentation, "presentation");
    Out root = new Out("mmsSlides");
    root.attributes.add(new String[] {"xmlns", MS_OMS_NAMESPACE});
    Optional<Layout> layout = presentation.layout();
    if (layout.isPresent()) {
      Out head = root.add(new Out("head"));
      for (Meta m : presentation.head().map(Head::metas).orElse(List.of())) {
        if (m.name().isPresent() && m.content().isPresent()) {
          head.add(new Out("meta")).attribute("name", m.name()).attribute("content", m.content());
          break;
        }
      }
      Out layoutOut = head.add(new Out("layout"));
      Out rootLayout = layoutOut.add(new Out("root-layout"));
      Optional<RootLayout> rl = layout.get().rootLayout();
      rootLayout.attribute("width", rl.flatMap(RootLayout::width).flatMap(SmilWriter::wholePixels))
          .attribute("height", rl.flatMap(RootLayout::height).flatMap(SmilWriter::wholePixels))
          .attribute("background-color", rl.flatMap(RootLayout::backgroundColor));
      List<Region> regions = layout.get().regions();
      for (int i : OmsProfile.chooseRegions(regions)) {
        Region r = regions.get(i);
        layoutOut.add(new Out("region")).attribute("id", r.id())
            .attribute("left", r.attribute("left")).attribute("top", r.attribute("top"))
            .attribute("width", r.attribute("width")).attribute("height", r.attribute("height"))
            .attribute("fit", r.fit());
      }
    }
    Out body = root.add(new Out("body"));
    for (Slide s : presentation.slides()) {
      Out par = body.add(new Out("par"));
      OptionalLong ms = s.durationMillis();
      par.attribute("dur", ms.isPresent() ? Optional.of(Long.toString(ms.getAsLong())) : Optional.empty());
      first(s, MediaKind.IMG).ifPresent(m ->
          par.add(new Out("img")).attribute("src", m.src()).attribute("region", m.region()));
      first(s, MediaKind.TEXT).ifPresent(m -> {
        Optional<String> color = m.attribute("foreground-color");
        if (color.isEmpty()) {
          color = Optional.ofNullable(m.params().get("foreground-color"));
        }
        par.add(new Out("text")).attribute("src", m.src()).attribute("region", m.region())
            .attribute("foreground-color", color);
      });
      first(s, MediaKind.AUDIO).ifPresent(m -> par.add(new Out("audio")).attribute("src", m.src()));
    }
    StringBuilder b = new StringBuilder();
    serialize(root, 0, false, b);
    return b.toString();
  }

  private static Optional<MediaObject> first(Slide s, MediaKind kind) {
    List<MediaObject> m = s.media(kind);
    return m.isEmpty() ? Optional.empty() : Optional.of(m.get(0));
  }

  private static Optional<String> wholePixels(Length length) {
    if (length.unit() != Length.Unit.PIXELS) {
      return Optional.empty();
    }
    double v = length.value().orElse(-1);
    if (v < 0 || v != Math.rint(v) || v > 4_294_967_295.0) {
      return Optional.empty();
    }
    return Optional.of(Long.toString((long) v));
  }

  // ---------------------------------------------------------------- model to output tree

  /** An element to write: name, namespace declarations and attributes, children. */
  private static final class Out {
    final String name;
    final List<String[]> attributes = new ArrayList<>();
    final List<Object> children = new ArrayList<>();

    Out(String name) {
      this.name = name;
    }

    Out add(Out child) {
      children.add(child);
      return child;
    }

    Out attribute(String attributeName, Optional<String> value) {
      value.ifPresent(v -> attributes.add(new String[] {attributeName, v}));
      return this;
    }
  }

  private void fill(Out out, List<XmlAttribute> attributes, List<?> children, Map<String, String> scope) {
    Map<String, String> local = scope;
    for (XmlAttribute a : attributes) {
      if (!a.prefix().isEmpty() && !a.prefix().equals("xml")) {
        local = bind(out, local, a.prefix(), a.namespaceUri());
      }
    }
    for (XmlAttribute a : attributes) {
      out.attributes.add(new String[] {a.qualifiedName(), a.value()});
    }
    for (Object c : children) {
      if (c instanceof XmlText t) {
        out.children.add(t.text());
      } else if (c instanceof XmlElement x) {
        Out o = new Out(x.qualifiedName());
        Map<String, String> s = bind(o, local, x.prefix(), x.namespaceUri());
        fill(o, x.attributes(), x.children(), s);
        out.children.add(o);
      } else {
        SmilElement e = (SmilElement) c;
        Out o = new Out(e.elementName());
        fill(o, e.attributes(), childrenOf(e), local);
        out.children.add(o);
      }
    }
  }

  private static List<?> childrenOf(SmilElement e) {
    if (e instanceof Head h) {
      return h.children();
    } else if (e instanceof Meta m) {
      return m.children();
    } else if (e instanceof Layout l) {
      return l.children();
    } else if (e instanceof RootLayout r) {
      return r.children();
    } else if (e instanceof Region r) {
      return r.children();
    } else if (e instanceof Body b) {
      return b.children();
    } else if (e instanceof Par p) {
      return p.children();
    } else if (e instanceof Seq s) {
      return s.children();
    } else {
      return ((MediaObject) e).children();
    }
  }

  /** Makes {@code prefix} mean {@code uri} on {@code out}, declaring it there when the scope differs. */
  private static Map<String, String> bind(Out out, Map<String, String> scope, String prefix, String uri) {
    if (prefix.equals("xml") || uri.equals(scope.get(prefix))) {
      return scope;
    }
    String attribute = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
    for (String[] a : out.attributes) {
      if (a[0].equals(attribute)) {
        throw new IllegalArgumentException("prefix \"" + prefix + "\" bound to both " + a[1] + " and " + uri
            + " on <" + out.name + ">");
      }
    }
    out.attributes.add(0, new String[] {attribute, uri});
    Map<String, String> s = new HashMap<>(scope);
    s.put(prefix, uri);
    return s;
  }

  // ---------------------------------------------------------------- output tree to text

  private void serialize(Out e, int depth, boolean newline, StringBuilder b) {
    if (indent && newline) {
      b.append('\n');
      b.append("  ".repeat(depth));
    }
    b.append('<').append(e.name);
    for (String[] a : e.attributes) {
      b.append(' ').append(a[0]).append("=\"");
      XmlChars.appendAttributeValue(b, a[1]);
      b.append('"');
    }
    if (e.children.isEmpty()) {
      b.append("/>");
      return;
    }
    b.append('>');
    boolean mixed = false;
    for (Object c : e.children) {
      mixed |= c instanceof String;
    }
    for (Object c : e.children) {
      if (c instanceof String text) {
        XmlChars.appendText(b, text);
      } else {
        serialize((Out) c, depth + 1, !mixed, b);
      }
    }
    if (indent && !mixed) {
      b.append('\n');
      b.append("  ".repeat(depth));
    }
    b.append("</").append(e.name).append('>');
  }
}
