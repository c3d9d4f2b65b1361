package org.xms4j.msg.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.hsmf.MAPIMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xms4j.message.Message;
import org.xms4j.msg.MsgFormatException;
import org.xms4j.msg.MsgReader;
import org.xms4j.msg.MsgWriter;
import org.xms4j.msg.ReadResult;
import org.xms4j.testdata.TestData;

/**
 * Writes the interop corpus {@code target/interop-corpus/} (issue 3; contract in
 * {@code .ci/interop/README.md}): one {@code NAME.msg} and {@code NAME.expected.json} per synthetic
 * case and per real file written back out ({@code real-*.msg}, with {@code "original"}). The
 * independent readers of {@code .ci/interop.sh} then open the folder; Apache POI HSMF, the fourth,
 * opens every file here and must report what the expected file says, and for the real files what
 * it reports for the original.
 */
class InteropCorpusTest {

  static final Path CORPUS = moduleDir().resolve("target").resolve("interop-corpus");

  /** The robustness inputs of PROVENANCE note 7 that are .msg files: not messages to write back. */
  static final List<String> ROBUSTNESS = List.of(
      "apache-poi/test-data/hsmf/clusterfuzz-testcase-minimized-POIHSMFFuzzer-4735011465854976.msg",
      "apache-poi/test-data/poifs/unknown_properties.msg",
      "msg-parser-rs/data/bad_outlook.msg");

  private static final Set<String> REAL_NAMES = new HashSet<>();

