package org.xms4j.message;

import java.nio.charset.StandardCharsets;
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
      if (a.mimeTag().map(t -> t.toLowerCase(Locale.ROOT).startsWith(SMIL_MIME_TYPE)).orElse(false)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
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
   * (the file name), PidTagAttachExtension, PidTagAttachContentLocation when given,
   * PidTagTextAttachmentCharset when the part has a charset,
   * PidTagRenderingPosition 0xFFFFFFFF (not rendered in the text), PidTagAttachFlags
   * attRenderedInBody (0x4) when the HTML body references the part by {@code cid:}, and
   * PidTagAttachDataBinary.
   *
   * @param part the part
   * @param referencedFromHtml whether the HTML body has a {@code cid:} URL naming the part
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
   * message already has, in the order added.
   */
  public static final class Builder extends MobileMessage.Builder<MmsMessage, Builder> {
    private final List<MmsPart> parts = new ArrayList<>();
    private @Nullable String html;
    private @Nullable String text;
    private @Nullable String subject;
    private boolean renderBody;

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
     * Sets the HTML body: PidTagHtml as UTF-8 bytes, with PidTagInternetCodepage 65001.
     *
     * @param value the HTML text
     * @return this builder
     */
    public Builder html(String value) {
      this.html = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the plain text body PidTagBody (Outlook sets it next to the HTML body).
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
     * <p>Order: the parts in the order added, the SMIL presentation itself not shown. Images
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

    private void render() {
      List<org.xms4j.core.internal.MmsBodyRenderer.Item> items = new ArrayList<>();
      for (MmsPart p : parts) {
        String type = p.mimeType().toLowerCase(Locale.ROOT);
        if (type.startsWith(SMIL_MIME_TYPE)) {
          continue;
        }
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
      String currentHtml = html != null ? html : MmsMessage.of(message.build()).html().orElse("");
      String lower = currentHtml.toLowerCase(Locale.ROOT);
      for (MmsPart p : parts) {
        message.addAttachment(partAttachment(p, lower.contains("cid:" + p.contentId().toLowerCase(Locale.ROOT))));
      }
      parts.clear();
      finish(MessageClass.MMS, MessageClass.CONTENT_CLASS_MMS, OmsServiceType.MMS);
      return new MmsMessage(message.build());
    }
  }
}
