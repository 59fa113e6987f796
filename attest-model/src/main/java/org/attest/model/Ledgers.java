package org.attest.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Operations on whole ledgers. */
public final class Ledgers {

  private Ledgers() {}

  /**
   * An extracted one-document ledger with {@code info} as its document, whatever the extractor
   * echoed, but in the language the extractor read it in (its first document's; null when it
   * states none): ingest keeps the identity it read and assumes no language of its own.
   */
  public static Ledger withDocument(Ledger extracted, DocumentInfo info) {
    String language = extracted.documents().isEmpty() ? null : extracted.documents().get(0).language();
    return new Ledger(extracted.format(), List.of(info.withLanguage(language)), extracted.entities(), extracted.times(),
        extracted.events(), extracted.attributions(), extracted.quotes(), extracted.findings());
  }

  /**
   * Joins per-document ledgers into one, renumbering every id ({@code d1.., e1.., t1.., v1..,
   * a1.., q1.., f1..}) in input order and rewriting every reference. Entities with the same
   * canonical name and type are joined (their aliases and mentions united); deeper cross-document
   * resolution is the store's business.
   */
  public static Ledger concat(List<Ledger> ledgers) {
    List<DocumentInfo> docs = new ArrayList<>();
    Map<String, Entity> entitiesByKey = new LinkedHashMap<>();
    Map<String, String> entityKeyToId = new HashMap<>();
    List<TimeExpression> times = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<Attribution> attributions = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    int nd = 0, nt = 0, nv = 0, na = 0, nq = 0, nf = 0;
    for (Ledger l : ledgers) {
      Map<String, String> ids = new HashMap<>();
      for (DocumentInfo d : l.documents()) {
        ids.put(d.id(), "d" + (++nd));
      }
      for (Entity e : l.entities()) {
        ids.put(e.id(), entityKeyToId.computeIfAbsent(key(e), k -> "e" + (entityKeyToId.size() + 1)));
      }
      for (TimeExpression t : l.times()) {
        ids.put(t.id(), "t" + (++nt));
      }
      for (Event v : l.events()) {
        ids.put(v.id(), "v" + (++nv));
      }
      for (Attribution a : l.attributions()) {
        ids.put(a.id(), "a" + (++na));
      }
      for (Quote q : l.quotes()) {
        ids.put(q.id(), "q" + (++nq));
      }
      for (Finding f : l.findings()) {
        ids.put(f.id(), "f" + (++nf));
      }
      Ledger r = l.remap(ids);
      docs.addAll(r.documents());
      for (Entity e : r.entities()) {
        Entity prior = entitiesByKey.get(key(e));
        if (prior == null) {
          entitiesByKey.put(key(e), e);
        } else {
          TreeSet<String> aliases = new TreeSet<>(prior.aliases());
          aliases.addAll(e.aliases());
          List<Mention> all = new ArrayList<>(prior.mentions());
          all.addAll(e.mentions());
          entitiesByKey.put(key(e), new Entity(e.id(), prior.name(), prior.type(), new ArrayList<>(aliases), all, prior.extractor(),
              prior.affiliation() != null ? prior.affiliation() : e.affiliation()));
        }
      }
      times.addAll(r.times());
      events.addAll(r.events());
      attributions.addAll(r.attributions());
      quotes.addAll(r.quotes());
      findings.addAll(r.findings());
    }
    return new Ledger(Ledger.FORMAT, docs, new ArrayList<>(entitiesByKey.values()), times, events, attributions, quotes, findings);
  }

  private static String key(Entity e) {
    return e.type() + "\u0000" + e.name();
  }
}
