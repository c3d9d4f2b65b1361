package org.xms4j.mime;

import jakarta.mail.internet.MailDateFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.CodePage;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.known.MessageClass;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.AttachMethod;
import org.xms4j.message.Attachment;
import org.xms4j.message.HtmlReferences;
import org.xms4j.message.Message;
import org.xms4j.message.MessageFlag;
import org.xms4j.message.MmsMessage;
import org.xms4j.message.MmsPart;
import org.xms4j.message.MobileAddress;
import org.xms4j.message.MobileMessage;
import org.xms4j.message.Recipient;
import org.xms4j.message.RecipientType;
import org.xms4j.message.SmsMessage;
import org.xms4j.msg.internal.CfbNames;
import org.xms4j.rtf.CompressedRtf;
import org.xms4j.mime.ConversionReport.Action;
import org.xms4j.smil.ContentIds;

/** MIME to Message object, per [MS-OXCMAIL] section 2.2 and, for mobile mail, [MS-OMS] 2.2.2.1. */
final class MimeReader {

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> INLINE_IMAGE_TYPES = Set.of("image/jpeg", "image/jpg", "image/pjpeg",
      "image/gif", "image/bmp", "image/png", "image/x-png");

  /**
   * The most recipients, and the most attachments, one message takes: what a .msg file holds
   * ([MS-OXMSG] 2.2.1, 2.2.2), so that every message read can be written as one.
   */
  static final int MAX_SUBOBJECTS = CfbNames.MAX_RECIPIENTS_OR_ATTACHMENTS;

  private final int maxDepth;
  private final ConversionReport.Recorder report;

  MimeReader(int maxDepth, ConversionReport.Recorder report) {
    this.maxDepth = maxDepth;
    this.report = report;
  }

  // ---------------------------------------------------------------------------------------------
  // messages

  /** Sets a property on a builder. */
  private interface Setter {
    <T> void set(PropertyDefinition<T> d, T value);
  }

  /**
   * Where properties go: a plain Message builder or an SMS/MMS builder (two types without a common
   * supertype), given as {@code new Sink(b::set, b::addRecipient)}.
   */
  private record Sink(Setter setter, Consumer<Recipient> recipients) {
    <T> void set(PropertyDefinition<T> d, T value) {
      setter.set(d, value);
    }

    void addRecipient(Recipient r) {
      recipients.accept(r);
    }
  }

  private static Sink sink(Message.Builder b) {
    return new Sink(b::set, b::addRecipient);
  }

  private static Sink sink(MobileMessage.Builder<?, ?> b) {
    return new Sink(b::set, b::addRecipient);
  }

  Message read(byte[] data) throws MimeConversionException {
    return readMessage(data, "", "", 0, true);
  }

  private Message readMessage(byte[] data, String headerWhere, String childPrefix, int depth, boolean top)
      throws MimeConversionException {
    MimeEntity.Parsed parsed = MimeEntity.parseMessage(data, headerWhere, childPrefix, depth, maxDepth, report);
    HeaderBlock hb = parsed.headers();
    MimeEntity root = parsed.root();
    String contentClass = hb.first("Content-Class").map(String::strip).orElse("");
    String hw = headerWhere.isEmpty() ? "header " : headerWhere + " header ";
    if (contentClass.equalsIgnoreCase(MessageClass.CONTENT_CLASS_SMS)) {
      return readSms(hb, root, hw, top);
    }
    if (contentClass.equalsIgnoreCase(MessageClass.CONTENT_CLASS_MMS)) {
      return readMms(hb, root, hw, top);
    }
    return readNote(hb, root, hw, depth, top);
  }

  // --- headers ------------------------------------------------------------------------------------

