package org.xms4j.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.rtf.CompressedRtf;
import org.xms4j.rtf.EncapsulatedHtml;
import org.xms4j.rtf.RtfFormatException;

/** The builder stores the HTML body a second time, encapsulated in compressed RTF, as Outlook needs it. */
class MmsRtfBodyTest {

  private static byte[] rtf(MmsMessage mms) throws RtfFormatException {
    return CompressedRtf.decompress(mms.message().find(PidTag.RTF_COMPRESSED).orElseThrow().toByteArray());
  }

  @Test
  void sampleMmsCarriesItsHtmlInCompressedRtf() throws RtfFormatException {
    MmsMessage mms = ProtocolExamples.mms();
    Bytes value = mms.message().find(PidTag.RTF_COMPRESSED).orElseThrow();
    assertThat(CompressedRtf.header(value.toByteArray()).compressed()).isTrue();
    byte[] rtf = rtf(mms);
    assertThat(EncapsulatedHtml.extract(rtf)).contains(ProtocolExamples.MMS_HTML);
    assertThat(new String(rtf, StandardCharsets.US_ASCII)).startsWith("{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 ")
        .doesNotContain("\r").doesNotContain("\n");
    assertThat(mms.message().find(PidTag.NATIVE_BODY)).contains(3);
    // no PidTagBody, so nothing the RTF could be in sync with
    assertThat(mms.message().find(PidTag.RTF_IN_SYNC)).isEmpty();
    assertThat(ProtocolExamples.mms().message().find(PidTag.RTF_COMPRESSED)).contains(value);
  }

  @Test
  void inSyncWhenTheBodyTextIsWhatTheRtfShows() throws RtfFormatException {
    MmsMessage text = MmsMessage.builder()
        .addPart(MmsPart.text("t.txt", "t@x", "a < b & \"c\"\nnext line \u4f60\u597d \ud83d\ude00"))
        .renderBody()
        .build();
    assertThat(EncapsulatedHtml.extract(rtf(text))).isEqualTo(text.html());
    assertThat(text.message().find(PidTag.RTF_IN_SYNC)).contains(true);

    MmsMessage photo = MmsMessage.builder()
        .addPart(MmsPart.of("photo.jpg", "image/jpeg", "p@x", ProtocolExamples.photo()))
        .renderBody()
        .build();
    // PidTagBody says [photo.jpg]; the RTF shows no text for the image
    assertThat(photo.bodyText()).contains("[photo.jpg]");
    assertThat(photo.message().find(PidTag.RTF_IN_SYNC)).isEmpty();
  }

  @Test
  void changingEitherBodyUpdatesTheRtfAndItsSyncFlag() throws RtfFormatException {
    MmsMessage mms = MmsMessage.builder().html("<p>Noon</p>").plainText("Noon").build();
    assertThat(mms.message().find(PidTag.RTF_IN_SYNC)).contains(true);

    MmsMessage otherText = mms.toBuilder().plainText("Midnight").build();
    assertThat(otherText.message().find(PidTag.RTF_IN_SYNC)).isEmpty();
    assertThat(EncapsulatedHtml.extract(rtf(otherText))).contains("<p>Noon</p>");

    MmsMessage otherHtml = otherText.toBuilder().html("<p>Mid<b>night</b></p>").build();
    assertThat(EncapsulatedHtml.extract(rtf(otherHtml))).contains("<p>Mid<b>night</b></p>");
    assertThat(otherHtml.message().find(PidTag.RTF_IN_SYNC)).contains(true);

    // a change that touches neither body keeps both as they are
    MmsMessage renamed = otherHtml.toBuilder().subject("Time").build();
    assertThat(renamed.message().find(PidTag.RTF_COMPRESSED)).isEqualTo(otherHtml.message().find(PidTag.RTF_COMPRESSED));
    assertThat(renamed.message().find(PidTag.RTF_IN_SYNC)).contains(true);
  }

  @Test
  void unreadableRtfIsNotInSync() {
    Message broken = MmsMessage.builder().html("<p>Noon</p>").plainText("Noon").build().message().toBuilder()
        .set(PidTag.RTF_COMPRESSED, Bytes.of(new byte[] {1, 2, 3})).build();
    assertThat(MmsMessage.of(broken).toBuilder().plainText("Noon").build().message().find(PidTag.RTF_IN_SYNC))
        .isEmpty();
  }
}
