package org.xms4j.rtf;

/**
 * Thrown by {@link CompressedRtf#decompress(byte[], int)} when RAWSIZE, the size of the RTF
 * ([MS-OXRTFCP] 2.1.3.1.1), exceeds the largest size the caller accepts. This is a limit of the
 * reader, not a fault of the data: the value may well be valid compressed RTF, it was just not read.
 * {@link CompressedRtf#validate(byte[])} checks such a value without any limit.
 *
 * <p>{@link #byteOffset()} is 4, the offset of RAWSIZE in the value.
 */
public class RtfLimitExceededException extends RtfFormatException {

  private static final long serialVersionUID = 1L;

  /** RAWSIZE, in bytes. */
  private final long rawSize;
  /** The largest RAWSIZE the reader accepted, in bytes. */
  private final long limit;

  /**
   * Creates the exception.
   *
   * @param rawSize RAWSIZE, in bytes
   * @param limit the largest RAWSIZE the reader accepted, in bytes
   */
  public RtfLimitExceededException(long rawSize, long limit) {
    super("RAWSIZE " + rawSize + " exceeds this reader's limit of " + limit + " bytes", 4);
    this.rawSize = rawSize;
    this.limit = limit;
  }

  /**
   * Returns RAWSIZE, the size of the RTF the value holds.
   *
   * @return the size in bytes
   */
  public long rawSize() {
    return rawSize;
  }

  /**
   * Returns the largest RAWSIZE the reader accepted.
   *
   * @return the limit in bytes
   */
  public long limit() {
    return limit;
  }
}