  /**
   * Maps the header fields to properties (all but Subject, which the callers handle) and returns the
   * decoded Subject, or null.
   */
  private @Nullable String applyHeaders(HeaderBlock hb, Sink sink, String hw, boolean mobileMail, boolean top) {
    String subject = null;
    Addresses.Parsed from = null;
    Addresses.Parsed sender = null;
    String replyToMobile = null;
    Set<String> seenGeneric = new HashSet<>();
    OptionalInt importance = OptionalInt.empty();
    String importanceSource = null;
    List<Recipient> recipients = new ArrayList<>();
    for (HeaderBlock.Field f : hb.fields()) {
      String n = HeaderRules.lower(f.name());
      String where = hw + f.name();
      switch (n) {
        case "from" -> {
          List<Addresses.Parsed> l = Addresses.parse(f.value(), where, report);
          if (from != null || l.isEmpty()) {
            report.add(where, "\"" + HeaderBlock.shorten(f.value()) + "\"",
                from != null ? "a second From header; only the first is used" : "no address found", Action.DROPPED);
          } else {
            from = l.get(0);
            for (int i = 1; i < l.size(); i++) {
              report.add(where, "address " + l.get(i).address(),
                  "only the first From address maps to PidTagSentRepresenting* ([MS-OXCMAIL] 2.2.3.2.x)", Action.DROPPED);
            }
          }
        }
        case "sender" -> {
          List<Addresses.Parsed> l = Addresses.parse(f.value(), where, report);
          if (sender == null && !l.isEmpty()) {
            sender = l.get(0);
          } else {
            report.add(where, "\"" + HeaderBlock.shorten(f.value()) + "\"", "a second or empty Sender header",
                Action.DROPPED);
          }
        }
        case "to", "cc", "bcc" -> {
          RecipientType type = n.equals("to") ? RecipientType.TO : n.equals("cc") ? RecipientType.CC : RecipientType.BCC;
          for (Addresses.Parsed p : Addresses.parse(f.value(), where, report)) {
            if (recipients.size() < MAX_SUBOBJECTS) {
              recipients.add(recipient(type, p, mobileMail));
            } else {
              report.add(where, "recipient " + p.address(), "the message already has " + MAX_SUBOBJECTS
                  + " recipients, the most a .msg file holds ([MS-OXMSG] 2.2.1)",
                  Action.DROPPED);
            }
          }
        }
        case "subject" -> {
          if (subject == null) {
            subject = EncodedWords.decode(f.value(), where, report);
          } else {
            report.add(where, "\"" + HeaderBlock.shorten(f.value()) + "\"", "a second Subject header", Action.DROPPED);
          }
        }
        case "date" -> {
          Optional<Instant> t = parseDate(f.value());
          if (t.isPresent()) {
            sink.set(PidTag.CLIENT_SUBMIT_TIME, t.get());
          } else {
            keepUnmapped(f, sink, seenGeneric, where, "not an RFC 5322 date");
          }
        }
        case "message-id" -> sink.set(PidTag.INTERNET_MESSAGE_ID, f.value().strip());
        case "in-reply-to" -> sink.set(PidTag.IN_REPLY_TO_ID, f.value().strip());
        case "references" -> sink.set(PidTag.INTERNET_REFERENCES, f.value().strip());
        case "importance", "x-priority", "x-msmail-priority", "priority" -> {
          OptionalInt v = n.equals("x-priority") ? HeaderRules.importanceXPriority(f.value())
              : n.equals("priority") ? HeaderRules.importancePriority(f.value())
              : HeaderRules.importanceWord(f.value());
          if (n.equals("priority")) {
            OptionalInt p = HeaderRules.priority(f.value());
            if (p.isPresent()) {
              sink.set(PidTag.PRIORITY, p.getAsInt());
            }
          }
          if (v.isEmpty()) {
            keepUnmapped(f, sink, seenGeneric, where, "value not in the [MS-OXCMAIL] 2.2.3.2.5 table");
          } else if (importance.isEmpty() || n.equals("importance") && !"importance".equals(importanceSource)) {
            importance = v;
            importanceSource = n;
          }
        }
        case "x-ms-reply-to-mobile" -> replyToMobile = f.value().strip();
        default -> {
          if (HeaderRules.isExchangeInternal(f.name())) {
            report.add(where, "Exchange-internal header",
                "[MS-OXCMAIL] 2.2.3.2.28 and 2.2.3.2.29 keep X-MS-Exchange-Organization- and -Forest- headers out of"
                    + " the Message object", Action.DROPPED);
          } else if (!HeaderRules.notAnInternetHeaderProperty(f.name())) {
            if (!seenGeneric.add(n)) {
              report.add(where, "\"" + HeaderBlock.shorten(f.value()) + "\"",
                  "a repeated header; PS_INTERNET_HEADERS holds one value per name (the first); the header block is"
                      + (top ? " kept in PidTagTransportMessageHeaders" : " not kept for embedded messages"),
                  top ? Action.REPLACED : Action.DROPPED);
            } else {
              sink.set(HeaderRules.internetHeader(f.name()), EncodedWords.decode(f.value(), where, report));
            }
          } else if (!top && !HeaderRules.STRUCTURE.contains(n)) {
            report.add(where, "trace or transport header",
                "[MS-OXCMAIL] 2.2.3.2.29 keeps it out of PS_INTERNET_HEADERS and an embedded message has no"
                    + " PidTagTransportMessageHeaders", Action.DROPPED);
          }
        }
      }
    }
    if (importance.isPresent()) {
      sink.set(PidTag.IMPORTANCE, importance.getAsInt());
    }
    deliveryTime(hb).ifPresent(t -> sink.set(PidTag.MESSAGE_DELIVERY_TIME, t));
    if (from != null) {
      party(sink, from, PidTag.SENT_REPRESENTING_NAME, PidTag.SENT_REPRESENTING_ADDRESS_TYPE,
          PidTag.SENT_REPRESENTING_EMAIL_ADDRESS, PidTag.SENT_REPRESENTING_SMTP_ADDRESS, mobileMail);
    }
    boolean fromIsMobile = from != null && (from.mobile() || mobileMail && localIsPhone(from.address()));
    if (replyToMobile != null) {
      String number = replyToMobile;
      boolean represented = fromIsMobile && mobileNumber(from).equals(number)
          || recipients.stream().anyMatch(r -> r.mobileAddress().map(a -> a.number().equals(number)).orElse(false));
      if (!represented && sender == null && !fromIsMobile && Addresses.isPhoneNumber(number)) {
        sender = new Addresses.Parsed(null, number, true);
      } else if (!represented) {
        sink.set(HeaderRules.internetHeader(HeaderRules.REPLY_TO_MOBILE), replyToMobile);
      }
    }
    if (sender != null) {
      party(sink, sender, PidTag.SENDER_NAME, PidTag.SENDER_ADDRESS_TYPE, PidTag.SENDER_EMAIL_ADDRESS,
          PidTag.SENDER_SMTP_ADDRESS, mobileMail);
    } else if (from != null) {
      party(sink, from, PidTag.SENDER_NAME, PidTag.SENDER_ADDRESS_TYPE, PidTag.SENDER_EMAIL_ADDRESS,
          PidTag.SENDER_SMTP_ADDRESS, mobileMail);
    }
    recipients.forEach(sink::addRecipient);
    if (top) {
      StringBuilder transport = new StringBuilder();
      for (String line : hb.text().split("\r\n(?![ \t])")) {
        int colon = line.indexOf(':');
        String name = colon > 0 ? line.substring(0, colon).strip() : "";
        if (!line.isEmpty() && !HeaderRules.isExchangeInternal(name)) {
          transport.append(line).append("\r\n");
        }
      }
      if (transport.length() > 0) {
        sink.set(PidTag.TRANSPORT_MESSAGE_HEADERS, transport.toString());
      }
    }
    return subject;
  }

