package org.xms4j.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.xms4j.backup.BackupFormatException;
import org.xms4j.backup.BackupReader;
import org.xms4j.backup.BackupRecord;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.MessageFlag;
import org.xms4j.message.MmsMessage;
import org.xms4j.message.MobileAddress;
import org.xms4j.message.MobileMessage;
import org.xms4j.msg.MsgWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code xms4j import BACKUP.xml -o DIR}: turns an "SMS Backup &amp; Restore" XML file into one .msg
 * file per complete {@code <sms>} and {@code <mms>} record.
 *
 * <p>Streaming: each message is written as soon as it is read, so memory does not grow with the size
 * of the backup. File names are deterministic (see {@link #fileName}); a file of the same name and
 * the same bytes counts as a duplicate and is not rewritten; writes are atomic, so a failed or
 * interrupted import leaves no partial .msg. A record that cannot be converted is reported with its
 * position and skipped; a truncated or malformed document ends the import after every complete
 * record was written.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import an \"SMS Backup & Restore\" XML backup: one .msg file per complete <sms> and <mms>.",
        "File names: TIME_PARTY_KIND_HASH.msg, e.g. 20171202T064927Z_+15550000001_sms_1a2b3c4d.msg (time of"
            + " submit, else delivery, else creation, UTC; the other party's number; sms or mms; the first 8 hex"
            + " digits of the SHA-256 of the .msg bytes)."},
    footer = {"", "Exit codes: 0 every record imported; 1 a record could not be converted or the backup is"
        + " truncated or malformed after its first record; 2 the backup cannot be read (missing, not a backup)"
        + " or the output folder cannot be written."})
final class ImportCommand implements Callable<Integer> {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** The longest party part of a file name, in characters. */
  private static final int MAX_PARTY = 40;

  @Spec
  CommandSpec spec;

  @ParentCommand
  Main main;

