package org.attest.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.attest.time.TenseCues.Direction;
import org.attest.time.TimePoint.Grain;

/**
 * What a rule knows while it interprets one match: the text, the anchor (publication date, may be
 * null), the last date mentioned before the match (the reference for "the next day"), and the tense
 * direction of the sentence. Also the resolution helpers the rules share.
 */
final class Resolution {

  /**
   * A rule's interpretation; {@code point} is the calendar point for DATE/TIME values, else null.
   * A {@code comparison} ("a year earlier", "the year-ago quarter") is a point the text compares
   * with, not one it moves to: it does not become the reference for what follows.
   */
  record Result(String type, String value, String mod, TimePoint point, boolean comparison) {
    Result(String type, String value, String mod, TimePoint point) {
      this(type, value, mod, point, false);
    }

    Result withMod(String m) {
      return new Result(type, value, m, point, comparison);
    }

    Result asComparison() {
      return new Result(type, value, mod, point, true);
    }
  }

  final String text;
  final LocalDate anchor;
  final TimePoint reference;
  final int begin;
  final int end;
  private final java.util.Map<Grain, TimePoint> mentioned;
  private Direction direction;

  Resolution(String text, LocalDate anchor, TimePoint reference, int begin, int end) {
    this(text, anchor, reference, java.util.Map.of(), begin, end);
  }

  /** {@code mentioned}: the last point the text named at each grain (a quarter, a year ...). */
  Resolution(String text, LocalDate anchor, TimePoint reference, java.util.Map<Grain, TimePoint> mentioned,
      int begin, int end) {
    this.text = text;
    this.anchor = anchor;
    this.reference = reference;
    this.mentioned = mentioned;
    this.begin = begin;
    this.end = end;
  }

  /**
   * The period a report is about at grain {@code g} ("the quarter", "the latest period"): the last
   * one the text named at that grain, else the last complete one before the publication date.
   */
  TimePoint discourse(Grain g) {
    TimePoint p = mentioned.get(g);
    return p != null ? p : Relative.anchored(-1, g).resolve(this);
  }

  /** The last point named at exactly grain {@code g}, or null. */
  TimePoint mentioned(Grain g) {
    return mentioned.get(g);
  }

  /** A backward shift is vetoed when the sentence reports a plan ("said it will ... in March"). */
  private boolean futureReported() {
    return TenseCues.sentenceHasFuture(text, begin, end);
  }

  Direction direction() {
    if (direction == null) {
      direction = TenseCues.direction(text, begin, end);
    }
    return direction;
  }

  /** The anchor at grain {@code g}, or null when there is no anchor. */
  TimePoint anchor(Grain g) {
    return anchor == null ? null : TimePoint.of(anchor, g);
  }

  /** The last mentioned date at grain {@code g} if it is at least that fine, else the anchor. */
  TimePoint reference(Grain g) {
    if (reference != null && reference.grain().ordinal() <= g.ordinal()
        && !(reference.grain() == Grain.WEEK && g != Grain.WEEK && g != Grain.WEEKEND)
        && !(reference.grain() == Grain.SEASON && g != Grain.SEASON && g.ordinal() < Grain.YEAR.ordinal())) {
      return reference.at(g);
    }
    return anchor(g);
  }

  static Result date(TimePoint p) {
    return new Result("DATE", p.value(), null, p);
  }

  /** A DATE at {@code p}, or the X value of grain {@code g} when {@code p} is unknown. */
  static Result date(TimePoint p, Grain g) {
    return p == null ? new Result("DATE", TimePoint.unknown(g), null, null) : date(p);
  }

  static Result ref(String type, String value) {
    return new Result(type, value, null, null);
  }

  // ---- underspecified points: the year (or week) is chosen by the sentence's direction ----

  /**
   * How far past the publication date a dated day may lie and still be read in its year when the
   * sentence is in the past tense: news in the past tense names coming deadlines, payment and
   * record dates ("declared a dividend payable Dec. 15"), and a date a few weeks ahead is far
   * likelier than one almost a year back.
   */
  static final int PAST_TENSE_AHEAD_DAYS = 75;

  /** The same window for a month without a day: the next two months ({@link #PAST_TENSE_AHEAD_DAYS}, about). */
  static final int PAST_TENSE_AHEAD_MONTHS = 2;

