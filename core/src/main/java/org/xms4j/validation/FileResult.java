package org.xms4j.validation;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome for one input file of a validation run: the report of a file that could be read, or
 * the error of one that could not.
 *
 * <p>Report writers ({@link ReportFormat}) take a list of these, one per file, in the order given.
 */
public final class FileResult {

  private final String file;
  private final @Nullable ValidationReport report;
  private final @Nullable String error;

  private FileResult(String file, @Nullable ValidationReport report, @Nullable String error) {
    this.file = Objects.requireNonNull(file, "file");
    this.report = report;
    this.error = error;
  }

  /**
   * Returns the result of a file that was read and validated.
   *
   * @param file the file name or path as the user gave it
   * @param report the validation report
   * @return the result
   */
  public static FileResult of(String file, ValidationReport report) {
    return new FileResult(file, Objects.requireNonNull(report, "report"), null);
  }

  /**
   * Returns the result of a file that could not be read.
   *
   * @param file the file name or path as the user gave it
   * @param error what went wrong, for example the message of the reader's exception
   * @return the result
   */
  public static FileResult unreadable(String file, String error) {
    return new FileResult(file, null, Objects.requireNonNull(error, "error"));
  }

  /**
   * Returns the file name or path as the user gave it.
   *
   * @return the file
   */
  public String file() {
    return file;
  }

  /**
   * Tells whether the file could be read.
   *
   * @return true when there is a report
   */
  public boolean readable() {
    return report != null;
  }

  /**
   * Tells whether the file was read and conforms (no MUST finding).
   *
   * @return false for an unreadable file
   */
  public boolean conformant() {
    return report != null && report.conforms();
  }

  /**
   * Returns the validation report.
   *
   * @return the report, or empty for an unreadable file
   */
  public Optional<ValidationReport> report() {
    return Optional.ofNullable(report);
  }

  /**
   * Returns why the file could not be read.
   *
   * @return the error, or empty for a readable file
   */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /**
   * Compares file, report and error.
   *
   * @param o the other object
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof FileResult f && file.equals(f.file) && Objects.equals(report, f.report)
        && Objects.equals(error, f.error);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, report, error);
  }

  @Override
  public String toString() {
    return "FileResult[" + file + (report != null ? ", " + report.findings().size() + " findings" : ", " + error) + "]";
  }
}
