package org.xms4j.validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.HtmlReferences;
import org.xms4j.message.Message;
import org.xms4j.message.MessageFlag;
import org.xms4j.message.NativeBody;
import org.xms4j.message.Recipient;
import org.xms4j.rtf.CompressedRtf;
import org.xms4j.rtf.EncapsulatedHtml;
import org.xms4j.rtf.RtfFormatException;
import org.xms4j.rtf.RtfLimitExceededException;

/** The Outlook-compatibility rules of profile {@link Profile#OUTLOOK} that look at the Message object. */
final class OutlookRules {

  /** STORE_UNICODE_OK in PidTagStoreSupportMask. */
  static final int STORE_UNICODE_OK = 0x00040000;
  /** The earliest plausible message time: 1970-01-01T00:00:00Z. */
  static final Instant EARLIEST = Instant.EPOCH;

  private static final List<PropertyDefinition<Instant>> TIMES = List.of(PidTag.CLIENT_SUBMIT_TIME,
      PidTag.MESSAGE_DELIVERY_TIME, PidTag.CREATION_TIME, PidTag.LAST_MODIFICATION_TIME, PidName.OMS_SCHEDULE_TIME);

  private OutlookRules() {
  }

  static List<MessageRule> rules() {
    return List.of(
        new MessageRule("OUTLOOK-R003", OutlookRules::sentRepresenting),
        new MessageRule("OUTLOOK-R004", OutlookRules::times),
        new MessageRule("OUTLOOK-R005", OutlookRules::plausibleTimes),
        new MessageRule("OUTLOOK-R006", OutlookRules::flagsSet),
        new MessageRule("OUTLOOK-R007", OutlookRules::unicodeMask),
        new MessageRule("OUTLOOK-R008", OutlookRules::encapsulatedHtml),
        new MessageRule("OUTLOOK-R009", (c, r) -> htmlCompanion(c, r, PidTag.BODY)),
        new MessageRule("OUTLOOK-R010", OutlookRules::inlineMarking),
        new MessageRule("OUTLOOK-R011", OutlookRules::recipientProperties));
  }

  private static void sentRepresenting(MessageContext ctx, Reporter r) {
    PropertyBag p = ctx.message().properties();
    mirror(ctx, r, p, PidTag.SENDER_NAME, PidTag.SENT_REPRESENTING_NAME, false);
    mirror(ctx, r, p, PidTag.SENDER_ADDRESS_TYPE, PidTag.SENT_REPRESENTING_ADDRESS_TYPE, true);
    mirror(ctx, r, p, PidTag.SENDER_EMAIL_ADDRESS, PidTag.SENT_REPRESENTING_EMAIL_ADDRESS, true);
  }

  private static void mirror(MessageContext ctx, Reporter r, PropertyBag p, PropertyDefinition<String> sender,
      PropertyDefinition<String> rep, boolean ignoreCase) {
    Optional<String> s = p.find(sender);
    if (s.isEmpty()) {
      return;
    }
    Optional<String> v = p.find(rep);
    boolean same = v.isPresent() && (ignoreCase ? v.get().equalsIgnoreCase(s.get()) : v.get().equals(s.get()));
    if (!same) {
      r.report(ctx.path().property(rep.key()), "expected " + Reporter.quote(s.get()) + " as in "
          + sender.canonicalName() + ", was " + v.map(Reporter::quote).orElse("absent"));
    }
  }

  private static void times(MessageContext ctx, Reporter r) {
    Message m = ctx.message();
    Optional<Integer> flags = m.find(PidTag.MESSAGE_FLAGS);
    if (flags.isEmpty() || MessageFlag.UNSENT.isSet(flags.get())) {
      return;
    }
    for (PropertyDefinition<Instant> d : List.of(PidTag.CLIENT_SUBMIT_TIME, PidTag.MESSAGE_DELIVERY_TIME)) {
      if (!m.properties().has(d)) {
        r.report(ctx.path().property(d.key()), "expected a time on a sent or received message (mfUnsent clear in "
            + Checks.int32(flags.get()) + "), was absent");
      }
    }
  }

  private static void plausibleTimes(MessageContext ctx, Reporter r) {
    for (PropertyDefinition<Instant> d : TIMES) {
      ctx.message().find(d).filter(t -> t.isBefore(EARLIEST)).ifPresent(t ->
          r.report(ctx.path().property(d.key()), "expected a FILETIME from 1970-01-01T00:00:00Z on (100 ns since "
              + "1601), was " + t));
    }
  }

  private static void flagsSet(MessageContext ctx, Reporter r) {
    if (!Checks.presentAnyType(ctx.message().properties(), PidTag.MESSAGE_FLAGS)) {
      r.report(ctx.path().property(PidTag.MESSAGE_FLAGS.key()), "expected the message flags (mfUnsent for a draft), "
          + "was absent");
    }
  }

  private static void unicodeMask(MessageContext ctx, Reporter r) {
    if (!ctx.isTopLevel() || !hasUnicode(ctx.message())) {
      return;
    }
    Optional<Integer> mask = ctx.message().find(PidTag.STORE_SUPPORT_MASK);
    if (mask.isEmpty() || (mask.get() & STORE_UNICODE_OK) == 0) {
      r.report(ctx.path().property(PidTag.STORE_SUPPORT_MASK.key()), "expected STORE_UNICODE_OK (0x00040000) for a "
          + "message with PtypString values, was " + mask.map(Checks::int32).orElse("absent"));
    }
  }

