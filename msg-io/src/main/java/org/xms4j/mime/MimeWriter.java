package org.xms4j.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.net.URLConnection;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.CodePage;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.MessageClass;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.AttachMethod;
import org.xms4j.message.Attachment;
import org.xms4j.message.CompoundEntry;
import org.xms4j.message.HtmlReferences;
import org.xms4j.message.Message;
import org.xms4j.message.MmsMessage;
import org.xms4j.message.MmsPart;
import org.xms4j.message.MobileMessage;
import org.xms4j.message.Recipient;
import org.xms4j.message.RecipientType;
import org.xms4j.message.SmsMessage;
import org.xms4j.path.MessagePath;
import org.xms4j.rtf.EncapsulatedHtml;
import org.xms4j.rtf.RtfFormatException;
import org.xms4j.mime.ConversionReport.Action;
import org.xms4j.smil.ContentIds;

/**
 * Message object to MIME, per [MS-OXCMAIL] section 2.1 and, for SMS and MMS objects, [MS-OMS]
 * 2.2.2.1. Output is deterministic: boundaries are derived from a hash of the content they enclose,
 * no Message-ID or Date is invented, and dates are written in UTC.
 */
final class MimeWriter {

  private static final DateTimeFormatter RFC5322 =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final Charset ISO_8859_15 = Charset.forName("ISO-8859-15");
  private static final Set<String> FORBIDDEN_ATTACHMENT_TYPES = Set.of("application/applefile",
      "application/mac-binhex40", "message/rfc822");

  private final int maxDepth;
  private final ConversionReport.Recorder report;
  private final Session session = Session.getInstance(new Properties());
  private final java.util.Map<String, String> reasons = new java.util.HashMap<>();
  /** SMTP addresses for X.500 (EX) addresses of the message being written, lower-case DN to address. */
  private final java.util.Map<String, String> exSmtp = new java.util.HashMap<>();

  MimeWriter(int maxDepth, ConversionReport.Recorder report) {
    this.maxDepth = maxDepth;
    this.report = report;
  }

  /** A MIME entity before serialisation: headers plus encoded content or children. */
  private static final class Node {
    final List<String[]> headers = new ArrayList<>();
    byte[] content = new byte[0];
    /** The text of a text part before transfer encoding, else null. */
    @Nullable String text;
    @Nullable String multipartType;
    final List<Node> children = new ArrayList<>();

    Node header(String name, String value) {
      headers.add(new String[] {name, value});
      return this;
    }

    Node contentOf(byte[] bytes) {
      content = bytes;
      return this;
    }

    Node multipart(String type) {
      multipartType = type;
      return this;
    }
  }

  /** A message that never invents a Message-ID. */
  private static final class FixedMessage extends MimeMessage {
    FixedMessage(Session session) {
      super(session);
    }

    FixedMessage(Session session, InternetHeaders headers, byte[] content) {
      super(session);
      this.headers = headers;
      this.content = content;
    }

    @Override
    protected void updateMessageID() {
      // Message-ID comes from PidTagInternetMessageId only
    }

    @Override
    protected void updateHeaders() throws MessagingException {
      boolean dated = getHeader("Date") != null;
      super.updateHeaders();
      if (!dated) {
        // Jakarta adds the current time; Date comes from PidTagClientSubmitTime only
        removeHeader("Date");
      }
    }
  }

  /** A multipart whose boundary is chosen by the writer. */
  private static final class FixedMultipart extends MimeMultipart {
    FixedMultipart(String subtype, String contentTypeValue) {
      super(subtype);
      this.contentType = contentTypeValue;
    }
  }

  byte[] write(Message m) throws MimeConversionException {
    byte[] bytes = serialize(messageNode(m, MessagePath.ROOT, 0));
    ConversionReport.Recorder scratch = new ConversionReport.Recorder();
    Message back;
    try {
      back = new MimeReader(maxDepth, scratch).read(bytes);
    } catch (MimeConversionException e) {
      throw new MimeConversionException("", "the MIME written could not be read back: " + e.getMessage(), e);
    }
    Diff.compare(m, back, MessagePath.ROOT, report, reasons);
    return bytes;
  }

  // --- serialisation --------------------------------------------------------------------------------

