package org.xms4j.smil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real SMIL document in {@code shared/testdata-real} (read in place): the 14 byte-exact SMIL
 * parts under {@code extracted-smil/}, the other SMIL files found there (mms-engine's expected
 * parts and send input) and the SMIL parts embedded in the SMS Backup &amp; Restore exports. Each
 * parses, survives parse-write-parse in both writer styles, and a sample is checked value by value
 * against what the files say.
 */
class RealSmilCorpusTest {

  @Test
  void findsTheFourteenExtractedSmilFilesAndTheOthers() {
    List<RealData.Doc> extracted = RealData.extractedSmil();
    assertThat(extracted).hasSize(14);
    assertThat(RealData.otherSmilFiles()).extracting(RealData.Doc::name).containsExactly(
        "mms-engine/mms-lib/test/test_retrieve/data/Base64/parts/smil",
        "mms-engine/mms-lib/test/test_retrieve/data/Success1/parts/0.smil",
        "mms-engine/mms-lib/test/test_retrieve/data/Success2/parts/332047400",
        "mms-engine/mms-lib/test/test_send/data/Accept/smil");
    // five application/smil parts in sms_and_mms.xml (PROVENANCE.md); the other two exports have none
    assertThat(RealData.backupSmil()).hasSize(5)
        .allSatisfy(d -> assertThat(d.name()).startsWith("packages/lib/test-assets/sms_and_mms.xml#mms["));
  }

  @TestFactory
  Stream<DynamicTest> everyRealSmilParsesAndRoundTrips() {
    List<RealData.Doc> docs = new java.util.ArrayList<>(RealData.extractedSmil());
    docs.addAll(RealData.otherSmilFiles());
    docs.addAll(RealData.backupSmil());
    assertThat(docs).hasSize(14 + 4 + 5);
    return docs.stream().map(d -> DynamicTest.dynamicTest(d.name(), () -> {
      SmilPresentation p = RealData.parse(d.bytes());
      assertThat(p.body()).isPresent();
      assertThat(p.slides()).isNotEmpty();
      assertThat(p.media()).allSatisfy(m -> assertThat(m.src()).isPresent());
      for (SmilWriter w : List.of(SmilWriter.compact(), SmilWriter.indented())) {
        String written = w.write(p);
        SmilPresentation again = RealData.parse(written);
        assertThat(again).isEqualTo(p);
        assertThat(w.write(again)).isEqualTo(written);
      }
      // the strict parser accepts every real file too: all their values parse
      assertThat(SmilParser.strict().parse(d.bytes())).isEqualTo(p);
    }));
  }

  @Test
  void panasonicTomSlotBand() throws Exception {
    SmilPresentation p = parseReal("python-messaging/extracted-smil/TOMSLOT.MMS.part0.smil");
    assertThat(p.head().orElseThrow().metas()).extracting(m -> m.name().orElseThrow(), m -> m.content().orElseThrow())
        .containsExactly(tuple("title", "smil"), tuple("author", "PANASONIC"));
    RootLayout root = p.rootLayout().orElseThrow();
    assertThat(root.backgroundColor()).hasValue("#FFFFFF");
    assertThat(root.width().orElseThrow().value()).hasValue(132);
    assertThat(root.height().orElseThrow().value()).hasValue(176);
    assertThat(p.regions()).extracting(r -> r.id().orElseThrow(), r -> r.left().orElseThrow().text(),
        r -> r.top().orElseThrow().text(), r -> r.width().orElseThrow().text(), r -> r.height().orElseThrow().text(),
        r -> r.fit().orElseThrow())
        .containsExactly(tuple("Image", "0", "0", "132", "100", "meet"), tuple("Text", "0", "100", "132", "34", "scroll"));
    assertThat(p.slides()).extracting(s -> s.durationMillis().getAsLong())
        .containsExactly(1000L, 1000L, 1000L, 1000L, 22000L);
    Slide last = p.slides().get(4);
    assertThat(last.media()).extracting(MediaObject::kind, m -> m.src().orElseThrow(), m -> m.region().orElse(null))
        .containsExactly(tuple(MediaKind.IMG, "img04.jpg", "Image"), tuple(MediaKind.TEXT, "txt04.txt", "Text"),
            tuple(MediaKind.AUDIO, "aud04.amr", null));
    assertThat(last.media(MediaKind.TEXT).get(0).params()).containsExactly(Map.entry("foreground-color", "#0000F8"));
    assertThat(SmilChecker.check(p)).isEmpty();
  }

