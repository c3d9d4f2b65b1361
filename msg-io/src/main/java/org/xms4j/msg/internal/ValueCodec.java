package org.xms4j.msg.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.PropertyValue;

/**
 * Binary forms of property values: the fixed-length values inside a property-stream entry and the
 * elements of fixed-length multi-valued streams.
 *
 * <p>Specified by [MS-OXMSG] sections 2.1.2 (fixed-length properties), 2.4.2.1 (fixed-length
 * entries) and 2.1.4.1 (fixed-length multi-valued streams); sizes from [MS-OXCDATA] 2.11.1.
 */
public final class ValueCodec {

  private ValueCodec() {
  }

  /**
   * Tells whether a property of this type keeps its value in the 8-byte value field of its entry.
   *
   * @param t the type
   * @return true for the fixed-length types of [MS-OXMSG] 2.1.2, PtypNull and PtypUnspecified
   */
  public static boolean inEntry(PropertyType t) {
    switch (t) {
      case INTEGER16:
      case INTEGER32:
      case FLOATING32:
      case FLOATING64:
      case CURRENCY:
      case FLOATING_TIME:
      case ERROR_CODE:
      case BOOLEAN:
      case INTEGER64:
      case TIME:
      case NULL:
      case UNSPECIFIED:
        return true;
      default:
        return false;
    }
  }

  /**
   * Returns the size of one element of a fixed-length multi-valued type.
   *
   * @param mv a multi-valued type
   * @return the element size in bytes, or -1 when the elements have variable length
   *     (PtypMultipleString, PtypMultipleString8, PtypMultipleBinary)
   */
  public static int fixedElementSize(PropertyType mv) {
    switch (mv) {
      case MULTIPLE_INTEGER16:
        return 2;
      case MULTIPLE_INTEGER32:
      case MULTIPLE_FLOATING32:
        return 4;
      case MULTIPLE_FLOATING64:
      case MULTIPLE_CURRENCY:
      case MULTIPLE_FLOATING_TIME:
      case MULTIPLE_INTEGER64:
      case MULTIPLE_TIME:
        return 8;
      case MULTIPLE_GUID:
        return 16;
      default:
        return -1;
    }
  }

  /**
   * Decodes a fixed-length value.
   *
   * @param t a type for which {@link #inEntry(PropertyType)} is true, or the element type of a
   *     fixed-length multi-valued type (PtypGuid included)
   * @param b the bytes
   * @param offset the offset of the value
   * @return the value, or null when the bytes are not a valid value of the type (a PtypBoolean byte
   *     other than 0 or 1; PtypNull and PtypUnspecified, which have no value record)
   */
  public static @Nullable PropertyValue decodeFixed(PropertyType t, byte[] b, int offset) {
    ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    switch (t) {
      case INTEGER16:
        return new PropertyValue.Int16(le.getShort(offset));
      case INTEGER32:
        return new PropertyValue.Int32(le.getInt(offset));
      case FLOATING32:
        return new PropertyValue.Float32(Float.intBitsToFloat(le.getInt(offset)));
      case FLOATING64:
        return new PropertyValue.Float64(Double.longBitsToDouble(le.getLong(offset)));
      case CURRENCY:
        return new PropertyValue.Currency(le.getLong(offset));
      case FLOATING_TIME:
        return new PropertyValue.FloatingTime(Double.longBitsToDouble(le.getLong(offset)));
      case ERROR_CODE:
        return new PropertyValue.ErrorCode(le.getInt(offset));
      case BOOLEAN:
        int v = b[offset] & 0xFF;
        return v == 0 || v == 1 ? new PropertyValue.Bool(v == 1) : null;
      case INTEGER64:
        return new PropertyValue.Int64(le.getLong(offset));
      case TIME:
        return new PropertyValue.Time(le.getLong(offset));
      case GUID:
        UUID u = PropertyValue.Guid.fromWireBytes(b, offset);
        return new PropertyValue.Guid(u);
      default:
        return null;
    }
  }

  /**
   * Encodes a fixed-length value; the bytes after the value's size are left as they are.
   *
   * @param v a value of a fixed-length type (PtypGuid included)
   * @param b the target array
   * @param offset the offset of the value
   * @throws IllegalArgumentException when the value is not of a fixed-length type
   */
  public static void encodeFixed(PropertyValue v, byte[] b, int offset) {
    ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    if (v instanceof PropertyValue.Int16 x) {
      le.putShort(offset, x.value());
    } else if (v instanceof PropertyValue.Int32 x) {
      le.putInt(offset, x.value());
    } else if (v instanceof PropertyValue.Float32 x) {
      le.putInt(offset, Float.floatToRawIntBits(x.value()));
    } else if (v instanceof PropertyValue.Float64 x) {
      le.putLong(offset, Double.doubleToRawLongBits(x.value()));
    } else if (v instanceof PropertyValue.Currency x) {
      le.putLong(offset, x.tenThousandths());
    } else if (v instanceof PropertyValue.FloatingTime x) {
      le.putLong(offset, Double.doubleToRawLongBits(x.value()));
    } else if (v instanceof PropertyValue.ErrorCode x) {
      le.putInt(offset, x.value());
    } else if (v instanceof PropertyValue.Bool x) {
      b[offset] = (byte) (x.value() ? 1 : 0);
    } else if (v instanceof PropertyValue.Int64 x) {
      le.putLong(offset, x.value());
    } else if (v instanceof PropertyValue.Time x) {
      le.putLong(offset, x.fileTime());
    } else if (v instanceof PropertyValue.Guid x) {
      System.arraycopy(PropertyValue.Guid.toWireBytes(x.value()), 0, b, offset, 16);
    } else {
      throw new IllegalArgumentException("not a fixed-length value: " + v.type().specName());
    }
  }
}
