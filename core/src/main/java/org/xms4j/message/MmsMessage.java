package org.xms4j.message;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.CodePage;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.known.MessageClass;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.smil.MediaKind;
import org.xms4j.smil.MediaObject;
import org.xms4j.smil.MediaPart;
import org.xms4j.smil.Resolution;
import org.xms4j.smil.Slide;
import org.xms4j.smil.SmilParseException;
import org.xms4j.smil.SmilParser;
import org.xms4j.smil.SmilPresentation;
import org.xms4j.smil.SmilResolver;
import org.xms4j.smil.SmilWriter;

/**
 * An MMS object: a view over a {@link Message} whose contents are an HTML body and hidden
 * attachments (the SMIL presentation, text and media parts).
 *
 * <p>Specified by [MS-OXOSMMS] sections 2.2 and 4.2 (sample MMS object).
 *
 * <pre>{@code
 * MmsMessage mms = MmsMessage.builder()
 *     .subject("Here's the photo.")
 *     .html("<HTML><BODY><IMG SRC=\"cid:Att1.jpg@x\"></BODY></HTML>")
 *     .addPart(MmsPart.of("photo.jpg", "image/jpeg", "Att1.jpg@x", jpegBytes))
 *     .unsent(true)
 *     .build();
 * }</pre>
 */
public final class MmsMessage implements MobileMessage {

  /**
   * The Content-Base set on parts whose Content-Location is relative: {@code thismessage:/}, the
   * base RFC 2557 section 4.4.2 assigns when a message gives none.
   */
  public static final String DEFAULT_CONTENT_BASE = "thismessage:/";

  /** An absolute URI starts with a scheme of two or more characters (one letter is a drive). */
  private static final java.util.regex.Pattern ABSOLUTE_URI = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:");

  /** The content type of the SMIL presentation part: {@code application/smil}. */
  public static final String SMIL_MIME_TYPE = "application/smil";

  private final Message message;

