package org.attest.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Named days of the year that news dates by name: fixed ones (Christmas, New Year's Day, July
 * Fourth), US holidays on a weekday of a month (Thanksgiving, Labor Day, Memorial Day, Election
 * Day) and Easter (Western, by the Gregorian computus). Each gives its date in a year.
 */
final class Holidays {

  private Holidays() {}

  /** A holiday: its date in a year, and the value without an anchor. */
  record Holiday(IntFunction<LocalDate> rule, String unknownValue) {
    LocalDate in(int year) {
      try {
        return rule.apply(year);
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
  }

  /** The names the rule table matches (case-sensitive: capitalized). */
  static final String NAMES =
      "(?-i:Christmas\\s+(?:Day|Eve)|Christmas|New\\s+Year's\\s+(?:Day|Eve)|Thanksgiving(?:\\s+Day)?"
          + "|Independence\\s+Day|July\\s+Fourth|Fourth\\s+of\\s+July|Labor\\s+Day|Memorial\\s+Day"
          + "|Election\\s+Day|Easter(?:\\s+Sunday|\\s+Day)?|Good\\s+Friday|Halloween|Valentine's\\s+Day"
          + "|Boxing\\s+Day|Veterans\\s+Day|Martin\\s+Luther\\s+King\\s+(?:Jr\\.\\s+)?Day|Presidents'?\\s+Day)";

  static Holiday of(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (n.startsWith("christmas eve")) return fixed(12, 24);
    if (n.startsWith("christmas")) return fixed(12, 25);
    if (n.startsWith("new year's eve")) return fixed(12, 31);
    if (n.startsWith("new year's")) return fixed(1, 1);
    if (n.startsWith("thanksgiving")) return nth(11, DayOfWeek.THURSDAY, 4);
    if (n.startsWith("independence") || n.contains("july")) return fixed(7, 4);
    if (n.startsWith("labor")) return nth(9, DayOfWeek.MONDAY, 1);
    if (n.startsWith("memorial")) return new Holiday(
        y -> LocalDate.of(y, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "XXXX-05-XX");
    if (n.startsWith("election")) return new Holiday(
        y -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1), "XXXX-11-XX");
    if (n.startsWith("easter")) return new Holiday(Holidays::easter, "XXXX-XX-XX");
    if (n.startsWith("good friday")) return new Holiday(y -> easter(y).minusDays(2), "XXXX-XX-XX");
    if (n.startsWith("halloween")) return fixed(10, 31);
    if (n.startsWith("valentine")) return fixed(2, 14);
    if (n.startsWith("boxing")) return fixed(12, 26);
    if (n.startsWith("veterans")) return fixed(11, 11);
    if (n.startsWith("martin")) return nth(1, DayOfWeek.MONDAY, 3);
    if (n.startsWith("president")) return nth(2, DayOfWeek.MONDAY, 3);
    throw new IllegalArgumentException(name);
  }

  private static Holiday fixed(int month, int day) {
    return new Holiday(y -> LocalDate.of(y, month, day), String.format("XXXX-%02d-%02d", month, day));
  }

  private static Holiday nth(int month, DayOfWeek dow, int n) {
    return new Holiday(y -> LocalDate.of(y, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow)),
        String.format("XXXX-%02d-XX", month));
  }

  /** Western Easter Sunday (anonymous Gregorian algorithm). */
  static LocalDate easter(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(y, month, day);
  }
}
