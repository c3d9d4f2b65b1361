package org.xms4j.msg.interop;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertySet;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.AttachMethod;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.MmsMessage;
import org.xms4j.message.MmsPart;
import org.xms4j.message.MobileAddress;
import org.xms4j.message.OmsSourceType;
import org.xms4j.message.ProtocolExamples;
import org.xms4j.message.Recipient;
import org.xms4j.message.RecipientType;
import org.xms4j.message.SmsMessage;

/**
 * The synthetic cases of the interop corpus (issue 3): messages built in code, each written to
 * {@code target/interop-corpus/NAME.msg} and opened there by independent readers.
 */
final class CorpusCases {

  /** The size of the attachment of the {@code large-attachment} case: 5 MiB. */
  static final int LARGE_ATTACHMENT_SIZE_IN_BYTES = 5 * 1024 * 1024;

  /** The seed of its pseudo-random bytes, so the file is the same on every run. */
  static final long LARGE_ATTACHMENT_SEED = 0x786D73346AL;

  private static final Instant SENT = Instant.parse("2024-05-01T10:15:30Z");

  private CorpusCases() {
  }

  /** Returns the cases by file name (without .msg), in a fixed order. */
  static Map<String, Message> all() {
    Map<String, Message> m = new LinkedHashMap<>();
    m.put("oxosmms-sms-example", ProtocolExamples.sms().message());
    m.put("oxosmms-mms-example", ProtocolExamples.mms().message());
    m.put("sms-emoji-cjk", smsEmojiCjk());
    m.put("mms-hidden-parts", mmsHiddenParts());
    m.put("ten-recipients", tenRecipients());
    m.put("embedded-message", embeddedMessage());
    m.put("named-multivalued-headers", namedMultiValuedAndHeaders());
    m.put("large-attachment", largeAttachment());
    return m;
  }

  static Message smsEmojiCjk() {
    return SmsMessage.builder()
        .body("会议几点开始？ミーティングは何時ですか？회의는 몇 시예요? 🙂👍🏽 Grüße — 𠜎")
        .sender(MobileAddress.of("李小龍 🐉", "+8613800138000"))
        .to(MobileAddress.of("山田 太郎", "+819012345678"))
        .submitTime(SENT)
        .read(true)
        .build().message();
  }

  static Message mmsHiddenParts() {
    String smil = String.join("\r\n",
        "<smil><head><layout><root-layout width=\"320\" height=\"480\"/>",
        "<region id=\"Image\" left=\"0\" top=\"0\" width=\"320\" height=\"400\" fit=\"meet\"/>",
        "<region id=\"Text\" left=\"0\" top=\"400\" width=\"320\" height=\"80\" fit=\"scroll\"/>",
        "</layout></head><body>",
        "<par dur=\"4000ms\"><img src=\"cid:beach.png@xms4j\" region=\"Image\"/>"
            + "<text src=\"cid:text_0.txt@xms4j\" region=\"Text\"/><audio src=\"cid:wave.amr@xms4j\"/></par>",
        "<par dur=\"3000ms\"><img src=\"cid:photo.jpg@xms4j\" region=\"Image\"/></par>",
        "</body></smil>");
    return MmsMessage.builder()
        .accountGuid(UUID.fromString("6f9619ff-8b86-d011-b42d-00c04fc964ff"))
        .sourceType(OmsSourceType.XMS_INSPECTOR)
        .subject("Holiday 🏖 photos")
        .sender(MobileAddress.of("Ann Lee", "+14255550100"))
        .to(MobileAddress.ofNumber("+14255550123"))
        .addPart(MmsPart.of("MMS.smil", MmsMessage.SMIL_MIME_TYPE, "MMS.smil@xms4j",
            Bytes.encode(smil, StandardCharsets.UTF_8)))
        .addPart(MmsPart.of("beach.png", "image/png", "beach.png@xms4j", pseudoRandom(1, 3_000)))
        .addPart(MmsPart.of("photo.jpg", "image/jpeg", "photo.jpg@xms4j", ProtocolExamples.photo()))
        .addPart(MmsPart.text("text_0.txt", "text_0.txt@xms4j", "Sunny, 28 °C ☀"))
        .addPart(MmsPart.of("wave.amr", "audio/amr", "wave.amr@xms4j", pseudoRandom(2, 1_601)))
        .renderBody()
        .submitTime(SENT)
        .build().message();
  }

  static Message tenRecipients() {
    SmsMessage.Builder b = SmsMessage.builder()
        .body("Ten recipients: To, Cc and Bcc, MOBILE and SMTP.")
        .sender(MobileAddress.of("Ann Lee", "+14255550100"))
        .submitTime(SENT);
    RecipientType[] types = {RecipientType.TO, RecipientType.TO, RecipientType.TO, RecipientType.CC,
        RecipientType.CC, RecipientType.BCC, RecipientType.TO, RecipientType.CC, RecipientType.BCC, RecipientType.TO};
    for (int i = 0; i < types.length; i++) {
      if (i % 2 == 0) {
        b.addRecipient(Recipient.mobile(types[i], MobileAddress.of("Mobile Person " + i, "+1425555010" + i)));
      } else {
        b.addRecipient(Recipient.of(types[i], "Mail Person " + i, Recipient.ADDRESS_TYPE_SMTP,
            "person" + i + "@example.com"));
      }
    }
    return b.build().message();
  }

