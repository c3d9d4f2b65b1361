package org.xms4j.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.smil.MediaKind;
import org.xms4j.smil.SmilParseException;
import org.xms4j.validation.Validator;

class MmsSlidesTest {

  private static final String SUFFIX = "AB1B43B2B0594564.B94EF7ABB12B49BA";

  private static MmsMessage sampleFromSlides() {
    return MmsMessage.builder()
        .accountGuid(ProtocolExamples.ACCOUNT_GUID)
        .sourceType(OmsSourceType.XMS_INSPECTOR)
        .subject("Here's the photo.")
        .slide(Duration.ofSeconds(5), MmsMedia.image("photo.jpg", "image/jpeg", ProtocolExamples.photo()),
            MmsMedia.text("This is the photo you asked for."))
        .contentIdSuffix(SUFFIX)
        .unsent(true)
        .build();
  }

  @Test
  void slidesGiveTheAttachmentTableOfSection42() {
    MmsMessage mms = sampleFromSlides();
    List<Attachment> a = mms.parts();
    assertThat(a).extracting(x -> x.longFilename().orElseThrow()).containsExactly("MMS.smil", "1.txt", "photo.jpg");
    assertThat(a).extracting(x -> x.mimeTag().orElseThrow()).containsExactly("application/smil", "text/plain", "image/jpeg");
    assertThat(a).extracting(x -> x.contentId().orElseThrow()).containsExactly(
        "MMS.smil@AB1B43B2B0594564.B94EF7ABB12B49BA", "Att0.txt@AB1B43B2B0594564.B94EF7ABB12B49BA",
        "Att1.jpg@AB1B43B2B0594564.B94EF7ABB12B49BA");
    assertThat(a).allMatch(Attachment::hidden).allMatch(x -> x.method().orElseThrow() == AttachMethod.BY_VALUE);
    assertThat(a.get(1).data().orElseThrow().decode(StandardCharsets.UTF_16LE)).isEqualTo("This is the photo you asked for.");
    assertThat(a.get(2).data()).contains(ProtocolExamples.photo());
    assertThat(mms.message().find(PidTag.MESSAGE_FLAGS)).contains(0x18);
    assertThat(mms.message().find(PidTag.ICON_INDEX)).contains(0xFFFFFFFF);
    assertThat(mms.message().find(PidTag.INTERNET_CODEPAGE)).contains(65001);
    assertThat(Validator.validate(mms).conforms()).isTrue();
  }

  @Test
  void slidesGiveTheHtmlStructureOfSection42() {
    List<String> ours = structure(sampleFromSlides().html().orElseThrow());
    List<String> spec = structure(ProtocolExamples.MMS_HTML.replace("cid:Att", "cid:Att"));
    assertThat(ours).isEqualTo(spec).containsExactly(
        "img src=cid:Att1.jpg@AB1B43B2B0594564.B94EF7ABB12B49BA border=0", "br", "text:This is the photo you asked for.", "br",
        "a href=cid:Att0.txt@AB1B43B2B0594564.B94EF7ABB12B49BA");
  }

  /** The body's children as lines: element name with attributes in order, or trimmed non-blank text. */
  private static List<String> structure(String html) {
    List<String> out = new ArrayList<>();
    for (Node n : Jsoup.parse(html).body().childNodes()) {
      if (n instanceof TextNode t) {
        if (!t.text().isBlank()) {
          out.add("text:" + t.text().strip());
        }
      } else if (n instanceof Element e) {
        StringBuilder sb = new StringBuilder(e.normalName());
        e.attributes().forEach(at -> sb.append(' ').append(at.getKey()).append('=').append(at.getValue()));
        out.add(sb.toString());
      }
    }
    return out;
  }

  @Test
  void readMmsExposesItsSlides() throws SmilParseException {
    MmsMessage mms = sampleFromSlides();
    List<MmsMessage.SlideView> slides = mms.slides();
    assertThat(slides).hasSize(1);
    assertThat(slides.get(0).durationMillis()).hasValue(5000);
    assertThat(slides.get(0).items()).extracting(MmsMessage.SlideItem::kind).containsExactly(MediaKind.IMG, MediaKind.TEXT);
    assertThat(slides.get(0).items().get(0).attachment()).contains(mms.parts().get(2));
    assertThat(slides.get(0).items().get(1).attachment()).contains(mms.parts().get(1));
    assertThat(slides.get(0).items().get(0).region()).contains("Image");

    List<MmsMessage.SlideView> literal = ProtocolExamples.mms().slides();
    assertThat(literal.get(0).items()).extracting(i -> i.attachment().orElseThrow().longFilename().orElseThrow())
        .containsExactly("photo.jpg", "1.txt");
    assertThat(SmsMessageSlides.none()).isEmpty();
  }