  @Test
  void btIgniteAudioWithBeginAndEnd() throws Exception {
    SmilPresentation p = parseReal("python-messaging/extracted-smil/BTMMS.MMS.part0.smil");
    assertThat(p.rootLayout().orElseThrow().attributes()).isEmpty();
    assertThat(p.regions()).extracting(r -> r.height().orElseThrow().unit(), r -> r.height().orElseThrow().value().getAsDouble())
        .containsExactly(tuple(Length.Unit.PERCENT, 50.0), tuple(Length.Unit.PERCENT, 50.0));
    assertThat(p.slides()).extracting(s -> s.durationMillis().getAsLong()).containsExactly(6825L, 3000L);
    MediaObject audio = p.slides().get(0).media(MediaKind.AUDIO).get(0);
    assertThat(audio.begin().orElseThrow().offset()).hasValue(java.time.Duration.ofMillis(350));
    assertThat(audio.end().orElseThrow().offset()).hasValue(java.time.Duration.ofMillis(6350));
    assertThat(audio.region()).isEmpty();
  }

  @Test
  void goldSlideshowWithSeqAndUnknownAttributes() throws Exception {
    SmilPresentation p = parseReal("python-messaging/extracted-smil/m.mms.part1.smil");
    assertThat(p.regions()).extracting(r -> r.id().orElseThrow()).containsExactly("text");
    assertThat(p.slides()).extracting(s -> s.durationMillis().getAsLong())
        .containsExactly(3000L, 2000L, 2000L, 6000L, 1500L, 1500L, 10000L);
    assertThat(p.slides()).extracting(Slide::location).contains("/smil/body[1]/seq[1]/par[2]");
    Seq seq = (Seq) p.body().orElseThrow().children().get(4);
    // the attribute is kept exactly as the sender spelled it, and still found under its SMIL name
    assertThat(seq.attributes()).containsExactly(XmlAttribute.of("repeatcount", "4"));
    assertThat(seq.attribute("repeatCount")).hasValue("4");
    MediaObject audio = p.slides().get(3).media(MediaKind.AUDIO).get(0);
    assertThat(audio.attributes()).containsExactly(XmlAttribute.of("src", "gold102.amr"),
        XmlAttribute.of("start", "1000ms"));
    assertThat(p.slides().get(0).media().get(0).params())
        .containsExactly(Map.entry("foreground-color", "#ffff00"), Map.entry("textsize", "large"));
  }

  @Test
  void jollaPixelLayout() throws Exception {
    SmilPresentation p = parseReal("mms-engine/extracted-smil/m-send_3.req.part0.smil");
    Length width = p.rootLayout().orElseThrow().width().orElseThrow();
    assertThat(width.text()).isEqualTo("1134px");
    assertThat(width.unit()).isEqualTo(Length.Unit.PIXELS);
    assertThat(width.value()).hasValue(1134);
    assertThat(p.regions()).extracting(r -> r.id().orElseThrow(), r -> r.top().orElseThrow().value().getAsDouble(),
        r -> r.height().orElseThrow().value().getAsDouble())
        .containsExactly(tuple("Text", 691.0, 76.0), tuple("Image", 0.0, 691.0));
    assertThat(p.slides()).singleElement().satisfies(s -> {
      assertThat(s.durationMillis()).hasValue(5000);
      assertThat(s.media()).extracting(m -> m.src().orElseThrow()).containsExactly("text_0.txt", "temp.jpg");
    });
  }

  @Test
  void telenorVcardRefWithDurationInSeconds() throws Exception {
    SmilPresentation p = parseReal("mms-engine/extracted-smil/m-retrieve_8.conf.part0.smil");
    Slide s = p.slides().get(0);
    assertThat(s.dur().orElseThrow().text()).isEqualTo("10s");
    assertThat(s.durationMillis()).hasValue(10_000);
    assertThat(s.media()).extracting(MediaObject::kind, m -> m.src().orElseThrow())
        .containsExactly(tuple(MediaKind.REF, "Mamma Mia Cell.vcf"), tuple(MediaKind.TEXT, "text_1.txt"));
    assertThat(p.rootLayout().orElseThrow().attributes()).isEmpty();
  }

