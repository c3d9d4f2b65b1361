package org.xms4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Message;
import org.xms4j.message.MessageFlag;
import org.xms4j.message.MmsMessage;
import org.xms4j.message.ProtocolExamples;
import org.xms4j.message.SmsMessage;

/** The sample objects of [MS-OXOSMMS] section 4, built with the builders, have no MUST finding. */
class ProtocolExamplesValidationTest {

  @Test
  void sampleSmsOfSection41Conforms() {
    SmsMessage sms = Fixtures.specSms();
    Message m = sms.message();
    assertThat(m.find(PidName.OMS_ACCOUNT_GUID)).contains("{01234567-0123-0123-0123-0123456789AB}");
    assertThat(m.find(PidName.OMS_SERVICE_TYPE)).contains(1);
    assertThat(m.find(PidName.OMS_SOURCE_TYPE)).contains(0);
    assertThat(m.find(PidTag.INTERNET_CODEPAGE)).contains(65001);
    assertThat(m.find(PidTag.BODY)).contains("What time is the meeting?");
    assertThat(m.find(PidTag.NORMALIZED_SUBJECT)).contains("What time is the meeting?");
    ValidationReport r = Validator.validate(sms);
    assertThat(r.findings(Level.MUST)).isEmpty();
    assertThat(r.conforms()).isTrue();
    assertThat(r.findings()).as("no SHOULD or MAY finding either").isEmpty();
  }

  @Test
  void sampleMmsOfSection42Conforms() {
    MmsMessage mms = Fixtures.specMms();
    Message m = mms.message();
    assertThat(m.find(PidName.OMS_SERVICE_TYPE)).contains(4);
    assertThat(m.find(PidTag.ICON_INDEX)).contains(0xFFFFFFFF);
    assertThat(m.find(PidTag.MESSAGE_FLAGS)).contains(MessageFlag.UNSENT.mask() | MessageFlag.HAS_ATTACH.mask());
    assertThat(mms.html()).contains(Fixtures.MMS_HTML);
    assertThat(m.attachments()).extracting(a -> a.longFilename().orElseThrow())
        .containsExactly("MMS.smil", "1.txt", "photo.jpg");
    assertThat(m.attachments()).allMatch(a -> a.hidden());
    ValidationReport r = Validator.validate(mms);
    assertThat(r.findings(Level.MUST)).isEmpty();
    assertThat(r.conforms()).isTrue();
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void coreProtocolExamplesConformToo() {
    assertThat(Validator.validate(ProtocolExamples.sms()).findings(Level.MUST)).isEmpty();
    assertThat(Validator.validate(ProtocolExamples.mms()).findings(Level.MUST)).isEmpty();
  }

  @Test
  void outlookProfileAddsOnlyShouldFindingsToTheSamples() {
    ValidationReport r = Validator.validate(Fixtures.specMms(), Profile.OUTLOOK);
    assertThat(r.conforms()).isTrue();
    assertThat(r.findings()).isNotEmpty().allMatch(f -> f.level() == Level.SHOULD && f.ruleId().prefix().equals("OUTLOOK"));
    assertThat(r.findings()).extracting(f -> f.ruleId().value())
        .contains("OUTLOOK-R007", "OUTLOOK-R009")
        .as("the builder sets PidTagRtfCompressed encapsulating the HTML").doesNotContain("OUTLOOK-R008");
  }
}
