package org.attest.ingest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.attest.store.CorpusView;
import org.attest.store.IngestStatus;

/** What a run did: every input's result in input order, and the corpus view after it. */
public record IngestSummary(List<IngestListener.RunResult> results, CorpusView view) {

  public IngestSummary {
    results = List.copyOf(results);
  }

  /** Results by status, of the inputs whose result changed in this run (not the unchanged ones). */
  public Map<IngestStatus, Integer> counts() {
    Map<IngestStatus, Integer> m = new EnumMap<>(IngestStatus.class);
    for (IngestStatus s : IngestStatus.values()) {
      m.put(s, 0);
    }
    for (IngestListener.RunResult r : results) {
      if (!r.unchanged()) {
        m.merge(r.result().status(), 1, Integer::sum);
      }
    }
    return m;
  }

  public long unchanged() {
    return results.stream().filter(IngestListener.RunResult::unchanged).count();
  }

  public boolean anyFailure() {
    return results.stream().anyMatch(r -> r.result().status().failure());
  }
}
