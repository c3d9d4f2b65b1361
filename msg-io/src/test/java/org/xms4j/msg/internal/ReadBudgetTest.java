package org.xms4j.msg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadBudgetTest {

  @Test
  void checksTheFileSizeThenTheStreamLimitThenTheTotal() {
    ReadBudget b = new ReadBudget(1000, 1500);
    assertThat(b.check(1001, 10)).isEqualTo(ReadBudget.Verdict.LARGER_THAN_CONTAINER);
    assertThat(b.check(900, 800)).isEqualTo(ReadBudget.Verdict.OVER_STREAM_LIMIT);
    assertThat(b.check(900, 1000)).isEqualTo(ReadBudget.Verdict.READ);
    b.spend(900);
    assertThat(b.spent()).isEqualTo(900);
    assertThat(b.check(600, 1000)).isEqualTo(ReadBudget.Verdict.READ);
    assertThat(b.check(601, 1000)).isEqualTo(ReadBudget.Verdict.OVER_TOTAL_LIMIT);
    // checking spends nothing
    assertThat(b.spent()).isEqualTo(900);
    assertThat(b.containerSize()).isEqualTo(1000);
  }
}