  @Test
  void omaConformanceBodyWithoutPar() throws Exception {
    SmilPresentation p = parseReal("mmsd-ofono/extracted-smil/rc-mms-1-3-con-210.mms.part0.smil");
    assertThat(p.slides()).singleElement().satisfies(s -> {
      assertThat(s.element()).isInstanceOf(MediaObject.class);
      assertThat(s.durationMillis()).isEmpty();
      assertThat(s.location()).isEqualTo("/smil/body[1]/img[1]");
      assertThat(s.media().get(0).src()).hasValue(
          "Long_file_name_for_gif_image_60X80_with_non_ASCII_characters_ooo_Length_is_93_characters.gif");
    });
    assertThat(SmilChecker.check(p)).extracting(SmilFinding::id).containsExactly("SMIL-R16");
    SmilPresentation con211 = parseReal("mmsd-ofono/extracted-smil/rc-mms-1-3-con-211.mms.part0.smil");
    assertThat(con211.media()).extracting(m -> m.src().orElseThrow()).containsExactly("cid:Generic_Text.txt");
    assertThat(con211.regions()).extracting(r -> r.top().orElseThrow().text()).containsExactly("0%", "50%");
  }

  @Test
  void percentRootLayoutAndExplicitClosingTags() throws Exception {
    SmilPresentation p = parseReal("mms-engine/extracted-smil/m-retrieve_1.conf.part0.smil");
    assertThat(p.rootLayout().orElseThrow().width().orElseThrow().unit()).isEqualTo(Length.Unit.PERCENT);
    assertThat(p.regions()).extracting(r -> r.id().orElseThrow(), r -> r.top().orElseThrow().text(),
        r -> r.height().orElseThrow().text())
        .containsExactly(tuple("Image", "34%", "67%"), tuple("Text", "0%", "33%"));
    assertThat(p.slides().get(0).media()).extracting(m -> m.src().orElseThrow())
        .containsExactly("pic_49c2735abe536994f5a7b85c08af6199.jpg", "text_001.txt");
  }

  @Test
  void smil10DoctypeIsAcceptedWithoutFetching() throws Exception {
    SmilPresentation p = RealData.parse(java.nio.file.Files.readAllBytes(
        RealData.requireFile("mms-engine/mms-lib/test/test_send/data/Accept/smil")));
    assertThat(p.rootLayout().orElseThrow().width().orElseThrow().text()).isEqualTo("120");
    assertThat(p.regions()).extracting(r -> r.id().orElseThrow()).containsExactly("Text", "Media");
    assertThat(p.slides().get(0).media()).extracting(m -> m.src().orElseThrow()).containsExactly("test.txt", "0001.jpg");
  }

  @Test
  void successOneHasFourAlternatingSlides() throws Exception {
    SmilPresentation p = RealData.parse(java.nio.file.Files.readAllBytes(
        RealData.requireFile("mms-engine/mms-lib/test/test_retrieve/data/Success1/parts/0.smil")));
    assertThat(p.rootLayout().orElseThrow().width().orElseThrow().text()).isEqualTo("128");
    assertThat(p.rootLayout().orElseThrow().height().orElseThrow().text()).isEqualTo("160");
    assertThat(p.slides()).extracting(s -> s.media().get(0).kind(), s -> s.durationMillis().getAsLong())
        .containsExactly(tuple(MediaKind.IMG, 5000L), tuple(MediaKind.TEXT, 5000L), tuple(MediaKind.IMG, 5000L),
            tuple(MediaKind.TEXT, 5000L));
  }

  @Test
  void googleMessagesBackupSmil() {
    List<RealData.Doc> docs = RealData.backupSmil();
    SmilPresentation withoutRootLayout = RealData.parse(docs.get(2).bytes());
    assertThat(withoutRootLayout.rootLayout()).isEmpty();
    assertThat(withoutRootLayout.slides()).extracting(s -> s.dur().isPresent()).containsExactly(false, false);
    assertThat(withoutRootLayout.media()).extracting(m -> m.src().orElseThrow())
        .containsExactly("cid:image_8.png", "cid:text_9.txt");
    assertThat(SmilChecker.check(withoutRootLayout)).extracting(SmilFinding::id).containsExactly("SMIL-R03");

    SmilPresentation imageAndText = RealData.parse(docs.get(4).bytes());
    assertThat(imageAndText.regions()).extracting(r -> r.id().orElseThrow(), r -> r.height().orElseThrow().text())
        .containsExactly(tuple("Image", "80%"), tuple("Text", "20%"));
    assertThat(imageAndText.slides()).extracting(s -> s.durationMillis().getAsLong()).containsExactly(5000L, 5000L);
  }

  private static SmilPresentation parseReal(String relative) throws Exception {
    return SmilParser.lenient().parse(java.nio.file.Files.readAllBytes(RealData.requireFile(relative)));
  }
}
