package org.xms4j.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.CodePage;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.known.KnownProperties;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.message.Attachment;
import org.xms4j.message.Message;
import org.xms4j.message.MessageFlag;
import org.xms4j.message.Recipient;
import org.xms4j.path.MessagePath;
import org.xms4j.rtf.CompressedRtf;
import org.xms4j.rtf.RtfFormatException;

/** The rules of [MS-OXCMSG] and [MS-OXCMAIL] on the message itself and its bodies: they run on every message. */
final class GeneralRules {

  /** Code pages PidTagInternetCodepage must not name for PidTagHtml: UTF-16LE, UTF-16BE, UTF-32LE, UTF-32BE. */
  static final Set<Integer> WIDE_CODE_PAGES = Set.of(1200, 1201, 12000, 12001);

  /** Known definitions by identity (Integer tag id or NamedPropertyId), without the OMS properties of XMS-R001. */
  private static final Map<Object, List<PropertyDefinition<?>>> KNOWN = known();

  private GeneralRules() {
  }

  static List<MessageRule> rules() {
    return List.of(
        new MessageRule("XMS-R020", GeneralRules::classCharacters),
        new MessageRule("XMS-R021", GeneralRules::classNoTrailingPeriod),
        new MessageRule("XMS-R022", GeneralRules::classLength),
        new MessageRule("XMS-R023", GeneralRules::classShort),
        new MessageRule("XMS-R024", GeneralRules::declaredTypes),
        new MessageRule("XMS-R025", GeneralRules::subjectComposition),
        new MessageRule("XMS-R026", GeneralRules::subjectLength),
        new MessageRule("XMS-R027", GeneralRules::flagBits),
        new MessageRule("XMS-R028", GeneralRules::hasAttachFlag),
        new MessageRule("XMS-R029", GeneralRules::hasAttachments),
        new MessageRule("XMS-R030", (c, r) -> range(c, r, PidTag.IMPORTANCE, List.of(0, 1, 2),
            "0 (low), 1 (normal) or 2 (high)")),
        new MessageRule("XMS-R031", (c, r) -> range(c, r, PidTag.PRIORITY, List.of(1, 0, -1),
            "0x00000001 (urgent), 0x00000000 (normal) or 0xFFFFFFFF (not urgent)")),
        new MessageRule("XMS-R032", (c, r) -> range(c, r, PidTag.SENSITIVITY, List.of(0, 1, 2, 3),
            "0 (normal), 1 (personal), 2 (private) or 3 (confidential)")),
        new MessageRule("XMS-R033", (c, r) -> range(c, r, PidTag.NATIVE_BODY, List.of(0, 1, 2, 3, 4),
            "0 (undefined), 1 (plain text), 2 (RTF), 3 (HTML) or 4 (clear-signed)")),
        new MessageRule("XMS-R034", GeneralRules::rtfHeader),
        new MessageRule("XMS-R035", GeneralRules::htmlDecodes),
        new MessageRule("XMS-R036", GeneralRules::bodyContentLocation),
        new MessageRule("XMS-R037", GeneralRules::htmlCodepageSet),
        new MessageRule("XMS-R038", GeneralRules::htmlCodepageNotWide),
        new MessageRule("XMS-R039", GeneralRules::noInlineWithPlainText),
        new MessageRule("XMS-R040", GeneralRules::inlineHasReference));
  }

  private static void classCharacters(MessageContext ctx, Reporter r) {
    ctx.message().messageClass().ifPresent(c -> {
      for (int i = 0; i < c.length(); i++) {
        char ch = c.charAt(i);
        if (ch < 0x20 || ch > 0x7F) {
          r.report(ctx.path().property(PidTag.MESSAGE_CLASS.key()), String.format(java.util.Locale.ROOT,
              "expected ASCII characters 0x20 to 0x7F only, was %s (U+%04X at index %d)", Reporter.quote(c),
              (int) ch, i));
          return;
        }
      }
    });
  }

