package org.xms4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.SpecReference;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.AttachMethod;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.MessageFlag;
import org.xms4j.message.SmsMessage;
import org.xms4j.path.MessagePath;
import org.xms4j.rtf.CompressedRtf;
import org.xms4j.rtf.RtfLimitExceededException;

class ValidatorTest {

  /** A rule whose {@link Rule#info()} looks its entry up in the catalogue on each call. */
  private static <C> Rule<C> rule(String id, BiConsumer<C, Reporter> check) {
    return rule(() -> RuleCatalogue.require(id), check);
  }

  private static <C> Rule<C> rule(RuleInfo info, BiConsumer<C, Reporter> check) {
    return rule(() -> info, check);
  }

  private static <C> Rule<C> rule(Supplier<RuleInfo> info, BiConsumer<C, Reporter> check) {
    return new Rule<>() {
      @Override
      public RuleInfo info() {
        return info.get();
      }

      @Override
      public void check(C context, Reporter reporter) {
        check.accept(context, reporter);
      }
    };
  }

  @Test
  void findingTextHasTheStableShape() {
    Message m = Fixtures.change(Fixtures.sms(), b -> b.set(PidTag.MESSAGE_CLASS, "IPM.Note"));
    ValidationReport r = Validator.validate(m);
    assertThat(r.findings()).singleElement().hasToString("XMS-R008 MUST [MS-OXOSMMS] 2.2.2.2 /PidTagMessageClass: "
        + "expected \"IPM.Note.Mobile.SMS\" or a class beginning with it, was \"IPM.Note\"");
    assertThat(r.conforms()).isFalse();
    assertThat(r.findings(Level.MUST)).hasSize(1);
    assertThat(r.findings(Level.SHOULD)).isEmpty();
    assertThat(r.profile()).isEqualTo(Profile.SPEC);
  }

  @Test
  void mobileViewAndMessageGiveTheSameReport() {
    SmsMessage sms = SmsMessage.of(Fixtures.change(Fixtures.sms(), b -> b.set(PidTag.ICON_INDEX, 7)));
    assertThat(Validator.validate(sms)).isEqualTo(Validator.validate(sms.message()));
    assertThat(Validator.validate(sms, Profile.OUTLOOK)).isEqualTo(Validator.validate(sms.message(), Profile.OUTLOOK));
  }

  @Test
  void ordinaryMailGetsNoMobileRules() {
    Message m = Fixtures.change(Fixtures.plain(), b -> b.set(PidTag.ICON_INDEX, 7).remove(PidTag.BODY));
    assertThat(Validator.validate(m).findings()).isEmpty();
  }

  @Test
  void recursesIntoEmbeddedMessagesWithTheirPaths() {
    Message inner = Fixtures.change(Fixtures.sms(), b -> b.set(PidTag.ICON_INDEX, 0));
    Attachment att = Attachment.embedded(PropertyBag.builder()
        .set(PidTag.ATTACH_METHOD, AttachMethod.EMBEDDED_MESSAGE.value())
        .set(PidTag.ATTACH_LONG_FILENAME, "fwd.msg").set(PidTag.DISPLAY_NAME, "fwd.msg").build(), inner);
    Message outer = Fixtures.change(Fixtures.plain(), b -> b.addAttachment(att)
        .set(PidTag.MESSAGE_FLAGS, MessageFlag.READ.mask() | MessageFlag.HAS_ATTACH.mask())
        .set(PidTag.HAS_ATTACHMENTS, true));
    ValidationReport r = Validator.validate(outer);
    assertThat(r.findings()).extracting(Finding::toString).containsExactly(
        "XMS-R007 MUST [MS-OXOSMMS] 2.2.2.1 /attachments[0]/embedded/PidTagIconIndex: expected 0xFFFFFFFF, was "
            + "0x00000000 (0)");
  }