  static Path moduleDir() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
  }

  @BeforeAll
  static void clearCorpus() throws IOException {
    if (Files.exists(CORPUS)) {
      try (Stream<Path> s = Files.walk(CORPUS)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(CORPUS);
  }

  static Stream<Arguments> cases() {
    return CorpusCases.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void writesCaseThatOurReaderAndHsmfReadAsExpected(String name, Message message) throws Exception {
    Path file = CORPUS.resolve(name + ".msg");
    Path json = CORPUS.resolve(name + ".expected.json");
    MsgWriter.write(message, file);
    ExpectedJson.write(ExpectedJson.of(message), json);
    ObjectNode expected = ExpectedJson.read(json);

    // the expectations describe the file: our strict reader reads back the same values
    ReadResult back = MsgReader.strict().read(file);
    assertThat(back.issues()).isEmpty();
    assertThat(ExpectedJson.of(back.message())).isEqualTo(expected);
    assertThat(back.namedPropertyMappings()).allSatisfy(m -> assertThat(m.inBucket()).as("%s", m).isTrue());

    assertThat(HsmfCheck.against(HsmfCheck.open(Files.readAllBytes(file)), expected)).as(name).isEmpty();
  }

  /**
   * The messages of the phone backups, imported as the command line does (issue 7): the sample
   * backup of the testdata module and the three real SMS Backup &amp; Restore files (every complete
   * record of the truncated one).
   */
  static Stream<Arguments> backupCases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    addBackup(out, "sample", org.xms4j.testdata.TestData.open("backup/sample-backup.xml"));
    java.util.Optional<Path> real = org.xms4j.testdata.TestData.realRoot();
    if (real.isPresent()) {
      Path dir = real.get().resolve("sms-backup-reader-2");
      addBackup(out, "sms_small", Files.newInputStream(dir.resolve("packages/lib/test-assets/sms_small.xml")));
      addBackup(out, "sms_and_mms", Files.newInputStream(dir.resolve("packages/lib/test-assets/sms_and_mms.xml")));
      addBackup(out, "sample_mms", Files.newInputStream(dir.resolve("tests/e2e/fixtures/sample_mms.xml")));
    }
    return out.stream();
  }

  private static void addBackup(List<Arguments> out, String label, java.io.InputStream in) throws IOException {
    try (org.xms4j.backup.BackupReader r = org.xms4j.backup.BackupReader.open(in)) {
      for (java.util.Optional<org.xms4j.backup.BackupRecord> rec = r.next(); rec.isPresent(); rec = r.next()) {
        out.add(Arguments.of(String.format(java.util.Locale.ROOT, "backup-%s-%03d", label, rec.get().index()),
            rec.get().message().message()));
      }
    } catch (org.xms4j.backup.BackupFormatException e) {
      // sms_and_mms.xml is truncated: its complete records are the cases
      assertThat(label).isEqualTo("sms_and_mms");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("backupCases")
  void writesImportedBackupMessageThatValidatesAndHsmfReads(String name, Message message) throws Exception {
    writesCaseThatOurReaderAndHsmfReadAsExpected(name, message);
    org.xms4j.validation.FileResult r = org.xms4j.msg.check.MsgValidator.validate(CORPUS.resolve(name + ".msg"),
        org.xms4j.validation.Profile.SPEC);
    assertThat(r.conformant()).as("%s: %s", name, r.report().map(x -> x.findings().toString()).orElse("unreadable")).isTrue();
  }

  @Test
  void backupCasesCoverEveryCompleteRecord() throws IOException {
    List<String> names = backupCases().map(a -> (String) a.get()[0]).toList();
    assertThat(names.stream().filter(n -> n.startsWith("backup-sample-"))).hasSize(7);
    if (org.xms4j.testdata.TestData.realRoot().isPresent()) {
      assertThat(names.stream().filter(n -> n.startsWith("backup-sms_small-"))).hasSize(12);
      assertThat(names.stream().filter(n -> n.startsWith("backup-sms_and_mms-"))).hasSize(49);
      assertThat(names.stream().filter(n -> n.startsWith("backup-sample_mms-"))).hasSize(4);
    }
  }

  @Test
  void casesCoverWhatIssue3AsksFor() {
    Map<String, Message> all = CorpusCases.all();
    JsonNode mms = ExpectedJson.of(all.get("mms-hidden-parts"));
    assertThat(mms.get("attachments")).hasSize(5).allSatisfy(a -> assertThat(a.get("hidden").asBoolean()).isTrue());
    assertThat(mms.get("attachments")).extracting(a -> a.get("mimeTag").asText())
        .containsExactly("application/smil", "image/png", "image/jpeg", "text/plain", "audio/amr");

    JsonNode ten = ExpectedJson.of(all.get("ten-recipients"));
    assertThat(ten.get("recipients")).hasSize(10);
    assertThat(ten.get("recipients")).extracting(r -> r.get("type").asInt()).contains(1, 2, 3);
    assertThat(ten.get("recipients")).extracting(r -> r.get("addressType").asText()).contains("MOBILE", "SMTP");

    Message embedded = all.get("embedded-message").attachments().get(0).embeddedMessage().orElseThrow();
    assertThat(embedded.recipients()).hasSize(1);
    assertThat(embedded.attachments()).hasSize(1);

    JsonNode named = ExpectedJson.of(all.get("named-multivalued-headers"));
    List<String> types = new ArrayList<>();
    List<String> names = new ArrayList<>();
    named.get("named").forEach(n -> {
      types.add(n.get("type").asText());
      names.add(n.has("name") ? n.get("name").asText() : n.get("set").asText() + ":" + n.get("lid").asInt());
    });
    assertThat(types).contains("PtypMultipleString", "PtypMultipleInteger32", "PtypMultipleBinary");
    assertThat(names).contains("X-Mailer", "Content-Class", "OMSServiceType", "OMSMobileModel",
        "{00062008-0000-0000-C000-000000000046}:" + 0x8580);

    Message large = all.get("large-attachment");
    assertThat(large.attachments().get(0).data().orElseThrow().size()).isEqualTo(5 * 1024 * 1024);
    assertThat(CorpusCases.largeAttachment()).isEqualTo(large); // deterministic
  }

  static Stream<Path> realFiles() {
    Path root = TestData.realRoot().orElse(null);
    if (root == null) {
      return Stream.empty();
    }
    return TestData.realFiles("msg").stream()
        .filter(p -> !ROBUSTNESS.contains(root.relativize(p).toString().replace('\\', '/')));
  }

  @Test
  void realFilesArePresent() {
    assumeTrue(TestData.realRoot().isPresent(), "shared/testdata-real not found; real files are not in the corpus");
    assertThat(realFiles().count()).isEqualTo(56);
  }

  /** The corpus name of a real file: {@code real-} and its path below testdata-real, sanitised. */
  static String corpusName(Path original) {
    Path root = TestData.realRoot().orElseThrow();
    String rel = root.relativize(original).toString().replace('\\', '/');
    if (rel.toLowerCase(java.util.Locale.ROOT).endsWith(".msg")) {
      rel = rel.substring(0, rel.length() - 4);
    }
    return "real-" + rel.replace('/', '_').replaceAll("[^A-Za-z0-9._-]", "_");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realFiles")
  void writesRealFileBackOutAsHsmfReadsTheOriginal(Path original) throws Exception {
    ReadResult read;
    try {
      read = MsgReader.strict().read(original);
    } catch (MsgFormatException strictFailure) {
      try {
        read = MsgReader.lenient().read(original);
      } catch (MsgFormatException fatal) {
        // realFiles() leaves out the robustness inputs: every other real file must be readable
        throw new AssertionError(original + ": even lenient reading fails: " + fatal.getMessage(), fatal);
      }
    }
    String name = corpusName(original);
    synchronized (REAL_NAMES) {
      assertThat(REAL_NAMES.add(name)).as("corpus name %s is unique", name).isTrue();
    }
    Path file = CORPUS.resolve(name + ".msg");
    Path json = CORPUS.resolve(name + ".expected.json");
    MsgWriter.write(read.message(), file);
    ObjectNode expected = ExpectedJson.of(MsgWriter.normalize(read.message()));
    expected.put("original", original.toAbsolutePath().toString());
    ExpectedJson.write(expected, json);

    ReadResult back = MsgReader.strict().read(file);
    assertThat(back.issues()).isEmpty();
    ObjectNode ours = ExpectedJson.of(back.message());
    ours.put("original", original.toAbsolutePath().toString());
    assertThat(ours).isEqualTo(ExpectedJson.read(json));

    byte[] written = Files.readAllBytes(file);
    MAPIMessage hsmfOriginal = HsmfCheck.open(Files.readAllBytes(original));
    MAPIMessage hsmfOurs = HsmfCheck.open(written);
    assertThat(HsmfCheck.sameAs(hsmfOriginal, hsmfOurs)).as("HSMF: %s rewritten vs original", name).isEmpty();
    assertThat(HsmfCheck.against(HsmfCheck.open(written), ExpectedJson.read(json))).as("HSMF: %s", name).isEmpty();
  }
}
