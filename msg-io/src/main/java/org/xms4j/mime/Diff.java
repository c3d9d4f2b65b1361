package org.xms4j.mime;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.KnownProperties;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.Recipient;
import org.xms4j.path.MessagePath;
import org.xms4j.mime.ConversionReport.Action;

/**
 * Compares a Message object with what a MIME reader gets back from the MIME written for it, and
 * reports every property that does not survive. This makes the writer's report complete by
 * construction: whatever MIME cannot carry shows up, listed in {@link NotCarriedProperties} or not.
 */
final class Diff {

  private static final String GENERIC = "no MIME header or part carries this property";

  /**
   * Properties whose empty string means "none", which is what a reader leaves absent: no subject
   * prefix, no To, Cc or Bcc recipient names ([MS-OXCMSG] 2.2.1.9, 2.2.1.7, 2.2.1.8).
   */
  private static final java.util.Set<PropertyKey> EMPTY_MEANS_NONE = java.util.Set.of(
      org.xms4j.mapi.known.PidTag.SUBJECT_PREFIX.key(), org.xms4j.mapi.known.PidTag.DISPLAY_TO.key(),
      org.xms4j.mapi.known.PidTag.DISPLAY_CC.key(), org.xms4j.mapi.known.PidTag.DISPLAY_BCC.key());

  private Diff() {
  }

  static void compare(Message a, Message b, MessagePath path, ConversionReport.Recorder r,
      java.util.Map<String, String> reasons) {
    compareBags(a.properties(), b.properties(), path, r, reasons);
    int[] rmatch = matchRecipients(a.recipients(), b.recipients());
    boolean reordered = false;
    for (int i = 0; i < rmatch.length; i++) {
      MessagePath rp = path.recipient(i);
      if (rmatch[i] < 0) {
        if (!r.has(rp.toString())) {
          r.add(rp.toString(), "recipient " + a.recipients().get(i).emailAddress().orElse("?"),
              "a MIME reader does not get this recipient back", Action.DROPPED);
        }
        continue;
      }
      reordered |= rmatch[i] != i;
      compareBags(a.recipients().get(i).properties(), b.recipients().get(rmatch[i]).properties(), rp, r, reasons);
    }
    if (reordered) {
      r.add(path + (path.segments().isEmpty() ? "" : "/") + "recipients", "recipient order",
          "MIME lists To, then Cc, then Bcc recipients; readers get them in that order", Action.REPLACED);
    }
    int[] amatch = matchAttachments(a.attachments(), b.attachments());
    reordered = false;
    for (int i = 0; i < amatch.length; i++) {
      MessagePath ap = path.attachment(i);
      Attachment x = a.attachments().get(i);
      if (amatch[i] < 0) {
        if (!r.has(ap.toString())) {
          r.add(ap.toString(), "attachment " + x.longFilename().orElse("?"),
              "a MIME reader does not get this attachment back", Action.DROPPED);
        }
        continue;
      }
      reordered |= amatch[i] != i;
      Attachment y = b.attachments().get(amatch[i]);
      compareBags(x.properties(), y.properties(), ap, r, reasons);
      if (x.embeddedMessage().isPresent()) {
        if (y.embeddedMessage().isPresent()) {
          compare(x.embeddedMessage().get(), y.embeddedMessage().get(), ap.embedded(), r, reasons);
        } else if (!r.has(ap.embedded().toString())) {
          r.add(ap.embedded().toString(), "embedded message", "a MIME reader does not get it back as a message",
              Action.DROPPED);
        }
      }
      if (x.customStorage().isPresent() && !r.has(ap.toString())) {
        r.add(ap.toString(), "custom storage (afStorage)", "MIME has no place for an application storage",
            Action.DROPPED);
      }
    }
    if (reordered) {
      r.add(path + (path.segments().isEmpty() ? "" : "/") + "attachments", "attachment order",
          "inline attachments are written inside multipart/related before the others, and the SMIL part of an MMS"
              + " first; readers get them in MIME order", Action.REPLACED);
    }
  }

  private static int[] matchRecipients(List<Recipient> a, List<Recipient> b) {
    int[] out = new int[a.size()];
    boolean[] used = new boolean[b.size()];
    for (int i = 0; i < a.size(); i++) {
      out[i] = -1;
      Recipient x = a.get(i);
      for (int j = 0; j < b.size(); j++) {
        Recipient y = b.get(j);
        if (!used[j] && x.type().equals(y.type()) && x.emailAddress().isPresent()
            && x.emailAddress().get().equalsIgnoreCase(y.emailAddress().orElse(""))) {
          out[i] = j;
          used[j] = true;
          break;
        }
      }
    }
    for (int i = 0; i < a.size(); i++) {
      if (out[i] < 0) {
        for (int j = 0; j < b.size(); j++) {
          if (!used[j] && a.get(i).type().equals(b.get(j).type())) {
            out[i] = j;
            used[j] = true;
            break;
          }
        }
      }
    }
    return out;
  }

