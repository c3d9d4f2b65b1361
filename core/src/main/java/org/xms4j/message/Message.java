package org.xms4j.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.known.PidTag;
import org.xms4j.rtf.CompressedRtf;
import org.xms4j.rtf.EncapsulatedHtml;
import org.xms4j.rtf.RtfFormatException;

/**
 * A Message object: its properties, its recipients and its attachments, plus any compound-file
 * entries of its storage in a .msg file that no property describes. Entries found inside a
 * recipient or attachment storage belong to that {@link Recipient#extraEntries() recipient} or
 * {@link Attachment#extraEntries() attachment}, not to the message.
 *
 * <p>Immutable; equality is by value, so a round trip can be checked with {@code equals}. Any real
 * message is representable, conformant or not.
 *
 * <p>Specified by [MS-OXCMSG] section 1.3 (Message object, recipient table, attachment table).
 *
 * <pre>{@code
 * Message m = Message.builder()
 *     .set(PidTag.MESSAGE_CLASS, "IPM.Note")
 *     .set(PidTag.SUBJECT, "Hello")
 *     .addRecipient(Recipient.of(RecipientType.TO, "Ann", "SMTP", "ann@example.com"))
 *     .build();
 * }</pre>
 */
public final class Message {

  private final PropertyBag properties;
  private final List<Recipient> recipients;
  private final List<Attachment> attachments;
  private final List<CompoundEntry> extraEntries;

  private Message(Builder b) {
    this.properties = b.properties.build();
    this.recipients = List.copyOf(b.recipients);
    this.attachments = List.copyOf(b.attachments);
    this.extraEntries = List.copyOf(b.extraEntries);
  }

  /**
   * Returns a new empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding everything of this message.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.properties = properties.toBuilder();
    b.recipients.addAll(recipients);
    b.attachments.addAll(attachments);
    b.extraEntries.addAll(extraEntries);
    return b;
  }

  /**
   * Returns the message's own properties.
   *
   * @return the property bag
   */
  public PropertyBag properties() {
    return properties;
  }

  /**
   * Returns the recipients in recipient-table order.
   *
   * @return an unmodifiable list
   */
  public List<Recipient> recipients() {
    return recipients;
  }

  /**
   * Returns the attachments in attachment-table order.
   *
   * @return an unmodifiable list
   */
  public List<Attachment> attachments() {
    return attachments;
  }

  /**
   * Returns the compound-file storages and streams of the message's own storage in a .msg (the root
   * storage, or the {@code __substg1.0_3701000D} storage of an embedded message) that no property
   * describes, kept so that writing the message back loses nothing. The unknown children of the
   * top-level named property mapping storage are kept here too, as a storage named
   * {@code __nameid_version1.0}. What a recipient or attachment storage holds beyond its properties
   * is on {@link Recipient#extraEntries()} and {@link Attachment#extraEntries()}.
   *
   * @return an unmodifiable list, empty for messages built in code
   */
  public List<CompoundEntry> extraEntries() {
    return extraEntries;
  }

  /**
   * Returns the value of a property.
   *
   * @param <T> the Java type
   * @param definition the definition
   * @return the value, or empty when absent or undecodable
   */
  public <T> Optional<T> find(PropertyDefinition<T> definition) {
    return properties.find(definition);
  }

  /**
   * Returns PidTagMessageClass.
   *
   * @return the message class, or empty when absent
   */
  public Optional<String> messageClass() {
    return properties.find(PidTag.MESSAGE_CLASS);
  }

