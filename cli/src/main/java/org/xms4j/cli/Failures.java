package org.xms4j.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns exceptions into the one-line causes the command prints. */
final class Failures {

  private Failures() {
  }

  /**
   * Describes an exception in one line without the file name that the caller already prints: "no
   * such file or folder", "permission denied", or the message (the exception's simple class name
   * when it has none).
   */
  static String describe(Throwable e) {
    Throwable t = e;
    if (t instanceof UncheckedIOException && t.getCause() != null) {
      t = t.getCause();
    }
    String text;
    if (t instanceof NoSuchFileException) {
      text = "no such file or folder";
    } else if (t instanceof AccessDeniedException) {
      text = "permission denied";
    } else if (t instanceof NotDirectoryException) {
      text = "not a folder";
    } else if (t instanceof FileAlreadyExistsException) {
      text = "already exists";
    } else if (t instanceof DirectoryNotEmptyException) {
      text = "folder not empty";
    } else if (t instanceof FileSystemException fs) {
      text = fs.getReason() != null ? fs.getReason() : t.getClass().getSimpleName();
      if (fs.getFile() != null && !(e instanceof FileSystemException)) {
        text = fs.getFile() + ": " + text;
      }
    } else if (t.getMessage() == null || t.getMessage().isBlank()) {
      text = t.getClass().getSimpleName();
    } else if (t instanceof RuntimeException) {
      text = t.getClass().getSimpleName() + ": " + t.getMessage();
    } else {
      text = t.getMessage();
    }
    return oneLine(text);
  }

  /** Collapses line breaks and runs of white space so the text fits on one line. */
  static String oneLine(String s) {
    return s.replaceAll("[\\r\\n\\u2028\\u2029]+\\s*", " ").strip();
  }
}
