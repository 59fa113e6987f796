package org.attest.eval.meantime;

import java.util.List;
import org.attest.model.Span;

/**
 * What every MEANTIME markable has: its id ({@code m_id}), the tokens it anchors to and the span
 * covering them in the reconstructed text. A markable without token anchors (an "empty" TIMEX3
 * or an implicit mention) has a {@code null} span.
 */
public sealed interface MeantimeMarkable
    permits MeantimeEntityMention, MeantimeTimex, MeantimeEventMention, MeantimeSignal, MeantimeValue {

  int id();

  List<Integer> tokenIds();

  /** The span from the first to the last anchored token; null when there are no anchors. */
  Span span();

  default boolean anchored() {
    return span() != null;
  }

  /** True when the anchored tokens are consecutive (most are; a few mentions are discontinuous). */
  default boolean contiguous() {
    List<Integer> ids = tokenIds();
    for (int i = 1; i < ids.size(); i++) {
      if (ids.get(i) != ids.get(i - 1) + 1) {
        return false;
      }
    }
    return !ids.isEmpty();
  }
}