  private void keepUnmapped(HeaderBlock.Field f, Sink sink, Set<String> seen, String where, String why) {
    report.add(where, "\"" + HeaderBlock.shorten(f.value()) + "\"", why
        + "; kept as a PS_INTERNET_HEADERS property instead of being mapped", Action.REPAIRED);
    if (seen.add(HeaderRules.lower(f.name()))) {
      sink.set(HeaderRules.internetHeader(f.name()), EncodedWords.decode(f.value(), where, report));
    }
  }

  private static boolean localIsPhone(String address) {
    int at = address.indexOf('@');
    return at > 0 && Addresses.isPhoneNumber(address.substring(0, at));
  }

  private static String mobileNumber(Addresses.Parsed p) {
    if (p.mobile()) {
      return p.address();
    }
    int at = p.address().indexOf('@');
    return at > 0 ? p.address().substring(0, at) : p.address();
  }

  private static void party(Sink sink, Addresses.Parsed p, PropertyDefinition<String> name,
      PropertyDefinition<String> type, PropertyDefinition<String> address, PropertyDefinition<String> smtp,
      boolean mobileMail) {
    boolean mobile = p.mobile() || mobileMail && localIsPhone(p.address());
    String value = mobile ? mobileNumber(p) : p.address();
    sink.set(name, p.name() != null ? p.name() : value);
    sink.set(type, mobile ? Recipient.ADDRESS_TYPE_MOBILE : Recipient.ADDRESS_TYPE_SMTP);
    sink.set(address, value);
    if (!p.mobile()) {
      sink.set(smtp, p.address());
    }
  }

