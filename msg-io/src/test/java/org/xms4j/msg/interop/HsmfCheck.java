package org.xms4j.msg.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.hpsf.ClassID;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.ByteChunk;
import org.apache.poi.hsmf.datatypes.Chunk;
import org.apache.poi.hsmf.datatypes.MAPIProperty;
import org.apache.poi.hsmf.datatypes.PropertyValue;
import org.apache.poi.hsmf.datatypes.RecipientChunks;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.xms4j.mapi.CodePage;

/**
 * What Apache POI HSMF, an independent reader, reports for a .msg file, compared with an
 * {@code expected.json} or with what it reports for another file. Each method returns the
 * differences found, one line each; empty means agreement.
 *
 * <p>HSMF exposes neither the hidden flag of an attachment nor the values of a fixed-length
 * multi-valued property (PtypMultipleInteger32); for those only the named-property mapping and the
 * presence of the property are checked. Named properties are looked up with
 * {@code NameIdChunks.getPropertyTag}, which goes through the hash-bucket streams.
 */
final class HsmfCheck {

  private HsmfCheck() {
  }

  /** Opens a message with HSMF, returning null for a missing chunk instead of throwing. */
  static MAPIMessage open(byte[] file) throws IOException {
    MAPIMessage m = new MAPIMessage(new java.io.ByteArrayInputStream(file));
    m.setReturnNullOnMissingChunk(true);
    return m;
  }

  /** Compares what HSMF reports for a file with its expected values. */
  static List<String> against(MAPIMessage msg, ObjectNode exp) throws ChunkNotFoundException, IOException {
    List<String> errors = new ArrayList<>();
    if (exp.hasNonNull("string8CodePage")) {
      Charset cs = CodePage.charset(exp.get("string8CodePage").asInt()).orElseThrow();
      msg.set7BitEncoding(cs.name());
    }
    StringChunk cls = msg.getMainChunks().getMessageClass();
    check(errors, "messageClass", text(exp, "messageClass"), cls == null ? null : cls.getValue());
    check(errors, "subject", text(exp, "subject"), msg.getSubject());
    check(errors, "body", text(exp, "body"), msg.getTextBody());
    for (JsonNode n : exp.withArray("named")) {
      named(msg, (ObjectNode) n, errors);
    }
    ArrayNode expAtts = exp.withArray("attachments");
    AttachmentChunks[] atts = msg.getAttachmentFiles();
    check(errors, "attachment count", expAtts.size(), atts.length);
    for (int i = 0; i < Math.min(expAtts.size(), atts.length); i++) {
      JsonNode a = expAtts.get(i);
      AttachmentChunks x = atts[i];
      String p = "attachments[" + i + "]";
      check(errors, p + ".longFilename", text(a, "longFilename"), value(x.getAttachLongFileName()));
      check(errors, p + ".contentId", text(a, "contentId"), value(x.getAttachContentId()));
      check(errors, p + ".mimeTag", text(a, "mimeTag"), value(x.getAttachMimeTag()));
      if (a.hasNonNull("embeddedSubject")) {
        check(errors, p + ".embeddedSubject", text(a, "embeddedSubject"),
            x.isEmbeddedMessage() ? x.getEmbeddedMessage().getSubject() : null);
      } else if (a.hasNonNull("size")) {
        check(errors, p + ".size", a.get("size").asInt(), x.getAttachData() == null ? null : x.getAttachData().getValue().length);
      }
    }
    ArrayNode expRecips = exp.withArray("recipients");
    RecipientChunks[] recips = msg.getRecipientDetailsChunks();
    check(errors, "recipient count", expRecips.size(), recips.length);
    for (int i = 0; i < Math.min(expRecips.size(), recips.length); i++) {
      JsonNode r = expRecips.get(i);
      RecipientChunks x = recips[i];
      String p = "recipients[" + i + "]";
      check(errors, p + ".displayName", text(r, "displayName"), stringChunk(x.getChunks(), 0x3001));
      check(errors, p + ".emailAddress", text(r, "emailAddress"), value(x.getRecipientEmailChunk()));
      check(errors, p + ".addressType", text(r, "addressType"), stringChunk(x.getChunks(), 0x3002));
      check(errors, p + ".type", r.hasNonNull("type") ? r.get("type").asInt() : null,
          intProperty(x.getProperties(), MAPIProperty.RECIPIENT_TYPE.id));
    }
    return errors;
  }

