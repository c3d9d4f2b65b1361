package org.xms4j.msg.internal;

/**
 * Decides whether a stream of a compound file may be read whole, before anything of its size is
 * allocated: the size its directory entry declares against the size of the file, a limit for one
 * stream and a limit for all streams read from the file. The reader ({@link MessageReader}) and the
 * file-structure checker ({@code org.xms4j.msg.check}) both decide with one budget per file, each
 * acting on the verdict in its own way (the reader throws at a limit, the checker records why a
 * stream was not read).
 *
 * <p>Not thread-safe; one instance per read of one file.
 */
public final class ReadBudget {

  /** What may be done with a stream. */
  public enum Verdict {
    /** The stream may be read; call {@link #spend(long)} with its size. */
    READ,
    /** The stream declares more bytes than the whole file holds: its directory entry is corrupt. */
    LARGER_THAN_CONTAINER,
    /** The stream declares more bytes than the limit for one stream. */
    OVER_STREAM_LIMIT,
    /** Reading the stream would take the bytes read from the file over the limit for all streams. */
    OVER_TOTAL_LIMIT
  }

  private final long containerSize;
  private final long maxTotalBytes;
  private long spent;

  /**
   * Creates the budget of one file.
   *
   * @param containerSize the size of the file in bytes
   * @param maxTotalBytes the most bytes all streams read from it may add up to
   */
  public ReadBudget(long containerSize, long maxTotalBytes) {
    this.containerSize = containerSize;
    this.maxTotalBytes = maxTotalBytes;
  }

  /**
   * Checks a stream size, in this order: against the file size, the limit for one stream, the
   * limit for all streams.
   *
   * @param sizeInBytes the size the stream's directory entry declares
   * @param maxStreamSizeInBytes the largest stream the caller reads here
   * @return the verdict; nothing is spent
   */
  public Verdict check(long sizeInBytes, long maxStreamSizeInBytes) {
    if (sizeInBytes > containerSize) {
      return Verdict.LARGER_THAN_CONTAINER;
    }
    if (sizeInBytes > maxStreamSizeInBytes) {
      return Verdict.OVER_STREAM_LIMIT;
    }
    if (spent + sizeInBytes > maxTotalBytes) {
      return Verdict.OVER_TOTAL_LIMIT;
    }
    return Verdict.READ;
  }

  /**
   * Counts a stream about to be read against the limit for all streams.
   *
   * @param sizeInBytes the stream's size, after a {@link Verdict#READ} verdict
   */
  public void spend(long sizeInBytes) {
    spent += sizeInBytes;
  }

  /**
   * Returns the bytes counted so far.
   *
   * @return the sum of the sizes spent
   */
  public long spent() {
    return spent;
  }

  /**
   * Returns the size of the file.
   *
   * @return the size in bytes; no stream of it can be larger
   */
  public long containerSize() {
    return containerSize;
  }
}