  @Test
  void embeddedMessageOnAnotherMethodIsReported() {
    Attachment att = Attachment.embedded(PropertyBag.builder()
        .set(PidTag.ATTACH_METHOD, AttachMethod.BY_VALUE.value())
        .set(PidTag.ATTACH_DATA_BINARY, Bytes.of((byte) 1)).build(), Fixtures.plain());
    Message outer = Fixtures.change(Fixtures.plain(), b -> b.addAttachment(att)
        .set(PidTag.MESSAGE_FLAGS, MessageFlag.READ.mask() | MessageFlag.HAS_ATTACH.mask())
        .set(PidTag.HAS_ATTACHMENTS, true));
    assertThat(Validator.validate(outer).findings()).extracting(Finding::toString).containsExactly(
        "XMS-R043 MUST [MS-OXCMSG] 2.2.2.9 /attachments[0]/PidTagAttachMethod: expected afEmbeddedMessage (5) for an "
            + "attachment holding an embedded message, was afByValue (1)");
  }

  @Test
  void findingsAreOrderedByPathThenRule() {
    Message m = Fixtures.withAttachment(Fixtures.change(Fixtures.mms(), b -> b
        .set(PidTag.ICON_INDEX, 0)
        .set(PidName.OMS_SOURCE_TYPE, 9)), 1, p -> p.set(PidTag.ATTACHMENT_HIDDEN, false).set(PidTag.ATTACH_FLAGS, 16));
    ValidationReport r = Validator.validate(m);
    assertThat(r.findings()).extracting(f -> f.path() + " " + f.ruleId()).containsExactly(
        "/PidNameOMSSourceType XMS-R004",
        "/PidTagIconIndex XMS-R007",
        "/attachments[1] XMS-R017",
        "/attachments[1]/PidTagAttachFlags XMS-R044");
    assertThat(Validator.validate(m)).isEqualTo(r);
  }

  @Test
  void aFailingRuleBecomesAnInternalErrorFindingAndTheOthersStillRun() {
    Rule<String> crashing = rule("XMS-R101", (context, reporter) -> {
      reporter.report(MessagePath.ROOT.child("header"), "expected 32 bytes, was 8");
      throw new IllegalStateException("boom\nsecond line");
    });
    Rule<String> fine = rule("XMS-R102",
        (context, reporter) -> reporter.report(MessagePath.ROOT, "expected one entry, was " + Reporter.quote(context)));
    ValidationReport r = Validator.validate("file", List.of(crashing, fine), Profile.SPEC);
    assertThat(r.findings()).extracting(Finding::toString).containsExactly(
        "XMS-R000 MUST [xms4j] /: expected rule XMS-R101 to complete, was failed by java.lang.IllegalStateException: "
            + "boom second line; its findings here may be incomplete",
        "XMS-R102 MUST [MS-OXMSG] 2.4 /: expected one entry, was \"file\"",
        "XMS-R101 MUST [MS-OXMSG] 2.4 /header: expected 32 bytes, was 8");
    assertThat(r.checkedRules()).containsExactly(RuleId.of("XMS-R101"), RuleId.of("XMS-R102"));
    assertThat(r.conforms()).isFalse();
  }