  /**
   * Without a tense cue a month is read within the three months ahead of the publication date or
   * the eight before it: news reports what has happened more often than what is to come ("rising
   * to a high in June from $29.75 in March" in October is last March).
   */
  static final int NO_CUE_AHEAD_MONTHS = 3;

  /**
   * How far before the publication date a dated day may lie and still be read in its year under a
   * future cue: "would", "could" and "should" run through past narrative ("on April 8,
   * investigators, wondering how the assailant could have emerged ..."), and a day named with its
   * month is rarely most of a year ahead.
   */
  static final int FUTURE_TENSE_BEHIND_DAYS = 120;

  /** A month without a year: the anchor's year unless the tense points across a year boundary. */
  Result month(int month) {
    if (anchor == null) {
      return new Result("DATE", String.format("XXXX-%02d", month), null, null);
    }
    int y = anchor.getYear();
    int am = anchor.getMonthValue();
    Direction d = direction();
    int ahead = (month - am + 12) % 12; // months to its next occurrence (0: this month)
    if (d == Direction.PAST && futureReported()) {
      // a reported plan vetoes the backward shift by tense; a month most of a year ahead is still last year's
      y = month - am > 6 ? y - 1 : y;
    } else if (d == Direction.PAST && ahead >= 1 && ahead <= PAST_TENSE_AHEAD_MONTHS) {
      y = month > am ? y : y + 1; // a coming month named in a past-tense report ("payable in January")
    } else if (d == Direction.PAST && month > am) {
      y--;
    } else if (d == Direction.FUTURE && month < am) {
      y++;
    } else if (d == Direction.NONE && month - am > NO_CUE_AHEAD_MONTHS) {
      y--; // no cue: news looks back; a month more than a quarter ahead is last year's (December read in August)
    } else if (d == Direction.NONE && am - month > 12 - NO_CUE_AHEAD_MONTHS - 1) {
      y++;
    }
    return date(TimePoint.month(y, month));
  }

  /** A day of a month without a year: the nearest occurrence the tense allows (see the constants above). */
  Result monthDay(int month, int day) {
    if (anchor == null) {
      return new Result("DATE", String.format("XXXX-%02d-%02d", month, day), null, null);
    }
    int y = anchor.getYear();
    LocalDate same = dayOrNull(y, month, day);
    if (same == null && month == 2 && day == 29) {
      Direction d = direction();
      for (int k = 1; k < 8 && same == null; k++) {
        same = dayOrNull(d == Direction.FUTURE ? y + k : y - k, month, day);
      }
      return same == null ? null : date(new TimePoint(same, Grain.DAY));
    }
    if (same == null) {
      return null;
    }
    long ahead = daysBetween(anchor, same); // > 0: after the anchor
    Direction d = direction();
    LocalDate nextYear = dayOrNull(y + 1, month, day);
    if (d == Direction.PAST && futureReported()) {
      // a reported plan vetoes the backward shift by tense; a day most of a year ahead is still last year's
      y = ahead > 183 ? y - 1 : y;
    } else if (d == Direction.PAST && ahead < 0 && nextYear != null && daysBetween(anchor, nextYear) <= PAST_TENSE_AHEAD_DAYS) {
      y++; // across the year's end: "payable Jan. 2" in a November report
    } else if (d == Direction.PAST && ahead > PAST_TENSE_AHEAD_DAYS) {
      y--;
    } else if (d == Direction.FUTURE && ahead < -FUTURE_TENSE_BEHIND_DAYS) {
      y++;
    } else if (d == Direction.NONE && ahead > 183) {
      y--;
    } else if (d == Direction.NONE && ahead < -183) {
      y++;
    }
    LocalDate date = dayOrNull(y, month, day);
    return date == null ? null : date(new TimePoint(date, Grain.DAY));
  }

