package org.attest.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar days a TIMEX3 date value covers, as a half-open range {@code [start, end)}, with
 * its precision. Only fully specified calendar values have one ({@code 2024}, {@code 2024-Q4},
 * {@code 2024-H1}, {@code 2024-SU}, {@code 2024-10}, {@code 2024-W40}, {@code 2024-10-05},
 * {@code 2024-10-05T14:00}, decades {@code 202}, centuries {@code 20}); values with {@code X}
 * digits, references ({@code PRESENT_REF}), durations and sets have none and are "unknown".
 */
public record TimexInterval(LocalDate start, LocalDate end, Precision precision) {

  /** How finely a value pins its time; exporters show a date no finer than this. */
  public enum Precision {
    CENTURY,
    DECADE,
    YEAR,
    HALF,
    QUARTER,
    SEASON,
    MONTH,
    WEEK,
    DAY
  }

  private static final Pattern CENTURY = Pattern.compile("(\\d{2})");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern PART = Pattern.compile("(\\d{4})-(H[12]|Q[1-4]|SP|SU|FA|AU|WI)");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");

  /** The interval of a TIMEX3 value, or null when the value does not name calendar days. */
  public static TimexInterval parse(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    try {
      Matcher m;
      if ((m = DAY.matcher(v)).matches()) {
        LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        return new TimexInterval(d, d.plusDays(1), Precision.DAY);
      }
      if ((m = WEEK.matcher(v)).matches()) {
        int week = num(m, 2);
        LocalDate d = LocalDate.of(num(m, 1), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new TimexInterval(d, d.plusWeeks(1), Precision.WEEK);
      }
      if ((m = MONTH.matcher(v)).matches()) {
        LocalDate d = LocalDate.of(num(m, 1), num(m, 2), 1);
        return new TimexInterval(d, d.plusMonths(1), Precision.MONTH);
      }
      if ((m = PART.matcher(v)).matches()) {
        int y = num(m, 1);
        String p = m.group(2);
        return switch (p) {
          case "H1" -> new TimexInterval(LocalDate.of(y, 1, 1), LocalDate.of(y, 7, 1), Precision.HALF);
          case "H2" -> new TimexInterval(LocalDate.of(y, 7, 1), LocalDate.of(y + 1, 1, 1), Precision.HALF);
          case "SP" -> new TimexInterval(LocalDate.of(y, 3, 1), LocalDate.of(y, 6, 1), Precision.SEASON);
          case "SU" -> new TimexInterval(LocalDate.of(y, 6, 1), LocalDate.of(y, 9, 1), Precision.SEASON);
          case "FA", "AU" -> new TimexInterval(LocalDate.of(y, 9, 1), LocalDate.of(y, 12, 1), Precision.SEASON);
          case "WI" -> new TimexInterval(LocalDate.of(y, 12, 1), LocalDate.of(y + 1, 3, 1), Precision.SEASON);
          default -> {
            int q = p.charAt(1) - '0';
            LocalDate s = LocalDate.of(y, 3 * (q - 1) + 1, 1);
            yield new TimexInterval(s, s.plusMonths(3), Precision.QUARTER);
          }
        };
      }
      if ((m = YEAR.matcher(v)).matches()) {
        LocalDate d = LocalDate.of(num(m, 1), 1, 1);
        return new TimexInterval(d, d.plusYears(1), Precision.YEAR);
      }
      if ((m = DECADE.matcher(v)).matches()) {
        LocalDate d = LocalDate.of(num(m, 1) * 10, 1, 1);
        return new TimexInterval(d, d.plusYears(10), Precision.DECADE);
      }
      if ((m = CENTURY.matcher(v)).matches()) {
        LocalDate d = LocalDate.of(num(m, 1) * 100, 1, 1);
        return new TimexInterval(d, d.plusYears(100), Precision.CENTURY);
      }
    } catch (java.time.DateTimeException e) {
      return null; // 2024-13, 2024-02-30: not a calendar value, so unknown
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  public boolean contains(TimexInterval o) {
    return !start.isAfter(o.start) && !end.isBefore(o.end);
  }

  public boolean overlaps(TimexInterval o) {
    return start.isBefore(o.end) && o.start.isBefore(end);
  }

  /** Length in days; the smaller of two nested intervals is the more precise one. */
  public long days() {
    return end.toEpochDay() - start.toEpochDay();
  }

  /**
   * Two values are compatible when one contains the other (2024 ⊇ 2024-10 ⊇ 2024-10-05) or either
   * is unknown (null, X digits, a reference, a duration).
   */
  public static boolean compatible(String a, String b) {
    TimexInterval x = parse(a);
    TimexInterval y = parse(b);
    return x == null || y == null || x.contains(y) || y.contains(x);
  }

  /** True when both values name calendar days and neither contains the other. */
  public static boolean conflicting(String a, String b) {
    return !compatible(a, b);
  }
}
