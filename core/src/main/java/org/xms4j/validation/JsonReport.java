package org.xms4j.validation;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes the JSON report. */
final class JsonReport {

  private JsonReport() {
  }

  static void write(List<FileResult> results, OutputStream out) throws IOException {
    try (JsonGenerator g = JsonSupport.generator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("files");
      for (FileResult r : results) {
        g.writeStartObject();
        g.writeStringField("file", r.file());
        g.writeBooleanField("readable", r.readable());
        g.writeBooleanField("conformant", r.conformant());
        if (r.error().isPresent()) {
          g.writeStringField("error", r.error().get());
        }
        g.writeArrayFieldStart("findings");
        if (r.report().isPresent()) {
          for (Finding f : r.report().get().findings()) {
            writeFinding(g, f);
          }
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  static void writeFinding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", f.ruleId().value());
    g.writeStringField("level", f.level().name());
    JsonSupport.writeSpec(g, f.spec());
    JsonSupport.writeCovers(g, f.covers());
    g.writeStringField("path", f.path().toString());
    g.writeStringField("message", f.message());
    g.writeEndObject();
  }
}
