package org.xms4j.msg.internal;

import java.io.IOException;

/**
 * Signals that the compound-file container could not deliver a stream: a broken sector chain, a
 * size larger than the chain, a loop. The reader turns it into an anomaly of the stream concerned.
 *
 * <p>Specified by [MS-CFB] section 2 (sector chains and directory entries).
 */
public final class CorruptContainerException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the exception of the container library, or null
   */
  public CorruptContainerException(String message, Throwable cause) {
    super(message, cause);
  }
}
