package org.xms4j.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xms4j.backup.BackupReader;
import org.xms4j.backup.BackupRecord;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.AttachMethod;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.MmsMessage;
import org.xms4j.message.MmsPart;
import org.xms4j.message.MobileMessage;

/**
 * The MIME reader and the phone-backup importer name MMS parts by the same rule and table
 * ({@link MmsPart#fileNameFor}), strip Content-IDs by the same rule
 * ({@link org.xms4j.smil.ContentIds#strip}) and make the missing ones with the same generator
 * ({@link MmsPart#contentIdFor}): the same parts get the same file names and the same ids.
 */
class MmsPartNamingTest {

  /** Type, sent name and Content-ID of each part; null for a part sent without a name or id. */
  private static final String[][] PARTS = {
      {"video/3gpp", null, null},
      {"image/jpg", null, null},
      {"audio/midi", null, null},
      {"application/x-unknown", null, null},
      {"image/jpeg", "C:\\Users\\ann\\photo.jpg", null},
  };

  /** Content-IDs written in the ways senders get them wrong, and one that is right. */
  private static final String[][] IDS = {
      {"image/png", "a.png", "<a@b"},
      {"image/png", "c.png", " < c@d > "},
      {"image/png", "e.png", "<>"},
      {"image/png", "f.png", "f@g>"},
      {"image/png", "h.png", "<h@i>"},
  };

  private static List<Attachment> fromMime(String[][] parts) throws Exception {
    StringBuilder sb = new StringBuilder("Content-class: MS-OMS-MMS\nSubject: parts\n"
        + "Content-Type: multipart/mixed; boundary=b\n\n");
    for (String[] p : parts) {
      sb.append("--b\nContent-Type: ").append(p[0]);
      if (p[1] != null) {
        sb.append("; name=\"").append(p[1].replace("\\", "\\\\")).append('"');
      }
      if (p[2] != null) {
        sb.append("\nContent-ID: ").append(p[2]);
      }
      sb.append("\n\nxyz\n");
    }
    sb.append("--b--\n");
    MmsMessage mms = (MmsMessage) MobileMessage.from(Fixtures.read(sb.toString()).value()).orElseThrow();
    return mms.parts();
  }

  private static List<Attachment> fromBackup(String[][] parts) throws Exception {
    StringBuilder sb = new StringBuilder("<smses><mms msg_box=\"1\" date=\"1700000000000\"><parts>");
    for (String[] p : parts) {
      sb.append("<part ct=\"").append(p[0]).append('"');
      if (p[1] != null) {
        sb.append(" name=\"").append(p[1]).append('"');
      }
      if (p[2] != null) {
        sb.append(" cid=\"").append(p[2].replace("<", "&lt;").replace(">", "&gt;")).append('"');
      }
      sb.append(" text=\"xyz\"/>");
    }
    sb.append("</parts></mms></smses>");
    try (BackupReader r = BackupReader.open(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)))) {
      BackupRecord rec = r.next().orElseThrow();
      return ((MmsMessage) rec.message()).parts();
    }
  }

  private static List<String> names(List<Attachment> parts) {
    return parts.stream().map(Attachment::longFilename).map(n -> n.orElseThrow()).toList();
  }

  private static List<String> ids(List<Attachment> parts) {
    return parts.stream().map(Attachment::contentId).map(n -> n.orElseThrow()).toList();
  }

  @Test
  void bothReadersNameTheSamePartsAlike() throws Exception {
    // before: the importer named the first four part0.bin ... part3.bin (its table had no 3gpp, jpg
    // or midi), and the MIME reader kept the sender's Windows path in the last name
    List<String> expected = List.of("part0.3gp", "part1.jpg", "part2.mid", "part3", "photo.jpg");
    assertThat(names(fromMime(PARTS))).containsExactlyElementsOf(expected);
    assertThat(names(fromBackup(PARTS))).containsExactlyElementsOf(expected);
  }

  @Test
  void bothReadersGiveAPartWithoutContentIdTheSameGeneratedId() throws Exception {
    // before: the MIME reader made Att<i><ext>@<hash of the whole input>, the importer part<i>.<name>
    // (no "@", so not a Content-ID at all)
    Bytes xyz = Bytes.encode("xyz", StandardCharsets.US_ASCII);
    List<String> expected = List.of(
        MmsPart.contentIdFor(0, "video/3gpp", "part0.3gp", xyz),
        MmsPart.contentIdFor(1, "image/jpg", "part1.jpg", xyz),
        MmsPart.contentIdFor(2, "audio/midi", "part2.mid", xyz),
        MmsPart.contentIdFor(3, "application/x-unknown", "part3", xyz),
        MmsPart.contentIdFor(4, "image/jpeg", "photo.jpg", xyz));
    assertThat(ids(fromMime(PARTS))).containsExactlyElementsOf(expected);
    assertThat(ids(fromBackup(PARTS))).containsExactlyElementsOf(expected);
    assertThat(expected).allMatch(id -> id.matches("Att\\d(\\.[a-z0-9]+)?@[0-9A-F]{16}\\.[0-9A-F]{16}"))
        .doesNotHaveDuplicates();
    assertThat(expected.get(0)).startsWith("Att0.3gp@");
  }

  @Test
  void bothReadersStripContentIdsAlike() throws Exception {
    // before: the MIME reader gave a@b and f@g, the importer kept <a@b and f@g> (it removed
    // brackets only in pairs, and not the white space inside them)
    List<String> mime = ids(fromMime(IDS));
    assertThat(mime).containsExactly("a@b", "c@d",
        MmsPart.contentIdFor(2, "image/png", "e.png", Bytes.encode("xyz", StandardCharsets.US_ASCII)), "f@g", "h@i");
    assertThat(ids(fromBackup(IDS))).containsExactlyElementsOf(mime);
  }

  @Test
  void theWriterGivesAPartWithoutContentIdTheIdTheReadersWould() throws Exception {
    // before: the writer made Att<i>@<hash of the data>, a third form
    Bytes xyz = Bytes.encode("xyz", StandardCharsets.US_ASCII);
    Message m = MmsMessage.builder().subject("parts")
        .addAttachment(Attachment.of(PropertyBag.builder()
            .set(PidTag.ATTACH_METHOD, AttachMethod.BY_VALUE.value())
            .set(PidTag.ATTACH_MIME_TAG, "image/jpg")
            .set(PidTag.ATTACH_DATA_BINARY, xyz).build()))
        .build().message();
    byte[] mime = Fixtures.write(m).value().toByteArray();
    String written = MimeCheck.of(mime, MimeCheck.Direction.WRITTEN, m).leaves().get(0).contentId();
    assertThat(written).isEqualTo(MmsPart.contentIdFor(0, "image/jpg", "part0.jpg", xyz));
    // the same part read without any Content-ID gets the same id
    assertThat(ids(fromMime(new String[][] {{"image/jpg", null, null}}))).containsExactly(written);
    assertThat(ids(fromBackup(new String[][] {{"image/jpg", null, null}}))).containsExactly(written);
  }
}
