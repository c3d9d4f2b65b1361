package org.xms4j.mapi.known;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.xms4j.mapi.Bytes;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;
import org.xms4j.mapi.SpecReference;

/**
 * Definitions of tagged properties ({@code PidTag*}) with their [MS-OXPROPS] ids and types.
 *
 * <p>Each constant's Javadoc gives the canonical name, the tag and the defining section. Values are
 * read and written with {@link org.xms4j.mapi.PropertyBag#find(PropertyDefinition)} and
 * {@link org.xms4j.mapi.PropertyBag.Builder#set(PropertyDefinition, Object)}.
 */
public final class PidTag {

  private static final List<PropertyDefinition<?>> ALL = new ArrayList<>();
  /**
   * PidTagMessageClass (0x001A001F, PtypString). The message class: the type of the Message object, for example {@code IPM.Note.Mobile.SMS}.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.3.
   */
  public static final PropertyDefinition<String> MESSAGE_CLASS = add(PropertyDefinition.ofString("PidTagMessageClass",
      PropertyKey.tagged(0x001A, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.1.3")));
  /**
   * PidTagSubject (0x0037001F, PtypString). The full subject: prefix plus normalized subject.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.46.
   */
  public static final PropertyDefinition<String> SUBJECT = add(PropertyDefinition.ofString("PidTagSubject",
      PropertyKey.tagged(0x0037, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.1.46")));
  /**
   * PidTagSubjectPrefix (0x003D001F, PtypString). The subject prefix, for example {@code "RE: "}.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.9.
   */
  public static final PropertyDefinition<String> SUBJECT_PREFIX = add(PropertyDefinition.ofString("PidTagSubjectPrefix",
      PropertyKey.tagged(0x003D, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.1.9")));
  /**
   * PidTagNormalizedSubject (0x0E1D001F, PtypString). The subject without prefix; on SMS objects an abbreviation of the body ([MS-OXOSMMS] 2.2.2.4).
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.10.
   */
  public static final PropertyDefinition<String> NORMALIZED_SUBJECT = add(PropertyDefinition.ofString("PidTagNormalizedSubject",
      PropertyKey.tagged(0x0E1D, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.1.10")));
  /**
   * PidTagConversationTopic (0x0070001F, PtypString). The conversation topic.
   *
   * <p>Specified by [MS-OXPROPS] (entry PidTagConversationTopic).
   */
  public static final PropertyDefinition<String> CONVERSATION_TOPIC = add(PropertyDefinition.ofString("PidTagConversationTopic",
      PropertyKey.tagged(0x0070, PropertyType.STRING), SpecReference.of("MS-OXPROPS", "")));
  /**
   * PidTagBody (0x1000001F, PtypString). The plain text body.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.58.1.
   */
  public static final PropertyDefinition<String> BODY = add(PropertyDefinition.ofString("PidTagBody",
      PropertyKey.tagged(0x1000, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.1.58.1")));
  /**
   * PidTagHtml (0x10130102, PtypBinary). The HTML body as bytes in the code page of PidTagInternetCodepage.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.58.9.
   */
  public static final PropertyDefinition<Bytes> HTML = add(PropertyDefinition.ofBinary("PidTagHtml",
      PropertyKey.tagged(0x1013, PropertyType.BINARY), SpecReference.of("MS-OXCMSG", "2.2.1.58.9")));
  /**
   * PidTagBodyHtml (0x1013001F, PtypString). The HTML body as a string (same property id as PidTagHtml).
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.58.3.
   */
  public static final PropertyDefinition<String> BODY_HTML = add(PropertyDefinition.ofString("PidTagBodyHtml",
      PropertyKey.tagged(0x1013, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.1.58.3")));
  /**
   * PidTagRtfCompressed (0x10090102, PtypBinary). The RTF body compressed per [MS-OXRTFCP].
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.58.4.
   */
  public static final PropertyDefinition<Bytes> RTF_COMPRESSED = add(PropertyDefinition.ofBinary("PidTagRtfCompressed",
      PropertyKey.tagged(0x1009, PropertyType.BINARY), SpecReference.of("MS-OXCMSG", "2.2.1.58.4")));
  /**
   * PidTagRtfInSync (0x0E1F000B, PtypBoolean). True when the RTF body is in sync with PidTagBody.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.58.5.
   */
  public static final PropertyDefinition<Boolean> RTF_IN_SYNC = add(PropertyDefinition.ofBoolean("PidTagRtfInSync",
      PropertyKey.tagged(0x0E1F, PropertyType.BOOLEAN), SpecReference.of("MS-OXCMSG", "2.2.1.58.5")));
  /**
   * PidTagNativeBody (0x10160003, PtypInteger32). The best body format: 0 undefined, 1 plain text, 2 RTF, 3 HTML, 4 clear-signed.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.58.2.
   */
  public static final PropertyDefinition<Integer> NATIVE_BODY = add(PropertyDefinition.ofInteger32("PidTagNativeBody",
      PropertyKey.tagged(0x1016, PropertyType.INTEGER32), SpecReference.of("MS-OXCMSG", "2.2.1.58.2")));
  /**
   * PidTagInternetCodepage (0x3FDE0003, PtypInteger32). The code page of PidTagHtml bytes and of the body, for example 65001 (UTF-8).
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.58.6.
   */
  public static final PropertyDefinition<Integer> INTERNET_CODEPAGE = add(PropertyDefinition.ofInteger32("PidTagInternetCodepage",
      PropertyKey.tagged(0x3FDE, PropertyType.INTEGER32), SpecReference.of("MS-OXCMSG", "2.2.1.58.6")));
  /**
   * PidTagBodyContentId (0x1015001F, PtypString). The Content-ID of the body part.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.58.7.
   */
  public static final PropertyDefinition<String> BODY_CONTENT_ID = add(PropertyDefinition.ofString("PidTagBodyContentId",
      PropertyKey.tagged(0x1015, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.1.58.7")));
  /**
   * PidTagBodyContentLocation (0x1014001F, PtypString). The Content-Location of the body part.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.58.8.
   */
  public static final PropertyDefinition<String> BODY_CONTENT_LOCATION = add(PropertyDefinition.ofString("PidTagBodyContentLocation",
      PropertyKey.tagged(0x1014, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.1.58.8")));
  /**
   * PidTagMessageCodepage (0x3FFD0003, PtypInteger32). The code page of the PtypString8 properties of the message.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.4.
   */
  public static final PropertyDefinition<Integer> MESSAGE_CODEPAGE = add(PropertyDefinition.ofInteger32("PidTagMessageCodepage",
      PropertyKey.tagged(0x3FFD, PropertyType.INTEGER32), SpecReference.of("MS-OXCMSG", "2.2.1.4")));
  /**
   * PidTagMessageFlags (0x0E070003, PtypInteger32). The message flags (mfRead, mfUnsent, mfHasAttach ...); see {@link org.xms4j.message.MessageFlag}.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.6.
   */
  public static final PropertyDefinition<Integer> MESSAGE_FLAGS = add(PropertyDefinition.ofInteger32("PidTagMessageFlags",
      PropertyKey.tagged(0x0E07, PropertyType.INTEGER32), SpecReference.of("MS-OXCMSG", "2.2.1.6")));
  /**
   * PidTagHasAttachments (0x0E1B000B, PtypBoolean). True when the message has at least one attachment.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.2.
   */
  public static final PropertyDefinition<Boolean> HAS_ATTACHMENTS = add(PropertyDefinition.ofBoolean("PidTagHasAttachments",
      PropertyKey.tagged(0x0E1B, PropertyType.BOOLEAN), SpecReference.of("MS-OXCMSG", "2.2.1.2")));
  /**
   * PidTagIconIndex (0x10800003, PtypInteger32). The icon to show; 0xFFFFFFFF (-1) on SMS and MMS objects ([MS-OXOSMMS] 2.2.2.1).
   *
   * <p>Specified by [MS-OXOMSG] section 2.2.1.10.
   */
  public static final PropertyDefinition<Integer> ICON_INDEX = add(PropertyDefinition.ofInteger32("PidTagIconIndex",
      PropertyKey.tagged(0x1080, PropertyType.INTEGER32), SpecReference.of("MS-OXOMSG", "2.2.1.10")));
  /**
   * PidTagImportance (0x00170003, PtypInteger32). The importance: 0 low, 1 normal, 2 high.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.11.
   */
  public static final PropertyDefinition<Integer> IMPORTANCE = add(PropertyDefinition.ofInteger32("PidTagImportance",
      PropertyKey.tagged(0x0017, PropertyType.INTEGER32), SpecReference.of("MS-OXCMSG", "2.2.1.11")));
  /**
   * PidTagPriority (0x00260003, PtypInteger32). The priority: 1 urgent, 0 normal, 0xFFFFFFFF not urgent.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.12.
   */
  public static final PropertyDefinition<Integer> PRIORITY = add(PropertyDefinition.ofInteger32("PidTagPriority",
      PropertyKey.tagged(0x0026, PropertyType.INTEGER32), SpecReference.of("MS-OXCMSG", "2.2.1.12")));
  /**
   * PidTagSensitivity (0x00360003, PtypInteger32). The sensitivity: 0 normal, 1 personal, 2 private, 3 confidential.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.13.
   */
  public static final PropertyDefinition<Integer> SENSITIVITY = add(PropertyDefinition.ofInteger32("PidTagSensitivity",
      PropertyKey.tagged(0x0036, PropertyType.INTEGER32), SpecReference.of("MS-OXCMSG", "2.2.1.13")));
  /**
   * PidTagStoreSupportMask (0x340D0003, PtypInteger32). Store capabilities; bit STORE_UNICODE_OK (0x00040000) marks a Unicode .msg file.
   *
   * <p>Specified by [MS-OXMSG] section 2.1.1.1.
   */
  public static final PropertyDefinition<Integer> STORE_SUPPORT_MASK = add(PropertyDefinition.ofInteger32("PidTagStoreSupportMask",
      PropertyKey.tagged(0x340D, PropertyType.INTEGER32), SpecReference.of("MS-OXMSG", "2.1.1.1")));
  /**
   * PidTagClientSubmitTime (0x00390040, PtypTime). When the message was submitted (sent), UTC.
   *
   * <p>Specified by [MS-OXOMSG] section 2.2.3.11.
   */
  public static final PropertyDefinition<Instant> CLIENT_SUBMIT_TIME = add(PropertyDefinition.ofTime("PidTagClientSubmitTime",
      PropertyKey.tagged(0x0039, PropertyType.TIME), SpecReference.of("MS-OXOMSG", "2.2.3.11")));
  /**
   * PidTagMessageDeliveryTime (0x0E060040, PtypTime). When the message was delivered (received), UTC.
   *
   * <p>Specified by [MS-OXOMSG] section 2.2.3.9.
   */
  public static final PropertyDefinition<Instant> MESSAGE_DELIVERY_TIME = add(PropertyDefinition.ofTime("PidTagMessageDeliveryTime",
      PropertyKey.tagged(0x0E06, PropertyType.TIME), SpecReference.of("MS-OXOMSG", "2.2.3.9")));
  /**
   * PidTagCreationTime (0x30070040, PtypTime). When the object was created, UTC.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.3.
   */
  public static final PropertyDefinition<Instant> CREATION_TIME = add(PropertyDefinition.ofTime("PidTagCreationTime",
      PropertyKey.tagged(0x3007, PropertyType.TIME), SpecReference.of("MS-OXCMSG", "2.2.2.3")));
  /**
   * PidTagLastModificationTime (0x30080040, PtypTime). When the object was last modified, UTC.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.2.
   */
  public static final PropertyDefinition<Instant> LAST_MODIFICATION_TIME = add(PropertyDefinition.ofTime("PidTagLastModificationTime",
      PropertyKey.tagged(0x3008, PropertyType.TIME), SpecReference.of("MS-OXCMSG", "2.2.2.2")));
  /**
   * PidTagTransportMessageHeaders (0x007D001F, PtypString). The Internet header block of a received message.
   *
   * <p>Specified by [MS-OXOMSG] section 2.2.1.61.
   */
  public static final PropertyDefinition<String> TRANSPORT_MESSAGE_HEADERS = add(PropertyDefinition.ofString("PidTagTransportMessageHeaders",
      PropertyKey.tagged(0x007D, PropertyType.STRING), SpecReference.of("MS-OXOMSG", "2.2.1.61")));
  /**
   * PidTagInternetMessageId (0x1035001F, PtypString). The Message-ID header.
   *
   * <p>Specified by [MS-OXOMSG] section 2.2.1.12.
   */
  public static final PropertyDefinition<String> INTERNET_MESSAGE_ID = add(PropertyDefinition.ofString("PidTagInternetMessageId",
      PropertyKey.tagged(0x1035, PropertyType.STRING), SpecReference.of("MS-OXOMSG", "2.2.1.12")));
  /**
   * PidTagInReplyToId (0x1042001F, PtypString). The In-Reply-To header.
   *
   * <p>Specified by [MS-OXOMSG] section 2.2.1.13.
   */
  public static final PropertyDefinition<String> IN_REPLY_TO_ID = add(PropertyDefinition.ofString("PidTagInReplyToId",
      PropertyKey.tagged(0x1042, PropertyType.STRING), SpecReference.of("MS-OXOMSG", "2.2.1.13")));
  /**
   * PidTagInternetReferences (0x1039001F, PtypString). The References header.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.26.
   */
  public static final PropertyDefinition<String> INTERNET_REFERENCES = add(PropertyDefinition.ofString("PidTagInternetReferences",
      PropertyKey.tagged(0x1039, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.1.26")));
  /**
   * PidTagDisplayTo (0x0E04001F, PtypString). The display names of the To recipients, separated by "; ".
   *
   * <p>Specified by [MS-OXOMSG] section 2.2.1.9.
   */
  public static final PropertyDefinition<String> DISPLAY_TO = add(PropertyDefinition.ofString("PidTagDisplayTo",
      PropertyKey.tagged(0x0E04, PropertyType.STRING), SpecReference.of("MS-OXOMSG", "2.2.1.9")));
  /**
   * PidTagDisplayCc (0x0E03001F, PtypString). The display names of the Cc recipients, separated by "; ".
   *
   * <p>Specified by [MS-OXOMSG] section 2.2.1.8.
   */
  public static final PropertyDefinition<String> DISPLAY_CC = add(PropertyDefinition.ofString("PidTagDisplayCc",
      PropertyKey.tagged(0x0E03, PropertyType.STRING), SpecReference.of("MS-OXOMSG", "2.2.1.8")));
  /**
   * PidTagDisplayBcc (0x0E02001F, PtypString). The display names of the Bcc recipients, separated by "; ".
   *
   * <p>Specified by [MS-OXOMSG] section 2.2.1.7.
   */
  public static final PropertyDefinition<String> DISPLAY_BCC = add(PropertyDefinition.ofString("PidTagDisplayBcc",
      PropertyKey.tagged(0x0E02, PropertyType.STRING), SpecReference.of("MS-OXOMSG", "2.2.1.7")));
  /**
   * PidTagSenderName (0x0C1A001F, PtypString). The display name of the sender.
   *
   * <p>Specified by [MS-OXOMSG] section 2.2.1.51.
   */
  public static final PropertyDefinition<String> SENDER_NAME = add(PropertyDefinition.ofString("PidTagSenderName",
      PropertyKey.tagged(0x0C1A, PropertyType.STRING), SpecReference.of("MS-OXOMSG", "2.2.1.51")));
  /**
   * PidTagSenderEmailAddress (0x0C1F001F, PtypString). The address of the sender, in the form of PidTagSenderAddressType.
   *
   * <p>Specified by [MS-OXOMSG] section 2.2.1.49.
   */
  public static final PropertyDefinition<String> SENDER_EMAIL_ADDRESS = add(PropertyDefinition.ofString("PidTagSenderEmailAddress",
      PropertyKey.tagged(0x0C1F, PropertyType.STRING), SpecReference.of("MS-OXOMSG", "2.2.1.49")));
  /**
   * PidTagSenderAddressType (0x0C1E001F, PtypString). The address type of the sender, for example {@code SMTP} or {@code MOBILE}.
   *
   * <p>Specified by [MS-OXOMSG] section 2.2.1.48.
   */
  public static final PropertyDefinition<String> SENDER_ADDRESS_TYPE = add(PropertyDefinition.ofString("PidTagSenderAddressType",
      PropertyKey.tagged(0x0C1E, PropertyType.STRING), SpecReference.of("MS-OXOMSG", "2.2.1.48")));
  /**
   * PidTagSenderSmtpAddress (0x5D01001F, PtypString). The SMTP address of the sender.
   *
   * <p>Specified by [MS-OXPROPS] (entry PidTagSenderSmtpAddress).
   */
  public static final PropertyDefinition<String> SENDER_SMTP_ADDRESS = add(PropertyDefinition.ofString("PidTagSenderSmtpAddress",
      PropertyKey.tagged(0x5D01, PropertyType.STRING), SpecReference.of("MS-OXPROPS", "")));
  /**
   * PidTagSenderEntryId (0x0C190102, PtypBinary). The address book EntryID of the sender.
   *
   * <p>Specified by [MS-OXPROPS] (entry PidTagSenderEntryId).
   */
  public static final PropertyDefinition<Bytes> SENDER_ENTRY_ID = add(PropertyDefinition.ofBinary("PidTagSenderEntryId",
      PropertyKey.tagged(0x0C19, PropertyType.BINARY), SpecReference.of("MS-OXPROPS", "")));
  /**
   * PidTagSentRepresentingName (0x0042001F, PtypString). The display name of the party the message was sent on behalf of (the From party).
   *
   * <p>Specified by [MS-OXOMSG] section 2.2.1.57.
   */
  public static final PropertyDefinition<String> SENT_REPRESENTING_NAME = add(PropertyDefinition.ofString("PidTagSentRepresentingName",
      PropertyKey.tagged(0x0042, PropertyType.STRING), SpecReference.of("MS-OXOMSG", "2.2.1.57")));
  /**
   * PidTagSentRepresentingEmailAddress (0x0065001F, PtypString). The address of the From party.
   *
   * <p>Specified by [MS-OXOMSG] section 2.2.1.55.
   */
  public static final PropertyDefinition<String> SENT_REPRESENTING_EMAIL_ADDRESS = add(PropertyDefinition.ofString("PidTagSentRepresentingEmailAddress",
      PropertyKey.tagged(0x0065, PropertyType.STRING), SpecReference.of("MS-OXOMSG", "2.2.1.55")));
  /**
   * PidTagSentRepresentingAddressType (0x0064001F, PtypString). The address type of the From party.
   *
   * <p>Specified by [MS-OXOMSG] section 2.2.1.54.
   */
  public static final PropertyDefinition<String> SENT_REPRESENTING_ADDRESS_TYPE = add(PropertyDefinition.ofString("PidTagSentRepresentingAddressType",
      PropertyKey.tagged(0x0064, PropertyType.STRING), SpecReference.of("MS-OXOMSG", "2.2.1.54")));
  /**
   * PidTagSentRepresentingSmtpAddress (0x5D02001F, PtypString). The SMTP address of the From party.
   *
   * <p>Specified by [MS-OXOMSG] section 2.2.1.59.
   */
  public static final PropertyDefinition<String> SENT_REPRESENTING_SMTP_ADDRESS = add(PropertyDefinition.ofString("PidTagSentRepresentingSmtpAddress",
      PropertyKey.tagged(0x5D02, PropertyType.STRING), SpecReference.of("MS-OXOMSG", "2.2.1.59")));
  /**
   * PidTagSentRepresentingEntryId (0x00410102, PtypBinary). The address book EntryID of the From party.
   *
   * <p>Specified by [MS-OXPROPS] (entry PidTagSentRepresentingEntryId).
   */
  public static final PropertyDefinition<Bytes> SENT_REPRESENTING_ENTRY_ID = add(PropertyDefinition.ofBinary("PidTagSentRepresentingEntryId",
      PropertyKey.tagged(0x0041, PropertyType.BINARY), SpecReference.of("MS-OXPROPS", "")));
  /**
   * PidTagRecipientType (0x0C150003, PtypInteger32). The recipient type: 0 originator, 1 To, 2 Cc, 3 Bcc, with resend flags; see {@link org.xms4j.message.RecipientType}.
   *
   * <p>Specified by [MS-OXOMSG] section 2.2.3.1.
   */
  public static final PropertyDefinition<Integer> RECIPIENT_TYPE = add(PropertyDefinition.ofInteger32("PidTagRecipientType",
      PropertyKey.tagged(0x0C15, PropertyType.INTEGER32), SpecReference.of("MS-OXOMSG", "2.2.3.1")));
  /**
   * PidTagAddressType (0x3002001F, PtypString). The address type of a recipient, for example {@code SMTP} or {@code MOBILE}.
   *
   * <p>Specified by [MS-OXOABK] section 2.2.3.13.
   */
  public static final PropertyDefinition<String> ADDRESS_TYPE = add(PropertyDefinition.ofString("PidTagAddressType",
      PropertyKey.tagged(0x3002, PropertyType.STRING), SpecReference.of("MS-OXOABK", "2.2.3.13")));
  /**
   * PidTagEmailAddress (0x3003001F, PtypString). The address of a recipient, in the form of its address type (a phone number for MOBILE).
   *
   * <p>Specified by [MS-OXOABK] section 2.2.3.14.
   */
  public static final PropertyDefinition<String> EMAIL_ADDRESS = add(PropertyDefinition.ofString("PidTagEmailAddress",
      PropertyKey.tagged(0x3003, PropertyType.STRING), SpecReference.of("MS-OXOABK", "2.2.3.14")));
  /**
   * PidTagDisplayName (0x3001001F, PtypString). The display name of a recipient or attachment.
   *
   * <p>Specified by [MS-OXCFOLD] section 2.2.2.2.2.5.
   */
  public static final PropertyDefinition<String> DISPLAY_NAME = add(PropertyDefinition.ofString("PidTagDisplayName",
      PropertyKey.tagged(0x3001, PropertyType.STRING), SpecReference.of("MS-OXCFOLD", "2.2.2.2.2.5")));
  /**
   * PidTagSmtpAddress (0x39FE001F, PtypString). The SMTP address of a recipient.
   *
   * <p>Specified by [MS-OXOABK] section 2.2.3.21.
   */
  public static final PropertyDefinition<String> SMTP_ADDRESS = add(PropertyDefinition.ofString("PidTagSmtpAddress",
      PropertyKey.tagged(0x39FE, PropertyType.STRING), SpecReference.of("MS-OXOABK", "2.2.3.21")));
  /**
   * PidTagRowid (0x30000003, PtypInteger32). The row id of a recipient in the recipient table.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.38.
   */
  public static final PropertyDefinition<Integer> ROWID = add(PropertyDefinition.ofInteger32("PidTagRowid",
      PropertyKey.tagged(0x3000, PropertyType.INTEGER32), SpecReference.of("MS-OXCMSG", "2.2.1.38")));
  /**
   * PidTagEntryId (0x0FFF0102, PtypBinary). The EntryID of an object or address book entry.
   *
   * <p>Specified by [MS-OXPROPS] (entry PidTagEntryId).
   */
  public static final PropertyDefinition<Bytes> ENTRY_ID = add(PropertyDefinition.ofBinary("PidTagEntryId",
      PropertyKey.tagged(0x0FFF, PropertyType.BINARY), SpecReference.of("MS-OXPROPS", "")));
  /**
   * PidTagObjectType (0x0FFE0003, PtypInteger32). The MAPI object type (for example 6 MAPI_MAILUSER on recipients).
   *
   * <p>Specified by [MS-OXPROPS] (entry PidTagObjectType).
   */
  public static final PropertyDefinition<Integer> OBJECT_TYPE = add(PropertyDefinition.ofInteger32("PidTagObjectType",
      PropertyKey.tagged(0x0FFE, PropertyType.INTEGER32), SpecReference.of("MS-OXPROPS", "")));
  /**
   * PidTagDisplayType (0x39000003, PtypInteger32). The display type of a recipient (0 DT_MAILUSER).
   *
   * <p>Specified by [MS-OXPROPS] (entry PidTagDisplayType).
   */
  public static final PropertyDefinition<Integer> DISPLAY_TYPE = add(PropertyDefinition.ofInteger32("PidTagDisplayType",
      PropertyKey.tagged(0x3900, PropertyType.INTEGER32), SpecReference.of("MS-OXPROPS", "")));
  /**
   * PidTagRecipientDisplayName (0x5FF6001F, PtypString). The display name of a recipient row.
   *
   * <p>Specified by [MS-OXPROPS] (entry PidTagRecipientDisplayName).
   */
  public static final PropertyDefinition<String> RECIPIENT_DISPLAY_NAME = add(PropertyDefinition.ofString("PidTagRecipientDisplayName",
      PropertyKey.tagged(0x5FF6, PropertyType.STRING), SpecReference.of("MS-OXPROPS", "")));
  /**
   * PidTagSearchKey (0x300B0102, PtypBinary). The search key of an object or address.
   *
   * <p>Specified by [MS-OXPROPS] (entry PidTagSearchKey).
   */
  public static final PropertyDefinition<Bytes> SEARCH_KEY = add(PropertyDefinition.ofBinary("PidTagSearchKey",
      PropertyKey.tagged(0x300B, PropertyType.BINARY), SpecReference.of("MS-OXPROPS", "")));
  /**
   * PidTagAttachNumber (0x0E210003, PtypInteger32). The number that identifies the attachment within the message; unique.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.6.
   */
  public static final PropertyDefinition<Integer> ATTACH_NUMBER = add(PropertyDefinition.ofInteger32("PidTagAttachNumber",
      PropertyKey.tagged(0x0E21, PropertyType.INTEGER32), SpecReference.of("MS-OXCMSG", "2.2.2.6")));
  /**
   * PidTagAttachMethod (0x37050003, PtypInteger32). How the attachment is stored (afByValue, afEmbeddedMessage ...); see {@link org.xms4j.message.AttachMethod}.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.9.
   */
  public static final PropertyDefinition<Integer> ATTACH_METHOD = add(PropertyDefinition.ofInteger32("PidTagAttachMethod",
      PropertyKey.tagged(0x3705, PropertyType.INTEGER32), SpecReference.of("MS-OXCMSG", "2.2.2.9")));
  /**
   * PidTagAttachDataBinary (0x37010102, PtypBinary). The contents of an afByValue attachment.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.7.
   */
  public static final PropertyDefinition<Bytes> ATTACH_DATA_BINARY = add(PropertyDefinition.ofBinary("PidTagAttachDataBinary",
      PropertyKey.tagged(0x3701, PropertyType.BINARY), SpecReference.of("MS-OXCMSG", "2.2.2.7")));
  /**
   * PidTagAttachLongFilename (0x3707001F, PtypString). The full file name of the attachment, with extension.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.10.
   */
  public static final PropertyDefinition<String> ATTACH_LONG_FILENAME = add(PropertyDefinition.ofString("PidTagAttachLongFilename",
      PropertyKey.tagged(0x3707, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.2.10")));
  /**
   * PidTagAttachFilename (0x3704001F, PtypString). The 8.3 file name of the attachment.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.11.
   */
  public static final PropertyDefinition<String> ATTACH_FILENAME = add(PropertyDefinition.ofString("PidTagAttachFilename",
      PropertyKey.tagged(0x3704, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.2.11")));
  /**
   * PidTagAttachExtension (0x3703001F, PtypString). The file name extension of the attachment, with the period.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.12.
   */
  public static final PropertyDefinition<String> ATTACH_EXTENSION = add(PropertyDefinition.ofString("PidTagAttachExtension",
      PropertyKey.tagged(0x3703, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.2.12")));
  /**
   * PidTagAttachMimeTag (0x370E001F, PtypString). The Content-Type of the attachment, for example {@code image/jpeg}.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.29.
   */
  public static final PropertyDefinition<String> ATTACH_MIME_TAG = add(PropertyDefinition.ofString("PidTagAttachMimeTag",
      PropertyKey.tagged(0x370E, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.2.29")));
  /**
   * PidTagAttachContentId (0x3712001F, PtypString). The Content-ID of the attachment, without angle brackets; matches {@code cid:} URLs of the HTML body.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.29.
   */
  public static final PropertyDefinition<String> ATTACH_CONTENT_ID = add(PropertyDefinition.ofString("PidTagAttachContentId",
      PropertyKey.tagged(0x3712, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.2.29")));
  /**
   * PidTagAttachContentLocation (0x3713001F, PtypString). The Content-Location of the attachment.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.29.
   */
  public static final PropertyDefinition<String> ATTACH_CONTENT_LOCATION = add(PropertyDefinition.ofString("PidTagAttachContentLocation",
      PropertyKey.tagged(0x3713, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.2.29")));
  /**
   * PidTagAttachContentBase (0x3711001F, PtypString). The Content-Base of the attachment.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.29.
   */
  public static final PropertyDefinition<String> ATTACH_CONTENT_BASE = add(PropertyDefinition.ofString("PidTagAttachContentBase",
      PropertyKey.tagged(0x3711, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.2.29")));
  /**
   * PidTagAttachFlags (0x37140003, PtypInteger32). Rendering flags: 0x1 attInvisibleInHtml, 0x2 attInvisibleInRtf, 0x4 attRenderedInBody.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.18.
   */
  public static final PropertyDefinition<Integer> ATTACH_FLAGS = add(PropertyDefinition.ofInteger32("PidTagAttachFlags",
      PropertyKey.tagged(0x3714, PropertyType.INTEGER32), SpecReference.of("MS-OXCMSG", "2.2.2.18")));
  /**
   * PidTagAttachmentHidden (0x7FFE000B, PtypBoolean). True when the attachment is hidden from the user.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.24.
   */
  public static final PropertyDefinition<Boolean> ATTACHMENT_HIDDEN = add(PropertyDefinition.ofBoolean("PidTagAttachmentHidden",
      PropertyKey.tagged(0x7FFE, PropertyType.BOOLEAN), SpecReference.of("MS-OXCMSG", "2.2.2.24")));
  /**
   * PidTagAttachmentFlags (0x7FFD0003, PtypInteger32). Attachment flags; 0 unless an extending protocol says otherwise.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.23.
   */
  public static final PropertyDefinition<Integer> ATTACHMENT_FLAGS = add(PropertyDefinition.ofInteger32("PidTagAttachmentFlags",
      PropertyKey.tagged(0x7FFD, PropertyType.INTEGER32), SpecReference.of("MS-OXCMSG", "2.2.2.23")));
  /**
   * PidTagRenderingPosition (0x370B0003, PtypInteger32). Where the attachment is rendered in the body, in characters; 0xFFFFFFFF for not rendered.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.16.
   */
  public static final PropertyDefinition<Integer> RENDERING_POSITION = add(PropertyDefinition.ofInteger32("PidTagRenderingPosition",
      PropertyKey.tagged(0x370B, PropertyType.INTEGER32), SpecReference.of("MS-OXCMSG", "2.2.2.16")));
  /**
   * PidTagAttachSize (0x0E200003, PtypInteger32). The size of the attachment object in bytes (set by the store).
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.5.
   */
  public static final PropertyDefinition<Integer> ATTACH_SIZE = add(PropertyDefinition.ofInteger32("PidTagAttachSize",
      PropertyKey.tagged(0x0E20, PropertyType.INTEGER32), SpecReference.of("MS-OXCMSG", "2.2.2.5")));
  /**
   * PidTagAttachTag (0x370A0102, PtypBinary). The ASN.1 OID of the application that supplied the attachment.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.15.
   */
  public static final PropertyDefinition<Bytes> ATTACH_TAG = add(PropertyDefinition.ofBinary("PidTagAttachTag",
      PropertyKey.tagged(0x370A, PropertyType.BINARY), SpecReference.of("MS-OXCMSG", "2.2.2.15")));
  /**
   * PidTagAttachEncoding (0x37020102, PtypBinary). The encoding of the attachment (MacBinary OID) or absent.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.20.
   */
  public static final PropertyDefinition<Bytes> ATTACH_ENCODING = add(PropertyDefinition.ofBinary("PidTagAttachEncoding",
      PropertyKey.tagged(0x3702, PropertyType.BINARY), SpecReference.of("MS-OXCMSG", "2.2.2.20")));
  /**
   * PidTagTextAttachmentCharset (0x371B001F, PtypString). The charset parameter of a text attachment's Content-Type.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.25.
   */
  public static final PropertyDefinition<String> TEXT_ATTACHMENT_CHARSET = add(PropertyDefinition.ofString("PidTagTextAttachmentCharset",
      PropertyKey.tagged(0x371B, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.2.25")));
  /**
   * PidTagAttachLongPathname (0x370D001F, PtypString). The path of an attachment stored by reference.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.13.
   */
  public static final PropertyDefinition<String> ATTACH_LONG_PATHNAME = add(PropertyDefinition.ofString("PidTagAttachLongPathname",
      PropertyKey.tagged(0x370D, PropertyType.STRING), SpecReference.of("MS-OXCMSG", "2.2.2.13")));
  /**
   * PidTagMimeSkeleton (0x64F00102, PtypBinary). The MIME structure of a message received as MIME, without part bodies.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.28.
   */
  public static final PropertyDefinition<Bytes> MIME_SKELETON = add(PropertyDefinition.ofBinary("PidTagMimeSkeleton",
      PropertyKey.tagged(0x64F0, PropertyType.BINARY), SpecReference.of("MS-OXCMSG", "2.2.1.28")));
  /**
   * PidTagHasNamedProperties (0x664A000B, PtypBoolean). True when the message supports named properties.
   *
   * <p>Specified by [MS-OXPROPS] (entry PidTagHasNamedProperties).
   */
  public static final PropertyDefinition<Boolean> HAS_NAMED_PROPERTIES = add(PropertyDefinition.ofBoolean("PidTagHasNamedProperties",
      PropertyKey.tagged(0x664A, PropertyType.BOOLEAN), SpecReference.of("MS-OXPROPS", "")));
  /**
   * PidTagReadReceiptRequested (0x0029000B, PtypBoolean). True when the sender asked for a read receipt.
   *
   * <p>Specified by [MS-OXPROPS] (entry PidTagReadReceiptRequested).
   */
  public static final PropertyDefinition<Boolean> READ_RECEIPT_REQUESTED = add(PropertyDefinition.ofBoolean("PidTagReadReceiptRequested",
      PropertyKey.tagged(0x0029, PropertyType.BOOLEAN), SpecReference.of("MS-OXPROPS", "")));
  /**
   * PidTagReplyRecipientNames (0x0050001F, PtypString). The display names of the reply-to recipients, separated by ";".
   *
   * <p>Specified by [MS-OXPROPS] (entry PidTagReplyRecipientNames).
   */
  public static final PropertyDefinition<String> REPLY_RECIPIENT_NAMES = add(PropertyDefinition.ofString("PidTagReplyRecipientNames",
      PropertyKey.tagged(0x0050, PropertyType.STRING), SpecReference.of("MS-OXPROPS", "")));
  /**
   * PidTagMessageLocaleId (0x3FF10003, PtypInteger32). The Windows locale identifier (LCID) of the
   * message, for example 1041 (Japanese); its ANSI code page decodes PtypString8 values when
   * PidTagMessageCodepage is absent.
   *
   * <p>Specified by [MS-OXPROPS] (entry PidTagMessageLocaleId).
   */
  public static final PropertyDefinition<Integer> MESSAGE_LOCALE_ID = add(PropertyDefinition.ofInteger32(
      "PidTagMessageLocaleId", PropertyKey.tagged(0x3FF1, PropertyType.INTEGER32), SpecReference.of("MS-OXPROPS", "")));

  /**
   * PidTagAttachmentLinkId (0x7FFA0003, PtypInteger32). The type of a link to another attachment; 0
   * unless an extending protocol says otherwise ([MS-OXCMSG] 2.2.2 rules).
   *
   * <p>Specified by [MS-OXPROPS] (entry PidTagAttachmentLinkId).
   */
  public static final PropertyDefinition<Integer> ATTACHMENT_LINK_ID = add(PropertyDefinition.ofInteger32(
      "PidTagAttachmentLinkId", PropertyKey.tagged(0x7FFA, PropertyType.INTEGER32), SpecReference.of("MS-OXPROPS", "")));

  /**
   * PidTagAttachAdditionalInformation (0x370F0102, PtypBinary). The Macintosh creator and type of a
   * MacBinary attachment ({@code :CREA:TYPE}); empty when PidTagAttachEncoding is unset.
   *
   * <p>Specified by [MS-OXPROPS] (entry PidTagAttachAdditionalInformation).
   */
  public static final PropertyDefinition<Bytes> ATTACH_ADDITIONAL_INFORMATION = add(PropertyDefinition.ofBinary(
      "PidTagAttachAdditionalInformation", PropertyKey.tagged(0x370F, PropertyType.BINARY),
      SpecReference.of("MS-OXPROPS", "")));

  /**
   * PidTagAttachDataObject (0x3701000D, PtypObject): the embedded Message object or custom storage
   * of an attachment. In the object model this is {@link org.xms4j.message.Attachment#embeddedMessage()}
   * or {@link org.xms4j.message.Attachment#customStorage()}, never a property value.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.2.8.
   */
  public static final PropertyDefinition<PropertyValue> ATTACH_DATA_OBJECT = add(PropertyDefinition.ofRaw(
      "PidTagAttachDataObject", PropertyKey.tagged(0x3701, PropertyType.OBJECT),
      SpecReference.of("MS-OXCMSG", "2.2.2.8")));

  private PidTag() {
  }

  private static <T> PropertyDefinition<T> add(PropertyDefinition<T> d) {
    ALL.add(d);
    return d;
  }

  /**
   * Returns every definition in this class, in declaration order.
   *
   * @return an unmodifiable list
   */
  public static List<PropertyDefinition<?>> all() {
    return List.copyOf(ALL);
  }
}
