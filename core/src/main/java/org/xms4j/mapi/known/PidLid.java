package org.xms4j.mapi.known;

import java.util.ArrayList;
import java.util.List;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertySet;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.SpecReference;

/**
 * Definitions of named properties with numeric LIDs ({@code PidLid*}) used by xms4j.
 */
public final class PidLid {

  private static final List<PropertyDefinition<?>> ALL = new ArrayList<>();

  /**
   * PidLidSmartNoAttach (PSETID_Common, LID 0x00008514, PtypBoolean): true when the message has no
   * attachments visible to the user; absent means false.
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.14.
   */
  public static final PropertyDefinition<Boolean> SMART_NO_ATTACH = add(PropertyDefinition.ofBoolean(
      "PidLidSmartNoAttach", PropertyKey.named(NamedPropertyId.lid(PropertySet.PSETID_COMMON, 0x8514),
          PropertyType.BOOLEAN), SpecReference.of("MS-OXCMSG", "2.2.1.14")));

  private PidLid() {
  }

  private static <T> PropertyDefinition<T> add(PropertyDefinition<T> d) {
    ALL.add(d);
    return d;
  }

  /**
   * Returns every definition in this class, in declaration order.
   *
   * @return an unmodifiable list
   */
  public static List<PropertyDefinition<?>> all() {
    return List.copyOf(ALL);
  }
}
