package org.attest.eval.meantime;

import java.util.List;
import org.attest.model.Span;

/**
 * An ENTITY_MENTION. {@code entityType} (PER, ORG, LOC, PRO, FIN, MIX) and {@code instance} come
 * from the ENTITY the mention REFERS_TO, and are null when it refers to none. {@code head} is the
 * annotated syntactic head word (often empty); {@code headSpan} is where that word is inside the
 * mention, or null.
 */
public record MeantimeEntityMention(
    int id,
    List<Integer> tokenIds,
    Span span,
    String syntacticType,
    String head,
    Span headSpan,
    String entityType,
    MeantimeInstance instance)
    implements MeantimeMarkable {

  public MeantimeEntityMention {
    tokenIds = List.copyOf(tokenIds);
  }
}
