package org.xms4j.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code xms4j} command: parses the arguments with picocli and runs a subcommand.
 *
 * <p>Exit codes: 0 success; 1 a check failed (for example a MUST finding); 2 an input was unreadable
 * or the arguments were wrong. Errors are one line on stderr naming the file and the cause; stack
 * traces only with {@code --debug}.
 */
@Command(name = "xms4j", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "SMS and MMS messages as Outlook stores them: MAPI Message objects per [MS-OXOSMMS].",
    subcommands = {RulesCommand.class, ExamplesCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  private final OutputStream rawOut;

  private Main(OutputStream rawOut) {
    this.rawOut = rawOut;
  }

  /** Returns the byte stream behind standard output, for formats written as bytes (JSON, SARIF). */
  OutputStream rawOut() {
    return rawOut;
  }

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line in-process, for tests and embedding. Text is written as UTF-8.
   *
   * @param args the arguments
   * @param stdout where normal output goes
   * @param stderr where errors go
   * @return the exit code: 0 success, 1 a check failed, 2 bad arguments or an unreadable input
   */
  public static int run(String[] args, OutputStream stdout, OutputStream stderr) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    CommandLine cl = new CommandLine(new Main(stdout));
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("xms4j: " + ex.getMessage());
      err.println("Try 'xms4j " + (ex.getCommandLine().getCommandName().equals("xms4j") ? "" : ex.getCommandLine().getCommandName() + " ")
          + "--help'.");
      return 2;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
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
