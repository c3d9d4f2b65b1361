package org.xms4j.msg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CfbNamesTest {

  @Test
  void bucketIdParsesTheStreamIdOfEveryBucketName() {
    for (int id = 0x1000; id <= 0x101E; id++) {
      assertThat(CfbNames.bucketId(CfbNames.bucketStream(id))).isEqualTo(id);
    }
    assertThat(CfbNames.bucketStream(0x101D)).isEqualTo("__substg1.0_101D0102");
  }

  @Test
  void bucketIdMatchesNamesIgnoringCaseAsMsCfbComparesThem() {
    assertThat(CfbNames.bucketId("__substg1.0_101d0102")).isEqualTo(0x101D);
    assertThat(CfbNames.bucketId("__SUBSTG1.0_101D0102")).isEqualTo(0x101D);
    assertThat(CfbNames.bucketId("__SubStg1.0_100e0102")).isEqualTo(0x100E);
  }

  @Test
  void bucketIdRejectsOtherNames() {
    // outside 0x1000 to 0x101E: the GUID, entry and string streams, and 0x101F
    assertThat(CfbNames.bucketId(CfbNames.NAMEID_GUID)).isEqualTo(-1);
    assertThat(CfbNames.bucketId(CfbNames.NAMEID_ENTRY)).isEqualTo(-1);
    assertThat(CfbNames.bucketId(CfbNames.NAMEID_STRING)).isEqualTo(-1);
    assertThat(CfbNames.bucketId("__substg1.0_101F0102")).isEqualTo(-1);
    assertThat(CfbNames.bucketId("__substg1.0_0FFF0102")).isEqualTo(-1);
    // another type, another length, another prefix, no hex digits (a sign or a non-ASCII digit neither)
    assertThat(CfbNames.bucketId("__substg1.0_1001001F")).isEqualTo(-1);
    assertThat(CfbNames.bucketId("__substg1.0_10010102-00000000")).isEqualTo(-1);
    assertThat(CfbNames.bucketId("__substg2.0_10010102")).isEqualTo(-1);
    assertThat(CfbNames.bucketId("__substg1.0_+1010102")).isEqualTo(-1);
    assertThat(CfbNames.bucketId("__substg1.0_10\uFF10\uFF110102")).isEqualTo(-1);
    assertThat(CfbNames.bucketId("")).isEqualTo(-1);
  }

  @Test
  void namedValueStreamsInEitherCaseWithTheirValueIndex() {
    assertThat(CfbNames.isNamedValueStream("__substg1.0_8001001F")).isTrue();
    assertThat(CfbNames.isNamedValueStream("__SUBSTG1.0_8a01001f")).isTrue();
    assertThat(CfbNames.isNamedValueStream("__substg1.0_FFFF101F-00000001")).isTrue();
    assertThat(CfbNames.isNamedValueStream("__substg1.0_8001000D")).isTrue();
    // tagged ids, too short, not hex, another prefix
    assertThat(CfbNames.isNamedValueStream("__substg1.0_7FFF001F")).isFalse();
    assertThat(CfbNames.isNamedValueStream("__substg1.0_8001")).isFalse();
    assertThat(CfbNames.isNamedValueStream("__substg1.0_8zzz001F")).isFalse();
    assertThat(CfbNames.isNamedValueStream("__substg2.0_8001001F")).isFalse();
  }
}