  private static void classNoTrailingPeriod(MessageContext ctx, Reporter r) {
    ctx.message().messageClass().filter(c -> c.endsWith(".")).ifPresent(c ->
        r.report(ctx.path().property(PidTag.MESSAGE_CLASS.key()),
            "expected no period at the end, was " + Reporter.quote(c)));
  }

  private static void classLength(MessageContext ctx, Reporter r) {
    ctx.message().messageClass().filter(c -> c.isEmpty() || c.length() > 255).ifPresent(c ->
        r.report(ctx.path().property(PidTag.MESSAGE_CLASS.key()),
            "expected 1 to 255 characters, was " + c.length() + " characters: " + Reporter.quote(c)));
  }

  private static void classShort(MessageContext ctx, Reporter r) {
    ctx.message().messageClass().filter(c -> c.length() >= 128).ifPresent(c ->
        r.report(ctx.path().property(PidTag.MESSAGE_CLASS.key()),
            "expected fewer than 128 characters, was " + c.length() + " characters: " + Reporter.quote(c)));
  }

  private static Map<Object, List<PropertyDefinition<?>>> known() {
    Map<Object, List<PropertyDefinition<?>>> m = new HashMap<>();
    for (PropertyDefinition<?> d : KnownProperties.all()) {
      if (MobileRules.OMS_PROPERTIES.contains(d)) {
        continue;
      }
      m.computeIfAbsent(identity(d.key()), k -> new ArrayList<>()).add(d);
    }
    return m;
  }

  private static Object identity(PropertyKey key) {
    if (key instanceof PropertyKey.Tagged t) {
      return t.tag().id();
    }
    NamedPropertyId id = ((PropertyKey.Named) key).id();
    return id;
  }

  private static void declaredTypes(MessageContext ctx, Reporter r) {
    Message m = ctx.message();
    checkTypes(m.properties(), ctx.path(), r);
    for (int i = 0; i < m.recipients().size(); i++) {
      checkTypes(m.recipients().get(i).properties(), ctx.path().recipient(i), r);
    }
    for (int i = 0; i < m.attachments().size(); i++) {
      checkTypes(m.attachments().get(i).properties(), ctx.path().attachment(i), r);
    }
  }

  private static void checkTypes(PropertyBag bag, MessagePath path, Reporter r) {
    for (Map.Entry<PropertyKey, PropertyValue> e : bag.asMap().entrySet()) {
      List<PropertyDefinition<?>> defs = KNOWN.get(identity(e.getKey()));
      if (defs == null) {
        continue;
      }
      PropertyDefinition<?> match = null;
      for (PropertyDefinition<?> d : defs) {
        if (Checks.typeAccepted(d.type(), e.getKey().type())) {
          match = d;
        }
      }
      if (match == null) {
        List<String> types = new ArrayList<>();
        for (PropertyDefinition<?> d : defs) {
          types.add(d.type().specName());
        }
        r.report(path.property(defs.get(0).key()), "expected " + String.join(" or ", types) + ", was "
            + e.getKey().type().specName() + " " + Checks.describe(e.getValue()));
      } else if (e.getValue() instanceof PropertyValue.Unparsed u) {
        r.report(path.property(match.key()), "expected a decodable " + match.type().specName() + " value, was "
            + Checks.describe(u));
      }
    }
  }

  private static void subjectComposition(MessageContext ctx, Reporter r) {
    Message m = ctx.message();
    Optional<String> subject = m.find(PidTag.SUBJECT);
    Optional<String> normalized = m.find(PidTag.NORMALIZED_SUBJECT);
    if (subject.isEmpty() || normalized.isEmpty()) {
      return;
    }
    String prefix = m.find(PidTag.SUBJECT_PREFIX).orElse("");
    String expected = prefix + normalized.get();
    if (!subject.get().equals(expected)) {
      r.report(ctx.path().property(PidTag.SUBJECT.key()), "expected PidTagSubjectPrefix + PidTagNormalizedSubject = "
          + Reporter.quote(expected) + ", was " + Reporter.quote(subject.get()));
    }
  }

