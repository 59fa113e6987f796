package org.attest.crossdoc;

import java.util.List;

/**
 * Who independently vouches for an event cluster. Syndicated copies and relays of one report
 * count once: an independent source is an origin (the end of a relay chain), counted once however
 * many documents carry it.
 *
 * @param cluster the event cluster id
 * @param independentSources source keys of the independent origins that assert, report, confirm or
 *     acknowledge it: a corpus entity id; for a document's own voice ({@code AUTHOR}) the entity
 *     named like the document's outlet, else {@code outlet:NAME}, else {@code AUTHOR@docId} (the
 *     original's, for a syndicated copy); see {@link CorpusLedger#sourceName}
 * @param deniedBy sources that deny or doubt it
 * @param attributions the attribution ids counted
 */
public record Corroboration(
    String cluster, List<String> independentSources, List<String> deniedBy, List<String> attributions) {

  /** Prefix of the source key of an outlet's own voice when no entity is named like the outlet. */
  public static final String OUTLET_PREFIX = "outlet:";

  /** Prefix of the source key of a document's own voice when its outlet is unknown. */
  public static final String AUTHOR_PREFIX = "AUTHOR@";

  public Corroboration {
    independentSources = List.copyOf(independentSources);
    deniedBy = List.copyOf(deniedBy);
    attributions = List.copyOf(attributions);
  }

  public int count() {
    return independentSources.size();
  }

  public boolean singleSource() {
    return independentSources.size() == 1;
  }
}
