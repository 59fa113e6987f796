package org.attest.time;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds and normalizes time expressions in English news text. Deterministic: the only date it
 * knows is the anchor it is given (the publication date), never the wall clock. Thread-safe.
 */
public final class TimeNormalizer {

  public TimeNormalizer() {}

  /**
   * All time expressions in {@code text}, in text order, not overlapping.
   *
   * @param anchor the document's publication date, or null when unknown (relative expressions then
   *     keep {@code X} digits)
   */
  public List<Timex> annotate(String text, LocalDate anchor) {
    throw new UnsupportedOperationException("the time normalizer is being written (issue 3)");
  }
}
