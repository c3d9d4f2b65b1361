package org.xms4j.smil;

import java.io.IOException;
import java.util.Objects;

/**
 * Thrown when a document cannot be read as a SMIL presentation: it is not well-formed XML, it is
 * refused for safety (a document type declaration that declares entities), its root is not
 * {@code smil}, it exceeds a limit of the parser, or (in strict mode) a value does not parse.
 *
 * <p>A checked exception, an {@link IOException}, because reading a message part is expected to
 * fail now and then, as the other readers of xms4j do. The position is where the underlying parser
 * stopped: line and column are 1-based, the character offset 0-based into the decoded text; each is
 * -1 when unknown. {@link #getMessage()} starts with {@code line:column: } when the position is
 * known; {@link #originalMessage()} is the bare text.
 *
 * <p>Specified by [XML] section 1.2 (well-formedness) and section 4 (entities), and [SMIL 2.1]
 * section 9 (Structure: the smil root element).
 */
public final class SmilParseException extends IOException {

  private static final long serialVersionUID = 1L;

  /** Why a document was not read. */
  public enum Kind {
    /** Not well-formed XML, an undeclared entity, a bad character reference or undecodable bytes. */
    MALFORMED_XML,
    /**
     * Refused for safety: the internal subset of the document type declaration declares an entity
     * or refers to a parameter entity (external entities, XXE, "billion laughs").
     */
    FORBIDDEN_DTD,
    /** The root element is not {@code smil}. */
    NOT_SMIL,
    /** The document is larger or nested deeper than the parser allows. */
    LIMIT_EXCEEDED,
    /** Strict mode only: a timing value or length does not parse. */
    INVALID_VALUE
  }

  private final Kind kind;
  private final String originalMessage;
  private final int lineNumber;
  private final int columnNumber;
  private final long characterOffset;

  /**
   * Creates an exception.
   *
   * @param kind why the document was not read
   * @param message what is wrong, without the position
   * @param lineNumber the 1-based line, or -1 when unknown
   * @param columnNumber the 1-based column, or -1 when unknown
   * @param characterOffset the 0-based character offset, or -1 when unknown
   * @param cause the underlying exception, or null
   */
  public SmilParseException(Kind kind, String message, int lineNumber, int columnNumber, long characterOffset,
      Throwable cause) {
    super(decorate(message, lineNumber, columnNumber), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.originalMessage = Objects.requireNonNull(message, "message");
    this.lineNumber = lineNumber < 1 ? -1 : lineNumber;
    this.columnNumber = columnNumber < 1 ? -1 : columnNumber;
    this.characterOffset = characterOffset < 0 ? -1 : characterOffset;
  }

  private static String decorate(String message, int line, int column) {
    if (line < 1) {
      return message;
    }
    return line + ":" + (column < 1 ? "?" : Integer.toString(column)) + ": " + message;
  }

  /**
   * Returns why the document was not read.
   *
   * @return the kind of failure
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the message without the position prefix.
   *
   * @return the bare message
   */
  public String originalMessage() {
    return originalMessage;
  }

  /**
   * Returns the line where parsing stopped.
   *
   * @return the 1-based line, or -1 when unknown
   */
  public int lineNumber() {
    return lineNumber;
  }

  /**
   * Returns the column where parsing stopped.
   *
   * @return the 1-based column, or -1 when unknown
   */
  public int columnNumber() {
    return columnNumber;
  }

  /**
   * Returns the offset where parsing stopped, in characters of the decoded text.
   *
   * @return the 0-based character offset, or -1 when unknown
   */
  public long characterOffset() {
    return characterOffset;
  }
}
