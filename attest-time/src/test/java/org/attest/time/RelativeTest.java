package org.attest.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.attest.time.TimePoint.Grain;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one relative-shift mechanism: determiner + unit, against an anchor and a reference. */
class RelativeTest {

  private static Resolution at(String anchor, TimePoint reference) {
    return new Resolution("", anchor == null ? null : LocalDate.parse(anchor), reference, 0, 0);
  }

  @ParameterizedTest(name = "{0} {1} @ {2} -> {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      this          | QUARTER | 2024-05-15 | 2024-Q2
      current       | QUARTER | 2024-05-15 | 2024-Q2
      last          | QUARTER | 2024-05-15 | 2024-Q1
      the last      | QUARTER | 2024-05-15 | 2024-Q1
      the past      | QUARTER | 2024-05-15 | 2024-Q1
      past          | QUARTER | 2024-05-15 | 2024-Q1
      the latest    | QUARTER | 2024-05-15 | 2024-Q1
      next          | QUARTER | 2024-05-15 | 2024-Q3
      the coming    | QUARTER | 2024-05-15 | 2024-Q3
      last          | YEAR    | 2024-05-15 | 2023
      next          | MONTH   | 2024-12-15 | 2025-01
      last          | WEEK    | 2024-01-03 | 2023-W52
      this          | WEEKEND | 2024-05-15 | 2024-W20-WE
      last          | DECADE  | 2024-05-15 | 201
      next          | CENTURY | 2024-05-15 | 21
      last          | SEASON  | 2024-01-15 | 2023-FA
      last          | HALF    | 2024-05-15 | 2023-H2
      the previous  | YEAR    | 2024-05-15 | 2004
      the following | YEAR    | 2024-05-15 | 2006
      the same      | YEAR    | 2024-05-15 | 2005
      that          | YEAR    | 2024-05-15 | 2005
      the next      | DAY     | 2024-05-15 | 2005-01-02
      the next      | YEAR    | 2024-05-15 | 2025
      """)
  void determinerAndUnit(String word, Grain unit, String anchor, String expected) {
    TimePoint reference = new TimePoint(LocalDate.of(2005, 1, 1), Grain.DAY);
    TimePoint p = Relative.of(word, unit).resolve(at(anchor, reference));
    assertThat(p.value()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} without an anchor is unknown")
  @CsvSource(delimiter = '|', textBlock = """
      last     | QUARTER
      the past | YEAR
      next     | WEEK
      this     | DAY
      """)
  void withoutAnAnchorTheResultIsUnknown(String word, Grain unit) {
    assertThat(Relative.of(word, unit).resolve(at(null, null))).isNull();
  }

  @ParameterizedTest(name = "{0} {1} @ {2} -> {3}")
  @CsvSource(delimiter = '|', textBlock = """
      last | 5  | 2024-05-15 | 2023-05
      last | 4  | 2024-05-15 | 2024-04
      next | 5  | 2024-05-15 | 2025-05
      next | 6  | 2024-05-15 | 2024-06
      this | 1  | 2024-05-15 | 2024-01
      """)
  void namedMonthOccurrence(String word, int month, String anchor, String expected) {
    TimePoint p = Relative.of(word, Grain.MONTH).occurrence(at(anchor, null), Grain.MONTH, y -> TimePoint.month(y, month));
    assertThat(p.value()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} x{1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      -2 | WEEK  | 2024-05-15 | 2024-W18
      -3 | YEAR  | 2024-05-15 | 2021
      10 | DAY   | 2024-05-15 | 2024-05-25
      -1 | MONTH | 2024-03-31 | 2024-02
      """)
  void anchoredCounts(long n, Grain unit, String anchor, String expected) {
    assertThat(Relative.anchored(n, unit).resolve(at(anchor, null)).value()).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void aShiftReadAtAnotherGranularity() {
    // "a year earlier" after "the third quarter of 1989"
    TimePoint q3 = TimePoint.quarter(1989, 3);
    Relative r = Relative.referenced(-1, Grain.YEAR).at(Grain.QUARTER);
    assertThat(r.resolve(at("1989-11-02", q3)).value()).isEqualTo("1988-Q3");
    assertThat(Relative.of("yesterday", Grain.DAY)).isNull();
  }
}
