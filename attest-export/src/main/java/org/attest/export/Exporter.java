package org.attest.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attest.crossdoc.Corroboration;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.EventCluster;
import org.attest.crossdoc.Voices;
import org.attest.model.Attribution;
import org.attest.model.Event;
import org.attest.model.Ledger;

/**
 * Writes a corpus ledger (or a plain ledger) in one of the registered {@link ExportFormat}s. Output is a
 * deterministic function of the input; the stream is flushed, not closed.
 */
public final class Exporter {

  private Exporter() {}

  public static void export(ExportFormat format, CorpusLedger corpus, OutputStream out) throws IOException {
    export(format, corpus, ExportOptions.NONE, out);
  }

  /** With what the store knows beyond the ledger (authors, copy-of links) and where the desk is. */
  public static void export(ExportFormat format, CorpusLedger corpus, ExportOptions options, OutputStream out) throws IOException {
    format.write(corpus, options, out);
    out.flush();
  }

  public static void export(ExportFormat format, Ledger ledger, OutputStream out) throws IOException {
    export(format, view(ledger), out);
  }

  /**
   * A plain ledger seen as a corpus ledger that was not resolved across documents: each event is
   * its own cluster, vouched for by the speakers of its supporting attributions (relays followed).
   */
  public static CorpusLedger view(Ledger ledger) {
    Voices voices = new Voices(ledger);
    List<EventCluster> clusters = new ArrayList<>();
    List<Corroboration> corroboration = new ArrayList<>();
    Map<String, String> times = new java.util.HashMap<>();
    ledger.times().forEach(t -> times.put(t.id(), t.value()));
    int n = 0;
    for (Event e : ledger.events()) {
      String id = "c" + (++n);
      clusters.add(new EventCluster(id, List.of(e.id()), e.type(), e.actor(), e.time() == null ? null : times.get(e.time()),
          List.of()));
      List<String> pro = new ArrayList<>();
      List<String> con = new ArrayList<>();
      List<String> counted = new ArrayList<>();
      for (Attribution a : ledger.attributions()) {
        if (!e.id().equals(a.event()) || a.stance() == null) {
          continue;
        }
        String origin = voices.speaker(voices.origin(a));
        if (a.stance().supports() && !pro.contains(origin)) {
          pro.add(origin);
        } else if (a.stance().opposes() && !con.contains(origin)) {
          con.add(origin);
        }
        counted.add(a.id());
      }
      corroboration.add(new Corroboration(id, pro, con, counted));
    }
    return new CorpusLedger(ledger, List.of(), clusters, corroboration);
  }
}
