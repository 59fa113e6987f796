package org.attest.crossdoc;

import java.util.List;

/**
 * A user's decision about entities, kept by the store so that it survives re-ingest and
 * recomputation. Entities are named by canonical name or alias (ids are recomputed).
 *
 * @param id the store's id of the decision (undo removes it)
 * @param action {@code MERGE}: the entities named by {@code names} are one; {@code SPLIT}: the
 *     alias {@code names.get(1)} is not the entity {@code names.get(0)} and becomes its own entity
 * @param names the entity names the decision is about
 * @param note why, in the user's words (may be null)
 */
public record ManualDecision(String id, Action action, List<String> names, String note) {

  public enum Action {
    MERGE,
    SPLIT
  }

  public ManualDecision {
    names = List.copyOf(names);
  }
}
