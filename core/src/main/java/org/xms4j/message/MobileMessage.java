package org.xms4j.message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.known.MessageClass;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;

/**
 * A typed view of an SMS or MMS object over a {@link Message}: the [MS-OXOSMMS] properties, subject,
 * sender, recipients, times and state.
 *
 * <p>Views never change or check the message; a non-conforming message can be viewed, and the
 * validator reports on it. Accessors return empty when a property is absent or undecodable.
 *
 * <p>Specified by [MS-OXOSMMS] section 2.2.
 */
public sealed interface MobileMessage permits SmsMessage, MmsMessage {

  /**
   * Returns the Message object this view reads.
   *
   * @return the message
   */
  Message message();

  /**
   * Returns a view of a message when it is an SMS or MMS object: by message class
   * ({@link MessageClass#isSms}, {@link MessageClass#isMms}), else by PidNameContentClass
   * ({@code MS-OMS-SMS}/{@code MS-OMS-MMS}, case-insensitive), else by PidNameOMSServiceType.
   *
   * @param message the message
   * @return the view, or empty for other messages
   */
  static Optional<MobileMessage> from(Message message) {
    Optional<String> cls = message.messageClass();
    if (cls.isPresent()) {
      if (MessageClass.isSms(cls.get())) {
        return Optional.of(SmsMessage.of(message));
      }
      if (MessageClass.isMms(cls.get())) {
        return Optional.of(MmsMessage.of(message));
      }
    }
    Optional<String> cc = message.find(PidName.CONTENT_CLASS).map(s -> s.toUpperCase(Locale.ROOT));
    if (cc.isPresent() && cc.get().equals(MessageClass.CONTENT_CLASS_SMS)) {
      return Optional.of(SmsMessage.of(message));
    }
    if (cc.isPresent() && cc.get().equals(MessageClass.CONTENT_CLASS_MMS)) {
      return Optional.of(MmsMessage.of(message));
    }
    Optional<OmsServiceType> st = message.find(PidName.OMS_SERVICE_TYPE).flatMap(OmsServiceType::fromValue);
    if (st.isPresent()) {
      return Optional.of(st.get() == OmsServiceType.SMS ? SmsMessage.of(message) : MmsMessage.of(message));
    }
    return Optional.empty();
  }

  /**
   * Returns PidNameOMSAccountGuid ([MS-OXOSMMS] 2.2.1.1).
   *
   * @return the GUID text as stored, normally {@code {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}}
   */
  default Optional<String> accountGuid() {
    return message().find(PidName.OMS_ACCOUNT_GUID);
  }

  /**
   * Returns PidNameOMSScheduleTime ([MS-OXOSMMS] 2.2.1.2).
   *
   * @return the schedule time, UTC
   */
  default Optional<Instant> scheduleTime() {
    return message().find(PidName.OMS_SCHEDULE_TIME);
  }

  /**
   * Returns PidNameOMSServiceType ([MS-OXOSMMS] 2.2.1.3) as an enum.
   *
   * @return the service type; empty when absent or not 1 or 4 (see {@link #find(PropertyDefinition)}
   *     for the raw value)
   */
  default Optional<OmsServiceType> serviceType() {
    return message().find(PidName.OMS_SERVICE_TYPE).flatMap(OmsServiceType::fromValue);
  }

  /**
   * Returns PidNameOMSSourceType ([MS-OXOSMMS] 2.2.1.4) as an enum.
   *
   * @return the source type; empty when absent or not 0 to 4
   */
  default Optional<OmsSourceType> sourceType() {
    return message().find(PidName.OMS_SOURCE_TYPE).flatMap(OmsSourceType::fromValue);
  }

  /**
   * Returns PidNameContentClass ([MS-OXOSMMS] 2.2.1.5).
   *
   * @return the content class, normally {@code MS-OMS-SMS} or {@code MS-OMS-MMS}
   */
  default Optional<String> contentClass() {
    return message().find(PidName.CONTENT_CLASS);
  }

  /**
   * Returns PidNameOMSMobileModel ([MS-OXOSMMS] 2.2.1.6).
   *
   * @return the device model
   */
  default Optional<String> mobileModel() {
    return message().find(PidName.OMS_MOBILE_MODEL);
  }

