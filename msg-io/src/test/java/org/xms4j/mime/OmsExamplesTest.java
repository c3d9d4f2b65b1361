package org.xms4j.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xms4j.mime.Fixtures.read;
import static org.xms4j.mime.Fixtures.resource;
import static org.xms4j.mime.Fixtures.text;
import static org.xms4j.mime.Fixtures.write;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.known.MessageClass;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.MmsMessage;
import org.xms4j.message.MmsPart;
import org.xms4j.message.MobileAddress;
import org.xms4j.message.MobileMessage;
import org.xms4j.message.OmsServiceType;
import org.xms4j.message.ProtocolExamples;
import org.xms4j.message.SmsMessage;
import org.xms4j.mime.ConversionReport.Action;

/** The two [MS-OMS] 4.5 examples and the [MS-OMS] 2.2.2.1 packaging rules (OMS-MIME-*, OMS-CLIENT-01). */
class OmsExamplesTest {

  private static final MobileAddress OTHER_PARTY = MobileAddress.ofNumber("+8613601391354");

  @Test
  void smsExampleBecomesAnSmsObject() {
    ConversionResult<Message> r = read(resource("oms-sms-example.eml"));
    MobileMessage view = MobileMessage.from(r.value()).orElseThrow();
    assertThat(view).isInstanceOf(SmsMessage.class);
    SmsMessage sms = (SmsMessage) view;
    assertThat(sms.message().messageClass()).contains(MessageClass.SMS);
    assertThat(sms.contentClass()).contains("MS-OMS-SMS");
    assertThat(sms.serviceType()).contains(OmsServiceType.SMS);
    assertThat(sms.body()).hasValueSatisfying(b ->
        assertThat(b).startsWith("This is a text message from a mobile phone replying to a text message from Outlook."));
    assertThat(sms.normalizedSubject()).contains("This is a text message");
    assertThat(sms.sender()).contains(OTHER_PARTY);
    assertThat(sms.find(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS)).contains("incomingmessage@service-provider.com");
    assertThat(sms.find(PidTag.SENT_REPRESENTING_NAME)).contains("Mobile Inbound Agent");
    assertThat(sms.find(PidTag.INTERNET_CODEPAGE)).contains(936);
    assertThat(sms.submitTime()).contains(Instant.parse("2005-11-07T09:52:00Z"));
    assertThat(sms.recipients()).hasSize(1);
    assertThat(sms.recipients().get(0).emailAddress()).contains("someone@example.com");
    assertThat(org.xms4j.validation.Validator.validate(r.value()).findings(org.xms4j.validation.Level.MUST))
        .as("MUST findings on the SMS object of [MS-OMS] 4.5").isEmpty();
    assertThat(r.report().items()).hasSize(1);
    assertThat(r.report().items().get(0).where()).isEqualTo("header From");
    assertThat(r.report().items().get(0).action()).isEqualTo(Action.REPAIRED);
  }

  @Test
  void mmsExampleBecomesAnMmsObjectWithHiddenParts() {
    ConversionResult<Message> r = read(resource("oms-mms-example.eml"));
    MmsMessage mms = (MmsMessage) MobileMessage.from(r.value()).orElseThrow();
    assertThat(mms.message().messageClass()).contains(MessageClass.MMS);
    assertThat(mms.contentClass()).contains("MS-OMS-MMS");
    assertThat(mms.serviceType()).contains(OmsServiceType.MMS);
    assertThat(mms.subject()).contains("This is a multimedia message");
    assertThat(mms.sender()).contains(OTHER_PARTY);
    List<Attachment> parts = mms.parts();
    assertThat(parts).extracting(a -> a.longFilename().orElse(""))
        .containsExactly("mmspresent.smil", "textpart.txt", "imagepart.gif", "audiopart.mid");
    assertThat(parts).extracting(a -> a.mimeTag().orElse(""))
        .containsExactly("application/smil", "text/plain", "image/gif", "audio/mid");
    assertThat(parts).extracting(a -> a.contentLocation().orElse(""))
        .containsExactly("mmspresent.smil", "textpart.txt", "imagepart.gif", "audiopart.mid");
    assertThat(parts).allSatisfy(a -> {
      assertThat(a.hidden()).isTrue();
      assertThat(a.contentId()).isPresent();
    });
    assertThat(mms.presentation()).contains(parts.get(0));
    assertThat(parts.get(0).data().orElseThrow().decode(StandardCharsets.UTF_8)).contains("<img src=\"imagepart.gif\"");
    assertThat(MmsMessage.decodeText(new MmsPart("t.txt", "text/plain", "x", null, parts.get(1).data().orElseThrow(),
        null))).isEqualTo("阿公司法律师范围绕道谢");
    assertThat(parts.get(2).data().orElseThrow().startsWith(Bytes.encode("GIF89a", StandardCharsets.US_ASCII))).isTrue();
    assertThat(parts.get(2).data().orElseThrow().size()).isEqualTo(1287);
    assertThat(parts.get(3).data().orElseThrow().startsWith(Bytes.encode("MThd", StandardCharsets.US_ASCII))).isTrue();
    String imageId = parts.get(2).contentId().orElseThrow();
    assertThat(mms.html()).hasValueSatisfying(h -> assertThat(h).contains("cid:" + imageId).contains("阿公司法律师范围绕道谢"));
    assertThat(org.xms4j.validation.Validator.validate(r.value()).findings(org.xms4j.validation.Level.MUST))
        .as("MUST findings on the MMS object of [MS-OMS] 4.5").isEmpty();
    assertThat(r.report().items()).extracting(ConversionReport.Item::where)
        .containsExactly("header From", "part 1 header Content-Location");
  }

