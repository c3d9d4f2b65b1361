package org.xms4j.smil;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** parse, write, parse gives an equal model, for the hand-written fixtures and built presentations. */
class RoundTripTest {

  @ParameterizedTest
  @ValueSource(strings = {"smil10-no-namespace.smil", "smil20-namespace.smil", "seq-percent-regions.smil",
      "unknown-elements.smil", "case-oddities.smil", "no-head.smil"})
  void fixturesSurviveParseWriteParse(String name) {
    SmilPresentation p = RealData.parse(RealData.fixture(name));
    for (SmilWriter w : List.of(SmilWriter.compact(), SmilWriter.indented())) {
      String written = w.write(p);
      SmilPresentation again = RealData.parse(written);
      assertThat(again).isEqualTo(p);
      assertThat(again.hashCode()).isEqualTo(p.hashCode());
      assertThat(w.write(again)).isEqualTo(written);
    }
  }

  @Test
  void builtPresentationsSurviveWriteParse() {
    SmilPresentation p = SmilPresentation.builder()
        .namespaceUri(SmilPresentation.SMIL_2_0_NAMESPACE)
        .attribute("title", "trip")
        .meta("author", "xms4j")
        .rootLayout(RootLayout.ofPixels(320, 480))
        .slide(Duration.ofMillis(1500), MediaObject.image("cid:a.jpg").withAlt("A"), MediaObject.audio("cid:a.amr"))
        .add(new Seq(List.of(XmlAttribute.of("repeatCount", "3")), List.of(
            Par.of(Duration.ofSeconds(1), List.of(MediaObject.text("cid:b.txt"))))))
        .add(MediaObject.ref("cid:card.vcf"))
        .build();
    assertThat(RealData.parse(SmilWriter.compact().write(p))).isEqualTo(p);
    assertThat(RealData.parse(SmilWriter.indented().writeUtf8(p))).isEqualTo(p);
  }

  @Test
  void equalDocumentsWrittenDifferentlyGiveEqualModels() {
    SmilPresentation a = RealData.parse("<smil><body><par dur='1s'><img src='a' region='Image'></img></par></body></smil>");
    SmilPresentation b = RealData.parse("<?xml version='1.0'?>\n<!-- c -->\n<smil>\n  <body>\n    <par dur=\"1s\">"
        + "<img src=\"a\"\n region=\"Image\"/></par>\n  </body>\n</smil>\n");
    assertThat(a).isEqualTo(b);
    SmilPresentation c = RealData.parse("<smil><body><par dur='1000ms'><img src='a' region='Image'/></par></body></smil>");
    assertThat(c).isNotEqualTo(a);
    assertThat(c.slides().get(0).durationMillis()).isEqualTo(a.slides().get(0).durationMillis());
  }
}
