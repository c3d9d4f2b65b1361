package org.xms4j.validation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.MessageFlag;
import org.xms4j.message.MmsMessage;
import org.xms4j.message.MmsPart;
import org.xms4j.message.MobileAddress;
import org.xms4j.message.OmsSourceType;
import org.xms4j.message.Recipient;
import org.xms4j.message.RecipientType;
import org.xms4j.message.SmsMessage;

/** Minimal conforming messages built with the core builders, and helpers that change one thing. */
final class Fixtures {

  static final String ACCOUNT_GUID = "{01234567-0123-0123-0123-0123456789AB}";
  static final String SMS_TEXT = "What time is the meeting?";
  static final String MMS_SUBJECT = "Here's the photo.";
  static final String SMIL_ID = "MMS.smil@AB1B43B2B0594564.B94EF7ABB12B49BA";
  static final String TEXT_ID = "Att0.txt@AB1B43B2B0594564.B94EF7ABB12B49BA";
  static final String IMAGE_ID = "Att1.jpg@AB1B43B2B0594564.B94EF7ABB12B49BA";
  /** The HTML body of [MS-OXOSMMS] 4.2. */
  static final String MMS_HTML = String.join("\r\n",
      "<HTML>",
      "<BODY>",
      "<IMG SRC=\"cid:" + IMAGE_ID + "\" border=\"0\">",
      "<BR>",
      "This is the photo you asked for.",
      "<BR>",
      "<A HREF=\"cid:" + TEXT_ID + "\"></A>",
      "</BODY>",
      "</HTML>");
  static final String SMIL = smil("cid:" + IMAGE_ID, "cid:" + TEXT_ID);
  /** A JPEG start-of-image and end-of-image marker: enough bytes for an image part. */
  static final Bytes JPEG = Bytes.fromHex("FFD8FFE000104A46494600010100000100010000FFD9");
  /** Uncompressed RTF ([MS-OXRTFCP] MELA) holding {\rtf1}. */
  static final Bytes RTF = rtf("{\\rtf1}");

  private Fixtures() {
  }

  static String smil(String imageSrc, String textSrc) {
    return String.join("\r\n",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<!DOCTYPE smil PUBLIC \"-//W3C//DTD SMIL 2.0//EN\" \"http://www.w3.org/2001/SMIL20/SMIL20.dtd\">",
        "<smil><head><layout><root-layout width=\"160\" height=\"160\"/>",
        "<region id=\"Image\" top=\"0\" height=\"120\"/><region id=\"Text\" top=\"120\" height=\"40\"/></layout></head>",
        "<body><par dur=\"5000ms\"><img src=\"" + imageSrc + "\" region=\"Image\"/>",
        "<text src=\"" + textSrc + "\" region=\"Text\"/></par></body></smil>");
  }

  static Bytes rtf(String raw) {
    byte[] data = raw.getBytes(StandardCharsets.US_ASCII);
    byte[] b = new byte[16 + data.length];
    putLe32(b, 0, b.length - 4);
    putLe32(b, 4, data.length);
    putLe32(b, 8, 0x414C454D);
    putLe32(b, 12, 0);
    System.arraycopy(data, 0, b, 16, data.length);
    return Bytes.of(b);
  }

  static void putLe32(byte[] b, int off, int v) {
    b[off] = (byte) v;
    b[off + 1] = (byte) (v >>> 8);
    b[off + 2] = (byte) (v >>> 16);
    b[off + 3] = (byte) (v >>> 24);
  }

  /** The SMS of [MS-OXOSMMS] 4.1, built as the spec's example does. */
  static SmsMessage specSms() {
    return SmsMessage.builder()
        .accountGuid(ACCOUNT_GUID)
        .sourceType(OmsSourceType.XMS_INSPECTOR)
        .body(SMS_TEXT)
        .build();
  }

  /** The MMS of [MS-OXOSMMS] 4.2, built as the spec's example does. */
  static MmsMessage specMms() {
    return MmsMessage.builder()
        .accountGuid(ACCOUNT_GUID)
        .sourceType(OmsSourceType.XMS_INSPECTOR)
        .subject(MMS_SUBJECT)
        .html(MMS_HTML)
        .addPart(MmsPart.of("MMS.smil", MmsMessage.SMIL_MIME_TYPE, SMIL_ID, Bytes.encode(SMIL, StandardCharsets.UTF_8)))
        .addPart(MmsPart.of("1.txt", "text/plain", TEXT_ID,
            Bytes.encode("This is the photo you asked for.", StandardCharsets.UTF_16LE)))
        .addPart(MmsPart.of("photo.jpg", "image/jpeg", IMAGE_ID, JPEG))
        .unsent(true)
        .build();
  }

