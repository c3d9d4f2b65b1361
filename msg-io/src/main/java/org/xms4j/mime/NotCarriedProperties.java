package org.xms4j.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.known.PidLid;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;

/**
 * The one documented list of known properties that a Message object to MIME to Message object round
 * trip does not keep, with the reason for each.
 *
 * <p>{@link MimeConverter#toMime} reports every property that does not survive the round trip, listed
 * here or not (unknown properties get a generic reason); this list says which known properties are
 * expected there. Some entries are lost only in some cases (the condition is in the reason).
 * Everything else a MIME reader gets back unchanged: subject and its parts, the body (PidTagBody,
 * PidTagHtml with PidTagInternetCodepage), PidTagBodyContentId and -Location, the sender and
 * represented sender, recipients (type, display name, address type SMTP or MOBILE, address, SMTP
 * address), PidTagClientSubmitTime to the second, PidTagInternetMessageId, PidTagInReplyToId,
 * PidTagInternetReferences, PidTagImportance, PidTagPriority, PS_INTERNET_HEADERS properties,
 * PidNameContentClass, and for attachments the data, file name, display name, extension, MIME type,
 * content id, content location, content base, text charset, inline state and embedded messages; the
 * SMS and MMS defaults of [MS-OXOSMMS] (message class, service type, icon index) come back from the
 * Content-Class header.
 */
public final class NotCarriedProperties {

  /**
   * One property MIME does not carry.
   *
   * @param definition the property
   * @param reason why no MIME header or part carries it
   */
  public record Entry(PropertyDefinition<?> definition, String reason) {
    /**
     * Checks the components.
     *
     * @param definition the {@code definition} component
     * @param reason the {@code reason} component
     * @throws NullPointerException when a component is null
     */
    public Entry {
      Objects.requireNonNull(definition, "definition");
      Objects.requireNonNull(reason, "reason");
    }
  }

  private static final String STORE = "set by the message store; MIME has no header for it";
  private static final String NO_HEADER = "no MIME header carries it ([MS-OXCMAIL] maps none to it)";

