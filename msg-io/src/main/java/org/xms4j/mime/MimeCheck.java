package org.xms4j.mime;

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
 * <p>The parts are those {@link MimeReader} sees: both split the message with {@link MimeEntity},
 * with the same repairs of malformed input, so a rule never judges other parts than the converter
 * read. The repairs of the multipart structure are reported by rule XMS-R228. Parts are numbered as
 * in IMAP ({@code 1}, {@code 1.2}); a message that is not multipart has the single part {@code 1},
 * and so has the top-level multipart itself. Findings name a part ({@code part 1.2}) or a header of
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

  private final HeaderBlock headers;
  private final MimeEntity root;
  private final Direction direction;
  private final @Nullable Message message;

  private MimeCheck(HeaderBlock headers, MimeEntity root, Direction direction, @Nullable Message message) {
    this.headers = headers;
    this.root = root;
    this.direction = direction;
    this.message = message;
  }

  static MimeCheck of(byte[] mime, Direction direction, @Nullable Message message) throws MimeConversionException {
    MimeEntity.Parsed parsed = MimeEntity.parseMessage(mime, "", "", 0, MimeConverter.DEFAULT_MAX_DEPTH,
        new ConversionReport.Recorder());
    return new MimeCheck(parsed.headers(), parsed.root(), direction, message);
  }

  /** The top-level entity; it is {@code part 1} and its children are numbered from {@code 1}. */
  MimeEntity root() {
    return root;
  }

  List<MimeEntity> leaves() {
    List<MimeEntity> out = new ArrayList<>();
    root.leaves(out);
    return out;
  }

  /** Returns every entity, the top-level one first, then depth first in order. */
  List<MimeEntity> entities() {
    List<MimeEntity> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(MimeEntity e, List<MimeEntity> out) {
    out.add(e);
    for (MimeEntity c : e.children) {
      collect(c, out);
    }
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
    return leaves().stream().anyMatch(p -> p.isType("application/smil"));
  }

  /** Returns the leaf whose decoded content equals the data, not yet taken. */
  Optional<MimeEntity> leafWithData(Bytes data, List<MimeEntity> taken) {
    for (MimeEntity p : leaves()) {
      if (!taken.contains(p) && Arrays.equals(p.decoded(), data.toByteArray())) {
        taken.add(p);
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
