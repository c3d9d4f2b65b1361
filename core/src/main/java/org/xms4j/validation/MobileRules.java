package org.xms4j.validation;

import static org.xms4j.validation.MessageRule.mobile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.MessageClass;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.smil.ContentIds;
import org.xms4j.smil.MediaPart;
import org.xms4j.smil.Resolution;
import org.xms4j.smil.SmilParseException;
import org.xms4j.smil.SmilParser;
import org.xms4j.smil.SmilPresentation;
import org.xms4j.smil.SmilResolver;
import org.xms4j.message.AttachMethod;
import org.xms4j.message.Attachment;
import org.xms4j.message.HtmlReferences;
import org.xms4j.message.Message;
import org.xms4j.message.MmsMessage;
import org.xms4j.message.SmsMessage;
import org.xms4j.path.MessagePath;

/** The [MS-OXOSMMS] rules: they run on SMS and MMS objects only. */
final class MobileRules {

  /** The OMS named properties of [MS-OXOSMMS] 2.2.1 (PS_PUBLIC_STRINGS), checked by XMS-R001. */
  static final List<PropertyDefinition<?>> OMS_PROPERTIES = List.of(PidName.OMS_ACCOUNT_GUID,
      PidName.OMS_SCHEDULE_TIME, PidName.OMS_SERVICE_TYPE, PidName.OMS_SOURCE_TYPE, PidName.OMS_MOBILE_MODEL);

  private static final Pattern GUID = Pattern.compile(
      "\\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}}");

  private MobileRules() {
  }

  static List<MessageRule> rules() {
    return List.of(
        mobile("XMS-R001", MobileRules::omsTypes),
        mobile("XMS-R002", MobileRules::accountGuid),
        mobile("XMS-R003", MobileRules::serviceType),
        mobile("XMS-R004", MobileRules::sourceType),
        mobile("XMS-R005", MobileRules::contentClass),
        mobile("XMS-R006", MobileRules::iconIndexSet),
        mobile("XMS-R007", MobileRules::iconIndexValue),
        mobile("XMS-R008", MobileRules::smsClass),
        mobile("XMS-R009", MobileRules::mmsClass),
        mobile("XMS-R010", MobileRules::smsBody),
        mobile("XMS-R011", MobileRules::smsCodepage),
        mobile("XMS-R012", MobileRules::mmsHtml),
        mobile("XMS-R013", MobileRules::smsSubject),
        mobile("XMS-R014", MobileRules::kindsAgree),
        mobile("XMS-R015", MobileRules::cidReferences),
        mobile("XMS-R016", MobileRules::smilReferences),
        mobile("XMS-R017", MobileRules::partsShape));
  }

  private static void omsTypes(MessageContext ctx, Reporter r) {
    PropertyBag bag = ctx.message().properties();
    for (PropertyDefinition<?> def : OMS_PROPERTIES) {
      for (Map.Entry<PropertyKey, PropertyValue> e : Checks.entriesOf(bag, def.key())) {
        MessagePath p = ctx.path().property(def.key());
        if (!Checks.typeAccepted(def.type(), e.getKey().type())) {
          r.report(p, "expected " + def.type().specName() + ", was " + e.getKey().type().specName() + " "
              + Checks.describe(e.getValue()));
        } else if (e.getValue() instanceof PropertyValue.Unparsed u) {
          r.report(p, "expected a decodable " + def.type().specName() + " value, was " + Checks.describe(u));
        }
      }
    }
  }

  private static void accountGuid(MessageContext ctx, Reporter r) {
    ctx.message().find(PidName.OMS_ACCOUNT_GUID).ifPresent(g -> {
      if (!GUID.matcher(g).matches()) {
        r.report(ctx.path().property(PidName.OMS_ACCOUNT_GUID.key()),
            "expected a GUID in braces {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}, was " + Reporter.quote(g));
      }
    });
  }

