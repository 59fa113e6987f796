package org.attest.crossdoc;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attest.model.Ledger;

/**
 * The corpus-wide ledger: one {@link Ledger} whose entities are resolved across documents (with a
 * record of every merge), whose events are grouped into real-world {@link EventCluster}s, with
 * {@link Corroboration} per cluster and cross-document findings in {@code ledger.findings()}. Ids
 * are deterministic functions of the input: the same input gives the same corpus ledger.
 *
 * @param origins where each renumbered item of {@code ledger} came from: corpus id (events {@code
 *     v…}, attributions {@code a…}, times {@code t…}, quotes {@code q…}, document findings {@code
 *     f…}) to {@code docId/localId}; entities are traced by {@link #entityMerges} and {@code
 *     ledger.entities()[].mentions}
 * @param ids the ids handed out, to pass to the next resolution ({@link CorpusInput#ids})
 * @param idChanges ids of the previous resolution that were merged, split or are gone
 */
public record CorpusLedger(
    Ledger ledger,
    List<EntityMerge> entityMerges,
    List<EventCluster> clusters,
    List<Corroboration> corroboration,
    Map<String, String> origins,
    StableIds ids,
    List<StableIds.Change> idChanges) {

  public CorpusLedger {
    entityMerges = List.copyOf(entityMerges);
    clusters = List.copyOf(clusters);
    corroboration = List.copyOf(corroboration);
    origins = origins == null ? Map.of() : sorted(origins);
    ids = ids == null ? StableIds.EMPTY : ids;
    idChanges = idChanges == null ? List.of() : List.copyOf(idChanges);
  }

  public CorpusLedger(Ledger ledger, List<EntityMerge> entityMerges, List<EventCluster> clusters, List<Corroboration> corroboration,
      Map<String, String> origins) {
    this(ledger, entityMerges, clusters, corroboration, origins, StableIds.EMPTY, List.of());
  }

  public CorpusLedger(Ledger ledger, List<EntityMerge> entityMerges, List<EventCluster> clusters, List<Corroboration> corroboration) {
    this(ledger, entityMerges, clusters, corroboration, Map.of());
  }

  private static Map<String, String> sorted(Map<String, String> m) {
    TreeMap<String, String> t = new TreeMap<>(NaturalOrder.INSTANCE);
    t.putAll(m);
    return java.util.Collections.unmodifiableMap(t);
  }

  /**
   * A source key of {@link Corroboration} in words: an entity's name, an outlet's name ({@code
   * outlet:NAME}), or the author of a document ({@code AUTHOR@docId}).
   */
  public String sourceName(String key) {
    if (key == null) {
      return "-";
    }
    if (key.startsWith(Corroboration.OUTLET_PREFIX)) {
      return key.substring(Corroboration.OUTLET_PREFIX.length());
    }
    if (key.startsWith(Corroboration.AUTHOR_PREFIX)) {
      String doc = key.substring(Corroboration.AUTHOR_PREFIX.length());
      return ledger.documents().stream().filter(d -> d.id().equals(doc)).findFirst()
          .map(d -> d.outlet() != null ? d.outlet() : "the author of " + doc + (d.title() != null ? " (" + d.title() + ")" : ""))
          .orElse("the author of " + doc);
    }
    return ledger.entities().stream().filter(e -> e.id().equals(key)).findFirst().map(e -> e.name()).orElse(key);
  }

  /** The cluster an event belongs to, or null. */
  public EventCluster clusterOf(String eventId) {
    for (EventCluster c : clusters) {
      if (c.events().contains(eventId)) {
        return c;
      }
    }
    return null;
  }

  /** The corroboration of a cluster, or null. */
  public Corroboration corroborationOf(String clusterId) {
    for (Corroboration c : corroboration) {
      if (c.cluster().equals(clusterId)) {
        return c;
      }
    }
    return null;
  }
}
