package org.attest.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TIMEX3 date values as day ranges, so that values of different precision can be compared:
 * {@code 2024} contains {@code 2024-10}, which contains {@code 2024-10-05}; {@code 2025-H1} is
 * January to June.
 */
public final class TimeValues {

  /** An inclusive range of days. */
  public record Range(LocalDate first, LocalDate last) {
    public boolean contains(Range o) {
      return !o.first.isBefore(first) && !o.last.isAfter(last);
    }

    public boolean overlaps(Range o) {
      return !o.last.isBefore(first) && !o.first.isAfter(last);
    }
  }

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern PART = Pattern.compile("(\\d{4})-(H[12]|Q[1-4]|SP|SU|FA|AU|WI)");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})");

  private TimeValues() {}

  /** The days a value covers, or empty for values that are not calendar dates (P3M, PRESENT_REF, XXXX-05). */
  public static Optional<Range> range(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      Matcher m;
      if ((m = DAY.matcher(value)).matches()) {
        LocalDate d = LocalDate.of(i(m, 1), i(m, 2), i(m, 3));
        return Optional.of(new Range(d, d));
      }
      if ((m = MONTH.matcher(value)).matches()) {
        YearMonth ym = YearMonth.of(i(m, 1), i(m, 2));
        return Optional.of(new Range(ym.atDay(1), ym.atEndOfMonth()));
      }
      if ((m = YEAR.matcher(value)).matches()) {
        int y = i(m, 1);
        return Optional.of(new Range(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
      }
      if ((m = PART.matcher(value)).matches()) {
        int y = i(m, 1);
        int[] months = switch (m.group(2)) {
          case "H1" -> new int[] {1, 6};
          case "H2" -> new int[] {7, 12};
          case "Q1" -> new int[] {1, 3};
          case "Q2" -> new int[] {4, 6};
          case "Q3" -> new int[] {7, 9};
          case "Q4" -> new int[] {10, 12};
          case "SP" -> new int[] {3, 5};
          case "SU" -> new int[] {6, 8};
          case "FA", "AU" -> new int[] {9, 11};
          default -> new int[] {12, 12};
        };
        return Optional.of(new Range(LocalDate.of(y, months[0], 1), YearMonth.of(y, months[1]).atEndOfMonth()));
      }
      if ((m = WEEK.matcher(value)).matches()) {
        LocalDate jan4 = LocalDate.of(i(m, 1), 1, 4);
        LocalDate monday = jan4.minusDays(jan4.getDayOfWeek().getValue() - 1).plusWeeks(i(m, 2) - 1);
        return Optional.of(new Range(monday, monday.plusDays(6)));
      }
      if ((m = DECADE.matcher(value)).matches()) {
        int y = i(m, 1) * 10;
        return Optional.of(new Range(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31)));
      }
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** False only when both values are calendar dates whose ranges do not overlap. */
  public static boolean compatible(String a, String b) {
    Optional<Range> ra = range(a), rb = range(b);
    return ra.isEmpty() || rb.isEmpty() || ra.get().overlaps(rb.get());
  }

  /** Number of days a value covers (smaller is more precise), or Integer.MAX_VALUE. */
  public static long precisionDays(String value) {
    return range(value).map(r -> r.last().toEpochDay() - r.first().toEpochDay() + 1).orElse((long) Integer.MAX_VALUE);
  }

  private static int i(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }
}
