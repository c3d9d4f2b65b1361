package org.xms4j.validation;

/**
 * The requirement level of a rule: the RFC 2119 keyword of the sentence it checks.
 *
 * <p>"MUST NOT" is {@link #MUST} with a negative summary, "SHOULD NOT" is {@link #SHOULD}. Only
 * {@link #MUST} findings make an object non-conformant ({@link ValidationReport#conforms()}).
 *
 * <p>Specified by RFC 2119 as used in [MS-OXOSMMS] section 1.1.
 */
public enum Level {
  /** MUST or MUST NOT: an absolute requirement; a finding makes the object non-conformant. */
  MUST,
  /** SHOULD or SHOULD NOT: a recommendation; a finding is a warning. */
  SHOULD,
  /** MAY: an option; a finding is a note. */
  MAY
}