  private static void serviceType(MessageContext ctx, Reporter r) {
    ctx.message().find(PidName.OMS_SERVICE_TYPE).ifPresent(v -> {
      if (v != 1 && v != 4) {
        r.report(ctx.path().property(PidName.OMS_SERVICE_TYPE.key()),
            "expected 0x00000001 (SMS) or 0x00000004 (MMS), was " + Checks.int32(v));
      }
    });
  }

  private static void sourceType(MessageContext ctx, Reporter r) {
    ctx.message().find(PidName.OMS_SOURCE_TYPE).ifPresent(v -> {
      if (v < 0 || v > 4) {
        r.report(ctx.path().property(PidName.OMS_SOURCE_TYPE.key()),
            "expected 0 (XMS inspector), 1 (reminder), 2 (calendar summary), 3 (rule) or 4 (unknown), was "
                + Checks.int32(v));
      }
    });
  }

  private static void contentClass(MessageContext ctx, Reporter r) {
    ctx.message().find(PidName.CONTENT_CLASS).ifPresent(v -> {
      if (!v.equalsIgnoreCase(MessageClass.CONTENT_CLASS_SMS) && !v.equalsIgnoreCase(MessageClass.CONTENT_CLASS_MMS)) {
        r.report(ctx.path().property(PidName.CONTENT_CLASS.key()),
            "expected \"MS-OMS-SMS\" or \"MS-OMS-MMS\", was " + Reporter.quote(v));
      }
    });
  }

  private static void iconIndexSet(MessageContext ctx, Reporter r) {
    if (!Checks.presentAnyType(ctx.message().properties(), PidTag.ICON_INDEX)) {
      r.report(ctx.path().property(PidTag.ICON_INDEX.key()), "expected PidTagIconIndex 0xFFFFFFFF, was absent");
    }
  }

  private static void iconIndexValue(MessageContext ctx, Reporter r) {
    ctx.message().find(PidTag.ICON_INDEX).ifPresent(v -> {
      if (v != 0xFFFFFFFF) {
        r.report(ctx.path().property(PidTag.ICON_INDEX.key()), "expected 0xFFFFFFFF, was " + Checks.int32(v));
      }
    });
  }

  private static String classText(Message m) {
    return m.messageClass().map(Reporter::quote).orElse("absent");
  }

  private static void smsClass(MessageContext ctx, Reporter r) {
    if (ctx.mobile().get() instanceof SmsMessage) {
      Optional<String> cls = ctx.message().messageClass();
      if (cls.isEmpty() || !MessageClass.isSms(cls.get())) {
        r.report(ctx.path().property(PidTag.MESSAGE_CLASS.key()),
            "expected \"IPM.Note.Mobile.SMS\" or a class beginning with it, was " + classText(ctx.message()));
      }
    }
  }

  private static void mmsClass(MessageContext ctx, Reporter r) {
    if (ctx.mobile().get() instanceof MmsMessage) {
      Optional<String> cls = ctx.message().messageClass();
      if (cls.isEmpty() || !MessageClass.isMms(cls.get())) {
        r.report(ctx.path().property(PidTag.MESSAGE_CLASS.key()),
            "expected \"IPM.Note.Mobile.MMS\" or a class beginning with \"IPM.Note.Mobile.MMS.\", was "
                + classText(ctx.message()));
      }
    }
  }

  private static void smsBody(MessageContext ctx, Reporter r) {
    if (ctx.mobile().get() instanceof SmsMessage && !ctx.message().properties().has(PidTag.BODY)) {
      r.report(ctx.path().property(PidTag.BODY.key()), "expected the text of the SMS in PidTagBody, was absent");
    }
  }

  private static void smsCodepage(MessageContext ctx, Reporter r) {
    PropertyBag p = ctx.message().properties();
    if (ctx.mobile().get() instanceof SmsMessage && p.has(PidTag.BODY)
        && !Checks.presentAnyType(p, PidTag.INTERNET_CODEPAGE)) {
      r.report(ctx.path().property(PidTag.INTERNET_CODEPAGE.key()),
          "expected the code page of the plain text body, was absent");
    }
  }

