package org.xms4j.mime;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import org.xms4j.mapi.known.MessageClass;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.HtmlReferences;
import org.xms4j.message.Message;
import org.xms4j.message.MmsMessage;
import org.xms4j.message.MobileMessage;
import org.xms4j.message.SmsMessage;
import org.xms4j.mime.MimeCheck.Direction;
import org.xms4j.smil.ContentIds;
import org.xms4j.validation.Reporter;
import org.xms4j.validation.Rule;
import org.xms4j.validation.RuleCatalogue;
import org.xms4j.validation.RuleInfo;

/**
 * The {@link org.xms4j.validation.Scope#MIME} rules XMS-R201 to XMS-R228, one check each, in id
 * order. Rules about MIME alone run on every check; reader rules (a Message object read from the
 * MIME) and writer rules (MIME written from a Message object) run when that pair is given.
 */
final class MimeRules {

  private MimeRules() {
  }

  /** One rule: its catalogue entry, the directions it needs, and its check. */
  record MimeRule(RuleInfo info, List<Direction> directions, BiConsumer<MimeCheck, Reporter> check)
      implements Rule<MimeCheck> {
    @Override
    public void check(MimeCheck context, Reporter reporter) {
      check.accept(context, reporter);
    }
  }

  private static final List<Direction> ANY = List.of(Direction.NONE, Direction.READ, Direction.WRITTEN);
  private static final List<Direction> READ = List.of(Direction.READ);
  private static final List<Direction> WRITTEN = List.of(Direction.WRITTEN);
  private static final List<Direction> PAIRED = List.of(Direction.READ, Direction.WRITTEN);

  private static MimeRule rule(String id, List<Direction> directions, BiConsumer<MimeCheck, Reporter> check) {
    return new MimeRule(RuleCatalogue.require(id), directions, check);
  }

  private static final List<MimeRule> ALL = List.of(
      rule("XMS-R201", ANY, MimeRules::r201), rule("XMS-R202", ANY, MimeRules::r202),
      rule("XMS-R203", ANY, MimeRules::r203), rule("XMS-R204", WRITTEN, MimeRules::r204),
      rule("XMS-R205", ANY, MimeRules::r205), rule("XMS-R206", ANY, MimeRules::r206),
      rule("XMS-R207", ANY, MimeRules::r207), rule("XMS-R208", ANY, MimeRules::r208),
      rule("XMS-R209", ANY, MimeRules::r209), rule("XMS-R210", ANY, MimeRules::r210),
      rule("XMS-R211", READ, MimeRules::r211), rule("XMS-R212", WRITTEN, MimeRules::r212),
      rule("XMS-R213", WRITTEN, MimeRules::r213), rule("XMS-R214", READ, MimeRules::r214),
      rule("XMS-R215", READ, MimeRules::r215), rule("XMS-R216", READ, MimeRules::r216),
      rule("XMS-R217", WRITTEN, MimeRules::r217), rule("XMS-R218", ANY, MimeRules::r218),
      rule("XMS-R219", READ, MimeRules::r219), rule("XMS-R220", READ, MimeRules::r220),
      rule("XMS-R221", WRITTEN, MimeRules::r221), rule("XMS-R222", PAIRED, MimeRules::r222),
      rule("XMS-R223", READ, MimeRules::r223), rule("XMS-R224", WRITTEN, MimeRules::r224),
      rule("XMS-R225", READ, MimeRules::r225), rule("XMS-R226", READ, MimeRules::r226),
      rule("XMS-R227", PAIRED, MimeRules::r227), rule("XMS-R228", ANY, MimeRules::r228));

  static List<MimeRule> all() {
    return ALL;
  }

  static List<MimeRule> forDirection(Direction d) {
    return ALL.stream().filter(r -> r.directions().contains(d)).toList();
  }

  private static String q(String s) {
    return Reporter.quote(s);
  }

  private static String q(Optional<String> s) {
    return s.map(Reporter::quote).orElse("none");
  }

  /** The text of the body: the first text/plain leaf that is not an attachment, or empty. */
  private static Optional<MimeEntity> plainBody(MimeCheck c) {
    return c.leaves().stream().filter(p -> p.isType("text/plain") && !p.isAttachmentDisposition()).findFirst();
  }

  private static boolean isMms(MimeCheck c) {
    return c.isMmsMail() || c.isMobileMail() && !c.isSmsMail() && c.hasSmil();
  }