  @Test
  void aMessageRuleThatFailsOnStrangeContentDoesNotCrashTheValidator() {
    // an attachment list element whose properties make a rule's helper throw is simulated by a rule over a context
    Rule<MessageContext> crashing = rule("XMS-R020", (context, reporter) -> context.message().attachments().get(5));
    ValidationReport r = Validator.validate(MessageContext.of(Fixtures.plain()), List.of(crashing), Profile.SPEC);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(RuleCatalogue.INTERNAL_ERROR);
      assertThat(f.message()).contains("XMS-R020").contains("IndexOutOfBoundsException");
    });
  }

  @Test
  void extensionRulesMustCarryTheirCatalogueEntry() {
    RuleInfo forged = new RuleInfo(RuleId.of("XMS-R101"), Level.SHOULD, SpecReference.of("MS-OXMSG", "2.4"),
        Scope.MSG_FILE, Profile.SPEC, List.of("OXMSG-01"), "forged", true, "");
    Rule<String> r = rule(forged, (context, reporter) -> { });
    assertThatThrownBy(() -> Validator.validate("x", List.of(r), Profile.SPEC))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XMS-R101");
    Rule<String> na = rule("XMS-R301", (context, reporter) -> { });
    assertThatThrownBy(() -> Validator.validate("x", List.of(na), Profile.SPEC))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not applicable");
  }

  @Test
  void outlookRulesRunOnlyInTheOutlookProfile() {
    Rule<String> outlookOnly = rule("OUTLOOK-R001", (context, reporter) ->
        reporter.report(MessagePath.ROOT, "expected CLSID {00020D0B-0000-0000-C000-000000000046}, was none"));
    assertThat(Validator.validate("x", List.of(outlookOnly), Profile.SPEC).findings()).isEmpty();
    assertThat(Validator.validate("x", List.of(outlookOnly), Profile.OUTLOOK).findings()).hasSize(1);
    Message noFlags = Fixtures.change(Fixtures.plain(), b -> b.remove(PidTag.MESSAGE_FLAGS));
    assertThat(Validator.validate(noFlags).findings()).isEmpty();
    assertThat(Validator.validate(noFlags, Profile.OUTLOOK).findings()).extracting(f -> f.ruleId().value())
        .contains("OUTLOOK-R006");
  }

  @Test
  void reportsCombine() {
    ValidationReport a = Validator.validate(Fixtures.change(Fixtures.sms(), b -> b.set(PidTag.ICON_INDEX, 0)));
    Rule<String> tooMany = rule("XMS-R113", (context, reporter) ->
        reporter.report(MessagePath.ROOT, "expected at most 2048 recipient storages, was 2049"));
    ValidationReport b = Validator.validate("file", List.of(tooMany), Profile.SPEC);
    ValidationReport both = a.plus(b);
    assertThat(both.findings()).extracting(f -> f.ruleId().value()).containsExactly("XMS-R113", "XMS-R007");
    assertThat(both.checkedRules()).contains(RuleId.of("XMS-R113"), RuleId.of("XMS-R007"));
    assertThatThrownBy(() -> a.plus(Validator.validate(Fixtures.sms(), Profile.OUTLOOK)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quotesValuesReadably() {
    assertThat(Reporter.quote("a\"b\\c\n\u0001")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001\"");
    assertThat(Reporter.quote("x".repeat(130))).isEqualTo("\"" + "x".repeat(120) + "\u2026\" (130 characters)");
    assertThat(Reporter.quoteAll(List.of())).isEqualTo("none");
  }

  @Test
  void smilWithoutReferencesAndUnparseableSmilAreHandled() {
    Message broken = Fixtures.withSmil(Fixtures.mms(), "<smil><body><par>");
    assertThat(Validator.validate(broken).findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId().value()).isEqualTo("XMS-R016");
      assertThat(f.path()).hasToString("/attachments[0]/PidTagAttachDataBinary");
      assertThat(f.message()).startsWith("expected a well-formed SMIL document, was not parseable: ");
    });
    Message byName = Fixtures.withSmil(Fixtures.mms(), Fixtures.smil("photo.jpg", "1.txt"));
    assertThat(Validator.validate(byName).findings()).isEmpty();
    Message entity = Fixtures.withSmil(Fixtures.mms(), "<!DOCTYPE smil [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<smil><body><text src=\"cid:" + Fixtures.TEXT_ID + "\"/>&x;</body></smil>");
    assertThat(Validator.validate(entity).findings()).allSatisfy(f -> assertThat(f.message()).doesNotContain("root:"));
  }

  @Test
  void compressedRtfHeaderProblemsAreNamed() {
    byte[] bad = SPEC_RTF.clone();
    bad[20] ^= 1;
    assertThat(GeneralRules.rtfProblem(Bytes.of(bad))).hasValue(
        "expected CRC 0x" + String.format("%08X", org.xms4j.rtf.CompressedRtf.crc(bad, 16, bad.length))
            + " (of the compressed data), was 0xA7C7C5F1");
    byte[] type = SPEC_RTF.clone();
    type[8] = 'X';
    assertThat(GeneralRules.rtfProblem(Bytes.of(type))).get().asString().startsWith("expected COMPTYPE LZFu");
    assertThat(GeneralRules.rtfProblem(Bytes.encode("{\\rtf1}", StandardCharsets.US_ASCII))).get().asString()
        .startsWith("expected a 16-byte");
    byte[] mela = Fixtures.RTF.toByteArray();
    mela[12] = 1;
    assertThat(GeneralRules.rtfProblem(Bytes.of(mela))).get().asString().startsWith("expected CRC 0x00000000");
    // the contents are decoded too: without its end reference the data is cut short
    byte[] cut = java.util.Arrays.copyOf(SPEC_RTF, SPEC_RTF.length - 2);
    cut[0] = (byte) (cut.length - 4);
    int crc = org.xms4j.rtf.CompressedRtf.crc(cut, 16, cut.length);
    for (int i = 0; i < 4; i++) {
      cut[12 + i] = (byte) (crc >>> (8 * i));
    }
    assertThat(GeneralRules.rtfProblem(Bytes.of(cut))).hasValue(
        "expected a token, was the end of the data (no end reference) (at byte 47)");
  }

  @Test
  void outlookWantsTheHtmlEncapsulatedInTheRtf() {
    // gotcha 5: RTF next to the HTML body must carry that HTML (\fromhtml1), else Outlook shows the RTF
    Message plainRtf = Fixtures.change(Fixtures.outlookMms(), b -> b.set(PidTag.RTF_COMPRESSED, Fixtures.RTF));
    assertThat(Validator.validate(plainRtf, Profile.OUTLOOK).findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId().value()).isEqualTo("OUTLOOK-R008");
      assertThat(f.path()).hasToString("/PidTagRtfCompressed");
      assertThat(f.message()).isEqualTo("expected PidTagRtfCompressed holding the HTML body encapsulated in RTF "
          + "(\\fromhtml1, [MS-OXRTFEX]), was RTF without \\fromhtml1 while PidTagNativeBody says HTML (3)");
    });
    // plain RTF without the claim that HTML is the best body: as Outlook writes some messages itself
    Message outlookStyle = Fixtures.change(plainRtf, b -> b.remove(PidTag.NATIVE_BODY));
    assertThat(Validator.validate(outlookStyle, Profile.OUTLOOK).findings()).isEmpty();
    Message broken = Fixtures.change(Fixtures.outlookMms(), b -> b.set(PidTag.RTF_COMPRESSED,
        Fixtures.rtf("<html>")));
    // a byte offset says what it counts in: the decompressed RTF here, the PidTagRtfCompressed value below
    assertThat(Validator.validate(broken, Profile.OUTLOOK).findings()).extracting(f -> f.ruleId().value() + " "
        + f.message()).containsExactly("OUTLOOK-R008 expected PidTagRtfCompressed holding the HTML body encapsulated "
        + "in RTF (\\fromhtml1, [MS-OXRTFEX]), was not readable RTF (expected RTF starting with {\\rtf, "
        + "was \"<html>\", at byte 0 of the decompressed RTF)");
    byte[] badCrc = SPEC_RTF.clone();
    badCrc[12] ^= 1;
    Message crc = Fixtures.change(Fixtures.outlookMms(), b -> b.set(PidTag.RTF_COMPRESSED, Bytes.of(badCrc)));
    assertThat(Validator.validate(crc, Profile.OUTLOOK).findings()).filteredOn(f -> f.ruleId().value()
        .equals("OUTLOOK-R008")).extracting(Finding::message).containsExactly("expected PidTagRtfCompressed "
        + "holding the HTML body encapsulated in RTF (\\fromhtml1, [MS-OXRTFEX]), was not readable compressed RTF "
        + "(expected CRC 0xA7C7C5F1 (of the compressed data), was 0xA7C7C5F0, at byte 12 of the PidTagRtfCompressed "
        + "value)");
    assertThat(Validator.validate(Fixtures.outlookMms(), Profile.OUTLOOK).findings()).isEmpty();
  }

  /**
   * A valid LZFu value of RAWSIZE 256 MiB + 136 bytes, beyond what CompressedRtf.decompress reads by default:
   * runs of 8 references of 17 bytes each, 2048 bytes behind the write offset (8 times their size).
   */
  private static byte[] rtfBeyondTheReadersLimit() {
    int groups = CompressedRtf.DEFAULT_MAX_RAW_SIZE / 136 + 1;
    byte[] v = new byte[16 + groups * 17 + 3];
    int write = 207;
    int i = 16;
    for (int g = 0; g < groups; g++) {
      v[i++] = (byte) 0xFF;
      for (int k = 0; k < 8; k++) {
        int ref = ((write + 2048) & 4095) << 4 | 15;
        v[i++] = (byte) (ref >>> 8);
        v[i++] = (byte) ref;
        write = (write + 17) & 4095;
      }
    }
    v[i++] = 1;
    v[i++] = (byte) (write >>> 4);
    v[i] = (byte) (write << 4);
    putLe32(v, 0, v.length - 4);
    putLe32(v, 4, groups * 136);
    putLe32(v, 8, CompressedRtf.COMPRESSED);
    putLe32(v, 12, CompressedRtf.crc(v, 16, v.length));
    return v;
  }

  private static void putLe32(byte[] b, int off, int value) {
    for (int k = 0; k < 4; k++) {
      b[off + k] = (byte) (value >>> (8 * k));
    }
  }

  @Test
  void rtfBeyondTheReadersLimitIsNotReportedAsInvalid() {
    byte[] big = rtfBeyondTheReadersLimit();
    assertThatThrownBy(() -> CompressedRtf.decompress(big)).isInstanceOf(RtfLimitExceededException.class);
    // XMS-R034 checks it in full all the same; OUTLOOK-R008 cannot look into it and says nothing
    assertThat(GeneralRules.rtfProblem(Bytes.of(big))).isEmpty();
    Message m = Fixtures.change(Fixtures.outlookMms(), b -> b.set(PidTag.RTF_COMPRESSED, Bytes.of(big)));
    assertThat(Validator.validate(m, Profile.OUTLOOK).findings()).isEmpty();
    // and a fault in such a value is found: one byte fewer in RAWSIZE than the contents give
    byte[] bad = big.clone();
    putLe32(bad, 4, 268_435_575);
    assertThat(GeneralRules.rtfProblem(Bytes.of(bad))).get().asString()
        .startsWith("expected no data beyond RAWSIZE 268435575, was a reference to 17 bytes with 16 left (at byte ");
  }

  /** [MS-OXRTFCP] 4.1.1: "{\\rtf1\\ansi\\ansicpg1252\\pard hello world}" + CRLF compressed, CRC 0xA7C7C5F1. */
  private static final byte[] SPEC_RTF = Bytes.fromHex("2D0000002B0000004C5A4675F1C5C7A703000A007263706731323542320AF320"
      + "68656C090020627705B06C647D0A800FA0").toByteArray();

  @Test
  void rtfCrcMatchesTheSpecExample() {
    // [MS-OXRTFCP] section 4.1.1, compressed "{\rtf1\ansi\ansicpg1252\pard hello world}" + CRLF
    byte[] spec = SPEC_RTF.clone();
    assertThat(org.xms4j.rtf.CompressedRtf.crc(spec, 16, spec.length)).isEqualTo(0xA7C7C5F1);
    assertThat(GeneralRules.rtfProblem(Bytes.of(spec))).isEmpty();
  }
}
