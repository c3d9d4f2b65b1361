package org.xms4j.smil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmilResolverTest {

  private static SmilPresentation slides(MediaObject... media) {
    SmilPresentation.Builder b = SmilPresentation.builder();
    for (MediaObject m : media) {
      b.slide(Duration.ofSeconds(1), m);
    }
    return b.build();
  }

  @Test
  void cidUrlsNameContentIdsWithOrWithoutAngleBrackets() {
    MediaPart photo = MediaPart.of("<photo.jpg@host>", "photo.jpg", "photo.jpg", "image/jpeg");
    MediaPart text = MediaPart.of("Att0.txt@AB1B43B2B0594564.B94EF7ABB12B49BA", null, "1.txt", "text/plain");
    MediaPart smil = MediaPart.of("MMS.smil@AB1B43B2B0594564.B94EF7ABB12B49BA", null, "MMS.smil", "application/smil");
    Resolution r = SmilResolver.resolve(slides(MediaObject.image("cid:photo.jpg@host"),
        MediaObject.text("CID:<Att0.txt@AB1B43B2B0594564.B94EF7ABB12B49BA>")), List.of(smil, photo, text));
    assertThat(r.resolved()).extracting(Resolution.Resolved::src, Resolution.Resolved::part,
        Resolution.Resolved::matchedBy, Resolution.Resolved::exact, Resolution.Resolved::location)
        .containsExactly(
            tuple("cid:photo.jpg@host", photo, Resolution.MatchedBy.CONTENT_ID, true, "/smil/body[1]/par[1]/img[1]"),
            tuple("CID:<Att0.txt@AB1B43B2B0594564.B94EF7ABB12B49BA>", text, Resolution.MatchedBy.CONTENT_ID, true,
                "/smil/body[1]/par[2]/text[1]"));
    assertThat(r.unresolved()).isEmpty();
    assertThat(r.unusedParts()).isEmpty();
    assertThat(r.isComplete()).isTrue();
  }

  @Test
  void contentIdsMatchExactlyBeforeIgnoringCase() {
    MediaPart upper = MediaPart.of("<IMAGE.JPG>", null, null, "image/jpeg");
    MediaPart exact = MediaPart.of("<image.jpg>", null, null, "image/jpeg");
    Resolution r = SmilResolver.resolve(slides(MediaObject.image("cid:image.jpg")), List.of(upper, exact));
    assertThat(r.resolved()).singleElement().satisfies(m -> {
      assertThat(m.part()).isSameAs(exact);
      assertThat(m.exact()).isTrue();
    });
    assertThat(r.unusedParts()).containsExactly(upper);
    Resolution caseOnly = SmilResolver.resolve(slides(MediaObject.image("cid:image.jpg")), List.of(upper));
    assertThat(caseOnly.resolved()).singleElement().satisfies(m -> {
      assertThat(m.matchedBy()).isEqualTo(Resolution.MatchedBy.CONTENT_ID);
      assertThat(m.exact()).isFalse();
    });
  }

  @Test
  void cidUrlsArePercentDecodedAndFallBackToLocationAndName() {
    MediaPart spaced = MediaPart.of("<my photo.jpg>", null, null, "image/jpeg");
    MediaPart located = MediaPart.of(null, "\"clip.3gp\"", null, "video/3gpp");
    MediaPart named = MediaPart.of(null, null, "song.amr", "audio/amr");
    Resolution r = SmilResolver.resolve(slides(MediaObject.image("cid:my%20photo.jpg"), MediaObject.video("cid:clip.3gp"),
        MediaObject.audio("cid:SONG.AMR")), List.of(spaced, located, named));
    assertThat(r.resolved()).extracting(m -> m.part(), m -> m.matchedBy(), m -> m.exact()).containsExactly(
        tuple(spaced, Resolution.MatchedBy.CONTENT_ID, true),
        tuple(located, Resolution.MatchedBy.CONTENT_LOCATION, true),
        tuple(named, Resolution.MatchedBy.NAME, false));
  }

  @Test
  void aMalformedEscapeDoesNotStopTheOtherEscapesFromDecoding() {
    // "%" (no hex digits) and "%C3" (a lone UTF-8 lead byte) are kept as written; "%20" still decodes
    MediaPart rate = MediaPart.of("<rate 100%.txt>", null, null, "text/plain");
    MediaPart lone = MediaPart.of(null, "a b%C3.jpg", null, "image/jpeg");
    Resolution r = SmilResolver.resolve(slides(MediaObject.text("cid:rate%20100%.txt"), MediaObject.image(
        "a%20b%C3.jpg")), List.of(rate, lone));
    assertThat(r.resolved()).extracting(m -> m.part(), m -> m.matchedBy(), m -> m.exact()).containsExactly(
        tuple(rate, Resolution.MatchedBy.CONTENT_ID, true),
        tuple(lone, Resolution.MatchedBy.CONTENT_LOCATION, false));
    assertThat(r.unresolved()).isEmpty();
  }

  @Test
  void plainSourcesMatchLocationThenNameThenBareContentId() {
    MediaPart byName = MediaPart.of(null, null, "a.txt", "text/plain");
    MediaPart byLocation = MediaPart.of(null, "a.txt", null, "text/plain");
    MediaPart byId = MediaPart.of("<0501271006243210168400>", null, null, "text/plain");
    MediaPart encoded = MediaPart.of(null, "Mamma Mia Cell.vcf", null, "text/x-vCard");
    Resolution r = SmilResolver.resolve(slides(MediaObject.text("a.txt"), MediaObject.text("0501271006243210168400"),
        MediaObject.ref("Mamma%20Mia%20Cell.vcf"), MediaObject.text("A.TXT")),
        List.of(byName, byLocation, byId, encoded));
    assertThat(r.resolved()).extracting(m -> m.part(), m -> m.matchedBy(), m -> m.exact()).containsExactly(
        tuple(byLocation, Resolution.MatchedBy.CONTENT_LOCATION, true),
        tuple(byId, Resolution.MatchedBy.CONTENT_ID, true),
        tuple(encoded, Resolution.MatchedBy.CONTENT_LOCATION, false),
        tuple(byLocation, Resolution.MatchedBy.CONTENT_LOCATION, false));
    assertThat(r.unusedParts()).containsExactly(byName);
  }

  @Test
  void reportsUnresolvedSourcesAndUnusedParts() {
    MediaObject noSrc = new MediaObject(MediaKind.IMG, List.of(XmlAttribute.of("region", "Image")), List.of());
    MediaPart extra = MediaPart.of("<extra.gif>", "extra.gif", "extra.gif", "image/gif");
    MediaPart smil = MediaPart.of("<smil>", "smil.xml", null, "Application/SMIL; charset=utf-8");
    Resolution r = SmilResolver.resolve(slides(MediaObject.text("cid:missing.txt"), noSrc), List.of(smil, extra));
    assertThat(r.resolved()).isEmpty();
    assertThat(r.unresolved()).extracting(Resolution.Unresolved::src, Resolution.Unresolved::location).containsExactly(
        tuple(Optional.of("cid:missing.txt"), "/smil/body[1]/par[1]/text[1]"),
        tuple(Optional.empty(), "/smil/body[1]/par[2]/img[1]"));
    assertThat(r.unusedParts()).containsExactly(extra);
    assertThat(r.isComplete()).isFalse();
    assertThat(smil.isSmil()).isTrue();
  }

  @Test
  void resolvesTheSmilOfRealPhoneBackups() {
    List<RealData.BackupMms> all = RealData.backupMms();
    // 9 MMS in the truncated real export, 4 in the project's own hand-made fixture (no SMIL there)
    assertThat(all).hasSize(13);
    List<RealData.BackupMms> mms = all.stream().filter(m -> m.file().endsWith("sms_and_mms.xml")).toList();
    assertThat(mms).hasSize(9);
    // Google Messages, plain names: text_4.txt is the Content-Location of the text part
    Resolution plain = resolve(mms.get(1));
    assertThat(plain.resolved()).extracting(m -> m.src(), m -> m.part().contentId().orElseThrow(), m -> m.matchedBy())
        .containsExactly(tuple("text_4.txt", "<attachment_5>", Resolution.MatchedBy.CONTENT_LOCATION));
    assertThat(plain.unusedParts()).isEmpty();
    // cid: URLs naming Content-IDs written with angle brackets
    Resolution cid = resolve(mms.get(6));
    assertThat(cid.resolved()).extracting(m -> m.src(), m -> m.part().mimeType().orElseThrow(), m -> m.matchedBy())
        .containsExactly(tuple("cid:image_8.png", "image/png", Resolution.MatchedBy.CONTENT_ID),
            tuple("cid:text_9.txt", "text/plain", Resolution.MatchedBy.CONTENT_ID));
    assertThat(cid.isComplete()).isTrue();
    assertThat(cid.unusedParts()).isEmpty();
    // the export is truncated after the SMIL part of the last MMS: its media are missing
    Resolution truncated = resolve(mms.get(8));
    assertThat(truncated.resolved()).isEmpty();
    assertThat(truncated.unresolved()).extracting(u -> u.src().orElseThrow())
        .containsExactly("image_11.jpg", "text_12.txt");
  }

  @Test
  void resolvesRealCarrierMessagesAgainstTheirPartLists() throws Exception {
    // parts as PROVENANCE.md lists them for mms-engine test_retrieve/Success1 (content type, Content-ID)
    SmilPresentation success1 = RealData.parse(Files.readAllBytes(
        RealData.requireFile("mms-engine/mms-lib/test/test_retrieve/data/Success1/parts/0.smil")));
    List<MediaPart> parts = List.of(MediaPart.of("<0>", null, "0.smil", "application/smil;charset=utf-8"),
        MediaPart.of("<text_0011.txt>", null, null, "text/plain;charset=utf-8"),
        MediaPart.of("<131200181.jpg>", null, null, "image/jpeg"),
        MediaPart.of("<text_0021.txt>", null, null, "text/plain"),
        MediaPart.of("<140100041.jpg>", null, null, "image/jpeg"));
    Resolution r = SmilResolver.resolve(success1, parts);
    assertThat(r.resolved()).extracting(m -> m.src(), m -> m.part(), m -> m.matchedBy()).containsExactly(
        tuple("131200181.jpg", parts.get(2), Resolution.MatchedBy.CONTENT_ID),
        tuple("text_0011.txt", parts.get(1), Resolution.MatchedBy.CONTENT_ID),
        tuple("140100041.jpg", parts.get(4), Resolution.MatchedBy.CONTENT_ID),
        tuple("text_0021.txt", parts.get(3), Resolution.MatchedBy.CONTENT_ID));
    assertThat(r.unusedParts()).isEmpty();

    SmilPresentation bare = RealData.parse(Files.readAllBytes(
        RealData.requireFile("mms-engine/extracted-smil/m-retrieve_10.conf.part0.smil")));
    MediaPart text = MediaPart.of("<0501271006243210168400>", null, null, "text/plain");
    assertThat(SmilResolver.resolve(bare, List.of(text)).resolved()).singleElement()
        .satisfies(m -> assertThat(m.part()).isEqualTo(text));
  }

  private static Resolution resolve(RealData.BackupMms mms) {
    RealData.BackupPart smil = mms.parts().stream().filter(p -> "application/smil".equals(p.ct())).findFirst()
        .orElseThrow();
    return SmilResolver.resolve(RealData.parse(smil.text()),
        mms.parts().stream().map(RealData.BackupPart::toMediaPart).toList());
  }
}