  private static boolean isSms(MimeCheck c) {
    return c.isMobileMail() && !isMms(c);
  }

  /** A check of one attachment (by its index) against the MIME leaf that carries its data. */
  private interface AttachmentLeafCheck {
    void check(int index, Attachment attachment, MimeEntity leaf);
  }

  /**
   * Pairs each wanted attachment with data with the first leaf not yet taken that carries the same
   * data, and runs the check on each pair found.
   */
  private static void forEachAttachmentLeaf(MimeCheck c, Message m, Predicate<Attachment> wanted,
      AttachmentLeafCheck check) {
    List<MimeEntity> taken = new ArrayList<>();
    List<Attachment> as = m.attachments();
    for (int i = 0; i < as.size(); i++) {
      Attachment a = as.get(i);
      if (!wanted.test(a) || a.data().isEmpty()) {
        continue;
      }
      Optional<MimeEntity> p = c.leafWithData(a.data().get(), taken);
      if (p.isEmpty()) {
        continue;
      }
      check.check(i, a, p.get());
    }
  }

  /** Whether PidTagAttachFlags has the 0x4 bit (rendered inline). */
  private static boolean inlineFlag(Attachment a) {
    return (a.find(PidTag.ATTACH_FLAGS).orElse(0) & 0x4) != 0;
  }

  /** The content type of a part's parent, or "nothing" for the root. */
  private static String parentType(MimeEntity p) {
    return p.parent == null ? "nothing" : p.parent.mimeType;
  }

  // --- [MS-OMS] 2.2.2.1 --------------------------------------------------------------------------

  static void r201(MimeCheck c, Reporter r) {
    Optional<Message> source = c.message(Direction.WRITTEN);
    Optional<MobileMessage> mobile = source.flatMap(MobileMessage::from);
    String expected = null;
    String why = null;
    if (mobile.isPresent()) {
      expected = mobile.get() instanceof SmsMessage ? MessageClass.CONTENT_CLASS_SMS : MessageClass.CONTENT_CLASS_MMS;
      why = "for a message written from an " + (mobile.get() instanceof SmsMessage ? "SMS" : "MMS") + " object";
    } else if (c.isMobileMail()) {
      expected = c.hasSmil() ? MessageClass.CONTENT_CLASS_MMS : null;
      why = c.hasSmil() ? "for mobile mail with a SMIL presentation" : null;
      if (expected == null && !c.isSmsMail() && !c.isMmsMail()) {
        r.report(MimeCheck.at("Content-Class"), "expected " + q(MessageClass.CONTENT_CLASS_SMS) + " or "
            + q(MessageClass.CONTENT_CLASS_MMS) + " on mobile mail (it has " + HeaderRules.REPLY_TO_MOBILE + "), was "
            + q(c.contentClass()));
        return;
      }
    }
    if (expected != null && !c.contentClass().map(expected::equalsIgnoreCase).orElse(false)) {
      r.report(MimeCheck.at("Content-Class"), "expected " + q(expected) + " " + why + ", was " + q(c.contentClass()));
    }
  }

  static void r202(MimeCheck c, Reporter r) {
    if (!c.isMobileMail()) {
      return;
    }
    Optional<String> v = c.header(HeaderRules.REPLY_TO_MOBILE).map(String::strip);
    if (v.isEmpty() && hasMobileParty(c)) {
      r.report(MimeCheck.at(HeaderRules.REPLY_TO_MOBILE), "expected the mobile number of the other party on mobile"
          + " mail that has a mobile sender or recipient, was none");
    } else if (v.isPresent() && !Addresses.isPhoneNumber(v.get())) {
      r.report(MimeCheck.at(HeaderRules.REPLY_TO_MOBILE), "expected a mobile phone number (optional +, 5 to 15"
          + " digits), was " + q(v.get()));
    }
  }

