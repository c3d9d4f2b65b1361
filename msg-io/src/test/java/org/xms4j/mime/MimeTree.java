package org.xms4j.mime;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.xms4j.mapi.Bytes;

/**
 * A MIME message as the tests compare it, parsed with Jakarta Mail independently of the converter:
 * the tree of media types, the leaves with file name and decoded bytes, and decoded header values.
 */
final class MimeTree {

  /** One leaf part: its number ({@code 1.2}), media type, charset, file name and decoded content. */
  record Leaf(String number, String type, Optional<String> charset, Optional<String> fileName, Bytes data) {
    /** Returns the content decoded with its charset (US-ASCII when none is given). */
    String text() {
      try {
        return new String(data.toByteArray(), MimeUtility.javaCharset(charset.orElse("us-ascii")));
      } catch (java.io.UnsupportedEncodingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final Session SESSION = Session.getInstance(new Properties());

  final MimeMessage message;
  final String shape;
  final List<Leaf> leaves = new ArrayList<>();

  private MimeTree(byte[] mime) {
    try {
      message = new MimeMessage(SESSION, new ByteArrayInputStream(mime));
      shape = walk(message, "");
    } catch (MessagingException e) {
      throw new AssertionError("Jakarta Mail cannot parse the MIME: " + e, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MimeTree of(byte[] mime) {
    return new MimeTree(mime);
  }

  static MimeTree of(Bytes mime) {
    return new MimeTree(mime.toByteArray());
  }

  private String walk(Part p, String number) throws MessagingException, IOException {
    ContentType ct = new ContentType(p.getContentType());
    String type = ct.getBaseType().toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/")) {
      Multipart mp = (Multipart) p.getContent();
      StringBuilder b = new StringBuilder(type).append('[');
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart c = mp.getBodyPart(i);
        if (i > 0) {
          b.append(',');
        }
        b.append(walk(c, number.isEmpty() ? Integer.toString(i + 1) : number + "." + (i + 1)));
      }
      return b.append(']').toString();
    }
    byte[] data;
    try (InputStream in = p.getInputStream()) {
      data = in.readAllBytes();
    }
    String name = p.getFileName();
    leaves.add(new Leaf(number.isEmpty() ? "1" : number, type, Optional.ofNullable(ct.getParameter("charset")),
        Optional.ofNullable(name == null ? null : MimeUtility.decodeText(name)), Bytes.of(data)));
    return type;
  }

  /** Returns the RFC 2047-decoded, unfolded value of a top-level header, or empty. */
  Optional<String> header(String name) {
    try {
      String v = message.getHeader(name, ", ");
      if (v == null) {
        return Optional.empty();
      }
      return Optional.of(MimeUtility.decodeText(MimeUtility.unfold(v)).strip());
    } catch (MessagingException | java.io.UnsupportedEncodingException e) {
      throw new AssertionError(e);
    }
  }

  /** Returns the Date header as an instant, or empty. */
  Optional<Instant> date() {
    try {
      return Optional.ofNullable(message.getSentDate()).map(java.util.Date::toInstant);
    } catch (MessagingException e) {
      throw new AssertionError(e);
    }
  }

  /** Returns the leaves with a file name. */
  List<Leaf> attachments() {
    return leaves.stream().filter(l -> l.fileName().isPresent()).toList();
  }

  /** Returns the first leaf of a type. */
  Leaf first(String type) {
    return leaves.stream().filter(l -> l.type().equals(type)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " part in " + shape));
  }
}
