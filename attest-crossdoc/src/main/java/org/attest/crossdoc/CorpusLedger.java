package org.attest.crossdoc;

import java.util.List;
import org.attest.model.Ledger;

/**
 * The corpus-wide ledger: one {@link Ledger} whose entities are resolved across documents (with a
 * record of every merge), whose events are grouped into real-world {@link EventCluster}s, with
 * {@link Corroboration} per cluster and cross-document findings in {@code ledger.findings()}. Ids
 * are deterministic functions of the input: the same input gives the same corpus ledger.
 */
public record CorpusLedger(
    Ledger ledger,
    List<EntityMerge> entityMerges,
    List<EventCluster> clusters,
    List<Corroboration> corroboration) {

  public CorpusLedger {
    entityMerges = List.copyOf(entityMerges);
    clusters = List.copyOf(clusters);
    corroboration = List.copyOf(corroboration);
  }
}
