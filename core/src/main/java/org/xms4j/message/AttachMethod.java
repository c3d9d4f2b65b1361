package org.xms4j.message;

import java.util.Optional;

/**
 * The values of PidTagAttachMethod.
 *
 * <p>Specified by [MS-OXCMSG] section 2.2.2.9. Value 0x00000003 (MAPI's ATTACH_BY_REF_RESOLVE) is not
 * in the [MS-OXCMSG] list and has no constant.
 */
public enum AttachMethod {
  /** afNone (0x00000000): the attachment has just been created. */
  NONE(0, "afNone"),
  /** afByValue (0x00000001): the data is in PidTagAttachDataBinary. */
  BY_VALUE(1, "afByValue"),
  /** afByReference (0x00000002): PidTagAttachLongPathname names a file on a common server. */
  BY_REFERENCE(2, "afByReference"),
  /** afByReferenceOnly (0x00000004): PidTagAttachLongPathname names the file. */
  BY_REFERENCE_ONLY(4, "afByReferenceOnly"),
  /** afEmbeddedMessage (0x00000005): the attachment is a Message object. */
  EMBEDDED_MESSAGE(5, "afEmbeddedMessage"),
  /** afStorage (0x00000006): PidTagAttachDataObject is an application-specific storage. */
  STORAGE(6, "afStorage"),
  /** afByWebReference (0x00000007): PidTagAttachLongPathname is a web URL. */
  BY_WEB_REFERENCE(7, "afByWebReference");

  private final int value;
  private final String specName;

  AttachMethod(int value, String specName) {
    this.value = value;
    this.specName = specName;
  }

  /**
   * Returns the value of PidTagAttachMethod.
   *
   * @return 0 to 7
   */
  public int value() {
    return value;
  }

  /**
   * Returns the spec name.
   *
   * @return for example {@code "afByValue"}
   */
  public String specName() {
    return specName;
  }

  /**
   * Returns the method with the given value.
   *
   * @param value the value of PidTagAttachMethod
   * @return the method, or empty for a value not listed in [MS-OXCMSG]
   */
  public static Optional<AttachMethod> fromValue(int value) {
    for (AttachMethod m : values()) {
      if (m.value == value) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
