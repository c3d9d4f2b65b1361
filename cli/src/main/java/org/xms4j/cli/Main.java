package org.xms4j.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code xms4j} command: parses the arguments with picocli and runs a subcommand.
 *
 * <p>Exit codes: 0 success; 1 a check failed (a MUST finding, a record that could not be
 * converted, an attachment that could not be extracted); 2 an input was unreadable or the arguments
 * were wrong. Errors are one line on stderr naming the file and the cause; stack traces only with
 * {@code --debug}.
 */
@Command(name = "xms4j", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "SMS and MMS messages as Outlook stores them: MAPI Message objects per [MS-OXOSMMS].",
    footer = {"", "Exit codes: 0 success; 1 a check failed (MUST finding, record not converted, attachment not"
        + " extracted); 2 an input unreadable or bad arguments."},
    subcommands = {ImportCommand.class, ConvertCommand.class, ValidateCommand.class, DumpCommand.class, ExtractCommand.class,
        RulesCommand.class, ExamplesCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  /** Exit code of a successful run. */
  static final int OK = 0;
  /** Exit code when a check failed: a MUST finding, a record not converted, an attachment not extracted. */
  static final int CHECK_FAILED = 1;
  /** Exit code when an input is unreadable or the arguments are wrong. */
  static final int UNREADABLE = 2;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print the stack trace of errors (on stderr).")
  boolean debug;

  private final OutputStream rawOut;
  private final PrintStream errStream;
  private final PrintWriter err;
  private final boolean terminal;

  private Main(OutputStream rawOut, PrintStream errStream, PrintWriter err, boolean terminal) {
    this.rawOut = rawOut;
    this.errStream = errStream;
    this.err = err;
    this.terminal = terminal;
  }

  /** Returns the byte stream behind standard output, for formats written as bytes (JSON, SARIF). */
  OutputStream rawOut() {
    return rawOut;
  }

  /** Returns standard error as a print stream, for the progress bar. */
  PrintStream errStream() {
    return errStream;
  }

  /** Tells whether standard error is a terminal, so a progress bar may be drawn. */
  boolean terminal() {
    return terminal;
  }

  /**
   * Reports an error as one line on stderr: {@code xms4j: WHERE: CAUSE}, with the stack trace of the
   * cause when {@code --debug} is given.
   */
  void error(String where, String cause, Throwable e) {
    err.println("xms4j: " + Failures.oneLine(where + ": " + cause));
    if (debug && e != null) {
      err.flush();
      e.printStackTrace(err);
    }
    err.flush();
  }

  /** Reports an error without an exception: one line on stderr. */
  void error(String where, String cause) {
    err.println("xms4j: " + Failures.oneLine(where + ": " + cause));
    err.flush();
  }

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Apache POI logs through the Log4j API; the command reports errors itself, so POI's log stays off
    // and Log4j does not complain on stderr that no logging back end is installed.
    setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
    setIfAbsent("log4j2.statusLoggerLevel", "OFF");
    System.exit(run(args, System.out, System.err, System.console() != null));
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /**
   * Runs the command line in-process, for tests and embedding. Text is written as UTF-8; no progress
   * bar is drawn.
   *
   * @param args the arguments
   * @param stdout where normal output goes
   * @param stderr where errors go
   * @return the exit code: 0 success, 1 a check failed, 2 bad arguments or an unreadable input
   */
  public static int run(String[] args, OutputStream stdout, OutputStream stderr) {
    return run(args, stdout, stderr, false);
  }

  /** Runs the command line; {@code terminal} tells whether progress bars may be drawn on stderr. */
  static int run(String[] args, OutputStream stdout, OutputStream stderr, boolean terminal) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintStream errStream = new PrintStream(stderr, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(errStream, StandardCharsets.UTF_8), true);
    Main main = new Main(stdout, errStream, err, terminal);
    CommandLine cl = new CommandLine(main);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, a) -> {
      String name = ex.getCommandLine().getCommandName();
      err.println("xms4j: " + Failures.oneLine(ex.getMessage()) + " (try 'xms4j "
          + (name.equals("xms4j") ? "" : name + " ") + "--help')");
      if (main.debug) {
        ex.printStackTrace(err);
      }
      err.flush();
      return UNREADABLE;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      boolean io = ex instanceof IOException || ex instanceof UncheckedIOException;
      err.println("xms4j: " + (io ? "" : "internal error: ") + Failures.describe(ex)
          + (main.debug ? "" : " (--debug shows the stack trace)"));
      if (main.debug) {
        ex.printStackTrace(err);
      }
      err.flush();
      return io ? UNREADABLE : CHECK_FAILED;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    errStream.flush();
    return code;
  }

  /** Supplies the version printed by {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"xms4j " + (v == null ? "(development build)" : v)};
    }
  }
}