  private static final class SmsMessageSlides {
    static List<MmsMessage.SlideView> none() throws SmilParseException {
      return MmsMessage.builder().subject("x").build().slides();
    }
  }

  @Test
  void renderingFollowsTheSmilOrder() {
    String smil = "<smil><body><par dur=\"2s\"><img src=\"pic.png\"/></par><par dur=\"3s\"><text src=\"cid:t1\"/></par></body></smil>";
    MmsMessage mms = MmsMessage.builder()
        .addPart(MmsPart.of("s.smil", "application/smil", "s", Bytes.encode(smil, StandardCharsets.UTF_8)))
        .addPart(MmsPart.text("t.txt", "t1", "caption"))
        .addPart(new MmsPart("pic.png", "image/png", "p1", "pic.png", Bytes.of((byte) 0x89), null))
        .addPart(MmsPart.of("extra.pdf", "application/pdf", "x1", Bytes.of((byte) 1)))
        .renderBody()
        .build();
    assertThat(structure(mms.html().orElseThrow())).containsExactly(
        "img src=cid:p1 border=0", "br", "text:caption", "br", "a href=cid:t1", "a href=cid:x1", "br");
    assertThat(mms.bodyText()).contains("[pic.png]\r\ncaption\r\n[extra.pdf]");
  }

  @Test
  void unparsableSmilFallsBackToTheOrderAdded() {
    MmsMessage mms = MmsMessage.builder()
        .addPart(MmsPart.of("s.smil", "application/smil", "s", Bytes.encode("<smil><body>", StandardCharsets.UTF_8)))
        .addPart(MmsPart.text("t.txt", "t1", "first"))
        .addPart(MmsPart.of("p.png", "image/png", "p1", Bytes.of((byte) 1)))
        .renderBody()
        .build();
    assertThat(structure(mms.html().orElseThrow())).containsExactly("text:first", "br", "a href=cid:t1", "img src=cid:p1 border=0", "br");
    assertThatThrownBy(mms::slides).isInstanceOf(SmilParseException.class);
  }

  @Test
  void defaultContentIdSuffixIsDerivedFromTheContent() {
    MmsMessage a = MmsMessage.builder().slide(Duration.ofMillis(1500), MmsMedia.text("hi")).build();
    MmsMessage b = MmsMessage.builder().slide(Duration.ofMillis(1500), MmsMedia.text("hi")).build();
    MmsMessage c = MmsMessage.builder().slide(Duration.ofMillis(1500), MmsMedia.text("ho")).build();
    assertThat(a).isEqualTo(b);
    String cid = a.parts().get(0).contentId().orElseThrow();
    assertThat(cid).matches("MMS\\.smil@[0-9A-F]{16}\\.[0-9A-F]{16}");
    assertThat(c.parts().get(0).contentId()).isNotEqualTo(a.parts().get(0).contentId());
    assertThat(a.parts().get(0).data().orElseThrow().decode(StandardCharsets.UTF_8)).contains("dur=\"1500ms\"");
    assertThatThrownBy(() -> MmsMessage.builder().slide(Duration.ofSeconds(-1), MmsMedia.text("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MmsMessage.builder().slide(Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MmsMessage.builder().contentIdSuffix("a@b")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void multiSlideMessagesNumberTextsAndParts() throws SmilParseException {
    MmsMessage mms = MmsMessage.builder()
        .slide(Duration.ofSeconds(3), MmsMedia.text("one"), MmsMedia.image("a.gif", "image/gif", Bytes.of((byte) 'G')))
        .slide(Duration.ofSeconds(4), MmsMedia.audio("t.amr", "audio/amr", Bytes.of((byte) '#')), MmsMedia.text("two"))
        .build();
    assertThat(mms.parts()).extracting(x -> x.longFilename().orElseThrow())
        .containsExactly("MMS.smil", "1.txt", "a.gif", "2.txt", "t.amr");
    assertThat(mms.parts()).extracting(x -> x.contentId().orElseThrow().replaceAll("@.*", ""))
        .containsExactly("MMS.smil", "Att0.txt", "Att1.gif", "Att2.txt", "Att3.amr");
    assertThat(mms.slides()).extracting(s -> s.durationMillis().getAsLong()).containsExactly(3000L, 4000L);
    assertThat(structure(mms.html().orElseThrow()).stream().filter(l -> !l.equals("br")))
        .containsExactly("text:one", "a href=cid:" + mms.parts().get(1).contentId().orElseThrow(),
            "img src=cid:" + mms.parts().get(2).contentId().orElseThrow() + " border=0",
            "a href=cid:" + mms.parts().get(4).contentId().orElseThrow(),
            "text:two", "a href=cid:" + mms.parts().get(3).contentId().orElseThrow());
    assertThat(Validator.validate(mms).findings()).filteredOn(f -> f.toString().contains("MUST")).isEmpty();
  }
}
