package org.xms4j.backup;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.MmsMessage;
import org.xms4j.message.MmsPart;
import org.xms4j.message.MobileAddress;
import org.xms4j.message.RecipientType;
import org.xms4j.message.SmsMessage;
import org.xms4j.smil.ContentIds;

/**
 * Reads an "SMS Backup &amp; Restore" XML file ({@code <smses>} with {@code <sms>} and {@code <mms>}
 * elements) one message at a time and turns each into an SMS or MMS object.
 *
 * <p>Streaming: the file is read with StAX and only the current record is held in memory, so memory
 * does not grow with the size of the backup (an MMS record's media is held while that record is
 * converted). DTDs and external entities are refused. A truncated or malformed document ends in a
 * {@link BackupFormatException} with its position after every complete record has been returned;
 * a record that is complete but cannot be converted (for example bad base64 media) throws a
 * recoverable exception and reading goes on with the next record.
 *
 * <p>Mapping (attribute values of the literal text {@code "null"} count as absent):
 * <ul>
 *   <li>{@code <sms type>}: 1 received (sender is {@code address}), 2 sent (To is {@code address},
 *       mfFromMe), 3 draft, 4 outbox, 5 failed, 6 queued (To is {@code address}, mfUnsent);
 *       {@code <mms msg_box>} the same with 1 inbox, 2 sent, 3 drafts, 4 outbox, 5 failed.</li>
 *   <li>{@code date}: PidTagMessageDeliveryTime of received messages and PidTagClientSubmitTime of
 *       sent ones; {@code date_sent} (when above 0): PidTagClientSubmitTime of received messages.
 *       Values below 100000000000 are seconds, others milliseconds, since 1970-01-01T00:00:00Z.</li>
 *   <li>{@code read}: mfRead (sent and unsent messages are read).</li>
 *   <li>{@code contact_name}: the display name of the other party; for group MMS the comma-separated
 *       names are matched to the {@code ~}-separated {@code address} list when the counts agree.</li>
 *   <li>{@code <addrs>}: type 137 from, 151 to, 130 cc, 129 bcc;
 *       {@code insert-address-token} is the phone's own placeholder and is left out.</li>
 *   <li>{@code <part>}: {@code application/smil} and text parts from {@code text} (UTF-8), media from
 *       base64 {@code data}; content id from {@code cid} ({@link ContentIds#strip}: angle brackets
 *       and white space removed), else, when it is absent, blank or {@code <>}, the one the MIME
 *       reader gives a part without Content-ID ({@link MmsPart#contentIdFor}); content location from
 *       {@code cl}; file name ({@link MmsPart#fileNameFor}) from {@code name}, else {@code cl}, else
 *       {@code partN} with the extension of the type. Every part becomes a hidden by-value
 *       attachment and the HTML and text bodies are rendered from the SMIL presentation.</li>
 * </ul>
 *
 * <pre>{@code
 * try (BackupReader r = BackupReader.open(Files.newInputStream(path))) {
 *   for (Optional<BackupRecord> rec = r.next(); rec.isPresent(); rec = r.next()) {
 *     MobileMessage m = rec.get().message();
 *   }
 * }
 * }</pre>
 */
public final class BackupReader implements Closeable {

  /** Addr type of the sender in {@code <addrs>} (PduHeaders.FROM). */
  public static final int ADDR_FROM = 137;
  /** Addr type of a To recipient (PduHeaders.TO). */
  public static final int ADDR_TO = 151;
  /** Addr type of a Cc recipient (PduHeaders.CC). */
  public static final int ADDR_CC = 130;
  /** Addr type of a Bcc recipient (PduHeaders.BCC). */
  public static final int ADDR_BCC = 129;

  private static final long SECONDS_LIMIT = 100_000_000_000L;
  private static final String OWN_ADDRESS_TOKEN = "insert-address-token";

  private final InputStream in;
  private final XMLStreamReader xml;
  private int recordIndex = -1;
  private boolean inRecord;
  private boolean finished;

  private BackupReader(InputStream in, XMLStreamReader xml) {
    this.in = in;
    this.xml = xml;
  }

