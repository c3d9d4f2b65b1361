package org.xms4j.mapi.known;

import java.util.Locale;

/**
 * The message classes and content classes of SMS and MMS objects, and the matching rules for them.
 *
 * <p>Message classes compare case-insensitively ([MS-OXCMSG] 2.2.1.3).
 *
 * <p>Specified by [MS-OXOSMMS] sections 2.2.1.5 (PidNameContentClass) and 2.2.2.2
 * (PidTagMessageClass).
 */
public final class MessageClass {

  /** {@code IPM.Note}: the message class of an ordinary e-mail message. */
  public static final String IPM_NOTE = "IPM.Note";
  /** {@code IPM.Note.Mobile.SMS}: the message class of SMS objects. */
  public static final String SMS = "IPM.Note.Mobile.SMS";
  /** {@code IPM.Note.Mobile.MMS}: the message class of MMS objects. */
  public static final String MMS = "IPM.Note.Mobile.MMS";
  /** {@code MS-OMS-SMS}: the content class of SMS objects and of SMS mail ([MS-OMS] 2.2.2.1.1.1). */
  public static final String CONTENT_CLASS_SMS = "MS-OMS-SMS";
  /** {@code MS-OMS-MMS}: the content class of MMS objects and of MMS mail ([MS-OMS] 2.2.2.1.1.1). */
  public static final String CONTENT_CLASS_MMS = "MS-OMS-MMS";

  private MessageClass() {
  }

  /**
   * Tells whether a message class is an SMS class: {@code IPM.Note.Mobile.SMS} or a class that
   * begins with it, compared case-insensitively ([MS-OXOSMMS] 2.2.2.2).
   *
   * @param messageClass the value of PidTagMessageClass
   * @return true for SMS classes
   */
  public static boolean isSms(String messageClass) {
    return messageClass.toUpperCase(Locale.ROOT).startsWith(SMS.toUpperCase(Locale.ROOT));
  }

  /**
   * Tells whether a message class is an MMS class: exactly {@code IPM.Note.Mobile.MMS} or a class
   * that begins with {@code IPM.Note.Mobile.MMS.} (with the period), compared case-insensitively
   * ([MS-OXOSMMS] 2.2.2.2). {@code IPM.Note.Mobile.MMSX} is not an MMS class.
   *
   * @param messageClass the value of PidTagMessageClass
   * @return true for MMS classes
   */
  public static boolean isMms(String messageClass) {
    String u = messageClass.toUpperCase(Locale.ROOT);
    String mms = MMS.toUpperCase(Locale.ROOT);
    return u.equals(mms) || u.startsWith(mms + ".");
  }
}
