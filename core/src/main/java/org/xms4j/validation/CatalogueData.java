package org.xms4j.validation;

import static org.xms4j.validation.Level.MAY;
import static org.xms4j.validation.Level.MUST;
import static org.xms4j.validation.Level.SHOULD;
import static org.xms4j.validation.Scope.MESSAGE;
import static org.xms4j.validation.Scope.MIME;
import static org.xms4j.validation.Scope.MSG_FILE;
import static org.xms4j.validation.Scope.PROTOCOL;

import java.util.ArrayList;
import java.util.List;
import org.xms4j.mapi.SpecReference;

/** The entries of the rule catalogue, in id order within each group. Ids are never reused. */
final class CatalogueData {

  private static final String OXOSMMS = "MS-OXOSMMS";
  private static final String OXCMSG = "MS-OXCMSG";
  private static final String OXCMAIL = "MS-OXCMAIL";
  private static final String OXOMSG = "MS-OXOMSG";
  private static final String OXMSG = "MS-OXMSG";
  private static final String OMS = "MS-OMS";
  private static final String ASMS = "MS-ASMS";
  private static final String OUTLOOK = "Outlook";
  private static final String RFC2046 = "RFC2046";

  private static final String WIRE = "an [MS-OMS] web-service message, not a stored object; not applicable "
      + "until the wire-format work";
  private static final String ACTIVESYNC = "[MS-ASCMD] ActiveSync XML exchanged with a device, not a stored "
      + "object; xms4j reads no ActiveSync XML";

  private final List<RuleInfo> all = new ArrayList<>();

  private CatalogueData() {
  }

  static List<RuleInfo> entries() {
    CatalogueData d = new CatalogueData();
    d.internal();
    d.mobile();
    d.general();
    d.msgFile();
    d.mime();
    d.notApplicable();
    d.outlook();
    return List.copyOf(d.all);
  }

  private void rule(String id, Level level, String doc, String section, Scope scope, String summary,
      String... covers) {
    all.add(new RuleInfo(RuleId.of(id), level, SpecReference.of(doc, section), scope,
        id.startsWith("OUTLOOK-") ? Profile.OUTLOOK : Profile.SPEC, List.of(covers), summary, true, ""));
  }

  private void na(String id, Level level, String doc, String section, Scope scope, String summary,
      String reason, String... covers) {
    all.add(new RuleInfo(RuleId.of(id), level, SpecReference.of(doc, section), scope, Profile.SPEC,
        List.of(covers), summary, false, reason));
  }

  private void internal() {
    rule("XMS-R000", MUST, "xms4j", "", MESSAGE,
        "Every rule runs to completion; a rule that fails with an unexpected exception is reported here, "
            + "and the object is not taken as conformant");
  }

  private void mobile() {
    rule("XMS-R001", MUST, OXOSMMS, "2.2.1", MESSAGE,
        "The OMS named properties have their declared types: OMSAccountGuid and OMSMobileModel PtypString, "
            + "OMSScheduleTime PtypTime, OMSServiceType and OMSSourceType PtypInteger32",
        "OXOSMMS-01", "OXOSMMS-02", "OXOSMMS-03", "OXOSMMS-04", "OXOSMMS-05", "OXOSMMS-07");
    rule("XMS-R002", MUST, OXOSMMS, "2.2.1.1", MESSAGE,
        "PidNameOMSAccountGuid is a GUID in braces, {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}, hex digits of either case",
        "OXOSMMS-02");
    rule("XMS-R003", MUST, OXOSMMS, "2.2.1.3", MESSAGE,
        "PidNameOMSServiceType is 0x00000001 (SMS) or 0x00000004 (MMS)", "OXOSMMS-04");
    rule("XMS-R004", MUST, OXOSMMS, "2.2.1.4", MESSAGE,
        "PidNameOMSSourceType is 0 to 4 (XMS inspector, reminder, calendar summary, rule, unknown)", "OXOSMMS-05");
    rule("XMS-R005", MUST, OXOSMMS, "2.2.1.5", MESSAGE,
        "PidNameContentClass of an SMS or MMS object is MS-OMS-SMS or MS-OMS-MMS", "OXOSMMS-06", "OXCMSG-CC-1");
    rule("XMS-R006", SHOULD, OXOSMMS, "2.2.2.1", MESSAGE,
        "PidTagIconIndex is set on SMS and MMS objects", "OXOSMMS-08");
    rule("XMS-R007", MUST, OXOSMMS, "2.2.2.1", MESSAGE,
        "PidTagIconIndex, when set on an SMS or MMS object, is 0xFFFFFFFF", "OXOSMMS-09");
    rule("XMS-R008", MUST, OXOSMMS, "2.2.2.2", MESSAGE,
        "The message class of an SMS object is IPM.Note.Mobile.SMS or begins with it (compared case-insensitively)",
        "OXOSMMS-10", "OXCMSG-MC-6");
    rule("XMS-R009", MUST, OXOSMMS, "2.2.2.2", MESSAGE,
        "The message class of an MMS object is IPM.Note.Mobile.MMS or begins with IPM.Note.Mobile.MMS. "
            + "(period included; compared case-insensitively)",
        "OXOSMMS-11", "OXCMSG-MC-6");
    rule("XMS-R010", MUST, OXOSMMS, "2.2.2.3", MESSAGE,
        "The contents of an SMS object are a plain text body in PidTagBody", "OXOSMMS-13");
    rule("XMS-R011", SHOULD, OXOSMMS, "2.2.2.3", MESSAGE,
        "The plain text body of an SMS object comes with PidTagInternetCodepage ([MS-OXCMAIL] 2.1.3.3.1)",
        "OXOSMMS-13");
    rule("XMS-R012", MUST, OXOSMMS, "2.2.2.3", MESSAGE,
        "The contents of an MMS object are an HTML body in PidTagHtml (PtypBinary)", "OXOSMMS-14");
    rule("XMS-R013", SHOULD, OXOSMMS, "2.2.2.4", MESSAGE,
        "PidTagNormalizedSubject of an SMS object is an abbreviation of its body (a prefix of the text)",
        "OXOSMMS-15");
    rule("XMS-R014", MUST, OXOSMMS, "2.2.2.2", MESSAGE,
        "Message class, PidNameContentClass and PidNameOMSServiceType agree: all SMS or all MMS",
        "OXOSMMS-D1");
    rule("XMS-R015", MUST, OXOSMMS, "4.2", MESSAGE,
        "Every cid: URL in the HTML body of an MMS object names the PidTagAttachContentId of one of its attachments",
        "OXOSMMS-D2");
    rule("XMS-R016", MUST, OXOSMMS, "4.2", MESSAGE,
        "Every src of the SMIL presentation of an MMS object names an attachment by Content-ID (cid:) or "
            + "Content-Location (or file name), and the SMIL part is well-formed XML",
        "OXOSMMS-D3");
    rule("XMS-R017", SHOULD, OXOSMMS, "4.2", MESSAGE,
        "The attachments of an MMS object are hidden, attached by value, with PidTagAttachContentId, "
            + "PidTagAttachMimeTag and PidTagAttachLongFilename",
        "OXOSMMS-D4");
  }

