package org.xms4j.cli;

import java.io.PrintWriter;
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
    subcommands = {ExamplesCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  /** Creates the command object; picocli fills its options. */
  public Main() {
  }

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line in-process, for tests and embedding.
   *
   * @param args the arguments
   * @param out where normal output goes
   * @param err where errors go
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
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
