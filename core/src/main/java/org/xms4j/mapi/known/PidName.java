package org.xms4j.mapi.known;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.xms4j.mapi.NamedPropertyId;
import org.xms4j.mapi.PropertyDefinition;
import org.xms4j.mapi.PropertyKey;
import org.xms4j.mapi.PropertySet;
import org.xms4j.mapi.PropertyType;
import org.xms4j.mapi.SpecReference;

/**
 * Definitions of named properties with string names ({@code PidName*}): the five OMS properties
 * of [MS-OXOSMMS] in PS_PUBLIC_STRINGS and PidNameContentClass in PS_INTERNET_HEADERS.
 *
 * <p>A named property is identified by property set and name; the id it gets in a .msg file
 * (0x8000 and above) is a per-file mapping that never appears in the model.
 */
public final class PidName {

  private static final List<PropertyDefinition<?>> ALL = new ArrayList<>();

  /**
   * PidNameOMSAccountGuid (PS_PUBLIC_STRINGS, "OMSAccountGuid", PtypString): the GUID of the SMS
   * account used to deliver the message, as text {@code {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}}
   * with braces.
   *
   * <p>Specified by [MS-OXOSMMS] section 2.2.1.1.
   */
  public static final PropertyDefinition<String> OMS_ACCOUNT_GUID = add(PropertyDefinition.ofString(
      "PidNameOMSAccountGuid", publicString("OMSAccountGuid", PropertyType.STRING),
      SpecReference.of("MS-OXOSMMS", "2.2.1.1")));

  /**
   * PidNameOMSScheduleTime (PS_PUBLIC_STRINGS, "OMSScheduleTime", PtypTime): when the client asks
   * the service provider to send the message, UTC.
   *
   * <p>Specified by [MS-OXOSMMS] section 2.2.1.2.
   */
  public static final PropertyDefinition<Instant> OMS_SCHEDULE_TIME = add(PropertyDefinition.ofTime(
      "PidNameOMSScheduleTime", publicString("OMSScheduleTime", PropertyType.TIME),
      SpecReference.of("MS-OXOSMMS", "2.2.1.2")));

  /**
   * PidNameOMSServiceType (PS_PUBLIC_STRINGS, "OMSServiceType", PtypInteger32): 0x00000001 SMS,
   * 0x00000004 MMS.
   *
   * <p>Specified by [MS-OXOSMMS] section 2.2.1.3.
   */
  public static final PropertyDefinition<Integer> OMS_SERVICE_TYPE = add(PropertyDefinition.ofInteger32(
      "PidNameOMSServiceType", publicString("OMSServiceType", PropertyType.INTEGER32),
      SpecReference.of("MS-OXOSMMS", "2.2.1.3")));

  /**
   * PidNameOMSSourceType (PS_PUBLIC_STRINGS, "OMSSourceType", PtypInteger32): 0 XMS inspector,
   * 1 reminder, 2 calendar summary, 3 rule, 4 unknown.
   *
   * <p>Specified by [MS-OXOSMMS] section 2.2.1.4.
   */
  public static final PropertyDefinition<Integer> OMS_SOURCE_TYPE = add(PropertyDefinition.ofInteger32(
      "PidNameOMSSourceType", publicString("OMSSourceType", PropertyType.INTEGER32),
      SpecReference.of("MS-OXOSMMS", "2.2.1.4")));

  /**
   * PidNameOMSMobileModel (PS_PUBLIC_STRINGS, "OMSMobileModel", PtypString): the model of the
   * mobile device that sent the message.
   *
   * <p>Specified by [MS-OXOSMMS] section 2.2.1.6.
   */
  public static final PropertyDefinition<String> OMS_MOBILE_MODEL = add(PropertyDefinition.ofString(
      "PidNameOMSMobileModel", publicString("OMSMobileModel", PropertyType.STRING),
      SpecReference.of("MS-OXOSMMS", "2.2.1.6")));

  /**
   * PidNameContentClass (PS_INTERNET_HEADERS, "Content-Class", PtypString): the content class;
   * {@code MS-OMS-SMS} or {@code MS-OMS-MMS} on mobile messages ([MS-OXOSMMS] 2.2.1.5).
   *
   * <p>Specified by [MS-OXCMSG] section 2.2.1.48.
   */
  public static final PropertyDefinition<String> CONTENT_CLASS = add(PropertyDefinition.ofString(
      "PidNameContentClass", PropertyKey.named(
          NamedPropertyId.name(PropertySet.PS_INTERNET_HEADERS, "Content-Class"), PropertyType.STRING),
      SpecReference.of("MS-OXCMSG", "2.2.1.48")));

  private PidName() {
  }

  private static PropertyKey publicString(String name, PropertyType type) {
    return PropertyKey.named(NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, name), type);
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
