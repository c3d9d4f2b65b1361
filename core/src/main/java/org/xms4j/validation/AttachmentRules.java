package org.xms4j.validation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.SpecReference;
import org.xms4j.mapi.known.PidLid;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.AttachMethod;
import org.xms4j.message.Attachment;
import org.xms4j.message.HtmlReferences;
import org.xms4j.message.Message;
import org.xms4j.path.MessagePath;

/** The [MS-OXCMSG] 2.2.2 rules on the attachments of a message: they run on every message. */
final class AttachmentRules {


  /** The OIDs PidTagAttachTag may hold: TNEF, afStorage, MIME ([MS-OXCMSG] 2.2.2.15). */
  static final List<Bytes> ATTACH_TAGS = List.of(
      Bytes.fromHex("2A864886F714030A01"),
      Bytes.fromHex("2A864886F714030A030201"),
      Bytes.fromHex("2A864886F714030A04"));
  /** The MacBinary OID of PidTagAttachEncoding ([MS-OXCMSG] 2.2.2.20). */
  static final Bytes MAC_BINARY = Bytes.fromHex("2A864886F714030B01");

  private static final Pattern NAME_8_3 = Pattern.compile("[^.\\\\/]{1,8}(\\.[^.\\\\/]{0,3})?");

  private AttachmentRules() {
  }

  static List<MessageRule> rules() {
    return List.of(
        new MessageRule("XMS-R041", AttachmentRules::uniqueNumbers),
        new MessageRule("XMS-R042", AttachmentRules::methodValue),
        new MessageRule("XMS-R043", AttachmentRules::methodData),
        new MessageRule("XMS-R044", AttachmentRules::attachFlags),
        new MessageRule("XMS-R045", AttachmentRules::uniqueContentIds),
        new MessageRule("XMS-R046", AttachmentRules::contentBase),
        new MessageRule("XMS-R047", (c, r) -> zero(c, r, PidTag.ATTACHMENT_LINK_ID)),
        new MessageRule("XMS-R048", (c, r) -> zero(c, r, PidTag.ATTACHMENT_FLAGS)),
        new MessageRule("XMS-R049", AttachmentRules::attachTag),
        new MessageRule("XMS-R050", AttachmentRules::attachEncoding),
        new MessageRule("XMS-R051", AttachmentRules::displayName),
        new MessageRule("XMS-R052", AttachmentRules::shortName),
        new MessageRule("XMS-R053", AttachmentRules::smartNoAttach));
  }

  private static MessagePath at(MessageContext ctx, int i, PropertyDefinition<?> def) {
    MessagePath p = ctx.path().attachment(i);
    return p.property(def.key());
  }

  private static void uniqueNumbers(MessageContext ctx, Reporter r) {
    Checks.repeats(ctx.message().attachments(), a -> a.find(PidTag.ATTACH_NUMBER), (index, n, prev) ->
        r.report(at(ctx, index, PidTag.ATTACH_NUMBER), "expected a number unique among the attachments, was "
            + Checks.int32(n) + ", as on " + ctx.path().attachment(prev)));
  }

  private static void methodValue(MessageContext ctx, Reporter r) {
    List<Attachment> atts = ctx.message().attachments();
    for (int i = 0; i < atts.size(); i++) {
      Optional<Integer> m = atts.get(i).find(PidTag.ATTACH_METHOD);
      if (m.isEmpty() || AttachMethod.fromValue(m.get()).isEmpty()) {
        r.report(at(ctx, i, PidTag.ATTACH_METHOD), "expected 0, 1, 2, 4, 5, 6 or 7, was "
            + m.map(Checks::int32).orElse("absent"));
      }
    }
  }