  /**
   * Returns the value of any property of the message.
   *
   * @param <T> the Java type
   * @param definition the definition
   * @return the value, or empty
   */
  default <T> Optional<T> find(PropertyDefinition<T> definition) {
    return message().find(definition);
  }

  /**
   * Returns PidTagSubject.
   *
   * @return the subject
   */
  default Optional<String> subject() {
    return message().find(PidTag.SUBJECT);
  }

  /**
   * Returns PidTagNormalizedSubject.
   *
   * @return the normalized subject
   */
  default Optional<String> normalizedSubject() {
    return message().find(PidTag.NORMALIZED_SUBJECT);
  }

  /**
   * Returns the From party as a MOBILE address: PidTagSentRepresenting* when its address type is
   * MOBILE, else PidTagSender*.
   *
   * @return the sender, or empty when neither is a MOBILE address
   */
  default Optional<MobileAddress> sender() {
    PropertyBag p = message().properties();
    Optional<MobileAddress> rep = party(p, PidTag.SENT_REPRESENTING_ADDRESS_TYPE,
        PidTag.SENT_REPRESENTING_EMAIL_ADDRESS, PidTag.SENT_REPRESENTING_NAME);
    return rep.isPresent() ? rep
        : party(p, PidTag.SENDER_ADDRESS_TYPE, PidTag.SENDER_EMAIL_ADDRESS, PidTag.SENDER_NAME);
  }

  private static Optional<MobileAddress> party(PropertyBag p, PropertyDefinition<String> type,
      PropertyDefinition<String> address, PropertyDefinition<String> name) {
    if (!p.find(type).map(Recipient.ADDRESS_TYPE_MOBILE::equalsIgnoreCase).orElse(false)) {
      return Optional.empty();
    }
    return p.find(address).filter(a -> !a.isBlank()).map(a ->
        MobileAddress.of(p.find(name).filter(n -> !n.equals(a)).orElse(null), a));
  }

  /**
   * Returns the recipients of the message.
   *
   * @return the recipient list in order
   */
  default List<Recipient> recipients() {
    return message().recipients();
  }

