package org.xms4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

  @Test
  void idsAreUniqueAndSorted() {
    List<RuleId> ids = RuleCatalogue.all().stream().map(RuleInfo::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    List<RuleInfo> sorted = new ArrayList<>(RuleCatalogue.all());
    sorted.sort(java.util.Comparator.comparing(RuleInfo::profile).thenComparing(RuleInfo::id));
    assertThat(RuleCatalogue.all()).isEqualTo(sorted);
    assertThat(RuleCatalogue.all().get(0).id()).isEqualTo(RuleCatalogue.INTERNAL_ERROR);
    assertThat(RuleCatalogue.find(RuleId.of("XMS-R999"))).isEmpty();
    assertThatThrownBy(() -> RuleCatalogue.require("XMS-R999")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XMS-R999");
    assertThatThrownBy(() -> RuleId.of("R17")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"R17\"");
  }

  @Test
  void profilesSelectRules() {
    assertThat(RuleCatalogue.forProfile(Profile.SPEC)).allMatch(r -> r.id().prefix().equals("XMS"));
    assertThat(RuleCatalogue.forProfile(Profile.OUTLOOK)).containsAll(RuleCatalogue.forProfile(Profile.SPEC))
        .anyMatch(r -> r.id().prefix().equals("OUTLOOK"));
    assertThat(RuleCatalogue.all()).filteredOn(r -> r.profile() == Profile.OUTLOOK)
        .allMatch(r -> r.id().prefix().equals("OUTLOOK") && r.level() == Level.SHOULD && r.applicable());
    assertThat(Profile.fromId(" Outlook ")).contains(Profile.OUTLOOK);
    assertThat(Profile.fromId("strict")).isEmpty();
  }

  @Test
  void notApplicableEntriesGiveAReasonAndProtocolEntriesAreNotApplicable() {
    for (RuleInfo r : RuleCatalogue.all()) {
      assertThat(r.applicable()).as(r.id().value()).isEqualTo(r.reason().isEmpty());
      assertThat(r.notApplicableReason().isPresent()).isEqualTo(!r.applicable());
      if (r.scope() == Scope.PROTOCOL) {
        assertThat(r.applicable()).as(r.id().value()).isFalse();
      }
      // the requirement rows of shared/research cover the Microsoft documents; rules that check an RFC
      // directly (XMS-R228, the multipart structure of RFC 2046) have no row to cover
      if (!r.id().equals(RuleCatalogue.INTERNAL_ERROR) && !r.spec().document().startsWith("RFC")) {
        assertThat(r.covers()).as(r.id().value()).isNotEmpty();
      }
    }
  }

  @Test
  void everyRequirementRowIsCoveredOrListedNotApplicable() throws IOException {
    Optional<Path> research = SharedResearch.locate();
    assumeTrue(research.isPresent(), "shared/research not found above " + System.getProperty("user.dir")
        + ": requirement-coverage check skipped");
    Set<String> rows = new TreeSet<>();
    rows.addAll(SharedResearch.rowIds(research.get().resolve("requirements-mobile.md")));
    rows.addAll(SharedResearch.rowIds(research.get().resolve("spec-notes.md")));
    Set<String> gotchas = SharedResearch.gotchaIds(research.get().resolve("outlook-gotchas.md"));
    assertThat(rows).hasSizeGreaterThan(100).contains("OXOSMMS-01", "OXOSMMS-D4", "OMS-MIME-09", "OMS-USR-01",
        "ASMS-06", "OXMSG-20", "OXCMSG-MC-1", "OXCMSG-MISC-1", "OXCMAIL-20");
    Set<String> covered = new TreeSet<>();
    for (RuleInfo r : RuleCatalogue.all()) {
      covered.addAll(r.covers());
    }
    Set<String> missing = new TreeSet<>(rows);
    missing.removeAll(covered);
    assertThat(missing).as("requirement rows without a rule or a not-applicable entry").isEmpty();
    Set<String> unknown = new TreeSet<>(covered);
    unknown.removeAll(rows);
    unknown.removeAll(gotchas);
    assertThat(unknown).as("covered ids that are no requirement row").isEmpty();
  }

  @Test
  void wireFormatRowsAreNotApplicableUntilTheWireFormatWork() {
    for (RuleInfo r : RuleCatalogue.all()) {
      if (r.covers().stream().anyMatch(c -> c.matches("OMS-(XMS|RSP|SVC|USR)-.*"))) {
        assertThat(r.applicable()).isFalse();
        assertThat(r.reason()).contains("until the wire-format work");
      }
    }
    assertThat(RuleCatalogue.all()).filteredOn(r -> r.covers().contains("OXOSMMS-16"))
        .singleElement().matches(r -> !r.applicable());
  }

  @Test
  void writesTheCatalogueAsJson() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RuleCatalogue.writeJson(out);
    JsonNode root = new ObjectMapper().readTree(out.toByteArray());
    assertThat(root.isArray()).isTrue();
    assertThat(root.size()).isEqualTo(RuleCatalogue.all().size());
    for (int i = 0; i < root.size(); i++) {
      JsonNode n = root.get(i);
      RuleInfo r = RuleCatalogue.all().get(i);
      List<String> names = new ArrayList<>();
      n.fieldNames().forEachRemaining(names::add);
      assertThat(names).containsExactly("id", "level", "spec", "section", "scope", "covers", "summary", "applicable",
          "reason");
      assertThat(n.get("id").asText()).isEqualTo(r.id().value());
      assertThat(n.get("level").asText()).isEqualTo(r.level().name());
      assertThat(n.get("spec").asText()).isEqualTo(r.spec().document());
      assertThat(n.get("section").asText()).isEqualTo(r.spec().section());
      assertThat(n.get("scope").asText()).isEqualTo(r.scope().name());
      List<String> covers = new ArrayList<>();
      n.get("covers").forEach(c -> covers.add(c.asText()));
      assertThat(covers).isEqualTo(r.covers());
      assertThat(n.get("summary").asText()).isEqualTo(r.summary());
      assertThat(n.get("applicable").asBoolean()).isEqualTo(r.applicable());
      assertThat(n.get("reason").isNull()).isEqualTo(r.applicable());
    }
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    RuleCatalogue.writeJson(again);
    assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
  }
}
