package org.attest.crossdoc;

import java.util.List;

/**
 * Why document-level entities became one corpus entity.
 *
 * @param entity the corpus entity id
 * @param members the document-level entities merged, as {@code docId/localId}
 * @param reason the rule or manual decision that merged them (e.g. "same name and type",
 *     "alias 'Pyongyang' of 'North Korea'", "manual merge m3")
 */
public record EntityMerge(String entity, List<String> members, String reason) {

  public EntityMerge {
    members = List.copyOf(members);
  }
}