  private static Recipient recipient(RecipientType type, Addresses.Parsed p, boolean mobileMail) {
    if (p.mobile()) {
      return Recipient.mobile(type, MobileAddress.of(p.name(), p.address()));
    }
    if (mobileMail && localIsPhone(p.address())) {
      Recipient r = Recipient.mobile(type, MobileAddress.of(p.name(), mobileNumber(p)));
      return new Recipient(r.properties().toBuilder().set(PidTag.SMTP_ADDRESS, p.address()).build());
    }
    return Recipient.of(type, p.name() != null ? p.name() : p.address(), Recipient.ADDRESS_TYPE_SMTP, p.address());
  }

  /**
   * The time a received message was delivered: the date-time of its newest Received trace field,
   * which is the first one (each relay adds its own on top, RFC 5321 4.4), after that field's last
   * semicolon (RFC 5322 3.6.7). Outlook shows PidTagMessageDeliveryTime as "Received".
   *
   * @return the time, or empty without a Received field or when its date-time cannot be parsed
   */
  static Optional<Instant> deliveryTime(HeaderBlock hb) {
    for (HeaderBlock.Field f : hb.fields()) {
      if (HeaderRules.lower(f.name()).equals("received")) {
        int semi = f.value().lastIndexOf(';');
        return semi < 0 ? Optional.empty() : parseDate(f.value().substring(semi + 1).replaceAll("\\s+", " "));
      }
    }
    return Optional.empty();
  }

  static Optional<Instant> parseDate(String value) {
    try {
      Date d = new MailDateFormat().parse(value.strip());
      return d == null ? Optional.empty() : Optional.of(d.toInstant());
    } catch (java.text.ParseException | RuntimeException e) {
      return Optional.empty();
    }
  }

  // --- SMS and MMS ----------------------------------------------------------------------------------

  private Message readSms(HeaderBlock hb, MimeEntity root, String hw, boolean top) {
    SmsMessage.Builder b = SmsMessage.builder();
    String subject = applyHeaders(hb, sink(b), hw, true, top);
    List<MimeEntity> leaves = new ArrayList<>();
    root.leaves(leaves);
    MimeEntity text = null;
    for (MimeEntity e : leaves) {
      if (e.isType("text/plain") && !e.isAttachmentDisposition()) {
        text = e;
        break;
      }
    }
    List<MimeEntity> rest = new ArrayList<>(leaves);
    if (text != null) {
      rest.remove(text);
      Charsets.Decoded d = Charsets.decode(text.decoded(), text.param("charset"), text.where, report);
      b.body(d.text());
      OptionalInt cp = d.codePage();
      if (cp.isPresent()) {
        b.set(PidTag.INTERNET_CODEPAGE, cp.getAsInt());
      }
      bodyIds(text, sink(b));
    } else {
      report.add(root.where, "SMS mail without a text/plain part", "the SMS object has no body", Action.DROPPED);
    }
    HeaderRules.Subject s = subject == null ? null : HeaderRules.Subject.split(subject);
    if (s != null) {
      b.normalizedSubject(s.normalized());
    }
    Message m = b.build().message();
    Message.Builder mb = m.toBuilder();
    if (s != null && !s.prefix().isEmpty()) {
      mb.set(PidTag.SUBJECT_PREFIX, s.prefix()).set(PidTag.SUBJECT, subject);
    }
    for (MimeEntity e : rest) {
      if (e.isType("text/html") && !e.isAttachmentDisposition() && text != null) {
        Charsets.Decoded d = Charsets.decode(e.decoded(), e.param("charset"), e.where, report);
        setHtml(mb, e, d);
        continue;
      }
      if (roomForAttachment(mb.attachments().size(), e)) {
        mb.addAttachment(attachment(e, false, 0));
      }
    }
    if (!rest.isEmpty()) {
      boolean has = !mb.attachments().isEmpty();
      int flags = mb.propertiesBuilder().build().find(PidTag.MESSAGE_FLAGS).orElse(0);
      mb.set(PidTag.MESSAGE_FLAGS, has ? flags | MessageFlag.HAS_ATTACH.mask() : flags);
      mb.set(PidTag.HAS_ATTACHMENTS, has);
    }
    return mb.build();
  }

