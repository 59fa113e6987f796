package org.attest.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A calendar point at some granularity (a day, a week, a month, a quarter ...), kept as the first
 * day it covers so that arithmetic is plain {@link LocalDate} arithmetic. Immutable.
 */
record TimePoint(LocalDate start, Grain grain) {

  /** Granularities, finest first: a point can serve as reference for any coarser grain. */
  enum Grain {
    DAY,
    WEEKEND,
    WEEK,
    MONTH,
    SEASON,
    QUARTER,
    HALF,
    YEAR,
    DECADE,
    CENTURY
  }

  /** The point of grain {@code g} containing {@code d}. */
  static TimePoint of(LocalDate d, Grain g) {
    LocalDate s =
        switch (g) {
          case DAY -> d;
          case WEEK, WEEKEND -> d.with(java.time.DayOfWeek.MONDAY);
          case MONTH -> d.withDayOfMonth(1);
          case SEASON -> seasonStart(d);
          case QUARTER -> LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
          case HALF -> LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? 1 : 7, 1);
          case YEAR -> LocalDate.of(d.getYear(), 1, 1);
          case DECADE -> LocalDate.of(Math.floorDiv(d.getYear(), 10) * 10, 1, 1);
          case CENTURY -> LocalDate.of(Math.floorDiv(d.getYear(), 100) * 100, 1, 1);
        };
    return new TimePoint(s, g);
  }

  static TimePoint year(int y) {
    return new TimePoint(LocalDate.of(y, 1, 1), Grain.YEAR);
  }

  static TimePoint month(int y, int m) {
    return new TimePoint(LocalDate.of(y, m, 1), Grain.MONTH);
  }

  static TimePoint quarter(int y, int q) {
    return new TimePoint(LocalDate.of(y, (q - 1) * 3 + 1, 1), Grain.QUARTER);
  }

  static TimePoint half(int y, int h) {
    return new TimePoint(LocalDate.of(y, h == 1 ? 1 : 7, 1), Grain.HALF);
  }

  /** Seasons by meteorological quarter: SP Mar–May, SU Jun–Aug, FA Sep–Nov, WI Dec–Feb (named by its December). */
  static TimePoint season(int y, int index) {
    return new TimePoint(LocalDate.of(y, 3 + 3 * index, 1), Grain.SEASON);
  }

  private static LocalDate seasonStart(LocalDate d) {
    int m = d.getMonthValue();
    if (m <= 2) {
      return LocalDate.of(d.getYear() - 1, 12, 1);
    }
    return LocalDate.of(d.getYear(), ((m - 3) / 3) * 3 + 3, 1);
  }

  int year() {
    return start.getYear();
  }

  /** This point moved by {@code n} of its own grain. */
  TimePoint plus(long n) {
    return plus(n, grain);
  }

  /** This point moved by {@code n} units of {@code unit}, keeping its own grain. */
  TimePoint plus(long n, Grain unit) {
    LocalDate d =
        switch (unit) {
          case DAY -> start.plusDays(n);
          case WEEK, WEEKEND -> start.plusWeeks(n);
          case MONTH -> start.plusMonths(n);
          case SEASON, QUARTER -> start.plusMonths(3 * n);
          case HALF -> start.plusMonths(6 * n);
          case YEAR -> start.plusYears(n);
          case DECADE -> start.plusYears(10 * n);
          case CENTURY -> start.plusYears(100 * n);
        };
    return of(d, grain);
  }

  /** The same point seen at a coarser (or equal) grain. */
  TimePoint at(Grain g) {
    return of(start, g);
  }

  /** Whole units of {@code g} from this point's start to {@code other}'s start. */
  long until(TimePoint other, ChronoUnit unit) {
    return unit.between(start, other.start);
  }

  /** The TIMEX3 value: 2025-05-07, 2025-W19, 2025-W19-WE, 2025-05, 2025-SU, 2025-Q2, 2025-H1, 2025, 202, 20. */
  String value() {
    int y = start.getYear();
    return switch (grain) {
      case DAY -> String.format("%04d-%02d-%02d", y, start.getMonthValue(), start.getDayOfMonth());
      case WEEK -> String.format(
          "%04d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case WEEKEND -> String.format(
          "%04d-W%02d-WE", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format("%04d-%02d", y, start.getMonthValue());
      case SEASON -> String.format("%04d-%s", y, new String[] {"SP", "SU", "FA", "WI"}[(start.getMonthValue() - 3) / 3]);
      case QUARTER -> String.format("%04d-Q%d", y, (start.getMonthValue() - 1) / 3 + 1);
      case HALF -> String.format("%04d-H%d", y, start.getMonthValue() <= 6 ? 1 : 2);
      case YEAR -> String.format("%04d", y);
      case DECADE -> String.format("%03d", Math.floorDiv(y, 10));
      case CENTURY -> String.format("%02d", Math.floorDiv(y, 100));
    };
  }

  /** The value an expression of grain {@code g} gets when no anchor is known. */
  static String unknown(Grain g) {
    return switch (g) {
      case DAY -> "XXXX-XX-XX";
      case WEEK -> "XXXX-WXX";
      case WEEKEND -> "XXXX-WXX-WE";
      case MONTH -> "XXXX-XX";
      case SEASON -> "XXXX-XX";
      case QUARTER -> "XXXX-QX";
      case HALF -> "XXXX-HX";
      case YEAR -> "XXXX";
      case DECADE -> "XXX";
      case CENTURY -> "XX";
    };
  }

  /** Last day covered, for ordering a point against a date. */
  LocalDate end() {
    return switch (grain) {
      case DAY -> start;
      case WEEK -> start.plusDays(6);
      case WEEKEND -> start.plusDays(6);
      default -> plus(1).start.minusDays(1);
    };
  }

  static LocalDate lastDayOf(LocalDate d) {
    return d.with(TemporalAdjusters.lastDayOfMonth());
  }
}