  @Parameters(index = "0", paramLabel = "BACKUP.xml", description = "The SMS Backup & Restore XML file.")
  Path backup;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "The folder to write the .msg files to (created when missing).")
  Path output;

  @Option(names = {"-v", "--verbose"}, description = "Print one line per file and the conversion notes.")
  boolean verbose;

  @Option(names = "--no-progress", description = "Draw no progress bar, even on a terminal.")
  boolean noProgress;

  /** Counts of one run. */
  private static final class Stats {
    int records;
    int written;
    int duplicates;
    int failed;
    int notes;
    boolean stopped;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    long size;
    InputStream file;
    try {
      size = Files.size(backup);
      file = Files.newInputStream(backup);
    } catch (IOException e) {
      main.error(backup.toString(), Failures.describe(e), e);
      return Main.UNREADABLE;
    }
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      closeQuietly(file);
      main.error(output.toString(), "cannot create the output folder: " + Failures.describe(e), e);
      return Main.UNREADABLE;
    }
    InputStream in = new BufferedInputStream(file, 1 << 16);
    if (!noProgress && main.terminal()) {
      in = ProgressBar.wrap(in, new ProgressBarBuilder()
          .setTaskName("import")
          .setInitialMax(size)
          .setUnit(" MiB", 1 << 20)
          .setUpdateIntervalMillis(200)
          .setConsumer(new ConsoleProgressBarConsumer(main.errStream())));
    }
    Stats stats = new Stats();
    int code = Main.OK;
    try (BackupReader reader = BackupReader.open(in)) {
      code = importAll(reader, stats, out);
    } catch (BackupFormatException e) {
      report(e, false);
      code = Main.UNREADABLE;
    } catch (IOException e) {
      main.error(backup.toString(), Failures.describe(e), e);
      code = Main.UNREADABLE;
    }
    out.printf(Locale.ROOT, "%s: %d records, %d written, %d duplicates, %d failed, %d notes -> %s%s%n",
        backup, stats.records, stats.written, stats.duplicates, stats.failed, stats.notes, output,
        stats.stopped ? " (stopped: the backup is truncated or malformed)" : "");
    out.flush();
    return code;
  }

  private int importAll(BackupReader reader, Stats stats, PrintWriter out) {
    int lastIndex = -1;
    while (true) {
      Optional<BackupRecord> next;
      try {
        next = reader.next();
      } catch (BackupFormatException e) {
        // a fatal error after the last complete record carries that record's index: no record is lost
        boolean recordLost = e.recordIndex() > lastIndex;
        report(e, recordLost);
        if (recordLost) {
          lastIndex = e.recordIndex();
          stats.records++;
          stats.failed++;
        }
        if (!e.recoverable()) {
          stats.stopped = true;
          return stats.records == 0 ? Main.UNREADABLE : Main.CHECK_FAILED;
        }
        continue;
      }
      if (next.isEmpty()) {
        return stats.failed > 0 ? Main.CHECK_FAILED : Main.OK;
      }
      BackupRecord rec = next.get();
      lastIndex = rec.index();
      stats.records++;
      stats.notes += rec.notes().size();
      if (verbose) {
        for (String note : rec.notes()) {
          out.printf(Locale.ROOT, "%s:%d: record %d: note: %s%n", backup, rec.line(), rec.index(), note);
        }
      }
      byte[] bytes;
      try {
        bytes = MsgWriter.toBytes(rec.message().message());
      } catch (RuntimeException e) {
        main.error(backup + ":" + rec.line() + ": record " + rec.index(), "cannot be written as .msg: "
            + Failures.describe(e), e);
        stats.failed++;
        continue;
      }
      String name = fileName(rec.message(), bytes);
      try {
        Path target = SafeNames.inside(output, name);
        Optional<Path> written = SafeNames.createNew(target, bytes);
        if (written.isPresent()) {
          stats.written++;
          verbose(out, "written", written.get());
        } else if (SafeNames.sameContent(target, bytes)) {
          stats.duplicates++;
          verbose(out, "duplicate", target);
        } else {
          Path other = SafeNames.writeNew(output, name, bytes);
          stats.written++;
          verbose(out, "written", other);
        }
      } catch (IOException e) {
        main.error(output.resolve(name).toString(), "cannot be written: " + Failures.describe(e), e);
        stats.failed++;
        return Main.UNREADABLE;
      }
    }
  }

  private void verbose(PrintWriter out, String what, Path file) {
    if (verbose) {
      out.println(what + " " + file.getFileName());
    }
  }

  private void report(BackupFormatException e, boolean recordLost) {
    StringBuilder where = new StringBuilder(backup.toString());
    if (e.line() > 0) {
      where.append(':').append(e.line());
      if (e.column() > 0) {
        where.append(':').append(e.column());
      }
    }
    if (recordLost) {
      where.append(": record ").append(e.recordIndex());
    }
    String msg = Failures.oneLine(e.getMessage() == null ? "malformed backup" : e.getMessage())
        .replaceFirst(" \\(line -?\\d+, column -?\\d+\\)$", "")
        .replaceFirst("ParseError at \\[row,col\\]:\\[-?\\d+,-?\\d+\\] Message: ", "");
    main.error(where.toString(), msg + (e.recoverable() ? " (record skipped)" : " (import stopped)"), e);
  }

  /**
   * Returns the deterministic file name of an imported message:
   * {@code TIME_PARTY_KIND_HASH.msg}. TIME is the submit time, else the delivery time, else the
   * creation time, as {@code yyyyMMdd'T'HHmmss'Z'} in UTC ({@code 00000000T000000Z} when none);
   * PARTY is the sender's number of a received message, else the first recipient's, reduced to
   * {@code [0-9A-Za-z+]} ({@code unknown} when nothing is left); KIND is {@code sms} or {@code mms};
   * HASH the first 8 hex digits of the SHA-256 of the .msg bytes.
   */
  static String fileName(MobileMessage m, byte[] msgBytes) {
    Optional<Instant> time = m.submitTime().or(m::deliveryTime).or(() -> m.find(PidTag.CREATION_TIME));
    String t = time.map(TIME::format).orElse("00000000T000000Z");
    String kind = m instanceof MmsMessage ? "mms" : "sms";
    String hash = Bytes.of(msgBytes).sha256Hex().substring(0, 8);
    return t + "_" + party(m) + "_" + kind + "_" + hash + ".msg";
  }

  private static String party(MobileMessage m) {
    boolean fromMe = m.find(PidTag.MESSAGE_FLAGS).map(MessageFlag.FROM_ME::isSet).orElse(false);
    Optional<String> number = fromMe ? Optional.empty() : m.sender().map(MobileAddress::number);
    if (number.isEmpty()) {
      number = m.recipients().stream().findFirst().flatMap(r -> r.mobileAddress().map(MobileAddress::number)
          .or(r::emailAddress));
    }
    String raw = number.orElse("");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < raw.length() && sb.length() < MAX_PARTY; i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '+') {
        sb.append(c);
      }
    }
    return sb.length() == 0 ? "unknown" : sb.toString();
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing was read; the error reported is the output folder's
    }
  }
}