  /**
   * A yearly day given by a rule ({@code inYear} gives it in a year, null where it does not exist):
   * the anchor's year, or the one before or after as the tense asks, with the same windows as a
   * dated day.
   */
  Result yearly(java.util.function.IntFunction<LocalDate> inYear, String unknownValue) {
    if (anchor == null) {
      return new Result("DATE", unknownValue, null, null);
    }
    int y = anchor.getYear();
    LocalDate same = inYear.apply(y);
    if (same == null) {
      return null;
    }
    long ahead = daysBetween(anchor, same);
    Direction d = direction();
    if (d == Direction.PAST && ahead > PAST_TENSE_AHEAD_DAYS && !futureReported()) {
      y--;
    } else if (d == Direction.FUTURE && ahead < -FUTURE_TENSE_BEHIND_DAYS) {
      y++;
    } else if (d == Direction.NONE && ahead > 183) {
      y--;
    } else if (d == Direction.NONE && ahead < -183) {
      y++;
    }
    LocalDate date = inYear.apply(y);
    return date == null ? null : date(new TimePoint(date, Grain.DAY));
  }

  /** A weekday: the latest on or before the anchor, or with a future cue the first on or after. */
  Result weekday(int dow, String rel) {
    if (anchor == null) {
      return new Result("DATE", "XXXX-WXX-" + dow, null, null);
    }
    int adow = anchor.getDayOfWeek().getValue();
    LocalDate d;
    if ("last".equals(rel) || "past".equals(rel)) {
      int back = (adow - dow + 7) % 7;
      d = anchor.minusDays(back == 0 ? 7 : back);
    } else if ("next".equals(rel) || "coming".equals(rel)) {
      int fwd = (dow - adow + 7) % 7;
      d = anchor.plusDays(fwd == 0 ? 7 : fwd);
    } else if ("this".equals(rel)) {
      d = anchor.plusDays(dow - adow);
    } else if (direction() == Direction.FUTURE) {
      d = anchor.plusDays((dow - adow + 7) % 7);
    } else {
      d = anchor.minusDays((adow - dow + 7) % 7);
    }
    return date(new TimePoint(d, Grain.DAY));
  }

  /** A weekday the text says has come: the latest on or before the anchor, whatever the tense. */
  Result weekdayOnOrBefore(int dow) {
    if (anchor == null) {
      return new Result("DATE", "XXXX-WXX-" + dow, null, null);
    }
    return date(new TimePoint(anchor.minusDays((anchor.getDayOfWeek().getValue() - dow + 7) % 7), Grain.DAY));
  }

  /**
   * "The weekend": the latest one that began on or before the publication date, or with a future
   * cue the first one that has not ended. {@code past} forces the former ("this past weekend").
   */
  Result weekend(boolean past) {
    if (anchor == null) {
      return new Result("DATE", TimePoint.unknown(Grain.WEEKEND), null, null);
    }
    int dow = anchor.getDayOfWeek().getValue(); // 6 Saturday, 7 Sunday
    LocalDate saturday;
    if (!past && direction() == Direction.FUTURE) {
      saturday = dow == 7 ? anchor.minusDays(1) : anchor.plusDays(6 - dow);
    } else {
      saturday = anchor.minusDays((dow - 6 + 7) % 7);
    }
    return date(TimePoint.of(saturday, Grain.WEEKEND));
  }

  /**
   * A quarter (1–4), half (1–2) or season (0–3) without a year: the anchor's year, or the previous
   * one when the tense is past and the part is still to come, the next when the tense is future and
   * the part is over.
   */
  Result partOfYear(Grain g, int index, String unknownValue) {
    if (anchor == null) {
      return new Result("DATE", unknownValue, null, null);
    }
    TimePoint now = TimePoint.of(anchor, g);
    TimePoint p = part(g, now.year(), index);
    Direction d = direction();
    if (d == Direction.PAST && p.start().isAfter(now.start()) && !futureReported()) {
      p = part(g, now.year() - 1, index);
    } else if (d == Direction.FUTURE && p.plus(1).start().isBefore(now.start())) {
      // a future cue moves a part to next year only when it ended before the last one: results for
      // the quarter just ended are still to come ("will report third-quarter results" in October)
      p = part(g, now.year() + 1, index);
    }
    return date(p);
  }

  static TimePoint part(Grain g, int year, int index) {
    return switch (g) {
      case QUARTER -> TimePoint.quarter(year, index);
      case HALF -> TimePoint.half(year, index);
      case SEASON -> TimePoint.season(year, index);
      default -> throw new IllegalArgumentException(g.name());
    };
  }

  static LocalDate dayOrNull(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static long daysBetween(LocalDate a, LocalDate b) {
    return ChronoUnit.DAYS.between(a, b);
  }
}
