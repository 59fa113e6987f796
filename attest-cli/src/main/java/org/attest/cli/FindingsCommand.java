package org.attest.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.attest.crossdoc.EventCluster;
import org.attest.model.Attribution;
import org.attest.model.Event;
import org.attest.model.Finding;
import org.attest.store.LedgerStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attest findings}: contradictions, reversals, date and number conflicts, corroboration. */
@Command(
    name = "findings",
    mixinStandardHelpOptions = true,
    description = "What an analyst must know across the stored reports: contradictions, stance reversals, date and "
        + "quantity conflicts and corroboration, each with its explanation and evidence.")
public final class FindingsCommand implements Callable<Integer> {

  @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind (CONTRADICTION, STANCE_REVERSAL, DATE_CONFLICT, "
      + "QUANTITY_CONFLICT, CORROBORATION).")
  org.attest.model.FindingKind kind;

  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (LedgerStore s = store.openExisting()) {
      CorpusText c = new CorpusText(StoreOptions.corpus(s), s);
      PrintWriter out = spec.commandLine().getOut();
      var findings = c.corpus.ledger().findings().stream().filter(f -> kind == null || f.kind() == kind).toList();
      out.printf("Findings: %d%n", findings.size());
      for (Finding f : findings) {
        out.printf("%n%s %s: %s%n", f.id(), f.kind(), f.explanation());
        for (String item : f.items()) {
          Attribution a = c.attributions.get(item);
          Event v = c.events.get(item);
          if (a != null) {
            out.printf("    %s %s%n", a.id(), c.attributionLine(a));
            String content = c.excerpt(a.doc(), a.content(), 160);
            if (!content.isEmpty()) {
              out.println("        \"" + content + "\"");
            }
          } else if (v != null) {
            out.printf("    %s %s %s — %s @%d%n", v.id(), v.type(), c.eventWords(v), c.docLabel(v.doc()), v.begin());
          } else {
            EventCluster k = c.corpus.clusters().stream().filter(x -> x.id().equals(item)).findFirst().orElse(null);
            out.printf("    %s%s%n", item, k == null ? "" : " event " + k.type() + " " + CorpusText.when(k.time()));
          }
        }
      }
      out.flush();
      return 0;
    }
  }
}
