package org.xms4j.message;

import java.util.EnumSet;
import java.util.Set;

/**
 * The bits of PidTagMessageFlags.
 *
 * <p>Specified by [MS-OXCMSG] section 2.2.1.6. A valid value is 0 or an OR of only these bits.
 */
public enum MessageFlag {
  /** mfRead (0x00000001): the message has been read. */
  READ(0x00000001, "mfRead"),
  /** mfUnmodified (0x00000002): the message has not been modified. */
  UNMODIFIED(0x00000002, "mfUnmodified"),
  /** mfSubmitted (0x00000004): the message is marked for sending. */
  SUBMITTED(0x00000004, "mfSubmitted"),
  /** mfUnsent (0x00000008): the message is still being composed (a draft). */
  UNSENT(0x00000008, "mfUnsent"),
  /** mfHasAttach (0x00000010): the message has at least one attachment. */
  HAS_ATTACH(0x00000010, "mfHasAttach"),
  /** mfFromMe (0x00000020): the sending mailbox owner is the sender. */
  FROM_ME(0x00000020, "mfFromMe"),
  /** mfFAI (0x00000040): a folder associated information message. */
  FAI(0x00000040, "mfFAI"),
  /** mfResend (0x00000080): the message is a resend of a failed one. */
  RESEND(0x00000080, "mfResend"),
  /** mfNotifyRead (0x00000100): a read receipt is pending. */
  NOTIFY_READ(0x00000100, "mfNotifyRead"),
  /** mfNotifyUnread (0x00000200): a non-read receipt is pending. */
  NOTIFY_UNREAD(0x00000200, "mfNotifyUnread"),
  /** mfEverRead (0x00000400): the message has been read at least once. */
  EVER_READ(0x00000400, "mfEverRead"),
  /** mfInternet (0x00002000): the message came from the Internet. */
  INTERNET(0x00002000, "mfInternet"),
  /** mfUntrusted (0x00008000): the message came from an untrusted source. */
  UNTRUSTED(0x00008000, "mfUntrusted");

  /** The OR of all defined bits (0x0000A7FF); any other bit makes PidTagMessageFlags invalid. */
  public static final int ALL_BITS = 0x0000A7FF;

  private final int mask;
  private final String specName;

  MessageFlag(int mask, String specName) {
    this.mask = mask;
    this.specName = specName;
  }

  /**
   * Returns the bit of this flag.
   *
   * @return the mask, for example 0x00000010
   */
  public int mask() {
    return mask;
  }

  /**
   * Returns the spec name.
   *
   * @return for example {@code "mfHasAttach"}
   */
  public String specName() {
    return specName;
  }

  /**
   * Tells whether this flag is set in a value.
   *
   * @param flags a PidTagMessageFlags value
   * @return true when the bit is set
   */
  public boolean isSet(int flags) {
    return (flags & mask) != 0;
  }

  /**
   * Returns the flags set in a value; bits outside {@link #ALL_BITS} are ignored.
   *
   * @param flags a PidTagMessageFlags value
   * @return the set flags
   */
  public static Set<MessageFlag> of(int flags) {
    EnumSet<MessageFlag> s = EnumSet.noneOf(MessageFlag.class);
    for (MessageFlag f : values()) {
      if (f.isSet(flags)) {
        s.add(f);
      }
    }
    return s;
  }

  /**
   * Returns the value with exactly the given flags.
   *
   * @param flags the flags
   * @return the OR of their masks
   */
  public static int mask(Set<MessageFlag> flags) {
    int m = 0;
    for (MessageFlag f : flags) {
      m |= f.mask;
    }
    return m;
  }
}
