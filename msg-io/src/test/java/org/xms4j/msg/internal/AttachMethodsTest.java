package org.xms4j.msg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AttachMethodsTest {

  @Test
  void withAnAttachMethodOnlyAfEmbeddedMessageHoldsAnEmbeddedMessage() {
    for (boolean props : new boolean[] {true, false}) {
      assertThat(AttachMethods.holdsEmbeddedMessage(OptionalInt.of(AttachMethods.AF_EMBEDDED_MESSAGE), props)).isTrue();
      for (int m : new int[] {0, AttachMethods.AF_BY_VALUE, 2, 4, AttachMethods.AF_STORAGE, 7, -1}) {
        assertThat(AttachMethods.holdsEmbeddedMessage(OptionalInt.of(m), props)).as("method %d", m).isFalse();
      }
    }
  }

  @Test
  void withoutAnAttachMethodThePropertyStreamDecides() {
    assertThat(AttachMethods.holdsEmbeddedMessage(OptionalInt.empty(), true)).isTrue();
    assertThat(AttachMethods.holdsEmbeddedMessage(OptionalInt.empty(), false)).isFalse();
  }
}
