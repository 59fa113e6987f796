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
      + "QUANTITY_CONFLICT, CORROBORATION; case does not matter).")
  String kindName;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output: human-readable text (default) or JSON.")
  OutputFormat format;

  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  /** A finding kind by name, whatever its case; null for none. */
  static org.attest.model.FindingKind kind(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.strip().replace('-', '_').toUpperCase(java.util.Locale.ROOT);
    for (org.attest.model.FindingKind k : org.attest.model.FindingKind.values()) {
      if (k.name().equals(n)) {
        return k;
      }
    }
    throw new IllegalArgumentException("--kind must be one of " + java.util.Arrays.toString(org.attest.model.FindingKind.values())
        + ", not '" + name + "'");
  }

  @Override
  public Integer call() {
    org.attest.model.FindingKind kind = kind(kindName);
    try (LedgerStore s = store.openExisting()) {
      CorpusText c = new CorpusText(StoreOptions.corpus(s), s);
      PrintWriter out = spec.commandLine().getOut();
      var findings = c.corpus.ledger().findings().stream().filter(f -> kind == null || f.kind() == kind).toList();
      if (format == OutputFormat.json) {
        java.util.List<Object> list = new java.util.ArrayList<>();
        for (Finding f : findings) {
          var m = new java.util.LinkedHashMap<String, Object>();
          m.put("id", f.id());
          m.put("kind", f.kind().name());
          m.put("explanation", f.explanation());
          java.util.List<Object> items = new java.util.ArrayList<>();
          for (String item : f.items()) {
            Attribution a = c.attributions.get(item);
            Event v = c.events.get(item);
            EventCluster k = c.corpus.clusters().stream().filter(x -> x.id().equals(item)).findFirst().orElse(null);
            if (a != null) {
              items.add(java.util.Map.of("attribution", c.attributionJson(a)));
            } else if (v != null) {
              var e = new java.util.LinkedHashMap<String, Object>();
              e.put("id", v.id());
              e.put("type", v.type() == null ? null : v.type().name());
              e.put("words", c.eventWords(v));
              e.put("doc", v.doc());
              e.put("document", c.docLabel(v.doc()));
              e.put("begin", v.begin());
              items.add(java.util.Map.of("event", e));
            } else if (k != null) {
              items.add(java.util.Map.of("cluster", c.clusterJson(k)));
            } else {
              items.add(java.util.Map.of("id", item));
            }
          }
          m.put("items", items);
          list.add(m);
        }
        CorpusText.printJson(out, java.util.Map.of("findings", list));
        return 0;
      }
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