  /**
   * Returns the MOBILE addresses of the recipients of one type, in order; recipients of other
   * address types are left out.
   *
   * @param type the recipient type
   * @return the addresses
   */
  default List<MobileAddress> recipientAddresses(RecipientType type) {
    List<MobileAddress> out = new ArrayList<>();
    for (Recipient r : message().recipients()) {
      if (r.type().map(type::equals).orElse(false)) {
        r.mobileAddress().ifPresent(out::add);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns PidTagClientSubmitTime: when the message was sent.
   *
   * @return the submit time, UTC
   */
  default Optional<Instant> submitTime() {
    return message().find(PidTag.CLIENT_SUBMIT_TIME);
  }

  /**
   * Returns PidTagMessageDeliveryTime: when the message was received.
   *
   * @return the delivery time, UTC
   */
  default Optional<Instant> deliveryTime() {
    return message().find(PidTag.MESSAGE_DELIVERY_TIME);
  }

  /**
   * Tells whether mfRead is set in PidTagMessageFlags.
   *
   * @return true when read; false when unread or the flags are absent
   */
  default boolean isRead() {
    return message().find(PidTag.MESSAGE_FLAGS).map(MessageFlag.READ::isSet).orElse(false);
  }

  /**
   * Tells whether mfUnsent is set in PidTagMessageFlags (a draft or outbox message).
   *
   * @return true when unsent
   */
  default boolean isUnsent() {
    return message().find(PidTag.MESSAGE_FLAGS).map(MessageFlag.UNSENT::isSet).orElse(false);
  }

  /**
   * The shared part of {@link SmsMessage.Builder} and {@link MmsMessage.Builder}.
   *
   * <p>A builder from {@code builder()} starts empty and fills in the conformant defaults of
   * [MS-OXOSMMS] on {@link #build()}: message class, PidNameContentClass, PidNameOMSServiceType,
   * PidTagIconIndex 0xFFFFFFFF, PidTagInternetCodepage 65001, PidTagMessageFlags and
   * PidTagHasAttachments, PidTagDisplayTo/Cc/Bcc, and PidTagRowid (the position) on recipients
   * without one. A builder from {@code toBuilder()} keeps every
   * property it is not told to change and recomputes only what depends on what was changed
   * (recipients change the display lists, attachments change mfHasAttach and PidTagHasAttachments,
   * and so on). No random ids and no clock reads: every time and id comes from the caller.
   *
   * @param <M> the view type built
   * @param <B> the concrete builder type
   */
  abstract class Builder<M extends MobileMessage, B extends Builder<M, B>> {
    /** The message being built. */
    final Message.Builder message;
    /** True for a builder from {@code builder()}: defaults are filled in. */
    final boolean fresh;
    boolean recipientsChanged;
    boolean attachmentsChanged;
    @Nullable Boolean read;
    @Nullable Boolean unsent;
    @Nullable Boolean fromMe;

    Builder(Message.Builder message, boolean fresh) {
      this.message = message;
      this.fresh = fresh;
    }

    abstract B self();

    /**
     * Sets any property; structural checks only.
     *
     * @param <T> the Java type
     * @param definition the definition
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException when the value cannot be encoded
     */
    public <T> B set(PropertyDefinition<T> definition, T value) {
      message.set(definition, value);
      return self();
    }

    /**
     * Removes any property, in either string form.
     *
     * @param definition the definition
     * @return this builder
     */
    public B remove(PropertyDefinition<?> definition) {
      message.remove(definition);
      return self();
    }

    /**
     * Sets PidNameOMSAccountGuid from text as given ([MS-OXOSMMS] 2.2.1.1).
     *
     * @param guidText normally {@code {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}}
     * @return this builder
     */
    public B accountGuid(String guidText) {
      return set(PidName.OMS_ACCOUNT_GUID, guidText);
    }

    /**
     * Sets PidNameOMSAccountGuid from a GUID, as upper-case text with braces.
     *
     * @param guid the account GUID
     * @return this builder
     */
    public B accountGuid(UUID guid) {
      return accountGuid("{" + guid.toString().toUpperCase(Locale.ROOT) + "}");
    }

    /**
     * Sets PidNameOMSScheduleTime ([MS-OXOSMMS] 2.2.1.2).
     *
     * @param time the schedule time, UTC, at 100 ns resolution or coarser
     * @return this builder
     * @throws IllegalArgumentException when the time cannot be a FILETIME
     */
    public B scheduleTime(Instant time) {
      return set(PidName.OMS_SCHEDULE_TIME, time);
    }

    /**
     * Sets PidNameOMSSourceType ([MS-OXOSMMS] 2.2.1.4).
     *
     * @param type the source type
     * @return this builder
     */
    public B sourceType(OmsSourceType type) {
      return set(PidName.OMS_SOURCE_TYPE, type.value());
    }

    /**
     * Sets PidNameOMSMobileModel ([MS-OXOSMMS] 2.2.1.6).
     *
     * @param model the device model
     * @return this builder
     */
    public B mobileModel(String model) {
      return set(PidName.OMS_MOBILE_MODEL, model);
    }

    /**
     * Sets the From party: PidTagSender* and the mirroring PidTagSentRepresenting* properties
     * (name, address type {@code MOBILE}, address the number).
     *
     * @param sender the sender
     * @return this builder
     */
    public B sender(MobileAddress sender) {
      Objects.requireNonNull(sender, "sender");
      set(PidTag.SENDER_NAME, sender.displayName());
      set(PidTag.SENDER_ADDRESS_TYPE, Recipient.ADDRESS_TYPE_MOBILE);
      set(PidTag.SENDER_EMAIL_ADDRESS, sender.number());
      set(PidTag.SENT_REPRESENTING_NAME, sender.displayName());
      set(PidTag.SENT_REPRESENTING_ADDRESS_TYPE, Recipient.ADDRESS_TYPE_MOBILE);
      return set(PidTag.SENT_REPRESENTING_EMAIL_ADDRESS, sender.number());
    }

    /**
     * Appends a MOBILE recipient.
     *
     * @param type the recipient type
     * @param address the party
     * @return this builder
     */
    public B addRecipient(RecipientType type, MobileAddress address) {
      return addRecipient(Recipient.mobile(type, address));
    }

    /**
     * Appends a recipient of any kind.
     *
     * @param recipient the recipient
     * @return this builder
     */
    public B addRecipient(Recipient recipient) {
      message.addRecipient(recipient);
      recipientsChanged = true;
      return self();
    }

    /**
     * Appends a MOBILE To recipient.
     *
     * @param address the party
     * @return this builder
     */
    public B to(MobileAddress address) {
      return addRecipient(RecipientType.TO, address);
    }

    /**
     * Removes all recipients.
     *
     * @return this builder
     */
    public B clearRecipients() {
      message.recipients(List.of());
      recipientsChanged = true;
      return self();
    }

    /**
     * Sets PidTagClientSubmitTime: when the message was sent.
     *
     * @param time the time, UTC
     * @return this builder
     * @throws IllegalArgumentException when the time cannot be a FILETIME
     */
    public B submitTime(Instant time) {
      return set(PidTag.CLIENT_SUBMIT_TIME, time);
    }

    /**
     * Sets PidTagMessageDeliveryTime: when the message was received.
     *
     * @param time the time, UTC
     * @return this builder
     * @throws IllegalArgumentException when the time cannot be a FILETIME
     */
    public B deliveryTime(Instant time) {
      return set(PidTag.MESSAGE_DELIVERY_TIME, time);
    }

    /**
     * Sets or clears mfRead in PidTagMessageFlags.
     *
     * @param value true for a read message
     * @return this builder
     */
    public B read(boolean value) {
      this.read = value;
      return self();
    }

    /**
     * Sets or clears mfUnsent in PidTagMessageFlags (drafts and outbox messages are unsent).
     *
     * @param value true for an unsent message
     * @return this builder
     */
    public B unsent(boolean value) {
      this.unsent = value;
      return self();
    }

    /**
     * Sets or clears mfFromMe in PidTagMessageFlags (messages the mailbox owner sent).
     *
     * @param value true for a message from the owner
     * @return this builder
     */
    public B fromMe(boolean value) {
      this.fromMe = value;
      return self();
    }

    <T> void setDefault(PropertyDefinition<T> d, T v) {
      if (fresh && !message.propertiesBuilder().build().has(d)) {
        message.set(d, v);
      }
    }

    /** Fills in defaults and derived properties; called by the subclasses' build(). */
    void finish(String messageClass, String contentClass, OmsServiceType serviceType) {
      setDefault(PidTag.MESSAGE_CLASS, messageClass);
      setDefault(PidName.CONTENT_CLASS, contentClass);
      setDefault(PidName.OMS_SERVICE_TYPE, serviceType.value());
      setDefault(PidTag.ICON_INDEX, 0xFFFFFFFF);
      setDefault(PidTag.INTERNET_CODEPAGE, org.xms4j.mapi.CodePage.UTF_8);
      PropertyBag current = message.propertiesBuilder().build();
      if (fresh || read != null || unsent != null || fromMe != null || attachmentsChanged) {
        int flags = current.find(PidTag.MESSAGE_FLAGS).orElse(0);
        flags = apply(flags, MessageFlag.READ, read);
        flags = apply(flags, MessageFlag.UNSENT, unsent);
        flags = apply(flags, MessageFlag.FROM_ME, fromMe);
        if (fresh || attachmentsChanged) {
          boolean has = !message.attachments().isEmpty();
          flags = apply(flags, MessageFlag.HAS_ATTACH, has);
          message.set(PidTag.HAS_ATTACHMENTS, has);
        }
        message.set(PidTag.MESSAGE_FLAGS, flags);
      }
      if (fresh || recipientsChanged) {
        message.numberRecipientRows().displayLists();
      }
    }

    private static int apply(int flags, MessageFlag f, @Nullable Boolean value) {
      if (value == null) {
        return flags;
      }
      return value ? flags | f.mask() : flags & ~f.mask();
    }


    /**
     * Returns the view of the built message.
     *
     * @return the immutable view
     */
    public abstract M build();
  }
}
