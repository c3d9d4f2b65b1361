package org.xms4j.validation;

/**
 * A check of one catalogued rule against a context: a Message object, a .msg file or a MIME
 * message.
 *
 * <p>This is the extension point for the rules of other scopes: the .msg reader implements
 * {@link Scope#MSG_FILE} rules over its view of the raw file, the MIME converter {@link Scope#MIME}
 * rules, each taking its {@link #info()} from {@link RuleCatalogue#require(String)}, and runs them
 * with {@link Validator#validate(Object, java.util.List, Profile)}. The Message-object rules of
 * this package are rules over {@link MessageContext}.
 *
 * <p>A rule reports each problem through the {@link Reporter}; it does not throw for content
 * problems. An unexpected {@link RuntimeException} is caught by the validator and reported as a
 * finding of the internal-error rule {@code XMS-R000}.
 *
 * @param <C> the type of what the rule checks
 */
public interface Rule<C> {

  /**
   * Returns the catalogue entry of the rule.
   *
   * @return the entry, equal to the one {@link RuleCatalogue} holds under its id
   */
  RuleInfo info();

  /**
   * Checks the context and reports every problem found.
   *
   * @param context what to check
   * @param reporter where to report
   */
  void check(C context, Reporter reporter);
}
