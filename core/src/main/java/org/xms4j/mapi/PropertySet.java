package org.xms4j.mapi;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A property set: the GUID that, with a LID or a string name, identifies a named property.
 *
 * <p>Any GUID is a valid property set; the well-known ones have constants here and a spec name
 * ({@link #specName()}). Equality is by GUID only.
 *
 * <p>Specified by [MS-OXPROPS] section 1.3.2 (commonly used property sets) and [MS-OXCDATA]
 * section 2.6.1 (PropertyName structure).
 *
 * @param guid the property set GUID
 */
public record PropertySet(UUID guid) {

  /** PS_MAPI {00020328-0000-0000-C000-000000000046}: named forms of tagged properties. */
  public static final PropertySet PS_MAPI = of("00020328-0000-0000-C000-000000000046");
  /** PS_PUBLIC_STRINGS {00020329-0000-0000-C000-000000000046}: the OMS properties of [MS-OXOSMMS] live here. */
  public static final PropertySet PS_PUBLIC_STRINGS = of("00020329-0000-0000-C000-000000000046");
  /** PS_INTERNET_HEADERS {00020386-0000-0000-C000-000000000046}: Internet headers; names compare case-insensitively. */
  public static final PropertySet PS_INTERNET_HEADERS = of("00020386-0000-0000-C000-000000000046");
  /** PSETID_Common {00062008-0000-0000-C000-000000000046}. */
  public static final PropertySet PSETID_COMMON = of("00062008-0000-0000-C000-000000000046");
  /** PSETID_Address {00062004-0000-0000-C000-000000000046}. */
  public static final PropertySet PSETID_ADDRESS = of("00062004-0000-0000-C000-000000000046");
  /** PSETID_Appointment {00062002-0000-0000-C000-000000000046}. */
  public static final PropertySet PSETID_APPOINTMENT = of("00062002-0000-0000-C000-000000000046");
  /** PSETID_Task {00062003-0000-0000-C000-000000000046}. */
  public static final PropertySet PSETID_TASK = of("00062003-0000-0000-C000-000000000046");
  /** PSETID_Log {0006200A-0000-0000-C000-000000000046}. */
  public static final PropertySet PSETID_LOG = of("0006200A-0000-0000-C000-000000000046");
  /** PSETID_Note {0006200E-0000-0000-C000-000000000046}. */
  public static final PropertySet PSETID_NOTE = of("0006200E-0000-0000-C000-000000000046");
  /** PSETID_Meeting {6ED8DA90-450B-101B-98DA-00AA003F1305}. */
  public static final PropertySet PSETID_MEETING = of("6ED8DA90-450B-101B-98DA-00AA003F1305");
  /** PSETID_Sharing {00062040-0000-0000-C000-000000000046}. */
  public static final PropertySet PSETID_SHARING = of("00062040-0000-0000-C000-000000000046");
  /** PSETID_AirSync {71035549-0739-4DCB-9163-00F0580DBBDF}. */
  public static final PropertySet PSETID_AIR_SYNC = of("71035549-0739-4DCB-9163-00F0580DBBDF");
  /** PSETID_Messaging {41F28F13-83F4-4114-A584-EEDB5A6B0BFF}. */
  public static final PropertySet PSETID_MESSAGING = of("41F28F13-83F4-4114-A584-EEDB5A6B0BFF");
  /** PSETID_Attachment {96357F7F-59E1-47D0-99A7-46515C183B54}. */
  public static final PropertySet PSETID_ATTACHMENT = of("96357F7F-59E1-47D0-99A7-46515C183B54");

  private static final List<PropertySet> KNOWN = List.of(PS_MAPI, PS_PUBLIC_STRINGS,
      PS_INTERNET_HEADERS, PSETID_COMMON, PSETID_ADDRESS, PSETID_APPOINTMENT, PSETID_TASK,
      PSETID_LOG, PSETID_NOTE, PSETID_MEETING, PSETID_SHARING, PSETID_AIR_SYNC, PSETID_MESSAGING,
      PSETID_ATTACHMENT);
  private static final List<String> KNOWN_NAMES = List.of("PS_MAPI", "PS_PUBLIC_STRINGS",
      "PS_INTERNET_HEADERS", "PSETID_Common", "PSETID_Address", "PSETID_Appointment",
      "PSETID_Task", "PSETID_Log", "PSETID_Note", "PSETID_Meeting", "PSETID_Sharing",
      "PSETID_AirSync", "PSETID_Messaging", "PSETID_Attachment");

  /**
   * Checks the GUID.
   *
   * @param guid the {@code guid} component
   * @throws NullPointerException when {@code guid} is null
   */
  public PropertySet {
    Objects.requireNonNull(guid, "guid");
  }

  /**
   * Returns the property set with the given GUID in its usual text form, with or without braces.
   *
   * @param guid for example {@code "{00020329-0000-0000-C000-000000000046}"}
   * @return the property set
   * @throws IllegalArgumentException when the text is not a GUID
   */
  public static PropertySet of(String guid) {
    String s = guid.startsWith("{") && guid.endsWith("}") ? guid.substring(1, guid.length() - 1) : guid;
    if (s.length() != 36) {
      throw new IllegalArgumentException("expected a GUID of 36 characters, was \"" + guid + "\"");
    }
    return new PropertySet(UUID.fromString(s));
  }

  /**
   * Returns the spec name of a well-known property set.
   *
   * @return for example {@code "PS_PUBLIC_STRINGS"} or {@code "PSETID_Common"}; empty for other GUIDs
   */
  public Optional<String> specName() {
    int i = KNOWN.indexOf(this);
    return i >= 0 ? Optional.of(KNOWN_NAMES.get(i)) : Optional.empty();
  }

  /**
   * Returns the GUID in upper case with braces, for example
   * {@code {00020329-0000-0000-C000-000000000046}}.
   *
   * @return the braced GUID text
   */
  public String guidText() {
    return "{" + guid.toString().toUpperCase(Locale.ROOT) + "}";
  }

  /**
   * Returns the spec name when known, else the braced GUID.
   *
   * @return a name usable in paths such as {@code PS_PUBLIC_STRINGS:"OMSServiceType"}
   */
  @Override
  public String toString() {
    return specName().orElseGet(this::guidText);
  }
}
