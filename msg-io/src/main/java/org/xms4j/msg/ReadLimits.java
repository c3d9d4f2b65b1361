package org.xms4j.msg;

import java.util.Objects;

/**
 * Bounds on what a .msg file can make {@link MsgReader} allocate or walk. Every limit is checked
 * before the memory is allocated; exceeding one throws {@link LimitExceededException} naming the
 * setting, in strict and lenient mode alike.
 *
 * <p>Immutable; build with {@link #builder()} or change one setting of {@link #DEFAULT} with
 * {@link #toBuilder()}:
 *
 * <pre>{@code
 * ReadLimits big = ReadLimits.DEFAULT.toBuilder().maxStreamSizeInBytes(1L << 30).build();
 * }</pre>
 *
 * <p>Specified by [MS-OXMSG] sections 2.2.1 and 2.2.2 (2048 recipient and attachment storages at
 * most); the other values are this library's defaults.
 */
public final class ReadLimits {

  /**
   * The default limits: files up to 1 GiB, streams up to 256 MiB, 1 GiB of stream data in total,
   * 2048 recipients and 2048 attachments per message, 32 levels of embedded messages, 64 levels of
   * storages, 32767 named properties, 65536 properties per object and 65536 values per multi-valued
   * property.
   */
  public static final ReadLimits DEFAULT = builder().build();

  private final long maxFileSizeInBytes;
  private final long maxStreamSizeInBytes;
  private final long maxTotalBytes;
  private final int maxRecipients;
  private final int maxAttachments;
  private final int maxEmbeddedDepth;
  private final int maxStorageDepth;
  private final int maxNamedProperties;
  private final int maxPropertiesPerObject;
  private final int maxValuesPerProperty;

  private ReadLimits(Builder b) {
    this.maxFileSizeInBytes = b.maxFileSizeInBytes;
    this.maxStreamSizeInBytes = b.maxStreamSizeInBytes;
    this.maxTotalBytes = b.maxTotalBytes;
    this.maxRecipients = b.maxRecipients;
    this.maxAttachments = b.maxAttachments;
    this.maxEmbeddedDepth = b.maxEmbeddedDepth;
    this.maxStorageDepth = b.maxStorageDepth;
    this.maxNamedProperties = b.maxNamedProperties;
    this.maxPropertiesPerObject = b.maxPropertiesPerObject;
    this.maxValuesPerProperty = b.maxValuesPerProperty;
  }

  /**
   * Returns a builder holding the default values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxFileSizeInBytes = maxFileSizeInBytes;
    b.maxStreamSizeInBytes = maxStreamSizeInBytes;
    b.maxTotalBytes = maxTotalBytes;
    b.maxRecipients = maxRecipients;
    b.maxAttachments = maxAttachments;
    b.maxEmbeddedDepth = maxEmbeddedDepth;
    b.maxStorageDepth = maxStorageDepth;
    b.maxNamedProperties = maxNamedProperties;
    b.maxPropertiesPerObject = maxPropertiesPerObject;
    b.maxValuesPerProperty = maxValuesPerProperty;
    return b;
  }

  /**
   * Returns the largest file accepted: the file size for a path, the bytes buffered for a stream.
   *
   * @return the size in bytes; default 1 GiB
   */
  public long maxFileSizeInBytes() {
    return maxFileSizeInBytes;
  }

  /**
   * Returns the largest single stream read into memory (attachment data, a body, a property stream).
   *
   * @return the size in bytes; default 256 MiB
   */
  public long maxStreamSizeInBytes() {
    return maxStreamSizeInBytes;
  }

  /**
   * Returns the most stream data read into memory for one file, all streams together.
   *
   * @return the size in bytes; default 1 GiB
   */
  public long maxTotalBytes() {
    return maxTotalBytes;
  }

  /**
   * Returns the most recipient storages per message.
   *
   * @return the count; default 2048, the [MS-OXMSG] maximum
   */
  public int maxRecipients() {
    return maxRecipients;
  }

  /**
   * Returns the most attachment storages per message.
   *
   * @return the count; default 2048, the [MS-OXMSG] maximum
   */
  public int maxAttachments() {
    return maxAttachments;
  }

  /**
   * Returns the deepest nesting of embedded messages; the top-level message is depth 0.
   *
   * @return the number of levels; default 32
   */
  public int maxEmbeddedDepth() {
    return maxEmbeddedDepth;
  }

  /**
   * Returns the deepest nesting of storages kept as they are (custom attachment storages and
   * storages no property describes).
   *
   * @return the number of levels; default 64
   */
  public int maxStorageDepth() {
    return maxStorageDepth;
  }

  /**
   * Returns the most entries read from the named property mapping.
   *
   * @return the count; default 32767, every id from 0x8000 to 0xFFFE
   */
  public int maxNamedProperties() {
    return maxNamedProperties;
  }

  /**
   * Returns the most entries of one property stream (one message, recipient or attachment).
   *
   * @return the count; default 65536
   */
  public int maxPropertiesPerObject() {
    return maxPropertiesPerObject;
  }

