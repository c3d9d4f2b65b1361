package org.xms4j.msg.internal;

import java.util.OptionalInt;
import java.util.UUID;

/**
 * The names of the storages and streams of a .msg compound file.
 *
 * <p>Specified by [MS-OXMSG] sections 2.1.3 (value streams), 2.1.4.2.2 (multi-valued value streams),
 * 2.2.1 (recipient storages), 2.2.2 (attachment storages), 2.2.3 (named property mapping storage)
 * and 2.4 (property stream).
 */
public final class CfbNames {

  private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

  /** The property stream of every storage except the named property mapping storage. */
  public static final String PROPERTIES = "__properties_version1.0";
  /** The named property mapping storage, at the top level only. */
  public static final String NAMEID = "__nameid_version1.0";
  /** The prefix of value streams: {@code __substg1.0_} followed by 8 upper-case hex digits of the tag. */
  public static final String SUBSTG_PREFIX = "__substg1.0_";
  /** The prefix of recipient storages, followed by 8 upper-case hex digits. */
  public static final String RECIP_PREFIX = "__recip_version1.0_#";
  /** The prefix of attachment storages, followed by 8 upper-case hex digits. */
  public static final String ATTACH_PREFIX = "__attach_version1.0_#";
  /** The storage of an embedded message or of a custom (afStorage) attachment: tag 0x3701000D. */
  public static final String ATTACH_OBJECT = "__substg1.0_3701000D";
  /** The GUID stream of the named property mapping storage (tag 0x00020102). */
  public static final String NAMEID_GUID = "__substg1.0_00020102";
  /** The entry stream of the named property mapping storage (tag 0x00030102). */
  public static final String NAMEID_ENTRY = "__substg1.0_00030102";
  /** The string stream of the named property mapping storage (tag 0x00040102). */
  public static final String NAMEID_STRING = "__substg1.0_00040102";
  /** The CLSID of the root storage of a .msg file; embedded message storages have none (nil), as Outlook writes them. */
  public static final UUID MESSAGE_CLSID = UUID.fromString("00020d0b-0000-0000-c000-000000000046");
  /** The most recipient storages, and the most attachment storages, a .msg file may hold. */
  public static final int MAX_RECIPIENTS_OR_ATTACHMENTS = 2048;

  private CfbNames() {
  }

  /**
   * Returns the name of the stream of a single-valued variable-length property, or of the single
   * stream or length stream of a multi-valued property.
   *
   * @param tag the 32-bit property tag
   * @return for example {@code __substg1.0_0037001F}
   */
  public static String valueStream(int tag) {
    return SUBSTG_PREFIX + hex8(tag);
  }

  /** Formats as 8 upper-case hex digits, as {@code String.format("%08X")} does, without a Formatter. */
  private static String hex8(int value) {
    char[] c = new char[8];
    for (int i = 7; i >= 0; i--) {
      c[i] = HEX_DIGITS[value & 0xF];
      value >>>= 4;
    }
    return new String(c);
  }

  /**
   * Returns the name of one value stream of a variable-length multi-valued property.
   *
   * @param tag the 32-bit property tag
   * @param index the zero-based index of the value
   * @return for example {@code __substg1.0_101F0037-00000001}
   */
  public static String valueStream(int tag, int index) {
    return valueStream(tag) + "-" + hex8(index);
  }

  /**
   * Returns the name of a recipient storage.
   *
   * @param index the zero-based storage number
   * @return for example {@code __recip_version1.0_#0000000A}
   */
  public static String recipient(int index) {
    return RECIP_PREFIX + hex8(index);
  }

  /**
   * Returns the name of an attachment storage.
   *
   * @param index the zero-based storage number
   * @return for example {@code __attach_version1.0_#00000000}
   */
  public static String attachment(int index) {
    return ATTACH_PREFIX + hex8(index);
  }

  /**
   * Returns an entry name as [MS-CFB] section 2.6.4 compares names: each code point upper-cased by
   * simple case mapping ({@link Character#toUpperCase(int)}), so the length stays and no locale
   * applies. Two names are the same compound-file entry name when these are equal.
   *
   * @param name an entry name
   * @return the upper-cased name
   */
  public static String upperCase(String name) {
    int n = name.length();
    int i = 0;
    while (i < n) {
      char c = name.charAt(i);
      if (c >= 0x80 || (c >= 'a' && c <= 'z')) {
        break;
      }
      i++;
    }
    if (i == n) {
      return name; // ASCII without lower-case letters, as most names of a .msg file are
    }
    StringBuilder b = new StringBuilder(n).append(name, 0, i);
    name.codePoints().skip(name.codePointCount(0, i)).map(Character::toUpperCase).forEach(b::appendCodePoint);
    return b.toString();
  }

