package org.attest.model;

import java.util.List;

/**
 * Something an analyst must know about a set of claims: a stance reversal, a contradiction, a
 * date or number conflict, or corroboration. {@code items} are the ids of the attributions or
 * events it rests on; {@code explanation} says it in words.
 */
public record Finding(
    String id, FindingKind kind, List<String> items, String explanation, Provenance extractor) {

  public Finding {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
