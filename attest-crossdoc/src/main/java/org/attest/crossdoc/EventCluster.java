package org.attest.crossdoc;

import java.util.List;
import org.attest.model.EventType;

/**
 * Mentions of one real-world event across documents.
 *
 * @param id cluster id
 * @param events the corpus ledger's event ids in the cluster (first is the representative)
 * @param type the PLOVER type
 * @param actors corpus entity ids of the actors
 * @param time the TIMEX3 value the cluster is dated by (the most precise compatible one), or null
 * @param evidence one line per merge: which mention joined and why
 */
public record EventCluster(
    String id, List<String> events, EventType type, List<String> actors, String time, List<String> evidence) {

  public EventCluster {
    events = List.copyOf(events);
    actors = List.copyOf(actors);
    evidence = List.copyOf(evidence);
  }
}