  private void general() {
    rule("XMS-R020", MUST, OXCMSG, "2.2.1.3", MESSAGE,
        "Every character of PidTagMessageClass is ASCII 0x20 to 0x7F", "OXCMSG-MC-2");
    rule("XMS-R021", MUST, OXCMSG, "2.2.1.3", MESSAGE,
        "PidTagMessageClass does not end with a period", "OXCMSG-MC-3");
    rule("XMS-R022", MUST, OXCMSG, "2.2.1.3", MESSAGE,
        "PidTagMessageClass has 1 to 255 characters", "OXCMSG-MC-4");
    rule("XMS-R023", SHOULD, OXCMSG, "2.2.1.3", MESSAGE,
        "PidTagMessageClass has fewer than 128 characters", "OXCMSG-MC-5");
    rule("XMS-R024", MUST, OXCMSG, "2.2", MESSAGE,
        "Every known property of a message, recipient or attachment has the type MS-OXPROPS declares "
            + "(PtypString or PtypString8 for strings) and a decodable value",
        "OXCMSG-MISC-1", "OXCMSG-MC-1", "OXCMSG-BODY-1", "OXCMSG-BODY-2", "OXCMSG-BODY-4", "OXOSMMS-01",
        "OXOSMMS-06", "OXOSMMS-12");
    rule("XMS-R025", MUST, OXCMSG, "2.2.1.46", MESSAGE,
        "PidTagSubject is PidTagSubjectPrefix followed by PidTagNormalizedSubject", "OXCMSG-SUBJ-1", "OXCMSG-SUBJ-2");
    rule("XMS-R026", MUST, OXCMSG, "2.2.1.10", MESSAGE,
        "PidTagSubjectPrefix and PidTagNormalizedSubject together have fewer than 254 characters", "OXCMSG-SUBJ-3");
    rule("XMS-R027", MUST, OXCMSG, "2.2.1.6", MESSAGE,
        "PidTagMessageFlags has only the defined flag bits (mask 0x0000A7FF)", "OXCMSG-FLAG-1");
    rule("XMS-R028", MUST, OXCMSG, "2.2.1.6", MESSAGE,
        "mfHasAttach in PidTagMessageFlags is set exactly when the message has attachments", "OXCMSG-FLAG-4");
    rule("XMS-R029", MUST, OXCMSG, "2.2.1.2", MESSAGE,
        "PidTagHasAttachments is true exactly when the message has attachments", "OXCMSG-FLAG-4");
    rule("XMS-R030", MUST, OXCMSG, "2.2.1.11", MESSAGE,
        "PidTagImportance is 0 (low), 1 (normal) or 2 (high)", "OXCMSG-IMP-1");
    rule("XMS-R031", MUST, OXCMSG, "2.2.1.12", MESSAGE,
        "PidTagPriority is 0x00000001 (urgent), 0x00000000 (normal) or 0xFFFFFFFF (not urgent)", "OXCMSG-PRI-1");
    rule("XMS-R032", MUST, OXCMSG, "2.2.1.13", MESSAGE,
        "PidTagSensitivity is 0 (normal), 1 (personal), 2 (private) or 3 (confidential)", "OXCMSG-PRI-1");
    rule("XMS-R033", MUST, OXCMSG, "2.2.1.58.2", MESSAGE,
        "PidTagNativeBody is 0 (undefined), 1 (plain text), 2 (RTF), 3 (HTML) or 4 (clear-signed)", "OXCMSG-BODY-3");
    rule("XMS-R034", MUST, OXCMSG, "2.2.1.58.4", MESSAGE,
        "PidTagRtfCompressed is valid [MS-OXRTFCP] data: size fields match, type LZFu or MELA, CRC correct, "
            + "contents decode to RAWSIZE bytes",
        "OXCMSG-BODY-5");
    rule("XMS-R035", MUST, OXCMSG, "2.2.1.58.6", MESSAGE,
        "The bytes of PidTagHtml are valid text in the code page of PidTagInternetCodepage", "OXCMSG-BODY-6");
    rule("XMS-R036", MUST, OXCMSG, "2.2.1.58.8", MESSAGE,
        "PidTagBodyContentLocation is an absolute or relative URI", "OXCMSG-BODY-7");
    rule("XMS-R037", MUST, OXCMAIL, "2.1.3.3.1", MESSAGE,
        "A message with PidTagHtml has PidTagInternetCodepage", "OXCMAIL-01", "OXOSMMS-14");
    rule("XMS-R038", MUST, OXCMAIL, "2.1.3.3.1", MESSAGE,
        "PidTagInternetCodepage of a message with PidTagHtml is not UTF-16 or UTF-32 (1200, 1201, 12000, 12001)",
        "OXCMAIL-02", "OXOSMMS-14");
    rule("XMS-R039", SHOULD, OXCMAIL, "2.1.3.4.1", MESSAGE,
        "A message whose only body is plain text has no attachment marked as rendered in the body "
            + "(PidTagAttachFlags 0x4)",
        "OXCMAIL-04");
    rule("XMS-R040", MUST, OXCMAIL, "2.1.3.4.1.2", MESSAGE,
        "An attachment marked as rendered in the body (PidTagAttachFlags 0x4) has PidTagAttachContentId or "
            + "PidTagAttachContentLocation",
        "OXCMAIL-06");
    rule("XMS-R041", MUST, OXCMSG, "2.2.2.6", MESSAGE,
        "PidTagAttachNumber is unique among the attachments of a message", "OXCMSG-ATT-1");
    rule("XMS-R042", MUST, OXCMSG, "2.2.2.9", MESSAGE,
        "PidTagAttachMethod is 0, 1, 2, 4, 5, 6 or 7", "OXCMSG-ATT-2");
    rule("XMS-R043", MUST, OXCMSG, "2.2.2.9", MESSAGE,
        "An attachment has the data its method names: afByValue PidTagAttachDataBinary; afByReference, "
            + "afByReferenceOnly and afByWebReference PidTagAttachLongPathname; afEmbeddedMessage an embedded "
            + "message; afStorage a storage",
        "OXCMSG-ATT-2");
    rule("XMS-R044", MUST, OXCMSG, "2.2.2.18", MESSAGE,
        "PidTagAttachFlags has only the bits 0x1, 0x2 and 0x4", "OXCMSG-ATT-5");
    rule("XMS-R045", MUST, OXCMSG, "2.2.2.29", MESSAGE,
        "PidTagAttachContentId is unique among the attachments of a message", "OXCMSG-ATT-6");
    rule("XMS-R046", MUST, OXCMSG, "2.2.2.29", MESSAGE,
        "An attachment with a relative PidTagAttachContentLocation has PidTagAttachContentBase", "OXCMSG-ATT-7");
    rule("XMS-R047", MUST, OXCMSG, "2.2.2.22", MESSAGE,
        "PidTagAttachmentLinkId, when set, is 0x00000000", "OXCMSG-ATT-8");
    rule("XMS-R048", MUST, OXCMSG, "2.2.2.23", MESSAGE,
        "PidTagAttachmentFlags, when set, is 0x00000000", "OXCMSG-ATT-8");
    rule("XMS-R049", MUST, OXCMSG, "2.2.2.15", MESSAGE,
        "PidTagAttachTag, when set, is the OID of TNEF, afStorage or MIME", "OXCMSG-ATT-9");
    rule("XMS-R050", MUST, OXCMSG, "2.2.2.20", MESSAGE,
        "PidTagAttachEncoding, when set (an empty value counts as unset), is the MacBinary OID; without it "
            + "PidTagAttachAdditionalInformation is empty",
        "OXCMSG-ATT-10");
    rule("XMS-R051", SHOULD, OXCMSG, "2.2.2.10", MESSAGE,
        "PidTagDisplayName of an attachment is the same as its PidTagAttachLongFilename", "OXCMSG-ATT-11");
    rule("XMS-R052", SHOULD, OXCMSG, "2.2.2.11", MESSAGE,
        "PidTagAttachFilename is an 8.3 file name (up to 8 characters, a period and up to 3 characters)",
        "OXCMSG-ATT-11");
    rule("XMS-R053", MUST, OXCMSG, "2.2.1.14", MESSAGE,
        "PidLidSmartNoAttach is not true on a message with an attachment the user sees: not hidden, not "
            + "attRenderedInBody, not referenced from the HTML body by Content-ID or Content-Location (without an HTML body, "
            + "an attachment with a Content-ID counts as inline)", "OXCMSG-ATT-13");
    rule("XMS-R054", MUST, OXCMAIL, "2.1.3.1.1", MESSAGE,
        "Every recipient has PidTagRecipientType: 0 to 3, optionally with the resend flags 0x10000000 or 0x80000000",
        "OXCMSG-RCP-1", "OXCMAIL-10");
    rule("XMS-R055", MUST, OXCMAIL, "2.1.3.1.1", MESSAGE,
        "Every recipient has PidTagEntryId, or both PidTagAddressType and PidTagEmailAddress", "OXCMSG-RCP-2");
    rule("XMS-R056", SHOULD, OXCMAIL, "2.1.3.1.1", MESSAGE,
        "Every recipient has PidTagDisplayName, and one of address type SMTP also PidTagSmtpAddress",
        "OXCMSG-RCP-2");
    rule("XMS-R057", MUST, OXCMSG, "2.2.1.38", MESSAGE,
        "PidTagRowid is unique among the recipients of a message", "OXCMSG-RCP-3");
    rule("XMS-R058", SHOULD, OXOMSG, "2.2.1.9", MESSAGE,
        "PidTagDisplayTo, PidTagDisplayCc and PidTagDisplayBcc, when set, list the display names of the To, Cc "
            + "and Bcc recipients, separated by \"; \"",
        "OXCMSG-RCP-4");
    rule("XMS-R059", MUST, OXMSG, "2.2.1", MESSAGE,
        "A message has at most 2048 recipients and at most 2048 attachments", "OXCMSG-RCP-5", "OXMSG-13");
    rule("XMS-R060", SHOULD, ASMS, "2.2.2.1.1", MESSAGE,
        "A MOBILE address (address type MOBILE) is a non-blank phone number that fits the notation "
            + "\"Name\" [MOBILE:number]: no brackets, no control characters",
        "ASMS-03");
  }

