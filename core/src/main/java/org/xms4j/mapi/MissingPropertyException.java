package org.xms4j.mapi;

import java.util.NoSuchElementException;

/**
 * Thrown by {@code require*} accessors when a property is absent or its value cannot be decoded as
 * the definition's Java type.
 */
public final class MissingPropertyException extends NoSuchElementException {
  private static final long serialVersionUID = 1L;

  /** The canonical name of the missing property. */
  private final String canonicalName;

  /**
   * Creates the exception.
   *
   * @param definition the definition that was required
   * @param found what was found instead: "absent" or a description of the value
   */
  public MissingPropertyException(PropertyDefinition<?> definition, String found) {
    super(definition.canonicalName() + " (" + definition.key() + ") required, " + found);
    this.canonicalName = definition.canonicalName();
  }

  /**
   * Returns the canonical name of the property that was required.
   *
   * @return for example {@code "PidTagMessageClass"}
   */
  public String canonicalName() {
    return canonicalName;
  }
}
