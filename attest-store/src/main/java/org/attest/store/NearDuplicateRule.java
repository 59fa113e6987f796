package org.attest.store;

import java.util.List;
import java.util.Optional;

/** Decides which stored document, if any, a new document copies. Ingest supplies the rule. */
@FunctionalInterface
public interface NearDuplicateRule {

  /** A match among {@code candidates} (sorted by ingest order, earliest first), or empty. */
  Optional<Match> originalOf(int[] signature, List<OriginalCandidate> candidates);

  record Match(OriginalCandidate candidate, double similarity) {}
}