  private void msgFile() {
    rule("XMS-R101", MUST, OXMSG, "2.4", MSG_FILE,
        "Every storage except __nameid_version1.0 has a property stream __properties_version1.0 of a header and "
            + "16-byte entries",
        "OXMSG-01");
    rule("XMS-R102", MUST, OXMSG, "2.4", MSG_FILE,
        "Every property of an object has exactly one entry in the object's property stream", "OXMSG-02");
    rule("XMS-R103", MUST, OXMSG, "2.4.1", MSG_FILE,
        "Property-stream headers are 32 bytes (top level), 24 bytes (embedded message) or 8 bytes (recipient, "
            + "attachment), reserved bytes 0",
        "OXMSG-03");
    rule("XMS-R104", MUST, OXMSG, "2.4.1.1", MSG_FILE,
        "The top-level Next Recipient ID and Next Attachment ID are 0 when there are no such storages", "OXMSG-04");
    rule("XMS-R105", MUST, OXMSG, "2.4.1.1", MSG_FILE,
        "Recipient Count and Attachment Count equal the number of recipient and attachment storages", "OXMSG-05");
    rule("XMS-R106", MUST, OXMSG, "2.4.2.1.1", MSG_FILE,
        "The padding of fixed-length property values is 0", "OXMSG-06");
    rule("XMS-R107", MUST, OXMSG, "2.4.2.2", MSG_FILE,
        "Variable-length entries give the stream size (+2 for PtypString, +1 for PtypString8), the length-stream "
            + "size for multi-valued properties, 0xFFFFFFFF for embedded-message and storage attachments",
        "OXMSG-07");
    rule("XMS-R108", MUST, OXMSG, "2.4.2.2", MSG_FILE,
        "String values have at least one character: no zero-length string streams", "OXMSG-08");
    rule("XMS-R109", MUST, OXMSG, "2.1.3", MSG_FILE,
        "Variable-length values are in streams named __substg1.0_ followed by the 8-hex-digit tag; PtypGuid "
            + "values too",
        "OXMSG-09");
    rule("XMS-R110", MUST, OXMSG, "2.1.1.1", MSG_FILE,
        "All strings are PtypString exactly when PidTagStoreSupportMask has STORE_UNICODE_OK (0x00040000); "
            + "no mixing",
        "OXMSG-10");
    rule("XMS-R111", MUST, OXMSG, "2.1.4", MSG_FILE,
        "Multi-valued properties: fixed ones in one stream; variable ones as a length stream plus one "
            + "-%08X stream per value, strings NUL-terminated",
        "OXMSG-11");
    rule("XMS-R112", MUST, OXMSG, "2.2.1", MSG_FILE,
        "Recipient and attachment storages are named __recip_version1.0_#%08X and __attach_version1.0_#%08X",
        "OXMSG-12");
    rule("XMS-R113", MUST, OXMSG, "2.2.1", MSG_FILE,
        "A .msg file has at most 2048 recipient storages and at most 2048 attachment storages", "OXMSG-13");
    rule("XMS-R114", MUST, OXMSG, "2.2.2.1", MSG_FILE,
        "An embedded message is in the substorage __substg1.0_3701000D of its attachment and has no "
            + "__nameid_version1.0",
        "OXMSG-14");
    rule("XMS-R115", MUST, OXMSG, "2.2.2.2", MSG_FILE,
        "An afStorage attachment keeps its data in the substorage __substg1.0_3701000D", "OXMSG-15");
    rule("XMS-R116", MUST, OXMSG, "2.2.3", MSG_FILE,
        "Exactly one __nameid_version1.0 storage, at top level, maps the named properties of the message and all "
            + "its subobjects",
        "OXMSG-16");
    rule("XMS-R117", MUST, OXMSG, "2.2.3.1.2", MSG_FILE,
        "Named-property ids are 0x8000 plus consecutive indexes, with exactly one entry-stream entry per named "
            + "property",
        "OXMSG-17");
    rule("XMS-R118", MUST, OXMSG, "2.2.3.1.1", MSG_FILE,
        "The GUID stream lists each GUID once and neither PS_MAPI nor PS_PUBLIC_STRINGS", "OXMSG-18");
    rule("XMS-R119", MUST, OXMSG, "2.2.3.1.3", MSG_FILE,
        "The string stream holds 4-byte lengths and UTF-16LE names without NUL, each entry 4-byte aligned",
        "OXMSG-19");
    rule("XMS-R120", MUST, OXMSG, "2.2.3.2", MSG_FILE,
        "Every named property has its 8-byte entry in the hash-bucket stream given by the stream-ID equation "
            + "(CRC-32 of the UTF-16LE name for string names)",
        "OXMSG-20");
    rule("XMS-R121", MUST, OXMSG, "2.1.3", MSG_FILE,
        "PtypString values are in Unicode format, UTF-16LE ([MS-OXCDATA] 2.11.1): the value stream of a "
            + "single-valued PtypString has an even number of bytes",
        "OXMSG-10");
    rule("XMS-R122", MUST, OXMSG, "2.4.2.2", MSG_FILE,
        "The Reserved field of the PtypObject entry (0x3701000D) is 0x00000001 for an embedded message attachment "
            + "(afEmbeddedMessage) and 0x00000004 for a storage attachment (afStorage)",
        "OXMSG-07");
  }

