package org.xms4j.mime;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.known.MessageClass;
import org.xms4j.message.Message;
import org.xms4j.path.MessagePath;

/**
 * What the MIME-scope rules check: a MIME message parsed into its parts, and, when the check is of a
 * conversion, the Message object it was written from or read into.
 *
 * <p>The parse here is independent of {@link MimeReader}'s choices: it splits multiparts and decodes
 * content, nothing more. Parts are numbered as in IMAP ({@code 1}, {@code 1.2}); a message that is
 * not multipart has the single part {@code 1}. Findings name a part ({@code part 1.2}) or a header of
 * the message ({@code header Subject}) as a one-segment {@link MessagePath}.
 */
final class MimeCheck {

  /** Which way the paired Message object was converted. */
  enum Direction {
    /** The MIME alone. */
    NONE,
    /** The Message object was read from the MIME. */
    READ,
    /** The MIME was written from the Message object. */
    WRITTEN
  }

  /** One MIME entity. */
  static final class Part {
    final String number;
    final @Nullable Part parent;
    final List<HeaderBlock.Field> headers;
    final String type;
    final @Nullable ContentType contentType;
    final byte[] raw;
    final List<Part> children = new ArrayList<>();
    boolean multipart;

    Part(String number, @Nullable Part parent, List<HeaderBlock.Field> headers, byte[] raw) {
      this.number = number;
      this.parent = parent;
      this.headers = headers;
      this.raw = raw;
      String ct = header("Content-Type");
      ContentType parsed = null;
      String t = parent != null && parent.is("multipart/digest") ? "message/rfc822" : "text/plain";
      if (ct != null) {
        try {
          parsed = new ContentType(ct);
          t = parsed.getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException e) {
          t = "(invalid)";
        }
      }
      this.contentType = parsed;
      this.type = t;
    }

    @Nullable String header(String name) {
      return HeaderBlock.first(headers, name).orElse(null);
    }

    @Nullable String param(String name) {
      return contentType == null ? null : contentType.getParameter(name);
    }

    boolean is(String t) {
      return type.equals(t);
    }

    boolean isAttachment() {
      String d = header("Content-Disposition");
      return d != null && d.strip().toLowerCase(Locale.ROOT).startsWith("attachment");
    }

    byte[] decoded() {
      return TransferDecoding.decode(raw, header("Content-Transfer-Encoding"), "part " + number,
          new ConversionReport.Recorder());
    }

    String text() {
      return Charsets.decode(decoded(), param("charset"), "part " + number, new ConversionReport.Recorder()).text();
    }

    MessagePath path() {
      return MessagePath.ROOT.child("part " + number);
    }

    void leaves(List<Part> out) {
      if (multipart) {
        for (Part c : children) {
          c.leaves(out);
        }
      } else {
        out.add(this);
      }
    }
  }

  private final HeaderBlock headers;
  private final Part root;
  private final Direction direction;
  private final @Nullable Message message;

  private MimeCheck(HeaderBlock headers, Part root, Direction direction, @Nullable Message message) {
    this.headers = headers;
    this.root = root;
    this.direction = direction;
    this.message = message;
  }

  static MimeCheck of(byte[] mime, Direction direction, @Nullable Message message) throws MimeConversionException {
    ConversionReport.Recorder scratch = new ConversionReport.Recorder();
    HeaderBlock hb = HeaderBlock.parse(mime, "", scratch);
    if (hb.fields().isEmpty()) {
      throw new MimeConversionException("", "not a MIME message: no header field found", null);
    }
    byte[] body = Arrays.copyOfRange(mime, Math.min(hb.bodyOffset(), mime.length), mime.length);
    Part root = new Part("1", null, hb.fields(), body);
    split(root, 0);
    return new MimeCheck(hb, root, direction, message);
  }

  private static void split(Part p, int depth) {
    if (!p.type.startsWith("multipart/") || depth > MimeConverter.DEFAULT_MAX_DEPTH) {
      return;
    }
    try {
      String ct = p.header("Content-Type");
      MimeMultipart mm = new MimeMultipart(new ByteArrayDataSource(p.raw, ct == null ? p.type : ct));
      int n = mm.getCount();
      p.multipart = true;
      for (int i = 0; i < n; i++) {
        BodyPart bp = mm.getBodyPart(i);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        bp.writeTo(whole);
        byte[] bytes = whole.toByteArray();
        HeaderBlock hb = HeaderBlock.parse(bytes, "", new ConversionReport.Recorder());
        byte[] content = Arrays.copyOfRange(bytes, Math.min(hb.bodyOffset(), bytes.length), bytes.length);
        String number = depth == 0 ? Integer.toString(i + 1) : p.number + "." + (i + 1);
        Part c = new Part(number, p, hb.fields(), content);
        p.children.add(c);
        split(c, depth + 1);
      }
    } catch (MessagingException | IOException e) {
      p.multipart = false;
      p.children.clear();
    }
  }

  /** The top-level entity; its number is {@code 1} and its children are numbered from {@code 1}. */
  Part root() {
    return root;
  }

  List<Part> leaves() {
    List<Part> out = new ArrayList<>();
    root.leaves(out);
    return out;
  }

  List<HeaderBlock.Field> headers() {
    return headers.fields();
  }

  Optional<String> header(String name) {
    return headers.first(name);
  }

  /** Returns every value of a top-level header, in order. */
  List<String> all(String name) {
    List<String> out = new ArrayList<>();
    for (HeaderBlock.Field f : headers.fields()) {
      if (f.is(name)) {
        out.add(f.value());
      }
    }
    return out;
  }

  /** Returns the RFC 2047-decoded value of a top-level header. */
  Optional<String> decoded(String name) {
    return header(name).map(v -> EncodedWords.decode(v, "", new ConversionReport.Recorder()).strip());
  }

  Direction direction() {
    return direction;
  }

  /** Returns the paired Message object for a direction, or empty. */
  Optional<Message> message(Direction d) {
    return direction == d ? Optional.ofNullable(message) : Optional.empty();
  }

  static MessagePath at(String headerName) {
    return MessagePath.ROOT.child("header " + headerName);
  }

  /** The content class of mobile mail, or empty for other mail. */
  Optional<String> contentClass() {
    return header("Content-Class").map(String::strip);
  }

  boolean isSmsMail() {
    return contentClass().map(MessageClass.CONTENT_CLASS_SMS::equalsIgnoreCase).orElse(false);
  }

  boolean isMmsMail() {
    return contentClass().map(MessageClass.CONTENT_CLASS_MMS::equalsIgnoreCase).orElse(false);
  }

  /** Tells whether the mail is mobile mail: an MS-OMS content class or an X-MS-Reply-To-Mobile header. */
  boolean isMobileMail() {
    return isSmsMail() || isMmsMail() || contentClass().map(c -> c.toUpperCase(Locale.ROOT).startsWith("MS-OMS-"))
        .orElse(false) || header(HeaderRules.REPLY_TO_MOBILE).isPresent();
  }

  boolean hasSmil() {
    return leaves().stream().anyMatch(p -> p.is("application/smil"));
  }

  /** Returns the leaf whose decoded content equals the data, not yet taken. */
  Optional<Part> leafWithData(Bytes data, List<Part> taken) {
    for (Part p : leaves()) {
      if (!taken.contains(p) && Arrays.equals(p.decoded(), data.toByteArray())) {
        taken.add(p);
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
