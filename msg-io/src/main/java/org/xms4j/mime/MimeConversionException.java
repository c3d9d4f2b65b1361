package org.xms4j.mime;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when MIME cannot be converted at all: the input is not a MIME message (no header field),
 * is larger than the converter's limit, or the MIME library failed in a way the converter cannot
 * recover from. Problems the converter can work around are not thrown; they are reported in the
 * {@link ConversionReport} of the result.
 *
 * <p>Checked, and an {@link IOException} like the other format exceptions of xms4j, because
 * conversion of outside data is expected to fail sometimes. The cause, when there is one, is the
 * MIME library's exception; its type is not part of the xms4j API.
 */
public final class MimeConversionException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String partPath;
  private final String originalMessage;

  MimeConversionException(String partPath, String message, @Nullable Throwable cause) {
    super(format(partPath, message), cause);
    this.partPath = partPath;
    this.originalMessage = message;
  }

  private static String format(String partPath, String message) {
    return partPath.isEmpty() ? message : "part " + partPath + ": " + message;
  }

  /**
   * Returns the MIME part path where conversion failed, in the dotted form of IMAP (RFC 3501
   * section 6.4.5): {@code 1.2} is the second child of the first child of the top-level multipart.
   *
   * @return the path; empty for the message as a whole
   */
  public String partPath() {
    return partPath;
  }

  /**
   * Returns the message without the part path.
   *
   * @return the bare message
   */
  public String originalMessage() {
    return originalMessage;
  }
}
