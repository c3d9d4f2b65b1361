package org.xms4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.AttachMethod;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.msg.MsgReader;
import org.xms4j.msg.MsgWriter;
import org.xms4j.msg.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code xms4j extract FILE -o DIR}: writes the attachments of a .msg file, hidden MMS parts
 * included, to a folder; embedded messages are written as .msg files.
 *
 * <p>Names come from PidTagAttachLongFilename, else PidTagAttachFilename, else
 * PidTagAttachContentLocation, else {@code attachment-N}, made safe by {@link SafeNames}: only the
 * last path segment, no control or reserved characters, no device names, never outside the folder,
 * never over an existing file ({@code name (1).ext} instead). Attachments whose data is not in the
 * file (by reference, OLE storages) are reported on stderr and make the exit code 1.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Write the attachments of a .msg file (hidden MMS parts included; embedded messages as .msg)"
        + " to a folder under safe names, never overwriting.",
    footer = {"", "Exit codes: 0 every attachment written; 1 an attachment could not be extracted (no data in"
        + " the file); 2 the file is unreadable or the folder cannot be written."})
final class ExtractCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ParentCommand
  Main main;

  @Parameters(index = "0", paramLabel = "FILE", description = "The .msg file.")
  Path file;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "The folder to write to (created when missing).")
  Path output;

  @Override
  public Integer call() {
    ReadResult r;
    try {
      r = MsgReader.lenient().read(file);
    } catch (IOException | RuntimeException e) {
      main.error(file.toString(), Failures.describe(e), e);
      return Main.UNREADABLE;
    }
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      main.error(output.toString(), "cannot create the output folder: " + Failures.describe(e), e);
      return Main.UNREADABLE;
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Attachment> attachments = r.message().attachments();
    int code = Main.OK;
    for (int i = 0; i < attachments.size(); i++) {
      Attachment a = attachments.get(i);
      String where = file + ": attachments[" + i + "]";
      String method = a.method().map(AttachMethod::specName).orElse("no PidTagAttachMethod");
      byte[] data;
      String name;
      if (a.embeddedMessage().isPresent()) {
        Message embedded = a.embeddedMessage().get();
        try {
          data = MsgWriter.toBytes(embedded);
        } catch (RuntimeException e) {
          main.error(where, "the embedded message cannot be written as .msg: " + Failures.describe(e), e);
          code = Main.CHECK_FAILED;
          continue;
        }
        String base = a.find(PidTag.DISPLAY_NAME).or(embedded::subject).orElse("embedded-" + i);
        name = SafeNames.sanitize(base, "embedded-" + i);
        if (!name.toLowerCase(Locale.ROOT).endsWith(".msg")) {
          name = SafeNames.sanitize(name + ".msg", "embedded-" + i + ".msg");
        }
      } else {
        Optional<Bytes> bytes = a.data();
        if (bytes.isEmpty()) {
          String ref = a.find(PidTag.ATTACH_LONG_PATHNAME).map(p -> " (" + p + ")").orElse("");
          main.error(where, "not extracted: no data in the file (" + method + ")" + ref);
          code = Main.CHECK_FAILED;
          continue;
        }
        data = bytes.get().toByteArray();
        String fallback = "attachment-" + i + a.find(PidTag.ATTACH_EXTENSION).orElse("");
        String base = a.longFilename().or(() -> a.find(PidTag.ATTACH_FILENAME)).or(a::contentLocation).orElse("");
        name = SafeNames.sanitize(base, fallback);
      }
      try {
        Path written = SafeNames.writeNew(output, name, data);
        out.printf(Locale.ROOT, "attachments[%d] %s%s -> %s (%d bytes)%n", i, method, a.hidden() ? " hidden" : "",
            written.getFileName(), data.length);
      } catch (IOException e) {
        main.error(output.resolve(name).toString(), "cannot be written: " + Failures.describe(e), e);
        out.flush();
        return Main.UNREADABLE;
      }
    }
    out.flush();
    return code;
  }
}