  static Message embeddedMessage() {
    Message inner = SmsMessage.builder()
        .body("The forwarded text, with an attachment of its own.")
        .sender(MobileAddress.of("Bob Roe", "+14255550111"))
        .to(MobileAddress.of("Carol Poe", "+14255550122"))
        .submitTime(SENT)
        .build().message().toBuilder()
        .addAttachment(Attachment.byValue("inner.txt", "text/plain",
            Bytes.encode("inside the embedded message", StandardCharsets.US_ASCII)))
        .set(PidTag.HAS_ATTACHMENTS, true)
        .build();
    PropertyBag attach = PropertyBag.builder()
        .set(PidTag.ATTACH_METHOD, AttachMethod.EMBEDDED_MESSAGE.value())
        .set(PidTag.DISPLAY_NAME, "Forwarded SMS")
        .set(PidTag.ATTACH_LONG_FILENAME, "Forwarded SMS.msg")
        .set(PidTag.ATTACH_MIME_TAG, "application/vnd.ms-outlook")
        .build();
    return Message.builder()
        .set(PidTag.MESSAGE_CLASS, "IPM.Note")
        .set(PidTag.SUBJECT, "Fwd: an SMS")
        .set(PidTag.BODY, "See the attached message.")
        .set(PidTag.DISPLAY_TO, "Dan Moe")
        .set(PidTag.HAS_ATTACHMENTS, true)
        .addRecipient(Recipient.of(RecipientType.TO, "Dan Moe", Recipient.ADDRESS_TYPE_SMTP, "dan@example.com"))
        .addAttachment(Attachment.embedded(attach, inner))
        .build();
  }

  static Message namedMultiValuedAndHeaders() {
    Message base = SmsMessage.builder()
        .body("Named properties: multi-valued, Internet headers and a PSETID_Common LID.")
        .sender(MobileAddress.of("Ann Lee", "+14255550100"))
        .to(MobileAddress.ofNumber("+14255550123"))
        .mobileModel("Contoso X1")
        .scheduleTime(Instant.parse("2024-06-01T08:00:00Z"))
        .submitTime(SENT)
        .build().message();
    PropertySet custom = PropertySet.of("{1B5D4A5C-1F3E-4C51-9C7A-0D3E8F2A6B01}");
    PropertyBag props = base.properties().toBuilder()
        .put(named(PropertySet.PS_PUBLIC_STRINGS, "Keywords", PropertyType.MULTIPLE_STRING),
            new PropertyValue.Multi(PropertyType.MULTIPLE_STRING, List.of(new PropertyValue.Text("SMS"),
                new PropertyValue.Text("Ünïcødé 表"), new PropertyValue.Text("third"))))
        .put(named(custom, "xms4j-Numbers", PropertyType.MULTIPLE_INTEGER32),
            new PropertyValue.Multi(PropertyType.MULTIPLE_INTEGER32, List.of(new PropertyValue.Int32(1),
                new PropertyValue.Int32(-2), new PropertyValue.Int32(0x7FFFFFFF))))
        .put(named(custom, "xms4j-Blobs", PropertyType.MULTIPLE_BINARY),
            new PropertyValue.Multi(PropertyType.MULTIPLE_BINARY, List.of(
                new PropertyValue.Binary(Bytes.of((byte) 0, (byte) 1, (byte) 0xFE)),
                new PropertyValue.Binary(Bytes.encode("blob", StandardCharsets.US_ASCII)))))
        .put(named(PropertySet.PS_INTERNET_HEADERS, "X-Mailer", PropertyType.STRING),
            new PropertyValue.Text("xms4j interop corpus"))
        .put(PropertyKey.named(NamedPropertyId.lid(PropertySet.PSETID_COMMON, 0x8580), PropertyType.STRING),
            new PropertyValue.Text("ann@example.com (Internet account)"))
        .put(PropertyKey.named(NamedPropertyId.lid(PropertySet.PSETID_COMMON, 0x8506), PropertyType.BOOLEAN),
            new PropertyValue.Bool(true))
        .put(PropertyKey.named(NamedPropertyId.lid(PropertySet.PSETID_COMMON, 0x8502), PropertyType.TIME),
            PropertyValue.Time.of(Instant.parse("2024-05-02T09:00:00Z")))
        .put(named(custom, "xms4j-Binary", PropertyType.BINARY),
            new PropertyValue.Binary(Bytes.fromHex("00FF10203040")))
        .build();
    if (!props.has(PidName.CONTENT_CLASS)) {
      throw new IllegalStateException("the SMS builder no longer sets PS_INTERNET_HEADERS:\"Content-Class\"");
    }
    return base.toBuilder().properties(props).build();
  }

  static Message largeAttachment() {
    return Message.builder()
        .set(PidTag.MESSAGE_CLASS, "IPM.Note")
        .set(PidTag.SUBJECT, "A large attachment")
        .set(PidTag.BODY, "5 MiB of pseudo-random bytes, seed 0x786D73346A.")
        .set(PidTag.DISPLAY_TO, "Ann Lee")
        .set(PidTag.HAS_ATTACHMENTS, true)
        .addRecipient(Recipient.of(RecipientType.TO, "Ann Lee", Recipient.ADDRESS_TYPE_SMTP, "ann@example.com"))
        .addAttachment(Attachment.byValue("random.bin", "application/octet-stream",
            pseudoRandom(LARGE_ATTACHMENT_SEED, LARGE_ATTACHMENT_SIZE_IN_BYTES)))
        .build();
  }

  static Bytes pseudoRandom(long seed, int sizeInBytes) {
    byte[] b = new byte[sizeInBytes];
    new Random(seed).nextBytes(b);
    return Bytes.of(b);
  }

  private static PropertyKey named(PropertySet set, String name, PropertyType type) {
    return PropertyKey.named(NamedPropertyId.name(set, name), type);
  }
}
