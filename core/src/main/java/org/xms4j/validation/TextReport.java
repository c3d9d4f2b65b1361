package org.xms4j.validation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes the text report. */
final class TextReport {

  private TextReport() {
  }

  static void write(List<FileResult> results, Profile profile, OutputStream out) throws IOException {
    StringBuilder b = new StringBuilder();
    long conformant = results.stream().filter(FileResult::conformant).count();
    long unreadable = results.stream().filter(r -> !r.readable()).count();
    b.append("xms4j validation, profile ").append(profile.id()).append(": ").append(results.size())
        .append(results.size() == 1 ? " file, " : " files, ").append(conformant).append(" conformant, ")
        .append(results.size() - conformant - unreadable).append(" not conformant, ").append(unreadable)
        .append(" unreadable\n");
    for (FileResult r : results) {
      if (r.report().isEmpty()) {
        b.append(r.file()).append(": unreadable: ").append(r.error().orElse("")).append('\n');
        continue;
      }
      ValidationReport rep = r.report().get();
      b.append(r.file()).append(": ").append(rep.conforms() ? "conformant" : "NOT conformant").append(", ")
          .append(rep.findings(Level.MUST).size()).append(" MUST, ").append(rep.findings(Level.SHOULD).size())
          .append(" SHOULD, ").append(rep.findings(Level.MAY).size()).append(" MAY\n");
      for (Finding f : rep.findings()) {
        b.append("  ").append(f).append('\n');
      }
    }
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
  }
}
