package org.xms4j.smil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.xms4j.smil.internal.Names;
import org.xms4j.smil.internal.Tree;

/**
 * A SMIL presentation as MMS uses it: which image, text and sound of a message play together, where
 * on the screen, and for how long.
 *
 * <p>The model is immutable and compares by value. It keeps everything a document holds except
 * comments, processing instructions, the document type declaration and white-space-only text, so
 * {@code parse(write(p))} equals {@code p} and a parsed document is written back without loss of
 * content. Elements this library interprets are typed ({@link Head}, {@link Layout},
 * {@link RootLayout}, {@link Region}, {@link Body}, {@link Par}, {@link Seq},
 * {@link MediaObject}); all other markup is kept as {@link XmlElement} and {@link XmlText}.
 *
 * <p>Entry points: {@link SmilParser#parse(String)} reads one, {@link #builder()} makes one,
 * {@link SmilWriter} writes it, {@link SmilChecker} reports problems and {@link SmilResolver} ties
 * its media to the parts of a message. Accessors for a summary:
 * <pre>{@code
 * for (Slide slide : presentation.slides()) {
 *   slide.durationMillis();                 // OptionalLong, e.g. 5000
 *   for (MediaObject m : slide.media()) {
 *     m.kind(); m.src(); m.region();        // IMG, Optional["cid:photo.jpg"], Optional["Image"]
 *   }
 * }
 * presentation.regions();                   // id, left, top, width, height, fit
 * }</pre>
 *
 * <p>Specified by [SMIL 2.1] section 9 (Structure: the smil element) and section 13 (Language
 * Profile), as profiled for MMS by OMA MMS SMIL and referenced by [MS-OXOSMMS] section 4.2.
 *
 * @param namespaceUri the namespace of the SMIL elements (the root's namespace), empty for none;
 *     for example {@link #SMIL_2_0_NAMESPACE}
 * @param namespaces prefixed namespace declarations of the document, unique by prefix
 * @param attributes all attributes of the root element in document order
 * @param children the head, body and uninterpreted children of the root in document order
 */