  private Message readMms(HeaderBlock hb, MimeEntity root, String hw, boolean top) {
    MmsMessage.Builder b = MmsMessage.builder();
    String subject = applyHeaders(hb, sink(b), hw, true, top);
    if (subject != null) {
      Matcher m = HeaderRules.MMS_REMINDER_AT_END.matcher(subject);
      b.subject(m.find() ? subject.substring(0, m.start()) : subject);
    }
    List<MimeEntity> leaves = new ArrayList<>();
    root.leaves(leaves);
    MimeEntity smil = null;
    if (root.multipart && root.isType("multipart/related")) {
      String start = root.param("start");
      for (MimeEntity e : leaves) {
        if (start != null ? e.contentId() != null && ContentIds.same(start, e.contentId())
            : e.isType(MmsMessage.SMIL_MIME_TYPE)) {
          smil = e;
          break;
        }
      }
      if (smil != null && leaves.indexOf(smil) != 0) {
        report.add(smil.where, "SMIL part not first", "[MS-OMS] 2.2.2.1.2.2 puts the SMIL part first; the SMIL part is"
            + " stored as the first MMS part", Action.REPLACED);
        leaves.remove(smil);
        leaves.add(0, smil);
      }
    }
    int index = 0;
    for (MimeEntity e : leaves) {
      if (!root.multipart && e.raw.length == 0) {
        continue;
      }
      if (roomForAttachment(index, e)) {
        b.addPart(mmsPart(e, index++));
      }
    }
    b.renderBody();
    return b.build().message();
  }

  /**
   * Tells whether a message holding some attachments (or MMS parts) takes one more; when it holds
   * {@value #MAX_SUBOBJECTS}, reports the part DROPPED instead, unread.
   */
  private boolean roomForAttachment(int held, MimeEntity e) {
    if (held < MAX_SUBOBJECTS) {
      return true;
    }
    report.add(e.where, "attachment " + e.mimeType + Optional.ofNullable(e.fileName()).map(n -> " \"" + n + "\"")
        .orElse(""), "the message already has " + MAX_SUBOBJECTS + " attachments, the most a .msg file holds "
        + "([MS-OXMSG] 2.2.2)", Action.DROPPED);
    return false;
  }

  private MmsPart mmsPart(MimeEntity e, int index) {
    String location = e.contentLocation();
    String name = MmsPart.fileNameFor(e.fileName(), location, index, e.mimeType);
    Bytes data = Bytes.of(e.decoded());
    String id = e.contentId();
    if (id == null) {
      id = MmsPart.contentIdFor(index, e.mimeType, name, data);
    }
    String charset = e.param("charset");
    return new MmsPart(name, e.mimeType, id, location, data,
        charset == null || charset.isBlank() ? null : charset.strip());
  }

  // --- ordinary mail --------------------------------------------------------------------------------

  /** The body and attachment entities chosen per [MS-OXCMAIL] 2.2.3.3.2. */
  private static final class Selection {
    @Nullable MimeEntity plain;
    @Nullable MimeEntity html;
    @Nullable MimeEntity rtf;
    final List<MimeEntity> related = new ArrayList<>();
    final List<MimeEntity> attachments = new ArrayList<>();
  }

  private static boolean isRtf(MimeEntity e) {
    return !e.multipart && (e.isType("application/rtf") || e.isType("text/rtf"));
  }

  private static int rank(MimeEntity e) {
    if (!e.multipart) {
      if (e.isAttachmentDisposition()) {
        return 0;
      }
      return switch (e.mimeType) {
        case "text/html" -> 4;
        case "text/enriched" -> 3;
        case "text/plain" -> 2;
        case "text/calendar" -> 1;
        default -> 0;
      };
    }
    if (e.children.isEmpty()) {
      return 0;
    }
    if (e.isType("multipart/alternative")) {
      int best = 0;
      for (MimeEntity c : e.children) {
        best = Math.max(best, rank(c));
      }
      return best;
    }
    if (e.isType("multipart/related")) {
      return rank(relatedRoot(e)) == 4 ? 4 : rank(e.children.get(0));
    }
    MimeEntity first = e.children.get(0);
    return rank(first);
  }

