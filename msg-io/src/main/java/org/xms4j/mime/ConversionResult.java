package org.xms4j.mime;

import java.util.Objects;

/**
 * The result of a conversion: the converted value and the report of what was not carried over.
 *
 * @param <T> the type of the converted value: {@link org.xms4j.message.Message} for MIME to
 *     Message object, {@link org.xms4j.mapi.Bytes} for Message object to MIME
 * @param value the converted value
 * @param report what was not carried over as it was, and why; empty when nothing was lost
 */
public record ConversionResult<T>(T value, ConversionReport report) {
  /**
   * Checks the components.
   *
   * @param value the {@code value} component
   * @param report the {@code report} component
   * @throws NullPointerException when a component is null
   */
  public ConversionResult {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(report, "report");
  }
}
