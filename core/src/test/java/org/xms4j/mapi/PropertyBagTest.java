package org.xms4j.mapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xms4j.mapi.known.KnownProperties;
import org.xms4j.mapi.known.PidName;
import org.xms4j.mapi.known.PidTag;

class PropertyBagTest {

  @Test
  void keepsInsertionOrderAndUnknownProperties() {
    PropertyKey unknown = PropertyKey.tagged(0x6804, PropertyType.STRING);
    PropertyKey unknownNamed = PropertyKey.named(NamedPropertyId.lid(PropertySet.of("{11111111-2222-3333-4444-555555555555}"), 7),
        PropertyType.INTEGER64);
    PropertyBag bag = PropertyBag.builder()
        .put(unknown, new PropertyValue.Text("x"))
        .set(PidTag.SUBJECT, "s")
        .put(unknownNamed, new PropertyValue.Int64(42))
        .build();
    assertThat(bag.keys()).containsExactly(unknown, PidTag.SUBJECT.key(), unknownNamed);
    assertThat(bag.get(unknownNamed)).contains(new PropertyValue.Int64(42));
    assertThat(KnownProperties.nameOf(unknown)).isEqualTo("0x6804001F");
  }

  @Test
  void rejectsValuesOfAnotherType() {
    assertThatThrownBy(() -> PropertyBag.builder().put(PidTag.SUBJECT.key(), new PropertyValue.Int32(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PtypInteger32").hasMessageContaining("PtypString");
  }

  @Test
  void findsStringsStoredAsString8() {
    PropertyBag bag = PropertyBag.builder()
        .put(PidTag.MESSAGE_CLASS.key().withType(PropertyType.STRING8), PropertyValue.String8.encode("IPM.Note", 1252))
        .build();
    assertThat(bag.find(PidTag.MESSAGE_CLASS)).contains("IPM.Note");
    assertThat(bag.has(PidTag.MESSAGE_CLASS)).isTrue();
    assertThat(KnownProperties.find(PidTag.MESSAGE_CLASS.key().withType(PropertyType.STRING8))).contains(PidTag.MESSAGE_CLASS);
    // setting replaces the String8 twin in place
    PropertyBag replaced = bag.toBuilder().set(PidTag.MESSAGE_CLASS, "IPM.Note.Mobile.SMS").build();
    assertThat(replaced.size()).isEqualTo(1);
    assertThat(replaced.get(PidTag.MESSAGE_CLASS.key())).contains(new PropertyValue.Text("IPM.Note.Mobile.SMS"));
  }

  @Test
  void requireNamesTheMissingProperty() {
    assertThatThrownBy(() -> PropertyBag.EMPTY.require(PidName.OMS_SERVICE_TYPE))
        .isInstanceOf(MissingPropertyException.class)
        .hasMessageContaining("PidNameOMSServiceType").hasMessageContaining("PS_PUBLIC_STRINGS:\"OMSServiceType\"")
        .hasMessageContaining("absent");
    PropertyBag wrong = PropertyBag.builder().put(PidTag.SUBJECT.key(), new PropertyValue.Unparsed(PropertyType.STRING, Bytes.of((byte) 1), "odd"))
        .build();
    assertThatThrownBy(() -> wrong.require(PidTag.SUBJECT)).isInstanceOf(MissingPropertyException.class)
        .hasMessageContaining("undecodable");
  }

  @Test
  void typedAccessForEachJavaType() {
    Instant t = Instant.parse("2008-04-01T12:00:00Z");
    PropertyBag bag = PropertyBag.builder()
        .set(PidTag.MESSAGE_FLAGS, 0x18)
        .set(PidTag.HAS_ATTACHMENTS, true)
        .set(PidTag.CLIENT_SUBMIT_TIME, t)
        .set(PidTag.HTML, Bytes.of((byte) 0x3C))
        .set(PidName.OMS_SCHEDULE_TIME, t)
        .build();
    assertThat(bag.require(PidTag.MESSAGE_FLAGS)).isEqualTo(0x18);
    assertThat(bag.require(PidTag.HAS_ATTACHMENTS)).isTrue();
    assertThat(bag.require(PidTag.CLIENT_SUBMIT_TIME)).isEqualTo(t);
    assertThat(bag.require(PidTag.HTML).hex()).isEqualTo("3C");
    assertThat(bag.get(PidName.OMS_SCHEDULE_TIME.key())).contains(PropertyValue.Time.of(t));
  }

  @Test
  void equalityIgnoresOrder() {
    PropertyBag a = PropertyBag.builder().set(PidTag.SUBJECT, "a").set(PidTag.BODY, "b").build();
    PropertyBag b = PropertyBag.builder().set(PidTag.BODY, "b").set(PidTag.SUBJECT, "a").build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toBuilder().remove(PidTag.BODY).build()).isNotEqualTo(b);
  }

  @Test
  void knownDefinitionsAreUniqueAndConsistent() {
    List<PropertyDefinition<?>> all = KnownProperties.all();
    assertThat(all).extracting(PropertyDefinition::canonicalName).doesNotHaveDuplicates();
    assertThat(all).extracting(PropertyDefinition::key).doesNotHaveDuplicates();
    for (PropertyDefinition<?> d : all) {
      assertThat(d.canonicalName()).matches("Pid(Tag|Name|Lid)[A-Za-z0-9]+");
      assertThat(KnownProperties.byName(d.canonicalName())).contains(d);
      assertThat(KnownProperties.find(d.key())).contains(d);
    }
    assertThat(PidTag.MESSAGE_CLASS.key()).isEqualTo(PropertyKey.tagged(0x001A, PropertyType.STRING));
    assertThat(PidTag.HTML.key()).isEqualTo(PropertyKey.tagged(0x1013, PropertyType.BINARY));
    assertThat(PidTag.ICON_INDEX.key()).isEqualTo(PropertyKey.tagged(0x1080, PropertyType.INTEGER32));
    assertThat(PidName.CONTENT_CLASS.key()).isEqualTo(PropertyKey.named(
        NamedPropertyId.name(PropertySet.PS_INTERNET_HEADERS, "content-class"), PropertyType.STRING));
    assertThat(PidName.OMS_SCHEDULE_TIME.type()).isEqualTo(PropertyType.TIME);
    assertThat(PidTag.MESSAGE_CLASS.specReference()).hasToString("[MS-OXCMSG] 2.2.1.3");
  }

  @Test
  void codePagesMapToCharsets() {
    assertThat(CodePage.charset(65001)).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("UTF-8"));
    assertThat(CodePage.charset(1251)).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("windows-1251"));
    assertThat(CodePage.charset(950)).isPresent();
    assertThat(CodePage.charset(12345)).isEmpty();
    assertThat(CodePage.codePage(java.nio.charset.Charset.forName("windows-1252"))).hasValue(1252);
    assertThat(CodePage.codePage(java.nio.charset.StandardCharsets.UTF_8)).hasValue(65001);
    assertThatThrownBy(() -> CodePage.requireCharset(1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1");
    assertThat(CodePage.forLocale(1041)).hasValue(932);
    assertThat(CodePage.forLocale(1031)).hasValue(1252);
    assertThat(CodePage.forLocale(1049)).hasValue(1251);
    assertThat(CodePage.forLocale(0x0404)).hasValue(950);
    assertThat(CodePage.forLocale(0x0804)).hasValue(936);
    assertThat(CodePage.forLocale(0x0C1A)).hasValue(1251);
    assertThat(CodePage.forLocale(0x081A)).hasValue(1250);
    assertThat(CodePage.forLocale(0x0439)).isEmpty(); // Hindi: no ANSI code page
  }

  @Test
  void bytesAreImmutableValues() {
    byte[] src = {1, 2, 3};
    Bytes b = Bytes.of(src);
    src[0] = 9;
    assertThat(b.hex()).isEqualTo("010203");
    byte[] out = b.toByteArray();
    out[1] = 9;
    assertThat(b.hex()).isEqualTo("010203");
    assertThat(b).isEqualTo(Bytes.fromHex("010203")).hasSameHashCodeAs(Bytes.fromHex("010203"));
    assertThat(Bytes.of().sha256Hex()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThatThrownBy(() -> Bytes.fromHex("0G")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Bytes.read(new java.io.ByteArrayInputStream(new byte[2]), 3))
        .isInstanceOf(java.io.EOFException.class).hasMessageContaining("after 2");
  }
}
