package org.xms4j.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xms4j.backup.BackupReader;
import org.xms4j.backup.BackupRecord;
import org.xms4j.message.Attachment;
import org.xms4j.message.MmsMessage;
import org.xms4j.message.MobileMessage;

/**
 * The MIME reader and the phone-backup importer name MMS parts by the same rule and table
 * ({@link org.xms4j.message.MmsPart#fileNameFor}): the same parts get the same file names.
 */
class MmsPartNamingTest {

  /** Type and sent name of each part; null for a part sent without a name. */
  private static final String[][] PARTS = {
      {"video/3gpp", null},
      {"image/jpg", null},
      {"audio/midi", null},
      {"application/x-unknown", null},
      {"image/jpeg", "C:\\Users\\ann\\photo.jpg"},
  };

  private static List<String> fromMime() throws Exception {
    StringBuilder sb = new StringBuilder("Content-class: MS-OMS-MMS\nSubject: parts\n"
        + "Content-Type: multipart/mixed; boundary=b\n\n");
    for (String[] p : PARTS) {
      sb.append("--b\nContent-Type: ").append(p[0]);
      if (p[1] != null) {
        sb.append("; name=\"").append(p[1].replace("\\", "\\\\")).append('"');
      }
      sb.append("\n\nxyz\n");
    }
    sb.append("--b--\n");
    MmsMessage mms = (MmsMessage) MobileMessage.from(Fixtures.read(sb.toString()).value()).orElseThrow();
    return mms.parts().stream().map(a -> a.longFilename().orElseThrow()).toList();
  }

  private static List<String> fromBackup() throws Exception {
    StringBuilder sb = new StringBuilder("<smses><mms msg_box=\"1\" date=\"1700000000000\"><parts>");
    for (String[] p : PARTS) {
      sb.append("<part ct=\"").append(p[0]).append('"');
      if (p[1] != null) {
        sb.append(" name=\"").append(p[1]).append('"');
      }
      sb.append(" text=\"xyz\"/>");
    }
    sb.append("</parts></mms></smses>");
    try (BackupReader r = BackupReader.open(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)))) {
      BackupRecord rec = r.next().orElseThrow();
      return ((MmsMessage) rec.message()).parts().stream().map(Attachment::longFilename)
          .map(n -> n.orElseThrow()).toList();
    }
  }

  @Test
  void bothReadersNameTheSamePartsAlike() throws Exception {
    // before: the importer named the first four part0.bin ... part3.bin (its table had no 3gpp, jpg
    // or midi), and the MIME reader kept the sender's Windows path in the last name
    List<String> expected = List.of("part0.3gp", "part1.jpg", "part2.mid", "part3", "photo.jpg");
    assertThat(fromMime()).containsExactlyElementsOf(expected);
    assertThat(fromBackup()).containsExactlyElementsOf(expected);
  }
}