  private static int[] matchAttachments(List<Attachment> a, List<Attachment> b) {
    int[] out = new int[a.size()];
    boolean[] used = new boolean[b.size()];
    for (int pass = 0; pass < 3; pass++) {
      for (int i = 0; i < a.size(); i++) {
        if (pass == 0) {
          out[i] = -1;
        }
        if (out[i] >= 0) {
          continue;
        }
        Attachment x = a.get(i);
        for (int j = 0; j < b.size(); j++) {
          if (used[j]) {
            continue;
          }
          Attachment y = b.get(j);
          boolean match = switch (pass) {
            case 0 -> x.data().isPresent() && x.data().equals(y.data())
                || x.embeddedMessage().isPresent() && y.embeddedMessage().isPresent()
                && x.embeddedMessage().get().subject().equals(y.embeddedMessage().get().subject());
            case 1 -> x.longFilename().isPresent() && x.longFilename().equals(y.longFilename());
            default -> i == j;
          };
          if (match) {
            out[i] = j;
            used[j] = true;
            break;
          }
        }
      }
    }
    return out;
  }

  static void compareBags(PropertyBag a, PropertyBag b, MessagePath path, ConversionReport.Recorder r,
      java.util.Map<String, String> reasons) {
    for (Map.Entry<PropertyKey, PropertyValue> e : a.asMap().entrySet()) {
      PropertyKey key = e.getKey();
      String where = path.property(key).toString();
      if (r.has(where)) {
        continue;
      }
      Optional<PropertyValue> other = b.get(key);
      if (other.isEmpty() && (key.type() == PropertyType.STRING || key.type() == PropertyType.STRING8)) {
        other = b.get(key.withType(key.type() == PropertyType.STRING ? PropertyType.STRING8 : PropertyType.STRING));
      }
      if (other.isEmpty() && EMPTY_MEANS_NONE.contains(key.withType(PropertyType.STRING))
          && HeaderRules.text(e.getValue()).map(String::isEmpty).orElse(false)) {
        continue;
      }
      String name = KnownProperties.nameOf(key);
      String why = reasons.getOrDefault(where, NotCarriedProperties.reason(key).orElse(GENERIC));
      if (other.isEmpty()) {
        r.add(where, name + " = " + show(e.getValue()), why, Action.DROPPED);
      } else if (!MimeWriter.sameValue(e.getValue(), other.get())) {
        PropertyValue back = other.get();
        String changed = reasons.get(where);
        if (changed == null) {
          changed = NotCarriedProperties.reason(key).orElse(lineBreaksOnly(e.getValue(), back)
              ? "MIME text has CRLF line breaks (RFC 2046 section 4.1.1); other line breaks were written as CRLF"
              : "MIME carries it in another form");
        }
        r.add(where, name + " = " + show(e.getValue()) + ", read back as " + show(other.get()), changed,
            Action.REPLACED);
      }
    }
  }

  private static boolean lineBreaksOnly(PropertyValue a, PropertyValue b) {
    String x;
    String y;
    Optional<String> ta = HeaderRules.text(a);
    Optional<String> tb = HeaderRules.text(b);
    if (ta.isPresent() && tb.isPresent()) {
      x = ta.get();
      y = tb.get();
    } else if (a instanceof PropertyValue.Binary ba && b instanceof PropertyValue.Binary bb) {
      x = ba.value().decode(java.nio.charset.StandardCharsets.ISO_8859_1);
      y = bb.value().decode(java.nio.charset.StandardCharsets.ISO_8859_1);
    } else {
      return false;
    }
    return x.replace("\r\n", "\n").replace('\r', '\n').equals(y.replace("\r\n", "\n").replace('\r', '\n'));
  }

  static String show(PropertyValue v) {
    Optional<String> t = HeaderRules.text(v);
    if (t.isPresent()) {
      return "\"" + HeaderBlock.shorten(t.get().replace("\r", "\\r").replace("\n", "\\n")) + "\"";
    }
    if (v instanceof PropertyValue.Binary b) {
      Bytes x = b.value();
      return "[" + x.size() + " bytes]";
    }
    return HeaderBlock.shorten(String.valueOf(v));
  }
}
