package org.attest.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code attest sources}: the stored reports and the sources they cite. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "The stored reports (outlet, date, title, copies) and the sources they cite, with how often each "
        + "asserts, reports, confirms, denies ...; then inputs that were skipped or failed.")
public final class SourcesCommand implements Callable<Integer> {

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output: human-readable text (default) or JSON.")
  OutputFormat format;

  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (LedgerStore s = store.openExisting()) {
      CorpusText c = new CorpusText(StoreOptions.corpus(s), s);
      PrintWriter out = spec.commandLine().getOut();
      var docs = s.documents();
      if (format == OutputFormat.json) {
        printJson(out, c, s, docs);
        return 0;
      }
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

  private static void printJson(PrintWriter out, CorpusText c, LedgerStore s, List<StoredDocument> docs) {
    List<Object> reports = new java.util.ArrayList<>();
    for (StoredDocument d : docs) {
      var m = new java.util.LinkedHashMap<String, Object>();
      m.put("seq", d.seq());
      m.put("id", d.id());
      m.put("outlet", d.info().outlet());
      m.put("published", d.info().published());
      m.put("title", d.info().title());
      m.put("url", d.info().url());
      m.put("author", d.author());
      m.put("copyOf", d.copyOf());
      m.put("copySimilarity", d.copySimilarity());
      reports.add(m);
    }
    Map<String, Map<Stance, Integer>> bySpeaker = new TreeMap<>();
    Map<String, TreeSet<String>> docsOf = new TreeMap<>();
    for (Attribution a : c.corpus.ledger().attributions()) {
      String who = c.voices.name(c.voices.speaker(a));
      bySpeaker.computeIfAbsent(who, k -> new EnumMap<>(Stance.class)).merge(a.stance() == null ? Stance.REPORT : a.stance(), 1,
          Integer::sum);
      docsOf.computeIfAbsent(who, k -> new TreeSet<>()).add(a.doc());
    }
    List<Object> cited = new java.util.ArrayList<>();
    for (var e : bySpeaker.entrySet()) {
      var m = new java.util.LinkedHashMap<String, Object>();
      m.put("name", e.getKey());
      m.put("stances", e.getValue());
      m.put("reports", docsOf.get(e.getKey()).size());
      cited.add(m);
    }
    List<Object> notStored = new java.util.ArrayList<>();
    for (IngestResult r : s.failures()) {
      var m = new java.util.LinkedHashMap<String, Object>();
      m.put("source", r.source());
      m.put("status", r.status().name());
      m.put("reason", r.reason());
      m.put("detail", r.detail());
      notStored.add(m);
    }
    var root = new java.util.LinkedHashMap<String, Object>();
    root.put("reports", reports);
    root.put("citedSources", cited);
    root.put("notStored", notStored);
    CorpusText.printJson(out, root);
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }
}
