package org.xms4j.mime;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.xms4j.mime.ConversionReport.Action;
import org.xms4j.path.MessagePath;
import org.xms4j.smil.ContentIds;

/**
 * One MIME entity as both {@link MimeReader} and the validator ({@link MimeCheck}) see it: header
 * fields, raw (still transfer-encoded) content and, for a multipart, its child entities. The one
 * place that splits multiparts, so that the converter and the validator always see the same parts.
 *
 * <p>{@link #parseMessage} parses the entity tree of a message leniently and records each repair in
 * the report it is given: a Content-Type whose parameters do not parse is read without them, one
 * that is not a media type as the default type (RFC 2045 section 5.2); a transfer-encoded multipart
 * is decoded before splitting (RFC 2045 section 6.4 forbids the encoding); a multipart without
 * boundary parameter is split at the first line starting with {@code --}; delimiter lines written
 * as the bare boundary, without the leading {@code --}, are read as delimiters, the last as the
 * closing one (RFC 2046 section 5.1.1); a multipart without closing delimiter keeps the parts found.
 * A multipart nested deeper than the depth limit, or without any delimiter line, is kept as one
 * entity with its raw content. The repairs of the multipart structure are also kept on the entity
 * as {@link #defects()}, for the validator to report.
 *
 * <p>Entities are numbered as in IMAP: the children of the top-level multipart are {@code 1},
 * {@code 2}, theirs {@code 1.1}, {@code 1.2}; the top-level entity of a message that is not
 * multipart is {@code 1}, and the top-level multipart itself has the empty number.
 */
final class MimeEntity {

  /**
   * A defect of the multipart structure that was repaired or worked around while splitting.
   *
   * @param expected what RFC 2045 and RFC 2046 require, for example a delimiter line
   * @param was what the input had instead
   */
  record Defect(String expected, String was) {}

  /** The IMAP-style part number; empty for the top-level multipart of a message. */
  final String number;
  /** The location used in report items, for example {@code part 1.2} or {@code message}. */
  final String where;
  /** The enclosing multipart, or null for the top-level entity. */
  final @Nullable MimeEntity parent;
  final List<HeaderBlock.Field> headers;
  /** The content as sent, still transfer-encoded. */
  final byte[] raw;
  /** The lower-case media type without parameters, after the repairs described above. */
  final String mimeType;
  /** The parsed Content-Type, or null when there is none or it does not parse even without parameters. */
  final @Nullable ContentType contentType;
  /** True when a Content-Type header is present but does not parse as written. */
  final boolean contentTypeMalformed;
  final List<MimeEntity> children = new ArrayList<>();
  boolean multipart;
  private final List<Defect> defects = new ArrayList<>();
  private final ConversionReport.Recorder report;
  private byte @Nullable [] decoded;

  private MimeEntity(String number, String where, @Nullable MimeEntity parent, List<HeaderBlock.Field> headers,
      byte[] raw, String defaultType, ConversionReport.Recorder report) {
    this.number = number;
    this.where = where;
    this.parent = parent;
    this.headers = headers;
    this.raw = raw;
    this.report = report;
    String ct = header("Content-Type");
    ContentType parsed = null;
    String type = defaultType;
    boolean malformed = false;
    if (ct != null) {
      try {
        parsed = new ContentType(ct);
        type = (parsed.getPrimaryType() + "/" + parsed.getSubType()).toLowerCase(Locale.ROOT);
      } catch (ParseException e) {
        malformed = true;
        int semi = ct.indexOf(';');
        String base = (semi >= 0 ? ct.substring(0, semi) : ct).strip();
        try {
          parsed = new ContentType(base);
          type = base.toLowerCase(Locale.ROOT);
          report.add(where + " header Content-Type", "\"" + HeaderBlock.shorten(ct) + "\"",
              "parameters not parseable (" + e.getMessage() + "); read as " + type + " without parameters",
              Action.REPAIRED);
        } catch (ParseException e2) {
          report.add(where + " header Content-Type", "\"" + HeaderBlock.shorten(ct) + "\"",
              "not a media type; read as " + defaultType + " (RFC 2045 section 5.2)", Action.REPAIRED);
        }
      }
    }
    this.contentType = parsed;
    this.mimeType = type;
    this.contentTypeMalformed = malformed;
  }

