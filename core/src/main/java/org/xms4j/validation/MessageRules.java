package org.xms4j.validation;

import java.util.ArrayList;
import java.util.List;

/** The registered Message-object rules, in id order. */
final class MessageRules {

  private static final List<MessageRule> ALL = build();

  private MessageRules() {
  }

  private static List<MessageRule> build() {
    List<MessageRule> l = new ArrayList<>();
    l.addAll(MobileRules.rules());
    l.addAll(GeneralRules.rules());
    l.addAll(AttachmentRules.rules());
    l.addAll(RecipientRules.rules());
    l.addAll(OutlookRules.rules());
    l.sort((a, b) -> a.info().id().compareTo(b.info().id()));
    return List.copyOf(l);
  }

  static List<MessageRule> all() {
    return ALL;
  }
}
