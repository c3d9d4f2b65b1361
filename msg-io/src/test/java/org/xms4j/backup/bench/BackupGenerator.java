package org.xms4j.backup.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.SplittableRandom;

/**
 * Writes a deterministic "SMS Backup &amp; Restore" file of a given size for the import benchmark:
 * records cycle through one SMS and three MMS (each MMS with a SMIL part, a text part and a JPEG-typed
 * media part of 96 to 288 KiB of seeded pseudo-random bytes), so the file is mostly MMS media.
 */
final class BackupGenerator {

  private BackupGenerator() {
  }

  /**
   * Writes the file unless one of at least the requested size is there already.
   *
   * @return the number of records written (or found: -1 when reused)
   */
  static long generate(Path file, long sizeInBytes) throws IOException {
    if (Files.isRegularFile(file) && Files.size(file) >= sizeInBytes) {
      return -1;
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    SplittableRandom random = new SplittableRandom(20261121L);
    long records = 0;
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      w.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"0\" type=\"full\">\n");
      long written = 64;
      long date = 1_700_000_000_000L;
      while (written < sizeInBytes) {
        String rec;
        date += 61_000;
        String party = "+1555" + String.format("%07d", records % 997);
        if (records % 4 == 0) {
          rec = "  <sms protocol=\"0\" address=\"" + party + "\" date=\"" + date + "\" type=\"" + (1 + records % 2)
              + "\" subject=\"null\" body=\"Message " + records + " \u00e9t\u00e9 \uD83D\uDE00\" read=\"1\" date_sent=\""
              + (date - 1000) + "\" contact_name=\"Contact " + (records % 997) + "\" />\n";
        } else {
          byte[] media = new byte[96 * 1024 + random.nextInt(192 * 1024)];
          random.nextBytes(media);
          media[0] = (byte) 0xFF;
          media[1] = (byte) 0xD8;
          String smil = "&lt;smil&gt;&lt;head&gt;&lt;layout&gt;&lt;root-layout/&gt;&lt;region id=&quot;Image&quot; height=&quot;80%&quot;"
              + " width=&quot;100%&quot;/&gt;&lt;region id=&quot;Text&quot; top=&quot;80%&quot; height=&quot;20%&quot;"
              + " width=&quot;100%&quot;/&gt;&lt;/layout&gt;&lt;/head&gt;&lt;body&gt;&lt;par dur=&quot;5000ms&quot;&gt;"
              + "&lt;img src=&quot;image" + records + ".jpg&quot; region=&quot;Image&quot; /&gt;&lt;text src=&quot;text"
              + records + ".txt&quot; region=&quot;Text&quot; /&gt;&lt;/par&gt;&lt;/body&gt;&lt;/smil&gt;";
          rec = "  <mms date=\"" + date + "\" msg_box=\"" + (1 + records % 2) + "\" address=\"" + party
              + "\" sub=\"null\" read=\"1\" date_sent=\"" + (date / 1000) + "\" m_type=\"132\" contact_name=\"Contact "
              + (records % 997) + "\">\n    <parts>\n"
              + "      <part seq=\"-1\" ct=\"application/smil\" name=\"null\" cid=\"&lt;smil&gt;\" cl=\"smil.xml\" text=\"" + smil + "\" />\n"
              + "      <part seq=\"0\" ct=\"image/jpeg\" name=\"image" + records + ".jpg\" cl=\"image" + records + ".jpg\" data=\""
              + Base64.getEncoder().encodeToString(media) + "\" />\n"
              + "      <part seq=\"0\" ct=\"text/plain\" name=\"null\" chset=\"106\" cl=\"text" + records + ".txt\" text=\"Photo "
              + records + " \u2014 caf\u00e9\" />\n"
              + "    </parts>\n    <addrs>\n      <addr address=\"" + party + "\" type=\"137\" charset=\"106\" />\n"
              + "      <addr address=\"+15550000000\" type=\"151\" charset=\"106\" />\n    </addrs>\n  </mms>\n";
        }
        w.write(rec);
        written += rec.length();
        records++;
      }
      w.write("</smses>\n");
    }
    return records;
  }
}
