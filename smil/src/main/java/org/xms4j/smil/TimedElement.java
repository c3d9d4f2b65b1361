package org.xms4j.smil;

import java.util.Optional;

/**
 * An element with SMIL timing attributes: {@link Par}, {@link Seq} and {@link MediaObject}.
 *
 * <p>Specified by [SMIL 2.1] section 10 (Timing and Synchronization: the dur, begin and end
 * attributes).
 */
public sealed interface TimedElement extends SmilElement permits Par, Seq, MediaObject {

  /**
   * Returns the {@code dur} attribute: the simple duration.
   *
   * @return the duration value as written, or empty when absent
   */
  default Optional<TimeValue> dur() {
    return attribute("dur").map(TimeValue::new);
  }

  /**
   * Returns the {@code begin} attribute.
   *
   * @return the begin value as written (possibly a semicolon-separated list), or empty when absent
   */
  default Optional<TimeValue> begin() {
    return attribute("begin").map(TimeValue::new);
  }

  /**
   * Returns the {@code end} attribute.
   *
   * @return the end value as written (possibly a semicolon-separated list), or empty when absent
   */
  default Optional<TimeValue> end() {
    return attribute("end").map(TimeValue::new);
  }
}
