package org.xms4j.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.AttachMethod;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.MmsMessage;
import org.xms4j.message.MmsPart;

/**
 * The writer's Content-Type for an attachment without PidTagAttachMimeTag: the MMS table of
 * {@link MmsPart#typeFor} first, then the JDK's table, then application/octet-stream.
 */
class AttachmentTypeTest {

  /** File name of each attachment and the type written for it; null for an attachment without name. */
  private static final String[][] NAMES = {
      // before, the JDK's table alone gave application/octet-stream for the MMS types
      {"tune.amr", "audio/amr"},
      {"clip.3gp", "video/3gpp"},
      {"mmspresent.smil", "application/smil"},
      {"card.vcf", "text/x-vcard"},
      {"song.mid", "audio/midi"},
      {"pic.wbmp", "image/vnd.wap.wbmp"},
      // the MMS table has it too, in its own letter case
      {"photo.JPG", "image/jpeg"},
      // only the JDK's table has these
      {"report.pdf", "application/pdf"},
      {"files.zip", "application/zip"},
      // neither
      {"data.xyz", "application/octet-stream"},
      {null, "application/octet-stream"},
  };

  private static Attachment untyped(String name, int i) {
    PropertyBag.Builder b = PropertyBag.builder().set(PidTag.ATTACH_METHOD, AttachMethod.BY_VALUE.value())
        .set(PidTag.ATTACH_DATA_BINARY, Bytes.encode("data " + i, StandardCharsets.US_ASCII));
    if (name != null) {
      b.set(PidTag.ATTACH_LONG_FILENAME, name);
    }
    return Attachment.of(b.build());
  }

  private static List<String> writtenTypes(Message m) throws Exception {
    byte[] mime = Fixtures.write(m).value().toByteArray();
    return MimeCheck.of(mime, MimeCheck.Direction.WRITTEN, m).leaves().stream()
        .filter(e -> e.header("Content-Transfer-Encoding") != null && e.header("Content-Transfer-Encoding")
            .strip().equalsIgnoreCase("base64"))
        .map(e -> e.mimeType).toList();
  }

  private static List<String> expected() {
    return java.util.Arrays.stream(NAMES).map(n -> n[1]).toList();
  }

  @Test
  void attachmentsOfMailAreTypedByTheMmsTableThenTheJdkThenAsOctetStream() throws Exception {
    Message.Builder b = Message.builder().set(PidTag.MESSAGE_CLASS, "IPM.Note").set(PidTag.SUBJECT, "types")
        .set(PidTag.BODY, "see attachments");
    for (int i = 0; i < NAMES.length; i++) {
      b.addAttachment(untyped(NAMES[i][0], i));
    }
    assertThat(writtenTypes(b.build())).containsExactlyElementsOf(expected());
  }

  @Test
  void partsOfAnMmsAreTypedTheSameWay() throws Exception {
    // before, an MMS part without type was always written as application/octet-stream
    MmsMessage.Builder b = MmsMessage.builder().subject("types");
    for (int i = 0; i < NAMES.length; i++) {
      b.addAttachment(untyped(NAMES[i][0], i));
    }
    assertThat(writtenTypes(b.build().message())).containsExactlyElementsOf(expected());
  }

  @Test
  void aTypeGivenInThePropertyWins() {
    Attachment typed = Attachment.of(PropertyBag.builder().set(PidTag.ATTACH_MIME_TAG, " Audio/AMR ")
        .set(PidTag.ATTACH_LONG_FILENAME, "x.pdf").build());
    assertThat(MimeWriter.attachmentType(typed, "x.pdf")).isEqualTo("audio/amr");
    assertThat(MimeWriter.attachmentType(untyped(null, 0), " notes.TXT ")).isEqualTo("text/plain");
  }
}
