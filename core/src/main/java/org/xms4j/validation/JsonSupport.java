package org.xms4j.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.xms4j.mapi.SpecReference;

/** Makes the JSON generators of the reports: UTF-8, two-space indent, LF line ends, caller's stream left open. */
final class JsonSupport {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private JsonSupport() {
  }

  static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    g.setPrettyPrinter(new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter));
    return g;
  }

  /** Writes the fields {@code spec} (the document) and {@code section} of a reference. */
  static void writeSpec(JsonGenerator g, SpecReference spec) throws IOException {
    g.writeStringField("spec", spec.document());
    g.writeStringField("section", spec.section());
  }

  /** Writes the field {@code covers}: an array of the requirement identifiers a rule covers. */
  static void writeCovers(JsonGenerator g, List<String> covers) throws IOException {
    g.writeArrayFieldStart("covers");
    for (String c : covers) {
      g.writeString(c);
    }
    g.writeEndArray();
  }
}