  /** Tells whether From, To or Cc name a mobile party: a [MOBILE:] address or a phone-number mailbox. */
  private static boolean hasMobileParty(MimeCheck c) {
    for (String h : List.of("From", "To", "Cc")) {
      for (String v : c.all(h)) {
        for (Addresses.Parsed a : Addresses.parse(v, "", new ConversionReport.Recorder())) {
          int at = a.address().indexOf('@');
          if (a.mobile() || at > 0 && Addresses.isPhoneNumber(a.address().substring(0, at))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static void r203(MimeCheck c, Reporter r) {
    if (!isSms(c)) {
      return;
    }
    String body = plainBody(c).map(MimeEntity::text).orElse("");
    String subject = c.decoded("Subject").orElse("");
    String stripped = body.stripLeading();
    String first40 = stripped.codePointCount(0, stripped.length()) > SmsMessage.ABBREVIATION_LENGTH
        ? stripped.substring(0, stripped.offsetByCodePoints(0, SmsMessage.ABBREVIATION_LENGTH)) : stripped;
    int nl = stripped.indexOf('\n');
    String firstLine = nl < 0 ? stripped : stripped.substring(0, nl);
    List<String> allowed = List.of(SmsMessage.abbreviate(body), first40.strip(), firstLine.strip());
    if (!allowed.contains(subject.strip())) {
      r.report(MimeCheck.at("Subject"), "expected the first " + SmsMessage.ABBREVIATION_LENGTH
          + " characters or the first line of the body, " + q(SmsMessage.abbreviate(body)) + ", was " + q(subject));
    }
  }

  private static String withoutReminder(String subject) {
    Matcher m = HeaderRules.MMS_REMINDER_AT_END.matcher(subject);
    return m.find() ? subject.substring(0, m.start()) : subject;
  }

  static void r204(MimeCheck c, Reporter r) {
    Optional<MmsMessage> mms = c.message(Direction.WRITTEN).flatMap(MobileMessage::from)
        .filter(MmsMessage.class::isInstance).map(MmsMessage.class::cast);
    if (mms.isEmpty()) {
      return;
    }
    String expected = mms.get().subject().orElse("");
    String actual = withoutReminder(c.decoded("Subject").orElse("")).strip();
    if (!actual.equals(expected.strip())) {
      r.report(MimeCheck.at("Subject"), "expected the MMS subject " + q(expected) + " (a reminder to open the"
          + " message may follow), was " + q(c.decoded("Subject")));
    }
  }

  static void r205(MimeCheck c, Reporter r) {
    if (!isMms(c)) {
      return;
    }
    Optional<String> s = c.decoded("Subject");
    if (s.isEmpty() || !s.get().toLowerCase(Locale.ROOT).contains("open the message")) {
      r.report(MimeCheck.at("Subject"), "expected a reminder to open the message, such as "
          + q(HeaderRules.MMS_SUBJECT_REMINDER) + ", was " + q(s));
    }
  }

  static void r206(MimeCheck c, Reporter r) {
    if (!isSms(c)) {
      return;
    }
    MimeEntity top = c.root();
    MimeEntity body = top;
    if (top.multipart && top.isType("multipart/mixed") && !top.children.isEmpty()) {
      body = top.children.get(0);
    }
    MimeEntity text = body;
    if (body.multipart && body.isType("multipart/alternative") && !body.children.isEmpty()) {
      text = body.children.get(0);
    }
    if (text.multipart || !text.isType("text/plain") || text.isAttachmentDisposition()) {
      r.report(text.path(), "expected the text message body as text/plain (alone, first in multipart/alternative or"
          + " first in multipart/mixed), was " + text.mimeType + " in " + top.mimeType);
      return;
    }
    String charset = text.param("charset");
    String cte = text.header("Content-Transfer-Encoding");
    if (charset == null || charset.isBlank()) {
      r.report(text.path(), "expected text/plain with a charset parameter, was " + q(String.valueOf(
          text.header("Content-Type"))));
    }
    if (cte == null || !cte.strip().equalsIgnoreCase("quoted-printable")) {
      r.report(text.path(), "expected Content-Transfer-Encoding quoted-printable, was " + q(Optional.ofNullable(cte)));
    }
  }

  static void r207(MimeCheck c, Reporter r) {
    if (!isMms(c) || !c.hasSmil()) {
      return;
    }
    MimeEntity top = c.root();
    String type = top.param("type");
    if (!top.isType("multipart/related") || type == null || !type.strip().equalsIgnoreCase("application/smil")) {
      r.report(MimeCheck.at("Content-Type"), "expected multipart/related; type=\"application/smil\" for a"
          + " multimedia message with SMIL, was " + q(String.valueOf(top.header("Content-Type"))));
    }
  }

  static void r208(MimeCheck c, Reporter r) {
    if (!isMms(c) || !c.hasSmil() || !c.root().multipart || c.root().children.isEmpty()) {
      return;
    }
    MimeEntity first = c.root().children.get(0);
    String name = first.param("name");
    if (!first.isType("application/smil") || !"mmspresent.smil".equals(name)) {
      r.report(first.path(), "expected Content-Type: application/smil; name=\"mmspresent.smil\" as the first part,"
          + " was " + q(String.valueOf(first.header("Content-Type"))));
    }
  }

  static void r209(MimeCheck c, Reporter r) {
    if (!isMms(c) || !c.hasSmil() || !c.root().multipart) {
      return;
    }
    List<MimeEntity> parts = c.root().children;
    for (int i = 1; i < parts.size(); i++) {
      MimeEntity p = parts.get(i);
      if (p.header("Content-Type") == null || p.multipart || p.contentTypeMalformed || p.isType("application/smil")) {
        r.report(p.path(), "expected a media part with its own media type after the SMIL part, was "
            + (p.header("Content-Type") == null ? "no Content-Type" : q(p.header("Content-Type"))));
      }
    }
  }

  static void r210(MimeCheck c, Reporter r) {
    if (!isMms(c) || c.hasSmil()) {
      return;
    }
    MimeEntity top = c.root();
    if (!top.multipart || !top.isType("multipart/mixed")) {
      r.report(MimeCheck.at("Content-Type"), "expected multipart/mixed for a multimedia message without SMIL, was "
          + q(String.valueOf(top.header("Content-Type"))));
      return;
    }
    for (MimeEntity p : top.children) {
      if (p.multipart) {
        r.report(p.path(), "expected one part per media object, was a nested " + p.mimeType);
      }
    }
  }

  static void r211(MimeCheck c, Reporter r) {
    Optional<Message> read = c.message(Direction.READ);
    if (read.isEmpty() || !c.isSmsMail() && !c.isMmsMail()) {
      return;
    }
    String expected = c.isSmsMail() ? MessageClass.SMS : MessageClass.MMS;
    String cls = read.get().messageClass().orElse("");
    boolean ok = cls.toLowerCase(Locale.ROOT).startsWith(expected.toLowerCase(Locale.ROOT));
    if (!ok) {
      r.report(MimeCheck.at("Content-Class"), "expected the message read as an " + (c.isSmsMail() ? "SMS" : "MMS")
          + " object (" + expected + "), was " + q(read.get().messageClass()));
    }
  }

  // --- [MS-OXCMAIL] ------------------------------------------------------------------------------------

  static void r212(MimeCheck c, Reporter r) {
    Optional<Message> m = c.message(Direction.WRITTEN);
    if (m.isEmpty() || m.get().find(PidTag.INTERNET_CODEPAGE).isPresent() || m.get().find(PidTag.BODY).isEmpty()) {
      return;
    }
    Optional<MimeEntity> text = plainBody(c);
    if (text.isEmpty()) {
      return;
    }
    String cs = Optional.ofNullable(text.get().param("charset")).orElse("us-ascii").strip().toLowerCase(Locale.ROOT);
    boolean ascii = Charsets.isAscii(text.get().decoded());
    if (!cs.equals("iso-8859-15") && !cs.equals("iso-8859-1") && !(ascii && cs.equals("us-ascii"))) {
      r.report(text.get().path(), "expected charset iso-8859-15 (or iso-8859-1) for a plain text body without"
          + " PidTagInternetCodepage, was " + q(cs));
    }
  }

  private static boolean markedInline(Message m, Attachment a) {
    boolean flag = inlineFlag(a);
    boolean ids = a.contentId().filter(s -> !s.isBlank()).isPresent()
        || a.contentLocation().filter(s -> !s.isBlank()).isPresent();
    return flag && ids && (m.find(PidTag.HTML).isPresent() || m.find(PidTag.BODY_HTML).isPresent());
  }

  static void r213(MimeCheck c, Reporter r) {
    Optional<Message> m = c.message(Direction.WRITTEN);
    if (m.isEmpty() || c.isMobileMail()) {
      return;
    }
    HtmlReferences refs = HtmlReferences.of(MmsMessage.of(m.get()).html().orElse(""));
    forEachAttachmentLeaf(c, m.get(), a -> true, (i, a, p) -> {
      boolean inRelated = p.parent != null && p.parent.isType("multipart/related");
      boolean inline = markedInline(m.get(), a);
      if (inRelated && !inline) {
        r.report(p.path(), "expected attachments[" + i + "] outside multipart/related (it is not marked inline:"
            + " PidTagAttachFlags 0x4 with a content id or location in an HTML message), was a child of it");
      } else if (!inRelated && inline && refs.names(a.contentId().orElse(null), a.contentLocation().orElse(null))) {
        r.report(p.path(), "expected attachments[" + i + "], marked inline and referenced by the HTML body, as"
            + " a child of multipart/related, was a child of " + parentType(p));
      }
    });
  }


  static void r214(MimeCheck c, Reporter r) {
    Optional<Message> m = c.message(Direction.READ);
    if (m.isEmpty() || c.isMmsMail()) {
      return;
    }
    Optional<String> body = m.get().find(PidTag.BODY).filter(s -> !s.isEmpty());
    if (body.isEmpty()) {
      return;
    }
    boolean fromQualifying = false;
    MimeEntity fromAttachment = null;
    for (MimeEntity p : c.leaves()) {
      if (p.isType("text/plain") && norm(p.text()).equals(norm(body.get()))) {
        if (p.isAttachmentDisposition()) {
          fromAttachment = fromAttachment == null ? p : fromAttachment;
        } else {
          fromQualifying = true;
        }
      }
    }
    if (!fromQualifying && fromAttachment != null) {
      r.report(fromAttachment.path(), "expected the body from an entity without Content-Disposition: attachment,"
          + " was PidTagBody taken from this attachment part");
    }
  }

  private static String norm(String s) {
    return s.replace("\r\n", "\n").strip();
  }

  static void r215(MimeCheck c, Reporter r) {
    Optional<Message> m = c.message(Direction.READ);
    if (m.isEmpty() || c.isMobileMail()) {
      return;
    }
    Optional<MimeEntity> html = c.leaves().stream().filter(p -> p.isType("text/html") && !p.isAttachmentDisposition()
        && p.parent != null && p.parent.isType("multipart/alternative")).findFirst();
    if (html.isEmpty() && c.root().isType("text/html") && !c.root().isAttachmentDisposition()) {
      html = Optional.of(c.root());
    }
    if (html.isEmpty()) {
      return;
    }
    if (m.get().find(PidTag.HTML).isEmpty()) {
      r.report(html.get().path(), "expected the text/html alternative as the body (PidTagHtml), preferred over plain"
          + " text, was no PidTagHtml");
      return;
    }
    if (m.get().find(PidTag.INTERNET_CODEPAGE).isEmpty()) {
      r.report(html.get().path(), "expected PidTagInternetCodepage for the charset " + q(Optional.ofNullable(
          html.get().param("charset"))) + " of the HTML body, was none");
    }
  }

  static void r216(MimeCheck c, Reporter r) {
    Optional<Message> m = c.message(Direction.READ);
    Optional<String> from = c.header("From");
    if (m.isEmpty() || from.isEmpty()) {
      return;
    }
    List<Addresses.Parsed> l = Addresses.parse(from.get(), "", new ConversionReport.Recorder());
    if (l.isEmpty()) {
      return;
    }
    String address = l.get(0).address();
    Optional<String> smtp = m.get().find(PidTag.SENT_REPRESENTING_SMTP_ADDRESS);
    Optional<String> email = m.get().find(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS);
    boolean ok = smtp.map(address::equalsIgnoreCase).orElse(false) || email.map(address::equalsIgnoreCase).orElse(false)
        || email.map(e -> address.toLowerCase(Locale.ROOT).startsWith(e.toLowerCase(Locale.ROOT) + "@")).orElse(false);
    if (!ok) {
      r.report(MimeCheck.at("From"), "expected PidTagSentRepresenting* from the first From address " + q(address)
          + ", was " + q(smtp.or(() -> email)));
    }
  }

  static void r217(MimeCheck c, Reporter r) {
    Optional<Message> m = c.message(Direction.WRITTEN);
    if (m.isEmpty() || c.isMobileMail() || m.get().find(PidTag.SUBJECT_PREFIX).isPresent()
        || m.get().find(PidTag.NORMALIZED_SUBJECT).isPresent() || m.get().find(PidTag.SUBJECT).isEmpty()) {
      return;
    }
    String expected = m.get().find(PidTag.SUBJECT).get().replaceAll("\\r\\n|\\r|\\n", " ");
    if (!c.decoded("Subject").map(expected::equals).orElse(false)) {
      r.report(MimeCheck.at("Subject"), "expected PidTagSubject " + q(expected) + ", was " + q(c.decoded("Subject")));
    }
  }

  static void r218(MimeCheck c, Reporter r) {
    for (String h : HeaderRules.MAPPED) {
      List<String> values = c.all(h);
      if (values.size() > 1) {
        r.report(MimeCheck.at(values.isEmpty() ? h : canonical(c, h)), "expected one " + canonical(c, h)
            + " header, produced from its property, was " + values.size() + ": " + Reporter.quoteAll(values));
      }
    }
    if (c.all("Content-Class").size() > 1) {
      r.report(MimeCheck.at("Content-Class"), "expected one Content-Class header, was " + c.all("Content-Class").size()
          + ": " + Reporter.quoteAll(c.all("Content-Class")));
    }
  }

  private static String canonical(MimeCheck c, String lower) {
    for (HeaderBlock.Field f : c.headers()) {
      if (f.is(lower)) {
        return f.name();
      }
    }
    return lower;
  }

  static void r219(MimeCheck c, Reporter r) {
    Optional<Message> m = c.message(Direction.READ);
    if (m.isEmpty()) {
      return;
    }
    List<String> seen = new ArrayList<>();
    for (HeaderBlock.Field f : c.headers()) {
      String n = HeaderRules.lower(f.name());
      if (seen.contains(n)) {
        continue;
      }
      seen.add(n);
      Optional<String> prop = m.get().find(HeaderRules.internetHeader(f.name()));
      if (HeaderRules.MAPPED.contains(n)) {
        if (prop.isPresent() && !n.equals("x-ms-reply-to-mobile")) {
          r.report(MimeCheck.at(f.name()), "expected no PS_INTERNET_HEADERS property for a header mapped to another"
              + " property, was " + q(prop.get()));
        }
        continue;
      }
      if (prop.isPresent() && !n.equals("content-class")) {
        String expected = EncodedWords.decode(f.value(), "", new ConversionReport.Recorder());
        if (!prop.get().equals(expected)) {
          r.report(MimeCheck.at(f.name()), "expected the RFC 2047-decoded value " + q(expected) + ", was "
              + q(prop.get()));
        }
      }
    }
  }

  /** The reverse of the [MS-OXCMAIL] 2.1.3.2.2 table, with the [MS-OMS] content classes. */
  private static final Map<String, String> CLASS_OF_CONTENT_CLASS = Map.of(
      "fax", "IPM.Note.Microsoft.Fax", "fax-ca", "IPM.Note.Microsoft.Fax.CA",
      "missedcall", "IPM.Note.Microsoft.Missed.Voice", "voice-uc", "IPM.Note.Microsoft.Conversation.Voice",
      "voice-ca", "IPM.Note.Microsoft.Voicemail.UM.CA", "voice", "IPM.Note.Microsoft.Voicemail.UM",
      "ms-oms-sms", MessageClass.SMS, "ms-oms-mms", MessageClass.MMS);

  private static Optional<String> classFor(String contentClass) {
    String cc = contentClass.strip().toLowerCase(Locale.ROOT);
    if (cc.startsWith("urn:content-class:custom.")) {
      return Optional.of("IPM.Note.Custom." + contentClass.strip().substring("urn:content-class:custom.".length()));
    }
    return Optional.ofNullable(CLASS_OF_CONTENT_CLASS.get(cc));
  }

  static void r220(MimeCheck c, Reporter r) {
    Optional<Message> m = c.message(Direction.READ);
    Optional<String> cc = c.contentClass();
    if (m.isEmpty() || cc.isEmpty()) {
      return;
    }
    Optional<String> prop = m.get().find(PidName.CONTENT_CLASS);
    if (!prop.map(cc.get()::equals).orElse(false)) {
      r.report(MimeCheck.at("Content-Class"), "expected PidNameContentClass " + q(cc.get()) + ", was " + q(prop));
    }
    String cls = m.get().messageClass().orElse("");
    Optional<String> mapped = classFor(cc.get());
    if (!cls.equalsIgnoreCase(MessageClass.IPM_NOTE) && !mapped.map(cls::equalsIgnoreCase).orElse(false)) {
      r.report(MimeCheck.at("Content-Class"), "expected PidTagMessageClass " + q(MessageClass.IPM_NOTE)
          + mapped.map(x -> " or " + q(x)).orElse("") + " for Content-Class " + q(cc.get()) + ", was " + q(cls));
    }
  }

  /** The Content-Class of [MS-OXCMAIL] 2.1.3.2.2 for a message class, with the [MS-OMS] ones. */
  private static Optional<String> contentClassFor(String messageClass) {
    String mc = messageClass.toLowerCase(Locale.ROOT);
    if (mc.startsWith("ipm.note.custom.")) {
      return Optional.of("urn:content-class:custom." + messageClass.substring("IPM.Note.Custom.".length()));
    }
    for (Map.Entry<String, String> e : CLASS_OF_CONTENT_CLASS.entrySet()) {
      if (e.getValue().equalsIgnoreCase(messageClass)) {
        return Optional.of(e.getKey().startsWith("ms-oms-") ? e.getKey().toUpperCase(Locale.ROOT) : e.getKey());
      }
    }
    return Optional.empty();
  }

  static void r221(MimeCheck c, Reporter r) {
    Optional<Message> m = c.message(Direction.WRITTEN);
    if (m.isEmpty()) {
      return;
    }
    Optional<String> expected = contentClassFor(m.get().messageClass().orElse(""))
        .or(() -> MobileMessage.from(m.get()).map(x -> x instanceof SmsMessage ? MessageClass.CONTENT_CLASS_SMS
            : MessageClass.CONTENT_CLASS_MMS))
        .or(() -> m.get().find(PidName.CONTENT_CLASS).filter(s -> !s.isBlank()));
    Optional<String> actual = c.contentClass();
    boolean ok = expected.isEmpty() ? actual.isEmpty()
        : actual.map(a -> a.equalsIgnoreCase(expected.get())).orElse(false);
    if (!ok) {
      r.report(MimeCheck.at("Content-Class"), "expected " + (expected.isEmpty() ? "no Content-Class header (no"
          + " table entry for the message class and no PidNameContentClass)" : q(expected.get())) + ", was "
          + q(actual));
    }
  }

  private static Optional<MimeEntity> bodyEntity(MimeCheck c) {
    Optional<MimeEntity> html = c.leaves().stream().filter(p -> p.isType("text/html") && !p.isAttachmentDisposition())
        .findFirst();
    return html.isPresent() ? html : plainBody(c);
  }

  static void r222(MimeCheck c, Reporter r) {
    Optional<MimeEntity> body = bodyEntity(c);
    if (body.isEmpty() || c.isMmsMail()) {
      return;
    }
    String header = body.get().header("Content-ID");
    Optional<String> inMime = Optional.ofNullable(header).map(ContentIds::strip).filter(s -> !s.isEmpty());
    Optional<Message> written = c.message(Direction.WRITTEN);
    if (written.isPresent()) {
      Optional<String> id = written.get().find(PidTag.BODY_CONTENT_ID).map(ContentIds::strip);
      if (id.isPresent() && !inMime.equals(id)) {
        r.report(body.get().path(), "expected Content-ID <" + id.get() + "> from PidTagBodyContentId on the body"
            + " entity, was " + q(Optional.ofNullable(header)));
      }
    }
    Optional<Message> read = c.message(Direction.READ);
    if (read.isPresent() && inMime.isPresent()) {
      Optional<String> prop = read.get().find(PidTag.BODY_CONTENT_ID);
      if (!prop.equals(inMime)) {
        r.report(body.get().path(), "expected PidTagBodyContentId " + q(inMime.get()) + " (angle brackets and white"
            + " space stripped), was " + q(prop));
      }
    }
  }

  static void r223(MimeCheck c, Reporter r) {
    Optional<Message> m = c.message(Direction.READ);
    if (m.isEmpty()) {
      return;
    }
    OptionalInt expected = OptionalInt.empty();
    String source = null;
    for (HeaderBlock.Field f : c.headers()) {
      String n = HeaderRules.lower(f.name());
      OptionalInt v = switch (n) {
        case "importance", "x-msmail-priority" -> HeaderRules.importanceWord(f.value());
        case "x-priority" -> HeaderRules.importanceXPriority(f.value());
        case "priority" -> HeaderRules.importancePriority(f.value());
        default -> OptionalInt.empty();
      };
      if (v.isPresent() && (expected.isEmpty() || n.equals("importance") && !"importance".equals(source))) {
        expected = v;
        source = f.name();
      }
    }
    if (expected.isEmpty()) {
      return;
    }
    int want = expected.getAsInt();
    Optional<Integer> actual = m.get().find(PidTag.IMPORTANCE);
    if (!actual.map(a -> a == want).orElse(false)) {
      r.report(MimeCheck.at(source), "expected PidTagImportance " + want + " from " + source + " "
          + q(c.header(source)) + ", was " + actual.map(String::valueOf).orElse("none"));
    }
  }

  static void r224(MimeCheck c, Reporter r) {
    Optional<Message> m = c.message(Direction.WRITTEN);
    if (m.isEmpty()) {
      return;
    }
    Optional<Instant> submit = m.get().find(PidTag.CLIENT_SUBMIT_TIME);
    Optional<String> date = c.header("Date");
    if (submit.isPresent()) {
      Optional<Instant> parsed = date.flatMap(MimeReader::parseDate);
      if (!parsed.equals(Optional.of(submit.get().truncatedTo(ChronoUnit.SECONDS)))) {
        r.report(MimeCheck.at("Date"), "expected the RFC 2822 date-time of PidTagClientSubmitTime " + submit.get()
            .truncatedTo(ChronoUnit.SECONDS) + ", was " + q(date));
      }
    }
    Optional<String> id = m.get().find(PidTag.INTERNET_MESSAGE_ID);
    if (id.isPresent() && !c.header("Message-ID").map(String::strip).equals(Optional.of(id.get().strip()))) {
      r.report(MimeCheck.at("Message-ID"), "expected PidTagInternetMessageId " + q(id.get()) + ", was "
          + q(c.header("Message-ID")));
    }
  }

  static void r225(MimeCheck c, Reporter r) {
    Optional<Message> m = c.message(Direction.READ);
    if (m.isEmpty() || c.isMmsMail()) {
      return;
    }
    forEachAttachmentLeaf(c, m.get(), MimeRules::inlineFlag, (i, a, p) -> {
      boolean related = p.parent != null && p.parent.isType("multipart/related");
      boolean ids = p.header("Content-ID") != null || p.header("Content-Location") != null;
      if (!related || !ids) {
        r.report(p.path(), "expected an inline attachment (attachments[" + i + "] has PidTagAttachFlags 0x4)"
            + " to come from a child of multipart/related with Content-ID or Content-Location, was "
            + (related ? "a part without either" : "a child of " + parentType(p)));
      }
    });
  }

  static void r226(MimeCheck c, Reporter r) {
    Optional<Message> m = c.message(Direction.READ);
    if (m.isEmpty() || c.isMobileMail() || m.get().find(PidTag.HTML).isEmpty()
        || c.leaves().stream().anyMatch(p -> p.isType("text/html"))) {
      return;
    }
    String mailer = (c.header("MIME-Version").orElse("") + " " + c.header("X-Mailer").orElse("") + " "
        + c.header("X-User-Agent").orElse("")).toLowerCase(Locale.ROOT);
    if (!mailer.contains("apple") && !mailer.contains("ipad") && !mailer.contains("ipod")) {
      r.report(MimeCheck.at("X-Mailer"), "expected an aggregate HTML body (PidTagHtml without a text/html part) only"
          + " from a mailer naming apple, ipad or ipod, was " + q(c.header("X-Mailer")));
    }
    for (int i = 0; i < m.get().attachments().size(); i++) {
      Attachment a = m.get().attachments().get(i);
      if (inlineFlag(a) && a.contentId().isEmpty()) {
        r.report(MimeCheck.at("Content-Type"), "expected a generated Content-ID for the inline attachments[" + i
            + "] of the aggregate body, was none");
      }
    }
  }

  static void r227(MimeCheck c, Reporter r) {
    Optional<Message> m = c.message(Direction.READ).or(() -> c.message(Direction.WRITTEN));
    if (m.isEmpty()) {
      return;
    }
    forEachAttachmentLeaf(c, m.get(), a -> true, (i, a, p) -> {
      Optional<String> prop = a.find(PidTag.TEXT_ATTACHMENT_CHARSET).map(String::strip);
      Optional<String> param = Optional.ofNullable(p.param("charset")).map(String::strip);
      boolean relevant = prop.isPresent() || c.direction() == Direction.READ && p.mimeType.startsWith("text/")
          && param.isPresent();
      if (relevant && !prop.map(x -> param.map(x::equalsIgnoreCase).orElse(false)).orElse(false)) {
        r.report(p.path(), "expected PidTagTextAttachmentCharset of attachments[" + i + "] equal to the charset"
            + " parameter " + q(param) + ", was " + q(prop));
      }
    });
  }

  // --- RFC 2045 and RFC 2046: the multipart structure ---------------------------------------------

  /** Reports each repair of the multipart structure the converter made too, at the entity it was made on. */
  static void r228(MimeCheck c, Reporter r) {
    for (MimeEntity e : c.entities()) {
      for (MimeEntity.Defect d : e.defects()) {
        r.report(e.path(), "expected " + d.expected() + ", was " + d.was());
      }
    }
  }
}
