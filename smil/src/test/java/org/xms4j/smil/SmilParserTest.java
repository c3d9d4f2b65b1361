package org.xms4j.smil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmilParserTest {

  @Test
  void readsSmil10WithoutNamespaceAndWithPublicDoctype() {
    SmilPresentation p = RealData.parse(RealData.fixture("smil10-no-namespace.smil"));
    assertThat(p.namespaceUri()).isEmpty();
    assertThat(p.head().orElseThrow().metas()).singleElement()
        .satisfies(m -> assertThat(m.content()).hasValue("Holiday"));
    RootLayout root = p.rootLayout().orElseThrow();
    assertThat(root.width().orElseThrow().value()).hasValue(176);
    assertThat(root.height().orElseThrow().value()).hasValue(208);
    assertThat(root.backgroundColor()).hasValue("#FFFFFF");
    assertThat(p.regions()).extracting(r -> r.id().orElseThrow(), r -> r.top().orElseThrow().text(),
        r -> r.height().orElseThrow().text(), r -> r.fit().orElseThrow())
        .containsExactly(tuple("Image", "0", "144", "meet"), tuple("Text", "144", "64", "scroll"));
    assertThat(p.slides()).extracting(s -> s.durationMillis().getAsLong()).containsExactly(4000L, 2000L);
    MediaObject img = p.slides().get(0).media(MediaKind.IMG).get(0);
    assertThat(img.alt()).hasValue("Beach at noon");
    assertThat(img.src()).hasValue("cid:beach.jpg");
    MediaObject audio = p.slides().get(0).media(MediaKind.AUDIO).get(0);
    assertThat(audio.begin().orElseThrow().offset()).hasValue(Duration.ofMillis(500));
    assertThat(audio.end().orElseThrow().text()).isEqualTo("3500ms");
    assertThat(SmilChecker.check(p)).isEmpty();
  }

  @Test
  void readsSmil20WithNamespaceAndSmil2Spellings() {
    SmilPresentation p = RealData.parse(RealData.fixture("smil20-namespace.smil"));
    assertThat(p.namespaceUri()).isEqualTo(SmilPresentation.SMIL_2_0_NAMESPACE);
    assertThat(p.layout().orElseThrow().attribute("type")).hasValue("text/smil-basic-layout");
    assertThat(p.rootLayout().orElseThrow().backgroundColor()).hasValue("#000000");
    assertThat(p.regions()).extracting(r -> r.id().orElseThrow()).containsExactly("Image", "Text");
    assertThat(p.head().orElseThrow().children()).hasSize(3).last().isInstanceOfSatisfying(XmlElement.class, x -> {
      assertThat(x.localName()).isEqualTo("transition");
      assertThat(x.namespaceUri()).isEqualTo(SmilPresentation.SMIL_2_0_NAMESPACE);
      assertThat(x.attribute("dur")).hasValue("1s");
    });
    assertThat(p.slides()).extracting(s -> s.dur().orElseThrow().text(), s -> s.durationMillis().isPresent())
        .containsExactly(tuple("00:00:05", true), tuple("indefinite", false));
    assertThat(p.slides().get(0).durationMillis()).hasValue(5000);
    assertThat(p.slides().get(0).media()).extracting(MediaObject::kind).containsExactly(MediaKind.VIDEO, MediaKind.TEXT);
    assertThat(p.slides().get(1).media().get(0).dur()).hasValue(TimeValue.MEDIA);
  }

  @Test
  void readsSeqPercentRegionsAndMediaOutsidePar() {
    SmilPresentation p = RealData.parse(RealData.fixture("seq-percent-regions.smil"));
    assertThat(p.slides()).extracting(Slide::location, s -> s.durationMillis().getAsLong())
        .containsExactly(tuple("/smil/body[1]/par[1]", 1500L), tuple("/smil/body[1]/seq[1]/par[1]", 500L),
            tuple("/smil/body[1]/seq[1]/par[2]", 500L), tuple("/smil/body[1]/text[1]", 3000L));
    assertThat(p.regions().get(1).top().orElseThrow().toPixels(200)).hasValue(120);
    assertThat(p.media()).hasSize(5);
    assertThat(SmilChecker.check(p)).extracting(SmilFinding::id, SmilFinding::location)
        .containsExactly(tuple("SMIL-R16", "/smil/body[1]/text[1]"));
  }

  @Test
  void keepsUnknownElementsAttributesNamespacesAndText() {
    SmilPresentation p = RealData.parse(RealData.fixture("unknown-elements.smil"));
    assertThat(p.namespaces()).containsExactly(new NamespaceDeclaration("x", "urn:example:extension"));
    assertThat(p.attributes()).containsExactly(new XmlAttribute(XmlAttribute.XML_NAMESPACE, "xml", "lang", "en"));
    Head head = p.head().orElseThrow();
    XmlElement metadata = (XmlElement) head.children().get(0);
    assertThat(metadata.children()).singleElement().isEqualTo(new XmlElement("urn:example:extension", "x", "creator",
        List.of(new XmlAttribute("urn:example:extension", "x", "tool", "hand")), List.of(new XmlText("xms4j"))));
    Layout layout = p.layout().orElseThrow();
    assertThat(layout.children()).hasSize(4);
    assertThat(layout.regions().get(0).attributes()).last()
        .isEqualTo(new XmlAttribute("urn:example:extension", "x", "hint", "top"));
    Body body = p.body().orElseThrow();
    assertThat(body.attributes()).containsExactly(new XmlAttribute("urn:example:extension", "x", "theme", "dark"));
    Par first = (Par) body.children().get(0);
    assertThat(first.dur()).hasValue(new TimeValue("5000ms"));
    XmlElement sticker = (XmlElement) first.children().get(2);
    assertThat(sticker.namespaceUri()).isEqualTo("urn:example:other");
    assertThat(sticker.children()).containsExactly(new XmlText("big "),
        new XmlElement("", "", "b", List.of(), List.of(new XmlText("and"))), new XmlText(" bold"));
    MediaObject text = first.media().get(1);
    assertThat(text.params()).containsExactly(Map.entry("foreground-color", "#FF0000"), Map.entry("textsize", "small"));
    // a SMIL element where MMS does not expect it is kept as written, not interpreted
    assertThat(body.children().get(1)).isInstanceOfSatisfying(XmlElement.class,
        x -> assertThat(x.localName()).isEqualTo("switch"));
    Par last = (Par) body.children().get(2);
    assertThat(last.children()).containsExactly(MediaObject.ref("cid:card.vcf"), new XmlText("inline <text> & more"));
    assertThat(p.slides()).hasSize(2);
  }

  @Test
  void toleratesCaseOdditiesAndKeepsTheSpellingOfAttributes() {
    SmilPresentation p = RealData.parse(RealData.fixture("case-oddities.smil"));
    RootLayout root = p.rootLayout().orElseThrow();
    assertThat(root.width().orElseThrow().value()).hasValue(128);
    assertThat(root.height().orElseThrow().value()).hasValue(160);
    assertThat(root.backgroundColor()).hasValue("#FFFFFF");
    assertThat(root.attributes()).extracting(XmlAttribute::localName).containsExactly("Width", "HEIGHT", "BackgroundColor");
    assertThat(p.regions()).extracting(r -> r.id().orElseThrow(), r -> r.fit().orElseThrow())
        .containsExactly(tuple("Image", "meet"), tuple("Text", "scroll"));
    assertThat(p.slides()).singleElement().satisfies(s -> {
      assertThat(s.durationMillis()).hasValue(3000);
      assertThat(s.media()).extracting(MediaObject::kind, m -> m.src().orElseThrow(), m -> m.region().orElseThrow())
          .containsExactly(tuple(MediaKind.IMG, "pic.jpg", "Image"), tuple(MediaKind.TEXT, "msg.txt", "Text"));
    });
    assertThat(SmilChecker.check(p)).isEmpty();
  }

  @Test
  void caseFoldingDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      SmilPresentation p = RealData.parse("<SMIL><BODY><PAR DUR='1S'><IMG SRC='i.jpg' REGION='Image'/>"
          + "<TEXT SRC='t.txt'/></PAR></BODY></SMIL>");
      assertThat(p.slides().get(0).media()).extracting(MediaObject::kind).containsExactly(MediaKind.IMG, MediaKind.TEXT);
      assertThat(p.slides().get(0).media().get(0).region()).hasValue("Image");
      assertThat(p.slides().get(0).durationMillis()).hasValue(1000);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void acceptsMissingHeadAndLayout() {
    SmilPresentation p = RealData.parse(RealData.fixture("no-head.smil"));
    assertThat(p.head()).isEmpty();
    assertThat(p.layout()).isEmpty();
    assertThat(p.regions()).isEmpty();
    assertThat(p.slides()).singleElement().satisfies(s -> assertThat(s.durationMillis()).hasValue(5000));
    assertThat(SmilChecker.check(p)).extracting(SmilFinding::id).containsExactly("SMIL-R03", "SMIL-R15");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "http://www.w3.org/2001/SMIL20/Language", "http://www.w3.org/2000/SEC/SMIL20/Language",
      "http://www.w3.org/2001/SMIL20/", "http://www.w3.org/2005/SMIL21/Language", "http://www.w3.org/ns/SMIL",
      "http://www.w3.org/TR/REC-smil"})
  void readsTheSmilElementsOfWhateverNamespaceTheRootIsIn(String namespace) {
    String declaration = namespace.isEmpty() ? "" : " xmlns=\"" + namespace + "\"";
    SmilPresentation p = RealData.parse("<smil" + declaration + "><head><layout><root-layout width='120' height='160'/>"
        + "<region id='Image' width='100%' height='50%'/></layout></head>"
        + "<body><par dur='2s'><img src='cid:a.gif' region='Image'/></par></body></smil>");
    assertThat(p.namespaceUri()).isEqualTo(namespace);
    assertThat(p.regions()).extracting(r -> r.id().orElseThrow()).containsExactly("Image");
    assertThat(p.slides()).singleElement().satisfies(s -> {
      assertThat(s.durationMillis()).hasValue(2000);
      assertThat(s.media()).extracting(MediaObject::kind).containsExactly(MediaKind.IMG);
    });
    String prefixed = "<s:smil xmlns:s='" + (namespace.isEmpty() ? "urn:any" : namespace) + "'><s:body><s:par dur='2s'>"
        + "<s:img src='cid:a.gif'/></s:par></s:body></s:smil>";
    SmilPresentation q = RealData.parse(prefixed);
    assertThat(q.slides()).hasSize(1);
    assertThat(RealData.parse(SmilWriter.compact().write(q))).isEqualTo(q);
  }

  @Test
  void elementsOfAnotherNamespaceThanTheRootAreNotSmil() {
    SmilPresentation p = RealData.parse("<smil xmlns='urn:a'><body><par xmlns='urn:b'/><par dur='1s'/></body></smil>");
    List<TimeChild> c = p.body().orElseThrow().children();
    assertThat(c.get(0)).isInstanceOf(XmlElement.class);
    assertThat(c.get(1)).isInstanceOf(Par.class);
    assertThat(p.namespaceUri()).isEqualTo("urn:a");
  }

  @Test
  void ignoresByteOrderMarkWhiteSpaceBeforeTheDeclarationAndComments() throws Exception {
    String doc = "\uFEFF  \n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- c --><smil><body/></smil>\n<!-- end -->";
    SmilPresentation p = SmilParser.lenient().parse(doc);
    assertThat(p.body()).hasValue(new Body(List.of(), List.of()));
    byte[] utf8Bom = ("\uFEFF" + doc.substring(1)).getBytes(StandardCharsets.UTF_8);
    assertThat(SmilParser.lenient().parse(utf8Bom)).isEqualTo(p);
  }

  @Test
  void decodesBytesByByteOrderMarkOrDeclaration() throws Exception {
    String doc = "<smil><body><par dur=\"5s\"><text src=\"Дворцовый мост.txt\" region=\"Text\"/></par></body></smil>";
    SmilPresentation expected = SmilParser.lenient().parse(doc);
    byte[] utf16 = ("\uFEFF" + doc).getBytes(StandardCharsets.UTF_16BE);
    assertThat(SmilParser.lenient().parse(utf16)).isEqualTo(expected);
    assertThat(SmilParser.lenient().parse(("\uFEFF" + doc).getBytes(StandardCharsets.UTF_16LE))).isEqualTo(expected);
    assertThat(SmilParser.lenient().parse(doc.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    String latin = "<?xml version='1.0' encoding='ISO-8859-1'?><smil><body><text src='caf\u00e9.txt'/></body></smil>";
    assertThat(SmilParser.lenient().parse(latin.getBytes(StandardCharsets.ISO_8859_1)).media().get(0).src())
        .hasValue("caf\u00e9.txt");
    assertThat(SmilParser.lenient().parse(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(expected);
    assertThat(SmilParser.lenient().parse(new StringReader(doc))).isEqualTo(expected);
  }

  @Test
  void strictModeRefusesValuesThatDoNotParseWithTheirPosition() {
    String doc = "<smil>\n<head><layout><region id='Image' width='12a'/></layout></head>\n<body/></smil>";
    assertThat(RealData.parse(doc).regions().get(0).width().orElseThrow().text()).isEqualTo("12a");
    assertThatThrownBy(() -> SmilParser.strict().parse(doc)).isInstanceOfSatisfying(SmilParseException.class, e -> {
      assertThat(e.kind()).isEqualTo(SmilParseException.Kind.INVALID_VALUE);
      assertThat(e.lineNumber()).isEqualTo(2);
      assertThat(e.columnNumber()).isPositive();
      assertThat(e.originalMessage()).isEqualTo("<region> width=\"12a\" is not a length in pixels or percent");
      assertThat(e.getMessage()).startsWith("2:" + e.columnNumber() + ": <region> width=\"12a\"");
    });
    String dur = "<smil><body>\n\n<par dur='5 seconds'/></body></smil>";
    assertThatThrownBy(() -> SmilParser.strict().parse(dur)).isInstanceOfSatisfying(SmilParseException.class, e -> {
      assertThat(e.kind()).isEqualTo(SmilParseException.Kind.INVALID_VALUE);
      assertThat(e.lineNumber()).isEqualTo(3);
      assertThat(e.originalMessage()).contains("dur=\"5 seconds\"");
    });
    assertThatThrownBy(() -> SmilParser.builder().strictValues(true).build()
        .parse("<smil><body><audio src='a' begin='1x'/></body></smil>"))
        .isInstanceOfSatisfying(SmilParseException.class, e -> assertThat(e.originalMessage())
            .isEqualTo("<audio> begin=\"1x\" is not a valid time value list"));
    assertThatThrownBy(() -> SmilParser.strict().parse("<smil><body><par dur='-5s'/></body></smil>"))
        .isInstanceOf(SmilParseException.class);
  }

  @Test
  void strictModeAcceptsSyncbaseAndEventTimes() throws Exception {
    SmilPresentation p = SmilParser.strict().parse(
        "<smil><body><par dur='media'><img src='a' begin='a.end+2s; click' end='indefinite'/></par></body></smil>");
    assertThat(p.media().get(0).begin().orElseThrow().kind()).isEqualTo(TimeValue.Kind.OTHER);
  }

  @Test
  void buildsParsersWithLimits() {
    assertThatThrownBy(() -> SmilParser.builder().maxDepth(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth < 1: 0");
    assertThatThrownBy(() -> SmilParser.builder().maxInputBytes(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxInputBytes < 1: 0");
    SmilParser small = SmilParser.builder().maxInputBytes(10).build();
    assertThatThrownBy(() -> small.parse("<smil><body/></smil>")).isInstanceOfSatisfying(SmilParseException.class,
        e -> assertThat(e.kind()).isEqualTo(SmilParseException.Kind.LIMIT_EXCEEDED));
    assertThatThrownBy(() -> small.parse("<smil><body/></smil>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(SmilParseException.class, e -> {
          assertThat(e.kind()).isEqualTo(SmilParseException.Kind.LIMIT_EXCEEDED);
          assertThat(e.originalMessage()).contains("maxInputBytes");
        });
    assertThatThrownBy(() -> small.parse(new ByteArrayInputStream(new byte[11])))
        .isInstanceOfSatisfying(SmilParseException.class,
            e -> assertThat(e.kind()).isEqualTo(SmilParseException.Kind.LIMIT_EXCEEDED));
  }
}
