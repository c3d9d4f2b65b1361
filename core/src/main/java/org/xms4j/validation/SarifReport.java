package org.xms4j.validation;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the SARIF 2.1.0 report. */
final class SarifReport {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String TOOL_NAME = "xms4j";

  private SarifReport() {
  }

  static String sarifLevel(Level level) {
    switch (level) {
      case MUST:
        return "error";
      case SHOULD:
        return "warning";
      default:
        return "note";
    }
  }

  static void write(List<FileResult> results, Profile profile, OutputStream out) throws IOException {
    List<RuleInfo> rules = RuleCatalogue.forProfile(profile).stream().filter(RuleInfo::applicable).toList();
    Map<RuleId, Integer> index = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      index.put(rules.get(i).id(), i);
    }
    try (JsonGenerator g = JsonSupport.generator(out)) {
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", TOOL_NAME);
      g.writeArrayFieldStart("rules");
      for (RuleInfo r : rules) {
        writeRule(g, r);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      writeInvocation(g, results);
      g.writeArrayFieldStart("results");
      for (FileResult fr : results) {
        if (fr.report().isEmpty()) {
          continue;
        }
        for (Finding f : fr.report().get().findings()) {
          writeResult(g, f, fr.file(), index.get(f.ruleId()));
        }
      }
      g.writeEndArray();
      g.writeObjectFieldStart("properties");
      g.writeStringField("profile", profile.id());
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void writeRule(JsonGenerator g, RuleInfo r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id().value());
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", r.summary());
    g.writeEndObject();
    g.writeObjectFieldStart("fullDescription");
    g.writeStringField("text", r.level() + " " + r.spec() + (r.covers().isEmpty() ? "" : ", covers "
        + String.join(", ", r.covers())) + ": " + r.summary());
    g.writeEndObject();
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", sarifLevel(r.level()));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeStringField("requirementLevel", r.level().name());
    JsonSupport.writeSpec(g, r.spec());
    g.writeStringField("scope", r.scope().name());
    JsonSupport.writeCovers(g, r.covers());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeInvocation(JsonGenerator g, List<FileResult> results) throws IOException {
    g.writeArrayFieldStart("invocations");
    g.writeStartObject();
    g.writeBooleanField("executionSuccessful", results.stream().allMatch(FileResult::readable));
    g.writeArrayFieldStart("toolExecutionNotifications");
    for (FileResult fr : results) {
      if (fr.error().isEmpty()) {
        continue;
      }
      g.writeStartObject();
      g.writeStringField("level", "error");
      g.writeObjectFieldStart("message");
      g.writeStringField("text", "unreadable: " + fr.error().get());
      g.writeEndObject();
      g.writeArrayFieldStart("locations");
      g.writeStartObject();
      writePhysical(g, fr.file());
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
  }

  private static void writeResult(JsonGenerator g, Finding f, String file, Integer ruleIndex) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId().value());
    if (ruleIndex != null) {
      g.writeNumberField("ruleIndex", ruleIndex);
    }
    g.writeStringField("level", sarifLevel(f.level()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", f.path() + ": " + f.message());
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    writePhysical(g, file);
    g.writeArrayFieldStart("logicalLocations");
    g.writeStartObject();
    List<String> segments = f.path().segments();
    g.writeStringField("name", segments.isEmpty() ? "/" : segments.get(segments.size() - 1));
    g.writeStringField("fullyQualifiedName", f.path().toString());
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("properties");
    g.writeStringField("spec", f.spec().toString());
    JsonSupport.writeCovers(g, f.covers());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writePhysical(JsonGenerator g, String file) throws IOException {
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", toUri(file));
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * Returns a file path as a URI reference: backslashes become slashes, characters outside the URI
   * unreserved, sub-delims, ':', '@' and '/' are percent-encoded as UTF-8, and a Windows drive path
   * becomes a {@code file:///} URI.
   */
  static String toUri(String file) {
    String s = file.replace('\\', '/');
    char first = s.isEmpty() ? ' ' : s.charAt(0);
    boolean drive = s.length() >= 2 && (first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z')
        && s.charAt(1) == ':';
    StringBuilder b = new StringBuilder(drive ? "file:///" : "");
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return b.toString();
  }
}
