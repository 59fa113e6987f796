package org.attest.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * When a statement was made, and how the ledger knows it. {@link Basis#STATED}: a time
 * expression governs the cue ("said on Tuesday"; the attribution's {@code time} names it).
 * {@link Basis#PUBLICATION}: no such expression, so the article's publication date stands in — an
 * inference, shown as such. {@code value} is a TIMEX3 calendar value (2025-03-04, 2025-03 ...).
 * A statement dates the saying, never what is said: an event keeps its own time.
 */
public record StatementTime(String value, Basis basis) {

  /** Where the date comes from. */
  public enum Basis {
    STATED,
    PUBLICATION
  }

  public StatementTime {
    if (value == null || basis == null) {
      throw new IllegalArgumentException("a statement time needs a value and a basis");
    }
  }

  /** Whether the date is the publication date standing in for an unstated one. */
  @JsonIgnore
  public boolean inferred() {
    return basis == Basis.PUBLICATION;
  }

  /**
   * The statement time from the value of the time expression governing the cue (null when there
   * is none) and the article's publication date: the stated value when it is a calendar date,
   * else the publication date marked as such, else null.
   */
  public static StatementTime of(String statedValue, String published) {
    if (statedValue != null && TimexInterval.parse(statedValue) != null) {
      return new StatementTime(statedValue, Basis.STATED);
    }
    if (published != null && TimexInterval.parse(published) != null) {
      return new StatementTime(published, Basis.PUBLICATION);
    }
    return null;
  }

  /**
   * An attribution's statement time as its ledger gives it, or — for ledgers written before the
   * field existed — worked out the same way from its time expression and the publication date.
   */
  public static StatementTime of(Attribution a, java.util.function.Function<String, String> timeValueById, String published) {
    if (a.statementTime() != null) {
      return a.statementTime();
    }
    return of(a.time() == null ? null : timeValueById.apply(a.time()), published);
  }

  /**
   * The order of two statements by when they were made: negative when {@code a} came first,
   * positive when {@code b} did, 0 when the dates cannot tell (unknown, or overlapping). A
   * publication date standing in for an unstated one is only an upper bound — the statement was
   * made by then — so against a stated date it orders only when the stated date is later.
   */
  public static int order(StatementTime a, StatementTime b) {
    TimexInterval ia = a == null ? null : TimexInterval.parse(a.value());
    TimexInterval ib = b == null ? null : TimexInterval.parse(b.value());
    if (ia == null || ib == null) {
      return 0;
    }
    if (a.inferred() == b.inferred()) {
      return !ia.end().isAfter(ib.start()) ? -1 : !ib.end().isAfter(ia.start()) ? 1 : 0;
    }
    if (a.inferred()) {
      return ib.start().isAfter(ia.start()) ? -1 : 0;
    }
    return ia.start().isAfter(ib.start()) ? 1 : 0;
  }

  /**
   * The date an event without a date of its own was reported by: the earliest of the statement
   * times about it — by first day; on the same day a stated date wins over a publication date, then
   * the narrower one, then the value — so the answer does not depend on the order given. Null when
   * none is a calendar date. The one rule the CLI timeline, the event card and the web timeline use.
   */
  public static StatementTime earliest(Iterable<StatementTime> times) {
    StatementTime best = null;
    TimexInterval bestI = null;
    for (StatementTime t : times) {
      TimexInterval i = t == null ? null : TimexInterval.parse(t.value());
      if (i == null) {
        continue;
      }
      if (best == null || earlier(t, i, best, bestI)) {
        best = t;
        bestI = i;
      }
    }
    return best;
  }

  private static boolean earlier(StatementTime t, TimexInterval i, StatementTime best, TimexInterval bestI) {
    int c = i.start().compareTo(bestI.start());
    if (c != 0) {
      return c < 0;
    }
    if (t.inferred() != best.inferred()) {
      return !t.inferred();
    }
    c = i.end().compareTo(bestI.end());
    if (c != 0) {
      return c < 0;
    }
    return t.value().compareTo(best.value()) < 0;
  }

  /** For an event dated only by its statements: "reported on 2025-03-04", "… (publication date)" when inferred. */
  public String reportedOnLabel() {
    return "reported on " + label();
  }

  /** For display: "2025-03-04", or "2025-03-04 (publication date)" when inferred. */
  public String label() {
    return inferred() ? value + " (publication date)" : value;
  }
}
