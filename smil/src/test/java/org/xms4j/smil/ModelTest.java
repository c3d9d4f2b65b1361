package org.xms4j.smil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void modelListsAreCopiedAndUnmodifiable() {
    List<XmlAttribute> attributes = new ArrayList<>(List.of(XmlAttribute.of("dur", "1s")));
    List<TimeChild> children = new ArrayList<>();
    Par par = new Par(attributes, children);
    attributes.add(XmlAttribute.of("begin", "0"));
    children.add(MediaObject.image("a"));
    assertThat(par.attributes()).hasSize(1);
    assertThat(par.children()).isEmpty();
    assertThatThrownBy(() -> par.attributes().add(XmlAttribute.of("x", "y")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new Par(List.of(), null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void modelComparesByValue() {
    assertThat(MediaObject.image("cid:a")).isEqualTo(MediaObject.of(MediaKind.IMG, "cid:a", "Image"))
        .hasSameHashCodeAs(MediaObject.of(MediaKind.IMG, "cid:a", "Image"))
        .isNotEqualTo(MediaObject.of(MediaKind.VIDEO, "cid:a", "Image"));
    assertThat(Region.of("Text", Length.pixels(0), null, null, null, "scroll").attributes())
        .containsExactly(XmlAttribute.of("id", "Text"), XmlAttribute.of("left", "0"), XmlAttribute.of("fit", "scroll"));
  }

  @Test
  void attributesAreFoundIgnoringCaseAndHyphensExactMatchFirst() {
    RootLayout r = new RootLayout(List.of(XmlAttribute.of("backgroundcolor", "#000000"),
        XmlAttribute.of("background-color", "#FFFFFF")), List.of());
    assertThat(r.backgroundColor()).hasValue("#FFFFFF");
    assertThat(r.attribute("BackGround-Color")).hasValue("#000000");
    assertThat(r.withAttribute("background-color", "#111111").attributes()).containsExactly(
        XmlAttribute.of("backgroundcolor", "#000000"), XmlAttribute.of("background-color", "#111111"));
    MediaObject m = new MediaObject(MediaKind.TEXT, List.of(XmlAttribute.of("SRC", "a.txt"),
        new XmlAttribute("urn:x", "x", "region", "ignored")), List.of());
    assertThat(m.src()).hasValue("a.txt");
    assertThat(m.region()).isEmpty();
    assertThat(m.withAttribute("src", "b.txt").attributes().get(0)).isEqualTo(XmlAttribute.of("SRC", "b.txt"));
    assertThat(m.withDuration(Duration.ofSeconds(2)).dur()).hasValue(new TimeValue("2000ms"));
  }

  @Test
  void xmlNamesAndNamespacesAreChecked() {
    assertThatThrownBy(() -> XmlAttribute.of("1bad", "v")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("localName is not an XML name: \"1bad\"");
    assertThatThrownBy(() -> XmlAttribute.of("a:b", "v")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new XmlAttribute("urn:x", "", "a", "v")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefix exactly when it has a namespace");
    assertThatThrownBy(() -> new XmlElement("", "p", "e", List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new XmlText(" \n\t")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NamespaceDeclaration("xmlns", "urn:x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SmilPresentation("", List.of(new NamespaceDeclaration("a", "urn:1"),
        new NamespaceDeclaration("a", "urn:2")), List.of(), List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("prefix declared twice: a");
    assertThat(new XmlElement("urn:x", "x", "e", List.of(), List.of()).qualifiedName()).isEqualTo("x:e");
  }

  @Test
  void builderAddsTheStandardRegionsTheMediaUse() {
    SmilPresentation both = SmilPresentation.builder()
        .slide(Duration.ofSeconds(1), MediaObject.image("a"), MediaObject.text("b")).build();
    assertThat(both.regions()).extracting(r -> r.id().orElseThrow(), r -> r.top().orElseThrow().text(),
        r -> r.height().orElseThrow().text(), r -> r.fit().orElseThrow())
        .containsExactly(tuple("Image", "0", "80%", "meet"), tuple("Text", "80%", "20%", "scroll"));
    SmilPresentation textOnly = SmilPresentation.builder().slide(Duration.ofSeconds(1), MediaObject.text("b")).build();
    assertThat(textOnly.regions()).extracting(r -> r.id().orElseThrow(), r -> r.top().orElseThrow().text(),
        r -> r.height().orElseThrow().text()).containsExactly(tuple("Text", "0", "100%"));
    SmilPresentation videoOnly = SmilPresentation.builder().slide(Duration.ofSeconds(1), MediaObject.video("v")).build();
    assertThat(videoOnly.regions()).extracting(r -> r.id().orElseThrow(), r -> r.height().orElseThrow().text())
        .containsExactly(tuple("Image", "100%"));
    SmilPresentation audioOnly = SmilPresentation.builder().slide(Duration.ofSeconds(1), MediaObject.audio("a")).build();
    assertThat(audioOnly.regions()).isEmpty();
    assertThat(audioOnly.rootLayout()).hasValue(RootLayout.empty());
    Region custom = Region.of("Text", Length.pixels(0), Length.pixels(0), Length.pixels(10), Length.pixels(10), null);
    SmilPresentation explicit = SmilPresentation.builder().region(custom)
        .slide(Duration.ofSeconds(1), MediaObject.image("a")).build();
    assertThat(explicit.regions()).containsExactly(custom);
  }

  @Test
  void slidesAndMediaGiveTheSummaryTheCliNeeds() {
    SmilPresentation p = SmilPresentation.builder()
        .slide(Duration.ofMillis(5000), MediaObject.image("cid:a.jpg"), MediaObject.text("cid:a.txt"))
        .add(new Seq(List.of(), List.of(Par.of(Duration.ofSeconds(2), List.of(MediaObject.audio("cid:b.amr"))))))
        .build();
    assertThat(p.slides()).extracting(s -> s.durationMillis().getAsLong(), Slide::location).containsExactly(
        tuple(5000L, "/smil/body[1]/par[1]"), tuple(2000L, "/smil/body[1]/seq[1]/par[1]"));
    assertThat(p.slides().get(0).media()).extracting(m -> m.kind().elementName(), m -> m.src().orElseThrow(),
        m -> m.region().orElse(null)).containsExactly(tuple("img", "cid:a.jpg", "Image"), tuple("text", "cid:a.txt", "Text"));
    assertThat(p.media()).hasSize(3);
    assertThat(p.slides().get(1).media(MediaKind.AUDIO)).hasSize(1);
    assertThat(p.layout().orElseThrow().region("Text")).isPresent();
    assertThat(p.layout().orElseThrow().region("text")).isEmpty();
  }

  @Test
  void mediaKindsMatchElementNames() {
    assertThat(MediaKind.forElementName("IMG")).hasValue(MediaKind.IMG);
    assertThat(MediaKind.forElementName("textstream")).hasValue(MediaKind.TEXTSTREAM);
    assertThat(MediaKind.forElementName("param")).isEmpty();
    assertThat(MediaKind.VIDEO.isVisual()).isTrue();
    assertThat(MediaKind.TEXT.isVisual()).isFalse();
    assertThat(new Region(List.of(XmlAttribute.of("regionName", "Image")), List.of()).id()).isEqualTo(Optional.of("Image"));
  }
}
