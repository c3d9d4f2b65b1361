package org.xms4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.CompoundEntry;
import org.xms4j.message.Message;

/** Odd but storable content never makes the validator throw or report an internal error. */
class RobustnessTest {

  private static Message odd() {
    PropertyBag.Builder p = PropertyBag.builder()
        .put(PidTag.MESSAGE_CLASS.key(), new PropertyValue.Unparsed(PropertyType.STRING, Bytes.fromHex("41"),
            "odd byte count 1 for PtypString"))
        .put(PropertyKey.tagged(0x1000, PropertyType.BINARY), new PropertyValue.Binary(Bytes.fromHex("00")))
        .put(PidName.CONTENT_CLASS.key(), new PropertyValue.Text("MS-OMS-MMS"))
        .put(PidName.OMS_SERVICE_TYPE.key(), new PropertyValue.Unparsed(PropertyType.INTEGER32, Bytes.fromHex("01"),
            "3 bytes missing"))
        .put(PidTag.HTML.key(), new PropertyValue.Binary(Bytes.encode("<img src=\"cid:%zz%\"><a href='cid:'>",
            StandardCharsets.UTF_8)))
        .put(PidTag.INTERNET_CODEPAGE.key(), new PropertyValue.Int32(-5))
        .put(PidTag.MESSAGE_FLAGS.key(), new PropertyValue.Int32(-1))
        .put(PidTag.CLIENT_SUBMIT_TIME.key(), new PropertyValue.Time(-1L))
        .put(PidTag.MESSAGE_DELIVERY_TIME.key(), new PropertyValue.Time(0L))
        .put(PidTag.SENDER_ADDRESS_TYPE.key(), new PropertyValue.Text("mobile"))
        .put(PidTag.SENDER_EMAIL_ADDRESS.key(), new PropertyValue.Text(" "))
        .put(PidTag.RTF_COMPRESSED.key(), new PropertyValue.Binary(Bytes.fromHex("FFFFFFFF00000000")))
        .put(PropertyKey.tagged(0x6800, PropertyType.MULTIPLE_STRING),
            new PropertyValue.Multi(PropertyType.MULTIPLE_STRING, List.of(new PropertyValue.Text("\uD800"))))
        .put(PropertyKey.tagged(0x0FFF, PropertyType.GUID), new PropertyValue.Guid(new UUID(1, 2)))
        .put(PropertyKey.tagged(0x0E1D, PropertyType.ERROR_CODE), new PropertyValue.ErrorCode(0x8004010F));
    Attachment smil = Attachment.of(PropertyBag.builder()
        .set(PidTag.ATTACH_MIME_TAG, " Application/SMIL; charset=utf-8")
        .set(PidTag.ATTACH_METHOD, 1)
        .set(PidTag.ATTACH_DATA_BINARY, Bytes.fromHex("FFFE3C00"))
        .set(PidTag.ATTACH_CONTENT_LOCATION, "::not a uri::")
        .set(PidTag.ATTACH_FLAGS, -1)
        .build());
    Attachment storage = Attachment.storage(PropertyBag.builder().set(PidTag.ATTACH_METHOD, 5).build(),
        new CompoundEntry.Storage("__substg1.0_3701000D", CompoundEntry.Storage.NO_CLASS, List.of()));
    Attachment embedded = Attachment.embedded(PropertyBag.EMPTY, Message.builder().build());
    return Message.builder().properties(p.build()).addAttachment(smil).addAttachment(storage)
        .addAttachment(embedded).build();
  }

  @Test
  void oddContentGivesFindingsButNoInternalError() {
    for (Profile profile : Profile.values()) {
      ValidationReport r = Validator.validate(odd(), profile);
      assertThat(r.findings()).isNotEmpty();
      assertThat(r.findings()).noneMatch(f -> f.ruleId().equals(RuleCatalogue.INTERNAL_ERROR));
      assertThat(r.findings()).allSatisfy(f -> assertThat(f.message()).contains("expected").contains("was"));
    }
  }

  @Test
  void undecodableValuesAreReportedWithTheirReason() {
    ValidationReport r = Validator.validate(odd());
    assertThat(r.findings()).extracting(Finding::toString)
        .contains("XMS-R024 MUST [MS-OXCMSG] 2.2 /PidTagMessageClass: expected a decodable PtypString value, was "
            + "undecodable 1 byte 41 (odd byte count 1 for PtypString)")
        .contains("XMS-R001 MUST [MS-OXOSMMS] 2.2.1 /PidNameOMSServiceType: expected a decodable PtypInteger32 value, "
            + "was undecodable 1 byte 01 (3 bytes missing)")
        .contains("XMS-R024 MUST [MS-OXCMSG] 2.2 /PidTagBody: expected PtypString, was PtypBinary 1 byte 00")
        .contains("XMS-R024 MUST [MS-OXCMSG] 2.2 /PidTagNormalizedSubject: expected PtypString, was PtypErrorCode "
            + "ErrorCode[0x8004010F]");
  }

  @Test
  void resultsDoNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      Message upper = Fixtures.change(Fixtures.sms(), b -> b.set(PidTag.MESSAGE_CLASS, "IPM.NOTE.MOBILE.SMS.INFO")
          .set(org.xms4j.mapi.known.PidName.CONTENT_CLASS, "ms-oms-sms"));
      ValidationReport tr = Validator.validate(odd());
      assertThat(Validator.validate(upper).findings()).isEmpty();
      Locale.setDefault(Locale.ROOT);
      assertThat(Validator.validate(odd())).isEqualTo(tr);
    } finally {
      Locale.setDefault(saved);
    }
  }
}
