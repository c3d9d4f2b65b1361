package org.xms4j.msg.internal;

import org.xms4j.mapi.CodePage;
import org.xms4j.mapi.PropertyBag;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;

/**
 * The code page of the PtypString8 values of a message, shared by reader and writer so that both
 * agree on the code page a read String8 carries.
 *
 * <p>Rule: PidTagMessageCodepage when present and non-zero; else the ANSI code page of
 * PidTagMessageLocaleId ({@link CodePage#forLocale(int)}), because non-Unicode strings are written
 * in the code page of the writer's locale while PidTagInternetCodepage describes the Internet body
 * (real files label CP932 strings 50220 and CP1252 strings 65001 that way); else
 * PidTagInternetCodepage when present and non-zero; else the code page of the containing message
 * (for an embedded message); else 1252. The bytes are always kept, so a wrong code page loses
 * nothing.
 *
 * <p>Specified by [MS-OXMSG] section 2.1.3 and [MS-OXCMSG] sections 2.2.1.4 (PidTagMessageCodepage)
 * and 2.2.1.58.6 (PidTagInternetCodepage).
 */
public final class CodePages {

  /** PidTagMessageCodepage. */
  public static final PropertyKey MESSAGE_CODEPAGE = PropertyKey.tagged(0x3FFD, PropertyType.INTEGER32);
  /** PidTagInternetCodepage. */
  public static final PropertyKey INTERNET_CODEPAGE = PropertyKey.tagged(0x3FDE, PropertyType.INTEGER32);
  /** PidTagMessageLocaleId. */
  public static final PropertyKey MESSAGE_LOCALE_ID = PropertyKey.tagged(0x3FF1, PropertyType.INTEGER32);
  /** The code page of a top-level message that names none: 1252. */
  public static final int DEFAULT = CodePage.CP_1252;

  private CodePages() {
  }

  /**
   * Returns the code page of a message's String8 values.
   *
   * @param messageProperties the message's own properties
   * @param inherited the code page of the containing message, or {@link #DEFAULT} at the top level
   * @return the code page
   */
  public static int resolve(PropertyBag messageProperties, int inherited) {
    return resolve(int32(messageProperties, MESSAGE_CODEPAGE), int32(messageProperties, MESSAGE_LOCALE_ID),
        int32(messageProperties, INTERNET_CODEPAGE), inherited);
  }

  /**
   * Returns the code page named by the two properties among raw tag values.
   *
   * @param messageCodepage the value of PidTagMessageCodepage, 0 when absent
   * @param localeId the value of PidTagMessageLocaleId, 0 when absent
   * @param internetCodepage the value of PidTagInternetCodepage, 0 when absent
   * @param inherited the code page of the containing message
   * @return the code page
   */
  public static int resolve(int messageCodepage, int localeId, int internetCodepage, int inherited) {
    if (messageCodepage != 0) {
      return messageCodepage;
    }
    java.util.OptionalInt byLocale = localeId != 0 ? CodePage.forLocale(localeId) : java.util.OptionalInt.empty();
    if (byLocale.isPresent()) {
      return byLocale.getAsInt();
    }
    return internetCodepage != 0 ? internetCodepage : inherited;
  }

  private static int int32(PropertyBag bag, PropertyKey key) {
    PropertyValue v = bag.get(key).orElse(null);
    return v instanceof PropertyValue.Int32 i ? i.value() : 0;
  }
}
