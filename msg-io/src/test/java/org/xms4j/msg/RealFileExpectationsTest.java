package org.xms4j.msg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertySet;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.CompoundEntry;
import org.xms4j.message.Message;
import org.xms4j.message.Recipient;

/** Expected values of shared/testdata-real/PROVENANCE.md (UP = asserted upstream, OBS = observed). */
class RealFileExpectationsTest {

  private static final String POI = "apache-poi/test-data/hsmf/";

  private static Message strict(String rel) throws Exception {
    return MsgReader.strict().read(RealFiles.file(rel)).message();
  }

  private static PropertyValue raw(Message m, int id, PropertyType t) {
    return m.properties().get(PropertyKey.tagged(id, t)).orElseThrow();
  }

  @Test
  void simpleTestMsg() throws Exception {
    Message m = strict(POI + "simple_test_msg.msg");
    assertThat(m.messageClass()).contains("IPM.Note");
    assertThat(m.subject()).contains("test message");
    assertThat(m.find(PidTag.BODY)).contains("This is a test message.");
    assertThat(m.recipients()).hasSize(1);
    Recipient r = m.recipients().get(0);
    assertThat(r.addressType()).contains("SMTP");
    assertThat(r.emailAddress()).contains("travis@overwrittenstack.com");
    assertThat(m.attachments()).isEmpty();
    // ANSI file: String8 values
    assertThat(raw(m, 0x0037, PropertyType.STRING8)).isInstanceOf(PropertyValue.String8.class);
    String headers = m.find(PidTag.TRANSPORT_MESSAGE_HEADERS).orElseThrow();
    List<String> lines = headers.lines().collect(Collectors.toList());
    assertThat(lines.get(0)).startsWith("Return-path:");
    assertThat(lines.get(1)).isEqualTo("Envelope-to: travis@overwrittenstack.com");
  }

  @Test
  void quickMsg() throws Exception {
    Message m = strict(POI + "quick.msg");
    assertThat(m.subject()).contains("Test the content transformer");
    assertThat(m.find(PidTag.BODY)).contains("The quick brown fox jumps over the lazy dog\r\n");
    assertThat(m.recipients()).singleElement().satisfies(r -> {
      assertThat(r.addressType()).contains("EX");
      assertThat(r.emailAddress()).contains("/O=HOSTEDSERVICE2/OU=FIRST ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=Kevin.roast@ben");
      assertThat(r.find(PidTag.SMTP_ADDRESS)).contains("kevin.roast@alfresco.org");
    });
  }

  @Test
  void outlook30MsgHas18Recipients() throws Exception {
    Message m = strict(POI + "outlook_30_msg.msg");
    assertThat(m.subject()).contains("IN-SPIRE servers going down for a bit, back up around 8am");
    assertThat(m.recipients()).hasSize(18);
    assertThat(m.recipients().get(0).find(PidTag.SMTP_ADDRESS).or(() -> m.recipients().get(0).emailAddress()))
        .contains("shawn.bohn@pnl.gov");
    assertThat(m.find(PidTag.BODY).orElseThrow()).startsWith("I am shutting down the IN-SPIRE servers now for 30ish minutes.\r\n\r\n");
    assertThat(m.find(PidTag.BODY).orElseThrow().hashCode()).isEqualTo(850494485);
  }

  @Test
  void attachmentTestMsg() throws Exception {
    Message m = strict(POI + "attachment_test_msg.msg");
    assertThat(m.subject()).contains("test pièce jointe 1");
    List<Attachment> a = m.attachments();
    assertThat(a).hasSize(2);
    assertThat(a.get(0).longFilename()).contains("test-unicode.doc");
    assertThat(a.get(0).find(PidTag.ATTACH_FILENAME)).contains("TEST-U~1.DOC");
    assertThat(a.get(0).data().orElseThrow().size()).isEqualTo(24064);
    assertThat(a.get(1).longFilename()).contains("pj1.txt");
    assertThat(a.get(1).data().orElseThrow().size()).isEqualTo(89);
    assertThat(a.get(0).mimeTag()).isEmpty();
  }

