package org.attest.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimexIntervalTest {

  @Test
  void nestedValuesAreCompatibleSiblingsAreNot() {
    assertThat(TimexInterval.compatible("2024", "2024-10")).isTrue();
    assertThat(TimexInterval.compatible("2024-10", "2024-10-05")).isTrue();
    assertThat(TimexInterval.compatible("2024-Q4", "2024-10-05T14:00")).isTrue();
    assertThat(TimexInterval.compatible("2024-H2", "2024-W40")).isTrue();
    assertThat(TimexInterval.compatible("2024-10", "2024-11")).isFalse();
    assertThat(TimexInterval.compatible("2024-10-05", "2024-10-06")).isFalse();
    assertThat(TimexInterval.compatible("2023", "2024-01")).isFalse();
    assertThat(TimexInterval.compatible("202", "2024-01")).isTrue();
  }

  @Test
  void unknownValuesAreCompatibleWithEverything() {
    for (String unknown : new String[] {null, "XXXX-10", "PRESENT_REF", "P3M", "2024-13", "2025-02-30"}) {
      assertThat(TimexInterval.parse(unknown)).as(unknown).isNull();
      assertThat(TimexInterval.compatible(unknown, "2024-10-05")).isTrue();
    }
  }

  @Test
  void precisionAndRange() {
    TimexInterval w = TimexInterval.parse("2024-W40");
    assertThat(w.precision()).isEqualTo(TimexInterval.Precision.WEEK);
    assertThat(w.start()).hasToString("2024-09-30");
    assertThat(TimexInterval.parse("2024-WI").end()).hasToString("2025-03-01");
    assertThat(TimexInterval.parse("2024-10").precision()).isEqualTo(TimexInterval.Precision.MONTH);
  }
}