  private byte[] serialize(Node top) throws MimeConversionException {
    try {
      MimeMessage msg;
      if (top.multipartType == null) {
        msg = new FixedMessage(session, headers(top), top.content);
      } else {
        msg = new FixedMessage(session);
        setMultipart(msg, top);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      msg.writeTo(out);
      return out.toByteArray();
    } catch (MessagingException | IOException e) {
      throw new MimeConversionException("", "writing MIME failed: " + e.getMessage(), e);
    }
  }

  private static InternetHeaders headers(Node n) {
    InternetHeaders ih = new InternetHeaders();
    for (String[] h : n.headers) {
      ih.addHeader(h[0], fold(h[0], h[1]));
    }
    return ih;
  }

  private MimeBodyPart part(Node n) throws MessagingException, IOException {
    if (n.multipartType == null) {
      return new MimeBodyPart(headers(n), n.content);
    }
    MimeBodyPart p = new MimeBodyPart();
    setMultipart(p, n);
    return p;
  }

  /** Gives a message or body part a multipart node's parts and headers, Content-Type last (with the boundary). */
  private void setMultipart(MimePart p, Node n) throws MessagingException, IOException {
    MimeMultipart mp = multipart(n);
    p.setContent(mp);
    for (String[] h : n.headers) {
      p.addHeader(h[0], fold(h[0], h[1]));
    }
    p.setHeader("Content-Type", fold("Content-Type", mp.getContentType()));
  }

  private MimeMultipart multipart(Node n) throws MessagingException, IOException {
    List<MimeBodyPart> parts = new ArrayList<>();
    List<byte[]> serialized = new ArrayList<>();
    MessageDigest digest = sha256();
    for (Node c : n.children) {
      MimeBodyPart p = part(c);
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      p.writeTo(b);
      serialized.add(b.toByteArray());
      digest.update(b.toByteArray());
      parts.add(p);
    }
    String base = "=_xms4j_" + HexFormat.of().formatHex(digest.digest()).substring(0, 24);
    String boundary = base;
    for (int counter = 1; occursIn(boundary, serialized); counter++) {
      boundary = base + "_" + counter;
    }
    String type = n.multipartType;
    int semi = type.indexOf(';');
    String subtype = (semi < 0 ? type : type.substring(0, semi)).substring("multipart/".length());
    FixedMultipart mp = new FixedMultipart(subtype, type + "; boundary=\"" + boundary + "\"");
    for (MimeBodyPart p : parts) {
      mp.addBodyPart(p);
    }
    return mp;
  }

  private static boolean occursIn(String boundary, List<byte[]> parts) {
    String needle = "--" + boundary;
    for (byte[] b : parts) {
      if (new String(b, StandardCharsets.ISO_8859_1).contains(needle)) {
        return true;
      }
    }
    return false;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static String fold(String name, String value) {
    return MimeUtility.fold(name.length() + 2, value);
  }

  private static byte[] encode(byte[] data, String encoding) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4 / 3 + 8);
    try (OutputStream enc = MimeUtility.encode(out, encoding)) {
      enc.write(data);
    } catch (MessagingException e) {
      throw new IOException(e.getMessage(), e);
    }
    byte[] b = out.toByteArray();
    if (encoding.equals("base64") && b.length >= 2 && b[b.length - 2] == '\r' && b[b.length - 1] == '\n') {
      return java.util.Arrays.copyOf(b, b.length - 2);
    }
    return b;
  }

  // --- header values ----------------------------------------------------------------------------------

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7E || s.charAt(i) < 0x20 && s.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  /** RFC 2047-encodes unstructured text when it is not plain ASCII. */
  static String text(String value) {
    String v = value.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    if (isAscii(v)) {
      return v;
    }
    try {
      return MimeUtility.encodeText(v, "utf-8", null);
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is required of every Java platform", e);
    }
  }