  private void mime() {
    rule("XMS-R201", MUST, OMS, "2.2.2.1.1.1", MIME,
        "The Content-class header is MS-OMS-SMS for a text message and MS-OMS-MMS for a multimedia message",
        "OMS-MIME-01");
    rule("XMS-R202", SHOULD, OMS, "2.2.2.1.1.2", MIME,
        "X-MS-Reply-To-Mobile carries the other party's number and is a valid mobile phone number", "OMS-MIME-02");
    rule("XMS-R203", MUST, OMS, "2.2.2.1.1.5", MIME,
        "The Subject of a text message is the first 40 characters of the body, or its first line", "OMS-MIME-03");
    rule("XMS-R204", MUST, OMS, "2.2.2.1.1.5", MIME,
        "The Subject of a multimedia message is the MMS subject", "OMS-MIME-04");
    rule("XMS-R205", SHOULD, OMS, "2.2.2.1.1.5", MIME,
        "The Subject of a multimedia message reminds the reader to open the message to view its content",
        "OMS-MIME-04");
    rule("XMS-R206", MUST, OMS, "2.2.2.1.2.1", MIME,
        "A text message body is a text/plain part with a charset and Content-Transfer-Encoding quoted-printable "
            + "(multipart/alternative with an HTML view allowed)",
        "OMS-MIME-05");
    rule("XMS-R207", MUST, OMS, "2.2.2.1.2.2", MIME,
        "A multimedia message with SMIL is multipart/related; type=\"application/smil\"", "OMS-MIME-06");
    rule("XMS-R208", MUST, OMS, "2.2.2.1.2.2", MIME,
        "Its first part is Content-Type: application/smil; name=\"mmspresent.smil\"", "OMS-MIME-07");
    rule("XMS-R209", MUST, OMS, "2.2.2.1.2.2", MIME,
        "The media parts follow the SMIL part, each with its own media type", "OMS-MIME-08");
    rule("XMS-R210", MUST, OMS, "2.2.2.1.2.2", MIME,
        "A multimedia message without SMIL is multipart/mixed with one part per media object", "OMS-MIME-09");
    rule("XMS-R211", MUST, OMS, "3.2.4", MIME,
        "A MIME message with content class MS-OMS-SMS or MS-OMS-MMS is read as an SMS or MMS object", "OMS-CLIENT-01");
    rule("XMS-R212", SHOULD, OXCMAIL, "2.1.3.3.1", MIME,
        "A plain text body without PidTagInternetCodepage is written as ISO-8859-15 (ISO-8859-1 allowed)",
        "OXCMAIL-03");
    rule("XMS-R213", MUST, OXCMAIL, "2.1.3.3.6", MIME,
        "An attachment becomes a child of multipart/related exactly when it is marked inline", "OXCMAIL-05");
    rule("XMS-R214", MUST, OXCMAIL, "2.2.3.3.2", MIME,
        "The body is taken only from qualifying entities, never from one with Content-Disposition: attachment",
        "OXCMAIL-07");
    rule("XMS-R215", MUST, OXCMAIL, "2.2.3.3.2.1", MIME,
        "HTML is preferred over enriched text over plain text, and the charset becomes PidTagInternetCodepage",
        "OXCMAIL-08");
    rule("XMS-R216", MUST, OXCMAIL, "2.2.3.2", MIME,
        "The first From address becomes the PidTagSentRepresenting properties", "OXCMAIL-09");
    rule("XMS-R217", MUST, OXCMAIL, "2.1.3.2.8", MIME,
        "Without subject prefix and normalized subject, the Subject header is PidTagSubject", "OXCMAIL-11");
    rule("XMS-R218", MUST, OXCMAIL, "2.1.3.2.4", MIME,
        "A PS_INTERNET_HEADERS property is not written as a header already produced from another property",
        "OXCMAIL-12");
    rule("XMS-R219", MUST, OXCMAIL, "2.2.3.2.29", MIME,
        "Generic headers become RFC 2047-decoded PS_INTERNET_HEADERS properties, never duplicating mapped headers",
        "OXCMAIL-13");
    rule("XMS-R220", MUST, OXCMAIL, "2.2.3.2.15", MIME,
        "Content-Class is copied to PidNameContentClass and overrides the message class only where it would be "
            + "IPM.Note",
        "OXCMAIL-14");
    rule("XMS-R221", MUST, OXCMAIL, "2.1.3.2.2", MIME,
        "Content-Class is written from the message-class table, else from PidNameContentClass, else not at all",
        "OXCMAIL-15");
    rule("XMS-R222", MUST, OXCMAIL, "2.2.3.2.24", MIME,
        "The body entity carries the body Content-ID; readers strip angle brackets and white space", "OXCMAIL-16");
    rule("XMS-R223", MUST, OXCMAIL, "2.2.3.2.5", MIME,
        "Importance, Priority, X-Priority and X-MSMail-Priority map to PidTagImportance by the precedence table",
        "OXCMAIL-17");
    rule("XMS-R224", MUST, OXCMAIL, "2.1.3.2.7", MIME,
        "Date is written from PidTagClientSubmitTime (RFC 2822 3.3) and Message-ID from PidTagInternetMessageId",
        "OXCMAIL-18");
    rule("XMS-R225", MUST, OXCMAIL, "2.2.3.4.1.4.1", MIME,
        "A part is read as inline only as a child of multipart/related (or aggregate multipart/mixed) with "
            + "Content-ID or Content-Location",
        "OXCMAIL-19");
    rule("XMS-R226", SHOULD, OXCMAIL, "2.2.3.3.2.2", MIME,
        "An aggregate HTML body is built from multipart/mixed only for Apple mailers, with generated Content-IDs",
        "OXCMAIL-20");
    rule("XMS-R227", MUST, OXCMSG, "2.2.2.25", MIME,
        "PidTagTextAttachmentCharset is the charset parameter of the attachment's Content-Type", "OXCMSG-ATT-12");
    rule("XMS-R228", MUST, RFC2046, "5.1.1", MIME,
        "The body parts of a multipart are separated by delimiter lines \"--\" plus the boundary parameter and end "
            + "with the closing delimiter line; a multipart has no Content-Transfer-Encoding but 7bit, 8bit or binary "
            + "(RFC 2045 section 6.4)");
  }