  /**
   * Opens a backup for reading.
   *
   * @param in the XML document; closed by {@link #close()}
   * @return the reader
   * @throws BackupFormatException when the XML parser cannot be started on the input
   */
  public static BackupReader open(InputStream in) throws BackupFormatException {
    Objects.requireNonNull(in, "in");
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    try {
      // decode here, with malformed bytes reported: the JDK parser would otherwise print them to
      // System.err before throwing
      BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
      Charset cs = declaredEncoding(buffered);
      Reader reader = new InputStreamReader(buffered, cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
      return new BackupReader(in, f.createXMLStreamReader(reader));
    } catch (XMLStreamException e) {
      throw fatal("cannot start reading the backup XML: " + e.getMessage(), e.getLocation(), -1, e);
    } catch (IOException e) {
      throw fatal("cannot start reading the backup XML: " + e.getMessage(), null, -1, e);
    }
  }

  /**
   * Returns the encoding named in the XML declaration, UTF-8 when there is none or it is unknown,
   * UTF-16 when the document starts with a UTF-16 byte-order mark; the stream is reset.
   */
  private static Charset declaredEncoding(BufferedInputStream in) throws IOException {
    in.mark(512);
    byte[] head = in.readNBytes(512);
    in.reset();
    if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
      return StandardCharsets.UTF_16;
    }
    String text = new String(head, StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("^(?:\\uFEFF|\\xEF\\xBB\\xBF)?\\s*<\\?xml[^>]*encoding\\s*=\\s*['\"]([A-Za-z0-9._-]+)['\"]")
        .matcher(text.replace("\u00EF\u00BB\u00BF", ""));
    if (m.find()) {
      try {
        return Charset.forName(m.group(1));
      } catch (IllegalArgumentException e) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }

  /**
   * Returns the next message of the backup.
   *
   * @return the record, or empty at the end of the document
   * @throws BackupFormatException when the XML is malformed or truncated (not recoverable), or the
   *     record at hand cannot be converted (recoverable: call again for the next record)
   */
  public Optional<BackupRecord> next() throws BackupFormatException {
    if (finished) {
      return Optional.empty();
    }
    try {
      while (xml.hasNext()) {
        int ev = xml.next();
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = xml.getLocalName();
        if (name.equals("sms") || name.equals("mms")) {
          recordIndex++;
          inRecord = true;
          int line = xml.getLocation().getLineNumber();
          Map<String, String> attrs = attributes();
          if (name.equals("sms")) {
            skipElement();
            inRecord = false;
            return Optional.of(convert(() -> sms(attrs, line)));
          }
          List<Map<String, String>> parts = new ArrayList<>();
          List<Map<String, String>> addrs = new ArrayList<>();
          readMmsChildren(parts, addrs);
          inRecord = false;
          return Optional.of(convert(() -> mms(attrs, parts, addrs, line)));
        }
      }
      finished = true;
      return Optional.empty();
    } catch (XMLStreamException e) {
      finished = true;
      Location where = e.getLocation() != null ? e.getLocation() : xml.getLocation();
      String what = e.getNestedException() instanceof java.nio.charset.CharacterCodingException
          ? "bytes that are not valid in the document's encoding" : e.getMessage();
      throw fatal("malformed or truncated backup XML: " + what, where, inRecord ? recordIndex : -1, e);
    }
  }

  private interface Conversion {
    BackupRecord run() throws BackupFormatException;
  }

  private BackupRecord convert(Conversion c) throws BackupFormatException {
    try {
      return c.run();
    } catch (IllegalArgumentException e) {
      Location l = xml.getLocation();
      throw new BackupFormatException("record " + recordIndex + " cannot be converted: " + e.getMessage(),
          l.getLineNumber(), l.getColumnNumber(), l.getCharacterOffset(), recordIndex, true, e);
    }
  }

  private static BackupFormatException fatal(String msg, @Nullable Location l, int index, Throwable cause) {
    int line = l == null ? -1 : l.getLineNumber();
    int col = l == null ? -1 : l.getColumnNumber();
    long off = l == null ? -1 : l.getCharacterOffset();
    return new BackupFormatException(msg + (line > 0 ? " (line " + line + ", column " + col + ")" : ""),
        line, col, off, index, false, cause);
  }

  private Map<String, String> attributes() {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      m.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
    }
    return m;
  }

  private void skipElement() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int ev = xml.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private void readMmsChildren(List<Map<String, String>> parts, List<Map<String, String>> addrs)
      throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int ev = xml.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (xml.getLocalName().equals("part")) {
          parts.add(attributes());
        } else if (xml.getLocalName().equals("addr")) {
          addrs.add(attributes());
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  // ---- conversion

  private static @Nullable String value(Map<String, String> a, String key) {
    String v = a.get(key);
    if (v == null || v.equals("null")) {
      return null;
    }
    return v;
  }

  private static @Nullable String nonBlank(Map<String, String> a, String key) {
    String v = value(a, key);
    return v == null || v.isBlank() ? null : v;
  }

  private static long number(Map<String, String> a, String key, long absent) {
    String v = nonBlank(a, key);
    if (v == null) {
      return absent;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("attribute " + key + "=\"" + v + "\" is not a whole number", e);
    }
  }

  /**
   * Converts a {@code date} or {@code date_sent} value: seconds below 100000000000, else
   * milliseconds since 1970-01-01T00:00:00Z.
   *
   * @param value the attribute value
   * @return the instant
   */
  static Instant instant(long value) {
    return value < SECONDS_LIMIT ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
  }

  private enum Box { RECEIVED, SENT, UNSENT }

  private static Box box(long type, String attr, List<String> notes) {
    if (type == 1) {
      return Box.RECEIVED;
    }
    if (type == 2) {
      return Box.SENT;
    }
    if (type >= 3 && type <= 6) {
      String[] what = {"draft", "outbox", "failed", "queued"};
      notes.add(attr + " " + type + " (" + what[(int) type - 3] + "): stored as an unsent message (mfUnsent)");
      return Box.UNSENT;
    }
    notes.add(attr + " " + type + " is not a known value: stored as a received message");
    return Box.RECEIVED;
  }

  private BackupRecord sms(Map<String, String> a, int line) {
    List<String> notes = new ArrayList<>();
    Box box = box(number(a, "type", 1), "type", notes);
    SmsMessage.Builder b = SmsMessage.builder();
    String body = value(a, "body");
    b.body(body == null ? "" : body);
    List<MobileAddress> parties = parties(nonBlank(a, "address"), nonBlank(a, "contact_name"));
    applyTimesAndState(b, a, box);
    if (box == Box.RECEIVED) {
      if (!parties.isEmpty()) {
        b.sender(parties.get(0));
      }
      for (int i = 1; i < parties.size(); i++) {
        b.addRecipient(RecipientType.TO, parties.get(i));
      }
    } else {
      parties.forEach(b::to);
    }
    String subject = nonBlank(a, "subject");
    if (subject != null) {
      b.normalizedSubject(subject);
    }
    return new BackupRecord(b.build(), recordIndex, line, notes);
  }

  private static void applyTimesAndState(org.xms4j.message.MobileMessage.Builder<?, ?> b, Map<String, String> a,
      Box box) {
    long date = number(a, "date", -1);
    long sent = number(a, "date_sent", 0);
    if (date >= 0) {
      b.set(PidTag.CREATION_TIME, instant(date));
    }
    switch (box) {
      case RECEIVED -> {
        if (date >= 0) {
          b.deliveryTime(instant(date));
        }
        if (sent > 0) {
          b.submitTime(instant(sent));
        } else if (date >= 0) {
          b.submitTime(instant(date));
        }
        b.read(number(a, "read", 0) == 1);
      }
      case SENT -> {
        if (date >= 0) {
          b.submitTime(instant(date)).deliveryTime(instant(date));
        }
        b.read(true).fromMe(true);
      }
      case UNSENT -> {
        if (date >= 0) {
          b.set(PidTag.LAST_MODIFICATION_TIME, instant(date));
        }
        b.read(true).unsent(true).fromMe(true);
      }
      default -> throw new IllegalStateException("unreachable");
    }
  }

  /** Splits {@code address} on '~' and pairs each with a name from {@code contact_name} when the counts agree. */
  static List<MobileAddress> parties(@Nullable String address, @Nullable String contactName) {
    List<MobileAddress> out = new ArrayList<>();
    if (address == null) {
      return out;
    }
    List<String> numbers = new ArrayList<>();
    for (String s : address.split("~")) {
      if (!s.isBlank() && !s.strip().equals(OWN_ADDRESS_TOKEN)) {
        numbers.add(s.strip());
      }
    }
    List<String> names = new ArrayList<>();
    if (contactName != null && !contactName.equals("(Unknown)")) {
      if (numbers.size() == 1) {
        names.add(contactName);
      } else {
        for (String n : contactName.split(",")) {
          names.add(n.strip());
        }
      }
    }
    boolean paired = names.size() == numbers.size();
    for (int i = 0; i < numbers.size(); i++) {
      out.add(MobileAddress.of(paired ? names.get(i) : null, numbers.get(i)));
    }
    return out;
  }

  private BackupRecord mms(Map<String, String> a, List<Map<String, String>> partAttrs,
      List<Map<String, String>> addrAttrs, int line) {
    List<String> notes = new ArrayList<>();
    Box box = box(number(a, "msg_box", 1), "msg_box", notes);
    MmsMessage.Builder b = MmsMessage.builder();
    applyTimesAndState(b, a, box);
    String subject = nonBlank(a, "sub");
    if (subject != null) {
      b.subject(subject);
    }
    Map<String, String> names = new HashMap<>();
    for (MobileAddress p : parties(nonBlank(a, "address"), nonBlank(a, "contact_name"))) {
      p.name().ifPresent(n -> names.put(p.number(), n));
    }
    boolean senderSet = false;
    for (Map<String, String> addr : addrAttrs) {
      String number = nonBlank(addr, "address");
      if (number == null || number.strip().equals(OWN_ADDRESS_TOKEN)) {
        continue;
      }
      MobileAddress party = MobileAddress.of(names.get(number.strip()), number);
      long type = number(addr, "type", -1);
      if (type == ADDR_FROM) {
        if (!senderSet) {
          b.sender(party);
          senderSet = true;
        } else {
          notes.add("a second sender " + party + " in <addrs> was left out");
        }
      } else if (type == ADDR_TO) {
        b.addRecipient(RecipientType.TO, party);
      } else if (type == ADDR_CC) {
        b.addRecipient(RecipientType.CC, party);
      } else if (type == ADDR_BCC) {
        b.addRecipient(RecipientType.BCC, party);
      } else {
        notes.add("addr type " + type + " of " + party + " is not 137/151/130/129: stored as To");
        b.addRecipient(RecipientType.TO, party);
      }
    }
    if (addrAttrs.isEmpty()) {
      // no <addrs>: fall back on the address attribute like an SMS
      List<MobileAddress> parties = parties(nonBlank(a, "address"), nonBlank(a, "contact_name"));
      if (box == Box.RECEIVED && !parties.isEmpty()) {
        b.sender(parties.get(0));
        parties = parties.subList(1, parties.size());
      }
      parties.forEach(b::to);
    }
    List<MmsPart> parts = new ArrayList<>();
    for (int i = 0; i < partAttrs.size(); i++) {
      parts.add(part(partAttrs.get(i), i));
    }
    parts.forEach(b::addPart);
    b.renderBody();
    return new BackupRecord(b.build(), recordIndex, line, notes);
  }

  private static MmsPart part(Map<String, String> p, int index) {
    String ct = Optional.ofNullable(nonBlank(p, "ct")).orElse("application/octet-stream").strip();
    String mime = ct.toLowerCase(Locale.ROOT);
    int semi = mime.indexOf(';');
    if (semi >= 0) {
      mime = mime.substring(0, semi).strip();
    }
    String data = nonBlank(p, "data");
    String text = value(p, "text");
    Bytes bytes;
    String charset = null;
    if (data != null) {
      try {
        bytes = Bytes.of(Base64.getMimeDecoder().decode(data));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("part " + index + " (" + ct + "): data is not base64: " + e.getMessage(), e);
      }
    } else if (text != null) {
      Charset cs = StandardCharsets.UTF_8;
      bytes = Bytes.encode(text, cs);
      charset = "utf-8";
    } else {
      bytes = Bytes.EMPTY;
    }
    String cl = nonBlank(p, "cl");
    String name = nonBlank(p, "name");
    String cid = nonBlank(p, "cid");
    cid = cid == null ? "" : ContentIds.strip(cid);
    String fileName = MmsPart.fileNameFor(name, cl, index, mime);
    if (cid.isEmpty()) {
      cid = MmsPart.contentIdFor(index, mime, fileName, bytes);
    }
    return new MmsPart(fileName, mime, cid, cl, bytes, charset);
  }

  /**
   * Closes the XML reader and the input stream.
   *
   * @throws IOException when closing the stream fails
   */
  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // the stream below is closed next; a close failure of the parser adds nothing
    } finally {
      in.close();
    }
  }
}
