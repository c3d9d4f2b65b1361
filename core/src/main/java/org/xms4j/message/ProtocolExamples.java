package org.xms4j.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.xms4j.mapi.Bytes;

/**
 * The sample SMS and MMS objects of [MS-OXOSMMS] section 4, built with the builders.
 *
 * <p>They hold every property value the spec's tables list, with two corrections of typos noted in
 * the requirement catalogue: PidTagIconIndex is 0xFFFFFFFF (the spec prints 0xFFFFFFFFFF) and the
 * property set GUID is the full PS_PUBLIC_STRINGS GUID. Values the spec leaves as "(null)" or
 * "(empty)" (PidNameOMSMobileModel, PidTagSubjectPrefix) are absent, because a .msg file cannot
 * store an empty string ([MS-OXMSG] 2.4.2.2). The spec does not give the contents of the SMIL part
 * or the image: the SMIL here is a two-slide-item presentation of the image and the text, and the
 * image is a 663-byte JPEG made by this project (see the README beside the resource).
 *
 * <p>Specified by [MS-OXOSMMS] sections 4.1 (Sample SMS Object) and 4.2 (Sample MMS Object).
 */
public final class ProtocolExamples {

  /** The account GUID of both samples. */
  public static final String ACCOUNT_GUID = "{01234567-0123-0123-0123-0123456789AB}";
  /** The text of the sample SMS. */
  public static final String SMS_TEXT = "What time is the meeting?";
  /** The subject of the sample MMS. */
  public static final String MMS_SUBJECT = "Here's the photo.";
  /** The text part of the sample MMS. */
  public static final String MMS_TEXT = "This is the photo you asked for.";
  /** The content id of the SMIL part of the sample MMS. */
  public static final String SMIL_CONTENT_ID = "MMS.smil@AB1B43B2B0594564.B94EF7ABB12B49BA";
  /** The content id of the text part of the sample MMS. */
  public static final String TEXT_CONTENT_ID = "Att0.txt@AB1B43B2B0594564.B94EF7ABB12B49BA";
  /** The content id of the image part of the sample MMS. */
  public static final String IMAGE_CONTENT_ID = "Att1.jpg@AB1B43B2B0594564.B94EF7ABB12B49BA";

  /** The HTML body of the sample MMS, as printed in [MS-OXOSMMS] 4.2, lines joined with CRLF. */
  public static final String MMS_HTML = String.join("\r\n",
      "<HTML>",
      "<BODY>",
      "<IMG SRC=\"cid:" + IMAGE_CONTENT_ID + "\" border=\"0\">",
      "<BR>",
      MMS_TEXT,
      "<BR>",
      "<A HREF=\"cid:" + TEXT_CONTENT_ID + "\"></A>",
      "</BODY>",
      "</HTML>");

  /** The SMIL presentation of the sample MMS: one slide with the image and the text. */
  public static final String MMS_SMIL = String.join("\r\n",
      "<smil>",
      "<head>",
      "<layout>",
      "<root-layout width=\"160\" height=\"160\"/>",
      "<region id=\"Image\" left=\"0\" top=\"0\" width=\"160\" height=\"120\" fit=\"meet\"/>",
      "<region id=\"Text\" left=\"0\" top=\"120\" width=\"160\" height=\"40\" fit=\"scroll\"/>",
      "</layout>",
      "</head>",
      "<body>",
      "<par dur=\"5000ms\">",
      "<img src=\"cid:" + IMAGE_CONTENT_ID + "\" region=\"Image\"/>",
      "<text src=\"cid:" + TEXT_CONTENT_ID + "\" region=\"Text\"/>",
      "</par>",
      "</body>",
      "</smil>");

  private ProtocolExamples() {
  }

  /**
   * Returns the sample SMS object of [MS-OXOSMMS] 4.1: account GUID, service type 1 (SMS), source
   * type 0 (XMS inspector), PidTagBody and PidTagNormalizedSubject "What time is the meeting?",
   * PidTagInternetCodepage 65001 and message class {@code IPM.Note.Mobile.SMS}, plus the builder
   * defaults (content class, icon index, flags).
   *
   * @return the SMS object
   */
  public static SmsMessage sms() {
    return SmsMessage.builder()
        .accountGuid(ACCOUNT_GUID)
        .sourceType(OmsSourceType.XMS_INSPECTOR)
        .body(SMS_TEXT)
        .build();
  }

  /**
   * Returns the sample MMS object of [MS-OXOSMMS] 4.2: account GUID, service type 4 (MMS), source
   * type 0, PidTagInternetCodepage 65001, PidTagHtml the printed HTML, icon index 0xFFFFFFFF,
   * message class {@code IPM.Note.Mobile.MMS}, flags 0x18 (mfUnsent, mfHasAttach), normalized
   * subject "Here's the photo." and three hidden by-value attachments: {@code MMS.smil}
   * (application/smil), {@code 1.txt} (text/plain, UTF-16LE "Unicode text") and {@code photo.jpg}
   * (image/jpeg).
   *
   * @return the MMS object
   */
  public static MmsMessage mms() {
    return MmsMessage.builder()
        .accountGuid(ACCOUNT_GUID)
        .sourceType(OmsSourceType.XMS_INSPECTOR)
        .subject(MMS_SUBJECT)
        .html(MMS_HTML)
        .addPart(MmsPart.of("MMS.smil", MmsMessage.SMIL_MIME_TYPE, SMIL_CONTENT_ID,
            Bytes.encode(MMS_SMIL, StandardCharsets.UTF_8)))
        .addPart(MmsPart.of("1.txt", "text/plain", TEXT_CONTENT_ID,
            Bytes.encode(MMS_TEXT, StandardCharsets.UTF_16LE)))
        .addPart(MmsPart.of("photo.jpg", "image/jpeg", IMAGE_CONTENT_ID, photo()))
        .unsent(true)
        .build();
  }

  /**
   * Returns the JPEG image of the sample MMS.
   *
   * @return 663 bytes of JPEG
   */
  public static Bytes photo() {
    try (InputStream in = ProtocolExamples.class.getResourceAsStream("photo.jpg")) {
      if (in == null) {
        throw new IllegalStateException("resource org/xms4j/message/photo.jpg missing from the core jar");
      }
      return Bytes.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
