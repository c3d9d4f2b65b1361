package org.xms4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.xms4j.message.MessageDump;
import org.xms4j.message.ProtocolExamples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code xms4j examples}: builds the sample SMS and MMS objects of [MS-OXOSMMS] section 4 and prints
 * their canonical dumps.
 */
@Command(name = "examples", description = "Print the sample SMS and MMS objects of [MS-OXOSMMS] section 4.")
final class ExamplesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("# [MS-OXOSMMS] 4.1 Sample SMS Object");
    out.print(MessageDump.toText(ProtocolExamples.sms().message()));
    out.println();
    out.println("# [MS-OXOSMMS] 4.2 Sample MMS Object");
    out.print(MessageDump.toText(ProtocolExamples.mms().message()));
    out.flush();
    return 0;
  }
}
