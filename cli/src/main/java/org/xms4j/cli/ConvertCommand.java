package org.xms4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.Bytes;
import org.xms4j.message.Message;
import org.xms4j.mime.ConversionReport;
import org.xms4j.mime.ConversionResult;
import org.xms4j.mime.MimeConverter;
import org.xms4j.msg.MsgReader;
import org.xms4j.msg.MsgWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code xms4j convert IN... -o OUT}: .eml to .msg and .msg to .eml, by extension, with
 * {@link MimeConverter}.
 *
 * <p>Files are converted on {@link Runtime#availableProcessors()} threads in batches and written in
 * argument order (files of a folder sorted by path, under the same relative folders in OUT), so the
 * output is the same whatever the number of cores. An existing file with the same bytes is left
 * alone; one with other bytes is never overwritten ({@code name (1).ext} instead).
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Convert .eml files to .msg and .msg files to .eml (by extension), files or folders, on all cores.",
    footer = {"", "Exit codes: 0 every file converted; 1 a file could not be converted; 2 an input is unreadable"
        + " or the output folder cannot be written."})
final class ConvertCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ParentCommand
  Main main;

  @Parameters(arity = "1..*", paramLabel = "IN", description = ".eml and .msg files, or folders searched recursively for them.")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
      description = "The folder to write to (created when missing).")
  Path output;

  @Option(names = {"-v", "--verbose"}, description = "Print what each conversion could not carry over.")
  boolean verbose;

  /** One input and where its output goes, relative to OUT. */
  private record Job(Inputs.Input input, Path relativeTarget) {
  }

  /** The converted bytes, or the reason why not; {@code unreadable} tells which exit code it costs. */
  private record Done(Job job, byte @Nullable [] bytes, @Nullable ConversionReport report, @Nullable String error,
      @Nullable Throwable failure, boolean unreadable) {
  }

  @Override
  public Integer call() {
    List<Job> jobs = new ArrayList<>();
    for (Path in : inputs) {
      for (Inputs.Input i : Inputs.expand(List.of(in), Set.of("eml", "msg"))) {
        Path relative = Files.isDirectory(in) ? in.relativize(i.file()) : i.file().getFileName();
        jobs.add(new Job(i, relative == null ? i.file() : relative));
      }
    }
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      main.error(output.toString(), "cannot create the output folder: " + Failures.describe(e), e);
      return Main.UNREADABLE;
    }
    PrintWriter out = spec.commandLine().getOut();
    int converted = 0;
    int unchanged = 0;
    int failed = 0;
    int code = Main.OK;
    int batch = 4 * Runtime.getRuntime().availableProcessors();
    for (int from = 0; from < jobs.size(); from += batch) {
      List<Done> done = Parallel.map(jobs.subList(from, Math.min(jobs.size(), from + batch)), this::convert);
      for (Done d : done) {
        if (d.error() != null) {
          main.error(d.job().input().name(), d.error(), d.failure());
          failed++;
          code = Math.max(code, d.unreadable() ? Main.UNREADABLE : Main.CHECK_FAILED);
          continue;
        }
        try {
          Optional<Path> written = write(d.job().relativeTarget(), d.bytes());
          if (written.isPresent()) {
            converted++;
            out.println(d.job().input().name() + " -> " + written.get());
          } else {
            unchanged++;
            out.println(d.job().input().name() + " -> " + output.resolve(d.job().relativeTarget()) + " (unchanged)");
          }
        } catch (IOException e) {
          main.error(output.resolve(d.job().relativeTarget()).toString(), "cannot be written: " + Failures.describe(e), e);
          out.flush();
          return Main.UNREADABLE;
        }
        if (verbose && d.report() != null) {
          for (ConversionReport.Item item : d.report().items()) {
            out.println("  note: " + item);
          }
        }
      }
    }
    out.printf(Locale.ROOT, "%d files: %d converted, %d unchanged, %d failed -> %s%n", jobs.size(), converted, unchanged,
        failed, output);
    out.flush();
    return code;
  }

  private Optional<Path> write(Path relativeTarget, byte[] bytes) throws IOException {
    Path dir = output;
    Path parent = relativeTarget.getParent();
    if (parent != null) {
      for (Path segment : parent) {
        dir = SafeNames.inside(dir, SafeNames.sanitize(segment.toString(), "folder"));
      }
      Files.createDirectories(dir);
    }
    String name = SafeNames.sanitize(relativeTarget.getFileName().toString(), "converted");
    Path target = SafeNames.inside(dir, name);
    if (SafeNames.sameContent(target, bytes)) {
      return Optional.empty();
    }
    return Optional.of(SafeNames.writeNew(dir, name, bytes));
  }

  private Done convert(Job job) {
    Inputs.Input in = job.input();
    if (in.error() != null) {
      return new Done(job, null, null, in.error(), null, true);
    }
    String ext = Inputs.extension(in.file());
    MimeConverter converter = MimeConverter.create();
    Message message;
    try {
      if (ext.equals("eml")) {
        ConversionResult<Message> r;
        try (InputStream s = Files.newInputStream(in.file())) {
          r = converter.toMessage(s);
        }
        byte[] msg = MsgWriter.toBytes(r.value());
        return new Done(new Job(in, withExtension(job.relativeTarget(), ".msg")), msg, r.report(), null, null, false);
      }
      if (!ext.equals("msg")) {
        return new Done(job, null, null, "not converted: the extension is neither .eml nor .msg", null, true);
      }
      message = MsgReader.lenient().read(in.file()).message();
    } catch (IOException | RuntimeException e) {
      return new Done(job, null, null, Failures.describe(e), e, true);
    }
    try {
      ConversionResult<Bytes> r = converter.toMime(message);
      return new Done(new Job(in, withExtension(job.relativeTarget(), ".eml")), r.value().toByteArray(), r.report(),
          null, null, false);
    } catch (IOException | RuntimeException e) {
      return new Done(job, null, null, "cannot be converted to .eml: " + Failures.describe(e), e, false);
    }
  }

  private static Path withExtension(Path p, String ext) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    String base = dot > 0 ? n.substring(0, dot) : n;
    return p.resolveSibling(base + ext);
  }
}
