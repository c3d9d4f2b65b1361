package org.xms4j.validation;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of every rule: one entry per checkable requirement row of the project's requirement
 * catalogue ([MS-OXOSMMS], [MS-OMS], [MS-ASMS], [MS-OXMSG], [MS-OXCMSG], [MS-OXCMAIL] rows), the
 * Outlook-compatibility rules, and the rows that no stored object can show, listed as not
 * applicable with the reason.
 *
 * <p>Entries are in id order, spec rules before Outlook rules. Message-object rules
 * ({@link Scope#MESSAGE}) are implemented in this package; {@link Scope#MSG_FILE} and
 * {@link Scope#MIME} rules are implemented by the modules that read those formats, which take the
 * entries from here with {@link #require(String)}.
 *
 * <pre>{@code
 * for (RuleInfo r : RuleCatalogue.forProfile(Profile.SPEC)) {
 *   System.out.println(r.id() + " " + r.level() + " " + r.spec() + " " + r.summary());
 * }
 * }</pre>
 */
public final class RuleCatalogue {

  /** The id of the rule under which a rule's unexpected exception is reported: {@code XMS-R000}. */
  public static final RuleId INTERNAL_ERROR = RuleId.of("XMS-R000");

  private static final java.util.Comparator<RuleInfo> ORDER =
      java.util.Comparator.comparing(RuleInfo::profile).thenComparing(RuleInfo::id);
  private static final List<RuleInfo> ALL;
  private static final Map<RuleId, RuleInfo> BY_ID = new LinkedHashMap<>();

  static {
    List<RuleInfo> entries = new ArrayList<>(CatalogueData.entries());
    entries.sort(ORDER);
    for (RuleInfo r : entries) {
      if (BY_ID.put(r.id(), r) != null) {
        throw new ExceptionInInitializerError("duplicate rule id " + r.id());
      }
    }
    ALL = List.copyOf(entries);
  }

  private RuleCatalogue() {
  }

  /**
   * Returns every entry, applicable or not: the spec rules in id order, then the Outlook rules in id
   * order.
   *
   * @return an unmodifiable list
   */
  public static List<RuleInfo> all() {
    return ALL;
  }

  /**
   * Returns the entries of a profile: the spec rules, plus the Outlook rules for
   * {@link Profile#OUTLOOK}; applicable or not, in catalogue order.
   *
   * @param profile the profile
   * @return an unmodifiable list
   */
  public static List<RuleInfo> forProfile(Profile profile) {
    return ALL.stream().filter(profile::includes).toList();
  }

  /**
   * Returns the entry of an id.
   *
   * @param id the id
   * @return the entry, or empty when no rule has the id
   */
  public static Optional<RuleInfo> find(RuleId id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /**
   * Returns the entry of an id.
   *
   * @param id the id, for example {@code XMS-R101}
   * @return the entry
   * @throws IllegalArgumentException when the id is malformed or no rule has it
   */
  public static RuleInfo require(String id) {
    RuleInfo r = BY_ID.get(RuleId.of(id));
    if (r == null) {
      throw new IllegalArgumentException("no rule " + id + " in the catalogue");
    }
    return r;
  }

  /**
   * Writes the catalogue as a JSON array of objects with the members {@code id}, {@code level},
   * {@code spec}, {@code section}, {@code scope}, {@code covers}, {@code summary},
   * {@code applicable} and {@code reason} ({@code null} for applicable rules), in catalogue order, UTF-8.
   * The output is the same bytes for the same catalogue. The stream is not closed.
   *
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void writeJson(OutputStream out) throws IOException {
    try (JsonGenerator g = JsonSupport.generator(out)) {
      g.writeStartArray();
      for (RuleInfo r : ALL) {
        g.writeStartObject();
        g.writeStringField("id", r.id().value());
        g.writeStringField("level", r.level().name());
        JsonSupport.writeSpec(g, r.spec());
        g.writeStringField("scope", r.scope().name());
        JsonSupport.writeCovers(g, r.covers());
        g.writeStringField("summary", r.summary());
        g.writeBooleanField("applicable", r.applicable());
        if (r.applicable()) {
          g.writeNullField("reason");
        } else {
          g.writeStringField("reason", r.reason());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeRaw('\n');
    }
  }

  /**
   * Returns the catalogue as a Markdown document: counts by scope and level, one table per scope,
   * and the rows that are not applicable with their reasons. This is the text of
   * {@code docs/rules.md}.
   *
   * @return the document, lines ending in LF
   */
  public static String toMarkdown() {
    StringBuilder b = new StringBuilder();
    b.append("# Validation rules\n\n");
    b.append("Generated from `org.xms4j.validation.RuleCatalogue`; do not edit by hand. ")
        .append("`RulesDocTest` fails when this file differs from the catalogue; regenerate it with\n")
        .append("`mvn -pl core test -Dtest=RulesDocTest -Dxms4j.regenerateDocs=true`.\n\n");
    b.append("Rule ids are stable and never reused. Levels follow RFC 2119: only MUST findings make an object ")
        .append("non-conformant. Profile `spec` runs the `XMS-R` rules; profile `outlook` adds the `OUTLOOK-R` ")
        .append("rules. `Covers` lists the requirement rows of `shared/research/requirements-mobile.md` and ")
        .append("`shared/research/spec-notes.md` (and the numbered gotchas of `outlook-gotchas.md`).\n\n");
    b.append("| Scope | Applicable | MUST | SHOULD | MAY | Not applicable |\n|---|---|---|---|---|---|\n");
    Map<Scope, int[]> counts = new EnumMap<>(Scope.class);
    for (RuleInfo r : ALL) {
      int[] c = counts.computeIfAbsent(r.scope(), s -> new int[5]);
      if (r.applicable()) {
        c[0]++;
        c[1 + r.level().ordinal()]++;
      } else {
        c[4]++;
      }
    }
    for (Map.Entry<Scope, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      b.append("| ").append(e.getKey()).append(" | ").append(c[0]).append(" | ").append(c[1]).append(" | ")
          .append(c[2]).append(" | ").append(c[3]).append(" | ").append(c[4]).append(" |\n");
    }
    for (Scope scope : Scope.values()) {
      List<RuleInfo> rules = ALL.stream().filter(r -> r.scope() == scope && r.applicable()).toList();
      if (rules.isEmpty()) {
        continue;
      }
      b.append("\n## ").append(scope).append(": ").append(scopeTitle(scope)).append("\n\n");
      b.append("| Id | Level | Spec | Covers | Rule |\n|---|---|---|---|---|\n");
      for (RuleInfo r : rules) {
        b.append("| ").append(r.id()).append(" | ").append(r.level()).append(" | ").append(cell(r.spec().toString()))
            .append(" | ").append(cell(String.join(", ", r.covers()))).append(" | ").append(cell(r.summary()))
            .append(" |\n");
      }
    }
    b.append("\n## Not applicable\n\n");
    b.append("| Id | Level | Spec | Scope | Covers | Requirement | Why not applicable |\n|---|---|---|---|---|---|---|\n");
    for (RuleInfo r : ALL) {
      if (!r.applicable()) {
        b.append("| ").append(r.id()).append(" | ").append(r.level()).append(" | ").append(cell(r.spec().toString()))
            .append(" | ").append(r.scope()).append(" | ").append(cell(String.join(", ", r.covers()))).append(" | ")
            .append(cell(r.summary())).append(" | ").append(cell(r.reason())).append(" |\n");
      }
    }
    return b.toString();
  }

  private static String scopeTitle(Scope scope) {
    switch (scope) {
      case MESSAGE:
        return "the Message object (checked by `Validator`)";
      case MSG_FILE:
        return "the .msg file structure (checked by the .msg reader's rule set)";
      case MIME:
        return "MIME messages (checked by the MIME converter's rule set)";
      default:
        return "protocol exchanges";
    }
  }

  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
