package org.xms4j.mime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.xms4j.mapi.known.KnownProperties;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Message;
import org.xms4j.path.MessagePath;

/** Shared helpers of the MIME tests. */
final class Fixtures {

  static final MimeConverter CONVERTER = MimeConverter.create();

  private Fixtures() {
  }

  static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource org/xms4j/mime/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] ascii(String s) {
    return s.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  static ConversionResult<Message> read(byte[] mime) {
    try {
      return CONVERTER.toMessage(mime);
    } catch (MimeConversionException e) {
      throw new AssertionError("conversion failed: " + e.getMessage(), e);
    }
  }

  static ConversionResult<Message> read(String mime) {
    return read(ascii(mime));
  }

  static ConversionResult<org.xms4j.mapi.Bytes> write(Message m) {
    try {
      return CONVERTER.toMime(m);
    } catch (MimeConversionException e) {
      throw new AssertionError("conversion failed: " + e.getMessage(), e);
    }
  }

  /** Text with every line break (LF or CRLF) written as MIME's CRLF. */
  static String crlf(String s) {
    return s.replace("\r\n", "\n").replace("\n", "\r\n");
  }

  static String text(org.xms4j.mapi.Bytes b) {
    return b.decode(StandardCharsets.ISO_8859_1);
  }

  /** Returns the canonical names of the message-level properties a report mentions. */
  static Set<String> reportedProperties(ConversionReport r) {
    Set<String> out = new TreeSet<>();
    for (ConversionReport.Item i : r.items()) {
      if (i.where().startsWith("/")) {
        String[] seg = i.where().substring(1).split("/");
        out.add(String.join("/", seg));
      }
    }
    return out;
  }

  static String path(org.xms4j.mapi.PropertyDefinition<?> d) {
    return MessagePath.ROOT.property(d.key()).toString().substring(1);
  }

  static List<String> names(List<org.xms4j.mapi.PropertyDefinition<?>> defs) {
    return defs.stream().map(org.xms4j.mapi.PropertyDefinition::canonicalName).toList();
  }

  static String nameOf(org.xms4j.mapi.PropertyKey k) {
    return KnownProperties.nameOf(k);
  }

  static boolean hasHtml(Message m) {
    return m.find(PidTag.HTML).isPresent();
  }
}
