package org.xms4j.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertySet;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;

/** Every property value of the tables of [MS-OXOSMMS] section 4, on the objects built by the builders. */
class ProtocolExamplesTest {

  private static final PropertySet PS_PUBLIC_STRINGS = PropertySet.of("{00020329-0000-0000-C000-000000000046}");

  @Test
  void sampleSmsHasEveryValueOfSection41() {
    Message m = ProtocolExamples.sms().message();
    // PidNameOMSAccountGuid, PS_PUBLIC_STRINGS "OMSAccountGuid", PtypString
    assertThat(m.properties().get(PropertyKey.named(NamedPropertyId.name(PS_PUBLIC_STRINGS, "OMSAccountGuid"), PropertyType.STRING)))
        .contains(new PropertyValue.Text("{01234567-0123-0123-0123-0123456789AB}"));
    // PidNameOMSMobileModel (null): absent
    assertThat(m.properties().has(PidName.OMS_MOBILE_MODEL)).isFalse();
    assertThat(m.properties().get(PropertyKey.named(NamedPropertyId.name(PS_PUBLIC_STRINGS, "OMSServiceType"), PropertyType.INTEGER32)))
        .contains(new PropertyValue.Int32(0x00000001));
    assertThat(m.properties().get(PropertyKey.named(NamedPropertyId.name(PS_PUBLIC_STRINGS, "OMSSourceType"), PropertyType.INTEGER32)))
        .contains(new PropertyValue.Int32(0x00000000));
    assertThat(m.properties().get(PropertyKey.tagged(0x1000, PropertyType.STRING)))
        .contains(new PropertyValue.Text("What time is the meeting?"));
    assertThat(m.properties().get(PropertyKey.tagged(0x3FDE, PropertyType.INTEGER32))).contains(new PropertyValue.Int32(0x0000FDE9));
    assertThat(m.properties().get(PropertyKey.tagged(0x001A, PropertyType.STRING))).contains(new PropertyValue.Text("IPM.Note.Mobile.SMS"));
    assertThat(m.properties().get(PropertyKey.tagged(0x0E1D, PropertyType.STRING)))
        .contains(new PropertyValue.Text("What time is the meeting?"));
    // PidTagSubjectPrefix (null): absent
    assertThat(m.properties().has(PidTag.SUBJECT_PREFIX)).isFalse();
    // builder defaults
    assertThat(m.find(PidName.CONTENT_CLASS)).contains("MS-OMS-SMS");
    assertThat(m.find(PidTag.ICON_INDEX)).contains(0xFFFFFFFF);
    assertThat(m.find(PidTag.SUBJECT)).contains("What time is the meeting?");
    assertThat(m.find(PidTag.HAS_ATTACHMENTS)).contains(false);
    assertThat(m.find(PidTag.MESSAGE_FLAGS)).contains(0);
    assertThat(m.attachments()).isEmpty();
    assertThat(m.recipients()).isEmpty();
    assertThat(MobileMessage.from(m)).containsInstanceOf(SmsMessage.class);
  }