  private static void named(MAPIMessage msg, ObjectNode n, List<String> errors) {
    ClassID set = new ClassID(n.get("set").asText());
    boolean byName = n.has("name");
    String label = "named " + (byName ? "\"" + n.get("name").asText() + "\"" : n.get("set").asText() + ":0x"
        + Integer.toHexString(n.get("lid").asInt()));
    long id = msg.getNameIdChunks().getPropertyTag(set, byName ? n.get("name").asText() : null,
        byName ? 0 : n.get("lid").asLong());
    if (id == 0) {
      errors.add(label + ": not found through the name-to-id mapping (hash buckets)");
      return;
    }
    String type = n.get("type").asText();
    JsonNode want = n.get("value");
    Chunk[] chunks = msg.getMainChunks().getChunks();
    Map<MAPIProperty, List<PropertyValue>> props = msg.getMainChunks().getProperties();
    switch (type) {
      case "PtypString", "PtypString8" -> check(errors, label, want.asText(), stringChunk(chunks, (int) id));
      case "PtypBinary" -> check(errors, label, want.asText(), hex(byteChunks(chunks, (int) id)));
      case "PtypInteger32" -> check(errors, label, want.asInt(), intProperty(props, (int) id));
      case "PtypBoolean" -> check(errors, label, want.asBoolean(), fixed(props, (int) id));
      case "PtypTime" -> {
        Object v = fixed(props, (int) id);
        check(errors, label, java.time.Instant.parse(want.asText()).toEpochMilli(),
            v instanceof java.util.Calendar c ? c.getTimeInMillis() : v);
      }
      case "PtypMultipleString", "PtypMultipleString8" -> {
        List<String> got = new ArrayList<>();
        for (Chunk c : chunks) {
          if (c.getChunkId() == id && c instanceof StringChunk s) {
            got.add(s.getValue());
          }
        }
        List<String> w = new ArrayList<>();
        want.forEach(x -> w.add(x.asText()));
        check(errors, label, w, got);
      }
      case "PtypMultipleBinary" -> {
        List<String> got = byteChunks(chunks, (int) id);
        List<String> w = new ArrayList<>();
        want.forEach(x -> w.add(x.asText()));
        check(errors, label, w, got);
      }
      default -> {
        // HSMF gives no value for other types (fixed-length multi-valued among them): the mapping
        // and the presence of the property (in the property stream or as a stream) are what it shows
        boolean present = props.keySet().stream().anyMatch(k -> k.id == id)
            || Arrays.stream(chunks).anyMatch(c -> c.getChunkId() == id);
        if (!present) {
          errors.add(label + ": mapped to 0x" + Long.toHexString(id) + " but no such property");
        }
      }
    }
  }

