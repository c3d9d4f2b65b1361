package org.xms4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.xms4j.validation.RuleCatalogue;
import org.xms4j.validation.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code xms4j rules}: prints the rule catalogue of the validator as text, JSON or Markdown.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Print the validator's rule catalogue: id, level, spec section, scope, covered requirement rows.")
final class RulesCommand implements Callable<Integer> {

  enum Format { text, json, markdown }

  @Spec
  CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE})")
  Format format;

  @ParentCommand
  Main main;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> {
        out.flush();
        RuleCatalogue.writeJson(main.rawOut());
        main.rawOut().write('\n');
        main.rawOut().flush();
      }
      case markdown -> out.print(RuleCatalogue.toMarkdown());
      case text -> {
        for (RuleInfo r : RuleCatalogue.all()) {
          out.printf(Locale.ROOT, "%-11s %-6s %-8s %-26s %s%s%n", r.id(), r.level(), r.scope(), r.spec(), r.summary(),
              r.applicable() ? "" : " (not applicable: " + r.reason() + ")");
        }
      }
      default -> throw new IllegalStateException("unreachable");
    }
    out.flush();
    return 0;
  }
}
