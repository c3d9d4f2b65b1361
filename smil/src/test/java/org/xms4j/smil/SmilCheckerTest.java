package org.xms4j.smil;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmilCheckerTest {

  /** One document breaking each generic rule once or twice. */
  private static final String BROKEN = String.join("\n",
      "<smil>",
      "<head><layout>",
      "<root-layout width='160' height='120'/>",
      "<region id='Image' left='0' top='0' width='160' height='80'/>",
      "<region id='Image' left='100' top='0' width='80' height='12a'/>",
      "<region left='0' top='80' width='-5' height='40'/>",
      "<region id='Text' left='0' top='80' width='160' height='40'/>",
      "</layout></head>",
      "<body>",
      "<par dur='abc'><img src='a.jpg' region='image'/><video src='v.3gp' region='Image'/></par>",
      "<par dur='-2s'><text src='1.txt' region='Text'/><text src='2.txt' region='Text'/></par>",
      "<par dur='1s'><audio src='1.amr' begin='1x;2s'/><audio src='2.amr' end=''/><img region='Image'/></par>",
      "<par><img src='b.jpg'/><text src='c.txt' region='Caption'/></par>",
      "</body></smil>");

  @Test
  void reportsEveryProblemWithRuleLocationAndMessage() {
    List<SmilFinding> findings = SmilChecker.check(RealData.parse(BROKEN));
    assertThat(findings).extracting(SmilFinding::toString).containsExactly(
        "SMIL-R05 ERROR /smil/head[1]/layout[1]/region[2]/@id: region id \"Image\" is used by more than one region",
        "SMIL-R06 ERROR /smil/head[1]/layout[1]/region[2]/@height: height=\"12a\" is not a non-negative length in "
            + "pixels or percent",
        "SMIL-R17 WARNING /smil/head[1]/layout[1]/region[2]: left + width = 180 px exceeds the root-layout width of "
            + "160 px",
        "SMIL-R04 ERROR /smil/head[1]/layout[1]/region[3]: the region has no id",
        "SMIL-R06 ERROR /smil/head[1]/layout[1]/region[3]/@width: width=\"-5\" is not a non-negative length in "
            + "pixels or percent",
        "SMIL-R08 ERROR /smil/body[1]/par[1]/@dur: dur=\"abc\" is not a clock value, \"indefinite\" or \"media\"",
        "SMIL-R07 ERROR /smil/body[1]/par[1]/img[1]/@region: region \"image\" is not defined in the layout; "
            + "region \"Image\" differs only in letter case",
        "SMIL-R09 ERROR /smil/body[1]/par[2]/@dur: dur=\"-2s\" is negative",
        "SMIL-R10 ERROR /smil/body[1]/par[3]/audio[1]/@begin: begin=\"1x;2s\" is not a valid time value list",
        "SMIL-R10 ERROR /smil/body[1]/par[3]/audio[2]/@end: end=\"\" is not a valid time value list",
        "SMIL-R14 ERROR /smil/body[1]/par[3]/img[1]: <img> has no src",
        "SMIL-R15 WARNING /smil/body[1]/par[4]/img[1]: <img> names no region",
        "SMIL-R07 ERROR /smil/body[1]/par[4]/text[1]/@region: region \"Caption\" is not defined in the layout",
        "SMIL-R11 WARNING /smil/body[1]/par[1]: the slide holds 2 images or videos; MMS SMIL allows one",
        "SMIL-R12 WARNING /smil/body[1]/par[2]: the slide holds 2 texts; MMS SMIL allows one",
        "SMIL-R13 WARNING /smil/body[1]/par[3]: the slide holds 2 audios; MMS SMIL allows one");
    SmilFinding first = findings.get(0);
    assertThat(first.id()).isEqualTo("SMIL-R05");
    assertThat(first.rule()).isEqualTo(SmilRule.REGION_ID_DUPLICATE);
    assertThat(first.severity()).isEqualTo(SmilRule.Severity.ERROR);
    assertThat(first.rule().specReference()).startsWith("[XML] section 3.3.1");
  }

  @Test
  void aBuiltPresentationHasNoFindings() {
    SmilPresentation p = SmilPresentation.builder()
        .slide(Duration.ofSeconds(5), MediaObject.image("cid:a.jpg"), MediaObject.text("cid:a.txt"),
            MediaObject.audio("cid:a.amr"))
        .slide(Duration.ofSeconds(2), MediaObject.video("cid:b.3gp"))
        .build();
    assertThat(SmilChecker.check(p)).isEmpty();
  }

  @Test
  void reportsMissingBodyRootLayoutAndSlides() {
    assertThat(SmilChecker.check(RealData.parse("<smil><head/></smil>"))).extracting(SmilFinding::toString)
        .containsExactly("SMIL-R01 ERROR /smil: the document has no <body>",
            "SMIL-R03 WARNING /smil/head[1]: no <root-layout> in <head><layout>");
    assertThat(SmilChecker.check(RealData.parse("<smil><head><layout><root-layout/></layout></head><body>"
        + "<excl><img src='a' region='Image'/></excl></body></smil>"))).extracting(SmilFinding::toString)
        .containsExactly("SMIL-R02 WARNING /smil/body[1]: the body holds no slide (no <par> and no media object)");
    assertThat(SmilChecker.check(RealData.parse("<smil><head><layout/></head><body><par dur='1s'/></body></smil>")))
        .extracting(SmilFinding::toString)
        .containsExactly("SMIL-R03 WARNING /smil/head[1]/layout[1]: no <root-layout> in <head><layout>");
  }

  @Test
  void regionNamesIgnoreSurroundingWhiteSpace() {
    SmilPresentation p = RealData.parse("<smil><head><layout><root-layout/><region id='Image '/></layout></head>"
        + "<body><par dur='1s'><img src='a' region=' Image'/></par></body></smil>");
    assertThat(p.media().get(0).region()).hasValue(" Image");
    assertThat(SmilChecker.check(p)).isEmpty();
  }

  @Test
  void percentRegionsAreCheckedAgainstAPixelRootLayout() {
    String doc = "<smil><head><layout><root-layout width='200' height='100'/>"
        + "<region id='Image' left='50%' top='0' width='60%' height='100%'/>"
        + "<region id='Text' left='0' top='90%' width='100%' height='10%'/></layout></head>"
        + "<body><par dur='1s'><img src='a' region='Image'/></par></body></smil>";
    assertThat(SmilChecker.check(RealData.parse(doc))).extracting(SmilFinding::toString).containsExactly(
        "SMIL-R17 WARNING /smil/head[1]/layout[1]/region[1]: left + width = 220 px exceeds the root-layout width "
            + "of 200 px");
    String percentRoot = doc.replace("width='200' height='100'", "width='100%' height='100%'");
    assertThat(SmilChecker.check(RealData.parse(percentRoot))).isEmpty();
  }

  @Test
  void regionsAreCheckedOnBothAxesAlike() {
    String doc = "<smil><head><layout><root-layout width='200' height='100'/>"
        + "<region id='Image' left='0' top='30' width='200' height='80'/>"
        + "<region id='Text' left='150' top='60%' width='60' height='50%'/></layout></head>"
        + "<body><par dur='1s'><img src='a' region='Image'/></par></body></smil>";
    assertThat(SmilChecker.check(RealData.parse(doc))).extracting(SmilFinding::toString).containsExactly(
        "SMIL-R17 WARNING /smil/head[1]/layout[1]/region[1]: top + height = 110 px exceeds the root-layout height "
            + "of 100 px",
        "SMIL-R17 WARNING /smil/head[1]/layout[1]/region[2]: left + width = 210 px exceeds the root-layout width "
            + "of 200 px",
        "SMIL-R17 WARNING /smil/head[1]/layout[1]/region[2]: top + height = 110 px exceeds the root-layout height "
            + "of 100 px");
    // within half a pixel is inside
    assertThat(SmilChecker.check(RealData.parse(doc.replace("height='80'", "height='70.4'")
        .replace("left='150'", "left='140'").replace("height='50%'", "height='40%'")))).isEmpty();
  }

  @Test
  void checksTheSourceOfAnMmsSlidesElement() {
    List<SmilFinding> findings = SmilChecker.checkMmsSlides(RealData.parse(BROKEN));
    assertThat(findings).extracting(SmilFinding::toString).containsExactly(
        "OMS-S04 ERROR /smil/head[1]/layout[1]/root-layout[1]: no background-color: tRoot-layout requires one (#RRGGBB)",
        "OMS-S07 ERROR /smil/head[1]/layout[1]/region[1]: no fit: tRegion requires it",
        "OMS-S05 ERROR /smil/head[1]/layout[1]/region[2]: the region is left out: tLayout holds at most 2 regions "
            + "(the first Image and Text regions are kept)",
        "OMS-S05 ERROR /smil/head[1]/layout[1]/region[3]: the region is left out: tLayout holds at most 2 regions "
            + "(the first Image and Text regions are kept)",
        "OMS-S07 ERROR /smil/head[1]/layout[1]/region[4]: no fit: tRegion requires it",
        "OMS-S10 ERROR /smil/body[1]/par[1]: dur=\"abc\" is not a clock value and is left out; tPar requires "
            + "milliseconds",
        "OMS-S12 WARNING /smil/body[1]/par[1]/video[1]: <video> is left out: tPar holds only img, text and audio",
        "OMS-S10 ERROR /smil/body[1]/par[2]: dur=\"-2s\" is not a clock value and is left out; tPar requires "
            + "milliseconds",
        "OMS-S11 WARNING /smil/body[1]/par[2]/text[2]: a second <text> in the slide is left out: tPar holds one of "
            + "each",
        "OMS-S15 INFO /smil/body[1]/par[3]/audio[1]: attributes of <audio> left out: begin",
        "OMS-S11 WARNING /smil/body[1]/par[3]/audio[2]: a second <audio> in the slide is left out: tPar holds one of "
            + "each",
        "OMS-S13 ERROR /smil/body[1]/par[3]/img[1]: <img> has no src",
        "OMS-S10 ERROR /smil/body[1]/par[4]: the slide has no dur: tPar requires one in milliseconds",
        "OMS-S14 ERROR /smil/body[1]/par[4]/img[1]: <img> has no region: tImg requires one");
    // what the findings call left out is what the writer leaves out
    assertThat(SmilWriter.compact().writeMmsSlides(RealData.parse(BROKEN))).isEqualTo("<mmsSlides xmlns=\""
        + SmilWriter.MS_OMS_NAMESPACE + "\"><head><layout><root-layout width=\"160\" height=\"120\"/>"
        + "<region id=\"Image\" left=\"0\" top=\"0\" width=\"160\" height=\"80\"/>"
        + "<region id=\"Text\" left=\"0\" top=\"80\" width=\"160\" height=\"40\"/></layout></head><body>"
        + "<par><img src=\"a.jpg\" region=\"image\"/></par><par><text src=\"1.txt\" region=\"Text\"/></par>"
        + "<par dur=\"1000\"><img region=\"Image\"/><audio src=\"1.amr\"/></par>"
        + "<par><img src=\"b.jpg\"/><text src=\"c.txt\" region=\"Caption\"/></par></body></mmsSlides>");
  }

  @Test
  void reportsWhatTmmsSlidesCannotHold() {
    SmilPresentation p = RealData.parse(RealData.fixture("unknown-elements.smil"));
    assertThat(SmilChecker.checkMmsSlides(p)).extracting(SmilFinding::toString).containsExactly(
        "OMS-S15 INFO /smil: attributes of <smil> left out: xml:lang",
        "OMS-S15 INFO /smil: namespace declarations are left out",
        "OMS-S15 INFO /smil/head[1]/metadata[1]: <metadata> is left out",
        "OMS-S04 ERROR /smil/head[1]/layout[1]/root-layout[1]: no background-color: tRoot-layout requires one (#RRGGBB)",
        "OMS-S07 ERROR /smil/head[1]/layout[1]/region[1]: no fit: tRegion requires it",
        "OMS-S15 INFO /smil/head[1]/layout[1]/region[1]: attributes of <region> left out: x:hint",
        "OMS-S07 ERROR /smil/head[1]/layout[1]/region[2]: no fit: tRegion requires it",
        "OMS-S15 INFO /smil/head[1]/layout[1]/x:grid[1]: <x:grid> is left out",
        "OMS-S15 INFO /smil/body[1]: attributes of <body> left out: x:theme",
        "OMS-S15 INFO /smil/body[1]/par[1]: attributes of <par> left out: x:slide",
        "OMS-S15 INFO /smil/body[1]/par[1]/x:sticker[1]: <x:sticker> is left out",
        "OMS-S15 INFO /smil/body[1]/switch[1]: <switch> is left out",
        "OMS-S15 INFO /smil/body[1]/par[2]/text()[1]: text is left out",
        "OMS-S15 INFO /smil/body[1]/par[1]/text[1]/param[2]: <param> is left out",
        "OMS-S12 WARNING /smil/body[1]/par[2]/ref[1]: <ref> is left out: tPar holds only img, text and audio");
  }

  @Test
  void reportsRootLayoutSizesTheSchemaCannotHold() {
    String doc = "<smil><head><meta name='a' content='1'/><meta name='b' content='2'/><layout>"
        + "<root-layout width='100%' height='320' background-color='#FFF'/>"
        + "<region id='Photo' left='0' top='0' width='10' height='10' fit='meet'/></layout></head>"
        + "<body><seq repeatCount='2'><par dur='1s'><text src='t' region='Photo'/></par></seq>"
        + "<img src='lone.jpg' region='Photo' dur='2s'/></body></smil>";
    assertThat(SmilChecker.checkMmsSlides(RealData.parse(doc))).extracting(SmilFinding::toString).containsExactly(
        "OMS-S15 INFO /smil/head[1]/meta[2]: <meta> is left out (tHeader holds one meta with name and content, and "
            + "only with a layout)",
        "OMS-S03 ERROR /smil/head[1]/layout[1]/root-layout[1]/@width: width=\"100%\" is not a whole number of pixels "
            + "and is left out",
        "OMS-S03 ERROR /smil/head[1]/layout[1]/root-layout[1]/@height: height=\"320\" exceeds 255, the largest value "
            + "of its schema type (xs:unsignedByte)",
        "OMS-S04 ERROR /smil/head[1]/layout[1]/root-layout[1]: background-color=\"#FFF\" is not of the form #RRGGBB",
        "OMS-S06 ERROR /smil/head[1]/layout[1]/region[1]: region id \"Photo\" is not \"Image\" or \"Text\"",
        "OMS-S08 WARNING /smil/head[1]/layout[1]/region[1]/@fit: fit=\"meet\" is not \"slice\" or \"stream\", the "
            + "values [MS-OMS] 2.2.4.11 names",
        "OMS-S15 INFO /smil/body[1]/seq[1]: <seq> is flattened: its slides are written in order, its attributes "
            + "(repeatCount) are left out",
        "OMS-S15 INFO /smil/body[1]/img[1]: the media object is written inside a <par> of its own");
    assertThat(SmilWriter.compact().writeMmsSlides(RealData.parse(doc))).isEqualTo("<mmsSlides xmlns=\""
        + SmilWriter.MS_OMS_NAMESPACE + "\"><head><meta name=\"a\" content=\"1\"/><layout>"
        + "<root-layout height=\"320\" background-color=\"#FFF\"/>"
        + "<region id=\"Photo\" left=\"0\" top=\"0\" width=\"10\" height=\"10\" fit=\"meet\"/></layout></head><body>"
        + "<par dur=\"1000\"><text src=\"t\" region=\"Photo\"/></par>"
        + "<par dur=\"2000\"><img src=\"lone.jpg\" region=\"Photo\"/></par></body></mmsSlides>");
  }

  @Test
  void anEmptyPresentationHasNoHeadAndNoSlidesForMsOms() {
    assertThat(SmilChecker.checkMmsSlides(RealData.parse("<smil><body/></smil>"))).extracting(SmilFinding::toString)
        .containsExactly("OMS-S01 WARNING /smil: no <layout>: the mmsSlides has no head, so no screen size and no "
            + "regions", "OMS-S09 ERROR /smil/body[1]: no slide: tBody requires at least one <par>");
    assertThat(SmilChecker.checkMmsSlides(RealData.parse("<smil><head><layout/></head><body/></smil>")))
        .extracting(SmilFinding::id).containsExactly("OMS-S02", "OMS-S05", "OMS-S09");
  }

  @Test
  void realFilesAreCheckedWithoutThrowing() {
    List<RealData.Doc> docs = new java.util.ArrayList<>(RealData.extractedSmil());
    docs.addAll(RealData.backupSmil());
    for (RealData.Doc d : docs) {
      SmilPresentation p = RealData.parse(d.bytes());
      assertThat(SmilChecker.check(p)).as(d.name()).allSatisfy(f -> assertThat(f.id()).isIn("SMIL-R03", "SMIL-R16"));
      assertThat(SmilChecker.checkMmsSlides(p)).as(d.name()).isNotEmpty();
    }
  }
}
