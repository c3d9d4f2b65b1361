package org.xms4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ValidateCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  private Path good() throws IOException {
    return Messages.sms(tmp);
  }

  private Path bad() throws IOException {
    return Messages.write(Messages.nonConformant(), tmp.resolve("bad.msg"));
  }

  private Path garbage() throws IOException {
    return Files.writeString(tmp.resolve("garbage.msg"), "this is not a compound file");
  }

  @Test
  void conformantProtocolExampleExitsZero() throws IOException {
    Path sms = good();
    Path mms = Messages.mms(tmp);
    Cli.Result r = Cli.run("validate", sms.toString(), mms.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("2 files, 2 conformant, 0 not conformant, 0 unreadable");
  }

  @Test
  void mustFindingExitsOne() throws IOException {
    Cli.Result r = Cli.run("validate", good().toString(), bad().toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("1 conformant, 1 not conformant").contains("PidTagIconIndex");
  }

  @Test
  void unreadableFileExitsTwoAndIsStillReported() throws IOException {
    Path junk = garbage();
    Cli.Result r = Cli.run("validate", bad().toString(), junk.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith("xms4j: " + junk + ": ");
    assertThat(r.err()).doesNotContain("\tat ");
    assertThat(r.out()).contains("1 unreadable").contains("1 not conformant");
  }

  @Test
  void anEmlFileGetsTheMimeRulesAndTheMessageRules() throws IOException {
    // an SMS whose multipart has delimiter lines without "--" (XMS-R228, a rule over the MIME file)
    // and a subject that is no abbreviation of the body (XMS-R013, a rule over the Message object)
    Path eml = Files.writeString(tmp.resolve("sms.eml"), String.join("\r\n",
        "From: +14255550100@tmomail.net", "To: +14255550123@tmomail.net", "Subject: something else",
        "Content-Class: MS-OMS-SMS", "Content-Type: multipart/mixed; boundary=\"XX\"", "",
        "XX", "Content-Type: text/plain; charset=utf-8", "", "hello there",
        "XX", "Content-Type: text/plain", "", "more", "XX", ""));
    Cli.Result r = Cli.run("validate", "--format", "json", eml.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isEqualTo(1);
    JsonNode findings = JSON.readTree(r.outBytes()).get("files").get(0).get("findings");
    assertThat(findings.findValuesAsText("rule")).contains("XMS-R228", "XMS-R013");
    assertThat(findings.findValuesAsText("message")).anyMatch(m -> m.contains("bare boundary \"XX\""));
  }

  @Test
  void missingPathExitsTwo() {
    Path missing = tmp.resolve("nope.msg");
    Cli.Result r = Cli.run("validate", missing.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("xms4j: " + missing + ": no such file or folder" + System.lineSeparator());
  }

  @Test
  void foldersAreSearchedForMsgFilesInPathOrder() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("folder/sub"));
    Messages.write(Messages.nonConformant(), dir.resolve("b.msg"));
    Messages.sms(dir.getParent());
    Files.writeString(dir.resolve("notes.txt"), "ignored");
    Cli.Result r = Cli.run("validate", "--format", "json", tmp.resolve("folder").toString());
    assertThat(r.code()).isEqualTo(1);
    JsonNode files = JSON.readTree(r.outBytes()).get("files");
    assertThat(files).hasSize(2);
    assertThat(files.get(0).get("file").asText()).endsWith("sms.msg");
    assertThat(files.get(0).get("conformant").asBoolean()).isTrue();
    assertThat(files.get(1).get("file").asText()).endsWith("b.msg");
    assertThat(files.get(1).get("conformant").asBoolean()).isFalse();
  }

  @Test
  void jsonReportParses() throws IOException {
    Cli.Result r = Cli.run("validate", "--format", "json", good().toString(), bad().toString(), garbage().toString());
    assertThat(r.code()).isEqualTo(2);
    JsonNode files = JSON.readTree(r.outBytes()).get("files");
    assertThat(files).hasSize(3);
    assertThat(files.get(0).get("conformant").asBoolean()).isTrue();
    JsonNode findings = files.get(1).get("findings");
    assertThat(findings).isNotEmpty();
    assertThat(findings.findValuesAsText("level")).contains("MUST");
    assertThat(files.get(2).get("readable").asBoolean()).isFalse();
    assertThat(files.get(2).get("error").asText()).isNotBlank();
  }

  @Test
  void sarifReportParses() throws IOException {
    Cli.Result r = Cli.run("validate", "--format", "sarif", "--profile", "outlook", good().toString(), bad().toString());
    assertThat(r.code()).isEqualTo(1);
    JsonNode sarif = JSON.readTree(r.outBytes());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.get("runs").get(0);
    assertThat(run.get("tool").get("driver").get("rules")).isNotEmpty();
    assertThat(run.get("results")).isNotEmpty();
    List<String> errorUris = new ArrayList<>();
    for (JsonNode result : run.get("results")) {
      if (result.get("level").asText().equals("error")) {
        errorUris.addAll(result.findValuesAsText("uri"));
      }
    }
    assertThat(errorUris).isNotEmpty().allMatch(u -> u.endsWith("bad.msg"));
  }

  @Test
  void junitReportParses() throws Exception {
    Cli.Result r = Cli.run("validate", "--format", "junit", good().toString(), bad().toString());
    assertThat(r.code()).isEqualTo(1);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(r.outBytes()));
    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    assertThat(((Element) suites.item(0)).getElementsByTagName("failure").getLength()).isZero();
    assertThat(((Element) suites.item(1)).getElementsByTagName("failure").getLength()).isPositive();
  }

  @Test
  void unknownFormatOrProfileIsABadArgument() throws IOException {
    Cli.Result r = Cli.run("validate", "--format", "xml", good().toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().contains("--format").contains("xml");
    Cli.Result p = Cli.run("validate", "--profile", "exchange", good().toString());
    assertThat(p.code()).isEqualTo(2);
    assertThat(p.errLines()).singleElement().asString().contains("--profile");
  }

  @Test
  void noPathIsABadArgument() {
    Cli.Result r = Cli.run("validate");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith("xms4j: Missing required parameter");
  }
}