  private static void mmsHtml(MessageContext ctx, Reporter r) {
    PropertyBag p = ctx.message().properties();
    if (ctx.mobile().get() instanceof MmsMessage && !p.has(PidTag.HTML)) {
      String was = p.has(PidTag.BODY_HTML) ? "PidTagBodyHtml (PtypString)" : "absent";
      r.report(ctx.path().property(PidTag.HTML.key()), "expected the HTML body in PidTagHtml (PtypBinary), was " + was);
    }
  }

  private static void smsSubject(MessageContext ctx, Reporter r) {
    if (!(ctx.mobile().get() instanceof SmsMessage)) {
      return;
    }
    Optional<String> body = ctx.message().find(PidTag.BODY);
    if (body.isEmpty() || body.get().isBlank()) {
      return;
    }
    MessagePath p = ctx.path().property(PidTag.NORMALIZED_SUBJECT.key());
    Optional<String> ns = ctx.message().find(PidTag.NORMALIZED_SUBJECT);
    String expected = "expected an abbreviation (prefix) of the body " + Reporter.quote(SmsMessage.abbreviate(body.get()));
    if (ns.isEmpty()) {
      r.report(p, expected + ", was absent");
    } else if (!isAbbreviation(ns.get(), body.get())) {
      r.report(p, expected + ", was " + Reporter.quote(ns.get()));
    }
  }