  private static final List<Entry> ALL = List.of(
      new Entry(PidTag.MESSAGE_CLASS, "MIME carries the message class only through Content-Class: readers set"
          + " IPM.Note, or the SMS/MMS class for MS-OMS-SMS/MS-OMS-MMS mail; other classes are lost"),
      new Entry(PidTag.CONVERSATION_TOPIC, NO_HEADER + " in this converter (Thread-Topic is kept as an Internet"
          + " header property)"),
      new Entry(PidTag.BODY_HTML, "written as the text/html part; readers store HTML as PidTagHtml bytes"),
      // RTF that encapsulates HTML ([MS-OXRTFEX]) is written as that HTML and reported so by the writer
      new Entry(PidTag.RTF_COMPRESSED, "RTF formatting is not converted (MIME has no RTF body); the plain-text body "
          + "is written"),
      new Entry(PidTag.RTF_IN_SYNC, "describes the RTF body, which is not carried"),
      new Entry(PidTag.NATIVE_BODY, STORE),
      new Entry(PidTag.MESSAGE_CODEPAGE, "describes PtypString8 storage; MIME text carries its own charset"),
      new Entry(PidTag.MESSAGE_FLAGS, "message state (read, unsent, from me ...) has no header; readers set only"
          + " mfHasAttach"),
      new Entry(PidTag.ICON_INDEX, "readers set it only on SMS and MMS objects (0xFFFFFFFF)"),
      new Entry(PidTag.SENSITIVITY, NO_HEADER + " in this converter (the Sensitivity header is kept as an Internet"
          + " header property)"),
      new Entry(PidTag.STORE_SUPPORT_MASK, STORE),
      new Entry(PidTag.MESSAGE_DELIVERY_TIME, STORE + " (a receiving store sets the delivery time; readers take it "
          + "from the newest Received field, which only relays write)"),
      new Entry(PidTag.CREATION_TIME, STORE),
      new Entry(PidTag.LAST_MODIFICATION_TIME, STORE),
      new Entry(PidTag.TRANSPORT_MESSAGE_HEADERS, "a record of the headers a message arrived with; writers"
          + " write the headers from the properties they map to, and readers record the new header block"),
      new Entry(PidTag.SENDER_ENTRY_ID, "an address book entry id; MIME carries addresses only"),
      new Entry(PidTag.SENT_REPRESENTING_ENTRY_ID, "an address book entry id; MIME carries addresses only"),
      new Entry(PidTag.ROWID, STORE),
      new Entry(PidTag.ENTRY_ID, "an address book entry id; MIME carries addresses only"),
      new Entry(PidTag.RECIPIENT_DISPLAY_NAME, NO_HEADER),
      new Entry(PidTag.SEARCH_KEY, STORE),
      new Entry(PidTag.ATTACH_NUMBER, STORE),
      new Entry(PidTag.ATTACH_FILENAME, "the 8.3 short name; MIME carries the long file name"),
      new Entry(PidTag.ATTACHMENT_FLAGS, NO_HEADER),
      new Entry(PidTag.RENDERING_POSITION, "a character position in an RTF or text body; readers set it only on"
          + " MMS parts (0xFFFFFFFF)"),
      new Entry(PidTag.ATTACH_SIZE, STORE),
      new Entry(PidTag.OBJECT_TYPE, STORE + " (the MAPI object type of the attachment)"),
      new Entry(PidTag.ATTACH_TAG, NO_HEADER),
      new Entry(PidTag.ATTACH_ENCODING, NO_HEADER),
      new Entry(PidTag.ATTACH_LONG_PATHNAME, "attachments by reference have no data to put in a MIME part"),
      new Entry(PidTag.MIME_SKELETON, "a reader's record of MIME it received; regenerated MIME replaces it"),
      new Entry(PidTag.HAS_NAMED_PROPERTIES, STORE),
      new Entry(PidTag.READ_RECEIPT_REQUESTED, NO_HEADER + " in this converter (Disposition-Notification-To is"
          + " kept as an Internet header property)"),
      new Entry(PidTag.REPLY_RECIPIENT_NAMES, NO_HEADER + " in this converter (Reply-To is kept as an Internet"
          + " header property)"),
      new Entry(PidName.OMS_ACCOUNT_GUID, "[MS-OMS] 2.2.2.1 mobile mail has no header for the OMS account"),
      new Entry(PidName.OMS_SCHEDULE_TIME, "[MS-OMS] 2.2.2.1 mobile mail has no header for the schedule time"),
      new Entry(PidName.OMS_SOURCE_TYPE, "[MS-OMS] 2.2.2.1 mobile mail has no header for the source type"),
      new Entry(PidName.OMS_MOBILE_MODEL, "[MS-OMS] 2.2.2.1 mobile mail has no header for the device model"),
      new Entry(PidLid.SMART_NO_ATTACH, NO_HEADER));

  private NotCarriedProperties() {
  }

  /**
   * Returns every entry.
   *
   * @return the entries, message properties first, then recipient and attachment ones
   */
  public static List<Entry> all() {
    return ALL;
  }

  /**
   * Returns the definitions of every entry.
   *
   * @return the definitions in list order
   */
  public static List<PropertyDefinition<?>> definitions() {
    List<PropertyDefinition<?>> out = new ArrayList<>();
    for (Entry e : ALL) {
      out.add(e.definition());
    }
    return List.copyOf(out);
  }

  /**
   * Returns the reason a property is not carried, when it is in the list; a PtypString8 key finds
   * the entry of its PtypString twin.
   *
   * @param key the property key
   * @return the reason, or empty for properties not in the list
   */
  public static Optional<String> reason(PropertyKey key) {
    for (Entry e : ALL) {
      PropertyKey k = e.definition().key();
      if (k.equals(key) || k.type() == PropertyType.STRING && key.type() == PropertyType.STRING8
          && k.withType(PropertyType.STRING8).equals(key)) {
        return Optional.of(e.reason());
      }
    }
    return Optional.empty();
  }
}
