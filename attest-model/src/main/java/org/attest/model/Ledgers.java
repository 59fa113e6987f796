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
      ids.put(Attribution.AUTHOR, Attribution.AUTHOR);
      for (DocumentInfo d : l.documents()) {
        String id = "d" + (++nd);
        ids.put(d.id(), id);
        docs.add(d.withId(id));
      }
      for (Entity e : l.entities()) {
        String key = e.type() + "\u0000" + e.name();
        String id = entityKeyToId.computeIfAbsent(key, k -> "e" + (entityKeyToId.size() + 1));
        ids.put(e.id(), id);
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : e.mentions()) {
          mentions.add(new Mention(ids.getOrDefault(m.doc(), m.doc()), m.begin(), m.end()));
        }
        Entity prior = entitiesByKey.get(key);
        if (prior == null) {
          entitiesByKey.put(key, new Entity(id, e.name(), e.type(), e.aliases(), mentions, e.extractor(), e.affiliation()));
        } else {
          TreeSet<String> aliases = new TreeSet<>(prior.aliases());
          aliases.addAll(e.aliases());
          List<Mention> all = new ArrayList<>(prior.mentions());
          all.addAll(mentions);
          entitiesByKey.put(key, new Entity(id, prior.name(), prior.type(), new ArrayList<>(aliases), all, prior.extractor(),
              prior.affiliation() != null ? prior.affiliation() : e.affiliation()));
        }
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
      for (TimeExpression t : l.times()) {
        times.add(new TimeExpression(ids.get(t.id()), ref(ids, t.doc()), t.begin(), t.end(), t.text(), t.type(), t.value(), t.mod(), t.extractor()));
      }
      for (Event v : l.events()) {
        List<String> actors = v.actor().stream().map(x -> ref(ids, x)).toList();
        events.add(new Event(ids.get(v.id()), ref(ids, v.doc()), v.begin(), v.end(), v.trigger(), v.sentence(), v.type(), v.predicate(),
            actors, ref(ids, v.target()), ref(ids, v.location()), ref(ids, v.time()), v.quantity(), v.modality(), v.polarity(),
            v.summary(), v.extractor(), v.mode(), v.mentions()));
      }
      for (Attribution a : l.attributions()) {
        attributions.add(new Attribution(ids.get(a.id()), ref(ids, a.event()), ref(ids, a.source()), ref(ids, a.via()),
            ref(ids, a.doc()), a.begin(), a.end(), a.cue(), a.sourceMention(), a.content(), a.stance(), a.certainty(),
            ref(ids, a.time()), a.extractor()));
      }
      for (Quote q : l.quotes()) {
        quotes.add(new Quote(ids.get(q.id()), ref(ids, q.doc()), q.begin(), q.end(), q.text(), ref(ids, q.speaker()), q.extractor()));
      }
      for (Finding f : l.findings()) {
        findings.add(new Finding(ids.get(f.id()), f.kind(), f.items().stream().map(x -> ref(ids, x)).toList(), f.explanation(), f.extractor()));
      }
    }
    return new Ledger(Ledger.FORMAT, docs, new ArrayList<>(entitiesByKey.values()), times, events, attributions, quotes, findings);
  }

  private static String ref(Map<String, String> ids, String id) {
    return id == null ? null : ids.getOrDefault(id, id);
  }
}
