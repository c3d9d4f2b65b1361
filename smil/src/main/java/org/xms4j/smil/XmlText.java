package org.xms4j.smil;

import java.util.Objects;
import org.xms4j.smil.internal.ClockValues;

/**
 * A run of character data that is not only white space, exactly as the document held it (entity
 * and character references replaced, CDATA sections merged in).
 *
 * <p>Specified by [XML] section 2.4 (character data).
 *
 * @param text the characters, never empty and never only XML white space
 */
public record XmlText(String text) implements XmlNode {

  /**
   * Checks the component.
   *
   * @param text the {@code text} component
   * @throws NullPointerException when text is null
   * @throws IllegalArgumentException when text is empty or only XML white space
   */
  public XmlText {
    Objects.requireNonNull(text, "text");
    if (ClockValues.strip(text).isEmpty()) {
      throw new IllegalArgumentException("text must not be empty or only white space");
    }
  }
}
