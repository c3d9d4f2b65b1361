package org.xms4j.msg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hpsf.ClassID;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.Chunk;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertySet;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.ProtocolExamples;
import org.xms4j.message.Recipient;
import org.xms4j.message.RecipientType;

/**
 * Apache POI HSMF, an independent reader, opens the files we write. Its {@code NameIdChunks.getPropertyTag}
 * looks names up through the hash-bucket streams, so finding a named property proves the buckets right.
 */
class HsmfInteropTest {

  private static MAPIMessage hsmf(Message m) throws Exception {
    return new MAPIMessage(new ByteArrayInputStream(MsgWriter.toBytes(m)));
  }

  private static ClassID classId(PropertySet set) {
    return new ClassID(set.guidText());
  }

  private static String namedString(MAPIMessage msg, PropertySet set, String name) {
    long id = msg.getNameIdChunks().getPropertyTag(classId(set), name, 0);
    assertThat(id).as("POI finds %s:%s through the hash buckets", set, name).isNotZero();
    return chunkText(msg, (int) id);
  }

  private static String chunkText(MAPIMessage msg, int id) {
    for (Chunk c : msg.getMainChunks().getChunks()) {
      if (c.getChunkId() == id && c instanceof StringChunk s) {
        return s.getValue();
      }
    }
    throw new AssertionError("no string chunk 0x" + Integer.toHexString(id));
  }

  @Test
  void smsSampleOpensInHsmfWithItsNamedProperties() throws Exception {
    MAPIMessage msg = hsmf(ProtocolExamples.sms().message());
    assertThat(msg.getTextBody()).isEqualTo(ProtocolExamples.SMS_TEXT);
    assertThat(msg.getStringFromChunk(msg.getMainChunks().getMessageClass())).isEqualTo("IPM.Note.Mobile.SMS");
    assertThat(namedString(msg, PropertySet.PS_PUBLIC_STRINGS, "OMSAccountGuid")).isEqualTo(ProtocolExamples.ACCOUNT_GUID);
    // the colliding pair OMSAccountGuid / OMSSourceType share bucket 0x1008
    assertThat(msg.getNameIdChunks().getPropertyTag(classId(PropertySet.PS_PUBLIC_STRINGS), "OMSSourceType", 0))
        .isNotZero();
    assertThat(msg.getNameIdChunks().getPropertyTag(classId(PropertySet.PS_PUBLIC_STRINGS), "OMSNoSuchName", 0))
        .isZero();
  }

  @Test
  void mmsSampleOpensInHsmfWithItsAttachments() throws Exception {
    MAPIMessage msg = hsmf(ProtocolExamples.mms().message());
    assertThat(msg.getSubject()).isEqualTo(ProtocolExamples.MMS_SUBJECT);
    AttachmentChunks[] atts = msg.getAttachmentFiles();
    assertThat(atts).hasSize(3);
    assertThat(atts[0].getAttachLongFileName().getValue()).isEqualTo("MMS.smil");
    assertThat(atts[0].getAttachMimeTag().getValue()).isEqualTo("application/smil");
    assertThat(new String(atts[0].getAttachData().getValue(), StandardCharsets.UTF_8)).isEqualTo(ProtocolExamples.MMS_SMIL);
    assertThat(atts[2].getAttachData().getValue()).isEqualTo(ProtocolExamples.photo().toByteArray());
    assertThat(msg.getHtmlBody()).contains(ProtocolExamples.MMS_TEXT);
  }

