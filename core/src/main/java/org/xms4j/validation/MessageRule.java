package org.xms4j.validation;

import java.util.Objects;

/** A Message-object rule: a catalogue entry and one check. */
final class MessageRule implements Rule<MessageContext> {

  /** The check of a Message-object rule. */
  @FunctionalInterface
  interface Check {
    void check(MessageContext context, Reporter reporter);
  }

  private final RuleInfo info;
  private final Check check;

  MessageRule(String id, Check check) {
    this.info = RuleCatalogue.require(id);
    if (info.scope() != Scope.MESSAGE || !info.applicable()) {
      throw new IllegalArgumentException(id + " is not an applicable MESSAGE rule");
    }
    this.check = Objects.requireNonNull(check, "check");
  }

  /** Returns a rule that runs only on SMS and MMS objects. */
  static MessageRule mobile(String id, Check check) {
    return new MessageRule(id, (ctx, r) -> {
      if (ctx.mobile().isPresent()) {
        check.check(ctx, r);
      }
    });
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public void check(MessageContext context, Reporter reporter) {
    check.check(context, reporter);
  }

  @Override
  public String toString() {
    return "MessageRule[" + info.id() + "]";
  }
}
