package org.xms4j.smil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmilWriterTest {

  private static SmilPresentation twoSlides() {
    return SmilPresentation.builder()
        .rootLayout(RootLayout.ofPixels(160, 120).withBackgroundColor("#FFFFFF"))
        .slide(Duration.ofSeconds(5), MediaObject.image("cid:photo.jpg"), MediaObject.text("cid:1.txt"))
        .slide(Duration.ofMillis(2500), MediaObject.text("cid:2.txt"), MediaObject.audio("cid:tune.amr"))
        .build();
  }

  @Test
  void writesMmsSmilCompact() {
    assertThat(SmilWriter.compact().write(twoSlides())).isEqualTo("<smil><head><layout>"
        + "<root-layout width=\"160\" height=\"120\" background-color=\"#FFFFFF\"/>"
        + "<region id=\"Image\" left=\"0\" top=\"0\" width=\"100%\" height=\"80%\" fit=\"meet\"/>"
        + "<region id=\"Text\" left=\"0\" top=\"80%\" width=\"100%\" height=\"20%\" fit=\"scroll\"/>"
        + "</layout></head><body>"
        + "<par dur=\"5000ms\"><img src=\"cid:photo.jpg\" region=\"Image\"/><text src=\"cid:1.txt\" region=\"Text\"/></par>"
        + "<par dur=\"2500ms\"><text src=\"cid:2.txt\" region=\"Text\"/><audio src=\"cid:tune.amr\"/></par>"
        + "</body></smil>");
  }

  @Test
  void writesMmsSmilIndented() {
    assertThat(SmilWriter.indented().write(twoSlides())).isEqualTo(String.join("\n",
        "<smil>",
        "  <head>",
        "    <layout>",
        "      <root-layout width=\"160\" height=\"120\" background-color=\"#FFFFFF\"/>",
        "      <region id=\"Image\" left=\"0\" top=\"0\" width=\"100%\" height=\"80%\" fit=\"meet\"/>",
        "      <region id=\"Text\" left=\"0\" top=\"80%\" width=\"100%\" height=\"20%\" fit=\"scroll\"/>",
        "    </layout>",
        "  </head>",
        "  <body>",
        "    <par dur=\"5000ms\">",
        "      <img src=\"cid:photo.jpg\" region=\"Image\"/>",
        "      <text src=\"cid:1.txt\" region=\"Text\"/>",
        "    </par>",
        "    <par dur=\"2500ms\">",
        "      <text src=\"cid:2.txt\" region=\"Text\"/>",
        "      <audio src=\"cid:tune.amr\"/>",
        "    </par>",
        "  </body>",
        "</smil>"));
  }

  @Test
  void writesUtf8Bytes() {
    SmilPresentation p = SmilPresentation.builder().slide(Duration.ofSeconds(1), MediaObject.text("cid:Дом.txt"))
        .build();
    byte[] bytes = SmilWriter.compact().writeUtf8(p);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(SmilWriter.compact().write(p))
        .contains("src=\"cid:Дом.txt\"");
    assertThat(RealData.parse(bytes)).isEqualTo(p);
  }

  @Test
  void writesMmsSlidesInSchemaOrder() {
    SmilPresentation p = SmilPresentation.builder()
        .meta("author", "xms4j")
        .rootLayout(RootLayout.ofPixels(160, 120).withBackgroundColor("#FFFFFF"))
        .region(Region.of("Image", Length.pixels(0), Length.pixels(0), Length.pixels(160), Length.pixels(80), "slice"))
        .region(Region.of("Text", Length.pixels(0), Length.pixels(80), Length.pixels(160), Length.pixels(40), "slice"))
        .slide(Duration.ofSeconds(5), MediaObject.text("cid:1.txt"), MediaObject.image("cid:photo.jpg"))
        .slide(Duration.ofMillis(2500), MediaObject.audio("cid:tune.amr"),
            MediaObject.text("cid:2.txt").withAttribute("foreground-color", "#0000FF"))
        .build();
    assertThat(SmilWriter.compact().writeMmsSlides(p)).isEqualTo(
        "<mmsSlides xmlns=\"http://schemas.microsoft.com/office/Outlook/2006/OMS\"><head>"
        + "<meta name=\"author\" content=\"xms4j\"/><layout>"
        + "<root-layout width=\"160\" height=\"120\" background-color=\"#FFFFFF\"/>"
        + "<region id=\"Image\" left=\"0\" top=\"0\" width=\"160\" height=\"80\" fit=\"slice\"/>"
        + "<region id=\"Text\" left=\"0\" top=\"80\" width=\"160\" height=\"40\" fit=\"slice\"/>"
        + "</layout></head><body>"
        + "<par dur=\"5000\"><img src=\"cid:photo.jpg\" region=\"Image\"/><text src=\"cid:1.txt\" region=\"Text\"/></par>"
        + "<par dur=\"2500\"><text src=\"cid:2.txt\" region=\"Text\" foreground-color=\"#0000FF\"/>"
        + "<audio src=\"cid:tune.amr\"/></par>"
        + "</body></mmsSlides>");
    assertThat(SmilChecker.checkMmsSlides(p)).isEmpty();
  }

  @Test
  void writesMmsSlidesIndented() {
    SmilPresentation p = SmilPresentation.builder().slide(Duration.ofSeconds(3), MediaObject.audio("cid:a.mid")).build();
    assertThat(SmilWriter.indented().writeMmsSlides(p)).isEqualTo(String.join("\n",
        "<mmsSlides xmlns=\"http://schemas.microsoft.com/office/Outlook/2006/OMS\">",
        "  <head>",
        "    <layout>",
        "      <root-layout/>",
        "    </layout>",
        "  </head>",
        "  <body>",
        "    <par dur=\"3000\">",
        "      <audio src=\"cid:a.mid\"/>",
        "    </par>",
        "  </body>",
        "</mmsSlides>"));
  }

  /** The multimedia DeliverXms example of [MS-OMS] section 4, its mmsSlides element. */
  @Test
  void reproducesTheMmsSlidesOfTheMsOmsProtocolExample() {
    SmilPresentation p = SmilPresentation.builder()
        .meta("author", "msOfficeOutlookOms")
        .rootLayout(RootLayout.ofPixels(120, 120).withBackgroundColor("#ffffffff"))
        .region(Region.of("Image", Length.pixels(0), Length.pixels(0), Length.pixels(120), Length.pixels(90), null))
        .region(Region.of("Text", Length.pixels(0), Length.pixels(90), Length.pixels(120), Length.pixels(30), null))
        .add(Par.of(Duration.ofSeconds(3), List.of(
            MediaObject.text("cid:Att0.txt@AB1B43B2B0594564.B94EF7ABB12B49BA"),
            MediaObject.audio("cid:Att2.mid@AB1B43B2B0594564.B94EF7ABB12B49BA"))))
        .build();
    String example = "<mmsSlides><head><meta name=\"author\" content=\"msOfficeOutlookOms\" /><layout>"
        + "<root-layout width=\"120\" height=\"120\" background-color=\"#ffffffff\" />"
        + "<region id=\"Image\" left=\"0\" top=\"0\" width=\"120\" height=\"90\" />"
        + "<region id=\"Text\" left=\"0\" top=\"90\" width=\"120\" height=\"30\" /></layout></head><body>"
        + "<par dur=\"3000\"><text src=\"cid:Att0.txt@AB1B43B2B0594564.B94EF7ABB12B49BA\" region=\"Text\"/>"
        + "<audio src=\"cid:Att2.mid@AB1B43B2B0594564.B94EF7ABB12B49BA\" /></par></body></mmsSlides>";
    assertThat(SmilWriter.compact().writeMmsSlides(p))
        .isEqualTo(example.replace(" />", "/>").replace("<mmsSlides>",
            "<mmsSlides xmlns=\"" + SmilWriter.MS_OMS_NAMESPACE + "\">"));
    // the spec's own example breaks its text: 8 hex digits of colour, regions without fit
    assertThat(SmilChecker.checkMmsSlides(p)).extracting(SmilFinding::id)
        .containsExactly("OMS-S04", "OMS-S07", "OMS-S07");
  }

  /** A bare SMIL dur is in seconds, a tPar dur in milliseconds; the writer converts. */
  @Test
  void convertsBareSmilSecondsToMmsSlidesMilliseconds() {
    SmilPresentation p = RealData.parse("<smil><body><par dur=\"3\"><audio src=\"a\"/></par>"
        + "<par dur=\"1.5s\"/><par dur=\"00:01\"/><par dur=\"indefinite\"/></body></smil>");
    assertThat(SmilWriter.compact().writeMmsSlides(p)).isEqualTo("<mmsSlides xmlns=\"" + SmilWriter.MS_OMS_NAMESPACE
        + "\"><body><par dur=\"3000\"><audio src=\"a\"/></par><par dur=\"1500\"/><par dur=\"1000\"/><par/></body>"
        + "</mmsSlides>");
    assertThat(SmilChecker.checkMmsSlides(p)).extracting(SmilFinding::id, SmilFinding::location).containsExactly(
        org.assertj.core.api.Assertions.tuple("OMS-S01", "/smil"),
        org.assertj.core.api.Assertions.tuple("OMS-S10", "/smil/body[1]/par[4]"));
  }

  @Test
  void writesTheSmil20NamespaceAndForeignMarkupWithTheirDeclarations() {
    SmilPresentation p = RealData.parse(RealData.fixture("unknown-elements.smil"));
    String compact = SmilWriter.compact().write(p);
    assertThat(compact).startsWith("<smil xmlns=\"http://www.w3.org/2001/SMIL20/Language\" "
        + "xmlns:x=\"urn:example:extension\" xml:lang=\"en\"><head><metadata><x:creator x:tool=\"hand\">xms4j"
        + "</x:creator></metadata>");
    assertThat(compact).contains("<x:sticker xmlns:x=\"urn:example:other\" ref=\"smile\">big <b xmlns=\"\">and</b>"
        + " bold</x:sticker>");
    assertThat(compact).endsWith("<par dur=\"1s\"><ref src=\"cid:card.vcf\"/>inline &lt;text&gt; &amp; more</par>"
        + "</body></smil>");
    assertThat(SmilWriter.indented().write(p)).contains(String.join("\n",
        "    <switch>",
        "      <img src=\"cid:alt.png\" region=\"Image\"/>",
        "    </switch>",
        "    <par dur=\"1s\"><ref src=\"cid:card.vcf\"/>inline &lt;text&gt; &amp; more</par>",
        "  </body>",
        "</smil>"));
  }

  @Test
  void escapesValuesSoThatTheyReadBackUnchanged() {
    String value = "a&b<c>d\"e'f\tg\nh\ri";
    SmilPresentation p = new SmilPresentation("", List.of(), List.of(XmlAttribute.of("title", value)),
        List.of(new Body(List.of(), List.of(new Par(List.of(), List.of(new XmlText(" x&y<z>\r\n ")))))));
    String written = SmilWriter.compact().write(p);
    assertThat(written).isEqualTo("<smil title=\"a&amp;b&lt;c&gt;d&quot;e'f&#9;g&#10;h&#13;i\">"
        + "<body><par> x&amp;y&lt;z&gt;&#13;\n </par></body></smil>");
    assertThat(RealData.parse(written)).isEqualTo(p);
  }

  @Test
  void refusesWhatXmlCannotCarry() {
    SmilPresentation nul = SmilPresentation.builder().slide(Duration.ZERO, MediaObject.text("a\u0000b")).build();
    assertThatThrownBy(() -> SmilWriter.compact().write(nul)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("character U+0000 at index 1 cannot be written in XML 1.0");
    SmilPresentation lone = SmilPresentation.builder().slide(Duration.ZERO, MediaObject.text("\uD800")).build();
    assertThatThrownBy(() -> SmilWriter.compact().write(lone)).isInstanceOf(IllegalArgumentException.class);
    XmlElement clash = new XmlElement("urn:a", "p", "e", List.of(new XmlAttribute("urn:b", "p", "q", "1")), List.of());
    SmilPresentation twoBindings = new SmilPresentation("", List.of(), List.of(),
        List.of(new Body(List.of(), List.of(clash))));
    assertThatThrownBy(() -> SmilWriter.compact().write(twoBindings)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefix \"p\" bound to both");
  }

  @Test
  void declaresNamespacesOfBuiltForeignMarkupWhereNeeded() {
    XmlElement ext = new XmlElement("urn:e", "e", "note", List.of(new XmlAttribute("urn:f", "f", "k", "v")),
        List.of(new XmlElement("", "", "plain", List.of(), List.of())));
    SmilPresentation p = SmilPresentation.builder().namespaceUri(SmilPresentation.SMIL_2_0_NAMESPACE)
        .add(new Par(List.of(), List.of(ext))).build();
    String written = SmilWriter.compact().write(p);
    assertThat(written).contains("<e:note xmlns:f=\"urn:f\" xmlns:e=\"urn:e\" f:k=\"v\"><plain xmlns=\"\"/></e:note>");
    assertThat(RealData.parse(written).body()).isEqualTo(p.body());
  }
}