  private static MimeEntity relatedRoot(MimeEntity e) {
    String start = e.param("start");
    if (start != null) {
      for (MimeEntity c : e.children) {
        if (c.contentId() != null && ContentIds.same(start, c.contentId())) {
          return c;
        }
      }
    }
    return e.children.get(0);
  }

  private void takeBody(MimeEntity e, Selection s) {
    if (!e.multipart) {
      switch (e.mimeType) {
        case "text/html" -> s.html = e;
        case "text/plain" -> s.plain = e;
        default -> {
          report.add(e.where, e.mimeType + " body", "conversion of " + e.mimeType
              + " to a body is not implemented; kept as an attachment", Action.KEPT_RAW);
          s.attachments.add(e);
        }
      }
      return;
    }
    if (e.isType("multipart/alternative")) {
      MimeEntity best = null;
      for (MimeEntity c : e.children) {
        if (rank(c) > 0 && (best == null || rank(c) >= rank(best))) {
          best = c;
        }
      }
      if (best != null) {
        takeBody(best, s);
      }
      for (MimeEntity c : e.children) {
        if (c == best) {
          continue;
        }
        if (!c.multipart && c.isType("text/plain") && s.plain == null && best != null && rank(best) == 4) {
          s.plain = c;
        } else if (isRtf(c) && s.rtf == null) {
          s.rtf = c;
        } else {
          report.add(c.where, "alternative " + c.mimeType, best == null ? "no alternative qualifies as a body"
              : "another alternative (" + best.mimeType + ") was chosen as the body ([MS-OXCMAIL] 2.2.3.3.2.1)",
              Action.DROPPED);
        }
      }
      return;
    }
    if (e.isType("multipart/related") && rank(relatedRoot(e)) == 4) {
      MimeEntity root = relatedRoot(e);
      takeBody(root, s);
      for (MimeEntity c : e.children) {
        if (c != root) {
          if (c.multipart) {
            attachmentsFrom(c, s);
          } else {
            s.related.add(c);
          }
        }
      }
      return;
    }
    if (e.isType("multipart/signed") || e.isType("multipart/encrypted")) {
      report.add(e.where, e.mimeType, "security multiparts are not converted to S/MIME message classes; the parts"
          + " are read as a multipart/mixed and a signature no longer verifies", Action.REPLACED);
    }
    MimeEntity first = e.children.get(0);
    takeBody(first, s);
    for (int i = 1; i < e.children.size(); i++) {
      attachmentsFrom(e.children.get(i), s);
    }
  }

  private void attachmentsFrom(MimeEntity e, Selection s) {
    if (e.multipart) {
      for (MimeEntity c : e.children) {
        attachmentsFrom(c, s);
      }
    } else {
      s.attachments.add(e);
    }
  }