  /**
   * Tells whether an entry name is that of a value stream of a named property: {@code __substg1.0_}
   * in either case, then the tag's 8 hex digits (either case) with a property id of 0x8000 or more
   * ([MS-OXMSG] 2.1.3, 2.2.3), then anything (the {@code -} and index of a value of a multi-valued
   * property). Such an entry cannot be kept without its property entry, because named property ids
   * are reassigned when writing: the reader drops it and the writer rejects it, both by this method.
   *
   * @param name an entry name
   * @return true for names such as {@code __substg1.0_8001001F} or {@code __SUBSTG1.0_8a00101f-00000001}
   */
  public static boolean isNamedValueStream(String name) {
    int p = SUBSTG_PREFIX.length();
    if (name.length() < p + 8 || !name.regionMatches(true, 0, SUBSTG_PREFIX, 0, p)) {
      return false;
    }
    for (int i = p; i < p + 8; i++) {
      if (asciiHexDigit(name.charAt(i)) < 0) {
        return false;
      }
    }
    return asciiHexDigit(name.charAt(p)) >= 8;
  }

  /**
   * Parses the storage number of a recipient storage name: the prefix matched ignoring case, as
   * [MS-CFB] section 2.6.4 compares names, then 8 hex digits of either case.
   *
   * @param name an entry name
   * @return the number, or empty when the name is not a recipient storage name
   */
  public static OptionalInt recipientNumber(String name) {
    return number(name, RECIP_PREFIX);
  }

  /**
   * Parses the storage number of an attachment storage name, as {@link #recipientNumber(String)} does.
   *
   * @param name an entry name
   * @return the number, or empty when the name is not an attachment storage name
   */
  public static OptionalInt attachmentNumber(String name) {
    return number(name, ATTACH_PREFIX);
  }

  private static OptionalInt number(String name, String prefix) {
    if (name.length() != prefix.length() + 8 || !name.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return OptionalInt.empty();
    }
    long v = 0;
    for (int i = prefix.length(); i < name.length(); i++) {
      int d = Character.digit(name.charAt(i), 16);
      if (d < 0) {
        return OptionalInt.empty();
      }
      v = v << 4 | d;
    }
    return v > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) v);
  }

  /**
   * Parses the stream id of a hash-bucket stream of the named property mapping storage.
   *
   * <p>[MS-CFB] section 2.6.4 compares entry names case-insensitively (both upper-cased), so a
   * compound file cannot hold two entries whose names differ only in case, and
   * {@code __SUBSTG1.0_101d0102} names the same stream as {@code __substg1.0_101D0102}: the prefix,
   * the hex digits and the type {@code 0102} are matched in either case. The reader and the
   * file-structure checker both recognize bucket streams with this method.
   *
   * @param name an entry name of the named property mapping storage
   * @return the stream id, 0x1000 to 0x101E ([MS-OXMSG] 2.2.3.2.2), or -1 when the name is not
   *     {@code __substg1.0_} followed by 4 hex digits of such an id and {@code 0102}
   */
  public static int bucketId(String name) {
    int p = SUBSTG_PREFIX.length();
    if (name.length() != p + 8 || !name.regionMatches(true, 0, SUBSTG_PREFIX, 0, p)
        || !name.regionMatches(true, p + 4, "0102", 0, 4)) {
      return -1;
    }
    int id = 0;
    for (int i = p; i < p + 4; i++) {
      int d = asciiHexDigit(name.charAt(i));
      if (d < 0) {
        return -1;
      }
      id = id << 4 | d;
    }
    return id >= 0x1000 && id <= 0x101E ? id : -1;
  }

  /** Returns the value of an ASCII hex digit of either case, or -1. */
  private static int asciiHexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
  }

  /**
   * Returns the name of a hash-bucket stream of the named property mapping storage.
   *
   * @param streamId the stream id, 0x1000 to 0x101E
   * @return for example {@code __substg1.0_101D0102}
   */
  public static String bucketStream(int streamId) {
    return valueStream(streamId << 16 | 0x0102);
  }
}