  @Test
  void mmsExampleAsPrintedIsReadWithEveryRepairReported() {
    ConversionResult<Message> r = read(resource("oms-mms-example-as-printed.eml"));
    MmsMessage mms = (MmsMessage) MobileMessage.from(r.value()).orElseThrow();
    assertThat(mms.parts()).extracting(a -> a.mimeTag().orElse(""))
        .containsExactly("application/smil", "text/plain", "image/gif", "audio/mid");
    assertThat(MmsMessage.decodeText(new MmsPart("t.txt", "text/plain", "x", null,
        mms.parts().get(1).data().orElseThrow(), null))).isEqualTo("阿公司法律师范围绕道谢");
    ConversionReport rep = r.report();
    assertThat(rep.itemsAt("header Content-Type")).singleElement()
        .satisfies(i -> assertThat(i.action()).isEqualTo(Action.REPAIRED));
    assertThat(rep.itemsAt("header block")).singleElement()
        .satisfies(i -> assertThat(i.what()).contains("This is a multi-part message in MIME format."));
    assertThat(rep.itemsAt("message")).singleElement()
        .satisfies(i -> assertThat(i.what()).contains("without the leading \"--\""));
    assertThat(rep.itemsAt("part 1")).extracting(ConversionReport.Item::what)
        .anySatisfy(w -> assertThat(w).contains("outside the base64 alphabet"));
    assertThat(rep.itemsAt("part 3")).hasSize(1);
    assertThat(rep.itemsAt("part 4")).hasSize(1);
    assertThat(rep.itemsAt("part 2")).isEmpty();
  }

  @Test
  void smsObjectIsWrittenAsOmsPackagesIt() {
    SmsMessage sms = SmsMessage.builder()
        .body("Running late, see you at 10:30.\r\nBring the slides.")
        .sender(MobileAddress.of("Ann", "+14255550100"))
        .to(MobileAddress.ofNumber("+14255550123"))
        .submitTime(Instant.parse("2024-05-01T10:15:30Z"))
        .build();
    ConversionResult<Bytes> w = write(sms.message());
    String mime = text(w.value());
    assertThat(mime).contains("\r\nContent-class: MS-OMS-SMS\r\n")
        .contains("\r\nX-MS-Reply-To-Mobile: +14255550100\r\n")
        .contains("\r\nSubject: Running late, see you at 10:30.\r\n")
        .contains("\r\nContent-Type: text/plain; charset=utf-8\r\n")
        .contains("\r\nContent-Transfer-Encoding: quoted-printable\r\n")
        .contains("\r\nFrom: Ann [MOBILE:+14255550100]\r\n")
        .contains("\r\nTo: [MOBILE:+14255550123]\r\n")
        .startsWith("Date: Wed, 1 May 2024 10:15:30 +0000\r\n")
        .doesNotContain("Message-ID");
    SmsMessage back = (SmsMessage) MobileMessage.from(read(w.value().toByteArray()).value()).orElseThrow();
    assertThat(back.body()).contains("Running late, see you at 10:30.\r\nBring the slides.");
    assertThat(back.sender()).contains(MobileAddress.of("Ann", "+14255550100"));
    assertThat(back.recipientAddresses(org.xms4j.message.RecipientType.TO))
        .containsExactly(MobileAddress.ofNumber("+14255550123"));
    assertThat(w.report().isEmpty()).as(w.report().toString()).isTrue();
  }

