package org.attest.time;

import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.attest.time.TimePoint.Grain;

/**
 * A relative time: count {@code offset} units of {@code unit} from a base point — the publication
 * date ({@link Base#ANCHOR}: "last week", "two years ago") or the last date the text mentioned
 * ({@link Base#REFERENCE}: "the following month", "a year earlier") — and read the result at
 * {@code granularity} ("a year earlier" after "the third quarter" is a quarter). Every rule that
 * shifts a date goes through this one type, so "the past quarter" and "the last quarter" cannot
 * disagree. Without an anchor the result is unknown and the rule writes X digits.
 */
record Relative(Base base, Grain unit, long offset, Grain granularity) {

  /** What the offset counts from. */
  enum Base {
    ANCHOR,
    REFERENCE
  }

  Relative {
    if (base == null || unit == null || granularity == null) {
      throw new IllegalArgumentException("base, unit and granularity are required");
    }
  }

  /** The base and offset a determiner gives; the unit comes from the noun it modifies. */
  private record Shift(Base base, long offset) {}

  private static final Map<String, Shift> WORDS =
      Map.ofEntries(
          Map.entry("this", new Shift(Base.ANCHOR, 0)),
          Map.entry("current", new Shift(Base.ANCHOR, 0)),
          Map.entry("the current", new Shift(Base.ANCHOR, 0)),
          Map.entry("the present", new Shift(Base.ANCHOR, 0)),
          Map.entry("present", new Shift(Base.ANCHOR, 0)),
          Map.entry("last", new Shift(Base.ANCHOR, -1)),
          Map.entry("the last", new Shift(Base.ANCHOR, -1)),
          Map.entry("past", new Shift(Base.ANCHOR, -1)),
          Map.entry("the past", new Shift(Base.ANCHOR, -1)),
          Map.entry("previous", new Shift(Base.ANCHOR, -1)),
          Map.entry("the latest", new Shift(Base.ANCHOR, -1)),
          Map.entry("latest", new Shift(Base.ANCHOR, -1)),
          Map.entry("the most recent", new Shift(Base.ANCHOR, -1)),
          Map.entry("next", new Shift(Base.ANCHOR, 1)),
          Map.entry("the next", new Shift(Base.ANCHOR, 1)),
          Map.entry("coming", new Shift(Base.ANCHOR, 1)),
          Map.entry("the coming", new Shift(Base.ANCHOR, 1)),
          Map.entry("upcoming", new Shift(Base.ANCHOR, 1)),
          Map.entry("the upcoming", new Shift(Base.ANCHOR, 1)),
          Map.entry("the previous", new Shift(Base.REFERENCE, -1)),
          Map.entry("the prior", new Shift(Base.REFERENCE, -1)),
          Map.entry("prior", new Shift(Base.REFERENCE, -1)),
          Map.entry("the preceding", new Shift(Base.REFERENCE, -1)),
          Map.entry("preceding", new Shift(Base.REFERENCE, -1)),
          Map.entry("the following", new Shift(Base.REFERENCE, 1)),
          Map.entry("following", new Shift(Base.REFERENCE, 1)),
          Map.entry("the subsequent", new Shift(Base.REFERENCE, 1)),
          Map.entry("the same", new Shift(Base.REFERENCE, 0)),
          Map.entry("that", new Shift(Base.REFERENCE, 0)),
          Map.entry("that same", new Shift(Base.REFERENCE, 0)),
          Map.entry("the", new Shift(Base.REFERENCE, 0)));

  /** Whether {@code word} is a determiner {@link #of} reads. */
  static boolean isRelativeWord(String word) {
    return word != null && WORDS.containsKey(normalize(word));
  }

  /**
   * The relative time a determiner and a unit name: "last" + week, "the following" + month. "The
   * next" counts from the last mentioned date for days and parts of days ("the next day", "the
   * next morning") and from the publication date for longer units ("the next year"). Null when the
   * word is not a relative determiner.
   */
  static Relative of(String word, Grain unit) {
    if (word == null) {
      return null;
    }
    String w = normalize(word);
    Shift s = WORDS.get(w);
    if (s == null) {
      return null;
    }
    Base base = s.base();
    if (unit == Grain.DAY && (w.equals("the next") || w.equals("next"))) {
      base = Base.REFERENCE;
    }
    return new Relative(base, unit, s.offset(), unit);
  }

  /** {@code n} units from the publication date: "two weeks ago" is {@code anchored(-2, WEEK)}. */
  static Relative anchored(long n, Grain unit) {
    return new Relative(Base.ANCHOR, unit, n, unit);
  }

  /** {@code n} units from the last mentioned date: "three days later" is {@code referenced(3, DAY)}. */
  static Relative referenced(long n, Grain unit) {
    return new Relative(Base.REFERENCE, unit, n, unit);
  }

  /** The same shift read at another granularity ("a year earlier" as a quarter). */
  Relative at(Grain g) {
    return new Relative(base, unit, offset, g);
  }

  /** The same unit and base, {@code k} times as far ("two" + "years ago"). */
  Relative times(long k) {
    return new Relative(base, unit, Math.multiplyExact(offset, k), granularity);
  }

  /** The base point at this granularity, before the shift; null without an anchor. */
  TimePoint basePoint(Resolution r) {
    return base == Base.ANCHOR ? r.anchor(granularity) : r.reference(granularity);
  }

  /** The shifted point, or null when there is no anchor or the shift leaves the calendar. */
  TimePoint resolve(Resolution r) {
    TimePoint p = basePoint(r);
    if (p == null) {
      return null;
    }
    try {
      return p.plus(offset, unit);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /**
   * A named part of the calendar year (a month, a season, a quarter) moved in this direction: with
   * a negative offset the latest occurrence strictly before the base point ("last May", "last
   * winter"), with a positive one the first strictly after ("next March"), with zero the one in the
   * base point's year. {@code named} gives the occurrence in a year. Null without an anchor.
   */
  TimePoint occurrence(Resolution r, Grain grain, IntFunction<TimePoint> named) {
    TimePoint now = base == Base.ANCHOR ? r.anchor(grain) : r.reference(grain);
    if (now == null) {
      return null;
    }
    TimePoint p = named.apply(now.year());
    if (offset < 0) {
      int y = now.year();
      while (!p.start().isBefore(now.start())) {
        p = named.apply(--y);
      }
      for (long k = offset + 1; k < 0; k++) {
        p = named.apply(--y);
      }
    } else if (offset > 0) {
      int y = now.year();
      while (!p.start().isAfter(now.start())) {
        p = named.apply(++y);
      }
      for (long k = offset - 1; k > 0; k--) {
        p = named.apply(++y);
      }
    }
    return p;
  }

  private static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
  }
}