  private static void subjectLength(MessageContext ctx, Reporter r) {
    Message m = ctx.message();
    int n = m.find(PidTag.SUBJECT_PREFIX).map(String::length).orElse(0)
        + m.find(PidTag.NORMALIZED_SUBJECT).map(String::length).orElse(0);
    if (n >= 254) {
      r.report(ctx.path().property(PidTag.NORMALIZED_SUBJECT.key()), "expected fewer than 254 characters in "
          + "PidTagSubjectPrefix and PidTagNormalizedSubject together, was " + n);
    }
  }

  private static void flagBits(MessageContext ctx, Reporter r) {
    ctx.message().find(PidTag.MESSAGE_FLAGS).ifPresent(f -> {
      int undefined = f & ~MessageFlag.ALL_BITS;
      if (undefined != 0) {
        r.report(ctx.path().property(PidTag.MESSAGE_FLAGS.key()), String.format(java.util.Locale.ROOT,
            "expected only the defined bits (mask 0x%08X), was %s with undefined bits 0x%08X",
            MessageFlag.ALL_BITS, Checks.int32(f), undefined));
      }
    });
  }

  private static void hasAttachFlag(MessageContext ctx, Reporter r) {
    Message m = ctx.message();
    m.find(PidTag.MESSAGE_FLAGS).ifPresent(f -> {
      boolean flag = MessageFlag.HAS_ATTACH.isSet(f);
      int n = m.attachments().size();
      if (flag != (n > 0)) {
        r.report(ctx.path().property(PidTag.MESSAGE_FLAGS.key()), "expected mfHasAttach (0x00000010) "
            + (n > 0 ? "set" : "clear") + " for a message with " + n + " attachment" + (n == 1 ? "" : "s")
            + ", was " + Checks.int32(f));
      }
    });
  }

  private static void hasAttachments(MessageContext ctx, Reporter r) {
    Message m = ctx.message();
    m.find(PidTag.HAS_ATTACHMENTS).ifPresent(v -> {
      int n = m.attachments().size();
      if (v != (n > 0)) {
        r.report(ctx.path().property(PidTag.HAS_ATTACHMENTS.key()), "expected " + (n > 0) + " for a message with "
            + n + " attachment" + (n == 1 ? "" : "s") + ", was " + v);
      }
    });
  }

  private static void range(MessageContext ctx, Reporter r, PropertyDefinition<Integer> def, List<Integer> allowed,
      String text) {
    ctx.message().find(def).ifPresent(v -> {
      if (!allowed.contains(v)) {
        r.report(ctx.path().property(def.key()), "expected " + text + ", was " + Checks.int32(v));
      }
    });
  }

  private static void rtfHeader(MessageContext ctx, Reporter r) {
    ctx.message().find(PidTag.RTF_COMPRESSED).ifPresent(bytes -> rtfProblem(bytes).ifPresent(problem ->
        r.report(ctx.path().property(PidTag.RTF_COMPRESSED.key()), problem)));
  }

  /**
   * Returns what is wrong with compressed RTF, or empty: the header ([MS-OXRTFCP] 2.1.3.1.1), the
   * CRC (2.1.3.2) and the contents, which must decode to RAWSIZE bytes ({@link CompressedRtf}). The
   * contents are decoded without holding the RTF ({@link CompressedRtf#validate(byte[])}), so a value
   * larger than the reader's memory limit for RTF is checked in full like any other: the limit is
   * never reported as a fault of the data.
   */
  static Optional<String> rtfProblem(Bytes bytes) {
    try {
      CompressedRtf.validate(bytes.toByteArray());
      return Optional.empty();
    } catch (RtfFormatException e) {
      // header fields (bytes 0 to 15) are named in the reason; a place in the contents gets its offset
      return Optional.of(e.byteOffset() >= CompressedRtf.HEADER_SIZE ? e.reason() + " (at byte " + e.byteOffset() + ")"
          : e.reason());
    }
  }

