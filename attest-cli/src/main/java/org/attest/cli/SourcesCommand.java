package org.attest.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.attest.model.Attribution;
import org.attest.model.Stance;
import org.attest.store.IngestResult;
import org.attest.store.IngestStatus;
import org.attest.store.LedgerStore;
import org.attest.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code attest sources}: the stored reports and the sources they cite. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "The stored reports (outlet, date, title, copies) and the sources they cite, with how often each "
        + "asserts, reports, confirms, denies ...; then inputs that were skipped or failed.")
public final class SourcesCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (LedgerStore s = store.openExisting()) {
      CorpusText c = new CorpusText(StoreOptions.corpus(s), s);
      PrintWriter out = spec.commandLine().getOut();
      var docs = s.documents();
      out.printf("Reports: %d%n", docs.size());
      for (StoredDocument d : docs) {
        out.printf("  %3d %s  %-24s %-10s %s%s%n", d.seq(), d.id(), CorpusText.shorten(nz(d.info().outlet()), 24),
            nz(d.info().published()), CorpusText.shorten(nz(d.info().title()), 60),
            d.copyOf() == null ? "" : String.format("  (copy of %s, similarity %.2f)", d.copyOf(), d.copySimilarity()));
      }
      Map<String, Map<Stance, Integer>> bySpeaker = new TreeMap<>();
      Map<String, TreeSet<String>> docsOf = new TreeMap<>();
      for (Attribution a : c.corpus.ledger().attributions()) {
        String who = c.voices.name(c.voices.speaker(a));
        bySpeaker.computeIfAbsent(who, k -> new EnumMap<>(Stance.class)).merge(a.stance() == null ? Stance.REPORT : a.stance(), 1,
            Integer::sum);
        docsOf.computeIfAbsent(who, k -> new TreeSet<>()).add(a.doc());
      }
      out.printf("%nCited sources: %d%n", bySpeaker.size());
      for (var e : bySpeaker.entrySet()) {
        StringBuilder sb = new StringBuilder();
        e.getValue().forEach((st, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(n).append(' ').append(st));
        out.printf("  %-40s %s  (in %d report%s)%n", CorpusText.shorten(e.getKey(), 40), sb, docsOf.get(e.getKey()).size(),
            docsOf.get(e.getKey()).size() == 1 ? "" : "s");
      }
      var failures = s.failures();
      if (!failures.isEmpty()) {
        out.printf("%nInputs not stored: %d (attest ingest --retry-failed tries them again)%n", failures.size());
        for (IngestResult r : failures) {
          out.printf("  %-8s %s: %s%n", r.status() == IngestStatus.FAILED ? "failed" : "skipped", IngestText.shortPath(r.source()),
              r.detail());
        }
      }
      out.flush();
      return 0;
    }
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }
}
