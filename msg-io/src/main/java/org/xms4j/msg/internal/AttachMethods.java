package org.xms4j.msg.internal;

import java.util.OptionalInt;

/**
 * What the substorage {@code __substg1.0_3701000D} of an attachment storage holds, decided from
 * PidTagAttachMethod (0x37050003). The reader ({@link MessageReader}) and the file-structure checker
 * ({@code org.xms4j.msg.check}) both decide with {@link #holdsEmbeddedMessage(OptionalInt, boolean)},
 * so they cannot disagree on which attachments hold an embedded message.
 *
 * <p>Specified by [MS-OXMSG] section 2.2.2 (an Embedded Message object storage under the attachment
 * storage when the Attachment object is itself a Message object; a custom attachment storage when
 * PidTagAttachMethod is afStorage), 2.2.2.1 (Embedded Message object storage) and 2.2.2.2 (custom
 * attachment storage), with the attach methods of [MS-OXCMSG] section 2.2.2.9.
 */
public final class AttachMethods {

  /** afByValue: PidTagAttachDataBinary holds the attachment data. */
  public static final int AF_BY_VALUE = 0x00000001;
  /** afEmbeddedMessage: the attachment is an embedded Message object. */
  public static final int AF_EMBEDDED_MESSAGE = 0x00000005;
  /** afStorage: the attachment data is in a storage of an application-specific format. */
  public static final int AF_STORAGE = 0x00000006;

  private AttachMethods() {
  }

  /**
   * Tells whether the substorage {@code __substg1.0_3701000D} of an attachment storage is an
   * Embedded Message object storage, to be read as a Message object.
   *
   * <p>With PidTagAttachMethod present, only afEmbeddedMessage (5) makes the attachment a Message
   * object ([MS-OXCMSG] 2.2.2.9); any other method, afStorage (6) and afByValue (1) included, leaves
   * the substorage a storage kept as it is, even when it holds a property stream. Without
   * PidTagAttachMethod the file does not say, and the substorage is taken for an embedded message
   * exactly when it holds a stream {@code __properties_version1.0}, which every Message object
   * storage has ([MS-OXMSG] 2.4).
   *
   * @param attachMethod the value of the attachment's PidTagAttachMethod entry (tag 0x37050003), or
   *     empty when its property stream has none
   * @param substorageHasPropertyStream whether the substorage holds a stream named
   *     {@code __properties_version1.0}
   * @return true to read the substorage as an embedded message, false to keep it as a storage
   */
  public static boolean holdsEmbeddedMessage(OptionalInt attachMethod, boolean substorageHasPropertyStream) {
    return attachMethod.isPresent() ? attachMethod.getAsInt() == AF_EMBEDDED_MESSAGE : substorageHasPropertyStream;
  }
}
