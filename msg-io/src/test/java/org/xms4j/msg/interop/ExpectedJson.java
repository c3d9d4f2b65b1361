package org.xms4j.msg.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.Recipient;

/**
 * Builds {@code NAME.expected.json} (format in {@code .ci/interop/README.md}) from the message that
 * was written: what any reader of the file should report.
 */
final class ExpectedJson {

  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ExpectedJson() {
  }

  /** Returns the expected values of a message. */
  static ObjectNode of(Message m) {
    ObjectNode o = F.objectNode();
    o.put("messageClass", m.messageClass().orElse(null));
    o.put("subject", m.subject().orElse(null));
    o.put("body", m.find(PidTag.BODY).orElse(null));
    string8CodePage(m).ifPresent(cp -> o.put("string8CodePage", cp));
    ArrayNode named = o.putArray("named");
    for (Map.Entry<PropertyKey, PropertyValue> e : entries(m)) {
      if (e.getKey() instanceof PropertyKey.Named n) {
        ObjectNode p = named.addObject();
        p.put("set", n.id().set().guidText());
        if (n.id() instanceof NamedPropertyId.ByName bn) {
          p.put("name", bn.name());
        } else {
          p.put("lid", ((NamedPropertyId.ByLid) n.id()).lid());
        }
        p.put("type", n.type().specName());
        p.set("value", value(e.getValue()));
      }
    }
    ArrayNode atts = o.putArray("attachments");
    for (Attachment a : m.attachments()) {
      ObjectNode j = atts.addObject();
      j.put("longFilename", a.longFilename().orElse(null));
      j.put("hidden", a.hidden());
      j.put("contentId", a.contentId().orElse(null));
      j.put("mimeTag", a.mimeTag().orElse(null));
      if (a.data().isPresent()) {
        j.put("size", a.data().get().size());
      } else {
        j.putNull("size");
      }
      j.put("embeddedSubject", a.embeddedMessage().flatMap(Message::subject).orElse(null));
    }
    ArrayNode recips = o.putArray("recipients");
    for (Recipient r : m.recipients()) {
      ObjectNode j = recips.addObject();
      Optional<Integer> type = r.find(PidTag.RECIPIENT_TYPE);
      if (type.isPresent()) {
        j.put("type", type.get());
      } else {
        j.putNull("type");
      }
      j.put("displayName", r.displayName().orElse(null));
      j.put("addressType", r.addressType().orElse(null));
      j.put("emailAddress", r.emailAddress().orElse(null));
    }
    return o;
  }

  private static Iterable<Map.Entry<PropertyKey, PropertyValue>> entries(Message m) {
    java.util.List<Map.Entry<PropertyKey, PropertyValue>> l = new java.util.ArrayList<>();
    for (PropertyKey k : m.properties().keys()) {
      l.add(Map.entry(k, m.properties().get(k).orElseThrow()));
    }
    return l;
  }

  /**
   * The code page of the PtypString8 values of the message, its recipients and attachments (the
   * first met), for readers that must be told how to decode them; empty when there are none.
   */
  static OptionalInt string8CodePage(Message m) {
    OptionalInt cp = string8CodePage(m.properties());
    for (Recipient r : m.recipients()) {
      cp = cp.isPresent() ? cp : string8CodePage(r.properties());
    }
    for (Attachment a : m.attachments()) {
      cp = cp.isPresent() ? cp : string8CodePage(a.properties());
    }
    return cp;
  }

  private static OptionalInt string8CodePage(org.xms4j.mapi.PropertyBag bag) {
    for (PropertyKey k : bag.keys()) {
      if (bag.get(k).orElseThrow() instanceof PropertyValue.String8 s) {
        return OptionalInt.of(s.codePage());
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The JSON form of a value: strings; numbers for the integer, floating and boolean types (booleans
   * as JSON booleans); PtypInteger64 and PtypCurrency as decimal strings (JSON numbers lose
   * precision beyond 2^53); PtypTime as an ISO-8601 UTC string; PtypBinary as lower-case hex;
   * PtypGuid as {XXXXXXXX-...}; multi-valued as an array; an unparsed value as
   * {"unparsed": hex}.
   */
  static JsonNode value(PropertyValue v) {
    if (v instanceof PropertyValue.Text t) {
      return F.textNode(t.value());
    } else if (v instanceof PropertyValue.String8 s) {
      return F.textNode(s.text());
    } else if (v instanceof PropertyValue.Int32 i) {
      return F.numberNode(i.value());
    } else if (v instanceof PropertyValue.Int16 i) {
      return F.numberNode(i.value());
    } else if (v instanceof PropertyValue.Int64 i) {
      return F.textNode(Long.toString(i.value()));
    } else if (v instanceof PropertyValue.Currency c) {
      return F.textNode(Long.toString(c.tenThousandths()));
    } else if (v instanceof PropertyValue.Bool b) {
      return F.booleanNode(b.value());
    } else if (v instanceof PropertyValue.Time t) {
      return F.textNode(t.instant().toString());
    } else if (v instanceof PropertyValue.Float32 f) {
      return F.numberNode(f.value());
    } else if (v instanceof PropertyValue.Float64 f) {
      return F.numberNode(f.value());
    } else if (v instanceof PropertyValue.FloatingTime f) {
      return F.numberNode(f.value());
    } else if (v instanceof PropertyValue.ErrorCode e) {
      return F.numberNode(e.value());
    } else if (v instanceof PropertyValue.Binary b) {
      return F.textNode(b.value().hex().toLowerCase(Locale.ROOT));
    } else if (v instanceof PropertyValue.Guid g) {
      return F.textNode("{" + g.value().toString().toUpperCase(Locale.ROOT) + "}");
    } else if (v instanceof PropertyValue.Multi mv) {
      ArrayNode a = F.arrayNode();
      mv.values().forEach(x -> a.add(value(x)));
      return a;
    } else {
      PropertyValue.Unparsed u = (PropertyValue.Unparsed) v;
      ObjectNode o = F.objectNode();
      o.put("unparsed", u.raw().hex().toLowerCase(Locale.ROOT));
      return o;
    }
  }

  static void write(ObjectNode o, Path file) throws IOException {
    MAPPER.writeValue(file.toFile(), o);
  }

  static ObjectNode read(Path file) throws IOException {
    return (ObjectNode) MAPPER.readTree(file.toFile());
  }
}
