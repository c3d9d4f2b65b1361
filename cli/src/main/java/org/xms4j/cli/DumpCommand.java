package org.xms4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.xms4j.message.MessageDump;
import org.xms4j.msg.MsgReader;
import org.xms4j.msg.ReadIssue;
import org.xms4j.msg.ReadResult;
import org.xms4j.smil.MediaObject;
import org.xms4j.smil.Region;
import org.xms4j.smil.Slide;
import org.xms4j.smil.SmilParseException;
import org.xms4j.smil.SmilParser;
import org.xms4j.smil.SmilPresentation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code xms4j dump FILE}: prints every property, recipient, attachment and embedded message of a
 * .msg file (the canonical {@link MessageDump} text, or JSON), or the model of a .smil file.
 */
@Command(name = "dump", mixinStandardHelpOptions = true,
    description = {"Print every property (canonical name, tag or named identity, type, value), recipient,"
        + " attachment and embedded message of a .msg file, with the reader's issues;",
        "or the slides and regions of a .smil file (by extension .smil/.smi)."},
    footer = {"", "Exit codes: 0 printed; 2 the file is unreadable."})
final class DumpCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ParentCommand
  Main main;

  @Parameters(index = "0", paramLabel = "FILE", description = "A .msg or .smil file.")
  Path file;

  @Option(names = "--json", description = "Write JSON instead of text.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    String ext = Inputs.extension(file);
    if (ext.equals("smil") || ext.equals("smi")) {
      return smil();
    }
    ReadResult r;
    try {
      r = MsgReader.lenient().read(file);
    } catch (IOException | RuntimeException e) {
      main.error(file.toString(), Failures.describe(e), e);
      return Main.UNREADABLE;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.flush();
      JsonDump.writeMessage(r.message(), r.issues(), main.rawOut());
      return Main.OK;
    }
    out.print(MessageDump.toText(r.message()));
    if (!r.issues().isEmpty() || r.suppressedIssueCount() > 0) {
      out.printf(Locale.ROOT, "issues (%d)%n", r.issues().size() + r.suppressedIssueCount());
      for (ReadIssue i : r.issues()) {
        out.println("  " + i);
      }
      if (r.suppressedIssueCount() > 0) {
        out.printf(Locale.ROOT, "  ... %d more%n", r.suppressedIssueCount());
      }
    }
    out.flush();
    return Main.OK;
  }

  private int smil() throws IOException {
    SmilPresentation p;
    try (InputStream in = Files.newInputStream(file)) {
      p = SmilParser.lenient().parse(in);
    } catch (SmilParseException e) {
      String where = file + (e.lineNumber() > 0 ? ":" + e.lineNumber() + (e.columnNumber() > 0 ? ":" + e.columnNumber() : "") : "");
      main.error(where, e.originalMessage(), e);
      return Main.UNREADABLE;
    } catch (IOException | RuntimeException e) {
      main.error(file.toString(), Failures.describe(e), e);
      return Main.UNREADABLE;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.flush();
      JsonDump.writeSmil(p, main.rawOut());
      return Main.OK;
    }
    out.printf(Locale.ROOT, "regions (%d)%n", p.regions().size());
    for (Region r : p.regions()) {
      out.printf(Locale.ROOT, "  %s left=%s top=%s width=%s height=%s fit=%s%n", r.id().orElse("(no id)"),
          r.left().map(l -> l.text()).orElse("-"), r.top().map(l -> l.text()).orElse("-"),
          r.width().map(l -> l.text()).orElse("-"), r.height().map(l -> l.text()).orElse("-"), r.fit().orElse("-"));
    }
    out.printf(Locale.ROOT, "slides (%d)%n", p.slides().size());
    int n = 0;
    for (Slide s : p.slides()) {
      out.printf(Locale.ROOT, "  slide %d: %s%n", ++n,
          s.durationMillis().isPresent() ? s.durationMillis().getAsLong() + " ms" : "no duration");
      for (MediaObject o : s.media()) {
        out.printf(Locale.ROOT, "    %s src=%s region=%s%n", o.kind().elementName(),
            o.src().map(MessageDump::quote).orElse("-"), o.region().orElse("-"));
      }
    }
    out.flush();
    return Main.OK;
  }
}