  /** A received SMS with sender, one recipient and times. */
  static Message sms() {
    return SmsMessage.builder()
        .accountGuid(ACCOUNT_GUID)
        .sourceType(OmsSourceType.XMS_INSPECTOR)
        .body(SMS_TEXT + "\nSee you.")
        .sender(MobileAddress.of("Ann", "+14255550100"))
        .to(MobileAddress.ofNumber("+14255550123"))
        .submitTime(Instant.parse("2024-05-01T10:15:30Z"))
        .deliveryTime(Instant.parse("2024-05-01T10:15:32Z"))
        .read(true)
        .build()
        .message();
  }

  /** The spec MMS. */
  static Message mms() {
    return specMms().message();
  }

  /** An ordinary e-mail: class IPM.Note, subject, plain body, one SMTP recipient. */
  static Message plain() {
    Recipient ann = Recipient.of(RecipientType.TO, "Ann", "SMTP", "ann@example.com");
    ann = new Recipient(ann.properties().toBuilder().set(PidTag.ROWID, 1).build());
    return Message.builder()
        .set(PidTag.MESSAGE_CLASS, "IPM.Note")
        .set(PidTag.SUBJECT, "RE: Lunch")
        .set(PidTag.SUBJECT_PREFIX, "RE: ")
        .set(PidTag.NORMALIZED_SUBJECT, "Lunch")
        .set(PidTag.BODY, "Noon is fine.")
        .set(PidTag.INTERNET_CODEPAGE, 65001)
        .set(PidTag.MESSAGE_FLAGS, MessageFlag.READ.mask())
        .set(PidTag.HAS_ATTACHMENTS, false)
        .set(PidTag.IMPORTANCE, 1)
        .set(PidTag.PRIORITY, 0)
        .set(PidTag.SENSITIVITY, 0)
        .set(PidTag.DISPLAY_TO, "Ann")
        .addRecipient(ann)
        .build();
  }

  /** {@link #plain()} with one by-value attachment, mfHasAttach and PidTagHasAttachments. */
  static Message plainWithAttachment() {
    return change(plain(), b -> b
        .addAttachment(Attachment.byValue("notes.txt", "text/plain", Bytes.encode("notes", StandardCharsets.UTF_8)))
        .set(PidTag.MESSAGE_FLAGS, MessageFlag.READ.mask() | MessageFlag.HAS_ATTACH.mask())
        .set(PidTag.HAS_ATTACHMENTS, true));
  }

  /** {@link #sms()} with what the Outlook profile asks for: recipient row id and the Unicode store mask. */
  static Message outlookSms() {
    return change(withRecipient(sms(), 0, p -> p.set(PidTag.ROWID, 1)),
        b -> b.set(PidTag.STORE_SUPPORT_MASK, 0x00040000));
  }

  /**
   * The spec MMS with what the Outlook profile asks for: plain text body, Unicode store mask (the
   * builder already set the RTF body encapsulating the HTML).
   */
  static Message outlookMms() {
    return change(mms(), b -> b
        .set(PidTag.BODY, "This is the photo you asked for.")
        .set(PidTag.STORE_SUPPORT_MASK, 0x00040000));
  }

  static Message change(Message m, Consumer<Message.Builder> change) {
    Message.Builder b = m.toBuilder();
    change.accept(b);
    return b.build();
  }

  static Message withAttachment(Message m, int index, UnaryOperator<PropertyBag.Builder> change) {
    List<Attachment> atts = new ArrayList<>(m.attachments());
    Attachment a = atts.get(index);
    atts.set(index, a.withProperties(change.apply(a.properties().toBuilder()).build()));
    return m.toBuilder().attachments(atts).build();
  }

  static Message withRecipient(Message m, int index, UnaryOperator<PropertyBag.Builder> change) {
    List<Recipient> rs = new ArrayList<>(m.recipients());
    rs.set(index, new Recipient(change.apply(rs.get(index).properties().toBuilder()).build()));
    return m.toBuilder().recipients(rs).build();
  }

  /** Replaces the data of the SMIL attachment (index 0) of the spec MMS. */
  static Message withSmil(Message mms, String smil) {
    return withAttachment(mms, 0, p -> p.set(PidTag.ATTACH_DATA_BINARY, Bytes.encode(smil, StandardCharsets.UTF_8)));
  }
}