  /**
   * Returns PidTagSubject.
   *
   * @return the subject, or empty when absent
   */
  public Optional<String> subject() {
    return properties.find(PidTag.SUBJECT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Message m && properties.equals(m.properties) && recipients.equals(m.recipients)
        && attachments.equals(m.attachments) && extraEntries.equals(m.extraEntries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(properties, recipients, attachments, extraEntries);
  }

  @Override
  public String toString() {
    return "Message[" + properties.size() + " properties, " + recipients.size() + " recipients, "
        + attachments.size() + " attachments" + messageClass().map(c -> ", " + c).orElse("") + "]";
  }

  /** The builder of a {@link Message}; checks structure only. */
  public static final class Builder {
    private PropertyBag.Builder properties = PropertyBag.builder();
    private final List<Recipient> recipients = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private final List<CompoundEntry> extraEntries = new ArrayList<>();

    private Builder() {
    }

    /**
     * Replaces all properties.
     *
     * @param bag the new properties
     * @return this builder
     */
    public Builder properties(PropertyBag bag) {
      this.properties = bag.toBuilder();
      return this;
    }

    /**
     * Returns the builder of the properties, for changes in place.
     *
     * @return the live property builder
     */
    public PropertyBag.Builder propertiesBuilder() {
      return properties;
    }

    /**
     * Sets one property.
     *
     * @param <T> the Java type
     * @param definition the definition
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException when the value cannot be encoded
     */
    public <T> Builder set(PropertyDefinition<T> definition, T value) {
      properties.set(definition, value);
      return this;
    }

    /**
     * Removes one property in either string form.
     *
     * @param definition the definition
     * @return this builder
     */
    public Builder remove(PropertyDefinition<?> definition) {
      properties.remove(definition);
      return this;
    }

    /**
     * Sets PidTagDisplayTo, PidTagDisplayCc and PidTagDisplayBcc ([MS-OXOMSG] 2.2.1.7 to 2.2.1.9)
     * from the recipients: for each type, the display names (else the e-mail addresses) of the
     * recipients of that type in table order, joined with {@code "; "}; a list without names is
     * removed.
     *
     * @return this builder
     */
    public Builder displayLists() {
      displayList(PidTag.DISPLAY_TO, RecipientType.TO);
      displayList(PidTag.DISPLAY_CC, RecipientType.CC);
      return displayList(PidTag.DISPLAY_BCC, RecipientType.BCC);
    }

    private Builder displayList(PropertyDefinition<String> d, RecipientType type) {
      List<String> names = new ArrayList<>();
      for (Recipient r : recipients) {
        if (r.type().map(type::equals).orElse(false)) {
          r.displayName().or(r::emailAddress).ifPresent(names::add);
        }
      }
      return names.isEmpty() ? remove(d) : set(d, String.join("; ", names));
    }

    /**
     * Sets the RTF body Outlook displays for an HTML body ([Outlook] gotcha 5): PidTagRtfCompressed
     * holding the HTML encapsulated in RTF ([MS-OXRTFEX], {@link EncapsulatedHtml#encapsulate(String)})
     * and compressed with LZFu ([MS-OXRTFCP], {@link CompressedRtf#compress(byte[])}), PidTagNativeBody
     * {@link NativeBody#HTML}, and PidTagRtfInSync as {@link #updateRtfInSync()} sets it. PidTagHtml
     * itself is not touched.
     *
     * <p>PidTagRtfInSync reflects PidTagBody as it is at the time of the call: set PidTagBody first,
     * and call {@link #updateRtfInSync()} again after changing or removing it.
     *
     * @param html the HTML body as text
     * @return this builder
     * @throws NullPointerException when {@code html} is null
     */
    public Builder encapsulatedHtmlRtf(String html) {
      byte[] rtf = EncapsulatedHtml.encapsulate(Objects.requireNonNull(html, "html")).getBytes(StandardCharsets.US_ASCII);
      set(PidTag.RTF_COMPRESSED, Bytes.of(CompressedRtf.compress(rtf)));
      set(PidTag.NATIVE_BODY, NativeBody.HTML.value());
      return rtfInSync(rtf);
    }

    /**
     * Sets PidTagRtfInSync to true when PidTagBody and the text PidTagRtfCompressed shows are the
     * same characters in the same order, white space aside ([MS-OXCMSG] 2.2.1.58.5), and removes it
     * otherwise (also when either is absent or the RTF cannot be decoded): absent means the two
     * bodies are not to be synchronized, where false would ask an RTF-aware store to rewrite one from
     * the other.
     *
     * @return this builder
     */
    public Builder updateRtfInSync() {
      return rtfInSync(null);
    }

    private Builder rtfInSync(byte @Nullable [] written) {
      PropertyBag bag = properties.build();
      Optional<Bytes> rtf = bag.find(PidTag.RTF_COMPRESSED);
      Optional<String> body = bag.find(PidTag.BODY);
      boolean inSync = false;
      if (rtf.isPresent() && body.isPresent()) {
        try {
          byte[] raw = written != null ? written : CompressedRtf.decompress(rtf.get().toByteArray());
          inSync = withoutWhiteSpace(EncapsulatedHtml.displayedText(raw)).equals(withoutWhiteSpace(body.get()));
        } catch (RtfFormatException e) {
          // an RTF body that cannot be read is not in sync with anything
        }
      }
      return inSync ? set(PidTag.RTF_IN_SYNC, true) : remove(PidTag.RTF_IN_SYNC);
    }

    private static String withoutWhiteSpace(String s) {
      StringBuilder sb = new StringBuilder(s.length());
      s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(sb::appendCodePoint);
      return sb.toString();
    }

    /**
     * Appends a recipient.
     *
     * @param recipient the recipient
     * @return this builder
     */
    public Builder addRecipient(Recipient recipient) {
      recipients.add(Objects.requireNonNull(recipient, "recipient"));
      return this;
    }

    /**
     * Gives every recipient without PidTagRowid a row id ([MS-OXCMSG] section 2.2.1.38) that no other
     * recipient has; Outlook expects the property on every recipient of a .msg file. Recipients that
     * have one keep it. The others get their zero-based position in the recipient table when no
     * recipient keeping its id has that value; the rest, in table order, the smallest non-negative
     * values no recipient has by then. So a table without row ids is numbered 0, 1, 2 ..., and
     * {@code [A without, B with 0]} gives A 1. Ids that recipients already share stay as they are.
     *
     * @return this builder
     */
    public Builder numberRecipientRows() {
      Set<Integer> used = new HashSet<>();
      for (Recipient r : recipients) {
        r.find(PidTag.ROWID).ifPresent(used::add);
      }
      List<Integer> displaced = new ArrayList<>();
      for (int i = 0; i < recipients.size(); i++) {
        if (!recipients.get(i).properties().has(PidTag.ROWID)) {
          if (used.add(i)) {
            numberRow(i, i);
          } else {
            displaced.add(i);
          }
        }
      }
      int next = 0;
      for (int i : displaced) {
        while (used.contains(next)) {
          next++;
        }
        used.add(next);
        numberRow(i, next);
      }
      return this;
    }

    private void numberRow(int index, int rowId) {
      Recipient r = recipients.get(index);
      recipients.set(index, r.withProperties(r.properties().toBuilder().set(PidTag.ROWID, rowId).build()));
    }

    /**
     * Replaces all recipients.
     *
     * @param list the recipients in order
     * @return this builder
     */
    public Builder recipients(List<Recipient> list) {
      recipients.clear();
      list.forEach(this::addRecipient);
      return this;
    }

    /**
     * Appends an attachment.
     *
     * @param attachment the attachment
     * @return this builder
     */
    public Builder addAttachment(Attachment attachment) {
      attachments.add(Objects.requireNonNull(attachment, "attachment"));
      return this;
    }

    /**
     * Replaces all attachments.
     *
     * @param list the attachments in order
     * @return this builder
     */
    public Builder attachments(List<Attachment> list) {
      attachments.clear();
      list.forEach(this::addAttachment);
      return this;
    }

    /**
     * Appends a compound-file entry of the message's own storage that no property describes.
     *
     * @param entry the entry; not one named like a recipient or attachment storage, whose entries
     *     belong to {@link Recipient#withExtraEntries(List)} or {@link Attachment#withExtraEntries(List)}
     *     (the .msg writer rejects it)
     * @return this builder
     */
    public Builder addExtraEntry(CompoundEntry entry) {
      extraEntries.add(Objects.requireNonNull(entry, "entry"));
      return this;
    }

    /**
     * Replaces all compound-file entries that no property describes.
     *
     * @param list the entries in order; empty to clear
     * @return this builder
     */
    public Builder extraEntries(List<CompoundEntry> list) {
      extraEntries.clear();
      list.forEach(this::addExtraEntry);
      return this;
    }

    /**
     * Returns the recipients added so far.
     *
     * @return an unmodifiable copy
     */
    public List<Recipient> recipients() {
      return List.copyOf(recipients);
    }

    /**
     * Returns the attachments added so far.
     *
     * @return an unmodifiable copy
     */
    public List<Attachment> attachments() {
      return List.copyOf(attachments);
    }

    /**
     * Returns the message.
     *
     * @return an immutable message
     */
    public Message build() {
      return new Message(this);
    }
  }
}
