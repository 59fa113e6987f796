package org.attest.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.attest.crossdoc.EventCluster;
import org.attest.model.Attribution;
import org.attest.store.LedgerStore;
import org.attest.store.SearchHit;
import org.attest.store.SearchKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attest claims --about TEXT}: who claims what about a subject. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Claims (attributions: a source, its stance, what it is said to claim) whose words, source or event",
      "contain every word of TEXT (full-text search; case, plurals and common words ignored)."
    })
public final class ClaimsCommand implements Callable<Integer> {

  @Option(names = "--about", paramLabel = "TEXT", required = true, description = "Words the claim must contain.")
  String about;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N claims (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output: human-readable text (default) or JSON.")
  OutputFormat format;

  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (LedgerStore s = store.openExisting()) {
      CorpusText c = new CorpusText(StoreOptions.corpus(s), s);
      List<SearchHit> hits = s.search(about, SearchKind.CLAIM, limit);
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.json) {
        java.util.List<Object> claims = new java.util.ArrayList<>();
        for (SearchHit h : hits) {
          Attribution a = c.attributions.get(h.ref());
          if (a == null) {
            continue;
          }
          var m = c.attributionJson(a);
          EventCluster k = a.event() == null ? null : c.clusterOfEvent.get(a.event());
          m.put("cluster", k == null ? null : c.clusterJson(k));
          claims.add(m);
        }
        var root = new java.util.LinkedHashMap<String, Object>();
        root.put("about", about);
        root.put("claims", claims);
        CorpusText.printJson(out, root);
        return 0;
      }
      out.printf("Claims about \"%s\": %d%n", about, hits.size());
      for (SearchHit h : hits) {
        Attribution a = c.attributions.get(h.ref());
        if (a == null) {
          continue;
        }
        out.printf("%n%s  %s%n", a.id(), c.attributionLine(a));
        String content = c.excerpt(a.doc(), a.content(), 220);
        if (!content.isEmpty()) {
          out.println("    \"" + content + "\"");
        }
        EventCluster k = a.event() == null ? null : c.clusterOfEvent.get(a.event());
        if (k != null) {
          var co = c.corroboration.get(k.id());
          out.printf("    event %s %s %s%s%n", k.id(), k.type(), CorpusText.when(k.time()),
              co == null ? "" : co.singleSource() ? ", single source" : ", " + co.count() + " independent sources");
        }
      }
      out.flush();
      return 0;
    }
  }
}
