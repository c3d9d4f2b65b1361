package org.xms4j.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.known.PidTag;

class MmsRenderTest {

  @Test
  void rendersPartsInOrderLikeTheSampleMms() {
    MmsMessage mms = MmsMessage.builder()
        .addPart(MmsPart.of("MMS.smil", "application/smil", "s@x", Bytes.encode("<smil/>", StandardCharsets.UTF_8)))
        .addPart(MmsPart.of("photo.jpg", "image/jpeg", "Att1.jpg@x", ProtocolExamples.photo()))
        .addPart(MmsPart.of("1.txt", "text/plain", "Att0.txt@x",
            Bytes.encode("This is the photo you asked for.", StandardCharsets.UTF_16LE)))
        .addPart(MmsPart.of("tune.amr", "audio/amr", "a@x", Bytes.of((byte) 1)))
        .renderBody()
        .build();
    assertThat(mms.html()).contains("<html><head></head><body>"
        + "<img src=\"cid:Att1.jpg@x\" border=\"0\"><br>"
        + "This is the photo you asked for.<br><a href=\"cid:Att0.txt@x\"></a>"
        + "<a href=\"cid:a@x\">tune.amr</a><br>"
        + "</body></html>");
    assertThat(mms.bodyText()).contains("[photo.jpg]\r\nThis is the photo you asked for.\r\n[tune.amr]");
    assertThat(mms.message().find(PidTag.INTERNET_CODEPAGE)).contains(65001);
    // referenced parts are marked attRenderedInBody, the SMIL part is not
    assertThat(mms.parts()).extracting(a -> a.find(PidTag.ATTACH_FLAGS).orElse(0)).containsExactly(0, 4, 4, 4);
  }

  @Test
  void escapesTextAndKeepsLineBreaks() {
    MmsMessage mms = MmsMessage.builder()
        .addPart(MmsPart.text("t.txt", "t@x", "a < b & \"c\"\nnext <script>"))
        .renderBody()
        .build();
    assertThat(mms.html()).hasValueSatisfying(h -> assertThat(h)
        .contains("a &lt; b &amp; \"c\"<br>next &lt;script&gt;<br><a href=\"cid:t@x\"></a>")
        .doesNotContain("<script>"));
    assertThat(mms.parts().get(0).find(PidTag.TEXT_ATTACHMENT_CHARSET)).contains("utf-8");
  }

  @Test
  void decodesTextParts() {
    assertThat(MmsMessage.decodeText(MmsPart.of("a", "text/plain", "c", Bytes.encode("Hi", StandardCharsets.UTF_16LE))))
        .isEqualTo("Hi");
    assertThat(MmsMessage.decodeText(MmsPart.of("a", "text/plain", "c", Bytes.encode("Grüße 😀", StandardCharsets.UTF_8))))
        .isEqualTo("Grüße 😀");
    assertThat(MmsMessage.decodeText(new MmsPart("a", "text/plain", "c", null,
        Bytes.encode("Привет", java.nio.charset.Charset.forName("windows-1251")), "windows-1251"))).isEqualTo("Привет");
    assertThat(MmsMessage.decodeText(new MmsPart("a", "text/plain", "c", null,
        Bytes.encode("ok", StandardCharsets.UTF_8), "no-such-charset"))).isEqualTo("ok");
  }

  @Test
  void relativeContentLocationsGetTheRfc2557Base() {
    MmsMessage mms = MmsMessage.builder()
        .addPart(new MmsPart("a.png", "image/png", "a@x", "image_11.jpg", Bytes.of((byte) 1), null))
        .addPart(new MmsPart("b.png", "image/png", "b@x", "http://example.com/b.png", Bytes.of((byte) 2), null))
        .addPart(new MmsPart("c.png", "image/png", "c@x", "C:img.png", Bytes.of((byte) 3), null))
        .build();
    assertThat(mms.parts()).extracting(a -> a.find(PidTag.ATTACH_CONTENT_BASE).orElse("-"))
        .containsExactly("thismessage:/", "-", "thismessage:/");
    assertThat(org.xms4j.validation.Validator.validate(mms).findings())
        .noneMatch(f -> f.toString().startsWith("XMS-R046"));
  }

  @Test
  void onlyAnExactCidReferenceMarksAPartRenderedInBody() {
    MmsMessage mms = MmsMessage.builder()
        .html("<img src=\"cid:a@x.y\"><img src='CID:B@X'>")
        .addPart(MmsPart.of("a.png", "image/png", "a@x", Bytes.of((byte) 1)))
        .addPart(MmsPart.of("b.png", "image/png", "b@x", Bytes.of((byte) 2)))
        .addPart(MmsPart.of("c.png", "image/png", "a@x.y", Bytes.of((byte) 3)))
        .build();
    assertThat(mms.parts()).extracting(a -> a.find(PidTag.ATTACH_FLAGS).orElse(0)).containsExactly(0, 4, 4);
    assertThat(MmsMessage.isSmil("Application/SMIL; charset=utf-8")).isTrue();
    assertThat(MmsMessage.isSmil("application/smil-x")).isFalse();
  }
}
