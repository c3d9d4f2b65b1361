package org.xms4j.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.CodePage;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.KnownProperties;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.AttachMethod;
import org.xms4j.message.CompoundEntry;
import org.xms4j.message.Message;
import org.xms4j.message.MessageDump;
import org.xms4j.message.Recipient;
import org.xms4j.msg.ReadIssue;
import org.xms4j.rtf.EncapsulatedHtml;
import org.xms4j.rtf.RtfFormatException;
import org.xms4j.smil.MediaObject;
import org.xms4j.smil.Region;
import org.xms4j.smil.Slide;
import org.xms4j.smil.SmilPresentation;

/**
 * Writes a Message object or a SMIL presentation as JSON with Jackson's streaming generator.
 *
 * <p>Message: {@code {"messageClass", "subject", "bodyText", "bodyHtml", "properties":[…],
 * "recipients":[…], "attachments":[…], "extraEntries":[…], "issues":[…]}}; {@code bodyHtml} is
 * PidTagBodyHtml, else PidTagHtml in the code page of PidTagInternetCodepage (UTF-8 when absent),
 * else the HTML PidTagRtfCompressed holds encapsulated ([MS-OXRTFEX]), else null. A recipient and an
 * attachment also carry {@code "properties"}, {@code "storageClassId"} (the CLSID of its .msg
 * storage, upper case, or null when nil) and {@code "extraEntries"}; an attachment also
 * {@code "customStorage"} (its afStorage storage, or null). Extra entries are the compound-file
 * entries the reader kept as they were: a stream is {@code {"name", "kind":"stream", "size",
 * "sha256"}} (size in bytes), a storage {@code {"name", "kind":"storage", "classId",
 * "children":[…]}}. A property is {@code {"canonicalName",
 * "tag", "named", "type", "value"}}: {@code tag} ({@code "0x0037001F"}) for tagged properties and
 * {@code named} ({@code {"set", "guid", "name"|"lid"}}) for named ones, the other null. Values:
 * strings as strings, integers and floating point as numbers (non-finite ones as strings),
 * PtypBoolean as booleans, PtypTime as ISO-8601 UTC, PtypGuid as {@code "{…}"}, binary as hex,
 * currency as a decimal number, error codes as {@code "0x…"}, multi-valued as arrays, values that
 * could not be decoded as {@code {"unparsed": hex, "reason": …}}.
 */
final class JsonDump {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private JsonDump() {
  }

