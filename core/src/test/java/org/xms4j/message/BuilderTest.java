package org.xms4j.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertySet;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;

class BuilderTest {

  private static final Instant SENT = Instant.parse("2024-05-01T10:15:30.123Z");
  private static final Instant RECEIVED = Instant.parse("2024-05-01T10:15:31Z");

  @Test
  void smsBuilderSetsPartiesTimesAndFlags() {
    SmsMessage sms = SmsMessage.builder()
        .body("Running late.\nSee you at 10")
        .sender(MobileAddress.of("Ann", "+14255550100"))
        .to(MobileAddress.ofNumber("+14255550123"))
        .addRecipient(RecipientType.CC, MobileAddress.of("Bo", "+14255550124"))
        .submitTime(SENT)
        .deliveryTime(RECEIVED)
        .read(true)
        .accountGuid(UUID.fromString("01234567-0123-0123-0123-0123456789ab"))
        .mobileModel("Lumia 950")
        .build();
    Message m = sms.message();
    assertThat(sms.body()).contains("Running late.\nSee you at 10");
    assertThat(sms.normalizedSubject()).contains("Running late.");
    assertThat(sms.subject()).contains("Running late.");
    assertThat(sms.sender()).contains(MobileAddress.of("Ann", "+14255550100"));
    assertThat(m.find(PidTag.SENDER_ADDRESS_TYPE)).contains("MOBILE");
    assertThat(m.find(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS)).contains("+14255550100");
    assertThat(m.find(PidTag.SENT_REPRESENTING_NAME)).contains("Ann");
    assertThat(sms.recipientAddresses(RecipientType.TO)).containsExactly(MobileAddress.ofNumber("+14255550123"));
    assertThat(sms.recipientAddresses(RecipientType.CC)).containsExactly(MobileAddress.of("Bo", "+14255550124"));
    assertThat(m.find(PidTag.DISPLAY_TO)).contains("+14255550123");
    assertThat(m.recipients()).extracting(r -> r.find(PidTag.ROWID).orElseThrow()).containsExactly(0, 1);
    assertThat(m.find(PidTag.DISPLAY_CC)).contains("Bo");
    assertThat(m.properties().has(PidTag.DISPLAY_BCC)).isFalse();
    assertThat(sms.submitTime()).contains(SENT);
    assertThat(sms.deliveryTime()).contains(RECEIVED);
    assertThat(sms.isRead()).isTrue();
    assertThat(sms.isUnsent()).isFalse();
    assertThat(m.find(PidTag.MESSAGE_FLAGS)).contains(MessageFlag.READ.mask());
    assertThat(sms.accountGuid()).contains("{01234567-0123-0123-0123-0123456789AB}");
    assertThat(sms.mobileModel()).contains("Lumia 950");
    assertThat(sms.serviceType()).contains(OmsServiceType.SMS);
    assertThat(sms.contentClass()).contains("MS-OMS-SMS");
    assertThat(m.find(PidTag.INTERNET_CODEPAGE)).contains(65001);
  }

  @Test
  void abbreviationIsTheFirstLineCutAt40CodePoints() {
    assertThat(SmsMessage.abbreviate("What time is the meeting?")).isEqualTo("What time is the meeting?");
    assertThat(SmsMessage.abbreviate("  first line  \r\nsecond")).isEqualTo("first line");
    String fifty = "0123456789".repeat(5);
    assertThat(SmsMessage.abbreviate(fifty)).isEqualTo(fifty.substring(0, 40));
    String emoji = "😀".repeat(45);
    assertThat(SmsMessage.abbreviate(emoji)).isEqualTo("😀".repeat(40)).hasSize(80);
    assertThat(SmsMessage.abbreviate(" \n ")).isEmpty();
    // blank body: no subject at all (a .msg cannot hold empty strings)
    Message m = SmsMessage.builder().body("   ").build().message();
    assertThat(m.properties().has(PidTag.NORMALIZED_SUBJECT)).isFalse();
    assertThat(m.properties().has(PidTag.SUBJECT)).isFalse();
  }

