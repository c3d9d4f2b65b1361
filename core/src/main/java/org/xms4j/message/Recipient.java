package org.xms4j.message;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.known.PidTag;

/**
 * A Recipient object: a row of the recipient table, held as its properties.
 *
 * <p>Specified by [MS-OXCMSG] section 2.2.3 and [MS-OXOMSG] section 2.2.3.1 (PidTagRecipientType);
 * phone-number recipients are MOBILE addresses ([MS-ASMS] 2.2.2.1.1): PidTagAddressType
 * {@code MOBILE} and PidTagEmailAddress the number.
 *
 * <p>A recipient read from a .msg file also keeps what its recipient storage
 * ({@code __recip_version1.0_#XXXXXXXX}, [MS-OXMSG] 2.2.1) holds beyond its properties: the storage's
 * CLSID ([MS-CFB] 2.6.1) and every stream or storage no property describes. They belong to this
 * recipient, so removing or reordering recipients keeps them with it. Recipients built in code have
 * neither. Immutable; equality by value over all three components.
 *
 * @param properties all properties of the recipient
 * @param storageClassId the CLSID of the recipient storage in a .msg file;
 *     {@link CompoundEntry.Storage#NO_CLASS} (the nil UUID) when it has none, as Outlook writes it
 * @param extraEntries the streams and storages of the recipient storage that no property describes,
 *     kept so that writing the recipient back loses nothing; an unmodifiable list, empty for
 *     recipients built in code
 */
public record Recipient(PropertyBag properties, UUID storageClassId, List<CompoundEntry> extraEntries) {

  /** The address type of phone-number recipients: {@code MOBILE}. */
  public static final String ADDRESS_TYPE_MOBILE = "MOBILE";
  /** The address type of Internet mail recipients: {@code SMTP}. */
  public static final String ADDRESS_TYPE_SMTP = "SMTP";

  /**
   * Checks the components and copies the list.
   *
   * @param properties the {@code properties} component
   * @param storageClassId the {@code storageClassId} component
   * @param extraEntries the {@code extraEntries} component
   * @throws NullPointerException when an argument or an extra entry is null
   */
  public Recipient {
    Objects.requireNonNull(properties, "properties");
    Objects.requireNonNull(storageClassId, "storageClassId");
    extraEntries = List.copyOf(extraEntries);
  }

  /**
   * Creates a recipient with only properties: no storage CLSID and no extra entries.
   *
   * @param properties all properties of the recipient
   * @throws NullPointerException when {@code properties} is null
   */
  public Recipient(PropertyBag properties) {
    this(properties, CompoundEntry.Storage.NO_CLASS, List.of());
  }

  /**
   * Returns a recipient with type, display name, address type and address.
   *
   * <p>Sets PidTagRecipientType, PidTagDisplayName, PidTagAddressType, PidTagEmailAddress,
   * PidTagObjectType 6 (MAPI_MAILUSER) and PidTagDisplayType 0 (DT_MAILUSER), and for SMTP
   * PidTagSmtpAddress.
   *
   * @param type the recipient type
   * @param displayName the display name
   * @param addressType the address type, for example {@code SMTP} or {@code MOBILE}
   * @param address the address in that type's form
   * @return the recipient
   */
  public static Recipient of(RecipientType type, String displayName, String addressType, String address) {
    PropertyBag.Builder b = PropertyBag.builder()
        .set(PidTag.RECIPIENT_TYPE, type.value())
        .set(PidTag.DISPLAY_NAME, displayName)
        .set(PidTag.ADDRESS_TYPE, addressType)
        .set(PidTag.EMAIL_ADDRESS, address)
        .set(PidTag.OBJECT_TYPE, 6)
        .set(PidTag.DISPLAY_TYPE, 0);
    if (ADDRESS_TYPE_SMTP.equalsIgnoreCase(addressType)) {
      b.set(PidTag.SMTP_ADDRESS, address);
    }
    return new Recipient(b.build());
  }

  /**
   * Returns a MOBILE recipient: the display name is the address's name, or the number when it has
   * none.
   *
   * @param type the recipient type
   * @param address the party
   * @return the recipient
   */
  public static Recipient mobile(RecipientType type, MobileAddress address) {
    return of(type, address.displayName(), ADDRESS_TYPE_MOBILE, address.number());
  }

  /**
   * Returns a copy with other properties and the same storage CLSID and extra entries.
   *
   * @param newProperties the properties
   * @return the recipient
   * @throws NullPointerException when {@code newProperties} is null
   */
  public Recipient withProperties(PropertyBag newProperties) {
    return new Recipient(newProperties, storageClassId, extraEntries);
  }

  /**
   * Returns a copy with another storage CLSID.
   *
   * @param classId the CLSID of the recipient storage; {@link CompoundEntry.Storage#NO_CLASS} for none
   * @return the recipient
   * @throws NullPointerException when {@code classId} is null
   */
  public Recipient withStorageClassId(UUID classId) {
    return new Recipient(properties, classId, extraEntries);
  }

  /**
   * Returns a copy whose recipient storage holds other streams and storages that no property
   * describes.
   *
   * @param entries the entries in order; empty to clear. Written into the recipient storage as they
   *     are; the .msg writer rejects one named like a stream or storage it writes itself
   * @return the recipient
   * @throws NullPointerException when {@code entries} or one of them is null
   */
  public Recipient withExtraEntries(List<CompoundEntry> entries) {
    return new Recipient(properties, storageClassId, entries);
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
   * Returns the recipient type from PidTagRecipientType, ignoring resend flags.
   *
   * @return the type, or empty when absent or not 0 to 3
   */
  public Optional<RecipientType> type() {
    return properties.find(PidTag.RECIPIENT_TYPE).flatMap(RecipientType::fromValue);
  }

  /**
   * Returns PidTagDisplayName.
   *
   * @return the display name, or empty
   */
  public Optional<String> displayName() {
    return properties.find(PidTag.DISPLAY_NAME);
  }

  /**
   * Returns PidTagAddressType.
   *
   * @return the address type, or empty
   */
  public Optional<String> addressType() {
    return properties.find(PidTag.ADDRESS_TYPE);
  }

  /**
   * Returns PidTagEmailAddress.
   *
   * @return the address, or empty
   */
  public Optional<String> emailAddress() {
    return properties.find(PidTag.EMAIL_ADDRESS);
  }

  /**
   * Returns the recipient as a MOBILE address when its address type is {@code MOBILE}
   * (case-insensitive) and it has an address.
   *
   * @return the address with the display name when it differs from the number, or empty
   */
  public Optional<MobileAddress> mobileAddress() {
    if (!addressType().map(ADDRESS_TYPE_MOBILE::equalsIgnoreCase).orElse(false)) {
      return Optional.empty();
    }
    return emailAddress().filter(n -> !n.isBlank()).map(n -> MobileAddress.of(
        displayName().filter(d -> !d.equals(n)).orElse(null), n));
  }
}