  /** Formats a display-name phrase: an atom sequence as is, else a quoted string, RFC 2047 when not ASCII. */
  static String phrase(String name) {
    if (!isAscii(name)) {
      try {
        return MimeUtility.encodeWord(name, "utf-8", null);
      } catch (UnsupportedEncodingException e) {
        throw new IllegalStateException("UTF-8 is required of every Java platform", e);
      }
    }
    boolean atoms = !name.isEmpty();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == ' ' || "!#$%&'*+-/=?^_`{|}~".indexOf(c) >= 0)) {
        atoms = false;
      }
    }
    if (atoms && !name.startsWith(" ") && !name.endsWith(" ") && !name.contains("  ")) {
      return name;
    }
    return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Formats one address for an address header, or returns empty when the party cannot be written. */
  private Optional<String> address(@Nullable String name, @Nullable String type, @Nullable String email,
      @Nullable String smtp, boolean mobileMail, String where) {
    boolean mobile = Recipient.ADDRESS_TYPE_MOBILE.equalsIgnoreCase(type);
    if (mobile && email != null && !email.isBlank()) {
      if (smtp != null && mobileMail) {
        return Optional.of(mailbox(name, smtp));
      }
      String n = name == null || name.equals(email) ? null : name;
      return Optional.of(n == null ? "[MOBILE:" + email + "]" : phrase(n) + " [MOBILE:" + email + "]");
    }
    String addr = smtp != null && !smtp.isBlank() ? smtp
        : Recipient.ADDRESS_TYPE_SMTP.equalsIgnoreCase(type) || type == null ? email : null;
    if (addr == null && "EX".equalsIgnoreCase(type) && email != null) {
      addr = exSmtp.get(email.strip().toLowerCase(Locale.ROOT));
    }
    if (addr == null || addr.isBlank()) {
      report.add(where, "address of type " + type + (email == null ? "" : " \"" + HeaderBlock.shorten(email) + "\""),
          "no SMTP address to write in a MIME header", Action.DROPPED);
      return Optional.empty();
    }
    return Optional.of(mailbox(name, addr));
  }

  private static String mailbox(@Nullable String name, String addr) {
    if (name == null || name.isBlank() || name.equals(addr)) {
      return addr;
    }
    return phrase(name) + " <" + addr + ">";
  }

  // --- messages -----------------------------------------------------------------------------------------

  private enum Kind { NOTE, SMS, MMS }

  private Node messageNode(Message m, MessagePath path, int depth) throws MimeConversionException {
    Optional<MobileMessage> mobile = MobileMessage.from(m);
    Kind kind = mobile.isEmpty() ? Kind.NOTE : mobile.get() instanceof SmsMessage ? Kind.SMS : Kind.MMS;
    if (kind == Kind.SMS) {
      for (PropertyDefinition<?> d : List.of(PidTag.SUBJECT, PidTag.NORMALIZED_SUBJECT, PidTag.SUBJECT_PREFIX)) {
        reasons.put(path.property(d.key()).toString(), "[MS-OMS] 2.2.2.1.1.5: the Subject of SMS mail is the first"
            + " line or the first 40 characters of the body, and readers take the subject from it");
      }
    } else if (kind == Kind.MMS) {
      for (PropertyDefinition<?> d : List.of(PidTag.HTML, PidTag.BODY, PidTag.BODY_HTML)) {
        reasons.put(path.property(d.key()).toString(), "MMS mail carries the parts, not the bodies; readers render"
            + " the HTML and text bodies from the parts ([MS-OMS] 2.2.2.1.2.2)");
      }
      reasons.put(path.property(PidTag.SUBJECT_PREFIX.key()).toString(), "the Subject of MMS mail is the MMS subject"
          + " ([MS-OMS] 2.2.2.1.1.5); readers set it as PidTagSubject and PidTagNormalizedSubject without a prefix");
    }
    PropertyBag p = m.properties();
    Node top = new Node();
    Set<String> written = new HashSet<>();
    headers(m, kind, top, written, path);
    Node body = switch (kind) {
      case SMS -> smsBody(m, path);
      case MMS -> mmsBody(m, path);
      case NOTE -> noteBody(m, path, depth);
    };
    for (String[] h : body.headers) {
      top.headers.add(h);
    }
    top.content = body.content;
    top.multipartType = body.multipartType;
    top.children.addAll(body.children);
    for (PropertyKey key : p.keys()) {
      Optional<String> name = HeaderRules.internetHeaderName(key);
      if (name.isEmpty()) {
        continue;
      }
      String n = name.get();
      String where = path.property(key).toString();
      Optional<String> value = HeaderRules.text(p.get(key).orElseThrow());
      if (value.isEmpty()) {
        continue;
      }
      if (written.contains(HeaderRules.lower(n))) {
        continue;
      }
      if (HeaderRules.STRUCTURE.contains(HeaderRules.lower(n))) {
        report.add(where, "Internet header property \"" + n + "\"", "describes the MIME structure, which the writer"
            + " builds itself ([MS-OXCMAIL] 2.1.3.2.4)", Action.DROPPED);
        continue;
      }
      if (HeaderRules.writerSkips(n)) {
        report.add(where, "Internet header property \"" + n + "\"",
            "[MS-OXCMAIL] 2.1.3.2.4: writers should not emit Exchange organization or forest headers", Action.DROPPED);
        continue;
      }
      top.header(n, text(value.get()));
      written.add(HeaderRules.lower(n));
    }
    droppedStorageDetails(path, m.extraEntries(), CompoundEntry.Storage.NO_CLASS, ".msg");
    for (int i = 0; i < m.recipients().size(); i++) {
      Recipient r = m.recipients().get(i);
      droppedStorageDetails(path.recipient(i), r.extraEntries(), r.storageClassId(), ".msg recipient storage");
    }
    for (int i = 0; i < m.attachments().size(); i++) {
      Attachment a = m.attachments().get(i);
      droppedStorageDetails(path.attachment(i), a.extraEntries(), a.storageClassId(), ".msg attachment storage");
    }
    return top;
  }

  /** Reports what MIME cannot carry of one object's .msg storage: kept extra entries and a CLSID. */
  private void droppedStorageDetails(MessagePath at, List<CompoundEntry> extras, UUID classId, String what) {
    if (!extras.isEmpty()) {
      report.add(at.toString(), extras.size() + " compound-file entries of a " + what,
          "storage details of the .msg format; MIME has no place for them", Action.DROPPED);
    }
    if (!classId.equals(CompoundEntry.Storage.NO_CLASS)) {
      report.add(at.toString(), "CLSID " + classId.toString().toUpperCase(Locale.ROOT) + " of a " + what,
          "storage details of the .msg format; MIME has no place for them", Action.DROPPED);
    }
  }

  private void headers(Message m, Kind kind, Node top, Set<String> written, MessagePath path) {
    PropertyBag p = m.properties();
    boolean mobileMail = kind != Kind.NOTE;
    String repName = p.find(PidTag.SENT_REPRESENTING_NAME).orElse(null);
    String repType = p.find(PidTag.SENT_REPRESENTING_ADDRESS_TYPE).orElse(null);
    String repEmail = p.find(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS).orElse(null);
    String repSmtp = p.find(PidTag.SENT_REPRESENTING_SMTP_ADDRESS).orElse(null);
    String sName = p.find(PidTag.SENDER_NAME).orElse(null);
    String sType = p.find(PidTag.SENDER_ADDRESS_TYPE).orElse(null);
    String sEmail = p.find(PidTag.SENDER_EMAIL_ADDRESS).orElse(null);
    String sSmtp = p.find(PidTag.SENDER_SMTP_ADDRESS).orElse(null);
    resolveExchangeSender(p, path, repType, repEmail, repSmtp, sType, sEmail, sSmtp);
    boolean hasRep = repEmail != null || repSmtp != null;
    boolean hasSender = sEmail != null || sSmtp != null;
    boolean senderMobile = Recipient.ADDRESS_TYPE_MOBILE.equalsIgnoreCase(sType);
    boolean repMobile = Recipient.ADDRESS_TYPE_MOBILE.equalsIgnoreCase(repType);
    String replyToMobile = null;
    if (hasRep) {
      address(repName, repType, repEmail, repSmtp, mobileMail, path.property(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS.key())
          .toString()).ifPresent(a -> put(top, written, "From", a));
      boolean same = java.util.Objects.equals(sEmail, repEmail) && java.util.Objects.equals(sType, repType);
      if (hasSender && !same) {
        if (mobileMail && senderMobile && !repMobile) {
          replyToMobile = sEmail;
        } else {
          address(sName, sType, sEmail, sSmtp, mobileMail, path.property(PidTag.SENDER_EMAIL_ADDRESS.key()).toString())
              .ifPresent(a -> put(top, written, "Sender", a));
        }
      }
    } else if (hasSender) {
      address(sName, sType, sEmail, sSmtp, mobileMail, path.property(PidTag.SENDER_EMAIL_ADDRESS.key()).toString())
          .ifPresent(a -> put(top, written, "From", a));
    }
    if (mobileMail && replyToMobile == null) {
      if (repMobile && repEmail != null) {
        replyToMobile = repEmail;
      } else if (senderMobile && sEmail != null) {
        replyToMobile = sEmail;
      } else {
        for (Recipient r : m.recipients()) {
          if (r.mobileAddress().isPresent()) {
            replyToMobile = r.mobileAddress().get().number();
            break;
          }
        }
      }
    }
    for (RecipientType t : List.of(RecipientType.TO, RecipientType.CC, RecipientType.BCC)) {
      List<String> list = new ArrayList<>();
      for (int i = 0; i < m.recipients().size(); i++) {
        Recipient r = m.recipients().get(i);
        if (!r.type().map(t::equals).orElse(false)) {
          continue;
        }
        String dn = "EX".equalsIgnoreCase(r.addressType().orElse("")) && r.find(PidTag.SMTP_ADDRESS).isEmpty()
            ? r.emailAddress().map(e -> exSmtp.get(e.strip().toLowerCase(Locale.ROOT))).orElse(null) : null;
        if (dn != null) {
          exReasons(path.recipient(i), dn, PidTag.ADDRESS_TYPE, PidTag.EMAIL_ADDRESS);
        }
        address(r.displayName().orElse(null), r.addressType().orElse(null), r.emailAddress().orElse(null),
            r.find(PidTag.SMTP_ADDRESS).orElse(null), mobileMail, path.recipient(i).toString()).ifPresent(list::add);
      }
      if (!list.isEmpty()) {
        put(top, written, t == RecipientType.TO ? "To" : t == RecipientType.CC ? "Cc" : "Bcc", String.join(", ", list));
      }
    }
    for (int i = 0; i < m.recipients().size(); i++) {
      Recipient r = m.recipients().get(i);
      if (r.type().isEmpty() || r.type().get() == RecipientType.ORIGINATOR) {
        report.add(path.recipient(i).toString(), "recipient of type " + r.find(PidTag.RECIPIENT_TYPE).orElse(null),
            "only To, Cc and Bcc recipients have a MIME header ([MS-OXCMAIL] 2.1.3.1.1)", Action.DROPPED);
      }
    }
    String subject = subject(m, kind);
    if (subject != null) {
      put(top, written, "Subject", text(subject));
    }
    Optional<Instant> date = p.find(PidTag.CLIENT_SUBMIT_TIME);
    date.ifPresent(d -> put(top, written, "Date", RFC5322.format(d)));
    p.find(PidTag.INTERNET_MESSAGE_ID).ifPresent(v -> put(top, written, "Message-ID", v));
    p.find(PidTag.IN_REPLY_TO_ID).ifPresent(v -> put(top, written, "In-Reply-To", v));
    p.find(PidTag.INTERNET_REFERENCES).ifPresent(v -> put(top, written, "References", v));
    p.find(PidTag.IMPORTANCE).ifPresent(v -> {
      put(top, written, "Importance", HeaderRules.importanceHeader(v));
      put(top, written, "X-Priority", HeaderRules.xPriorityHeader(v));
    });
    p.find(PidTag.PRIORITY).ifPresent(v -> put(top, written, "Priority", HeaderRules.priorityHeader(v)));
    if (kind == Kind.SMS) {
      put(top, written, "Content-class", MessageClass.CONTENT_CLASS_SMS);
    } else if (kind == Kind.MMS) {
      put(top, written, "Content-class", MessageClass.CONTENT_CLASS_MMS);
    } else {
      p.find(PidName.CONTENT_CLASS).ifPresent(v -> put(top, written, "Content-class", text(v)));
    }
    if (replyToMobile != null) {
      put(top, written, HeaderRules.REPLY_TO_MOBILE, replyToMobile);
    }
  }

  /**
   * Finds SMTP addresses for a sender known only by its X.500 (EX) address: the From line of
   * PidTagTransportMessageHeaders, the header block the message arrived with, names the SMTP
   * address of the represented sender (and the Sender line that of the sender). The DN is then
   * written as that address wherever it occurs (a recipient with the same DN included), and each
   * substitution is in the report. Without transport headers an EX party has no MIME address and is
   * dropped (reported by {@link #address}).
   */
  private void resolveExchangeSender(PropertyBag p, MessagePath path, @Nullable String repType,
      @Nullable String repEmail, @Nullable String repSmtp, @Nullable String sType, @Nullable String sEmail,
      @Nullable String sSmtp) {
    boolean repEx = "EX".equalsIgnoreCase(repType) && repEmail != null && (repSmtp == null || repSmtp.isBlank());
    boolean senderEx = "EX".equalsIgnoreCase(sType) && sEmail != null && (sSmtp == null || sSmtp.isBlank());
    Optional<String> transport = p.find(PidTag.TRANSPORT_MESSAGE_HEADERS);
    if (!repEx && !senderEx || transport.isEmpty()) {
      return;
    }
    ConversionReport.Recorder scratch = new ConversionReport.Recorder();
    HeaderBlock hb = HeaderBlock.parse((transport.get().strip() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8),
        "transport headers", scratch);
    Optional<String> from = hb.first("From").flatMap(v -> smtpOf(v, scratch));
    Optional<String> sender = hb.first("Sender").flatMap(v -> smtpOf(v, scratch));
    if (repEx && from.isPresent()) {
      exSmtp.putIfAbsent(repEmail.strip().toLowerCase(Locale.ROOT), from.get());
      exReasons(path, from.get(), PidTag.SENT_REPRESENTING_ADDRESS_TYPE, PidTag.SENT_REPRESENTING_EMAIL_ADDRESS);
    }
    if (senderEx) {
      Optional<String> s = sender.isPresent() ? sender
          : sEmail.equalsIgnoreCase(repEmail == null ? "" : repEmail) ? from : Optional.empty();
      if (s.isPresent()) {
        exSmtp.putIfAbsent(sEmail.strip().toLowerCase(Locale.ROOT), s.get());
        exReasons(path, s.get(), PidTag.SENDER_ADDRESS_TYPE, PidTag.SENDER_EMAIL_ADDRESS);
      }
    }
  }

  private void exReasons(MessagePath at, String smtp, PropertyDefinition<?>... defs) {
    for (PropertyDefinition<?> d : defs) {
      reasons.put(at.property(d.key()).toString(), "an X.500 (EX) address has no MIME form; written as " + smtp
          + ", the SMTP address PidTagTransportMessageHeaders gives for it, which readers get back as type SMTP");
    }
  }

  private static Optional<String> smtpOf(String headerValue, ConversionReport.Recorder scratch) {
    List<Addresses.Parsed> l = Addresses.parse(headerValue, "transport headers", scratch);
    return l.isEmpty() || l.get(0).mobile() ? Optional.empty() : Optional.of(l.get(0).address());
  }

  private static void put(Node n, Set<String> written, String name, String value) {
    n.header(name, value);
    written.add(HeaderRules.lower(name));
  }

  private static @Nullable String subject(Message m, Kind kind) {
    PropertyBag p = m.properties();
    switch (kind) {
      case SMS: {
        String body = p.find(PidTag.BODY).orElse("");
        String s = SmsMessage.abbreviate(body);
        return s.isEmpty() ? p.find(PidTag.SUBJECT).orElse(null) : s;
      }
      case MMS: {
        String s = p.find(PidTag.NORMALIZED_SUBJECT).or(() -> p.find(PidTag.SUBJECT)).orElse("");
        return s.isEmpty() ? HeaderRules.MMS_SUBJECT_REMINDER : s + " " + HeaderRules.MMS_SUBJECT_REMINDER;
      }
      default: {
        Optional<String> normalized = p.find(PidTag.NORMALIZED_SUBJECT);
        if (normalized.isPresent()) {
          return p.find(PidTag.SUBJECT_PREFIX).orElse("") + normalized.get();
        }
        return p.find(PidTag.SUBJECT).orElse(null);
      }
    }
  }

  // --- bodies -------------------------------------------------------------------------------------------

  /** The charset to write text in: the code page's when it can encode the text, else UTF-8. */
  private static Charset textCharset(PropertyBag p, String text) {
    Optional<Integer> cp = p.find(PidTag.INTERNET_CODEPAGE);
    if (cp.isPresent() && cp.get() != CodePage.UTF_16LE) {
      Optional<Charset> cs = CodePage.charset(cp.get());
      if (cs.isPresent() && cs.get().canEncode() && canEncode(cs.get(), text)) {
        return cs.get();
      }
    }
    if (cp.isEmpty() && isAscii(text.replace("\r", "").replace("\n", ""))) {
      return StandardCharsets.US_ASCII;
    }
    if (cp.isEmpty() && canEncode(ISO_8859_15, text)) {
      // [MS-OXCMAIL] 2.1.3.3.1: without PidTagInternetCodepage, plain text SHOULD be ISO-8859-15
      return ISO_8859_15;
    }
    return StandardCharsets.UTF_8;
  }

  private static boolean canEncode(Charset cs, String text) {
    CharsetEncoder enc = cs.newEncoder();
    try {
      enc.encode(java.nio.CharBuffer.wrap(text));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  private static Node textPart(String mediaType, byte[] bytes, Charset cs) throws MimeConversionException {
    try {
      Node n = new Node().header("Content-Type", mediaType + "; charset=" + Charsets.mimeName(cs))
          .header("Content-Transfer-Encoding", "quoted-printable")
          .contentOf(encode(bytes, "quoted-printable"));
      n.text = new String(bytes, cs);
      return n;
    } catch (IOException e) {
      throw new MimeConversionException("", "encoding a text part failed: " + e.getMessage(), e);
    }
  }

  private @Nullable Node plainPart(PropertyBag p) throws MimeConversionException {
    Optional<String> body = p.find(PidTag.BODY);
    if (body.isEmpty()) {
      return null;
    }
    Charset cs = textCharset(p, body.get());
    return textPart("text/plain", body.get().getBytes(cs), cs);
  }

  /**
   * The HTML body as bytes with their charset, from PidTagHtml or PidTagBodyHtml, else the HTML that
   * PidTagRtfCompressed encapsulates.
   */
  private @Nullable Node htmlPart(PropertyBag p, MessagePath path) throws MimeConversionException {
    // looked at first, so that the report says what became of the RTF in every case
    Optional<String> fromRtf = encapsulatedHtml(p, path);
    Optional<Bytes> html = p.find(PidTag.HTML);
    if (html.isPresent()) {
      Optional<Integer> cp = p.find(PidTag.INTERNET_CODEPAGE);
      Optional<Charset> cs = cp.flatMap(CodePage::charset);
      boolean wide = cp.isPresent() && (cp.get() == CodePage.UTF_16LE || cp.get() == 1201 || cp.get() == 12000
          || cp.get() == 12001);
      if (cs.isPresent() && !wide) {
        return textPart("text/html", html.get().toByteArray(), cs.get());
      }
      Charset guess = cs.orElseGet(() -> Charsets.decodeStrict(html.get().toByteArray(), StandardCharsets.UTF_8)
          .isPresent() ? StandardCharsets.UTF_8 : Charsets.WINDOWS_1252);
      if (wide) {
        String text = html.get().decode(cs.orElse(StandardCharsets.UTF_16LE));
        report.add(path.property(PidTag.HTML.key()).toString(), "HTML in code page " + cp.get(),
            "[MS-OXCMAIL] 2.1.3.3.1 forbids UTF-16 and UTF-32 HTML in MIME; written as UTF-8", Action.REPLACED);
        return textPart("text/html", text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      }
      if (cp.isEmpty()) {
        report.add(path.property(PidTag.HTML.key()).toString(), "PidTagHtml without PidTagInternetCodepage",
            "[MS-OXCMAIL] 2.1.3.3.1 requires the code page; the bytes are labelled " + Charsets.mimeName(guess),
            Action.REPAIRED);
      } else {
        report.add(path.property(PidTag.INTERNET_CODEPAGE.key()).toString(), "code page " + cp.get(),
            "no Java charset for it; the HTML bytes are labelled " + Charsets.mimeName(guess), Action.REPAIRED);
      }
      return textPart("text/html", html.get().toByteArray(), guess);
    }
    Optional<String> bodyHtml = p.find(PidTag.BODY_HTML);
    if (bodyHtml.isPresent()) {
      Charset cs = textCharset(p, bodyHtml.get());
      return textPart("text/html", bodyHtml.get().getBytes(cs), cs);
    }
    if (fromRtf.isPresent()) {
      Charset cs = textCharset(p, fromRtf.get());
      report.add(path.property(PidTag.RTF_COMPRESSED.key()).toString(), "HTML body encapsulated in RTF",
          "written as the text/html part, de-encapsulated per [MS-OXRTFEX]; MIME has no RTF body", Action.REPLACED);
      return textPart("text/html", fromRtf.get().getBytes(cs), cs);
    }
    return null;
  }

  /**
   * Returns the HTML that PidTagRtfCompressed holds encapsulated ({@code \fromhtml1},
   * [MS-OXRTFEX]), or empty when it is absent, holds plain RTF, or cannot be decoded (then reported:
   * the RTF is dropped with the reason). Next to an HTML body from PidTagHtml or PidTagBodyHtml, the
   * reason the RTF is not carried is recorded for the round-trip comparison, by whether it
   * encapsulates HTML; without one, plain RTF has the reason {@link NotCarriedProperties} gives.
   */
  private Optional<String> encapsulatedHtml(PropertyBag p, MessagePath path) {
    Optional<Bytes> rtf = p.find(PidTag.RTF_COMPRESSED);
    if (rtf.isEmpty()) {
      return Optional.empty();
    }
    String where = path.property(PidTag.RTF_COMPRESSED.key()).toString();
    boolean htmlBody = p.has(PidTag.HTML) || p.has(PidTag.BODY_HTML);
    try {
      Optional<String> html = EncapsulatedHtml.fromCompressedRtf(rtf.get().toByteArray());
      if (htmlBody) {
        // next to an HTML body; without one, plain RTF has the reason of NotCarriedProperties
        reasons.put(where, html.isPresent() ? "MIME has no RTF body; the RTF encapsulates HTML ([MS-OXRTFEX]), and "
            + "the HTML body is written as the text/html part, from which readers make that RTF again"
            : "RTF formatting is not converted (MIME has no RTF body); the HTML and plain-text bodies are written");
      }
      return html;
    } catch (RtfFormatException e) {
      report.add(path.property(PidTag.RTF_COMPRESSED.key()).toString(), "RTF body",
          "not readable as [MS-OXRTFCP] compressed RTF (" + e.getMessage() + ")", Action.DROPPED);
      return Optional.empty();
    }
  }

  private Node smsBody(Message m, MessagePath path) throws MimeConversionException {
    PropertyBag p = m.properties();
    String text = p.find(PidTag.BODY).orElse("");
    Charset cs = textCharset(p, text);
    Node plain = textPart("text/plain", text.getBytes(cs), cs);
    Node html = htmlPart(p, path);
    bodyIds(p, html != null ? html : plain);
    Node body = plain;
    if (html != null) {
      body = new Node().multipart("multipart/alternative");
      body.children.add(plain);
      body.children.add(html);
    }
    if (m.attachments().isEmpty()) {
      return body;
    }
    Node mixed = new Node().multipart("multipart/mixed");
    mixed.children.add(body);
    for (int i = 0; i < m.attachments().size(); i++) {
      Node a = attachmentNode(m.attachments().get(i), path.attachment(i), false, 0);
      if (a != null) {
        mixed.children.add(a);
      }
    }
    return mixed;
  }

  private Node mmsBody(Message m, MessagePath path) throws MimeConversionException {
    List<Attachment> parts = m.attachments();
    int smil = -1;
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).mimeTag().map(t -> t.toLowerCase(Locale.ROOT).startsWith(MmsMessage.SMIL_MIME_TYPE))
          .orElse(false)) {
        smil = i;
        break;
      }
    }
    Node body = new Node().multipart(smil >= 0 ? "multipart/related; type=\"application/smil\"" : "multipart/mixed");
    List<Integer> order = new ArrayList<>();
    if (smil >= 0) {
      order.add(smil);
    }
    for (int i = 0; i < parts.size(); i++) {
      if (i != smil) {
        order.add(i);
      }
    }
    if (order.isEmpty()) {
      return textPart("text/plain", new byte[0], StandardCharsets.US_ASCII);
    }
    for (int i : order) {
      Attachment a = parts.get(i);
      MessagePath ap = path.attachment(i);
      if (a.data().isEmpty()) {
        report.add(ap.toString(), "MMS part without data (" + a.method().map(AttachMethod::specName).orElse("?")
            + ")", "only by-value parts can be MIME parts of an MMS", Action.DROPPED);
        continue;
      }
      String name = a.longFilename().or(() -> a.find(PidTag.DISPLAY_NAME)).orElse(null);
      String type = validType(attachmentType(a, name), ap, a.mimeTag().isPresent());
      Node n = new Node();
      StringBuilder ct = new StringBuilder(type);
      a.find(PidTag.TEXT_ATTACHMENT_CHARSET).ifPresent(c -> ct.append("; charset=").append(quoteParam(c)));
      if (i == smil) {
        ct.append("; name=\"mmspresent.smil\"");
      } else if (name != null) {
        ct.append("; ").append(param("name", name));
      }
      n.header("Content-Type", ct.toString());
      if (name != null) {
        n.header("Content-Disposition", "inline; " + param("filename", name));
      }
      // a part without Content-ID gets the one the MIME reader would give it (RFC 2387 parts are named by it)
      String sentName = name != null ? name : i == smil ? "mmspresent.smil" : null;
      String location = a.contentLocation().orElse(null);
      int position = body.children.size();
      String id = bareId(a.contentId()).orElseGet(() -> MmsPart.contentIdFor(position, type,
          MmsPart.fileNameFor(sentName, location, position, type), a.data().get()));
      n.header("Content-ID", ContentIds.bracketed(id));
      a.contentLocation().ifPresent(l -> n.header("Content-Location", l));
      n.header("Content-Transfer-Encoding", "base64");
      n.content = base64(a.data().get().toByteArray());
      body.children.add(n);
    }
    return body;
  }

  private Node noteBody(Message m, MessagePath path, int depth) throws MimeConversionException {
    PropertyBag p = m.properties();
    Node html = htmlPart(p, path);
    Node plain = plainPart(p);
    String htmlText = html == null ? "" : Objects.requireNonNull(html.text);
    if (plain == null && html != null) {
      String text = Jsoup.parse(htmlText).text();
      Charset cs = textCharset(p, text);
      plain = textPart("text/plain", text.getBytes(cs), cs);
    }
    Node body;
    if (html != null || plain != null) {
      bodyIds(p, html != null ? html : plain);
    }
    if (html != null) {
      body = new Node().multipart("multipart/alternative");
      body.children.add(plain);
      body.children.add(html);
    } else if (plain != null) {
      body = plain;
    } else {
      if (p.has(PidTag.RTF_COMPRESSED)) {
        report.add(path.property(PidTag.RTF_COMPRESSED.key()).toString(), "RTF-only body",
            "RTF is not converted to text or HTML; the MIME body is empty", Action.DROPPED);
      }
      body = textPart("text/plain", new byte[0], textCharset(p, ""));
    }
    HtmlReferences refs = HtmlReferences.of(htmlText);
    List<Node> inline = new ArrayList<>();
    List<Node> regular = new ArrayList<>();
    for (int i = 0; i < m.attachments().size(); i++) {
      Attachment a = m.attachments().get(i);
      boolean marked = (a.find(PidTag.ATTACH_FLAGS).orElse(0) & 0x4) != 0;
      boolean referenced = refs.names(a.contentId().orElse(null), a.contentLocation().orElse(null));
      boolean isInline = html != null && marked && referenced && a.embeddedMessage().isEmpty();
      Node n = attachmentNode(a, path.attachment(i), isInline, depth);
      if (n != null) {
        (isInline ? inline : regular).add(n);
      }
    }
    if (!inline.isEmpty()) {
      Node related = new Node().multipart("multipart/related; type=\"multipart/alternative\"");
      related.children.add(body);
      related.children.addAll(inline);
      body = related;
    }
    if (regular.isEmpty()) {
      return body;
    }
    Node mixed = new Node().multipart("multipart/mixed");
    mixed.children.add(body);
    mixed.children.addAll(regular);
    return mixed;
  }

  /**
   * Writes PidTagBodyContentId as the Content-ID of the body entity ([MS-OXCMAIL] 2.2.3.2.24, a MUST)
   * and PidTagBodyContentLocation as its Content-Location; readers take both from the entity they
   * choose as the body, the HTML part when there is one.
   */
  private static void bodyIds(PropertyBag p, Node target) {
    bareId(p.find(PidTag.BODY_CONTENT_ID)).ifPresent(id -> target.header("Content-ID", ContentIds.bracketed(id)));
    p.find(PidTag.BODY_CONTENT_LOCATION).filter(s -> !s.isBlank())
        .ifPresent(l -> target.header("Content-Location", l.strip()));
  }

  // --- attachments ----------------------------------------------------------------------------------------

  private @Nullable Node attachmentNode(Attachment a, MessagePath ap, boolean inline, int depth)
      throws MimeConversionException {
    Optional<Message> embedded = a.embeddedMessage();
    String name = a.longFilename().orElse(null);
    String display = a.find(PidTag.DISPLAY_NAME).orElse(null);
    if (embedded.isPresent()) {
      if (depth + 1 > maxDepth) {
        report.add(ap.toString(), "embedded message nested deeper than " + maxDepth + " levels",
            "not written", Action.DROPPED);
        return null;
      }
      Node inner = messageNode(embedded.get(), ap.embedded(), depth + 1);
      Node n = new Node().header("Content-Type", "message/rfc822");
      StringBuilder cd = new StringBuilder("attachment");
      if (name != null) {
        cd.append("; ").append(param("filename", name));
      }
      n.header("Content-Disposition", cd.toString());
      if (display != null && !display.equals(embedded.get().subject().orElse(null))) {
        n.header("Content-Description", text(display));
      }
      n.content = serialize(inner);
      return n;
    }
    if (a.customStorage().isPresent() || a.data().isEmpty()) {
      report.add(ap.toString(), "attachment " + (name == null ? "" : "\"" + name + "\" ") + "("
          + a.method().map(AttachMethod::specName).orElse("no PidTagAttachMethod") + ")",
          "only by-value attachments and embedded messages have content for a MIME part", Action.DROPPED);
      return null;
    }
    StringBuilder ct = new StringBuilder(validType(attachmentType(a, name), ap, a.mimeTag().isPresent()));
    a.find(PidTag.TEXT_ATTACHMENT_CHARSET).ifPresent(c -> ct.append("; charset=").append(quoteParam(c)));
    if (name != null) {
      ct.append("; ").append(param("name", name));
    }
    Node n = new Node().header("Content-Type", ct.toString());
    StringBuilder cd = new StringBuilder(inline ? "inline" : "attachment");
    if (name != null) {
      cd.append("; ").append(param("filename", name));
    }
    n.header("Content-Disposition", cd.toString());
    if (display != null && !display.equals(name)) {
      n.header("Content-Description", text(display));
    }
    bareId(a.contentId()).ifPresent(id -> n.header("Content-ID", ContentIds.bracketed(id)));
    a.contentLocation().filter(s -> !s.isBlank()).ifPresent(l -> n.header("Content-Location", l.strip()));
    a.find(PidTag.ATTACH_CONTENT_BASE).filter(s -> !s.isBlank()).ifPresent(b -> n.header("Content-Base", b.strip()));
    n.header("Content-Transfer-Encoding", "base64");
    n.content = base64(a.data().get().toByteArray());
    return n;
  }

  /** Returns a Content-ID property without angle brackets and white space, empty when it holds no id. */
  private static Optional<String> bareId(Optional<String> property) {
    return property.map(ContentIds::strip).filter(s -> !s.isEmpty());
  }

  /**
   * Returns the content type of an attachment: PidTagAttachMimeTag in lower case; without it, the
   * type of the file name's extension in the MMS table ({@link MmsPart#typeFor}: {@code .amr},
   * {@code .3gp}, {@code .smil} ... that the JDK lacks), else in the JDK's table
   * ({@link URLConnection#guessContentTypeFromName}), else {@code application/octet-stream}
   * ([MS-OXCMAIL] 2.1.3.4.2.2).
   */
  static String attachmentType(Attachment a, @Nullable String fileName) {
    Optional<String> tag = a.mimeTag().map(t -> t.strip().toLowerCase(Locale.ROOT));
    if (tag.isPresent()) {
      return tag.get();
    }
    if (fileName != null) {
      Optional<String> mms = MmsPart.typeFor(fileName);
      if (mms.isPresent()) {
        return mms.get();
      }
      String jdk = URLConnection.guessContentTypeFromName(fileName.strip());
      if (jdk != null) {
        return jdk.toLowerCase(Locale.ROOT);
      }
    }
    return "application/octet-stream";
  }

  /** Returns a usable Content-Type for an attachment ([MS-OXCMAIL] 2.1.3.4.2.2), reporting substitutions. */
  private String validType(String type, MessagePath ap, boolean fromProperty) {
    boolean ok;
    try {
      ContentType c = new ContentType(type);
      ok = c.getParameterList() == null || c.getParameterList().size() == 0;
    } catch (ParseException e) {
      ok = false;
    }
    if (!ok || type.startsWith("multipart/") || FORBIDDEN_ATTACHMENT_TYPES.contains(type)) {
      if (fromProperty) {
        report.add(ap.property(PidTag.ATTACH_MIME_TAG.key()).toString(), "\"" + HeaderBlock.shorten(type) + "\"",
            "[MS-OXCMAIL] 2.1.3.4.2.2 replaces invalid, multipart and container types with application/octet-stream",
            Action.REPLACED);
      }
      return "application/octet-stream";
    }
    return type;
  }

  private static String quoteParam(String v) {
    String s = v.strip();
    return s.matches("[A-Za-z0-9!#$&+.^_`{|}~-]+") ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Formats a parameter: quoted ASCII, or RFC 2231 {@code name*=utf-8''...} for other text. */
  static String param(String name, String value) {
    if (isAscii(value)) {
      return name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    StringBuilder sb = new StringBuilder(name).append("*=utf-8''");
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return sb.toString();
  }

  private static byte[] base64(byte[] data) throws MimeConversionException {
    try {
      return encode(data, "base64");
    } catch (IOException e) {
      throw new MimeConversionException("", "base64 encoding failed: " + e.getMessage(), e);
    }
  }

  static boolean sameValue(PropertyValue a, PropertyValue b) {
    Optional<String> ta = HeaderRules.text(a);
    Optional<String> tb = HeaderRules.text(b);
    if (ta.isPresent() && tb.isPresent()) {
      return ta.get().equals(tb.get());
    }
    return a.equals(b);
  }
}