public record SmilPresentation(String namespaceUri, List<NamespaceDeclaration> namespaces,
    List<XmlAttribute> attributes, List<RootChild> children) {

  /** The namespace of the SMIL 2.0 Language Profile, which many SMIL 2.0 phones declare. */
  public static final String SMIL_2_0_NAMESPACE = "http://www.w3.org/2001/SMIL20/Language";

  /**
   * Checks the components and copies the lists.
   *
   * @param namespaceUri the {@code namespaceUri} component
   * @param namespaces the {@code namespaces} component
   * @param attributes the {@code attributes} component
   * @param children the {@code children} component
   * @throws NullPointerException when a component or list element is null
   * @throws IllegalArgumentException when two namespace declarations have the same prefix
   */
  public SmilPresentation {
    Objects.requireNonNull(namespaceUri, "namespaceUri");
    namespaces = List.copyOf(namespaces);
    attributes = List.copyOf(attributes);
    children = List.copyOf(children);
    Set<String> prefixes = new HashSet<>();
    for (NamespaceDeclaration d : namespaces) {
      if (!prefixes.add(d.prefix())) {
        throw new IllegalArgumentException("prefix declared twice: " + d.prefix());
      }
    }
  }

  /**
   * Returns a builder for an MMS presentation.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the first {@code head} child of the root.
   *
   * @return the head, or empty when the document has none
   */
  public Optional<Head> head() {
    for (RootChild c : children) {
      if (c instanceof Head h) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the first {@code body} child of the root.
   *
   * @return the body, or empty when the document has none
   */
  public Optional<Body> body() {
    for (RootChild c : children) {
      if (c instanceof Body b) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the layout of the head.
   *
   * @return the first {@code layout} of the first {@code head}, or empty
   */
  public Optional<Layout> layout() {
    return head().flatMap(Head::layout);
  }

  /**
   * Returns the root layout.
   *
   * @return the first {@code root-layout} of the layout, or empty
   */
  public Optional<RootLayout> rootLayout() {
    return layout().flatMap(Layout::rootLayout);
  }

  /**
   * Returns the regions of the layout in document order.
   *
   * @return the regions, empty when there is no layout
   */
  public List<Region> regions() {
    return layout().map(Layout::regions).orElse(List.of());
  }

  /**
   * Returns the slides of the body in play order. A slide is a {@code par} child of the body or of a
   * {@code seq} in the body (at any depth of {@code seq}), or a media object standing alone in such
   * a place; uninterpreted elements are not looked into.
   *
   * @return the slides, empty when there is no body
   */
  public List<Slide> slides() {
    List<Slide> out = new ArrayList<>();
    body().ifPresent(b -> Tree.slides(b).forEach(s -> out.add(s.slide())));
    return List.copyOf(out);
  }

  /**
   * Returns every media object of the body in document order, looking into {@code par} and
   * {@code seq} elements.
   *
   * @return the media objects, empty when there is no body
   */
  public List<MediaObject> media() {
    List<MediaObject> r = new ArrayList<>();
    body().ifPresent(b -> Tree.media(b).forEach(l -> r.add(l.media())));
    return List.copyOf(r);
  }

  /**
   * Returns a copy with the attribute of the root element set (replaced in place, or appended).
   *
   * @param name the attribute name
   * @param value the value
   * @return the new presentation
   */
  public SmilPresentation withAttribute(String name, String value) {
    return new SmilPresentation(namespaceUri, namespaces, Names.with(attributes, name, value), children);
  }

  /**
   * Builds an MMS presentation from slides: a head with a layout and a body of {@code par}
   * elements. The only mutable type of this package.
   *
   * <p>Unless regions are added explicitly, {@link #build()} adds the standard MMS regions that the
   * media use, in the order {@code Image}, {@code Text}: with both, {@code Image} takes the top 80%
   * ({@code left="0" top="0" width="100%" height="80%" fit="meet"}) and {@code Text} the bottom 20%
   * ({@code left="0" top="80%" width="100%" height="20%" fit="scroll"}); alone, either takes the
   * whole screen. Unless a root layout is set, the layout starts with {@code <root-layout/>}.
   *
   * <pre>{@code
   * SmilPresentation p = SmilPresentation.builder()
   *     .rootLayout(RootLayout.ofPixels(160, 120))
   *     .slide(Duration.ofSeconds(5), MediaObject.image("cid:photo.jpg"), MediaObject.text("cid:1.txt"))
   *     .build();
   * }</pre>
   *
   * <p>Specified by [SMIL 2.1] section 13 (Language Profile) as profiled by OMA MMS SMIL.
   */
  public static final class Builder {

    private String namespaceUri = "";
    private final List<XmlAttribute> attributes = new ArrayList<>();
    private final List<Meta> metas = new ArrayList<>();
    private RootLayout rootLayout;
    private final List<Region> regions = new ArrayList<>();
    private final List<TimeChild> body = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the namespace of the SMIL elements; by default there is none, as in most MMS.
     *
     * @param namespaceUri the namespace, for example {@link #SMIL_2_0_NAMESPACE}, or empty
     * @return this builder
     */
    public Builder namespaceUri(String namespaceUri) {
      this.namespaceUri = Objects.requireNonNull(namespaceUri, "namespaceUri");
      return this;
    }

    /**
     * Adds an attribute to the root element.
     *
     * @param name the attribute name
     * @param value the value
     * @return this builder
     */
    public Builder attribute(String name, String value) {
      attributes.add(XmlAttribute.of(name, value));
      return this;
    }

    /**
     * Adds a {@code meta} element to the head, before the layout.
     *
     * @param name the property name, for example {@code author}
     * @param content the property value
     * @return this builder
     */
    public Builder meta(String name, String content) {
      metas.add(Meta.of(name, content));
      return this;
    }

    /**
     * Sets the root layout.
     *
     * @param rootLayout the root layout, for example {@link RootLayout#ofPixels(long, long)}
     * @return this builder
     */
    public Builder rootLayout(RootLayout rootLayout) {
      this.rootLayout = Objects.requireNonNull(rootLayout, "rootLayout");
      return this;
    }

    /**
     * Adds a region; once one is added, no standard regions are added.
     *
     * @param region the region
     * @return this builder
     */
    public Builder region(Region region) {
      regions.add(Objects.requireNonNull(region, "region"));
      return this;
    }

    /**
     * Adds a slide: {@code <par dur="...ms">} holding the media objects.
     *
     * @param duration how long the slide plays, written in milliseconds
     * @param media the media objects, for example {@link MediaObject#image(String)}
     * @return this builder
     * @throws IllegalArgumentException when the duration is negative
     */
    public Builder slide(Duration duration, MediaObject... media) {
      return slide(duration, List.of(media));
    }

    /**
     * Adds a slide: {@code <par dur="...ms">} holding the media objects.
     *
     * @param duration how long the slide plays, written in milliseconds
     * @param media the media objects
     * @return this builder
     * @throws IllegalArgumentException when the duration is negative
     */
    public Builder slide(Duration duration, List<MediaObject> media) {
      body.add(Par.of(duration, media));
      return this;
    }

    /**
     * Adds any child to the body, for example a {@link Seq} or a {@link Par} built by hand.
     *
     * @param child the child
     * @return this builder
     */
    public Builder add(TimeChild child) {
      body.add(Objects.requireNonNull(child, "child"));
      return this;
    }

    /**
     * Builds the presentation.
     *
     * @return the presentation
     */
    public SmilPresentation build() {
      List<Region> layoutRegions = regions.isEmpty() ? standardRegions() : regions;
      List<HeadChild> head = new ArrayList<>(metas);
      head.add(Layout.of(rootLayout == null ? RootLayout.empty() : rootLayout, layoutRegions));
      List<RootChild> root = List.of(new Head(List.of(), head), new Body(List.of(), body));
      return new SmilPresentation(namespaceUri, List.of(), attributes, root);
    }

    private List<Region> standardRegions() {
      Set<String> used = new HashSet<>();
      for (Tree.Located l : Tree.media(body, Tree.BODY)) {
        l.media().region().ifPresent(used::add);
      }
      boolean image = used.contains(Region.IMAGE);
      boolean text = used.contains(Region.TEXT);
      List<Region> r = new ArrayList<>();
      if (image) {
        r.add(Region.of(Region.IMAGE, Length.pixels(0), Length.pixels(0), Length.percent(100),
            Length.percent(text ? 80 : 100), "meet"));
      }
      if (text) {
        r.add(Region.of(Region.TEXT, Length.pixels(0), image ? Length.percent(80) : Length.pixels(0),
            Length.percent(100), Length.percent(image ? 20 : 100), "scroll"));
      }
      return r;
    }
  }
}