  /**
   * Compares what HSMF reports for an original file and for our rewritten copy: subject, bodies
   * (text, HTML, RTF), attachments (long file name, data length, mime tag) and recipients (name,
   * email address). An empty string in the original counts as absent (see {@link #emptyAsAbsent}).
   */
  static List<String> sameAs(MAPIMessage original, MAPIMessage ours) throws ChunkNotFoundException, IOException {
    List<String> errors = new ArrayList<>();
    check(errors, "subject", emptyAsAbsent(original.getSubject()), ours.getSubject());
    check(errors, "text body", emptyAsAbsent(original.getTextBody()), ours.getTextBody());
    check(errors, "HTML body", emptyAsAbsent(original.getHtmlBody()), ours.getHtmlBody());
    check(errors, "RTF body", emptyAsAbsent(original.getRtfBody()), ours.getRtfBody());
    AttachmentChunks[] a = original.getAttachmentFiles();
    AttachmentChunks[] b = ours.getAttachmentFiles();
    check(errors, "attachment count", a.length, b.length);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      String p = "attachments[" + i + "]";
      check(errors, p + ".longFilename", emptyAsAbsent(value(a[i].getAttachLongFileName())),
          value(b[i].getAttachLongFileName()));
      check(errors, p + ".mimeTag", emptyAsAbsent(value(a[i].getAttachMimeTag())), value(b[i].getAttachMimeTag()));
      check(errors, p + ".data length", a[i].getAttachData() == null ? null : a[i].getAttachData().getValue().length,
          b[i].getAttachData() == null ? null : b[i].getAttachData().getValue().length);
      check(errors, p + ".embedded", a[i].isEmbeddedMessage(), b[i].isEmbeddedMessage());
      if (a[i].isEmbeddedMessage() && b[i].isEmbeddedMessage()) {
        check(errors, p + ".embedded subject", emptyAsAbsent(a[i].getEmbeddedMessage().getSubject()),
            b[i].getEmbeddedMessage().getSubject());
      }
    }
    RecipientChunks[] r = original.getRecipientDetailsChunks();
    RecipientChunks[] s = ours.getRecipientDetailsChunks();
    check(errors, "recipient count", r.length, s.length);
    for (int i = 0; i < Math.min(r.length, s.length); i++) {
      String p = "recipients[" + i + "]";
      check(errors, p + ".name", emptyAsAbsent(r[i].getRecipientName()), s[i].getRecipientName());
      check(errors, p + ".email", emptyAsAbsent(r[i].getRecipientEmailAddress()), s[i].getRecipientEmailAddress());
    }
    return errors;
  }

  /**
   * An empty string of the original is absent from our copy: the writer drops zero-length string
   * values, which [MS-OXMSG] 2.4.2.2 forbids and Outlook writes (see MsgWriter.normalize).
   */
  private static String emptyAsAbsent(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static void check(List<String> errors, String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      errors.add(what + ": expected " + show(expected) + ", HSMF reported " + show(actual));
    }
  }

  private static String show(Object o) {
    String s = o instanceof String t ? "\"" + t + "\"" : String.valueOf(o);
    return s.length() > 120 ? s.substring(0, 120) + "...(" + s.length() + " chars)" : s;
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String value(StringChunk c) {
    return c == null ? null : c.getValue();
  }

  private static String stringChunk(Chunk[] chunks, int id) {
    for (Chunk c : chunks) {
      if (c.getChunkId() == id && c instanceof StringChunk s) {
        return s.getValue();
      }
    }
    return null;
  }

  private static List<String> byteChunks(Chunk[] chunks, int id) {
    List<String> l = new ArrayList<>();
    for (Chunk c : chunks) {
      if (c.getChunkId() == id && c instanceof ByteChunk b) {
        l.add(HexFormat.of().formatHex(b.getValue()).toLowerCase(Locale.ROOT));
      }
    }
    return l;
  }

  private static String hex(List<String> single) {
    return single.size() == 1 ? single.get(0) : String.valueOf(single);
  }

  private static Object fixed(Map<MAPIProperty, List<PropertyValue>> props, int id) {
    for (Map.Entry<MAPIProperty, List<PropertyValue>> e : props.entrySet()) {
      if (e.getKey().id == id && !e.getValue().isEmpty()) {
        return e.getValue().get(0).getValue();
      }
    }
    return null;
  }

  private static Integer intProperty(Map<MAPIProperty, List<PropertyValue>> props, int id) {
    Object v = fixed(props, id);
    return v instanceof Integer i ? i : null;
  }
}
