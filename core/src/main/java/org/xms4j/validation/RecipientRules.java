package org.xms4j.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Message;
import org.xms4j.message.Recipient;
import org.xms4j.message.RecipientType;
import org.xms4j.path.MessagePath;

/** The rules on the recipients of a message, the message size limits and MOBILE addresses: they run on every message. */
final class RecipientRules {

  /** The most recipients and attachments a .msg file can hold ([MS-OXMSG] 2.2.1, 2.2.2). */
  static final int MAX_SUBOBJECTS = 2048;

  private RecipientRules() {
  }

  static List<MessageRule> rules() {
    return List.of(
        new MessageRule("XMS-R054", RecipientRules::recipientType),
        new MessageRule("XMS-R055", RecipientRules::address),
        new MessageRule("XMS-R056", RecipientRules::displayName),
        new MessageRule("XMS-R057", RecipientRules::uniqueRowids),
        new MessageRule("XMS-R058", RecipientRules::displayLists),
        new MessageRule("XMS-R059", RecipientRules::limits),
        new MessageRule("XMS-R060", RecipientRules::mobileAddresses));
  }

  private static void recipientType(MessageContext ctx, Reporter r) {
    List<Recipient> rs = ctx.message().recipients();
    for (int i = 0; i < rs.size(); i++) {
      Optional<Integer> t = rs.get(i).find(PidTag.RECIPIENT_TYPE);
      if (t.isEmpty() || RecipientType.fromValue(t.get()).isEmpty()
          || (t.get() & RecipientType.FLAG_NEEDS_REDELIVERY) != 0 && (t.get() & RecipientType.FLAG_NO_REDELIVERY) != 0) {
        r.report(ctx.path().recipient(i).property(PidTag.RECIPIENT_TYPE.key()), "expected 0 (originator), 1 (To), "
            + "2 (Cc) or 3 (Bcc), optionally with 0x10000000 or 0x80000000, was " + t.map(Checks::int32).orElse("absent"));
      }
    }
  }

  private static void address(MessageContext ctx, Reporter r) {
    List<Recipient> rs = ctx.message().recipients();
    for (int i = 0; i < rs.size(); i++) {
      PropertyBag p = rs.get(i).properties();
      boolean type = p.has(PidTag.ADDRESS_TYPE);
      boolean addr = p.has(PidTag.EMAIL_ADDRESS);
      if (!p.has(PidTag.ENTRY_ID) && !(type && addr)) {
        r.report(ctx.path().recipient(i), "expected PidTagEntryId, or PidTagAddressType and PidTagEmailAddress, was "
            + "PidTagEntryId absent, PidTagAddressType " + (type ? "present" : "absent") + ", PidTagEmailAddress "
            + (addr ? "present" : "absent"));
      }
    }
  }

  private static void displayName(MessageContext ctx, Reporter r) {
    List<Recipient> rs = ctx.message().recipients();
    for (int i = 0; i < rs.size(); i++) {
      Recipient rc = rs.get(i);
      MessagePath p = ctx.path().recipient(i);
      if (!rc.properties().has(PidTag.DISPLAY_NAME)) {
        r.report(p.property(PidTag.DISPLAY_NAME.key()), "expected the recipient's display name, was absent");
      }
      if (rc.addressType().map(Recipient.ADDRESS_TYPE_SMTP::equalsIgnoreCase).orElse(false)
          && !rc.properties().has(PidTag.SMTP_ADDRESS)) {
        r.report(p.property(PidTag.SMTP_ADDRESS.key()), "expected the SMTP address of a recipient of address type "
            + "SMTP, was absent");
      }
    }
  }

  private static void uniqueRowids(MessageContext ctx, Reporter r) {
    Checks.repeats(ctx.message().recipients(), rc -> rc.find(PidTag.ROWID), (index, id, prev) ->
        r.report(ctx.path().recipient(index).property(PidTag.ROWID.key()), "expected a row id unique among the "
            + "recipients, was " + Checks.int32(id) + ", as on " + ctx.path().recipient(prev)));
  }

  private static void displayLists(MessageContext ctx, Reporter r) {
    list(ctx, r, PidTag.DISPLAY_TO, RecipientType.TO);
    list(ctx, r, PidTag.DISPLAY_CC, RecipientType.CC);
    list(ctx, r, PidTag.DISPLAY_BCC, RecipientType.BCC);
  }

  private static void list(MessageContext ctx, Reporter r, PropertyDefinition<String> def, RecipientType type) {
    Message m = ctx.message();
    Optional<String> actual = m.find(def);
    if (actual.isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (Recipient rc : m.recipients()) {
      if (rc.type().map(type::equals).orElse(false)) {
        GeneralRules.listName(rc).ifPresent(names::add);
      }
    }
    String expected = String.join("; ", names);
    if (!normalizeList(actual.get()).equals(normalizeList(expected))) {
      r.report(ctx.path().property(def.key()), "expected the " + type + " recipients' names " + Reporter.quote(expected)
          + ", was " + Reporter.quote(actual.get()));
    }
  }

  private static List<String> normalizeList(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split(";")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  private static void limits(MessageContext ctx, Reporter r) {
    Message m = ctx.message();
    if (m.recipients().size() > MAX_SUBOBJECTS) {
      r.report(ctx.path(), "expected at most " + MAX_SUBOBJECTS + " recipients, was " + m.recipients().size());
    }
    if (m.attachments().size() > MAX_SUBOBJECTS) {
      r.report(ctx.path(), "expected at most " + MAX_SUBOBJECTS + " attachments, was " + m.attachments().size());
    }
  }

  private static void mobileAddresses(MessageContext ctx, Reporter r) {
    Message m = ctx.message();
    mobile(r, m.properties(), PidTag.SENDER_ADDRESS_TYPE, PidTag.SENDER_EMAIL_ADDRESS, ctx.path());
    mobile(r, m.properties(), PidTag.SENT_REPRESENTING_ADDRESS_TYPE, PidTag.SENT_REPRESENTING_EMAIL_ADDRESS,
        ctx.path());
    for (int i = 0; i < m.recipients().size(); i++) {
      mobile(r, m.recipients().get(i).properties(), PidTag.ADDRESS_TYPE, PidTag.EMAIL_ADDRESS, ctx.path().recipient(i));
    }
  }

  private static void mobile(Reporter r, PropertyBag p, PropertyDefinition<String> type,
      PropertyDefinition<String> address, MessagePath path) {
    if (!p.find(type).map(Recipient.ADDRESS_TYPE_MOBILE::equalsIgnoreCase).orElse(false)) {
      return;
    }
    p.find(address).ifPresent(a -> {
      if (a.isBlank() || a.chars().anyMatch(c -> c == '[' || c == ']' || c < 0x20 || c == 0x7F)) {
        r.report(path.property(address.key()), "expected a phone number that fits \"Name\" [MOBILE:number], was "
            + Reporter.quote(a));
      }
    });
  }
}
