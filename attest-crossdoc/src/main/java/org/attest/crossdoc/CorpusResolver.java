package org.attest.crossdoc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.model.Attribution;
import org.attest.model.DocumentInfo;
import org.attest.model.Entity;
import org.attest.model.Event;
import org.attest.model.Finding;
import org.attest.model.Ledger;
import org.attest.model.Quote;
import org.attest.model.TimeExpression;

/**
 * Resolves a corpus: entities across documents, event clusters, corroboration, and the
 * cross-document findings (CONTRADICTION, STANCE_REVERSAL, DATE_CONFLICT, QUANTITY_CONFLICT,
 * CORROBORATION). A pure function of its input: deterministic, no I/O, no wall clock. Documents
 * are taken in natural order of their ids, so the order they are passed in does not matter.
 *
 * <p>The rules are documented in {@code docs/crossdoc.md}.
 */
public final class CorpusResolver {

  private final EventWeights weights;
  private final EventPairModel model;

  public CorpusResolver() {
    this(EventWeights.DEFAULT);
  }

  /** A resolver with other event-coreference weights (tuning runs). */
  public CorpusResolver(EventWeights weights) {
    this(weights, EventPairModel.shipped());
  }

  /** A resolver with other weights and another event-pair model (training and selection runs). */
  public CorpusResolver(EventWeights weights, EventPairModel model) {
    this.weights = weights;
    this.model = model;
  }

  public EventWeights weights() {
    return weights;
  }

  /** The event-pair model this resolver scores with (its name and hash are the resolution's provenance). */
  public EventPairModel model() {
    return model;
  }

  public CorpusLedger resolve(CorpusInput input) {
    return resolve(input, null);
  }

  /**
   * Resolves the corpus and hands every judged candidate event pair (corpus event ids, features,
   * score, veto) to {@code pairs} (training and diagnosis; null for none).
   */
  public CorpusLedger resolve(CorpusInput input, java.util.function.Consumer<EventPair> pairs) {
    List<Ledger> docs = sortedDocuments(input.documents());
    StableIds.Assigner ids = new StableIds.Assigner(input.ids());
    EntityResolution entities = new EntityResolution(docs, input.decisions(), ids, input.copyOf());
    // Events keep their ids (by document and local id) from one resolution to the next.
    List<List<String>> eventKeys = new ArrayList<>();
    for (Ledger l : docs) {
      for (Event v : l.events()) {
        eventKeys.add(List.of(l.documents().get(0).id() + "/" + v.id()));
      }
    }
    java.util.Iterator<String> eventIds = ids.assign("v", eventKeys).iterator();

    List<DocumentInfo> infos = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<Attribution> attributions = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Map<String, String> origins = new LinkedHashMap<>();

    for (Ledger l : docs) {
      DocumentInfo info = l.documents().get(0);
      String doc = info.id();
      infos.add(info);
      Map<String, String> localIds = new HashMap<>();
      localIds.put(Attribution.AUTHOR, Attribution.AUTHOR);
      for (Entity e : l.entities()) {
        localIds.put(e.id(), entities.idOf.get(doc + "/" + e.id()));
      }
      // Ids are numbered per kind in corpus order; a counter per kind keeps them dense.
      renumber(l, doc, localIds, origins, times.size(), eventIds, attributions.size(), quotes.size(), findings.size());
      // Every item belongs to this document, whatever doc its extractor wrote.
      for (TimeExpression x : l.times()) {
        sameDocument(localIds, x.doc(), doc);
      }
      for (Event x : l.events()) {
        sameDocument(localIds, x.doc(), doc);
      }
      for (Attribution x : l.attributions()) {
        sameDocument(localIds, x.doc(), doc);
      }
      for (Quote x : l.quotes()) {
        sameDocument(localIds, x.doc(), doc);
      }
      Ledger r = l.remap(localIds);
      times.addAll(r.times());
      events.addAll(r.events());
      attributions.addAll(r.attributions());
      quotes.addAll(r.quotes());
      findings.addAll(r.findings());
    }

    Map<String, String> timeValue = new HashMap<>();
    for (TimeExpression t : times) {
      timeValue.put(t.id(), t.value());
    }
    Map<String, String> entityName = new HashMap<>();
    for (Entity e : entities.entities) {
      entityName.put(e.id(), e.name());
    }
    DocumentContext context = DocumentContext.of(entities.entities, events, times, input.copyOf());
    EventClustering clustering = new EventClustering(events, timeValue, entityName, context, weights, model,
        groups -> ids.assign("c", groups.stream().map(g -> g.stream().map(origins::get).toList()).toList()), pairs);
    CrossFindings cross = new CrossFindings(infos, input.copyOf(), entities.entities, events, attributions, timeValue,
        clustering, findings.size());
    findings.addAll(cross.findings);

    Ledger ledger = new Ledger(Ledger.FORMAT, infos, entities.entities, times, events, attributions, quotes, findings);
    return new CorpusLedger(ledger, entities.merges, clustering.clusters, cross.corroboration, origins, ids.result(),
        ids.changes);
  }

  /**
   * The stories of a resolved corpus (documents grouped by report likeness, as the event
   * clustering sees them): each document's story number. For diagnosis and evaluation.
   */
  public static Map<String, Integer> stories(CorpusLedger corpus, double threshold) {
    Ledger l = corpus.ledger();
    return DocumentContext.of(l.entities(), l.events(), l.times(), Map.of()).stories(threshold);
  }

  private static List<Ledger> sortedDocuments(List<Ledger> documents) {
    List<Ledger> docs = new ArrayList<>(documents);
    Set<String> seen = new HashSet<>();
    for (Ledger l : docs) {
      if (l.documents().size() != 1) {
        throw new IllegalArgumentException(
            "each corpus input ledger must describe exactly one document, not " + l.documents().size());
      }
      if (!seen.add(l.documents().get(0).id())) {
        throw new IllegalArgumentException("document id " + l.documents().get(0).id() + " appears twice in the corpus");
      }
    }
    docs.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.documents().get(0).id(), b.documents().get(0).id()));
    return docs;
  }

  private static String number(String prefix, int n, Map<String, String> origins, String doc, String localId) {
    String id = prefix + n;
    origins.put(id, doc + "/" + localId);
    return id;
  }

  private static void renumber(Ledger l, String doc, Map<String, String> ids, Map<String, String> origins,
      int nt, java.util.Iterator<String> eventIds, int na, int nq, int nf) {
    int t = nt;
    for (TimeExpression x : l.times()) {
      ids.put(x.id(), number("t", ++t, origins, doc, x.id()));
    }
    for (Event x : l.events()) {
      String id = eventIds.next();
      origins.put(id, doc + "/" + x.id());
      ids.put(x.id(), id);
    }
    int a = na;
    for (Attribution x : l.attributions()) {
      ids.put(x.id(), number("a", ++a, origins, doc, x.id()));
    }
    int q = nq;
    for (Quote x : l.quotes()) {
      ids.put(x.id(), number("q", ++q, origins, doc, x.id()));
    }
    int f = nf;
    for (Finding x : l.findings()) {
      ids.put(x.id(), number("f", ++f, origins, doc, x.id()));
    }
  }

  private static void sameDocument(Map<String, String> ids, String itemDoc, String doc) {
    if (itemDoc != null && !itemDoc.equals(doc)) {
      ids.putIfAbsent(itemDoc, doc);
    }
  }
}
