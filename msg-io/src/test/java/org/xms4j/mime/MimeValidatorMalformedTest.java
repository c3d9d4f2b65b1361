package org.xms4j.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.xms4j.validation.FileResult;
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
    // ... and the MIME rules run on what was read: the MMS Subject lacks the reminder (a SHOULD)
    ValidationReport r = MimeValidator.validate(cut, Profile.SPEC);
    assertThat(r.findings()).extracting(f -> f.ruleId().value()).containsExactly("XMS-R205");
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
