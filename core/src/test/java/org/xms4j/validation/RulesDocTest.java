package org.xms4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md} equal to {@link RuleCatalogue#toMarkdown()}. Run with
 * {@code -Dxms4j.regenerateDocs=true} to rewrite the file, then review the diff.
 */
class RulesDocTest {

  static final String REGENERATE = "xms4j.regenerateDocs";

  private static Path projectRoot() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve("core").resolve("pom.xml")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new AssertionError("project root (with core/pom.xml) not found above " + System.getProperty("user.dir"));
  }

  @Test
  void docsRulesMdMatchesTheCatalogue() throws IOException {
    Path doc = projectRoot().resolve("docs").resolve("rules.md");
    String expected = RuleCatalogue.toMarkdown();
    if (Boolean.getBoolean(REGENERATE)) {
      Files.createDirectories(doc.getParent());
      Files.writeString(doc, expected, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(doc)) {
      fail(doc + " is missing; generate it with -D" + REGENERATE + "=true");
    }
    String actual = Files.readString(doc, StandardCharsets.UTF_8);
    assertThat(actual).as(doc + " differs from RuleCatalogue; regenerate with -D" + REGENERATE + "=true")
        .isEqualTo(expected);
  }

  @Test
  void markdownListsEveryRule() {
    String md = RuleCatalogue.toMarkdown();
    for (RuleInfo r : RuleCatalogue.all()) {
      assertThat(md).contains("| " + r.id() + " | " + r.level() + " |");
    }
    assertThat(md).contains("## Not applicable");
  }
}
