package org.xms4j.message;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.known.PidTag;

/**
 * An Attachment object: its properties and, for afEmbeddedMessage, the embedded Message object or,
 * for afStorage, the custom storage.
 *
 * <p>By-value data lives in the property PidTagAttachDataBinary; {@link #data()} returns it.
 * Immutable; equality by value.
 *
 * <p>Specified by [MS-OXCMSG] section 2.2.2.
 */
public final class Attachment {

  private final PropertyBag properties;
  private final @Nullable Message embeddedMessage;
  private final CompoundEntry.@Nullable Storage customStorage;

  private Attachment(PropertyBag properties, @Nullable Message embeddedMessage,
      CompoundEntry.@Nullable Storage customStorage) {
    this.properties = Objects.requireNonNull(properties, "properties");
    this.embeddedMessage = embeddedMessage;
    this.customStorage = customStorage;
  }

  /**
   * Returns an attachment with only properties (by value, by reference and so on).
   *
   * @param properties all properties, including PidTagAttachDataBinary for afByValue
   * @return the attachment
   */
  public static Attachment of(PropertyBag properties) {
    return new Attachment(properties, null, null);
  }

  /**
   * Returns an attachment holding an embedded Message object (afEmbeddedMessage).
   *
   * @param properties the attachment's own properties (PidTagAttachMethod 5, display name ...)
   * @param embedded the embedded message
   * @return the attachment
   */
  public static Attachment embedded(PropertyBag properties, Message embedded) {
    return new Attachment(properties, Objects.requireNonNull(embedded, "embedded"), null);
  }

  /**
   * Returns an attachment holding an application-specific storage (afStorage).
   *
   * @param properties the attachment's own properties (PidTagAttachMethod 6 ...)
   * @param storage the storage, kept as is
   * @return the attachment
   */
  public static Attachment storage(PropertyBag properties, CompoundEntry.Storage storage) {
    return new Attachment(properties, null, Objects.requireNonNull(storage, "storage"));
  }

  /**
   * Returns a hidden-or-visible by-value attachment with the usual properties: PidTagAttachMethod
   * afByValue, PidTagAttachLongFilename, PidTagDisplayName (same as the long file name),
   * PidTagAttachExtension (when the name has one), PidTagAttachMimeTag and PidTagAttachDataBinary.
   *
   * @param longFilename the file name with extension
   * @param mimeTag the content type, for example {@code image/jpeg}
   * @param data the contents
   * @return the attachment
   */
  public static Attachment byValue(String longFilename, String mimeTag, Bytes data) {
    PropertyBag.Builder b = PropertyBag.builder()
        .set(PidTag.ATTACH_METHOD, AttachMethod.BY_VALUE.value())
        .set(PidTag.ATTACH_LONG_FILENAME, longFilename)
        .set(PidTag.DISPLAY_NAME, longFilename);
    int dot = longFilename.lastIndexOf('.');
    if (dot > 0 && dot < longFilename.length() - 1) {
      b.set(PidTag.ATTACH_EXTENSION, longFilename.substring(dot));
    }
    b.set(PidTag.ATTACH_MIME_TAG, mimeTag).set(PidTag.ATTACH_DATA_BINARY, data);
    return of(b.build());
  }

  /**
   * Returns a copy with other properties and the same embedded message or storage.
   *
   * @param newProperties the properties
   * @return the attachment
   */
  public Attachment withProperties(PropertyBag newProperties) {
    return new Attachment(newProperties, embeddedMessage, customStorage);
  }

  /**
   * Returns the attachment's properties.
   *
   * @return the property bag
   */
  public PropertyBag properties() {
    return properties;
  }

  /**
   * Returns the embedded Message object of an afEmbeddedMessage attachment.
   *
   * @return the message, or empty
   */
  public Optional<Message> embeddedMessage() {
    return Optional.ofNullable(embeddedMessage);
  }

  /**
   * Returns the custom storage of an afStorage attachment.
   *
   * @return the storage, or empty
   */
  public Optional<CompoundEntry.Storage> customStorage() {
    return Optional.ofNullable(customStorage);
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
   * Returns the attach method from PidTagAttachMethod.
   *
   * @return the method, or empty when absent or not an [MS-OXCMSG] value
   */
  public Optional<AttachMethod> method() {
    return properties.find(PidTag.ATTACH_METHOD).flatMap(AttachMethod::fromValue);
  }

  /**
   * Returns PidTagAttachDataBinary, the contents of a by-value attachment.
   *
   * @return the bytes, or empty
   */
  public Optional<Bytes> data() {
    return properties.find(PidTag.ATTACH_DATA_BINARY);
  }

  /**
   * Returns PidTagAttachLongFilename.
   *
   * @return the file name, or empty
   */
  public Optional<String> longFilename() {
    return properties.find(PidTag.ATTACH_LONG_FILENAME);
  }

  /**
   * Returns PidTagAttachMimeTag.
   *
   * @return the content type, or empty
   */
  public Optional<String> mimeTag() {
    return properties.find(PidTag.ATTACH_MIME_TAG);
  }

  /**
   * Returns PidTagAttachContentId.
   *
   * @return the content id without angle brackets as stored, or empty
   */
  public Optional<String> contentId() {
    return properties.find(PidTag.ATTACH_CONTENT_ID);
  }

  /**
   * Returns PidTagAttachContentLocation.
   *
   * @return the content location, or empty
   */
  public Optional<String> contentLocation() {
    return properties.find(PidTag.ATTACH_CONTENT_LOCATION);
  }

  /**
   * Tells whether PidTagAttachmentHidden is true.
   *
   * @return true when hidden; false when false or absent
   */
  public boolean hidden() {
    return properties.find(PidTag.ATTACHMENT_HIDDEN).orElse(false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attachment a && properties.equals(a.properties)
        && Objects.equals(embeddedMessage, a.embeddedMessage) && Objects.equals(customStorage, a.customStorage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(properties, embeddedMessage, customStorage);
  }

  @Override
  public String toString() {
    return "Attachment[" + longFilename().orElse("?") + ", " + method().map(AttachMethod::specName).orElse("?")
        + (embeddedMessage != null ? ", embedded " + embeddedMessage : "") + "]";
  }
}
