package org.xms4j.msg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NameIndexTest {

  private static NameIndex<String> index(String... sortedNames) {
    return NameIndex.of(List.of(sortedNames), Function.identity());
  }

  @Test
  void theExactNameWinsElseTheFirstInNameOrderIgnoringCase() {
    NameIndex<String> i = index("__SUBSTG1.0_0037001F", "__substg1.0_0037001F", "__substg1.0_1000001f");
    assertThat(i.anyCase("__substg1.0_0037001F")).isEqualTo("__substg1.0_0037001F");
    assertThat(i.anyCase("__SUBSTG1.0_0037001F")).isEqualTo("__SUBSTG1.0_0037001F");
    assertThat(i.anyCase("__Substg1.0_0037001f")).isEqualTo("__SUBSTG1.0_0037001F");
    assertThat(i.anyCase("__substg1.0_1000001F")).isEqualTo("__substg1.0_1000001f");
    assertThat(i.exact("__substg1.0_1000001F")).isNull();
    assertThat(i.anyCase("__substg1.0_0E1D001F")).isNull();
  }

  @Test
  void namesAreUpperCasedCodePointByCodePointAsMsCfbComparesThem() {
    // simple case mapping: the length stays, so "ß" is not "SS" (String.toUpperCase would make it so)
    assertThat(CfbNames.upperCase("straße")).isEqualTo("STRAßE");
    assertThat(index("STRASSE").anyCase("straße")).isNull();
    assertThat(index("ÄRGER").anyCase("ärger")).isEqualTo("ÄRGER");
    // no locale: the dotted i of Turkish does not apply
    assertThat(CfbNames.upperCase("__attach_version1.0_#0000000a")).isEqualTo("__ATTACH_VERSION1.0_#0000000A");
    // a supplementary code point (Deseret small letter long i, U+10428) is upper-cased whole
    assertThat(CfbNames.upperCase(new String(Character.toChars(0x10428))))
        .isEqualTo(new String(Character.toChars(0x10400)));
    // the fast path: an upper-case ASCII name is returned as it is; a lower-case letter after it, or
    // non-ASCII after an ASCII run, is still upper-cased
    String upper = "__SUBSTG1.0_0037001F";
    assertThat(CfbNames.upperCase(upper)).isSameAs(upper);
    assertThat(CfbNames.upperCase("__SUBSTG1.0_0037001f")).isEqualTo("__SUBSTG1.0_0037001F");
    assertThat(CfbNames.upperCase("AB\u00e9" + new String(Character.toChars(0x10428)) + "z"))
        .isEqualTo("AB\u00c9" + new String(Character.toChars(0x10400)) + "Z");
  }

  @Test
  void theCaseFoldedNamesAreBuiltOnlyWhenAnExactLookupMisses() {
    int[] calls = {0};
    NameIndex<String> idx = NameIndex.of(List.of("A", "b"), n -> {
      calls[0]++;
      return n;
    });
    assertThat(calls[0]).isEqualTo(2);
    assertThat(idx.anyCase("b")).isEqualTo("b");
    assertThat(calls[0]).isEqualTo(2);
    assertThat(idx.anyCase("B")).isEqualTo("b");
    assertThat(idx.anyCase("a")).isEqualTo("A");
    assertThat(calls[0]).isEqualTo(4);
  }
}