  /**
   * A parsed message: its header block and its entity tree.
   *
   * @param headers the header block of the message
   * @param root the top-level entity: the multipart (number {@code prefix}) or, when the message is
   *     not multipart or cannot be split, the single entity (number {@code 1} or {@code prefix.1})
   */
  record Parsed(HeaderBlock headers, MimeEntity root) {}

  /**
   * Parses the header block and the entity tree of a message.
   *
   * @param data the message
   * @param headerWhere the location prefix of header report items, empty for the outermost message
   * @param prefix the part number of the message when it is embedded ({@code 2} for the message in
   *     part 2), empty for the outermost message
   * @param depth how deep the message is nested in multiparts and embedded messages
   * @param maxDepth the nesting limit
   * @param report where repairs are recorded
   * @return the header block and the top-level entity
   * @throws MimeConversionException when the data has no header field
   */
  static Parsed parseMessage(byte[] data, String headerWhere, String prefix, int depth, int maxDepth,
      ConversionReport.Recorder report) throws MimeConversionException {
    HeaderBlock hb = HeaderBlock.parse(data, headerWhere, report);
    if (hb.fields().isEmpty()) {
      throw new MimeConversionException(prefix, "not a MIME message: no header field found", null);
    }
    byte[] body = Arrays.copyOfRange(data, Math.min(hb.bodyOffset(), data.length), data.length);
    String rootWhere = prefix.isEmpty() ? "message" : "part " + prefix + " message";
    MimeEntity root = parse(prefix, rootWhere, null, hb.fields(), body, depth, maxDepth, "text/plain", report);
    if (!root.multipart) {
      String leaf = prefix.isEmpty() ? "1" : prefix + ".1";
      MimeEntity single = new MimeEntity(leaf, "part " + leaf, null, hb.fields(), body, "text/plain", report);
      single.defects.addAll(root.defects);
      root = single;
    }
    return new Parsed(hb, root);
  }

  private static MimeEntity parse(String number, String where, @Nullable MimeEntity parent,
      List<HeaderBlock.Field> headers, byte[] raw, int depth, int maxDepth, String defaultType,
      ConversionReport.Recorder report) {
    MimeEntity e = new MimeEntity(number, where, parent, headers, raw, defaultType, report);
    if (e.mimeType.startsWith("multipart/")) {
      e.split(depth, maxDepth);
    }
    return e;
  }

