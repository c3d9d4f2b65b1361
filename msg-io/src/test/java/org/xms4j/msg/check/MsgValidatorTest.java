package org.xms4j.msg.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xms4j.msg.MsgWriter;
import org.xms4j.validation.FileResult;
import org.xms4j.validation.Level;
import org.xms4j.validation.Profile;
import org.xms4j.validation.RuleId;
import org.xms4j.validation.ValidationReport;

/** The entry point: whole files, written ones and broken ones. */
class MsgValidatorTest {

  @Test
  void writtenFilesHaveNoMustFindings(@TempDir Path dir) throws Exception {
    List<byte[]> files = List.of(Fixtures.sms(), Fixtures.mms(), Fixtures.plain(), Fixtures.multiValued(),
        Fixtures.embedded(), Fixtures.customStorage());
    int i = 0;
    for (byte[] bytes : files) {
      Path f = dir.resolve("written" + i++ + ".msg");
      Files.write(f, bytes);
      for (Profile p : Profile.values()) {
        FileResult r = MsgValidator.validate(f, p);
        assertThat(r.readable()).as(f.toString()).isTrue();
        ValidationReport report = r.report().orElseThrow();
        assertThat(report.findings(Level.MUST)).as(report.toString()).isEmpty();
        assertThat(report.checkedRules()).contains(RuleId.of("XMS-R101"), RuleId.of("XMS-R120"));
        assertThat(report.checkedRules().contains(RuleId.of("OUTLOOK-R001"))).isEqualTo(p == Profile.OUTLOOK);
      }
    }
  }

  @Test
  void protocolExamplesConformAsFiles() {
    assertThat(MsgValidator.validate(Fixtures.sms(), "sms.msg", Profile.SPEC).conformant()).isTrue();
    assertThat(MsgValidator.validate(Fixtures.mms(), "mms.msg", Profile.SPEC).conformant()).isTrue();
  }

  @Test
  void combinesMessageAndFileFindingsInOneReport() {
    byte[] f = Fixtures.edit(Fixtures.sms(), root -> Fixtures.delete(root, "__substg1.0_001A001F"));
    ValidationReport r = MsgValidator.validate(f, "x.msg", Profile.SPEC).report().orElseThrow();
    // the file rule sees the missing value stream, the Message-object rules the missing message class
    assertThat(r.findings()).extracting(x -> x.ruleId().toString()).contains("XMS-R109");
    assertThat(r.findings()).anySatisfy(x -> assertThat(x.ruleId().toString()).isNotIn("XMS-R109"));
    assertThat(r.conforms()).isFalse();
  }

  @Test
  void notACompoundFileIsUnreadable(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("text.msg");
    Files.writeString(f, "hello, not a compound file");
    FileResult r = MsgValidator.validate(f, Profile.SPEC);
    assertThat(r.readable()).isFalse();
    assertThat(r.error().orElseThrow()).contains("not a compound file");
    assertThat(MsgValidator.validate(dir.resolve("missing.msg"), Profile.SPEC).readable()).isFalse();
  }

  @Test
  void truncatedOrScrambledFilesNeverThrow() {
    byte[] good = Fixtures.mms();
    for (int cut : new int[] {512, 1024, 2048, good.length / 2, good.length - 512}) {
      FileResult r = MsgValidator.validate(Arrays.copyOf(good, cut), "cut" + cut, Profile.OUTLOOK);
      assertThat(r.file()).isEqualTo("cut" + cut);
      // a cut file is never taken as conformant: it is unreadable or has MUST findings
      assertThat(r.conformant()).as("cut at %d", cut).isFalse();
      assertThat(r.readable()).isNotEqualTo(r.error().isPresent());
    }
    java.util.Random rnd = new java.util.Random(42);
    for (int n = 0; n < 40; n++) {
      byte[] b = good.clone();
      for (int k = 0; k < 20; k++) {
        b[512 + rnd.nextInt(b.length - 512)] = (byte) rnd.nextInt(256);
      }
      FileResult r = MsgValidator.validate(b, "scrambled" + n, Profile.OUTLOOK);
      // readable with a report, or unreadable with the reason: never both, never neither
      assertThat(r.readable()).isNotEqualTo(r.error().isPresent());
      assertThat(r.report().isPresent()).isEqualTo(r.readable());
    }
  }

  @Test
  void structureViewShowsObjectsAndHeaders() throws Exception {
    MsgStructure s = MsgStructure.read(MsgWriter.toBytes(Fixtures.embeddedMessage()));
    assertThat(s.objects()).extracting(o -> o.kind() + " " + o.messagePath()).containsExactly(
        "MESSAGE /", "ATTACHMENT /attachments[0]", "EMBEDDED_MESSAGE /attachments[0]/embedded");
    MsgStructure.PropertyStream top = s.objects().get(0).propertyStream().orElseThrow();
    assertThat(top.headerSizeInBytes()).isEqualTo(32);
    assertThat(top.counts().orElseThrow().attachmentCount()).isEqualTo(1);
    assertThat(s.objects().get(2).propertyStream().orElseThrow().headerSizeInBytes()).isEqualTo(24);
    assertThat(s.objects().get(1).entry(0x3701000D).orElseThrow().sizeField()).isEqualTo(0xFFFFFFFFL);
    assertThat(s.nameId()).isPresent();
    assertThat(s.nodes().get(0).path()).isEqualTo("/");
    assertThat(s.problems()).isEmpty();
  }
}
