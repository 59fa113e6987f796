package org.attest.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code attest-ledger/1} object: everything extracted from a set of documents. */
public record Ledger(
    String format,
    List<DocumentInfo> documents,
    List<Entity> entities,
    List<TimeExpression> times,
    List<Event> events,
    List<Attribution> attributions,
    List<Quote> quotes,
    List<Finding> findings) {

  public static final String FORMAT = "attest-ledger/1";

  public Ledger {
    if (format == null) {
      format = FORMAT;
    }
    documents = copy(documents);
    entities = copy(entities);
    times = copy(times);
    events = copy(events);
    attributions = copy(attributions);
    quotes = copy(quotes);
    findings = copy(findings);
  }

  public static Ledger empty() {
    return new Ledger(FORMAT, null, null, null, null, null, null, null);
  }

  /**
   * This ledger with ids renamed: every item id and every reference to one (documents and the
   * {@code doc} of every item and mention, entities, times, events, attributions, quotes,
   * findings) is replaced by its value in {@code ids}; ids the map lacks stay as they are, and
   * {@link Attribution#AUTHOR} is never renamed. An event's actors stay in order without
   * repeats (two local entities may become one). The one renumbering the project has: joining
   * documents ({@link Ledgers#concat}) and resolving a corpus both go through it.
   */
  public Ledger remap(Map<String, String> ids) {
    List<DocumentInfo> docs = new ArrayList<>();
    for (DocumentInfo d : documents) {
      docs.add(d.withId(ref(ids, d.id())));
    }
    List<Entity> es = new ArrayList<>();
    for (Entity e : entities) {
      List<Mention> ms = new ArrayList<>();
      for (Mention m : e.mentions()) {
        ms.add(new Mention(ref(ids, m.doc()), m.begin(), m.end()));
      }
      es.add(new Entity(ref(ids, e.id()), e.name(), e.type(), e.aliases(), ms, e.extractor(), e.affiliation()));
    }
    List<TimeExpression> ts = new ArrayList<>();
    for (TimeExpression t : times) {
      ts.add(new TimeExpression(ref(ids, t.id()), ref(ids, t.doc()), t.begin(), t.end(), t.text(), t.type(), t.value(),
          t.mod(), t.extractor()));
    }
    List<Event> vs = new ArrayList<>();
    for (Event v : events) {
      vs.add(new Event(ref(ids, v.id()), ref(ids, v.doc()), v.begin(), v.end(), v.trigger(), v.sentence(), v.type(),
          v.predicate(), v.actor().stream().map(x -> ref(ids, x)).distinct().toList(), ref(ids, v.target()),
          ref(ids, v.location()), ref(ids, v.time()), v.quantity(), v.modality(), v.polarity(), v.summary(), v.extractor(),
          v.mode(), v.mentions()));
    }
    List<Attribution> as = new ArrayList<>();
    for (Attribution a : attributions) {
      as.add(new Attribution(ref(ids, a.id()), ref(ids, a.event()), ref(ids, a.source()), ref(ids, a.via()),
          ref(ids, a.doc()), a.begin(), a.end(), a.cue(), a.sourceMention(), a.content(), a.stance(), a.certainty(),
          ref(ids, a.time()), a.extractor(), a.statementTime()));
    }
    List<Quote> qs = new ArrayList<>();
    for (Quote q : quotes) {
      qs.add(new Quote(ref(ids, q.id()), ref(ids, q.doc()), q.begin(), q.end(), q.text(), ref(ids, q.speaker()),
          q.extractor()));
    }
    List<Finding> fs = new ArrayList<>();
    for (Finding f : findings) {
      fs.add(new Finding(ref(ids, f.id()), f.kind(), f.items().stream().map(x -> ref(ids, x)).toList(), f.explanation(),
          f.extractor()));
    }
    return new Ledger(format, docs, es, ts, vs, as, qs, fs);
  }

  private static String ref(Map<String, String> ids, String id) {
    return id == null || id.equals(Attribution.AUTHOR) ? id : ids.getOrDefault(id, id);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
