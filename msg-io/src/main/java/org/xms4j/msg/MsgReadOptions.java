package org.xms4j.msg;

import java.util.Objects;

/**
 * How {@link MsgReader} treats anomalies, and the {@link ReadLimits} it enforces.
 *
 * <p>Two presets: {@link #STRICT} throws {@link MsgFormatException} at the first anomaly;
 * {@link #LENIENT} reads on, records each anomaly as a {@link ReadIssue} (at most
 * {@link #maxIssues()} of them) and returns the message. Both run the same code; only what happens
 * at an anomaly differs. Immutable; change a preset with {@link #toBuilder()}:
 *
 * <pre>{@code
 * MsgReadOptions opts = MsgReadOptions.LENIENT.toBuilder()
 *     .limits(ReadLimits.DEFAULT.toBuilder().maxStreamSizeInBytes(16 << 20).build())
 *     .build();
 * }</pre>
 *
 * <p>Specified by [MS-OXMSG] section 2 (the structures checked).
 */
public final class MsgReadOptions {

  /** Throws at the first anomaly; default limits. */
  public static final MsgReadOptions STRICT = new Builder(true).build();
  /** Records anomalies as issues (at most 1000) and reads on; default limits. */
  public static final MsgReadOptions LENIENT = new Builder(false).build();

  private final boolean strict;
  private final ReadLimits limits;
  private final int maxIssues;

  private MsgReadOptions(Builder b) {
    this.strict = b.strict;
    this.limits = b.limits;
    this.maxIssues = b.maxIssues;
  }

  /**
   * Returns a builder holding these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(strict);
    b.limits = limits;
    b.maxIssues = maxIssues;
    return b;
  }

  /**
   * Tells whether the first anomaly throws.
   *
   * @return true in strict mode
   */
  public boolean strict() {
    return strict;
  }

  /**
   * Returns the limits enforced in both modes.
   *
   * @return the limits
   */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Returns the most issues a lenient read keeps; further issues are only counted
   * ({@link ReadResult#suppressedIssueCount()}).
   *
   * @return the count; default 1000
   */
  public int maxIssues() {
    return maxIssues;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MsgReadOptions m && m.strict == strict && m.limits.equals(limits)
        && m.maxIssues == maxIssues;
  }

  @Override
  public int hashCode() {
    return Objects.hash(strict, limits, maxIssues);
  }

  @Override
  public String toString() {
    return "MsgReadOptions[" + (strict ? "strict" : "lenient") + ", maxIssues=" + maxIssues + ", " + limits + "]";
  }

  /** The builder of {@link MsgReadOptions}. */
  public static final class Builder {
    private final boolean strict;
    private ReadLimits limits = ReadLimits.DEFAULT;
    private int maxIssues = 1000;

    private Builder(boolean strict) {
      this.strict = strict;
    }

    /**
     * Sets the limits.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the most issues a lenient read keeps.
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public Builder maxIssues(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("maxIssues must be 0 or more, was " + count);
      }
      this.maxIssues = count;
      return this;
    }

    /**
     * Returns the options.
     *
     * @return an immutable instance
     */
    public MsgReadOptions build() {
      return new MsgReadOptions(this);
    }
  }
}