  private static JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.useDefaultPrettyPrinter();
    return g;
  }

  /** Writes a message with the reader's issues, then a line feed. */
  static void writeMessage(Message m, List<ReadIssue> issues, OutputStream out) throws IOException {
    try (JsonGenerator g = generator(out)) {
      message(g, m, issues);
    }
    out.write('\n');
    out.flush();
  }

  private static void message(JsonGenerator g, Message m, @Nullable List<ReadIssue> issues) throws IOException {
    g.writeStartObject();
    g.writeStringField("messageClass", m.messageClass().orElse(null));
    g.writeStringField("subject", m.subject().orElse(null));
    g.writeStringField("bodyText", m.find(PidTag.BODY).orElse(null));
    String html = m.find(PidTag.BODY_HTML).orElse(null);
    if (html == null) {
      Charset cs = m.find(PidTag.INTERNET_CODEPAGE).flatMap(CodePage::charset).orElse(StandardCharsets.UTF_8);
      html = m.find(PidTag.HTML).map(b -> b.decode(cs)).orElse(null);
    }
    if (html == null) {
      html = htmlFromRtf(m);
    }
    g.writeStringField("bodyHtml", html);
    g.writeFieldName("properties");
    properties(g, m.properties());
    g.writeArrayFieldStart("recipients");
    for (Recipient r : m.recipients()) {
      g.writeStartObject();
      g.writeStringField("type", r.type().map(Enum::name).orElse(null));
      g.writeStringField("displayName", r.displayName().orElse(null));
      g.writeStringField("addressType", r.addressType().orElse(null));
      g.writeStringField("emailAddress", r.emailAddress().orElse(null));
      g.writeFieldName("properties");
      properties(g, r.properties());
      storageClassId(g, r.storageClassId());
      extraEntries(g, r.extraEntries());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("attachments");
    for (Attachment a : m.attachments()) {
      attachment(g, a);
    }
    g.writeEndArray();
    extraEntries(g, m.extraEntries());
    if (issues != null) {
      g.writeArrayFieldStart("issues");
      for (ReadIssue i : issues) {
        g.writeString(i.toString());
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** The HTML that PidTagRtfCompressed holds encapsulated ([MS-OXRTFEX]), or null (also when it cannot be decoded). */
  private static @Nullable String htmlFromRtf(Message m) {
    Optional<Bytes> rtf = m.find(PidTag.RTF_COMPRESSED);
    if (rtf.isEmpty()) {
      return null;
    }
    try {
      return EncapsulatedHtml.fromCompressedRtf(rtf.get().toByteArray()).orElse(null);
    } catch (RtfFormatException e) {
      return null;
    }
  }

  private static void attachment(JsonGenerator g, Attachment a) throws IOException {
    g.writeStartObject();
    g.writeStringField("method", a.method().map(AttachMethod::specName).orElse(null));
    g.writeStringField("longFilename", a.longFilename().orElse(null));
    g.writeStringField("mimeTag", a.mimeTag().orElse(null));
    g.writeStringField("contentId", a.contentId().orElse(null));
    g.writeBooleanField("hidden", a.hidden());
    Bytes data = a.data().orElse(null);
    if (data == null) {
      g.writeNullField("size");
      g.writeNullField("sha256");
    } else {
      g.writeNumberField("size", data.size());
      g.writeStringField("sha256", data.sha256Hex());
    }
    g.writeFieldName("embedded");
    if (a.embeddedMessage().isPresent()) {
      message(g, a.embeddedMessage().get(), null);
    } else {
      g.writeNull();
    }
    g.writeFieldName("customStorage");
    if (a.customStorage().isPresent()) {
      entry(g, a.customStorage().get());
    } else {
      g.writeNull();
    }
    g.writeFieldName("properties");
    properties(g, a.properties());
    storageClassId(g, a.storageClassId());
    extraEntries(g, a.extraEntries());
    g.writeEndObject();
  }

  /** {@code "storageClassId"}: the CLSID of the object's storage in upper case, or null when nil. */
  private static void storageClassId(JsonGenerator g, UUID classId) throws IOException {
    g.writeStringField("storageClassId", classIdText(classId));
  }

  /** A CLSID in upper case, or null for the nil CLSID (none set). */
  private static @Nullable String classIdText(UUID classId) {
    return classId.equals(CompoundEntry.Storage.NO_CLASS) ? null : classId.toString().toUpperCase(Locale.ROOT);
  }

  /** {@code "extraEntries"}: the compound-file entries kept as they were, in order. */
  private static void extraEntries(JsonGenerator g, List<CompoundEntry> entries) throws IOException {
    g.writeArrayFieldStart("extraEntries");
    for (CompoundEntry e : entries) {
      entry(g, e);
    }
    g.writeEndArray();
  }

  /**
   * A stream as {@code {"name", "kind": "stream", "size", "sha256"}}, a storage as
   * {@code {"name", "kind": "storage", "classId", "children"}}.
   */
  private static void entry(JsonGenerator g, CompoundEntry e) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", e.name());
    if (e instanceof CompoundEntry.Stream s) {
      g.writeStringField("kind", "stream");
      g.writeNumberField("size", s.data().size());
      g.writeStringField("sha256", s.data().sha256Hex());
    } else {
      CompoundEntry.Storage st = (CompoundEntry.Storage) e;
      g.writeStringField("kind", "storage");
      g.writeStringField("classId", classIdText(st.classId()));
      g.writeArrayFieldStart("children");
      for (CompoundEntry c : st.children()) {
        entry(g, c);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void properties(JsonGenerator g, PropertyBag bag) throws IOException {
    List<Map.Entry<PropertyKey, PropertyValue>> entries = new ArrayList<>(bag.asMap().entrySet());
    entries.sort(Map.Entry.comparingByKey(MessageDump.KEY_ORDER));
    g.writeStartArray();
    for (Map.Entry<PropertyKey, PropertyValue> e : entries) {
      PropertyKey k = e.getKey();
      g.writeStartObject();
      g.writeStringField("canonicalName", KnownProperties.find(k).map(d -> d.canonicalName()).orElse(null));
      if (k instanceof PropertyKey.Tagged t) {
        g.writeStringField("tag", t.tag().toString());
        g.writeNullField("named");
      } else {
        NamedPropertyId id = ((PropertyKey.Named) k).id();
        g.writeNullField("tag");
        g.writeObjectFieldStart("named");
        g.writeStringField("set", id.set().toString());
        g.writeStringField("guid", id.set().guidText());
        if (id instanceof NamedPropertyId.ByLid lid) {
          g.writeNumberField("lid", Integer.toUnsignedLong(lid.lid()));
        } else {
          g.writeStringField("name", ((NamedPropertyId.ByName) id).name());
        }
        g.writeEndObject();
      }
      g.writeStringField("type", k.type().specName());
      g.writeFieldName("value");
      value(g, e.getValue());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Writes one value as documented on the class. */
  static void value(JsonGenerator g, PropertyValue v) throws IOException {
    if (v instanceof PropertyValue.Text t) {
      g.writeString(t.value());
    } else if (v instanceof PropertyValue.String8 s) {
      g.writeString(s.text());
    } else if (v instanceof PropertyValue.Int16 i) {
      g.writeNumber(i.value());
    } else if (v instanceof PropertyValue.Int32 i) {
      g.writeNumber(i.value());
    } else if (v instanceof PropertyValue.Int64 i) {
      g.writeNumber(i.value());
    } else if (v instanceof PropertyValue.Bool b) {
      g.writeBoolean(b.value());
    } else if (v instanceof PropertyValue.Time t) {
      g.writeString(t.instant().toString());
    } else if (v instanceof PropertyValue.Binary b) {
      g.writeString(b.value().hex());
    } else if (v instanceof PropertyValue.Guid u) {
      g.writeString("{" + u.value().toString().toUpperCase(Locale.ROOT) + "}");
    } else if (v instanceof PropertyValue.Float32 f) {
      number(g, f.value());
    } else if (v instanceof PropertyValue.Float64 f) {
      number(g, f.value());
    } else if (v instanceof PropertyValue.FloatingTime f) {
      number(g, f.value());
    } else if (v instanceof PropertyValue.Currency c) {
      g.writeNumber(BigDecimal.valueOf(c.tenThousandths(), 4));
    } else if (v instanceof PropertyValue.ErrorCode ec) {
      g.writeString(String.format(Locale.ROOT, "0x%08X", ec.value()));
    } else if (v instanceof PropertyValue.Multi m) {
      g.writeStartArray();
      for (PropertyValue e : m.values()) {
        value(g, e);
      }
      g.writeEndArray();
    } else if (v instanceof PropertyValue.Unparsed u) {
      g.writeStartObject();
      g.writeStringField("unparsed", u.raw().hex());
      g.writeStringField("reason", u.reason());
      g.writeEndObject();
    } else {
      g.writeString(v.toString());
    }
  }

  private static void number(JsonGenerator g, double d) throws IOException {
    if (Double.isFinite(d)) {
      g.writeNumber(d);
    } else {
      g.writeString(Double.toString(d));
    }
  }

  /** Writes a SMIL presentation: {@code {"regions":[…], "slides":[{"durationMs", "items":[…]}]}}, then a line feed. */
  static void writeSmil(SmilPresentation p, OutputStream out) throws IOException {
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("regions");
      for (Region r : p.regions()) {
        g.writeStartObject();
        g.writeStringField("id", r.id().orElse(null));
        g.writeStringField("left", r.left().map(l -> l.text()).orElse(null));
        g.writeStringField("top", r.top().map(l -> l.text()).orElse(null));
        g.writeStringField("width", r.width().map(l -> l.text()).orElse(null));
        g.writeStringField("height", r.height().map(l -> l.text()).orElse(null));
        g.writeStringField("fit", r.fit().orElse(null));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("slides");
      for (Slide s : p.slides()) {
        g.writeStartObject();
        if (s.durationMillis().isPresent()) {
          g.writeNumberField("durationMs", s.durationMillis().getAsLong());
        } else {
          g.writeNullField("durationMs");
        }
        g.writeArrayFieldStart("items");
        for (MediaObject o : s.media()) {
          g.writeStartObject();
          g.writeStringField("kind", o.kind().elementName());
          g.writeStringField("src", o.src().orElse(null));
          g.writeStringField("region", o.region().orElse(null));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }
}
