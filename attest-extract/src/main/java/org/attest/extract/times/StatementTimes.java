package org.attest.extract.times;

import org.attest.extract.ExtractionContext;
import org.attest.model.Attribution;
import org.attest.model.StatementTime;
import org.attest.model.TimeExpression;

/**
 * When a statement was made, for any attribution extractor (the rule-based one, a learned one):
 * the time expression governing the cue ("said on Tuesday", "confirmed in April") dates the
 * statement; without one, the article's publication date stands in and is marked as inferred
 * ({@link StatementTime.Basis#PUBLICATION}). The statement's time is never copied onto what the
 * statement is about: "said on Tuesday that it had seized a tanker" dates the saying, not the
 * seizure, which keeps its own time (or none). See docs/time.md.
 */
public final class StatementTimes {

  private StatementTimes() {}

  /**
   * The time expression governing the reporting cue at {@code cueToken}: on an oblique phrase
   * ("on Tuesday"), a temporal modifier or an adverb ("yesterday") attached to the cue; or null.
   */
  public static TimeExpression governing(ExtractionContext ctx, int cueToken) {
    if (cueToken < 0 || cueToken >= ctx.doc().tokens().size()) {
      return null;
    }
    return ctx.parse().governedTime(cueToken, ctx::timeAt);
  }

  /** The id of {@link #governing}, or null. */
  public static String governingId(ExtractionContext ctx, int cueToken) {
    TimeExpression x = governing(ctx, cueToken);
    return x == null ? null : x.id();
  }

  /**
   * The statement time for an attribution whose cue is dated by the time expression {@code
   * timeId} (null when none): its value when that is a calendar date, else the publication date
   * marked as inferred, else null (no publication date either).
   */
  public static StatementTime of(ExtractionContext ctx, String timeId) {
    TimeExpression x = timeId == null ? null : ctx.time(timeId);
    String published = ctx.anchor() == null ? null : ctx.anchor().toString();
    return StatementTime.of(x == null ? null : x.value(), published);
  }

  /** {@code a} with its statement time filled in from its {@code time} and the publication date. */
  public static Attribution dated(ExtractionContext ctx, Attribution a) {
    return a.statementTime() != null ? a : a.withStatementTime(of(ctx, a.time()));
  }
}
