package org.xms4j.mapi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The value of one MAPI property, held exactly as stored.
 *
 * <p>One record per type family. Every value knows its {@link #type()}; a {@link PropertyBag} accepts
 * a value only under a key of the same type. Values are exact: {@link Time} keeps the FILETIME
 * count of 100-nanosecond intervals, {@link String8} keeps the original bytes and code page, and a
 * value that could not be decoded is kept as {@link Unparsed} with its raw bytes.
 *
 * <p>Specified by [MS-OXCDATA] section 2.11.1 (property data types).
 */
public sealed interface PropertyValue permits PropertyValue.Int16, PropertyValue.Int32,
    PropertyValue.Int64, PropertyValue.Float32, PropertyValue.Float64, PropertyValue.Currency,
    PropertyValue.FloatingTime, PropertyValue.ErrorCode, PropertyValue.Bool, PropertyValue.Time,
    PropertyValue.Guid, PropertyValue.Binary, PropertyValue.Text, PropertyValue.String8,
    PropertyValue.Multi, PropertyValue.Unparsed {

  /**
   * Returns the property type of this value.
   *
   * @return the type; for {@link Unparsed}, the declared type
   */
  PropertyType type();

  /**
   * A PtypInteger16 value.
   *
   * @param value the signed 16-bit value
   */
  record Int16(short value) implements PropertyValue {
    @Override
    public PropertyType type() {
      return PropertyType.INTEGER16;
    }
  }

  /**
   * A PtypInteger32 value.
   *
   * @param value the signed 32-bit value; unsigned quantities such as 0xFFFFFFFF are held as -1
   */
  record Int32(int value) implements PropertyValue {
    @Override
    public PropertyType type() {
      return PropertyType.INTEGER32;
    }

    /**
     * Returns the value as unsigned.
     *
     * @return 0 to 0xFFFFFFFF
     */
    public long unsignedValue() {
      return Integer.toUnsignedLong(value);
    }

    @Override
    public String toString() {
      return String.format("0x%08X (%d)", value, value);
    }
  }

  /**
   * A PtypInteger64 value.
   *
   * @param value the signed 64-bit value
   */
  record Int64(long value) implements PropertyValue {
    @Override
    public PropertyType type() {
      return PropertyType.INTEGER64;
    }
  }

  /**
   * A PtypFloating32 value.
   *
   * @param value the IEEE 754 single-precision value
   */
  record Float32(float value) implements PropertyValue {
    @Override
    public PropertyType type() {
      return PropertyType.FLOATING32;
    }
  }

  /**
   * A PtypFloating64 value.
   *
   * @param value the IEEE 754 double-precision value
   */
  record Float64(double value) implements PropertyValue {
    @Override
    public PropertyType type() {
      return PropertyType.FLOATING64;
    }
  }

  /**
   * A PtypCurrency value.
   *
   * @param tenThousandths the signed amount in units of 1/10000
   */
  record Currency(long tenThousandths) implements PropertyValue {
    @Override
    public PropertyType type() {
      return PropertyType.CURRENCY;
    }
  }

  /**
   * A PtypFloatingTime value.
   *
   * @param value days since 1899-12-30 (OLE automation date), fraction is the time of day
   */
  record FloatingTime(double value) implements PropertyValue {
    @Override
    public PropertyType type() {
      return PropertyType.FLOATING_TIME;
    }
  }

  /**
   * A PtypErrorCode value.
   *
   * @param value the 32-bit error code, for example 0x8004010F (MAPI_E_NOT_FOUND)
   */
  record ErrorCode(int value) implements PropertyValue {
    @Override
    public PropertyType type() {
      return PropertyType.ERROR_CODE;
    }

    @Override
    public String toString() {
      return String.format("ErrorCode[0x%08X]", value);
    }
  }

  /**
   * A PtypBoolean value.
   *
   * @param value the boolean
   */
  record Bool(boolean value) implements PropertyValue {
    @Override
    public PropertyType type() {
      return PropertyType.BOOLEAN;
    }
  }

  /**
   * A PtypTime value: a FILETIME, the number of 100-nanosecond intervals since
   * 1601-01-01T00:00:00Z (UTC), held as an unsigned 64-bit count.
   *
   * <p>Every FILETIME value, including dates before 1970, after 2038 and counts with the top bit set,
   * is kept exactly; {@link #instant()} converts without loss because an {@link Instant} has
   * nanosecond resolution and a range beyond that of FILETIME.
   *
   * <p>Specified by [MS-DTYP] section 2.3.3 (FILETIME) via [MS-OXCDATA] 2.11.1.
   *
   * @param fileTime the count of 100 ns intervals since 1601-01-01T00:00:00Z, unsigned
   */
  record Time(long fileTime) implements PropertyValue {

    /** Seconds from 1601-01-01T00:00:00Z to 1970-01-01T00:00:00Z. */
    public static final long EPOCH_OFFSET_SECONDS = 11_644_473_600L;
    private static final long TICKS_PER_SECOND = 10_000_000L;

    /**
     * Returns the value for an instant.
     *
     * @param instant an instant from 1601-01-01T00:00:00Z on, with a nanosecond part that is a
     *     multiple of 100
     * @return the value
     * @throws IllegalArgumentException when the instant is before 1601, beyond the unsigned 64-bit
     *     FILETIME range, or not a whole number of 100 ns intervals
     */
    public static Time of(Instant instant) {
      long seconds = instant.getEpochSecond() + EPOCH_OFFSET_SECONDS;
      int nanos = instant.getNano();
      if (seconds < 0) {
        throw new IllegalArgumentException("FILETIME cannot hold an instant before 1601-01-01: " + instant);
      }
      if (nanos % 100 != 0) {
        throw new IllegalArgumentException(
            "FILETIME has 100 ns resolution; nanosecond part is not a multiple of 100: " + instant);
      }
      // unsigned 64-bit range check: seconds * 1e7 + nanos / 100 <= 2^64 - 1
      long maxSeconds = Long.divideUnsigned(-1L, TICKS_PER_SECOND);
      if (Long.compareUnsigned(seconds, maxSeconds) > 0
          || (seconds == maxSeconds && nanos / 100 > Long.remainderUnsigned(-1L, TICKS_PER_SECOND))) {
        throw new IllegalArgumentException("instant beyond the FILETIME range: " + instant);
      }
      return new Time(seconds * TICKS_PER_SECOND + nanos / 100);
    }

    /**
     * Returns the instant this FILETIME denotes.
     *
     * @return the instant, in UTC
     */
    public Instant instant() {
      long seconds = Long.divideUnsigned(fileTime, TICKS_PER_SECOND);
      long ticks = Long.remainderUnsigned(fileTime, TICKS_PER_SECOND);
      return Instant.ofEpochSecond(seconds - EPOCH_OFFSET_SECONDS, ticks * 100);
    }

    @Override
    public PropertyType type() {
      return PropertyType.TIME;
    }

    @Override
    public String toString() {
      return "Time[" + instant() + "]";
    }
  }

  /**
   * A PtypGuid value.
   *
   * <p>On the wire a GUID is 16 bytes: Data1 (4 bytes), Data2 (2) and Data3 (2) little-endian, then
   * Data4 (8 bytes) as they are ([MS-DTYP] section 2.3.4.2); {@link #toWireBytes(UUID)} and
   * {@link #fromWireBytes(byte[], int)} convert.
   *
   * @param value the GUID
   */
  record Guid(UUID value) implements PropertyValue {
    /**
     * Checks the value.
     *
     * @param value the {@code value} component
     * @throws NullPointerException when {@code value} is null
     */
    public Guid {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public PropertyType type() {
      return PropertyType.GUID;
    }

    /**
     * Returns the 16-byte wire form of a GUID (mixed-endian, [MS-DTYP] 2.3.4.2).
     *
     * @param guid the GUID
     * @return 16 bytes
     */
    public static byte[] toWireBytes(UUID guid) {
      long msb = guid.getMostSignificantBits();
      long lsb = guid.getLeastSignificantBits();
      byte[] b = new byte[16];
      int d1 = (int) (msb >>> 32);
      int d2 = (int) (msb >>> 16) & 0xFFFF;
      int d3 = (int) msb & 0xFFFF;
      b[0] = (byte) d1;
      b[1] = (byte) (d1 >>> 8);
      b[2] = (byte) (d1 >>> 16);
      b[3] = (byte) (d1 >>> 24);
      b[4] = (byte) d2;
      b[5] = (byte) (d2 >>> 8);
      b[6] = (byte) d3;
      b[7] = (byte) (d3 >>> 8);
      for (int i = 0; i < 8; i++) {
        b[8 + i] = (byte) (lsb >>> (56 - 8 * i));
      }
      return b;
    }

    /**
     * Reads a GUID from its 16-byte wire form (mixed-endian, [MS-DTYP] 2.3.4.2).
     *
     * @param b the array
     * @param offset the offset of the first of 16 bytes
     * @return the GUID
     * @throws IndexOutOfBoundsException when fewer than 16 bytes follow {@code offset}
     */
    public static UUID fromWireBytes(byte[] b, int offset) {
      Objects.checkFromIndexSize(offset, 16, b.length);
      long d1 = (b[offset] & 0xFFL) | (b[offset + 1] & 0xFFL) << 8 | (b[offset + 2] & 0xFFL) << 16
          | (b[offset + 3] & 0xFFL) << 24;
      long d2 = (b[offset + 4] & 0xFFL) | (b[offset + 5] & 0xFFL) << 8;
      long d3 = (b[offset + 6] & 0xFFL) | (b[offset + 7] & 0xFFL) << 8;
      long lsb = 0;
      for (int i = 0; i < 8; i++) {
        lsb = lsb << 8 | (b[offset + 8 + i] & 0xFFL);
      }
      return new UUID(d1 << 32 | d2 << 16 | d3, lsb);
    }
  }

  /**
   * A PtypBinary value.
   *
   * @param value the bytes
   */
  record Binary(Bytes value) implements PropertyValue {
    /**
     * Checks the value.
     *
     * @param value the {@code value} component
     * @throws NullPointerException when {@code value} is null
     */
    public Binary {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public PropertyType type() {
      return PropertyType.BINARY;
    }
  }

  /**
   * A PtypString value: UTF-16 text.
   *
   * <p>The text may hold any UTF-16 code units, unpaired surrogates included, so every stored
   * PtypString round-trips.
   *
   * @param value the text
   */
  record Text(String value) implements PropertyValue {
    /**
     * Checks the value.
     *
     * @param value the {@code value} component
     * @throws NullPointerException when {@code value} is null
     */
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public PropertyType type() {
      return PropertyType.STRING;
    }

    @Override
    public String toString() {
      return "Text[\"" + value + "\"]";
    }
  }

  /**
   * A PtypString8 value: 8-bit text as stored, with the code page used to decode it.
   *
   * <p>The original bytes are kept, so a value re-emits the same bytes even when decoding was lossy
   * or the code page was guessed. Equality is by bytes and code page.
   *
   * @param bytes the stored bytes, without terminator
   * @param codePage the Windows code page the bytes are in (as in PidTagMessageCodepage), for example
   *     1252; 0 when unknown
   */
  record String8(Bytes bytes, int codePage) implements PropertyValue {
    /**
     * Checks the bytes.
     *
     * @param bytes the {@code bytes} component
     * @param codePage the {@code codePage} component
     * @throws NullPointerException when {@code bytes} is null
     */
    public String8 {
      Objects.requireNonNull(bytes, "bytes");
    }

    /**
     * Returns the value encoding text in a code page.
     *
     * @param text the text
     * @param codePage a code page {@link CodePage#charset(int)} knows
     * @return the value
     * @throws IllegalArgumentException when the code page has no Java charset
     */
    public static String8 encode(String text, int codePage) {
      return new String8(Bytes.encode(text, CodePage.requireCharset(codePage)), codePage);
    }

    /**
     * Decodes the text. Bytes that are not valid in the code page become U+FFFD; an unknown code
     * page (0 or unsupported) decodes as windows-1252.
     *
     * @return the text
     */
    public String text() {
      return bytes.decode(CodePage.charset(codePage).orElse(CodePage.WINDOWS_1252));
    }

    /**
     * Tells whether {@link #text()} is exact: the code page is known and the bytes encode the text
     * again unchanged.
     *
     * @return true when decoding lost nothing
     */
    public boolean decodesExactly() {
      Optional<java.nio.charset.Charset> cs = CodePage.charset(codePage);
      return cs.isPresent() && Bytes.encode(bytes.decode(cs.get()), cs.get()).equals(bytes);
    }

    @Override
    public PropertyType type() {
      return PropertyType.STRING8;
    }

    @Override
    public String toString() {
      return "String8[\"" + text() + "\" cp" + codePage + "]";
    }
  }

  /**
   * A multi-valued value: an ordered list of single values of the element type.
   *
   * @param type a multi-valued type, for example {@link PropertyType#MULTIPLE_STRING}
   * @param values the values, each of type {@code type.elementType()}; may be empty
   */
  record Multi(PropertyType type, List<PropertyValue> values) implements PropertyValue {
    /**
     * Checks that the type is multi-valued and each value has the element type; copies the list.
     *
     * @param type the {@code type} component
     * @param values the {@code values} component
     * @throws IllegalArgumentException when the type is single-valued or a value has another type
     */
    public Multi {
      Objects.requireNonNull(type, "type");
      if (!type.isMultiValued()) {
        throw new IllegalArgumentException("type must be multi-valued, was " + type.specName());
      }
      values = List.copyOf(values);
      PropertyType element = type.elementType();
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i).type() != element) {
          throw new IllegalArgumentException("values[" + i + "] has type " + values.get(i).type().specName()
              + ", expected " + element.specName());
        }
      }
    }
  }

  /**
   * A value that could not be decoded, kept as its raw bytes with the reason.
   *
   * <p>Writers emit the raw bytes back unchanged, so nothing is lost.
   *
   * @param type the declared type of the property
   * @param raw the stored bytes
   * @param reason why decoding failed, for example "odd byte count 7 for PtypString"
   */
  record Unparsed(PropertyType type, Bytes raw, String reason) implements PropertyValue {
    /**
     * Checks the arguments.
     *
     * @param type the {@code type} component
     * @param raw the {@code raw} component
     * @param reason the {@code reason} component
     * @throws NullPointerException when an argument is null
     */
    public Unparsed {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(raw, "raw");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Returns a PtypString value.
   *
   * @param text the text
   * @return the value
   */
  static PropertyValue text(String text) {
    return new Text(text);
  }

  /**
   * Returns a PtypInteger32 value.
   *
   * @param value the value
   * @return the value
   */
  static PropertyValue int32(int value) {
    return new Int32(value);
  }

  /**
   * Returns a PtypBoolean value.
   *
   * @param value the value
   * @return the value
   */
  static PropertyValue bool(boolean value) {
    return new Bool(value);
  }

  /**
   * Returns a PtypBinary value holding UTF-8 text.
   *
   * @param text the text
   * @return the value
   */
  static PropertyValue utf8Binary(String text) {
    return new Binary(Bytes.encode(text, StandardCharsets.UTF_8));
  }
}