  private static void methodData(MessageContext ctx, Reporter r) {
    List<Attachment> atts = ctx.message().attachments();
    for (int i = 0; i < atts.size(); i++) {
      Attachment a = atts.get(i);
      Optional<AttachMethod> method = a.method();
      if (method.isEmpty()) {
        continue;
      }
      AttachMethod m = method.get();
      String name = m.specName() + " (" + m.value() + ")";
      switch (m) {
        case BY_VALUE:
          if (!a.properties().has(PidTag.ATTACH_DATA_BINARY)) {
            r.report(at(ctx, i, PidTag.ATTACH_DATA_BINARY), "expected the data of an " + name
                + " attachment in PidTagAttachDataBinary, was absent");
          }
          break;
        case BY_REFERENCE:
        case BY_REFERENCE_ONLY:
        case BY_WEB_REFERENCE:
          if (!a.properties().has(PidTag.ATTACH_LONG_PATHNAME)) {
            r.report(at(ctx, i, PidTag.ATTACH_LONG_PATHNAME), "expected the path of an " + name
                + " attachment in PidTagAttachLongPathname, was absent");
          }
          break;
        case EMBEDDED_MESSAGE:
          if (a.embeddedMessage().isEmpty()) {
            r.report(ctx.path().attachment(i), "expected an embedded message for an " + name + " attachment, was "
                + (a.customStorage().isPresent() ? "a storage" : "none"));
          }
          break;
        case STORAGE:
          if (a.customStorage().isEmpty()) {
            r.report(ctx.path().attachment(i), "expected a storage (PidTagAttachDataObject) for an " + name
                + " attachment, was " + (a.embeddedMessage().isPresent() ? "an embedded message" : "none"));
          }
          break;
        default:
          break;
      }
      if (a.embeddedMessage().isPresent() && m != AttachMethod.EMBEDDED_MESSAGE) {
        r.report(at(ctx, i, PidTag.ATTACH_METHOD), "expected afEmbeddedMessage (5) for an attachment holding an "
            + "embedded message, was " + name);
      }
    }
  }

  private static void attachFlags(MessageContext ctx, Reporter r) {
    List<Attachment> atts = ctx.message().attachments();
    for (int i = 0; i < atts.size(); i++) {
      int index = i;
      atts.get(i).find(PidTag.ATTACH_FLAGS).filter(f -> (f & ~0x7) != 0).ifPresent(f ->
          r.report(at(ctx, index, PidTag.ATTACH_FLAGS), "expected only the bits 0x1 (attInvisibleInHtml), "
              + "0x2 (attInvisibleInRtf) and 0x4 (attRenderedInBody), was " + Checks.int32(f)));
    }
  }

  private static void uniqueContentIds(MessageContext ctx, Reporter r) {
    List<Attachment> atts = ctx.message().attachments();
    Checks.repeats(atts, Checks::contentIdKey, (index, id, prev) ->
        r.report(at(ctx, index, PidTag.ATTACH_CONTENT_ID), "expected a content id unique within the message, was "
            + Reporter.quote(atts.get(index).contentId().orElse("")) + ", as on " + ctx.path().attachment(prev)));
  }

  private static void contentBase(MessageContext ctx, Reporter r) {
    List<Attachment> atts = ctx.message().attachments();
    for (int i = 0; i < atts.size(); i++) {
      Attachment a = atts.get(i);
      Optional<String> loc = a.contentLocation();
      if (loc.isPresent() && Checks.isRelativeUri(loc.get()) && !a.properties().has(PidTag.ATTACH_CONTENT_BASE)) {
        r.report(at(ctx, i, PidTag.ATTACH_CONTENT_BASE), "expected PidTagAttachContentBase for the relative "
            + "PidTagAttachContentLocation " + Reporter.quote(loc.get()) + ", was absent");
      }
    }
  }

  private static void zero(MessageContext ctx, Reporter r, PropertyDefinition<Integer> def) {
    List<Attachment> atts = ctx.message().attachments();
    for (int i = 0; i < atts.size(); i++) {
      int index = i;
      atts.get(i).find(def).filter(v -> v != 0).ifPresent(v ->
          r.report(at(ctx, index, def), "expected 0x00000000, was " + Checks.int32(v)));
    }
  }

  private static void attachTag(MessageContext ctx, Reporter r) {
    List<Attachment> atts = ctx.message().attachments();
    for (int i = 0; i < atts.size(); i++) {
      int index = i;
      atts.get(i).find(PidTag.ATTACH_TAG).filter(t -> !ATTACH_TAGS.contains(t)).ifPresent(t ->
          r.report(at(ctx, index, PidTag.ATTACH_TAG), "expected the OID of TNEF (2A864886F714030A01), afStorage "
              + "(2A864886F714030A030201) or MIME (2A864886F714030A04), was " + Checks.bytes(t.toByteArray())));
    }
  }

