package org.attest.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.attest.crossdoc.EntityMerge;
import org.attest.model.Entity;
import org.attest.model.Event;
import org.attest.model.Mention;
import org.attest.store.LedgerStore;
import org.attest.store.SearchHit;
import org.attest.store.SearchKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest entity NAME}: one entity across the stored reports. */
@Command(
    name = "entity",
    mixinStandardHelpOptions = true,
    description = "An entity across the stored reports: its aliases, why its mentions were merged, where it is mentioned, its events.")
public final class EntityCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "NAME", description = "A name or alias (case does not matter); else words of one.")
  String name;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output: human-readable text (default) or JSON.")
  OutputFormat format;

  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (LedgerStore s = store.openExisting()) {
      CorpusText c = new CorpusText(StoreOptions.corpus(s), s);
      Set<String> ids = matching(c, name);
      if (ids.isEmpty()) {
        for (SearchHit h : s.search(name, SearchKind.ENTITY, 10)) {
          ids.add(h.ref());
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      if (ids.isEmpty() && name.strip().matches("e\\d+")) {
        // A stable id that was merged away names its survivor now (docs/store.md).
        String id = name.strip();
        var now = s.currentId(id);
        if (now.isEmpty()) {
          throw new IllegalArgumentException("entity " + id + " is no longer in the store");
        }
        if (!now.get().equals(id) && c.entities.containsKey(now.get())) {
          if (format != OutputFormat.json) {
            out.println(id + " was merged into " + now.get());
          }
          ids.add(now.get());
        }
      }
      if (ids.isEmpty()) {
        throw new IllegalArgumentException("no entity named '" + name + "' in the store");
      }
      if (format == OutputFormat.json) {
        List<Object> list = new java.util.ArrayList<>();
        for (String id : ids) {
          Entity e = c.entities.get(id);
          var m = new java.util.LinkedHashMap<String, Object>();
          m.put("id", e.id());
          m.put("name", e.name());
          m.put("type", e.type() == null ? null : e.type().toString());
          m.put("aliases", e.aliases());
          m.put("merges", c.corpus.entityMerges().stream().filter(x -> x.entity().equals(id))
              .map(x -> java.util.Map.of("reason", x.reason(), "members", x.members())).toList());
          TreeMap<String, Integer> perDoc = new TreeMap<>(org.attest.crossdoc.NaturalOrder.INSTANCE);
          e.mentions().forEach(x -> perDoc.merge(x.doc(), 1, Integer::sum));
          m.put("mentionsPerDocument", perDoc);
          List<Object> evs = new java.util.ArrayList<>();
          for (Event v : c.corpus.ledger().events()) {
            if (!(v.actor().contains(id) || id.equals(v.target()) || id.equals(v.location()))) {
              continue;
            }
            var k = c.clusterOfEvent.get(v.id());
            var x = new java.util.LinkedHashMap<String, Object>();
            x.put("cluster", k == null ? null : k.id());
            x.put("event", v.id());
            x.put("type", v.type() == null ? null : v.type().name());
            x.put("role", v.actor().contains(id) ? "actor" : id.equals(v.target()) ? "target" : "place");
            x.put("time", v.time() == null ? null : c.timeValue.get(v.time()));
            x.put("words", c.eventWords(v));
            x.put("doc", v.doc());
            x.put("document", c.docLabel(v.doc()));
            evs.add(x);
          }
          m.put("events", evs);
          list.add(m);
        }
        CorpusText.printJson(out, java.util.Map.of("entities", list));
        return 0;
      }
      for (String id : ids) {
        Entity e = c.entities.get(id);
        out.printf("%s  %s  (%s)%n", e.id(), e.name(), e.type());
        out.println("  aliases: " + String.join("; ", e.aliases()));
        for (EntityMerge m : c.corpus.entityMerges()) {
          if (m.entity().equals(id)) {
            out.println("  merged: " + m.reason() + " [" + String.join(", ", m.members()) + "]");
          }
        }
        TreeMap<String, Integer> perDoc = new TreeMap<>(org.attest.crossdoc.NaturalOrder.INSTANCE);
        e.mentions().forEach(m -> perDoc.merge(m.doc(), 1, Integer::sum));
        out.printf("  mentions: %d in %d document%s%n", e.mentions().size(), perDoc.size(), perDoc.size() == 1 ? "" : "s");
        for (var d : perDoc.entrySet()) {
          Mention first = e.mentions().stream().filter(m -> m.doc().equals(d.getKey())).findFirst().orElseThrow();
          out.printf("    %s: %d (first \"%s\" @%d)%n", c.docLabel(d.getKey()), d.getValue(),
              c.excerpt(first.doc(), first.span(), 60), first.begin());
        }
        List<Event> evs = c.corpus.ledger().events().stream()
            .filter(v -> v.actor().contains(id) || id.equals(v.target()) || id.equals(v.location())).toList();
        out.printf("  events: %d%n", evs.size());
        for (Event v : evs) {
          String role = v.actor().contains(id) ? "actor" : id.equals(v.target()) ? "target" : "place";
          var k = c.clusterOfEvent.get(v.id());
          out.printf("    %s %s %s (%s) %s — %s%n", k == null ? "-" : k.id(), v.type(), role,
              CorpusText.when(v.time() == null ? null : c.timeValue.get(v.time())), c.eventWords(v), c.docLabel(v.doc()));
        }
        out.println();
      }
      out.flush();
      return 0;
    }
  }

  /** Entities whose name or an alias equals {@code name}, ignoring case. */
  static Set<String> matching(CorpusText c, String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    for (Entity e : c.corpus.ledger().entities()) {
      if (e.name().toLowerCase(Locale.ROOT).equals(n) || e.id().equals(name)) {
        out.add(e.id());
      }
    }
    for (Entity e : c.corpus.ledger().entities()) {
      if (e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(n))) {
        out.add(e.id());
      }
    }
    return out;
  }
}
