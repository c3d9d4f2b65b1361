package org.xms4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.time.Instant;
import org.xms4j.message.MobileAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xms4j.message.ProtocolExamples;
import org.xms4j.testdata.TestData;

class DumpCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SMIL = "<smil><head><layout><root-layout width=\"320\" height=\"480\"/>"
      + "<region id=\"Image\" left=\"0\" top=\"0\" width=\"100%\" height=\"80%\" fit=\"meet\"/>"
      + "<region id=\"Text\" left=\"0\" top=\"80%\" width=\"100%\" height=\"20%\"/></layout></head>"
      + "<body><par dur=\"5000ms\"><img src=\"photo.jpg\" region=\"Image\"/><text src=\"text.txt\" region=\"Text\"/></par>"
      + "<par dur=\"2s\"><audio src=\"sound.amr\"/></par></body></smil>";

  @TempDir
  Path tmp;

  private static JsonNode property(JsonNode props, String canonicalName) {
    for (JsonNode p : props) {
      if (canonicalName.equals(p.get("canonicalName").asText(null))) {
        return p;
      }
    }
    throw new AssertionError("no property " + canonicalName + " in " + props);
  }

  @Test
  void textDumpOfTheSmsExampleListsEveryProperty() throws IOException {
    Cli.Result r = Cli.run("dump", Messages.sms(tmp).toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("PidTagMessageClass 0x001A001F PtypString = \"IPM.Note.Mobile.SMS\"")
        .contains("PidTagBody 0x1000001F PtypString = \"What time is the meeting?\"")
        .contains("PidTagIconIndex 0x10800003 PtypInteger32 = 0xFFFFFFFF (-1)")
        .contains("PidNameOMSServiceType PS_PUBLIC_STRINGS:\"OMSServiceType\" PtypInteger32 = 0x00000001 (1)");
    Cli.Result mms = Cli.run("dump", Messages.mms(tmp).toString());
    assertThat(mms.out()).contains("attachments[2]").contains("PidTagAttachmentHidden 0x7FFE000B PtypBoolean = true")
        .contains("PidTagAttachContentId 0x3712001F PtypString = \"" + ProtocolExamples.IMAGE_CONTENT_ID + "\"");
  }

  @Test
  void textDumpShowsTheExtraEntriesOfARecipientUnderThatRecipient() throws IOException {
    org.xms4j.message.Recipient r = org.xms4j.message.Recipient.mobile(org.xms4j.message.RecipientType.TO,
        MobileAddress.ofNumber("+14255550123")).withExtraEntries(List.of(
            new org.xms4j.message.CompoundEntry.Stream("Unknown", org.xms4j.mapi.Bytes.of((byte) 0x5A))));
    Path file = Messages.write(ProtocolExamples.sms().message().toBuilder().addRecipient(r).build(),
        tmp.resolve("extras.msg"));
    Cli.Result d = Cli.run("dump", file.toString());
    assertThat(d.code()).isZero();
    String out = d.out().replace("\r\n", "\n");
    int recip = out.indexOf("recipients[0]\n");
    assertThat(recip).isPositive();
    assertThat(out.indexOf("  extra\n    stream \"Unknown\" [1 bytes] 5A\n", recip)).isGreaterThan(recip);
    assertThat(out.substring(0, recip)).doesNotContain("\nextra\n");
  }

  @Test
  void jsonDumpGivesTheHtmlEncapsulatedInRtfAsBodyHtml() throws IOException {
    String html = "<html><body><b>bold</b> \u00e9</body></html>";
    org.xms4j.mapi.Bytes rtf = org.xms4j.mapi.Bytes.of(org.xms4j.rtf.CompressedRtf.compress(
        org.xms4j.rtf.EncapsulatedHtml.encapsulate(html).getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    org.xms4j.message.Message m = org.xms4j.message.Message.builder()
        .set(org.xms4j.mapi.known.PidTag.MESSAGE_CLASS, "IPM.Note")
        .set(org.xms4j.mapi.known.PidTag.RTF_COMPRESSED, rtf).build();
    Path file = Messages.write(m, tmp.resolve("rtf-html.msg"));
    Cli.Result d = Cli.run("dump", "--json", file.toString());
    assertThat(d.code()).isZero();
    assertThat(JSON.readTree(d.outBytes()).get("bodyHtml").asText()).isEqualTo(html);
  }

  @Test
  void jsonDumpShowsExtraEntriesAndStorageClassIdsOnTheirOwners() throws IOException {
    java.util.UUID clsid = java.util.UUID.fromString("00020d0b-0000-0000-c000-000000000046");
    org.xms4j.message.Recipient r = org.xms4j.message.Recipient.mobile(org.xms4j.message.RecipientType.TO,
        MobileAddress.ofNumber("+14255550123")).withStorageClassId(clsid).withExtraEntries(List.of(
            new org.xms4j.message.CompoundEntry.Storage("Box", java.util.UUID.fromString(
                "11111111-2222-3333-4444-555555555555"), List.of(new org.xms4j.message.CompoundEntry.Stream("Inner",
                    org.xms4j.mapi.Bytes.of((byte) 1, (byte) 2, (byte) 3))))));
    org.xms4j.message.Attachment a = org.xms4j.message.Attachment.byValue("a.txt", "text/plain",
        org.xms4j.mapi.Bytes.of((byte) 'a')).withExtraEntries(List.of(
            new org.xms4j.message.CompoundEntry.Stream("Kept", org.xms4j.mapi.Bytes.of((byte) 1, (byte) 2, (byte) 3))));
    Path file = Messages.write(ProtocolExamples.sms().message().toBuilder().addRecipient(r).addAttachment(a).build(),
        tmp.resolve("extras-json.msg"));
    Cli.Result d = Cli.run("dump", "--json", file.toString());
    assertThat(d.code()).isZero();
    JsonNode m = JSON.readTree(d.outBytes());
    assertThat(m.get("extraEntries")).isEmpty();
    JsonNode recipient = m.get("recipients").get(0);
    assertThat(recipient.get("storageClassId").asText()).isEqualTo("00020D0B-0000-0000-C000-000000000046");
    JsonNode box = recipient.get("extraEntries").get(0);
    assertThat(box.get("name").asText()).isEqualTo("Box");
    assertThat(box.get("kind").asText()).isEqualTo("storage");
    assertThat(box.get("classId").asText()).isEqualTo("11111111-2222-3333-4444-555555555555");
    JsonNode inner = box.get("children").get(0);
    assertThat(inner.get("kind").asText()).isEqualTo("stream");
    assertThat(inner.get("size").asInt()).isEqualTo(3);
    assertThat(inner.get("sha256").asText())
        .isEqualTo("039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81");
    JsonNode att = m.get("attachments").get(0);
    assertThat(att.get("storageClassId").isNull()).isTrue();
    assertThat(att.get("customStorage").isNull()).isTrue();
    assertThat(att.get("extraEntries").get(0).get("name").asText()).isEqualTo("Kept");
    assertThat(att.get("extraEntries").get(0).get("size").asInt()).isEqualTo(3);
  }

  @Test
  void jsonDumpOfTheMmsExampleHasTheDocumentedShape() throws IOException {
    Path file = Messages.write(ProtocolExamples.mms().toBuilder().to(MobileAddress.of("Ann Lee", "+14255550123"))
        .submitTime(Instant.parse("2024-05-01T10:15:30.1234567Z")).build().message(), tmp.resolve("mms.msg"));
    Cli.Result r = Cli.run("dump", "--json", file.toString());
    assertThat(r.code()).isZero();
    JsonNode m = JSON.readTree(r.outBytes());
    assertThat(m.get("messageClass").asText()).isEqualTo("IPM.Note.Mobile.MMS");
    assertThat(m.get("subject").asText()).isEqualTo(ProtocolExamples.MMS_SUBJECT);
    assertThat(m.get("bodyHtml").asText()).contains("cid:");
    JsonNode props = m.get("properties");
    JsonNode cls = property(props, "PidTagMessageClass");
    assertThat(cls.get("tag").asText()).isEqualTo("0x001A001F");
    assertThat(cls.get("named").isNull()).isTrue();
    assertThat(cls.get("type").asText()).isEqualTo("PtypString");
    JsonNode icon = property(props, "PidTagIconIndex");
    assertThat(icon.get("value").isInt()).isTrue();
    assertThat(icon.get("value").asInt()).isEqualTo(-1);
    assertThat(property(props, "PidTagClientSubmitTime").get("value").asText()).isEqualTo("2024-05-01T10:15:30.123456700Z");
    JsonNode service = property(props, "PidNameOMSServiceType");
    assertThat(service.get("tag").isNull()).isTrue();
    assertThat(service.get("named").get("set").asText()).isEqualTo("PS_PUBLIC_STRINGS");
    assertThat(service.get("named").get("name").asText()).isEqualTo("OMSServiceType");
    List<String> types = new ArrayList<>();
    props.forEach(p -> types.add(p.get("type").asText()));
    assertThat(types).contains("PtypBoolean", "PtypTime", "PtypInteger32", "PtypString");
    JsonNode recipient = m.get("recipients").get(0);
    assertThat(recipient.get("addressType").asText()).isEqualTo("MOBILE");
    assertThat(recipient.get("type").asText()).isEqualTo("TO");
    assertThat(recipient.get("displayName").asText()).isEqualTo("Ann Lee");
    assertThat(recipient.get("emailAddress").asText()).isEqualTo("+14255550123");
    JsonNode atts = m.get("attachments");
    assertThat(atts).hasSize(3);
    for (JsonNode a : atts) {
      assertThat(a.get("method").asText()).isEqualTo("afByValue");
      assertThat(a.get("hidden").asBoolean()).isTrue();
      assertThat(a.get("embedded").isNull()).isTrue();
      assertThat(a.get("sha256").asText()).hasSize(64);
    }
    assertThat(atts.findValuesAsText("contentId")).contains(ProtocolExamples.IMAGE_CONTENT_ID);
    JsonNode photo = atts.get(atts.findValuesAsText("contentId").indexOf(ProtocolExamples.IMAGE_CONTENT_ID));
    assertThat(photo.get("size").asInt()).isEqualTo(ProtocolExamples.photo().size());
    assertThat(photo.get("sha256").asText()).isEqualTo(ProtocolExamples.photo().sha256Hex());
    assertThat(property(photo.get("properties"), "PidTagAttachDataBinary").get("value").asText())
        .isEqualTo(ProtocolExamples.photo().hex());
  }

  @Test
  void embeddedMessagesAreDumpedInBothForms() throws IOException {
    Path file = Messages.write(Messages.withEmbedded(), tmp.resolve("outer.msg"));
    Cli.Result text = Cli.run("dump", file.toString());
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("attachments[0]").contains("  embedded").contains("What time is the meeting?");
    Cli.Result json = Cli.run("dump", "--json", file.toString());
    JsonNode embedded = JSON.readTree(json.outBytes()).get("attachments").get(0).get("embedded");
    assertThat(embedded.get("messageClass").asText()).isEqualTo("IPM.Note.Mobile.SMS");
    assertThat(embedded.get("bodyText").asText()).isEqualTo(ProtocolExamples.SMS_TEXT);
    assertThat(JSON.readTree(json.outBytes()).get("attachments").get(0).get("method").asText()).isEqualTo("afEmbeddedMessage");
  }

  @Test
  void realMsgFileIsDumped() throws IOException {
    Optional<Path> root = TestData.realRoot();
    assumeTrue(root.isPresent(), "shared/testdata-real is absent: skipping the dump of a real .msg");
    Path file = root.get().resolve("apache-poi/test-data/hsmf/attachment_test_msg.msg");
    org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(file), "real file " + file + " is missing");
    Cli.Result text = Cli.run("dump", file.toString());
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("PidTagSubject").contains("test pièce jointe 1").contains("attachments[1]");
    Cli.Result json = Cli.run("dump", "--json", file.toString());
    assertThat(json.code()).isZero();
    JsonNode m = JSON.readTree(json.outBytes());
    assertThat(m.get("subject").asText()).isEqualTo("test pièce jointe 1");
    assertThat(m.get("bodyText").asText()).startsWith("contenu");
    assertThat(m.get("recipients").findValuesAsText("emailAddress")).contains("nicolas1.23456@free.fr");
    JsonNode atts = m.get("attachments");
    assertThat(atts.findValuesAsText("longFilename")).containsExactly("test-unicode.doc", "pj1.txt");
    assertThat(atts.get(0).get("size").asInt()).isEqualTo(24064);
    assertThat(atts.get(1).get("size").asInt()).isEqualTo(89);
  }

  @Test
  void smilFileIsDumpedAsItsModel() throws IOException {
    Path file = Files.writeString(tmp.resolve("mms.smil"), SMIL);
    Cli.Result text = Cli.run("dump", file.toString());
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("regions (2)").contains("Image left=0 top=0 width=100% height=80% fit=meet")
        .contains("slide 1: 5000 ms").contains("img src=\"photo.jpg\" region=Image").contains("slide 2: 2000 ms")
        .contains("audio src=\"sound.amr\" region=-");
    Cli.Result json = Cli.run("dump", "--json", file.toString());
    assertThat(json.code()).isZero();
    JsonNode p = JSON.readTree(json.outBytes());
    assertThat(p.get("regions").findValuesAsText("id")).containsExactly("Image", "Text");
    JsonNode slides = p.get("slides");
    assertThat(slides).hasSize(2);
    assertThat(slides.get(0).get("durationMs").asLong()).isEqualTo(5000);
    assertThat(slides.get(0).get("items").findValuesAsText("kind")).containsExactly("img", "text");
    assertThat(slides.get(0).get("items").findValuesAsText("src")).containsExactly("photo.jpg", "text.txt");
    assertThat(slides.get(0).get("items").get(0).get("region").asText()).isEqualTo("Image");
    assertThat(slides.get(1).get("items").get(0).get("kind").asText()).isEqualTo("audio");
  }

  @Test
  void realSmilFilesAreDumped() throws IOException {
    Optional<Path> root = TestData.realRoot();
    assumeTrue(root.isPresent(), "shared/testdata-real is absent: skipping the dump of real SMIL");
    List<Path> smil = new ArrayList<>();
    for (String dir : List.of("mms-engine/extracted-smil", "mmsd-ofono/extracted-smil", "python-messaging/extracted-smil")) {
      Path d = root.get().resolve(dir);
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          s.filter(f -> f.toString().endsWith(".smil")).sorted().forEach(smil::add);
        }
      }
    }
    assertThat(smil).as("the extracted SMIL files of shared/testdata-real").hasSize(14);
    for (Path f : smil) {
      Cli.Result r = Cli.run("dump", "--json", f.toString());
      assertThat(r.code()).as(f + ": " + r.err()).isZero();
      assertThat(JSON.readTree(r.outBytes()).get("slides").isArray()).as(f.toString()).isTrue();
    }
  }

  @Test
  void badSmilIsUnreadableWithItsPosition() throws IOException {
    Path file = Files.writeString(tmp.resolve("broken.smil"), "<smil>\n<body><par>\n");
    Cli.Result r = Cli.run("dump", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith("xms4j: " + file + ":");
  }

  @Test
  void missingFileIsOneLineWithExitTwo() {
    Path missing = tmp.resolve("missing.msg");
    Cli.Result r = Cli.run("dump", missing.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("xms4j: " + missing + ": no such file or folder" + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void garbageFileIsOneLineWithExitTwoAndStackTraceOnlyWithDebug() throws IOException {
    Path junk = Files.writeString(tmp.resolve("junk.msg"), "not a compound file at all");
    Cli.Result r = Cli.run("dump", junk.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith("xms4j: " + junk + ": ");
    Cli.Result debug = Cli.run("--debug", "dump", junk.toString());
    assertThat(debug.code()).isEqualTo(2);
    assertThat(debug.errLines().get(0)).isEqualTo(r.errLines().get(0));
    assertThat(debug.err()).contains("\tat ");
    Cli.Result debugAfter = Cli.run("dump", "--debug", junk.toString());
    assertThat(debugAfter.err()).contains("\tat ");
  }
}