  private static boolean hasUnicode(Message m) {
    if (hasUnicode(m.properties())) {
      return true;
    }
    for (Recipient rc : m.recipients()) {
      if (hasUnicode(rc.properties())) {
        return true;
      }
    }
    for (Attachment a : m.attachments()) {
      if (hasUnicode(a.properties()) || a.embeddedMessage().map(OutlookRules::hasUnicode).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasUnicode(PropertyBag p) {
    for (PropertyValue v : p.asMap().values()) {
      if (v instanceof PropertyValue.Text || v instanceof PropertyValue.Multi mv
          && mv.type() == org.xms4j.mapi.PropertyType.MULTIPLE_STRING) {
        return true;
      }
    }
    return false;
  }

  /**
   * OUTLOOK-R008: Outlook shows an HTML body from PidTagRtfCompressed holding the HTML encapsulated in
   * RTF ([MS-OXRTFEX], gotcha 5): the RTF must be there and readable, and when PidTagNativeBody names
   * HTML ({@link NativeBody#HTML}) as the best body it must start with {@code \fromhtml1}. Plain RTF
   * next to the HTML without that claim is how Outlook itself writes some messages (it then shows the
   * RTF), so it is accepted. A problem says whether it is in the PidTagRtfCompressed value (its byte
   * offsets count from the start of the value) or in the RTF it decompresses to (offsets count from
   * the start of the RTF). RTF larger than the reader's limit ({@link RtfLimitExceededException}) is
   * not looked into and not reported: nothing says it is wrong, and XMS-R034 checks its compression.
   */
  private static void encapsulatedHtml(MessageContext ctx, Reporter r) {
    Message m = ctx.message();
    if (!Checks.hasHtml(m)) {
      return;
    }
    Optional<Bytes> rtf = m.find(PidTag.RTF_COMPRESSED);
    String was;
    if (rtf.isEmpty()) {
      was = "absent";
    } else {
      byte[] raw;
      try {
        raw = CompressedRtf.decompress(rtf.get().toByteArray());
      } catch (RtfLimitExceededException e) {
        return;
      } catch (RtfFormatException e) {
        report(ctx, r, "not readable compressed RTF (" + e.reason() + where(e, "of the PidTagRtfCompressed value")
            + ")");
        return;
      }
      try {
        if (EncapsulatedHtml.extract(raw).isPresent()
            || m.find(PidTag.NATIVE_BODY).orElse(NativeBody.UNDEFINED.value()) != NativeBody.HTML.value()) {
          return; // Outlook shows this RTF, and nothing says the HTML is the better body
        }
        was = "RTF without \\fromhtml1 while PidTagNativeBody says HTML (3)";
      } catch (RtfFormatException e) {
        was = "not readable RTF (" + e.reason() + where(e, "of the decompressed RTF") + ")";
      }
    }
    report(ctx, r, was);
  }

  private static void report(MessageContext ctx, Reporter r, String was) {
    r.report(ctx.path().property(PidTag.RTF_COMPRESSED.key()), "expected PidTagRtfCompressed holding the HTML body "
        + "encapsulated in RTF (\\fromhtml1, [MS-OXRTFEX]), was " + was);
  }

  /** Returns {@code ", at byte N <of what>"}, or nothing when the exception names no place. */
  private static String where(RtfFormatException e, String ofWhat) {
    return e.byteOffset() < 0 ? "" : ", at byte " + e.byteOffset() + " " + ofWhat;
  }

  private static void htmlCompanion(MessageContext ctx, Reporter r, PropertyDefinition<?> companion) {
    Message m = ctx.message();
    if (Checks.hasHtml(m) && !m.properties().has(companion)) {
      r.report(ctx.path().property(companion.key()), "expected " + companion.canonicalName()
          + " next to the HTML body, was absent");
    }
  }

  private static void inlineMarking(MessageContext ctx, Reporter r) {
    Message m = ctx.message();
    Optional<String> html = Checks.html(m);
    if (html.isEmpty()) {
      return;
    }
    HtmlReferences refs = HtmlReferences.of(html.get());
    for (int i = 0; i < m.attachments().size(); i++) {
      Attachment a = m.attachments().get(i);
      if (!refs.names(a.contentId().orElse(null), null)) {
        continue;
      }
      List<String> wrong = new ArrayList<>();
      Optional<Integer> flags = a.find(PidTag.ATTACH_FLAGS);
      if (flags.isEmpty() || (flags.get() & 0x4) == 0) {
        wrong.add("PidTagAttachFlags " + flags.map(Checks::int32).orElse("absent"));
      }
      if (!a.hidden()) {
        wrong.add("PidTagAttachmentHidden " + a.find(PidTag.ATTACHMENT_HIDDEN).map(String::valueOf).orElse("absent"));
      }
      if (!wrong.isEmpty()) {
        r.report(ctx.path().attachment(i), "expected a hidden attachment with attRenderedInBody (0x4) for the "
            + "HTML reference cid:" + a.contentId().orElse("") + ", was " + String.join(", ", wrong));
      }
    }
  }

  private static void recipientProperties(MessageContext ctx, Reporter r) {
    List<Recipient> rs = ctx.message().recipients();
    List<PropertyDefinition<?>> wanted = List.of(PidTag.ROWID, PidTag.RECIPIENT_TYPE, PidTag.DISPLAY_NAME,
        PidTag.ADDRESS_TYPE, PidTag.OBJECT_TYPE, PidTag.DISPLAY_TYPE);
    for (int i = 0; i < rs.size(); i++) {
      List<String> missing = new ArrayList<>();
      for (PropertyDefinition<?> d : wanted) {
        if (!rs.get(i).properties().has(d)) {
          missing.add(d.canonicalName());
        }
      }
      if (!missing.isEmpty()) {
        r.report(ctx.path().recipient(i), "expected PidTagRowid, PidTagRecipientType, PidTagDisplayName, "
            + "PidTagAddressType, PidTagObjectType and PidTagDisplayType, was missing " + String.join(", ", missing));
      }
    }
  }
}
