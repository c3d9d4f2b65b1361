package org.xms4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final Text out = () -> outBytes.toString(StandardCharsets.UTF_8);
  private final Text err = () -> errBytes.toString(StandardCharsets.UTF_8);

  private interface Text {
    String get();
  }

  private int run(String... args) {
    return Main.run(args, outBytes, errBytes);
  }

  @Test
  void examplesPrintsBothSampleObjects() {
    assertThat(run("examples")).isZero();
    assertThat(out.get())
        .contains("# [MS-OXOSMMS] 4.1 Sample SMS Object")
        .contains("PidTagBody 0x1000001F PtypString = \"What time is the meeting?\"")
        .contains("PidTagMessageClass 0x001A001F PtypString = \"IPM.Note.Mobile.MMS\"")
        .contains("PidTagAttachContentId 0x3712001F PtypString = \"Att1.jpg@AB1B43B2B0594564.B94EF7ABB12B49BA\"");
    assertThat(err.get()).isEmpty();
  }

  @Test
  void unknownOptionIsAOneLineErrorWithExitCode2() {
    assertThat(run("examples", "--bogus")).isEqualTo(2);
    assertThat(err.get()).startsWith("xms4j: Unknown option: '--bogus'");
    assertThat(out.get()).isEmpty();
  }

  @Test
  void rulesListsTheCatalogueInEachFormat() {
    assertThat(run("rules")).isZero();
    assertThat(out.get()).contains("XMS-R001").contains("MUST").contains("[MS-OXOSMMS] 2.2.1").contains("not applicable:");
    outBytes.reset();
    assertThat(run("rules", "--format", "json")).isZero();
    assertThat(out.get()).startsWith("[").contains("\"id\"").contains("\"XMS-R001\"").contains("\"covers\"");
    outBytes.reset();
    assertThat(run("rules", "--format", "markdown")).isZero();
    assertThat(out.get()).startsWith("# Validation rules");
    assertThat(run("rules", "--format", "xml")).isEqualTo(2);
    assertThat(err.get()).contains("--format");
  }

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    assertThat(run("--help")).isZero();
    assertThat(out.get()).contains("import", "convert", "validate", "dump", "extract", "rules", "examples", "--debug")
        .contains("Exit codes");
  }

  @Test
  void unknownCommandIsAOneLineError() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err.get().lines()).singleElement().asString().startsWith("xms4j: Unmatched argument");
  }
}
