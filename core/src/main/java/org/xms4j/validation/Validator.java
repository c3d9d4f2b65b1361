package org.xms4j.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.MobileMessage;
import org.xms4j.path.MessagePath;

/**
 * Checks Message objects, SMS and MMS objects against the rule catalogue.
 *
 * <p>{@link #validate(Message)} runs every applicable {@link Scope#MESSAGE} rule of a profile on the
 * message and, depth first, on each embedded message ({@code /attachments[i]/embedded}). The
 * [MS-OXOSMMS] rules run only on messages that {@link MobileMessage#from(Message)} views as SMS or
 * MMS; ordinary mail gets the general rules. Validation never throws for content problems: a rule
 * that fails with an unexpected {@link RuntimeException} becomes a MUST finding of
 * {@link RuleCatalogue#INTERNAL_ERROR} at the place being checked, and the other rules still run.
 *
 * <pre>{@code
 * ValidationReport report = Validator.validate(sms, Profile.OUTLOOK);
 * if (!report.conforms()) {
 *   report.findings(Level.MUST).forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Specified by [MS-OXOSMMS] section 2.2 and the documents of each rule ({@link RuleInfo#spec()}).
 */
public final class Validator {

  private Validator() {
  }

  /**
   * Validates a message under the {@link Profile#SPEC} profile.
   *
   * @param message the message
   * @return the report
   */
  public static ValidationReport validate(Message message) {
    return validate(message, Profile.SPEC);
  }

  /**
   * Validates a message and its embedded messages.
   *
   * @param message the message
   * @param profile the rules to run
   * @return the report; {@link ValidationReport#checkedRules()} lists the Message-object rules of the
   *     profile
   */
  public static ValidationReport validate(Message message, Profile profile) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(profile, "profile");
    List<MessageRule> rules = new ArrayList<>();
    for (MessageRule r : MessageRules.all()) {
      if (profile.includes(r.info())) {
        rules.add(r);
      }
    }
    List<Finding> findings = new ArrayList<>();
    walk(MessageContext.of(message), rules, findings);
    Set<RuleId> checked = new TreeSet<>();
    rules.forEach(r -> checked.add(r.info().id()));
    return new ValidationReport(profile, findings, checked);
  }

  private static void walk(MessageContext ctx, List<MessageRule> rules, List<Finding> findings) {
    run(ctx, rules, MessageContext::path, findings);
    List<Attachment> atts = ctx.message().attachments();
    for (int i = 0; i < atts.size(); i++) {
      int index = i;
      atts.get(i).embeddedMessage().ifPresent(m ->
          walk(MessageContext.of(m, ctx.path().attachment(index).embedded()), rules, findings));
    }
  }

  /**
   * Validates an SMS or MMS object under the {@link Profile#SPEC} profile.
   *
   * @param message the SMS or MMS object
   * @return the report
   */
  public static ValidationReport validate(MobileMessage message) {
    return validate(message.message(), Profile.SPEC);
  }

  /**
   * Validates an SMS or MMS object.
   *
   * @param message the SMS or MMS object
   * @param profile the rules to run
   * @return the report
   */
  public static ValidationReport validate(MobileMessage message, Profile profile) {
    return validate(message.message(), profile);
  }

  /**
   * Runs rules of another scope on a context: the extension point for the .msg reader
   * ({@link Scope#MSG_FILE}) and the MIME converter ({@link Scope#MIME}). Rules outside the profile
   * are skipped. When a rule throws a {@link RuntimeException}, the findings it reported before are
   * kept and one {@link RuleCatalogue#INTERNAL_ERROR} finding at {@link MessagePath#ROOT} is added.
   *
   * @param <C> the type of the context
   * @param context what the rules check
   * @param rules the rules, each with its catalogue entry
   * @param profile the profile selecting the rules
   * @return the report, to be combined with the Message-object report by
   *     {@link ValidationReport#plus(ValidationReport)}
   * @throws IllegalArgumentException when a rule's {@link Rule#info()} is not the catalogue's entry
   *     under its id, or names a rule that is not applicable
   */
  public static <C> ValidationReport validate(C context, List<? extends Rule<? super C>> rules, Profile profile) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(profile, "profile");
    List<Rule<? super C>> selected = new ArrayList<>();
    Set<RuleId> checked = new TreeSet<>();
    for (Rule<? super C> r : rules) {
      RuleInfo info = r.info();
      if (!RuleCatalogue.find(info.id()).map(info::equals).orElse(false)) {
        throw new IllegalArgumentException("rule " + info.id() + " does not carry its catalogue entry");
      }
      if (!info.applicable()) {
        throw new IllegalArgumentException("rule " + info.id() + " is not applicable: " + info.reason());
      }
      if (profile.includes(info)) {
        selected.add(r);
        checked.add(info.id());
      }
    }
    List<Finding> findings = new ArrayList<>();
    run(context, selected, c -> MessagePath.ROOT, findings);
    return new ValidationReport(profile, findings, checked);
  }

  private static <C> void run(C context, List<? extends Rule<? super C>> rules, Function<C, MessagePath> where,
      List<Finding> findings) {
    for (Rule<? super C> rule : rules) {
      Reporter reporter = new Reporter(rule.info(), findings::add);
      try {
        rule.check(context, reporter);
      } catch (RuntimeException e) {
        findings.add(Finding.of(RuleCatalogue.require(RuleCatalogue.INTERNAL_ERROR.value()), where.apply(context),
            "expected rule " + rule.info().id() + " to complete, was failed by " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ").strip())
                + "; its findings here may be incomplete"));
      }
    }
  }
}