  @Test
  void smsSubjectIsTheFirst40CharactersOfALongFirstLine() {
    SmsMessage sms = SmsMessage.builder()
        .body("This first line is clearly longer than forty characters in total")
        .build();
    String mime = text(write(sms.message()).value());
    assertThat(mime).startsWith("Subject: This first line is clearly longer than f\r\n");
    assertThat("This first line is clearly longer than f").hasSize(40);
  }

  @Test
  void mmsObjectWithSmilIsMultipartRelatedWithTheSmilPartFirst() {
    MmsMessage mms = ProtocolExamples.mms();
    ConversionResult<Bytes> w = write(mms.message());
    String mime = text(w.value());
    assertThat(mime).contains("\r\nContent-class: MS-OMS-MMS\r\n")
        .contains("Subject: Here's the photo. (open the message to view content)\r\n")
        .contains("Content-Type: multipart/related; type=\"application/smil\";");
    int smil = mime.indexOf("Content-Type: application/smil; name=\"mmspresent.smil\"");
    int text = mime.indexOf("Content-Type: text/plain; name=\"1.txt\"");
    int image = mime.indexOf("Content-Type: image/jpeg; name=\"photo.jpg\"");
    assertThat(smil).isPositive().isLessThan(text);
    assertThat(text).isLessThan(image);
    assertThat(mime).contains("Content-Disposition: inline; filename=\"MMS.smil\"")
        .contains("Content-ID: <" + ProtocolExamples.IMAGE_CONTENT_ID + ">");
    MmsMessage back = (MmsMessage) MobileMessage.from(read(w.value().toByteArray()).value()).orElseThrow();
    assertThat(back.subject()).contains(ProtocolExamples.MMS_SUBJECT);
    assertThat(back.parts()).extracting(a -> a.longFilename().orElse("")).containsExactly("MMS.smil", "1.txt",
        "photo.jpg");
    assertThat(back.parts().get(2).data()).contains(ProtocolExamples.photo());
    assertThat(back.parts()).extracting(Attachment::properties)
        .containsExactlyElementsOf(mms.parts().stream().map(Attachment::properties).toList());
  }

  @Test
  void mmsObjectWithoutSmilIsMultipartMixed() {
    MmsMessage mms = MmsMessage.builder()
        .subject("Two photos")
        .addPart(MmsPart.of("a.jpg", "image/jpeg", "a@x", ProtocolExamples.photo()))
        .addPart(MmsPart.text("b.txt", "b@x", "second"))
        .renderBody()
        .build();
    String mime = text(write(mms.message()).value());
    assertThat(mime).contains("Content-Type: multipart/mixed;").doesNotContain("application/smil");
    MmsMessage back = (MmsMessage) MobileMessage.from(read(mime.getBytes(StandardCharsets.ISO_8859_1)).value())
        .orElseThrow();
    assertThat(back.parts()).extracting(a -> a.contentId().orElse("")).containsExactly("a@x", "b@x");
    assertThat(back.html()).isEqualTo(mms.html());
  }

  @Test
  void protocolExampleObjectsLoseOnlyTheDocumentedProperties() {
    ConversionResult<Bytes> sms = write(ProtocolExamples.sms().message());
    assertThat(sms.report().items()).extracting(ConversionReport.Item::where)
        .containsExactlyInAnyOrder("/PidNameOMSAccountGuid", "/PidNameOMSSourceType");
    assertThat(sms.report().items()).allSatisfy(i -> assertThat(NotCarriedProperties.definitions())
        .anySatisfy(d -> assertThat(i.where()).isEqualTo("/" + d.canonicalName())));
    ConversionResult<Bytes> mms = write(ProtocolExamples.mms().message());
    assertThat(mms.report().items()).extracting(ConversionReport.Item::where)
        .containsExactlyInAnyOrder("/PidNameOMSAccountGuid", "/PidNameOMSSourceType", "/PidTagHtml",
            "/PidTagRtfCompressed", "/PidTagMessageFlags");
    // the RTF body encapsulates the HTML; the reader renders new HTML, so its RTF differs as well
    assertThat(mms.report().itemsAt("/PidTagRtfCompressed")).hasSize(1);
    assertThat(mms.report().itemsAt("/PidTagHtml").get(0).why()).contains("render");
    assertThat(mms.report().itemsAt("/PidTagMessageFlags").get(0).what()).contains("0x00000018");
    Message back = read(mms.value().toByteArray()).value();
    assertThat(back.find(PidName.OMS_SERVICE_TYPE)).contains(4);
    assertThat(back.find(PidTag.ICON_INDEX)).contains(0xFFFFFFFF);
  }
}