  private void notApplicable() {
    na("XMS-R301", MAY, OXOSMMS, "3.2.1", PROTOCOL,
        "SMS and MMS objects are created in Drafts, Inbox or Sent Items unless another folder is chosen",
        "folder placement is store behaviour; a .msg file has no folder", "OXOSMMS-16");
    na("XMS-R302", MUST, OMS, "3.2.3", PROTOCOL,
        "A client that can receive replies retrieves mail from the address the server sends replies to",
        "client behaviour with a mail server, not a property of a message", "OMS-CLIENT-02");
    na("XMS-R303", MUST, OMS, "2.2.4.16", PROTOCOL, "xmsBody/@format is SMS or MMS", WIRE, "OMS-XMS-01");
    na("XMS-R304", MUST, OMS, "2.2.4.16", PROTOCOL,
        "SMS content elements are parts of one long message; MMS content elements are slides or pages", WIRE,
        "OMS-XMS-02");
    na("XMS-R305", MUST, OMS, "2.2.4.3", PROTOCOL,
        "content/@contentType is a MIME type allowed for SMS or MMS; media are base64", WIRE, "OMS-XMS-03");
    na("XMS-R306", MUST, OMS, "2.2.4.18", PROTOCOL, "scheduled is UTC YYYY-MM-DDThh:mm:ssZ with seconds 00", WIRE,
        "OMS-XMS-04");
    na("XMS-R307", MUST, OMS, "2.2.4.14", PROTOCOL, "to has at least one recipient", WIRE, "OMS-XMS-05");
    na("XMS-R308", MUST, OMS, "2.2.4.11", PROTOCOL, "region/@id is Image or Text; fit is slice or stream", WIRE,
        "OMS-XMS-06");
    na("XMS-R309", MUST, OMS, "2.2.4.12", PROTOCOL, "root-layout/@background-color is #RRGGBB", WIRE, "OMS-XMS-07");
    na("XMS-R310", MUST, OMS, "2.2.4.7", PROTOCOL, "layout has one root-layout and at most 2 regions", WIRE,
        "OMS-XMS-08");
    na("XMS-R311", MUST, OMS, "2.2.4.4", PROTOCOL,
        "Success is error code ok with severity neutral; failure has severity failure and a code", WIRE, "OMS-RSP-01");
    na("XMS-R312", MUST, OMS, "2.2.4.4", PROTOCOL,
        "A missing error element means failure, a missing severity neutral; a failure generates an NDR", WIRE,
        "OMS-RSP-02");
    na("XMS-R313", MUST, OMS, "2.2.4.4", PROTOCOL, "serviceUpdate carries a UTC time with seconds 00", WIRE,
        "OMS-RSP-03");
    na("XMS-R314", MUST, OMS, "3.1.4.1.3.2", PROTOCOL,
        "supportedService has at least one of SMS_SENDER and MMS_SENDER", WIRE, "OMS-SVC-01");
    na("XMS-R315", MUST, OMS, "3.1.4.1.4.1", PROTOCOL, "authenticationType is passport, fulltrust or other", WIRE,
        "OMS-SVC-02");
    na("XMS-R316", MUST, OMS, "3.1.4.2.3.3", PROTOCOL,
        "userInfo/error/@code is ok on success, else a code from the table, with the matching severity", WIRE,
        "OMS-USR-01");
    na("XMS-R317", MUST, ASMS, "2.2", PROTOCOL, "The ActiveSync SMS XML is well-formed", ACTIVESYNC, "ASMS-01");
    na("XMS-R318", MUST, ASMS, "2.2.2", PROTOCOL,
        "SMS elements have no child elements beyond the complex types Body and Flag", ACTIVESYNC, "ASMS-02");
    na("XMS-R319", MUST, ASMS, "2.2.2.1.2", PROTOCOL,
        "DateReceived is an MS-ASDTYPE date/time; in Sent Items the time the SMS was sent", ACTIVESYNC, "ASMS-04");
    na("XMS-R320", MUST, ASMS, "2.2.2.2.1", PROTOCOL, "The Class value of SMS items is SMS", ACTIVESYNC, "ASMS-05");
    na("XMS-R321", MUST, ASMS, "3.1.5.1", PROTOCOL,
        "A device relaying outbound SMS splits a long body as its network needs",
        "device behaviour on the mobile network, not a stored object", "ASMS-06");
    na("XMS-R322", MUST, OXCMSG, "2.2.1.3", MESSAGE,
        "A message class is read as period-separated groups, each naming a type (IPM.Note, Remote.IPM.Note)",
        "defines how a class is interpreted and puts no constraint on a stored value beyond XMS-R020 to XMS-R023",
        "OXCMSG-MC-7");
    na("XMS-R323", SHOULD, OXCMSG, "3.2.5.2", PROTOCOL, "The server initializes a new message's class to IPM.Note",
        "server behaviour on RopCreateMessage", "OXCMSG-MC-8");
    na("XMS-R324", MAY, OXCMSG, "2.2.1.9", MESSAGE, "Subject prefix and normalized subject may be empty strings",
        "a permission, no constraint; a .msg file cannot store an empty string (XMS-R108)", "OXCMSG-SUBJ-4");
    na("XMS-R325", MUST, OXCMSG, "2.2.1.6", PROTOCOL,
        "mfRead, mfUnsent and mfResend are client-writable only until the first save",
        "server behaviour on RopSetProperties and RopSaveChangesMessage", "OXCMSG-FLAG-2");
    na("XMS-R326", MUST, OXCMSG, "2.2.1.6", PROTOCOL, "The other message flags are read-only for clients",
        "server behaviour on RopSetProperties", "OXCMSG-FLAG-3");
    na("XMS-R327", SHOULD, OXCMSG, "2.2.1.6", PROTOCOL,
        "The server sets mfEverRead with mfRead; clients ignore it",
        "server behaviour; any value is allowed in a stored object", "OXCMSG-FLAG-5");
    na("XMS-R328", SHOULD, OXCMSG, "3.2.5.2", PROTOCOL,
        "A new message gets default flags, importance, sensitivity, has-attachments and trust-sender values",
        "server behaviour on RopCreateMessage", "OXCMSG-FLAG-6");
    na("XMS-R329", SHOULD, OXCMSG, "3.2.4.1", PROTOCOL,
        "A reader picks the best body or asks the server to convert to one format",
        "client and server behaviour when reading bodies", "OXCMSG-BODY-8");
    na("XMS-R330", MUST, OXCMSG, "2.2.2.16", MESSAGE,
        "PidTagRenderingPosition gives the relative position in rendered characters; 0xFFFFFFFF means not rendered",
        "defines how a value is interpreted; every 32-bit value is allowed (its type is checked by XMS-R024)",
        "OXCMSG-ATT-3");
    na("XMS-R331", MUST, OXCMSG, "2.2.2.24", MESSAGE,
        "PidTagAttachmentHidden true hides the attachment from the end user",
        "defines how a value is interpreted; both values are allowed (its type is checked by XMS-R024)",
        "OXCMSG-ATT-4");
    na("XMS-R332", MUST, OXCMSG, "2.2.2", PROTOCOL,
        "PidTagAttachSize, PidTagAccessLevel, PidTagObjectType and PidTagRecordKey on attachments are set by "
            + "the server",
        "server behaviour; a writer may omit them", "OXCMSG-ATT-14");
    na("XMS-R333", MAY, OXCMSG, "2.2.1.1", MESSAGE,
        "Applications may add their own named properties; PidTagHasNamedProperties says whether the store "
            + "supports them",
        "a permission and a store capability; no constraint on a stored message", "OXCMSG-NP-1");
  }

