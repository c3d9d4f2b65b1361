package org.xms4j.backup;

import java.io.IOException;

/**
 * Thrown when an SMS Backup &amp; Restore file cannot be read further, or one of its records cannot be
 * turned into a message.
 *
 * <p>The position is that of the XML parser when the problem was found: line and column are
 * 1-based, the character offset 0-based; each is -1 when unknown. {@link #recordIndex()} is the
 * 0-based index of the {@code <sms>} or {@code <mms>} element being read, counting both kinds, or -1
 * outside any record. When {@link #recoverable()} is true the reader has skipped the bad record and
 * {@link BackupReader#next()} can be called again; otherwise the document ends here (malformed or
 * truncated XML) and every complete record before it has already been returned.
 */
public final class BackupFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The 1-based line, or -1. */
  private final int line;
  /** The 1-based column, or -1. */
  private final int column;
  /** The 0-based character offset, or -1. */
  private final long characterOffset;
  /** The 0-based record index, or -1. */
  private final int recordIndex;
  /** Whether reading can go on with the next record. */
  private final boolean recoverable;

  BackupFormatException(String message, int line, int column, long characterOffset, int recordIndex,
      boolean recoverable, Throwable cause) {
    super(message, cause);
    this.line = line;
    this.column = column;
    this.characterOffset = characterOffset;
    this.recordIndex = recordIndex;
    this.recoverable = recoverable;
  }

  /**
   * Returns the 1-based line of the problem.
   *
   * @return the line, or -1 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the problem.
   *
   * @return the column, or -1 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the 0-based character offset of the problem in the document.
   *
   * @return the offset in characters, or -1 when unknown
   */
  public long characterOffset() {
    return characterOffset;
  }

  /**
   * Returns the index of the record being read.
   *
   * @return the 0-based index among all {@code <sms>} and {@code <mms>} elements, or -1
   */
  public int recordIndex() {
    return recordIndex;
  }

  /**
   * Tells whether the reader skipped just the bad record and can go on.
   *
   * @return true for a record-level problem, false when the document cannot be read further
   */
  public boolean recoverable() {
    return recoverable;
  }
}
