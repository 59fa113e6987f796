package org.attest.crossdoc;

import java.util.List;
import java.util.Map;
import org.attest.model.Ledger;

/**
 * What cross-document resolution reads.
 *
 * @param documents one ledger per document, each with exactly one {@code DocumentInfo} whose id is
 *     the store's stable document id; item ids inside are local to that ledger
 * @param copyOf near-duplicate links: document id to the id of the original it copies (syndicated
 *     or re-published wire copies); copies are not independent sources
 * @param decisions manual entity merges and splits, in the order they were made
 * @param ids the ids handed out by the previous resolution (the store keeps them), so that
 *     entities, events and clusters keep theirs; {@link StableIds#EMPTY} for a first resolution
 */
public record CorpusInput(List<Ledger> documents, Map<String, String> copyOf, List<ManualDecision> decisions,
    StableIds ids) {

  public CorpusInput {
    documents = List.copyOf(documents);
    copyOf = copyOf == null ? Map.of() : Map.copyOf(copyOf);
    decisions = decisions == null ? List.of() : List.copyOf(decisions);
    ids = ids == null ? StableIds.EMPTY : ids;
  }

  /** A first resolution: entities, events and clusters numbered 1, 2, 3 … in corpus order. */
  public CorpusInput(List<Ledger> documents, Map<String, String> copyOf, List<ManualDecision> decisions) {
    this(documents, copyOf, decisions, StableIds.EMPTY);
  }
}
