package org.attest.crossdoc;

import java.util.List;

/**
 * Who independently vouches for an event cluster. Syndicated copies and relays of one report
 * count once: an independent source is an origin (the end of a relay chain), counted once however
 * many documents carry it.
 *
 * @param cluster the event cluster id
 * @param independentSources corpus entity ids (or {@code AUTHOR@docId} for an outlet's own voice)
 *     of the independent origins that assert, report, confirm or acknowledge it
 * @param deniedBy sources that deny or doubt it
 * @param attributions the attribution ids counted
 */
public record Corroboration(
    String cluster, List<String> independentSources, List<String> deniedBy, List<String> attributions) {

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