  private void split(int depth, int maxDepth) {
    if (depth > maxDepth) {
      report.add(where, mimeType + " nested deeper than " + maxDepth + " levels",
          "kept as one attachment with its raw content", Action.KEPT_RAW);
      return;
    }
    byte[] body = raw;
    String cte = header("Content-Transfer-Encoding");
    if (cte != null && !List.of("7bit", "8bit", "binary").contains(cte.strip().toLowerCase(Locale.ROOT))) {
      defect(where + " header Content-Transfer-Encoding", "\"" + cte.strip() + "\" on a multipart",
          "RFC 2045 section 6.4 forbids it; the content was decoded before splitting", Action.REPAIRED,
          "Content-Transfer-Encoding 7bit, 8bit or binary on " + mimeType + " (RFC 2045 section 6.4)",
          "\"" + cte.strip() + "\"");
      body = TransferDecoding.decode(raw, cte, where, report);
    }
    String ct = header("Content-Type");
    String boundary = param("boundary");
    if (boundary == null) {
      defect(where + " header Content-Type", mimeType + " without a boundary parameter",
          "the first line starting with \"--\" is taken as the boundary", Action.REPAIRED,
          "a boundary parameter on " + mimeType + " (RFC 2046 section 5.1.1)", "none");
    }
    MimeMultipart mm = multipart(body, ct == null ? mimeType : ct);
    if (mm == null && boundary != null) {
      byte[] fixed = prefixBareBoundaries(body, boundary);
      if (fixed != null) {
        mm = multipart(fixed, ct);
        if (mm != null) {
          defect(where, "delimiter lines \"" + HeaderBlock.shorten(boundary) + "\" without the leading \"--\"",
              "read as boundary delimiters, the last as the closing one, with an empty line added after header"
                  + " lines that lacked one (RFC 2046 section 5.1.1)", Action.REPAIRED,
              "delimiter lines \"--" + HeaderBlock.shorten(boundary) + "\" (RFC 2046 section 5.1.1)",
              "lines holding the bare boundary \"" + HeaderBlock.shorten(boundary) + "\"");
        }
      }
    }
    if (mm == null) {
      defect(where, mimeType + " without any boundary delimiter line",
          "the parts cannot be separated; the content is kept as one attachment", Action.KEPT_RAW,
          "body parts separated by delimiter lines" + (boundary == null ? "" : " \"--"
              + HeaderBlock.shorten(boundary) + "\"") + " (RFC 2046 section 5.1.1)", "no delimiter line");
      return;
    }
    try {
      int n = mm.getCount();
      if (!mm.isComplete()) {
        defect(where, mimeType + " without its closing delimiter",
            "truncated; the parts found up to the end are kept", Action.REPAIRED,
            "a closing delimiter line" + (boundary == null ? "" : " \"--" + HeaderBlock.shorten(boundary) + "--\"")
                + " (RFC 2046 section 5.1.1)", "none; the content ends inside part " + childNumber(n - 1));
      }
      multipart = true;
      String childDefault = isType("multipart/digest") ? "message/rfc822" : "text/plain";
      for (int i = 0; i < n; i++) {
        String cn = childNumber(i);
        String cw = "part " + cn;
        try {
          BodyPart bp = mm.getBodyPart(i);
          ByteArrayOutputStream whole = new ByteArrayOutputStream();
          bp.writeTo(whole);
          byte[] bytes = whole.toByteArray();
          HeaderBlock hb = HeaderBlock.parse(bytes, cw, report);
          byte[] content = Arrays.copyOfRange(bytes, Math.min(hb.bodyOffset(), bytes.length), bytes.length);
          children.add(parse(cn, cw, this, hb.fields(), content, depth + 1, maxDepth, childDefault, report));
        } catch (MessagingException | IOException ex) {
          defect(cw, "unreadable part", "the MIME library failed: " + ex.getMessage(), Action.DROPPED,
              "a readable body part " + cn, "one the MIME library failed on: " + ex.getMessage());
        }
      }
    } catch (MessagingException ex) {
      defect(where, "unreadable " + mimeType, "the MIME library failed: " + ex.getMessage()
          + "; the content is kept as one attachment", Action.KEPT_RAW, "a readable " + mimeType,
          "one the MIME library failed on: " + ex.getMessage());
      multipart = false;
      children.clear();
    }
  }

  private void defect(String at, String what, String why, Action action, String expected, String was) {
    report.add(at, what, why, action);
    defects.add(new Defect(expected, was));
  }

  private String childNumber(int index) {
    return number.isEmpty() ? Integer.toString(index + 1) : number + "." + (index + 1);
  }

  private static @Nullable MimeMultipart multipart(byte[] body, String contentType) {
    try {
      MimeMultipart mm = new MimeMultipart(new ByteArrayDataSource(body, contentType));
      mm.getCount();
      return mm;
    } catch (MessagingException e) {
      return null;
    }
  }