  private MmsMessage(Message message) {
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the MMS view of a message, whatever its class; the validator says whether it conforms.
   *
   * @param message the message
   * @return the view
   */
  public static MmsMessage of(Message message) {
    return new MmsMessage(message);
  }

  /**
   * Returns a builder of a new MMS object with the [MS-OXOSMMS] defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder(Message.builder(), true);
  }

  /**
   * Returns a builder that keeps every property and attachment of this message it is not told to
   * change.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(message.toBuilder(), false);
  }

  @Override
  public Message message() {
    return message;
  }

  /**
   * Returns the HTML body: PidTagHtml decoded in the code page of PidTagInternetCodepage (UTF-8 when
   * absent or unknown), else PidTagBodyHtml.
   *
   * @return the HTML text, or empty
   */
  public Optional<String> html() {
    Optional<Bytes> bin = message.find(PidTag.HTML);
    if (bin.isPresent()) {
      int cp = message.find(PidTag.INTERNET_CODEPAGE).orElse(CodePage.UTF_8);
      return Optional.of(bin.get().decode(CodePage.charset(cp).orElse(StandardCharsets.UTF_8)));
    }
    return message.find(PidTag.BODY_HTML);
  }

  /**
   * Returns the plain text body PidTagBody, which Outlook 2007 SP1 also sets on MMS objects.
   *
   * @return the text, or empty
   */
  public Optional<String> bodyText() {
    return message.find(PidTag.BODY);
  }

  /**
   * Returns the attachments that make up the MMS (all attachments, in order).
   *
   * @return the attachments
   */
  public List<Attachment> parts() {
    return message.attachments();
  }

  /**
   * Returns the SMIL presentation part: the first attachment with PidTagAttachMimeTag
   * {@code application/smil} (case-insensitive).
   *
   * @return the attachment, or empty for an MMS without SMIL
   */
  public Optional<Attachment> presentation() {
    for (Attachment a : message.attachments()) {
      if (a.mimeTag().map(MmsMessage::isSmil).orElse(false)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * Parses the SMIL presentation part leniently ([MS-OXOSMMS] 4.2, [SMIL 2.1]).
   *
   * @return the presentation, or empty when the message has no {@code application/smil} part or it
   *     has no data
   * @throws SmilParseException when the part is not well-formed SMIL, or uses a DTD with entity
   *     declarations (refused for security)
   */
  public Optional<SmilPresentation> parsePresentation() throws SmilParseException {
    Optional<Bytes> data = presentation().flatMap(Attachment::data);
    if (data.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(SmilParser.lenient().parse(data.get().toByteArray()));
  }

  /**
   * Returns the slides of the presentation with each item resolved to the attachment it shows
   * (by Content-ID, Content-Location or name; see {@link SmilResolver}).
   *
   * @return the slides in order; empty when the message has no SMIL part
   * @throws SmilParseException when the SMIL part cannot be parsed
   */
  public List<SlideView> slides() throws SmilParseException {
    Optional<SmilPresentation> p = parsePresentation();
    if (p.isEmpty()) {
      return List.of();
    }
    List<Attachment> atts = message.attachments();
    List<MediaPart> mediaParts = new ArrayList<>();
    for (Attachment a : atts) {
      mediaParts.add(MediaPart.of(a.contentId().orElse(null), a.contentLocation().orElse(null),
          a.longFilename().orElse(null), a.mimeTag().orElse(null)));
    }
    Resolution r = SmilResolver.resolve(p.get(), mediaParts);
    List<SlideView> out = new ArrayList<>();
    for (Slide slide : p.get().slides()) {
      List<SlideItem> items = new ArrayList<>();
      for (MediaObject mo : slide.media()) {
        int idx = partIndex(r, mediaParts, mo);
        items.add(new SlideItem(mo.kind(), mo.src(), mo.region(),
            idx >= 0 ? Optional.of(atts.get(idx)) : Optional.empty()));
      }
      out.add(new SlideView(slide.durationMillis(), items));
    }
    return List.copyOf(out);
  }

  /** Returns the index in {@code parts} of the part a media object resolves to, or -1. */
  private static int partIndex(Resolution r, List<MediaPart> parts, MediaObject media) {
    for (Resolution.Resolved res : r.resolved()) {
      if (res.media().equals(media)) {
        return parts.indexOf(res.part());
      }
    }
    return -1;
  }

  /**
   * Tells whether a content type is the SMIL presentation type {@code application/smil}, ignoring
   * case and parameters.
   *
   * @param mimeType a content type, for example {@code application/smil; charset=utf-8}
   * @return true for {@code application/smil}
   * @throws NullPointerException when the type is null
   */
  public static boolean isSmil(String mimeType) {
    return MmsPart.baseType(mimeType).equals(SMIL_MIME_TYPE);
  }

  /**
   * One slide of a read MMS: its duration and items.
   *
   * @param durationMillis the {@code dur} of the slide in milliseconds, when it has a clock value
   * @param items the media items in document order
   */
  public record SlideView(OptionalLong durationMillis, List<SlideItem> items) {
    /**
     * Copies the items.
     *
     * @param durationMillis the {@code durationMillis} component
     * @param items the {@code items} component
     */
    public SlideView {
      Objects.requireNonNull(durationMillis, "durationMillis");
      items = List.copyOf(items);
    }
  }

  /**
   * One media item of a slide.
   *
   * @param kind the SMIL element kind (img, text, audio, video, ref ...)
   * @param src the {@code src} attribute as written
   * @param region the {@code region} attribute
   * @param attachment the attachment the src resolves to ({@link SmilResolver}: Content-ID, then
   *     Content-Location, then file name); empty when it resolves to nothing
   */
  public record SlideItem(MediaKind kind, Optional<String> src, Optional<String> region,
      Optional<Attachment> attachment) {
    /**
     * Checks the arguments.
     *
     * @param kind the {@code kind} component
     * @param src the {@code src} component
     * @param region the {@code region} component
     * @param attachment the {@code attachment} component
     * @throws NullPointerException when an argument is null
     */
    public SlideItem {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(src, "src");
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(attachment, "attachment");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MmsMessage m && message.equals(m.message);
  }

  @Override
  public int hashCode() {
    return message.hashCode() * 31 + 4;
  }

  @Override
  public String toString() {
    return "MmsMessage[" + subject().orElse("") + ", " + parts().size() + " parts]";
  }

  /**
   * Returns the properties of the hidden by-value attachment that holds an MMS part, as in
   * [MS-OXOSMMS] 4.2: PidTagAttachmentHidden true, PidTagAttachMethod afByValue,
   * PidTagAttachContentId, PidTagAttachMimeTag, PidTagAttachLongFilename, plus PidTagDisplayName
   * (the file name), PidTagAttachExtension, PidTagAttachContentLocation when given (with
   * PidTagAttachContentBase {@value #DEFAULT_CONTENT_BASE} when it is relative, as [MS-OXCMSG]
   * 2.2.2.29 requires),
   * PidTagTextAttachmentCharset when the part has a charset,
   * PidTagRenderingPosition 0xFFFFFFFF (not rendered in the text), PidTagAttachFlags
   * attRenderedInBody (0x4) when the HTML body references the part, and PidTagAttachDataBinary.
   * {@link Builder#build()} decides the reference with {@link HtmlReferences#names}: a {@code cid:}
   * URL naming the part's Content-ID ([RFC 2392], percent-decoded, ignoring letter case) or a URL
   * equal to its Content-Location.
   *
   * @param part the part
   * @param referencedFromHtml whether the HTML body refers to the part
   * @return the attachment
   */
  public static Attachment partAttachment(MmsPart part, boolean referencedFromHtml) {
    PropertyBag.Builder b = PropertyBag.builder()
        .set(PidTag.ATTACHMENT_HIDDEN, true)
        .set(PidTag.ATTACH_METHOD, AttachMethod.BY_VALUE.value())
        .set(PidTag.ATTACH_CONTENT_ID, part.contentId())
        .set(PidTag.ATTACH_MIME_TAG, part.mimeType())
        .set(PidTag.ATTACH_LONG_FILENAME, part.fileName())
        .set(PidTag.DISPLAY_NAME, part.fileName());
    int dot = part.fileName().lastIndexOf('.');
    if (dot > 0 && dot < part.fileName().length() - 1) {
      b.set(PidTag.ATTACH_EXTENSION, part.fileName().substring(dot));
    }
    if (part.contentLocation() != null && !part.contentLocation().isEmpty()) {
      b.set(PidTag.ATTACH_CONTENT_LOCATION, part.contentLocation());
      if (!ABSOLUTE_URI.matcher(part.contentLocation()).lookingAt()) {
        // [MS-OXCMSG] 2.2.2.29: a relative location needs a base; RFC 2557 4.4.2 names the default
        b.set(PidTag.ATTACH_CONTENT_BASE, DEFAULT_CONTENT_BASE);
      }
    }
    if (part.charset() != null && !part.charset().isEmpty()) {
      b.set(PidTag.TEXT_ATTACHMENT_CHARSET, part.charset());
    }
    b.set(PidTag.RENDERING_POSITION, 0xFFFFFFFF);
    if (referencedFromHtml) {
      b.set(PidTag.ATTACH_FLAGS, 0x4);
    }
    b.set(PidTag.ATTACH_DATA_BINARY, part.data());
    return Attachment.of(b.build());
  }

  /**
   * Decodes the text of a text part: in its charset when it names one Java knows; without one, as
   * UTF-16LE when the bytes have an even length and a zero byte at every odd index of the first
   * characters (ASCII text written as "Unicode text", as in [MS-OXOSMMS] 4.2), else as UTF-8.
   * Undecodable bytes become U+FFFD.
   *
   * @param part the part
   * @return the text
   */
  public static String decodeText(MmsPart part) {
    Bytes b = part.data();
    if (part.charset() != null) {
      try {
        return b.decode(java.nio.charset.Charset.forName(part.charset().strip()));
      } catch (IllegalArgumentException e) {
        // unknown or illegal charset name: fall through to detection
      }
    }
    if (b.size() >= 2 && b.size() % 2 == 0) {
      int checked = Math.min(b.size(), 64);
      boolean utf16 = true;
      for (int i = 1; i < checked; i += 2) {
        if (b.byteAt(i) != 0) {
          utf16 = false;
          break;
        }
      }
      if (utf16) {
        return b.decode(StandardCharsets.UTF_16LE);
      }
    }
    return b.decode(StandardCharsets.UTF_8);
  }

  /**
   * The builder of an {@link MmsMessage}. See {@link MobileMessage.Builder} for the defaults.
   *
   * <p>Parts added with {@link #addPart(MmsPart)} become hidden by-value attachments
   * ({@link MmsMessage#partAttachment(MmsPart, boolean)}), appended after any attachments the
   * message already has, in the order added; the parts made from {@link #slide(Duration, MmsMedia...)}
   * (the SMIL presentation first, then the slides' parts) come before the parts added with
   * {@link #addPart(MmsPart)}.
   */
  public static final class Builder extends MobileMessage.Builder<MmsMessage, Builder> {
    private final List<MmsPart> parts = new ArrayList<>();
    private @Nullable String html;
    private @Nullable String text;
    private @Nullable String subject;
    private boolean renderBody;
    private final List<SlideSpec> slides = new ArrayList<>();
    private @Nullable String contentIdSuffix;

    private record SlideSpec(Duration duration, List<MmsMedia> media) {
    }

    Builder(Message.Builder message, boolean fresh) {
      super(message, fresh);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets PidTagSubject and PidTagNormalizedSubject (and removes PidTagSubjectPrefix); an empty
     * subject removes both.
     *
     * @param value the MMS subject
     * @return this builder
     */
    public Builder subject(String value) {
      this.subject = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the HTML body: PidTagHtml as UTF-8 bytes, with PidTagInternetCodepage 65001; and, as
     * Outlook needs to show it, PidTagRtfCompressed holding the HTML encapsulated in RTF
     * ([MS-OXRTFEX]) and compressed with LZFu ([MS-OXRTFCP]), and PidTagNativeBody 3 (HTML), as
     * {@link Message.Builder#encapsulatedHtmlRtf(String)} sets them.
     * PidTagRtfInSync is then true when PidTagBody holds the same text as the RTF shows (white space
     * aside), and absent otherwise ([MS-OXCMSG] 2.2.1.58.5).
     *
     * @param value the HTML text
     * @return this builder
     */
    public Builder html(String value) {
      this.html = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the plain text body PidTagBody (Outlook sets it next to the HTML body), and
     * PidTagRtfInSync as {@link #html(String)} says.
     *
     * @param value the text; empty removes PidTagBody
     * @return this builder
     */
    public Builder plainText(String value) {
      this.text = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Appends a part as a hidden by-value attachment.
     *
     * @param part the part
     * @return this builder
     */
    public Builder addPart(MmsPart part) {
      parts.add(Objects.requireNonNull(part, "part"));
      attachmentsChanged = true;
      return this;
    }

    /**
     * Appends an attachment of any kind as is.
     *
     * @param attachment the attachment
     * @return this builder
     */
    public Builder addAttachment(Attachment attachment) {
      message.addAttachment(attachment);
      attachmentsChanged = true;
      return this;
    }

    /**
     * Renders PidTagHtml (UTF-8, PidTagInternetCodepage 65001) and PidTagBody from the parts added
     * with {@link #addPart(MmsPart)} when {@link #build()} runs, replacing any HTML or text given
     * with {@link #html(String)} or {@link #plainText(String)}.
     *
     * <p>Order: when a part is an {@code application/smil} presentation, the parts its slides show,
     * in slide order (srcs resolved with {@link SmilResolver}), then the parts no slide shows, in
     * the order added; without a presentation, or when it cannot be parsed, the parts in the order
     * added. The presentation itself is not shown. Images
     * ({@code image/*}) are shown inline as in [MS-OXOSMMS] 4.2, text parts ({@code text/plain})
     * inline (decoded in the part's charset; without one, UTF-16LE when the bytes look like it, else
     * UTF-8) and linked, other parts as links.
     *
     * @return this builder
     */
    public Builder renderBody() {
      this.renderBody = true;
      return this;
    }

    /**
     * Appends a slide: its items are shown together for the given time. On {@link #build()} the
     * slides become, as in [MS-OXOSMMS] 4.2: a SMIL presentation part {@code MMS.smil}
     * (application/smil, content id {@code MMS.smil@SUFFIX}, written by
     * {@link SmilWriter#compact()} with regions {@code Image} and {@code Text}), then for each slide
     * its text parts ({@code 1.txt}, {@code 2.txt}, ...; text/plain, UTF-16LE) and its media parts
     * (their own file names), with content ids {@code AttN.EXT@SUFFIX} numbered from 0 in
     * attachment order; all hidden by-value attachments; and the HTML and text bodies rendered in
     * slide order ({@link #renderBody()}).
     *
     * @param duration how long the slide shows, at millisecond resolution, not negative
     * @param media the items, in display order; at least one
     * @return this builder
     * @throws IllegalArgumentException when the duration is negative or no item is given
     */
    public Builder slide(Duration duration, MmsMedia... media) {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative()) {
        throw new IllegalArgumentException("duration must not be negative: " + duration);
      }
      if (media.length == 0) {
        throw new IllegalArgumentException("a slide needs at least one item");
      }
      slides.add(new SlideSpec(duration, List.of(media)));
      attachmentsChanged = true;
      return this;
    }

    /**
     * Sets the part after {@code @} of the content ids made for slides. By default it is derived
     * from a SHA-256 over the slides' contents, as two groups of 16 upper-case hex digits separated
     * by a period (the shape of the sample's {@code AB1B43B2B0594564.B94EF7ABB12B49BA}), so the same
     * slides always get the same ids.
     *
     * @param suffix the suffix, non-empty, without {@code @}, {@code <} or {@code >}
     * @return this builder
     * @throws IllegalArgumentException when the suffix is empty or has one of those characters
     */
    public Builder contentIdSuffix(String suffix) {
      if (suffix.isEmpty() || suffix.indexOf('@') >= 0 || suffix.indexOf('<') >= 0 || suffix.indexOf('>') >= 0) {
        throw new IllegalArgumentException("content id suffix must be non-empty without '@', '<', '>': \"" + suffix + "\"");
      }
      this.contentIdSuffix = suffix;
      return this;
    }

    private String defaultSuffix() {
      MessageDigest md = MmsPart.sha256();
      for (SlideSpec sl : slides) {
        md.update(Long.toString(sl.duration().toMillis()).getBytes(StandardCharsets.US_ASCII));
        for (MmsMedia m : sl.media()) {
          md.update(m.kind().name().getBytes(StandardCharsets.US_ASCII));
          md.update(m.fileName().getBytes(StandardCharsets.UTF_8));
          md.update((byte) 0);
          md.update(m.mimeType().getBytes(StandardCharsets.UTF_8));
          md.update((byte) 0);
          md.update(m.data().asReadOnlyBuffer());
        }
      }
      return MmsPart.idDomain(md.digest());
    }

    private void assembleSlides() {
      String suffix = contentIdSuffix != null ? contentIdSuffix : defaultSuffix();
      List<MmsPart> made = new ArrayList<>();
      SmilPresentation.Builder smil = SmilPresentation.builder();
      int textNumber = 0;
      for (SlideSpec sl : slides) {
        List<MmsMedia> ordered = new ArrayList<>();
        sl.media().stream().filter(m -> m.kind() == MediaKind.TEXT).forEach(ordered::add);
        sl.media().stream().filter(m -> m.kind() != MediaKind.TEXT).forEach(ordered::add);
        java.util.Map<MmsMedia, String> cids = new java.util.IdentityHashMap<>();
        for (MmsMedia m : ordered) {
          String fileName = m.kind() == MediaKind.TEXT ? (++textNumber) + ".txt" : m.fileName();
          int dot = fileName.lastIndexOf('.');
          String ext = dot >= 0 ? fileName.substring(dot) : "";
          String cid = "Att" + made.size() + ext + "@" + suffix;
          cids.put(m, cid);
          made.add(new MmsPart(fileName, m.mimeType(), cid, null, m.data(),
              m.kind() == MediaKind.TEXT ? "utf-16le" : null));
        }
        List<MediaObject> objects = new ArrayList<>();
        for (MmsMedia m : sl.media()) {
          objects.add(MediaObject.of(m.kind(), "cid:" + cids.get(m), m.kind() == MediaKind.TEXT ? "Text" : "Image"));
        }
        smil.slide(sl.duration(), objects);
      }
      String smilText = SmilWriter.compact().write(smil.build());
      parts.add(0, MmsPart.of("MMS.smil", SMIL_MIME_TYPE, "MMS.smil@" + suffix,
          Bytes.encode(smilText, StandardCharsets.UTF_8)));
      parts.addAll(1, made);
      slides.clear();
      renderBody = true;
    }

    private void render() {
      List<MmsPart> order = new ArrayList<>();
      MmsPart smilPart = null;
      for (MmsPart p : parts) {
        if (isSmil(p.mimeType())) {
          smilPart = p;
          break;
        }
      }
      if (smilPart != null) {
        try {
          SmilPresentation pres = SmilParser.lenient().parse(smilPart.data().toByteArray());
          List<MediaPart> mediaParts = new ArrayList<>();
          for (MmsPart p : parts) {
            mediaParts.add(MediaPart.of(p.contentId(), p.contentLocation(), p.fileName(), p.mimeType()));
          }
          Resolution r = SmilResolver.resolve(pres, mediaParts);
          for (Slide slide : pres.slides()) {
            for (MediaObject mo : slide.media()) {
              int idx = partIndex(r, mediaParts, mo);
              if (idx >= 0 && parts.get(idx) != smilPart && !order.contains(parts.get(idx))) {
                order.add(parts.get(idx));
              }
            }
          }
        } catch (SmilParseException e) {
          // a presentation that cannot be parsed gives no order: the parts follow as added
        }
      }
      for (MmsPart p : parts) {
        if (!order.contains(p) && !isSmil(p.mimeType())) {
          order.add(p);
        }
      }
      List<org.xms4j.core.internal.MmsBodyRenderer.Item> items = new ArrayList<>();
      for (MmsPart p : order) {
        String type = p.mimeType().toLowerCase(Locale.ROOT);
        org.xms4j.core.internal.MmsBodyRenderer.Kind kind = type.startsWith("image/")
            ? org.xms4j.core.internal.MmsBodyRenderer.Kind.IMAGE
            : type.startsWith("text/plain") ? org.xms4j.core.internal.MmsBodyRenderer.Kind.TEXT
            : org.xms4j.core.internal.MmsBodyRenderer.Kind.LINK;
        String t = kind == org.xms4j.core.internal.MmsBodyRenderer.Kind.TEXT ? decodeText(p) : "";
        items.add(new org.xms4j.core.internal.MmsBodyRenderer.Item(kind, p.contentId(), p.fileName(), t));
      }
      org.xms4j.core.internal.MmsBodyRenderer.Bodies bodies = org.xms4j.core.internal.MmsBodyRenderer.render(items);
      html = bodies.html();
      text = bodies.text();
    }

    @Override
    public MmsMessage build() {
      if (!slides.isEmpty()) {
        assembleSlides();
      }
      if (renderBody) {
        render();
      }
      if (subject != null) {
        message.remove(PidTag.SUBJECT_PREFIX);
        if (subject.isEmpty()) {
          message.remove(PidTag.SUBJECT).remove(PidTag.NORMALIZED_SUBJECT);
        } else {
          message.set(PidTag.SUBJECT, subject).set(PidTag.NORMALIZED_SUBJECT, subject);
        }
      }
      if (html != null) {
        message.set(PidTag.HTML, Bytes.encode(html, StandardCharsets.UTF_8));
        message.set(PidTag.INTERNET_CODEPAGE, CodePage.UTF_8);
      }
      if (text != null) {
        if (text.isEmpty()) {
          message.remove(PidTag.BODY);
        } else {
          message.set(PidTag.BODY, text);
        }
      }
      if (html != null) {
        message.encapsulatedHtmlRtf(html);
      } else if (text != null) {
        message.updateRtfInSync();
      }
      HtmlReferences refs = HtmlReferences.of(parts.isEmpty() ? ""
          : html != null ? html : MmsMessage.of(message.build()).html().orElse(""));
      for (MmsPart p : parts) {
        message.addAttachment(partAttachment(p, refs.names(p.contentId(), p.contentLocation())));
      }
      parts.clear();
      finish(MessageClass.MMS, MessageClass.CONTENT_CLASS_MMS, OmsServiceType.MMS);
      return new MmsMessage(message.build());
    }
  }
}