  private void outlook() {
    rule("OUTLOOK-R001", SHOULD, OUTLOOK, "gotcha 1", MSG_FILE,
        "The root storage CLSID is {00020D0B-0000-0000-C000-000000000046}", "OUTLOOK-G01");
    rule("OUTLOOK-R002", SHOULD, OUTLOOK, "gotcha 2", MSG_FILE,
        "__nameid_version1.0 has its GUID, entry and string streams, even when they are empty", "OUTLOOK-G02");
    rule("OUTLOOK-R003", SHOULD, OUTLOOK, "gotcha 6", MESSAGE,
        "PidTagSentRepresentingName, -AddressType and -EmailAddress are set and mirror the PidTagSender properties",
        "OUTLOOK-G06");
    rule("OUTLOOK-R004", SHOULD, OUTLOOK, "gotcha 7", MESSAGE,
        "A sent or received message (mfUnsent clear) has PidTagClientSubmitTime and PidTagMessageDeliveryTime",
        "OUTLOOK-G07", "OUTLOOK-G08");
    rule("OUTLOOK-R005", SHOULD, OUTLOOK, "gotcha 7", MESSAGE,
        "Message times are real FILETIMEs (1601 epoch, 100 ns): none before 1970-01-01", "OUTLOOK-G07");
    rule("OUTLOOK-R006", SHOULD, OUTLOOK, "gotcha 8", MESSAGE,
        "PidTagMessageFlags is set, so that Outlook can tell a draft (mfUnsent) from a received message",
        "OUTLOOK-G08");
    rule("OUTLOOK-R007", SHOULD, OUTLOOK, "gotcha 10", MESSAGE,
        "A top-level message with PtypString values has PidTagStoreSupportMask with STORE_UNICODE_OK (0x00040000)",
        "OUTLOOK-G10");
    rule("OUTLOOK-R008", SHOULD, OUTLOOK, "gotcha 5", MESSAGE,
        "A message with an HTML body also has readable PidTagRtfCompressed; when PidTagNativeBody is HTML (3), "
            + "the RTF holds that HTML encapsulated (\\fromhtml1, [MS-OXRTFEX])", "OUTLOOK-G05");
    rule("OUTLOOK-R009", SHOULD, OUTLOOK, "gotcha 5", MESSAGE,
        "A message with an HTML body also has a plain text PidTagBody", "OUTLOOK-G05");
    rule("OUTLOOK-R010", SHOULD, OUTLOOK, "gotcha 12", MESSAGE,
        "An attachment referenced by cid: from the HTML body is hidden and has PidTagAttachFlags 0x4 "
            + "(attRenderedInBody)",
        "OUTLOOK-G12");
    rule("OUTLOOK-R011", SHOULD, OUTLOOK, "gotcha 9", MESSAGE,
        "Every recipient has PidTagRowid, PidTagRecipientType, PidTagDisplayName, PidTagAddressType, "
            + "PidTagObjectType and PidTagDisplayType",
        "OUTLOOK-G09");
  }
}
