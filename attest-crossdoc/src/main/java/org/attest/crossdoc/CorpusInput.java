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
 */
public record CorpusInput(List<Ledger> documents, Map<String, String> copyOf, List<ManualDecision> decisions) {

  public CorpusInput {
    documents = List.copyOf(documents);
    copyOf = copyOf == null ? Map.of() : Map.copyOf(copyOf);
    decisions = decisions == null ? List.of() : List.copyOf(decisions);
  }
}