  @Test
  void sampleMmsHasEveryValueOfSection42() {
    MmsMessage mms = ProtocolExamples.mms();
    Message m = mms.message();
    assertThat(m.properties().get(PropertyKey.named(NamedPropertyId.name(PS_PUBLIC_STRINGS, "OMSAccountGuid"), PropertyType.STRING)))
        .contains(new PropertyValue.Text("{01234567-0123-0123-0123-0123456789AB}"));
    assertThat(m.properties().has(PidName.OMS_MOBILE_MODEL)).isFalse();
    assertThat(m.find(PidName.OMS_SERVICE_TYPE)).contains(0x00000004);
    assertThat(m.find(PidName.OMS_SOURCE_TYPE)).contains(0x00000000);
    assertThat(m.find(PidTag.INTERNET_CODEPAGE)).contains(0x0000FDE9);
    assertThat(m.properties().get(PropertyKey.tagged(0x1013, PropertyType.BINARY)))
        .contains(new PropertyValue.Binary(org.xms4j.mapi.Bytes.encode(ProtocolExamples.MMS_HTML, StandardCharsets.UTF_8)));
    assertThat(mms.html()).hasValueSatisfying(h -> assertThat(h)
        .startsWith("<HTML>\r\n<BODY>\r\n<IMG SRC=\"cid:Att1.jpg@AB1B43B2B0594564.B94EF7ABB12B49BA\" border=\"0\">")
        .contains("This is the photo you asked for.")
        .contains("<A HREF=\"cid:Att0.txt@AB1B43B2B0594564.B94EF7ABB12B49BA\"></A>")
        .endsWith("</BODY>\r\n</HTML>"));
    // the spec prints 0xFFFFFFFFFF: a typo for the 32-bit 0xFFFFFFFF
    assertThat(m.properties().get(PropertyKey.tagged(0x1080, PropertyType.INTEGER32))).contains(new PropertyValue.Int32(0xFFFFFFFF));
    assertThat(m.find(PidTag.MESSAGE_CLASS)).contains("IPM.Note.Mobile.MMS");
    assertThat(m.find(PidTag.MESSAGE_FLAGS)).contains(0x00000018);
    assertThat(m.find(PidTag.NORMALIZED_SUBJECT)).contains("Here's the photo.");
    assertThat(m.properties().has(PidTag.SUBJECT_PREFIX)).isFalse();
    assertThat(m.find(PidTag.HAS_ATTACHMENTS)).contains(true);
    assertThat(m.find(PidName.CONTENT_CLASS)).contains("MS-OMS-MMS");

    assertThat(m.attachments()).hasSize(3);
    assertPart(m.attachments().get(0), "MMS.smil@AB1B43B2B0594564.B94EF7ABB12B49BA", "application/smil", "MMS.smil");
    assertPart(m.attachments().get(1), "Att0.txt@AB1B43B2B0594564.B94EF7ABB12B49BA", "text/plain", "1.txt");
    assertPart(m.attachments().get(2), "Att1.jpg@AB1B43B2B0594564.B94EF7ABB12B49BA", "image/jpeg", "photo.jpg");
    // "the contents written are Unicode text"
    assertThat(m.attachments().get(1).data()).hasValueSatisfying(d ->
        assertThat(d.decode(StandardCharsets.UTF_16LE)).isEqualTo("This is the photo you asked for."));
    assertThat(m.attachments().get(2).data()).hasValueSatisfying(d -> {
      assertThat(d.size()).isEqualTo(663);
      assertThat(d.byteAt(0)).isEqualTo((byte) 0xFF);
      assertThat(d.byteAt(1)).isEqualTo((byte) 0xD8);
    });
    assertThat(mms.presentation()).contains(m.attachments().get(0));
    // parts referenced from the HTML are marked attRenderedInBody; the SMIL part is not referenced
    assertThat(m.attachments().get(0).find(PidTag.ATTACH_FLAGS)).isEmpty();
    assertThat(m.attachments().get(2).find(PidTag.ATTACH_FLAGS)).contains(4);
    assertThat(MobileMessage.from(m)).containsInstanceOf(MmsMessage.class);
  }

  private static void assertPart(Attachment a, String contentId, String mime, String name) {
    assertThat(a.properties().get(PropertyKey.tagged(0x7FFE, PropertyType.BOOLEAN))).contains(new PropertyValue.Bool(true));
    assertThat(a.properties().get(PropertyKey.tagged(0x3705, PropertyType.INTEGER32))).contains(new PropertyValue.Int32(0x00000001));
    assertThat(a.properties().get(PropertyKey.tagged(0x3712, PropertyType.STRING))).contains(new PropertyValue.Text(contentId));
    assertThat(a.properties().get(PropertyKey.tagged(0x370E, PropertyType.STRING))).contains(new PropertyValue.Text(mime));
    assertThat(a.properties().get(PropertyKey.tagged(0x3707, PropertyType.STRING))).contains(new PropertyValue.Text(name));
    assertThat(a.method()).contains(AttachMethod.BY_VALUE);
    assertThat(a.hidden()).isTrue();
    assertThat(a.find(PidTag.RENDERING_POSITION)).contains(0xFFFFFFFF);
    assertThat(a.find(PidTag.DISPLAY_NAME)).contains(name);
  }

  @Test
  void examplesAreDeterministic() {
    assertThat(ProtocolExamples.sms()).isEqualTo(ProtocolExamples.sms());
    assertThat(ProtocolExamples.mms()).isEqualTo(ProtocolExamples.mms());
    assertThat(MessageDump.toText(ProtocolExamples.mms().message())).isEqualTo(MessageDump.toText(ProtocolExamples.mms().message()));
  }
}