  @Test
  void toBuilderKeepsEveryPropertyItDoesNotTouch() {
    PropertyKey custom = PropertyKey.named(NamedPropertyId.name(PropertySet.of("{11111111-2222-3333-4444-555555555555}"), "X-Custom"),
        PropertyType.MULTIPLE_STRING);
    PropertyValue customValue = new PropertyValue.Multi(PropertyType.MULTIPLE_STRING,
        java.util.List.of(new PropertyValue.Text("a"), new PropertyValue.Text("b")));
    PropertyKey unknownTag = PropertyKey.tagged(0x6804, PropertyType.BINARY);
    org.xms4j.mapi.PropertyBag bag = org.xms4j.mapi.PropertyBag.builder()
        .set(PidTag.MESSAGE_CLASS, "IPM.Note.Mobile.SMS.Custom")
        .set(PidTag.BODY, "old")
        .set(PidTag.MESSAGE_FLAGS, 0x0401) // mfRead | mfEverRead
        .set(PidTag.ICON_INDEX, 0x105) // non-conforming: kept as is
        .set(PidTag.DISPLAY_TO, "Legacy display")
        .set(PidTag.SUBJECT_PREFIX, "FW: ")
        .set(PidTag.SUBJECT, "FW: old")
        .set(PidTag.NORMALIZED_SUBJECT, "old")
        .put(custom, customValue)
        .put(unknownTag, new PropertyValue.Binary(Bytes.of((byte) 7)))
        .build();
    Message read = Message.builder().properties(bag)
        .addRecipient(Recipient.of(RecipientType.TO, "X", "SMTP", "x@example.com"))
        .build();
    SmsMessage edited = SmsMessage.of(read).toBuilder().mobileModel("Pixel 8").build();
    Message m = edited.message();
    assertThat(m.properties().get(custom)).contains(customValue);
    assertThat(m.properties().get(unknownTag)).contains(new PropertyValue.Binary(Bytes.of((byte) 7)));
    assertThat(m.find(PidTag.MESSAGE_CLASS)).contains("IPM.Note.Mobile.SMS.Custom");
    assertThat(m.find(PidTag.MESSAGE_FLAGS)).contains(0x0401);
    assertThat(m.find(PidTag.ICON_INDEX)).contains(0x105);
    assertThat(m.find(PidTag.DISPLAY_TO)).contains("Legacy display");
    assertThat(m.find(PidTag.SUBJECT)).contains("FW: old");
    assertThat(m.properties().has(PidName.CONTENT_CLASS)).isFalse();
    assertThat(m.properties().has(PidTag.HAS_ATTACHMENTS)).isFalse();
    assertThat(m.recipients()).isEqualTo(read.recipients());
    assertThat(m.find(PidName.OMS_MOBILE_MODEL)).contains("Pixel 8");
    assertThat(m.properties().size()).isEqualTo(read.properties().size() + 1);

    // changing one input recomputes only what depends on it
    Message unread = SmsMessage.of(read).toBuilder().read(false).build().message();
    assertThat(unread.find(PidTag.MESSAGE_FLAGS)).contains(0x0400);
    assertThat(unread.find(PidTag.DISPLAY_TO)).contains("Legacy display");
    Message newBody = SmsMessage.of(read).toBuilder().body("new text").build().message();
    assertThat(newBody.find(PidTag.SUBJECT)).contains("new text");
    assertThat(newBody.properties().has(PidTag.SUBJECT_PREFIX)).isFalse();
  }

  @Test
  void buildersCheckStructureNotSpecRules() {
    // a non-conforming object is representable: string-typed OMSServiceType, wrong class
    Message odd = Message.builder().properties(org.xms4j.mapi.PropertyBag.builder()
        .set(PidTag.MESSAGE_CLASS, "IPM.Note")
        .put(PropertyKey.named(NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "OMSServiceType"), PropertyType.STRING),
            new PropertyValue.Text("1"))
        .build()).build();
    assertThat(SmsMessage.of(odd).serviceType()).isEmpty();
    assertThat(MobileMessage.from(odd)).isEmpty();
    assertThatThrownBy(() -> SmsMessage.builder().submitTime(Instant.parse("1500-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1601");
    assertThatThrownBy(() -> SmsMessage.builder().body(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void mmsBuilderTracksAttachmentsInFlags() {
    MmsMessage draft = MmsMessage.builder().subject("s").html("<p>x</p>").unsent(true).build();
    assertThat(draft.message().find(PidTag.MESSAGE_FLAGS)).contains(0x08);
    assertThat(draft.message().find(PidTag.HAS_ATTACHMENTS)).contains(false);
    MmsMessage withPart = draft.toBuilder()
        .addPart(MmsPart.of("a.gif", "image/gif", "a@b", Bytes.of((byte) 'G', (byte) 'I', (byte) 'F')))
        .build();
    assertThat(withPart.message().find(PidTag.MESSAGE_FLAGS)).contains(0x18);
    assertThat(withPart.message().find(PidTag.HAS_ATTACHMENTS)).contains(true);
    assertThat(withPart.parts()).hasSize(1);
    assertThat(withPart.parts().get(0).find(PidTag.ATTACH_FLAGS)).isEmpty();
    assertThat(withPart.html()).contains("<p>x</p>");
    assertThat(withPart.presentation()).isEmpty();
    assertThat(MessageClassCheck.mms(withPart)).isTrue();
  }

  @Test
  void detectsMobileMessagesByClassContentClassOrServiceType() {
    Message byContentClass = Message.builder().set(PidName.CONTENT_CLASS, "ms-oms-mms").build();
    assertThat(MobileMessage.from(byContentClass)).containsInstanceOf(MmsMessage.class);
    Message byService = Message.builder().set(PidName.OMS_SERVICE_TYPE, 1).build();
    assertThat(MobileMessage.from(byService)).containsInstanceOf(SmsMessage.class);
    Message mmsx = Message.builder().set(PidTag.MESSAGE_CLASS, "IPM.Note.Mobile.MMSX").build();
    assertThat(MobileMessage.from(mmsx)).isEmpty();
    Message smsSub = Message.builder().set(PidTag.MESSAGE_CLASS, "ipm.note.mobile.sms.Reply").build();
    assertThat(MobileMessage.from(smsSub)).containsInstanceOf(SmsMessage.class);
  }

  /** Small helper so the test reads as a sentence. */
  private static final class MessageClassCheck {
    static boolean mms(MmsMessage m) {
      return m.message().messageClass().map(org.xms4j.mapi.known.MessageClass::isMms).orElse(false);
    }
  }
}
