package org.xms4j.mapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;

class PropertyKeyTest {

  @Test
  void tagValueAndHexFollowIdThenType() {
    PropertyTag t = new PropertyTag(0x0037, PropertyType.STRING);
    assertThat(t.value()).isEqualTo(0x0037001F);
    assertThat(t.hex()).isEqualTo("0037001F");
    assertThat(t).hasToString("0x0037001F");
    assertThat(PropertyTag.parse("0037001F")).isEqualTo(t);
    assertThat(PropertyTag.parse("0x10130102").type()).isEqualTo(PropertyType.BINARY);
    assertThat(PropertyTag.of(0x8005_0003).id()).isEqualTo(0x8005);
  }

  @Test
  void tagRejectsBadInput() {
    assertThatThrownBy(() -> new PropertyTag(0x1ABCD, PropertyType.STRING))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0x1ABCD");
    assertThatThrownBy(() -> PropertyTag.parse("0037001")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PropertyTag.parse("0037ZZZZ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PropertyTag.of(0x00370049)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0x0049");
  }

  @Test
  void keysAreValuesSafeInMaps() {
    Map<PropertyKey, String> m = new HashMap<>();
    m.put(PropertyKey.tagged(0x1013, PropertyType.BINARY), "html");
    m.put(PropertyKey.tagged(0x1013, PropertyType.STRING), "bodyHtml");
    m.put(PropertyKey.named(NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "OMSServiceType"), PropertyType.INTEGER32), "svc");
    assertThat(m.get(PidTag.HTML.key())).isEqualTo("html");
    assertThat(m.get(PidTag.BODY_HTML.key())).isEqualTo("bodyHtml");
    assertThat(m.get(PidName.OMS_SERVICE_TYPE.key())).isEqualTo("svc");
    assertThat(PropertyKey.tagged(0x0037, PropertyType.STRING)).isEqualTo(new PropertyKey.Tagged(new PropertyTag(0x37, PropertyType.STRING)))
        .hasSameHashCodeAs(PropertyKey.tagged(0x0037, PropertyType.STRING));
    // same identity, other type: another key
    assertThat(PidName.OMS_SERVICE_TYPE.key().withType(PropertyType.STRING)).isNotEqualTo(PidName.OMS_SERVICE_TYPE.key());
  }

  @Test
  void internetHeaderNamesCompareCaseInsensitivelyOthersExactly() {
    NamedPropertyId a = NamedPropertyId.name(PropertySet.PS_INTERNET_HEADERS, "Content-Class");
    NamedPropertyId b = NamedPropertyId.name(PropertySet.PS_INTERNET_HEADERS, "content-class");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(((NamedPropertyId.ByName) a).name()).isEqualTo("Content-Class");
    NamedPropertyId c = NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "OMSServiceType");
    NamedPropertyId d = NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "omsservicetype");
    assertThat(c).isNotEqualTo(d);
    Set<NamedPropertyId> set = new HashSet<>(Set.of(a, c));
    assertThat(set).contains(b).doesNotContain(d);
  }

  @Test
  void caseInsensitivityIsLocaleIndependent() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      NamedPropertyId a = NamedPropertyId.name(PropertySet.PS_INTERNET_HEADERS, "X-MS-FILE-ID");
      NamedPropertyId b = NamedPropertyId.name(PropertySet.PS_INTERNET_HEADERS, "x-ms-file-id");
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void lidAndNameIdentitiesDiffer() {
    NamedPropertyId lid = NamedPropertyId.lid(PropertySet.PSETID_COMMON, 0x8514);
    assertThat(lid).isEqualTo(NamedPropertyId.lid(PropertySet.of("{00062008-0000-0000-C000-000000000046}"), 0x8514));
    assertThat(lid).isNotEqualTo(NamedPropertyId.lid(PropertySet.PSETID_ADDRESS, 0x8514));
    assertThat(lid).hasToString("PSETID_Common:0x00008514");
    assertThat(NamedPropertyId.name(PropertySet.PS_PUBLIC_STRINGS, "OMSServiceType"))
        .hasToString("PS_PUBLIC_STRINGS:\"OMSServiceType\"");
    assertThatThrownBy(() -> NamedPropertyId.name(PropertySet.PS_MAPI, "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void propertySetsKnowTheirSpecNames() {
    assertThat(PropertySet.PS_PUBLIC_STRINGS.guidText()).isEqualTo("{00020329-0000-0000-C000-000000000046}");
    assertThat(PropertySet.PS_INTERNET_HEADERS.specName()).contains("PS_INTERNET_HEADERS");
    PropertySet other = PropertySet.of("12345678-1234-1234-1234-123456789ABC");
    assertThat(other.specName()).isEmpty();
    assertThat(other).hasToString("{12345678-1234-1234-1234-123456789ABC}");
    assertThatThrownBy(() -> PropertySet.of("{0002}")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void typesHaveCodesSizesAndMultiValuedForms() {
    assertThat(PropertyType.INTEGER32.code()).isEqualTo(0x0003);
    assertThat(PropertyType.BOOLEAN.fixedSizeInBytes()).hasValue(1);
    assertThat(PropertyType.GUID.fixedSizeInBytes()).hasValue(16);
    assertThat(PropertyType.STRING.fixedSizeInBytes()).isEmpty();
    assertThat(PropertyType.MULTIPLE_STRING.elementType()).isEqualTo(PropertyType.STRING);
    assertThat(PropertyType.INTEGER32.multiValued()).contains(PropertyType.MULTIPLE_INTEGER32);
    assertThat(PropertyType.BOOLEAN.multiValued()).isEmpty();
    assertThat(PropertyType.fromCode(0x101F)).contains(PropertyType.MULTIPLE_STRING);
    assertThat(PropertyType.fromCode(0x0049)).isEmpty();
    for (PropertyType t : PropertyType.values()) {
      assertThat(PropertyType.requireFromCode(t.code())).isEqualTo(t);
      assertThat(t.specName()).startsWith("Ptyp");
      assertThat(t.isMultiValued()).isEqualTo(t.specName().startsWith("PtypMultiple"));
    }
  }
}
