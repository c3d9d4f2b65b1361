package org.xms4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.xms4j.message.Message;
import org.xms4j.mime.MimeConverter;
import org.xms4j.mime.MimeValidator;
import org.xms4j.msg.check.MsgValidator;
import org.xms4j.validation.FileResult;
import org.xms4j.validation.Profile;
import org.xms4j.validation.ReportFormat;
import org.xms4j.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code xms4j validate PATH...}: checks .msg files against the rule catalogue and writes a report
 * in text, JSON, SARIF or JUnit XML.
 *
 * <p>A .msg file is checked with {@link MsgValidator}: the file-structure rules over the compound
 * file ([MS-OXMSG]) and, on the leniently read Message object, {@link Validator#validate(Message,
 * Profile)}; an .eml file with the MIME rules XMS-R201 to XMS-R228 of {@link MimeValidator} over the
 * MIME message and the Message object {@link MimeConverter} reads from it, and, on that Message
 * object, {@link Validator#validate(Message, Profile)}. Files are checked in parallel and reported in
 * argument order (files of a folder sorted by path).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check .msg and .eml files (and those in folders) against [MS-OXOSMMS] and the rule catalogue.",
    footer = {"", "Exit codes: 0 every file conforms; 1 a MUST finding; 2 a file or folder is unreadable."})
final class ValidateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ParentCommand
  Main main;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = ".msg and .eml files, or folders (searched recursively for *.msg and *.eml).")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "text", converter = FormatConverter.class, paramLabel = "FORMAT",
      description = "text, json, sarif or junit (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--profile", defaultValue = "spec", converter = ProfileConverter.class, paramLabel = "PROFILE",
      description = "spec (the specifications) or outlook (also what Outlook needs) (default: ${DEFAULT-VALUE}).")
  Profile profile;

  @Override
  public Integer call() throws IOException {
    List<Inputs.Input> inputs = Inputs.expand(paths, Set.of("msg", "eml"));
    List<Checked> checked = Parallel.map(inputs, this::check);
    for (Checked c : checked) {
      if (!c.result.readable()) {
        main.error(c.result.file(), c.result.error().orElse("unreadable"), c.failure);
      }
    }
    List<FileResult> results = checked.stream().map(c -> c.result).collect(Collectors.toList());
    spec.commandLine().getOut().flush();
    format.write(results, profile, main.rawOut());
    main.rawOut().flush();
    if (results.stream().anyMatch(r -> !r.readable())) {
      return Main.UNREADABLE;
    }
    return results.stream().allMatch(FileResult::conformant) ? Main.OK : Main.CHECK_FAILED;
  }

  /** The result of one file and, when it is unreadable, the exception behind it. */
  private record Checked(FileResult result, @Nullable Throwable failure) {
  }

  private Checked check(Inputs.Input in) {
    if (in.error() != null) {
      return new Checked(FileResult.unreadable(in.name(), in.error()), null);
    }
    if (Inputs.extension(in.file()).equals("eml")) {
      try (InputStream s = Files.newInputStream(in.file())) {
        // one byte more than the converter takes, so that a larger file fails as too large
        byte[] mime = s.readNBytes(MimeConverter.DEFAULT_MAX_INPUT_SIZE_IN_BYTES + 1);
        Message m = MimeConverter.create().toMessage(mime).value();
        // the MIME rules over the file and its reading, plus the Message-object rules
        return new Checked(FileResult.of(in.name(),
            Validator.validate(m, profile).plus(MimeValidator.validateRead(mime, m, profile))), null);
      } catch (IOException | RuntimeException e) {
        return new Checked(FileResult.unreadable(in.name(), Failures.describe(e)), e);
      }
    }
    try {
      // file-structure rules over the compound file plus the Message-object rules
      return new Checked(MsgValidator.validate(Files.readAllBytes(in.file()), in.name(), profile), null);
    } catch (IOException | RuntimeException e) {
      return new Checked(FileResult.unreadable(in.name(), Failures.describe(e)), e);
    }
  }

  /** Converts {@code --format} values. */
  static final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return ReportFormat.fromId(value)
          .orElseThrow(() -> new TypeConversionException("expected text, json, sarif or junit, was '" + value + "'"));
    }
  }

  /** Converts {@code --profile} values. */
  static final class ProfileConverter implements ITypeConverter<Profile> {
    @Override
    public Profile convert(String value) {
      return Profile.fromId(value)
          .orElseThrow(() -> new TypeConversionException("expected spec or outlook, was '" + value + "'"));
    }
  }
}