  private Message readNote(HeaderBlock hb, MimeEntity root, String hw, int depth, boolean top) {
    Message.Builder b = Message.builder();
    Sink sink = sink(b);
    b.set(PidTag.MESSAGE_CLASS, MessageClass.IPM_NOTE);
    String subject = applyHeaders(hb, sink, hw, false, top);
    if (subject != null) {
      HeaderRules.Subject s = HeaderRules.Subject.split(subject);
      b.set(PidTag.SUBJECT, subject);
      if (!s.prefix().isEmpty()) {
        b.set(PidTag.SUBJECT_PREFIX, s.prefix());
      }
      b.set(PidTag.NORMALIZED_SUBJECT, s.normalized());
    }
    Selection sel = new Selection();
    if (rank(root) > 0) {
      takeBody(root, sel);
    } else if (isRtf(root)) {
      sel.rtf = root;
    } else {
      attachmentsFrom(root, sel);
    }
    String htmlText = null;
    if (sel.html != null) {
      Charsets.Decoded d = htmlCharset(sel.html);
      htmlText = d.text();
      setHtml(b, sel.html, d);
      bodyIds(sel.html, sink);
    }
    if (sel.plain != null) {
      Charsets.Decoded d = Charsets.decode(sel.plain.decoded(), sel.plain.param("charset"), sel.plain.where, report);
      if (!d.text().isEmpty()) {
        b.set(PidTag.BODY, d.text());
      }
      if (sel.html == null) {
        OptionalInt cp = d.codePage();
        if (cp.isPresent()) {
          b.set(PidTag.INTERNET_CODEPAGE, cp.getAsInt());
        }
        bodyIds(sel.plain, sink);
      }
    }
    if (sel.rtf != null) {
      b.set(PidTag.RTF_COMPRESSED, uncompressedRtf(sel.rtf.decoded()));
      if (sel.html == null && sel.plain == null) {
        report.add(sel.rtf.where, "RTF-only body (" + sel.rtf.mimeType + ")", "stored uncompressed in"
            + " PidTagRtfCompressed ([MS-OXRTFCP] 2.1.3.1); RTF is not converted, so the message has no PidTagBody"
            + " or PidTagHtml", Action.REPLACED);
      }
    }
    if (htmlText != null && sel.rtf == null) {
      b.encapsulatedHtmlRtf(htmlText); // the body Outlook shows an HTML message from ([Outlook] gotcha 5)
    }
    if (sel.html == null && sel.plain == null && sel.rtf == null) {
      report.add(root.where, "no body", "no part qualifies as the message body ([MS-OXCMAIL] 2.2.3.3.2)",
          Action.DROPPED);
    }
    HtmlReferences refs = HtmlReferences.of(htmlText == null ? "" : htmlText);
    for (MimeEntity e : sel.related) {
      if (roomForAttachment(b.attachments().size(), e)) {
        b.addAttachment(attachment(e, refs.names(e.contentId(), e.contentLocation()), depth));
      }
    }
    for (MimeEntity e : sel.attachments) {
      if (roomForAttachment(b.attachments().size(), e)) {
        b.addAttachment(attachment(e, false, depth));
      }
    }
    b.numberRecipientRows().displayLists();
    boolean has = !b.attachments().isEmpty();
    b.set(PidTag.HAS_ATTACHMENTS, has);
    b.set(PidTag.MESSAGE_FLAGS, has ? MessageFlag.HAS_ATTACH.mask() : 0);
    return b.build();
  }


  private void bodyIds(MimeEntity e, Sink sink) {
    String id = e.contentId();
    if (id != null) {
      sink.set(PidTag.BODY_CONTENT_ID, id);
    }
    String loc = e.contentLocation();
    if (loc != null) {
      sink.set(PidTag.BODY_CONTENT_LOCATION, loc);
    }
  }

  /** Decodes an HTML body: the charset parameter, else the HTML's own meta charset, else detection. */
  private Charsets.Decoded htmlCharset(MimeEntity e) {
    String declared = e.param("charset");
    if (declared == null) {
      Matcher m = META_CHARSET.matcher(new String(e.decoded(), StandardCharsets.ISO_8859_1));
      if (m.find() && Charsets.forLabel(m.group(1)).isPresent()) {
        declared = m.group(1);
      }
    }
    return Charsets.decode(e.decoded(), declared, e.where, report);
  }

  private void setHtml(Message.Builder b, MimeEntity e, Charsets.Decoded d) {
    OptionalInt cp = d.codePage();
    boolean wide = d.charset().name().toUpperCase(Locale.ROOT).startsWith("UTF-16")
        || d.charset().name().toUpperCase(Locale.ROOT).startsWith("UTF-32");
    boolean sameBytes = Charsets.decodeStrict(e.decoded(), d.charset()).isPresent();
    if (cp.isPresent() && !wide && sameBytes && CodePage.charset(cp.getAsInt()).isPresent()) {
      b.set(PidTag.HTML, Bytes.of(e.decoded()));
      b.set(PidTag.INTERNET_CODEPAGE, cp.getAsInt());
    } else {
      b.set(PidTag.HTML, Bytes.encode(d.text(), StandardCharsets.UTF_8));
      b.set(PidTag.INTERNET_CODEPAGE, CodePage.UTF_8);
      report.add(e.where, "HTML body in " + d.label(), wide
          ? "[MS-OXCMAIL] 2.1.3.3.1 forbids UTF-16 and UTF-32 HTML bodies; re-encoded as UTF-8"
          : "no usable Windows code page for the bytes as sent; re-encoded as UTF-8", Action.REPLACED);
    }
  }

  /**
   * Wraps RTF as uncompressed compressed-RTF ("MELA", CRC 0; [MS-OXRTFCP] 2.1.3.1.1). MELA rather than
   * LZFu: the RTF of a MIME part may hold raw CR LF, which LZFu would compress into references to
   * the dictionary's CR LF, and readers that hold LF CR there (Apache POI, MSGReader,
   * Email::Outlook::Message) would then read LF CR; uncompressed RTF reads alike everywhere.
   */
  static Bytes uncompressedRtf(byte[] rtf) {
    return Bytes.of(CompressedRtf.wrapUncompressed(rtf));
  }

