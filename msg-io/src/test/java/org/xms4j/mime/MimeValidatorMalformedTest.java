package org.xms4j.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.xms4j.mapi.Bytes;
import org.xms4j.message.MmsMessage;
import org.xms4j.message.MobileMessage;
import org.xms4j.validation.FileResult;
import org.xms4j.validation.Level;
import org.xms4j.validation.Profile;
import org.xms4j.validation.ValidationReport;

/** Bad input to the MIME validator: a typed exception or an unreadable result, never a hang. */
@Timeout(20)
class MimeValidatorMalformedTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void inputWithoutAHeaderFieldIsAMimeConversionException() {
    assertThatThrownBy(() -> MimeValidator.validate(new byte[0], Profile.SPEC)).isInstanceOf(MimeConversionException.class);
    assertThatThrownBy(() -> MimeValidator.validate(utf8("\u0000\u0001\u0002 binary garbage"), Profile.SPEC))
        .isInstanceOf(MimeConversionException.class);
  }

  @Test
  void aTruncatedMultipartIsReportedNotThrown() throws Exception {
    byte[] cut = utf8("Content-class: MS-OMS-MMS\r\nContent-Type: multipart/related; boundary=\"b\"; type=\"application/smil\"\r\n"
        + "\r\n--b\r\nContent-Type: application/smil; name=\"mmspresent.smil\"\r\n\r\n<smil><body><par><img src=\"a.gif\"/>");
    // the reader records the repair of the missing closing delimiter ...
    assertThat(MimeConverter.create().toMessage(cut).report().items()).singleElement()
        .satisfies(i -> assertThat(i.action()).isEqualTo(ConversionReport.Action.REPAIRED))
        .satisfies(i -> assertThat(i.what()).contains("without its closing delimiter"));
    // ... the validator reports the same repair (XMS-R228), and the MIME rules run on what was read:
    // the MMS Subject lacks the reminder (a SHOULD)
    ValidationReport r = MimeValidator.validate(cut, Profile.SPEC);
    assertThat(r.findings()).extracting(f -> f.ruleId().value()).containsExactly("XMS-R205", "XMS-R228");
    assertThat(r.findings(Level.MUST)).singleElement().satisfies(f -> {
      assertThat(f.path()).hasToString("/part 1");
      assertThat(f.message()).isEqualTo("expected a closing delimiter line \"--b--\" (RFC 2046 section 5.1.1), was"
          + " none; the content ends inside part 1");
    });
  }

  /** The leaves the validator sees, as type and decoded content, in order. */
  private static List<String> validatorLeaves(byte[] mime) throws Exception {
    return MimeCheck.of(mime, MimeCheck.Direction.NONE, null).leaves().stream()
        .map(p -> p.mimeType + " " + Bytes.of(p.decoded()).sha256Hex()).toList();
  }

  /** The parts the converter reads into the MMS object, as type and content, in order. */
  private static List<String> converterParts(byte[] mime) throws Exception {
    MmsMessage mms = (MmsMessage) MobileMessage.from(MimeConverter.create().toMessage(mime).value()).orElseThrow();
    return mms.parts().stream().map(a -> a.mimeTag().orElseThrow() + " " + a.data().orElseThrow().sha256Hex())
        .toList();
  }

  /** A small MMS mail whose delimiter lines are {@code delimiter} and whose last one is {@code close}. */
  private static byte[] mmsMail(String delimiter, String close) {
    return utf8("Content-class: MS-OMS-MMS\r\nSubject: photo (open the message to view content)\r\n"
        + "Content-Type: multipart/related; type=\"application/smil\"; boundary=\"=_b\"\r\n\r\n"
        + delimiter + "\r\nContent-Type: application/smil; name=\"mmspresent.smil\"\r\n\r\n"
        + "<smil><body><par><img src=\"a.gif\"/><text src=\"t.txt\"/></par></body></smil>\r\n"
        + delimiter + "\r\nContent-Type: image/gif\r\nContent-Location: a.gif\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\nR0lGODlhAQABAAAAACw=\r\n"
        + delimiter + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Location: t.txt\r\n\r\nhello\r\n"
        + close + "\r\n");
  }

  @Test
  void bareBoundaryDelimitersAreSplitAlikeByTheValidatorAndTheConverter() throws Exception {
    // delimiter lines without the leading "--": the converter repairs them; the validator used to split
    // nothing and judge the whole multipart as one part
    byte[] bare = mmsMail("=_b", "=_b");
    assertThat(validatorLeaves(bare)).hasSize(3).containsExactlyElementsOf(converterParts(bare));
    byte[] printed = Fixtures.resource("oms-mms-example-as-printed.eml");
    assertThat(validatorLeaves(printed)).hasSize(4).containsExactlyElementsOf(converterParts(printed));
    // the repair the converter reports is a MUST finding of the validator, at the multipart
    assertThat(MimeConverter.create().toMessage(bare).report().itemsAt("message")).singleElement()
        .satisfies(i -> assertThat(i.what()).contains("without the leading \"--\""));
    ValidationReport r = MimeValidator.validate(bare, Profile.SPEC);
    assertThat(r.findings()).filteredOn(f -> f.ruleId().value().equals("XMS-R228")).singleElement()
        .satisfies(f -> {
          assertThat(f.level()).isEqualTo(Level.MUST);
          assertThat(f.path()).hasToString("/part 1");
          assertThat(f.message()).isEqualTo("expected delimiter lines \"--=_b\" (RFC 2046 section 5.1.1), was lines"
              + " holding the bare boundary \"=_b\"");
        });
    assertThat(MimeValidator.validate(printed, Profile.SPEC).findings())
        .anySatisfy(f -> assertThat(f.ruleId().value()).isEqualTo("XMS-R228"));
    // with the delimiters written as RFC 2046 requires: the same parts, and no XMS-R228 finding
    byte[] good = mmsMail("--=_b", "--=_b--");
    assertThat(validatorLeaves(good)).containsExactlyElementsOf(validatorLeaves(bare));
    assertThat(MimeValidator.validate(good, Profile.SPEC).findings())
        .noneSatisfy(f -> assertThat(f.ruleId().value()).isEqualTo("XMS-R228"));
  }

  @Test
  void anUnreadableOrGarbageFileIsAnUnreadableResult(@TempDir Path dir) throws Exception {
    FileResult missing = MimeValidator.validate(dir.resolve("missing.eml"), Profile.SPEC);
    assertThat(missing.readable()).isFalse();
    assertThat(missing.error().orElseThrow()).contains("cannot read the file");
    Path garbage = Files.write(dir.resolve("garbage.eml"), new byte[] {0, 0, 0, 0});
    FileResult g = MimeValidator.validate(garbage, Profile.SPEC);
    assertThat(g.readable()).isFalse();
    assertThat(g.error()).isPresent();
  }
}