  @Test
  void mailWithRecipientsHeadersAndAnEmbeddedMessage() throws Exception {
    PropertyKey header = PropertyKey.named(NamedPropertyId.name(PropertySet.PS_INTERNET_HEADERS, "X-Mailer-Name"),
        PropertyType.STRING);
    PropertyKey lid = PropertyKey.named(NamedPropertyId.lid(PropertySet.PSETID_COMMON, 0x8554), PropertyType.STRING);
    Message inner = Message.builder().set(PidTag.SUBJECT, "inner").set(PidTag.BODY, "inner body").build();
    Message m = Message.builder()
        .set(PidTag.MESSAGE_CLASS, "IPM.Note")
        .set(PidTag.SUBJECT, "Grüße \uD83D\uDE00")
        .set(PidTag.BODY, "Hello\r\nworld")
        .set(PidTag.DISPLAY_TO, "Ann; Bob")
        .addRecipient(Recipient.of(RecipientType.TO, "Ann", "SMTP", "ann@example.com"))
        .addRecipient(Recipient.of(RecipientType.CC, "Bob", "SMTP", "bob@example.com"))
        .addAttachment(Attachment.byValue("notes.txt", "text/plain", Bytes.encode("hi", StandardCharsets.US_ASCII)))
        .addAttachment(Attachment.embedded(org.xms4j.mapi.PropertyBag.builder().set(PidTag.ATTACH_METHOD, 5)
            .set(PidTag.DISPLAY_NAME, "inner").build(), inner))
        .build();
    m = m.toBuilder().properties(m.properties().toBuilder()
        .put(header, new PropertyValue.Text("xms4j"))
        .put(lid, new PropertyValue.Text("16.0")).build()).build();
    MAPIMessage msg = hsmf(m);
    assertThat(msg.getSubject()).isEqualTo("Grüße \uD83D\uDE00");
    assertThat(msg.getTextBody()).isEqualTo("Hello\r\nworld");
    assertThat(msg.getRecipientEmailAddressList()).containsExactly("ann@example.com", "bob@example.com");
    assertThat(Arrays.asList(msg.getRecipientNamesList())).containsExactly("Ann", "Bob");
    AttachmentChunks[] atts = msg.getAttachmentFiles();
    assertThat(atts).hasSize(2);
    assertThat(atts[0].getAttachLongFileName().getValue()).isEqualTo("notes.txt");
    assertThat(atts[0].getAttachData().getValue()).isEqualTo("hi".getBytes(StandardCharsets.US_ASCII));
    assertThat(atts[1].getEmbeddedMessage().getSubject()).isEqualTo("inner");
    assertThat(atts[1].getEmbeddedMessage().getTextBody()).isEqualTo("inner body");
    // a PS_INTERNET_HEADERS name with capitals: POI finds it through the lower-cased hash
    assertThat(namedString(msg, PropertySet.PS_INTERNET_HEADERS, "X-Mailer-Name")).isEqualTo("xms4j");
    long id = msg.getNameIdChunks().getPropertyTag(classId(PropertySet.PSETID_COMMON), null, 0x8554);
    assertThat(id).isNotZero();
    assertThat(chunkText(msg, (int) id)).isEqualTo("16.0");
  }

  @Test
  void realFilesRewrittenByUsOpenInHsmfWithTheSameSubjectAndRecipients() throws Exception {
    for (String rel : List.of("apache-poi/test-data/hsmf/keywords.msg", "apache-poi/test-data/hsmf/outlook_30_msg.msg",
        "msg-parser-rs/data/test_email.msg", "apache-poi/test-data/hsmf/cyrillic_message.msg")) {
      MAPIMessage original = new MAPIMessage(RealFiles.file(rel).toFile());
      MAPIMessage ours = hsmf(MsgReader.strict().read(RealFiles.file(rel)).message());
      assertThat(ours.getSubject()).as(rel).isEqualTo(original.getSubject());
      assertThat(ours.getRecipientDetailsChunks()).as(rel).hasSameSizeAs(original.getRecipientDetailsChunks());
      if (original.getRecipientDetailsChunks().length > 0) {
        assertThat(ours.getRecipientEmailAddressList()).as(rel).containsExactly(original.getRecipientEmailAddressList());
      }
      assertThat(ours.getAttachmentFiles()).as(rel).hasSameSizeAs(original.getAttachmentFiles());
    }
    MAPIMessage kw = hsmf(MsgReader.strict().read(RealFiles.file("apache-poi/test-data/hsmf/keywords.msg")).message());
    assertThat(kw.getNameIdChunks().getPropertyTag(classId(PropertySet.PS_PUBLIC_STRINGS), "Keywords", 0)).isNotZero();
  }
}