  private static void attachEncoding(MessageContext ctx, Reporter r) {
    List<Attachment> atts = ctx.message().attachments();
    for (int i = 0; i < atts.size(); i++) {
      Attachment a = atts.get(i);
      // an empty value is taken as unset: Outlook writes PidTagAttachEncoding with no bytes on
      // ordinary attachments (seen in most real files of shared/testdata-real)
      Optional<Bytes> enc = a.find(PidTag.ATTACH_ENCODING).filter(b -> !b.isEmpty());
      if (enc.isPresent() && !enc.get().equals(MAC_BINARY)) {
        r.report(at(ctx, i, PidTag.ATTACH_ENCODING), "expected the MacBinary OID 2A864886F714030B01, was "
            + Checks.bytes(enc.get().toByteArray()));
      }
      Optional<Bytes> info = a.find(PidTag.ATTACH_ADDITIONAL_INFORMATION);
      if (enc.isEmpty() && info.isPresent() && !info.get().isEmpty()) {
        r.report(at(ctx, i, PidTag.ATTACH_ADDITIONAL_INFORMATION), "expected an empty value without PidTagAttachEncoding, "
            + "was " + Checks.bytes(info.get().toByteArray()));
      }
    }
  }

  private static void displayName(MessageContext ctx, Reporter r) {
    List<Attachment> atts = ctx.message().attachments();
    for (int i = 0; i < atts.size(); i++) {
      Attachment a = atts.get(i);
      Optional<String> name = a.find(PidTag.DISPLAY_NAME);
      Optional<String> file = a.longFilename();
      if (name.isPresent() && file.isPresent() && !name.get().equals(file.get())) {
        r.report(at(ctx, i, PidTag.DISPLAY_NAME), "expected PidTagAttachLongFilename " + Reporter.quote(file.get())
            + ", was " + Reporter.quote(name.get()));
      }
    }
  }

  private static void shortName(MessageContext ctx, Reporter r) {
    List<Attachment> atts = ctx.message().attachments();
    for (int i = 0; i < atts.size(); i++) {
      int index = i;
      atts.get(i).find(PidTag.ATTACH_FILENAME).filter(n -> !NAME_8_3.matcher(n).matches()).ifPresent(n ->
          r.report(at(ctx, index, PidTag.ATTACH_FILENAME), "expected an 8.3 file name, was " + Reporter.quote(n)));
    }
  }

  private static void smartNoAttach(MessageContext ctx, Reporter r) {
    Message m = ctx.message();
    if (!m.find(PidLid.SMART_NO_ATTACH).orElse(false)) {
      return;
    }
    String html = Checks.html(m).orElse("");
    HtmlReferences refs = HtmlReferences.of(html);
    for (int i = 0; i < m.attachments().size(); i++) {
      if (userVisible(m.attachments().get(i), refs, html)) {
        r.report(ctx.path().property(PidLid.SMART_NO_ATTACH.key()), "expected false or absent on a message with a "
            + "visible attachment (" + ctx.path().attachment(i) + " is neither hidden nor shown inside the HTML body), was true");
        return;
      }
    }
  }

  /**
   * Tells whether the user sees an attachment in the attachment list: not hidden, not marked
   * attRenderedInBody, and not referenced from the HTML body by its Content-ID ({@code cid:}) or
   * Content-Location (inline images are shown in the body, not listed). When the message has no HTML
   * body to look in (an RTF-only body), an attachment with a Content-ID counts as inline: Outlook sets
   * PidTagAttachContentId on inline parts.
   */
  private static boolean userVisible(Attachment a, HtmlReferences refs, String html) {
    if (a.hidden() || (a.find(PidTag.ATTACH_FLAGS).orElse(0) & 0x4) != 0) {
      return false;
    }
    Optional<String> cid = a.contentId();
    if (cid.isPresent() && (html.isEmpty() || refs.names(cid.get(), null))) {
      return false;
    }
    Optional<String> location = a.contentLocation().filter(l -> !l.isBlank());
    return location.isEmpty() || !html.contains(location.get());
  }
}