  @Test
  void exampleReceivedUnicodeRecipientsInStorageOrder() throws Exception {
    Message m = strict(POI + "example_received_unicode.msg");
    assertThat(m.subject()).contains("This is a test message please ignore");
    // PROVENANCE lists them in directory order, storages 0, 2, 4, 5, 3, 1; the reader orders by storage number
    assertThat(m.recipients()).extracting(r -> r.emailAddress().orElse(null)).containsExactly(
        "ashutosh.dandavate@alfresco.com", "paul.hh@alfresco.com", "mikef@alfresco.com", "nickb@alfresco.com",
        "nick.burch@alfresco.com", "roy.wetherall@alfresco.com");
    assertThat(m.recipients().get(0).displayName()).contains("'Ashutosh Dandavate'");
    assertThat(m.attachments()).singleElement().satisfies(at -> assertThat(at.longFilename()).contains("alfresco.gif"));
  }

  @Test
  void keywordsMsgNamedProperties() throws Exception {
    Message m = strict(POI + "keywords.msg");
    assertThat(m.subject()).contains("Test Keywords");
    PropertyKey keywords = PropertyKey.named(NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "Keywords"),
        PropertyType.MULTIPLE_STRING);
    assertThat(m.properties().get(keywords)).contains(new PropertyValue.Multi(PropertyType.MULTIPLE_STRING, List.of(
        new PropertyValue.Text("TODO"), new PropertyValue.Text("Currently Important"),
        new PropertyValue.Text("Currently To Do"), new PropertyValue.Text("Test"))));
    PropertyKey version = PropertyKey.named(NamedPropertyId.lid(PropertySet.PSETID_COMMON, 0x8554), PropertyType.STRING);
    assertThat(m.properties().get(version)).contains(new PropertyValue.Text("16.0"));
    ReadResult r = MsgReader.strict().read(RealFiles.file(POI + "keywords.msg"));
    assertThat(r.namedPropertyMappings()).anySatisfy(mp -> {
      assertThat(mp.propertyId()).isEqualTo(0x8003);
      assertThat(mp.name()).isEqualTo(NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "Keywords"));
      assertThat(mp.inBucket()).isTrue();
    });
    assertThat(r.namedPropertyMappings()).anySatisfy(mp -> {
      assertThat(mp.propertyId()).isEqualTo(0x8006);
      assertThat(mp.name()).isEqualTo(NamedPropertyId.lid(PropertySet.PSETID_COMMON, 0x8554));
    });
  }

  @Test
  void embeddedMessages() throws Exception {
    Message m = strict(POI + "58214_with_attachment.msg");
    assertThat(m.subject()).contains("Master mail");
    Attachment a = m.attachments().get(0);
    assertThat(a.find(PidTag.ATTACH_FILENAME)).contains("Untitled Attachment");
    assertThat(a.find(PidTag.DISPLAY_NAME)).contains("Test mail attachment");
    Message inner = a.embeddedMessage().orElseThrow();
    assertThat(inner.subject()).contains("Test mail attachment");
    // the same message saved on its own by Outlook has the same subject and body
    Message alone = strict(POI + "58214_extracted_attachment.msg");
    assertThat(inner.find(PidTag.BODY)).isEqualTo(alone.find(PidTag.BODY));
    assertThat(alone.find(PidTag.BODY).orElseThrow()).hasSize(897);

    Message k = strict("kenjiuno-msgreader/test/msgInMsg.msg");
    assertThat(k.subject()).contains("I have attachments!");
    assertThat(k.attachments().get(0).embeddedMessage().orElseThrow().subject())
        .contains("Microsoft Outlook テスト メッセージ");
    assertThat(k.attachments().get(1).longFilename()).contains("green.png");
    assertThat(k.attachments().get(1).data().orElseThrow().size()).isEqualTo(134);
  }

  @Test
  void attachMethodsOfTestEmail() throws Exception {
    Message m = strict("msg-parser-rs/data/test_email.msg");
    assertThat(m.subject()).contains("Test Email");
    assertThat(m.find(PidTag.BODY).orElseThrow()).startsWith("Test Email\r\n");
    assertThat(m.recipients()).hasSize(6);
    assertThat(m.attachments()).extracting(a -> a.find(PidTag.ATTACH_METHOD).orElse(-1)).containsExactly(5, 1, 1);
    assertThat(m.attachments()).extracting(a -> a.find(PidTag.DISPLAY_NAME).orElse(null)).containsExactly(
        "1 Days Left\u201435% off cloud space, upgrade now!", "milky-way-2695569_960_720.jpg", "Test Email.msg");
    assertThat(m.attachments().get(0).embeddedMessage()).isPresent();
    assertThat(m.attachments().get(2).embeddedMessage()).isEmpty();
    assertThat(m.attachments().get(2).data()).isPresent();
  }

  @Test
  void unknownStorageOf51873IsKeptAsExtraEntry() throws Exception {
    Message m = strict(POI + "51873.msg");
    assertThat(m.subject()).contains("Test with Olk10SideProps_ Chunk");
    assertThat(m.find(PidTag.DISPLAY_TO)).contains("bubba@bubbasmith.com");
    // PROVENANCE calls it a storage; in the file it is a 275-byte stream
    assertThat(m.extraEntries()).singleElement().satisfies(e -> {
      assertThat(e).isInstanceOf(CompoundEntry.Stream.class);
      assertThat(e.name()).isEqualTo("Olk10SideProps_0001");
      assertThat(((CompoundEntry.Stream) e).data().size()).isEqualTo(275);
    });
  }

  @Test
  void messageClassesAndSubmitTime() throws Exception {
    assertThat(strict(POI + "msgClassPost.msg").messageClass()).contains("IPM.Post");
    assertThat(strict(POI + "msgClassStickyNote.msg").messageClass()).contains("IPM.StickyNote");
    Message m = strict("outlook-message-parser/src/test/resources/test-messages/issue-87-client-submit-time.msg");
    // upstream asserts whole seconds; the FILETIME itself holds 728 ms more, kept exactly
    assertThat(m.find(PidTag.CLIENT_SUBMIT_TIME).orElseThrow().getEpochSecond()).isEqualTo(1717507879L);
    assertThat(m.find(PidTag.CLIENT_SUBMIT_TIME).orElseThrow().toEpochMilli()).isEqualTo(1717507879728L);
    assertThat(m.find(PidTag.MESSAGE_DELIVERY_TIME).orElseThrow().getEpochSecond()).isEqualTo(1717507860L);
    assertThat(strict("msg-parser-rs/data/ascii.msg").subject()).contains("creating an outlook message file");
    Message blank = strict(POI + "blank.msg");
    assertThat(blank.find(PidTag.BODY)).isEmpty();
    assertThat(blank.subject()).contains("");
  }

  // ------------------------------------------------------------------ PROVENANCE note 5: code page traps

  private static PropertyValue.String8 subject8(Message m) {
    return (PropertyValue.String8) raw(m, 0x0037, PropertyType.STRING8);
  }

  @Test
  void nonUnicodeCp932IsLabelled50220ButItsBytesAreCp932() throws Exception {
    Message m = strict("kenjiuno-msgreader/test/nonUnicodeCP932.msg");
    PropertyValue.String8 s = subject8(m);
    // PidTagInternetCodepage says 50220 (ISO-2022-JP) and there is no PidTagMessageCodepage: the trap;
    // PidTagMessageLocaleId 1041 (Japanese) names the code page the strings were written in, 932
    assertThat(m.properties().get(org.xms4j.msg.internal.CodePages.MESSAGE_LOCALE_ID))
        .contains(new PropertyValue.Int32(1041));
    assertThat(s.codePage()).isEqualTo(932);
    assertThat(s.text()).isEqualTo("日本語 Non Unicode タイトル");
    assertThat(s.decodesExactly()).isTrue();
    assertThat(s.bytes().decode(Charset.forName("windows-31j"))).isEqualTo("日本語 Non Unicode タイトル");
  }

  @Test
  void chineseTraditionalIsCp950() throws Exception {
    Message m = strict(POI + "chinese-traditional.msg");
    PropertyValue.String8 s = subject8(m);
    assertThat(s.codePage()).isEqualTo(950);
    assertThat(s.text()).isEqualTo("Alfresco MSG format testing ( MSG 格式測試 )");
    assertThat(s.decodesExactly()).isTrue();
  }

  @Test
  void cyrillicMessageIsCp1251() throws Exception {
    PropertyValue.String8 s = subject8(strict(POI + "cyrillic_message.msg"));
    assertThat(s.codePage()).isEqualTo(1251);
    assertThat(s.text()).startsWith("Автоматический ответ подсистемы обмена данными");
  }

  @Test
  void htmlBodyBinaryUtf8SubjectIsLabelled65001ButItsBytesAreCp1252() throws Exception {
    Message m = strict(POI + "HTMLBodyBinary_UTF-8.msg");
    PropertyValue.String8 s = subject8(m);
    // PidTagInternetCodepage says 65001, but the subject bytes are F6 E4 FC: windows-1252, not UTF-8
    // (PROVENANCE note 5 calls them UTF-8; POI reaches the expected text through its 1252 default);
    // PidTagMessageLocaleId 1031 (German) names 1252
    assertThat(s.codePage()).isEqualTo(1252);
    assertThat(s.text()).isEqualTo("Subject öäü Subject");
    assertThat(s.bytes().hex()).contains("F6E4FC");
    assertThat(s.decodesExactly()).isTrue();
    assertThat(s.bytes().decode(Charset.forName("windows-1252"))).isEqualTo("Subject öäü Subject");
    assertThat(m.find(PidTag.BODY)).isEmpty();
    // the binary HTML does follow PidTagInternetCodepage
    assertThat(m.find(PidTag.HTML).orElseThrow().decode(StandardCharsets.UTF_8))
        .isEqualTo("<!DOCTYPE html><html><meta charset=\\\"utf-8\\\"><body>HTML öäü</body></html>");
  }

  @Test
  void asciiCp1251Lcid1049() throws Exception {
    Message m = strict(POI + "ASCII_CP1251_LCID1049.msg");
    assertThat(subject8(m).codePage()).isEqualTo(1251);
    assertThat(m.subject()).contains("Subject автоматически Subject");
    assertThat(m.find(PidTag.BODY)).contains("Body автоматически Body");
  }

  @Test
  void specialCharsSubjectUsesTheMessageCodepageNotTheInternetOne() throws Exception {
    Message m = strict("msgreader-net/MsgReaderTests/SampleFiles/EmailWithSpecialCharsInSubject.msg");
    // PidTagMessageCodepage 1252 wins over PidTagInternetCodepage 28591
    assertThat(subject8(m).codePage()).isEqualTo(1252);
    assertThat(m.subject()).contains("Un sujet bien défini Àéroport mañana être ouïe électricité così próxima à Ô");
  }

  @Test
  void recipientsOfAnAnsiFileUseTheMessageCodepage() throws Exception {
    Message m = strict(POI + "cyrillic_message.msg");
    for (Recipient r : m.recipients()) {
      r.properties().asMap().values().stream().filter(v -> v instanceof PropertyValue.String8)
          .forEach(v -> assertThat(((PropertyValue.String8) v).codePage()).isEqualTo(1251));
    }
  }

}
