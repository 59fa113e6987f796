package org.attest.time.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.attest.time.eval.TimexScorer.Annotation;
import org.junit.jupiter.api.Test;

class TimexScorerTest {

  private static Annotation a(int b, int e, String type, String value) {
    return new Annotation(b, e, "x", type, value);
  }

  @Test
  void strictRelaxedAndAttributeScores() {
    TimexScorer s = new TimexScorer();
    s.add("d",
        List.of(a(0, 5, "DATE", "2011-01"), a(10, 20, "DURATION", "P2Y"), a(30, 35, "DATE", "2012"), a(40, 45, "SET", "P1W")),
        List.of(a(0, 5, "DATE", "2011-01"), a(8, 20, "DURATION", "P3Y"), a(30, 35, "DATE", "2012"), a(50, 55, "DATE", "2013")));
    TimexScorer.Counts c = s.total();
    assertThat(c.gold()).isEqualTo(4);
    assertThat(c.system()).isEqualTo(4);
    assertThat(c.strictMatches()).isEqualTo(2);
    assertThat(c.relaxedMatches()).isEqualTo(3);
    assertThat(c.strictF1()).isCloseTo(0.5, within(1e-9));
    assertThat(c.relaxedF1()).isCloseTo(0.75, within(1e-9));
    assertThat(c.valueAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(c.typeAccuracy()).isCloseTo(1.0, within(1e-9));
    assertThat(c.valueF1()).isCloseTo(0.75 * 2 / 3, within(1e-9));
    // per type: the spurious 2013 is a DATE, the missed SET is a SET; slices add up to the total
    assertThat(s.byType().get("DATE").system()).isEqualTo(3);
    assertThat(s.byType().get("SET").gold()).isEqualTo(1);
    assertThat(s.byType().values().stream().mapToInt(TimexScorer.Counts::system).sum()).isEqualTo(4);
    assertThat(s.misses()).hasSize(3);
  }

  @Test
  void oneSystemTimexMatchesOneGoldTimex() {
    TimexScorer s = new TimexScorer();
    s.add("d", List.of(a(0, 5, "DATE", "2011"), a(6, 10, "DATE", "2012")), List.of(a(0, 10, "DATE", "2011")));
    assertThat(s.total().relaxedMatches()).isEqualTo(1);
    assertThat(s.total().relaxedRecall()).isEqualTo(0.5);
  }

  @Test
  void emptyInputScoresZeroNotNaN() {
    TimexScorer s = new TimexScorer();
    s.add("d", List.of(), List.of());
    assertThat(s.total().valueF1()).isZero();
    assertThat(s.table()).contains("ALL");
  }
}
