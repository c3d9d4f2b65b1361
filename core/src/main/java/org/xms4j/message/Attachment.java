package org.xms4j.message;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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
 *
 * <p>An attachment read from a .msg file also keeps what its attachment storage
 * ({@code __attach_version1.0_#XXXXXXXX}, [MS-OXMSG] 2.2.2) holds beyond its properties and its
 * embedded message or custom storage: the storage's CLSID ([MS-CFB] 2.6.1,
 * {@link #storageClassId()}) and every stream or storage no property describes
 * ({@link #extraEntries()}). They belong to this attachment, so removing or reordering attachments
 * keeps them with it. Attachments built in code have neither.
 *
 * <p>Immutable; equality by value over all parts.
 *
 * <p>Specified by [MS-OXCMSG] section 2.2.2.
 */
public final class Attachment {

  private final PropertyBag properties;
  private final @Nullable Message embeddedMessage;
  private final CompoundEntry.@Nullable Storage customStorage;
  private final UUID storageClassId;
  private final List<CompoundEntry> extraEntries;

  private Attachment(PropertyBag properties, @Nullable Message embeddedMessage,
      CompoundEntry.@Nullable Storage customStorage, UUID storageClassId, List<CompoundEntry> extraEntries) {
    this.properties = Objects.requireNonNull(properties, "properties");
    this.embeddedMessage = embeddedMessage;
    this.customStorage = customStorage;
    this.storageClassId = Objects.requireNonNull(storageClassId, "storageClassId");
    this.extraEntries = List.copyOf(extraEntries);
  }

  private Attachment(PropertyBag properties, @Nullable Message embeddedMessage,
      CompoundEntry.@Nullable Storage customStorage) {
    this(properties, embeddedMessage, customStorage, CompoundEntry.Storage.NO_CLASS, List.of());
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
   * Returns a copy with other properties and the same embedded message or custom storage, storage
   * CLSID and extra entries.
   *
   * @param newProperties the properties
   * @return the attachment
   * @throws NullPointerException when {@code newProperties} is null
   */
  public Attachment withProperties(PropertyBag newProperties) {
    return new Attachment(newProperties, embeddedMessage, customStorage, storageClassId, extraEntries);
  }

  /**
   * Returns a copy with another storage CLSID and everything else the same.
   *
   * @param classId the CLSID of the attachment storage; {@link CompoundEntry.Storage#NO_CLASS} for none
   * @return the attachment
   * @throws NullPointerException when {@code classId} is null
   */
  public Attachment withStorageClassId(UUID classId) {
    return new Attachment(properties, embeddedMessage, customStorage, classId, extraEntries);
  }

  /**
   * Returns a copy whose attachment storage holds other streams and storages that no property
   * describes, and everything else the same.
   *
   * @param entries the entries in order; empty to clear. Written into the attachment storage as
   *     they are; the .msg writer rejects one named like a stream or storage it writes itself
   * @return the attachment
   * @throws NullPointerException when {@code entries} or one of them is null
   */
  public Attachment withExtraEntries(List<CompoundEntry> entries) {
    return new Attachment(properties, embeddedMessage, customStorage, storageClassId, entries);
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
   * Returns the CLSID of the attachment storage in a .msg file ([MS-CFB] 2.6.1).
   *
   * @return the CLSID; {@link CompoundEntry.Storage#NO_CLASS} (the nil UUID) when it has none, as
   *     Outlook writes it, and for attachments built in code
   */
  public UUID storageClassId() {
    return storageClassId;
  }

  /**
   * Returns the streams and storages of the attachment storage that no property describes, kept so
   * that writing the attachment back loses nothing. The embedded message or custom storage
   * ({@code __substg1.0_3701000D}) is not among them.
   *
   * @return an unmodifiable list, empty for attachments built in code
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
        && Objects.equals(embeddedMessage, a.embeddedMessage) && Objects.equals(customStorage, a.customStorage)
        && storageClassId.equals(a.storageClassId) && extraEntries.equals(a.extraEntries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(properties, embeddedMessage, customStorage, storageClassId, extraEntries);
  }

  @Override
  public String toString() {
    return "Attachment[" + longFilename().orElse("?") + ", " + method().map(AttachMethod::specName).orElse("?")
        + (embeddedMessage != null ? ", embedded " + embeddedMessage : "") + "]";
  }
}