  /** Tells whether a subject is a prefix of the body, ignoring white-space runs and a trailing ellipsis. */
  static boolean isAbbreviation(String subject, String body) {
    String s = collapse(subject);
    if (s.endsWith("...")) {
      s = s.substring(0, s.length() - 3).strip();
    } else if (s.endsWith("\u2026")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return !s.isEmpty() && collapse(body).startsWith(s);
  }

  private static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private enum Kind { SMS, MMS }

  private static void kindsAgree(MessageContext ctx, Reporter r) {
    Message m = ctx.message();
    Map<String, Kind> named = new LinkedHashMap<>();
    m.messageClass().ifPresent(c -> {
      if (MessageClass.isSms(c)) {
        named.put("PidTagMessageClass " + Reporter.quote(c), Kind.SMS);
      } else if (MessageClass.isMms(c)) {
        named.put("PidTagMessageClass " + Reporter.quote(c), Kind.MMS);
      }
    });
    m.find(PidName.CONTENT_CLASS).ifPresent(c -> {
      if (c.equalsIgnoreCase(MessageClass.CONTENT_CLASS_SMS)) {
        named.put("PidNameContentClass " + Reporter.quote(c), Kind.SMS);
      } else if (c.equalsIgnoreCase(MessageClass.CONTENT_CLASS_MMS)) {
        named.put("PidNameContentClass " + Reporter.quote(c), Kind.MMS);
      }
    });
    m.find(PidName.OMS_SERVICE_TYPE).ifPresent(v -> {
      if (v == 1) {
        named.put("PidNameOMSServiceType " + Checks.int32(v), Kind.SMS);
      } else if (v == 4) {
        named.put("PidNameOMSServiceType " + Checks.int32(v), Kind.MMS);
      }
    });
    if (named.values().stream().distinct().count() > 1) {
      List<String> parts = new ArrayList<>();
      named.forEach((k, v) -> parts.add(k + " (" + v + ")"));
      r.report(ctx.path(), "expected message class, PidNameContentClass and PidNameOMSServiceType to name the same "
          + "kind, was " + String.join(", ", parts));
    }
  }

  private static void cidReferences(MessageContext ctx, Reporter r) {
    if (!(ctx.mobile().get() instanceof MmsMessage)) {
      return;
    }
    Message m = ctx.message();
    Optional<String> html = Checks.html(m);
    if (html.isEmpty()) {
      return;
    }
    List<String> shown = new ArrayList<>();
    for (Attachment a : m.attachments()) {
      a.contentId().ifPresent(shown::add);
    }
    MessagePath p = ctx.path().property(m.properties().has(PidTag.HTML) ? PidTag.HTML.key() : PidTag.BODY_HTML.key());
    for (String url : HtmlReferences.of(html.get()).cidUrls()) {
      if (shown.stream().noneMatch(id -> ContentIds.names(url, id))) {
        String cid = ContentIds.ofCidUrl(url).stream().findFirst().orElse("");
        r.report(p, "expected an attachment with PidTagAttachContentId " + Reporter.quote(cid)
            + " for the URL " + url + ", was none; the attachments' content ids are " + Reporter.quoteAll(shown));
      }
    }
  }

  private static void smilReferences(MessageContext ctx, Reporter r) {
    if (!(ctx.mobile().get() instanceof MmsMessage)) {
      return;
    }
    List<Attachment> atts = ctx.message().attachments();
    List<MediaPart> parts = new ArrayList<>();
    for (Attachment a : atts) {
      parts.add(MediaPart.of(a.contentId().orElse(null), a.contentLocation().orElse(null),
          a.longFilename().orElse(null), a.mimeTag().orElse(null)));
    }
    for (int i = 0; i < atts.size(); i++) {
      Attachment a = atts.get(i);
      Optional<Bytes> data = a.data();
      if (!a.mimeTag().map(MmsMessage::isSmil).orElse(false) || data.isEmpty()) {
        continue;
      }
      MessagePath p = ctx.path().attachment(i).property(PidTag.ATTACH_DATA_BINARY.key());
      SmilPresentation presentation;
      try {
        // the same hardened parser and resolver as MmsMessage.slides(), so both agree
        presentation = SmilParser.lenient().parse(data.get().toByteArray());
      } catch (SmilParseException e) {
        r.report(p, "expected a well-formed SMIL document, was not parseable: " + oneLine(e.getMessage()));
        continue;
      }
      for (Resolution.Unresolved u : SmilResolver.resolve(presentation, parts).unresolved()) {
        if (u.src().isEmpty()) {
          continue;
        }
        r.report(p, "expected every SMIL src to name an attachment by Content-ID (cid:), Content-Location or file "
            + "name, was src " + Reporter.quote(u.src().get()) + ", which names none");
      }
    }
  }

  private static String oneLine(String s) {
    return s == null ? "no detail" : s.replaceAll("\\s+", " ").strip();
  }

  private static void partsShape(MessageContext ctx, Reporter r) {
    if (!(ctx.mobile().get() instanceof MmsMessage)) {
      return;
    }
    List<Attachment> atts = ctx.message().attachments();
    for (int i = 0; i < atts.size(); i++) {
      Attachment a = atts.get(i);
      List<String> wrong = new ArrayList<>();
      Optional<Boolean> hidden = a.find(PidTag.ATTACHMENT_HIDDEN);
      if (!hidden.orElse(false)) {
        wrong.add("PidTagAttachmentHidden " + hidden.map(String::valueOf).orElse("absent"));
      }
      Optional<Integer> method = a.find(PidTag.ATTACH_METHOD);
      if (method.isEmpty() || method.get() != AttachMethod.BY_VALUE.value()) {
        wrong.add("PidTagAttachMethod " + method.map(Checks::int32).orElse("absent"));
      }
      if (a.contentId().isEmpty()) {
        wrong.add("PidTagAttachContentId absent");
      }
      if (a.mimeTag().isEmpty()) {
        wrong.add("PidTagAttachMimeTag absent");
      }
      if (a.longFilename().isEmpty()) {
        wrong.add("PidTagAttachLongFilename absent");
      }
      if (!wrong.isEmpty()) {
        r.report(ctx.path().attachment(i), "expected a hidden by-value MMS part with PidTagAttachContentId, "
            + "PidTagAttachMimeTag and PidTagAttachLongFilename, was " + String.join(", ", wrong));
      }
    }
  }
}