  /**
   * Rewrites lines equal to the bare boundary into "--boundary" (the last one into the closing
   * delimiter) and adds the empty line that ends each part's header lines where it is missing; null
   * when there are no bare boundary lines.
   */
  private static byte @Nullable [] prefixBareBoundaries(byte[] body, String boundary) {
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String[] lines = text.split("\r?\n", -1);
    int last = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().equals(boundary)) {
        last = i;
      }
    }
    if (last < 0) {
      return null;
    }
    StringBuilder sb = new StringBuilder(text.length() + 64);
    boolean inHeaders = false;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (l.strip().equals(boundary)) {
        sb.append("--").append(boundary).append(i == last ? "--" : "").append("\r\n");
        inHeaders = i != last;
        continue;
      }
      if (inHeaders) {
        boolean field = l.indexOf(':') > 0 && HeaderBlock.isFieldName(l.substring(0, l.indexOf(':')).strip())
            || !l.isEmpty() && (l.charAt(0) == ' ' || l.charAt(0) == '\t');
        if (!field) {
          if (!l.isEmpty()) {
            sb.append("\r\n");
          }
          inHeaders = false;
        }
      }
      sb.append(l);
      if (i < lines.length - 1) {
        sb.append("\r\n");
      }
    }
    return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  // --- what the reader and the rules ask of an entity ---------------------------------------------

  /**
   * Returns the repairs of the multipart structure made while splitting this entity, in the order
   * they were made; empty for an entity that was not split or had none.
   */
  List<Defect> defects() {
    return List.copyOf(defects);
  }

  @Nullable String header(String name) {
    return HeaderBlock.first(headers, name).orElse(null);
  }

  /** Returns a Content-Type parameter, RFC 2047-decoded, or null. */
  @Nullable String param(String name) {
    if (contentType == null) {
      return null;
    }
    String v = contentType.getParameter(name);
    return v == null ? null : EncodedWords.decode(v, where + " header Content-Type", report);
  }

  @Nullable ContentDisposition disposition() {
    String d = header("Content-Disposition");
    if (d == null) {
      return null;
    }
    try {
      return new ContentDisposition(d);
    } catch (ParseException e) {
      int semi = d.indexOf(';');
      try {
        ContentDisposition cd = new ContentDisposition((semi >= 0 ? d.substring(0, semi) : d).strip());
        report.add(where + " header Content-Disposition", "\"" + HeaderBlock.shorten(d) + "\"",
            "parameters not parseable; read without parameters", Action.REPAIRED);
        return cd;
      } catch (ParseException e2) {
        report.add(where + " header Content-Disposition", "\"" + HeaderBlock.shorten(d) + "\"",
            "not a disposition; ignored", Action.DROPPED);
        return null;
      }
    }
  }

  boolean isAttachmentDisposition() {
    ContentDisposition cd = disposition();
    return cd != null && "attachment".equalsIgnoreCase(cd.getDisposition());
  }

  @Nullable String fileName() {
    ContentDisposition cd = disposition();
    String f = cd == null ? null : cd.getParameter("filename");
    if (f != null && !f.isBlank()) {
      return EncodedWords.decode(f, where + " header Content-Disposition", report).strip();
    }
    String n = param("name");
    return n == null || n.isBlank() ? null : n.strip();
  }

  @Nullable String contentId() {
    String v = header("Content-ID");
    if (v == null) {
      return null;
    }
    String id = ContentIds.strip(v);
    return id.isEmpty() ? null : id;
  }

  @Nullable String contentLocation() {
    String v = header("Content-Location");
    if (v == null) {
      return null;
    }
    String s = v.strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1).strip();
      report.add(where + " header Content-Location", "\"" + HeaderBlock.shorten(v) + "\"",
          "a URI in quotes (RFC 2557 has none); the quotes were removed", Action.REPAIRED);
    }
    return s.isEmpty() ? null : s;
  }

  @Nullable String description() {
    String v = header("Content-Description");
    return v == null || v.isBlank() ? null : EncodedWords.decode(v, where + " header Content-Description", report)
        .strip();
  }

  /** Returns the content with its transfer encoding decoded (computed once). */
  byte[] decoded() {
    if (decoded == null) {
      decoded = TransferDecoding.decode(raw, header("Content-Transfer-Encoding"), where, report);
    }
    return decoded;
  }

  /** Returns the decoded content as text in its charset. */
  String text() {
    return Charsets.decode(decoded(), param("charset"), where, report).text();
  }

  /**
   * Returns where validator findings about this entity point: {@code /part 1.2}; the top-level
   * multipart is {@code /part 1}, like the single entity of a message that is not multipart.
   */
  MessagePath path() {
    return MessagePath.ROOT.child("part " + (number.isEmpty() ? "1" : number));
  }

  boolean isType(String t) {
    return mimeType.equals(t);
  }

  /** Adds the leaves below this entity (or this entity, when it is not a split multipart), in order. */
  void leaves(List<MimeEntity> out) {
    if (multipart) {
      for (MimeEntity c : children) {
        c.leaves(out);
      }
    } else {
      out.add(this);
    }
  }
}
