package org.xms4j.validation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a validation run over one or more files is written in.
 *
 * <p>Every format writes UTF-8 and is deterministic: the same results give the same bytes (no
 * times, no host names). Files appear in the order given, findings in report order.
 *
 * <pre>{@code
 * List<FileResult> results = List.of(FileResult.of("sms.msg", Validator.validate(message)));
 * ReportFormat.SARIF.write(results, Profile.SPEC, System.out);
 * }</pre>
 */
public enum ReportFormat {
  /**
   * Text for people: a summary line, then per file a status line and its findings in the
   * {@link Finding#toString()} form, indented by two spaces.
   */
  TEXT("text"),
  /**
   * JSON: {@code {"files":[{"file":…,"readable":…,"conformant":…,"findings":[{"rule":…,"level":…,
   * "spec":…,"section":…,"covers":[…],"path":…,"message":…}]}]}}; an unreadable file also has
   * {@code "error"} and no findings.
   */
  JSON("json"),
  /**
   * SARIF 2.1.0: one run whose {@code tool.driver.rules} are the applicable catalogue rules of the
   * profile (level error for MUST, warning for SHOULD, note for MAY), one result per finding with the
   * file as {@code artifactLocation.uri} and the message path as a logical location, and unreadable
   * files as error notifications of the invocation.
   */
  SARIF("sarif"),
  /**
   * JUnit XML: one {@code testsuite} per file and one {@code testcase} per applicable rule of the
   * profile. MUST findings fail the test case; SHOULD and MAY findings leave it passing and are listed
   * in its {@code system-out}; rules not checked for the file (for example .msg structure rules when
   * only the Message object was validated) are {@code skipped}; an unreadable file is one test case
   * {@code read} with an {@code error}.
   */
  JUNIT("junit");

  private final String id;

  ReportFormat(String id) {
    this.id = id;
  }

  /**
   * Returns the name used on command lines.
   *
   * @return {@code text}, {@code json}, {@code sarif} or {@code junit}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the format of a name, ignoring case.
   *
   * @param id {@code text}, {@code json}, {@code sarif} or {@code junit}
   * @return the format, or empty for another name
   */
  public static Optional<ReportFormat> fromId(String id) {
    String s = id.strip().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.id.equals(s)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Writes the results of a run. The stream is flushed, not closed.
   *
   * @param results one result per file, in the order to report
   * @param profile the profile the files were validated under
   * @param out where to write, UTF-8
   * @throws IOException when writing fails
   */
  public void write(List<FileResult> results, Profile profile, OutputStream out) throws IOException {
    switch (this) {
      case TEXT:
        TextReport.write(results, profile, out);
        break;
      case JSON:
        JsonReport.write(results, out);
        break;
      case SARIF:
        SarifReport.write(results, profile, out);
        break;
      default:
        JUnitReport.write(results, profile, out);
        break;
    }
    out.flush();
  }
}
