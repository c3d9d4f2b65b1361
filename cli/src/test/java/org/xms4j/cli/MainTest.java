package org.xms4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void examplesPrintsBothSampleObjects() {
    assertThat(run("examples")).isZero();
    assertThat(out.toString())
        .contains("# [MS-OXOSMMS] 4.1 Sample SMS Object")
        .contains("PidTagBody 0x1000001F PtypString = \"What time is the meeting?\"")
        .contains("PidTagMessageClass 0x001A001F PtypString = \"IPM.Note.Mobile.MMS\"")
        .contains("PidTagAttachContentId 0x3712001F PtypString = \"Att1.jpg@AB1B43B2B0594564.B94EF7ABB12B49BA\"");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void unknownOptionIsAOneLineErrorWithExitCode2() {
    assertThat(run("examples", "--bogus")).isEqualTo(2);
    assertThat(err.toString()).startsWith("xms4j: Unknown option: '--bogus'");
    assertThat(out.toString()).isEmpty();
  }
}