  /**
   * Returns the most values of one multi-valued property.
   *
   * @return the count; default 65536
   */
  public int maxValuesPerProperty() {
    return maxValuesPerProperty;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadLimits r && r.maxFileSizeInBytes == maxFileSizeInBytes
        && r.maxStreamSizeInBytes == maxStreamSizeInBytes && r.maxTotalBytes == maxTotalBytes
        && r.maxRecipients == maxRecipients && r.maxAttachments == maxAttachments
        && r.maxEmbeddedDepth == maxEmbeddedDepth && r.maxStorageDepth == maxStorageDepth
        && r.maxNamedProperties == maxNamedProperties && r.maxPropertiesPerObject == maxPropertiesPerObject
        && r.maxValuesPerProperty == maxValuesPerProperty;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxFileSizeInBytes, maxStreamSizeInBytes, maxTotalBytes, maxRecipients,
        maxAttachments, maxEmbeddedDepth, maxStorageDepth, maxNamedProperties, maxPropertiesPerObject,
        maxValuesPerProperty);
  }

  @Override
  public String toString() {
    return "ReadLimits[maxFileSizeInBytes=" + maxFileSizeInBytes + ", maxStreamSizeInBytes="
        + maxStreamSizeInBytes + ", maxTotalBytes=" + maxTotalBytes + ", maxRecipients=" + maxRecipients
        + ", maxAttachments=" + maxAttachments + ", maxEmbeddedDepth=" + maxEmbeddedDepth
        + ", maxStorageDepth=" + maxStorageDepth + ", maxNamedProperties=" + maxNamedProperties
        + ", maxPropertiesPerObject=" + maxPropertiesPerObject + ", maxValuesPerProperty="
        + maxValuesPerProperty + "]";
  }

  /** The builder of {@link ReadLimits}; starts from the default values. */
  public static final class Builder {
    private long maxFileSizeInBytes = 1L << 30;
    private long maxStreamSizeInBytes = 256L << 20;
    private long maxTotalBytes = 1L << 30;
    private int maxRecipients = 2048;
    private int maxAttachments = 2048;
    private int maxEmbeddedDepth = 32;
    private int maxStorageDepth = 64;
    private int maxNamedProperties = 0x7FFF;
    private int maxPropertiesPerObject = 65536;
    private int maxValuesPerProperty = 65536;

    private Builder() {
    }

    private static long positive(String name, long v) {
      if (v <= 0) {
        throw new IllegalArgumentException(name + " must be positive, was " + v);
      }
      return v;
    }

    private static int nonNegative(String name, int v) {
      if (v < 0) {
        throw new IllegalArgumentException(name + " must be 0 or more, was " + v);
      }
      return v;
    }

    /**
     * Sets the largest file accepted.
     *
     * @param bytes the size in bytes, positive
     * @return this builder
     * @throws IllegalArgumentException when {@code bytes} is not positive
     */
    public Builder maxFileSizeInBytes(long bytes) {
      this.maxFileSizeInBytes = positive("maxFileSizeInBytes", bytes);
      return this;
    }

    /**
     * Sets the largest single stream read into memory.
     *
     * @param bytes the size in bytes, positive, at most {@link Integer#MAX_VALUE} - 8
     * @return this builder
     * @throws IllegalArgumentException when {@code bytes} is not positive or too large for an array
     */
    public Builder maxStreamSizeInBytes(long bytes) {
      positive("maxStreamSizeInBytes", bytes);
      if (bytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("maxStreamSizeInBytes must be at most " + (Integer.MAX_VALUE - 8)
            + " (the largest Java array), was " + bytes);
      }
      this.maxStreamSizeInBytes = bytes;
      return this;
    }

    /**
     * Sets the most stream data read into memory for one file.
     *
     * @param bytes the size in bytes, positive
     * @return this builder
     * @throws IllegalArgumentException when {@code bytes} is not positive
     */
    public Builder maxTotalBytes(long bytes) {
      this.maxTotalBytes = positive("maxTotalBytes", bytes);
      return this;
    }

    /**
     * Sets the most recipient storages per message.
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public Builder maxRecipients(int count) {
      this.maxRecipients = nonNegative("maxRecipients", count);
      return this;
    }

    /**
     * Sets the most attachment storages per message.
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public Builder maxAttachments(int count) {
      this.maxAttachments = nonNegative("maxAttachments", count);
      return this;
    }

    /**
     * Sets the deepest nesting of embedded messages.
     *
     * @param levels 0 or more; 0 refuses any embedded message
     * @return this builder
     * @throws IllegalArgumentException when {@code levels} is negative
     */
    public Builder maxEmbeddedDepth(int levels) {
      this.maxEmbeddedDepth = nonNegative("maxEmbeddedDepth", levels);
      return this;
    }

    /**
     * Sets the deepest nesting of storages kept as they are.
     *
     * @param levels 0 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code levels} is negative
     */
    public Builder maxStorageDepth(int levels) {
      this.maxStorageDepth = nonNegative("maxStorageDepth", levels);
      return this;
    }

    /**
     * Sets the most entries read from the named property mapping.
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public Builder maxNamedProperties(int count) {
      this.maxNamedProperties = nonNegative("maxNamedProperties", count);
      return this;
    }

    /**
     * Sets the most entries of one property stream.
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public Builder maxPropertiesPerObject(int count) {
      this.maxPropertiesPerObject = nonNegative("maxPropertiesPerObject", count);
      return this;
    }

    /**
     * Sets the most values of one multi-valued property.
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public Builder maxValuesPerProperty(int count) {
      this.maxValuesPerProperty = nonNegative("maxValuesPerProperty", count);
      return this;
    }

    /**
     * Returns the limits.
     *
     * @return an immutable instance
     */
    public ReadLimits build() {
      return new ReadLimits(this);
    }
  }
}