  private Attachment attachment(MimeEntity e, boolean inline, int depth) {
    if (e.isType("message/rfc822") && !e.multipart) {
      byte[] inner = e.decoded();
      if (depth + 1 > maxDepth) {
        report.add(e.where, "embedded message nested deeper than " + maxDepth + " levels",
            "kept as a by-value attachment with its MIME bytes", Action.KEPT_RAW);
      } else {
        try {
          Message m = readMessage(inner, "part " + e.number + " message", e.number, depth + 1, false);
          PropertyBag.Builder p = PropertyBag.builder()
              .set(PidTag.ATTACH_METHOD, AttachMethod.EMBEDDED_MESSAGE.value())
              .set(PidTag.ATTACH_MIME_TAG, e.mimeType);
          String display = e.description();
          if (display == null) {
            display = m.subject().orElse(null);
          }
          if (display != null && !display.isEmpty()) {
            p.set(PidTag.DISPLAY_NAME, display);
          }
          String fn = e.fileName();
          if (fn != null) {
            p.set(PidTag.ATTACH_LONG_FILENAME, fn);
            extensionOf(fn).ifPresent(x -> p.set(PidTag.ATTACH_EXTENSION, x));
          }
          return Attachment.embedded(p.build(), m);
        } catch (MimeConversionException ex) {
          report.add(e.where, "message/rfc822 part that is not a message", ex.originalMessage()
              + "; kept as a by-value attachment with its bytes", Action.KEPT_RAW);
        }
      }
    }
    if (e.multipart || e.mimeType.startsWith("multipart/")) {
      report.add(e.where, e.mimeType, "kept as one by-value attachment with its undecoded content", Action.KEPT_RAW);
    }
    PropertyBag.Builder p = PropertyBag.builder().set(PidTag.ATTACH_METHOD, AttachMethod.BY_VALUE.value());
    String fn = e.fileName();
    if (fn != null) {
      p.set(PidTag.ATTACH_LONG_FILENAME, fn);
    }
    String desc = e.description();
    if (desc != null) {
      p.set(PidTag.DISPLAY_NAME, desc);
    } else if (fn != null) {
      p.set(PidTag.DISPLAY_NAME, fn);
    }
    if (fn != null) {
      extensionOf(fn).ifPresent(x -> p.set(PidTag.ATTACH_EXTENSION, x));
    }
    String mimeTag = e.mimeType.equals("application/ms-tnef") ? "application/octet-stream" : e.mimeType;
    p.set(PidTag.ATTACH_MIME_TAG, mimeTag);
    String id = e.contentId();
    if (id != null) {
      p.set(PidTag.ATTACH_CONTENT_ID, id);
    }
    String loc = e.contentLocation();
    if (loc != null) {
      p.set(PidTag.ATTACH_CONTENT_LOCATION, loc);
    }
    String base = e.header("Content-Base");
    if (base != null && !base.isBlank()) {
      p.set(PidTag.ATTACH_CONTENT_BASE, base.strip());
    }
    String charset = e.mimeType.startsWith("text/") ? e.param("charset") : null;
    if (charset != null && !charset.isBlank()) {
      p.set(PidTag.TEXT_ATTACHMENT_CHARSET, charset.strip());
    }
    if (inline) {
      p.set(PidTag.ATTACH_FLAGS, 0x4);
      p.set(PidTag.ATTACHMENT_HIDDEN, true);
      if (!INLINE_IMAGE_TYPES.contains(e.mimeType)) {
        report.add(e.where, "inline " + e.mimeType, "marked inline because the HTML body refers to it, although"
            + " [MS-OXCMAIL] 2.2.3.4.1.4.1 expects an image type", Action.REPLACED);
      }
    }
    p.set(PidTag.ATTACH_DATA_BINARY, Bytes.of(e.multipart ? e.raw : e.decoded()));
    return Attachment.of(p.build());
  }

  static Optional<String> extensionOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 && dot < fileName.length() - 1 ? Optional.of(fileName.substring(dot)) : Optional.empty();
  }
}