  private static void htmlDecodes(MessageContext ctx, Reporter r) {
    Message m = ctx.message();
    Optional<Bytes> html = m.find(PidTag.HTML);
    Optional<Integer> cp = m.find(PidTag.INTERNET_CODEPAGE);
    if (html.isEmpty() || cp.isEmpty()) {
      return;
    }
    Optional<Charset> cs = CodePage.charset(cp.get());
    if (cs.isEmpty()) {
      return;
    }
    CharsetDecoder dec = cs.get().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(html.get().toByteArray());
    CharBuffer out = CharBuffer.allocate(4096);
    CoderResult res = dec.decode(in, out, true);
    while (res.isOverflow()) {
      out.clear();
      res = dec.decode(in, out, true);
    }
    if (res.isError()) {
      int at = in.position();
      r.report(ctx.path().property(PidTag.HTML.key()), "expected text in code page " + cp.get() + " ("
          + cs.get().name() + "), was undecodable at byte offset " + at + ": "
          + Checks.bytes(html.get().slice(at, Math.min(in.limit(), at + res.length())).toByteArray()));
    }
  }

  private static void bodyContentLocation(MessageContext ctx, Reporter r) {
    ctx.message().find(PidTag.BODY_CONTENT_LOCATION).ifPresent(loc -> {
      try {
        new URI(loc.strip());
      } catch (URISyntaxException e) {
        r.report(ctx.path().property(PidTag.BODY_CONTENT_LOCATION.key()), "expected an absolute or relative URI, was "
            + Reporter.quote(loc) + " (" + e.getReason() + " at index " + e.getIndex() + ")");
      }
    });
  }

  private static void htmlCodepageSet(MessageContext ctx, Reporter r) {
    PropertyBag p = ctx.message().properties();
    if (p.has(PidTag.HTML) && !Checks.presentAnyType(p, PidTag.INTERNET_CODEPAGE)) {
      r.report(ctx.path().property(PidTag.INTERNET_CODEPAGE.key()),
          "expected the code page of PidTagHtml, was absent");
    }
  }

  private static void htmlCodepageNotWide(MessageContext ctx, Reporter r) {
    Message m = ctx.message();
    if (m.properties().has(PidTag.HTML)) {
      m.find(PidTag.INTERNET_CODEPAGE).filter(WIDE_CODE_PAGES::contains).ifPresent(cp ->
          r.report(ctx.path().property(PidTag.INTERNET_CODEPAGE.key()),
              "expected a code page other than UTF-16 and UTF-32 (1200, 1201, 12000, 12001) for PidTagHtml, was "
                  + cp));
    }
  }

  private static void noInlineWithPlainText(MessageContext ctx, Reporter r) {
    Message m = ctx.message();
    if (Checks.hasHtml(m) || m.properties().has(PidTag.RTF_COMPRESSED)) {
      return;
    }
    for (int i = 0; i < m.attachments().size(); i++) {
      Optional<Integer> flags = m.attachments().get(i).find(PidTag.ATTACH_FLAGS);
      if (flags.isPresent() && (flags.get() & 0x4) != 0) {
        r.report(ctx.path().attachment(i).property(PidTag.ATTACH_FLAGS.key()), "expected no attRenderedInBody (0x4) "
            + "on a message whose only body is plain text, was " + Checks.int32(flags.get()));
      }
    }
  }

  private static void inlineHasReference(MessageContext ctx, Reporter r) {
    List<Attachment> atts = ctx.message().attachments();
    for (int i = 0; i < atts.size(); i++) {
      Attachment a = atts.get(i);
      Optional<Integer> flags = a.find(PidTag.ATTACH_FLAGS);
      if (flags.isPresent() && (flags.get() & 0x4) != 0 && a.contentId().isEmpty() && a.contentLocation().isEmpty()) {
        r.report(ctx.path().attachment(i), "expected PidTagAttachContentId or PidTagAttachContentLocation on an "
            + "attachment marked attRenderedInBody (PidTagAttachFlags " + Checks.int32(flags.get()) + "), was neither");
      }
    }
  }

  /** Returns the display name of a recipient for the display lists: PidTagDisplayName, else the address. */
  static Optional<String> listName(Recipient rc) {
    return rc.displayName().or(rc::emailAddress);
  }
}
