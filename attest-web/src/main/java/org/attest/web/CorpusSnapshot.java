package org.attest.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.Corroboration;
import org.attest.crossdoc.EntityMerge;
import org.attest.crossdoc.EventCluster;
import org.attest.model.TimexInterval;
import org.attest.crossdoc.Voices;
import org.attest.model.Attribution;
import org.attest.model.DocumentInfo;
import org.attest.model.StatementTime;
import org.attest.model.Entity;
import org.attest.model.Event;
import org.attest.model.Finding;
import org.attest.model.Ledger;
import org.attest.model.LedgerIndex;
import org.attest.model.Mention;
import org.attest.model.Quantity;
import org.attest.model.Quote;
import org.attest.model.Span;
import org.attest.model.TimeExpression;
import org.attest.store.DocumentIds;
import org.attest.store.StoredDocument;
import org.attest.web.ApiModel.Claim;
import org.attest.web.ApiModel.DocumentDetail;
import org.attest.web.ApiModel.DocumentSummary;
import org.attest.web.ApiModel.EntityDetail;
import org.attest.web.ApiModel.EntityRow;
import org.attest.web.ApiModel.EventCard;
import org.attest.web.ApiModel.EventRow;
import org.attest.web.ApiModel.Evidence;
import org.attest.web.ApiModel.FindingView;
import org.attest.web.ApiModel.Graph;
import org.attest.web.ApiModel.GraphEdge;
import org.attest.web.ApiModel.GraphNode;
import org.attest.web.ApiModel.Mark;
import org.attest.web.ApiModel.MentionRow;
import org.attest.web.ApiModel.Side;
import org.attest.web.ApiModel.TimelineItem;

/**
 * What the desk shows, computed from one corpus view: an immutable read model whose lists are in a
 * fixed order (the corpus ledger's), so every API answer is a deterministic function of the store.
 * Document texts are fetched on demand through {@code texts} (keyed by store document id).
 */
final class CorpusSnapshot {

  /** Longest evidence excerpt, in characters, around a cue or trigger. */
  private static final int EVIDENCE_CHARS = 600;

  final String inputHash;
  final CorpusLedger corpus;
  final String viewError;
  private final Ledger ledger;
  private final Voices voices;
  private final Function<String, String> texts;
  private final Function<String, Ledger> documentLedgers;
  private final List<StoredDocument> stored;
  private final Map<String, StoredDocument> storedById = new HashMap<>();
  // The corpus ledger's items by id, in ledger order (one LedgerIndex, shared with the exports' habit).
  private final Map<String, DocumentInfo> docs;
  private final Map<String, Entity> entities;
  private final Map<String, Event> events;
  private final Map<String, Attribution> attributions;
  private final Map<String, TimeExpression> times;
  private final Map<String, EventCluster> clusters = new LinkedHashMap<>();
  private final Map<String, EventCluster> clusterOfEvent = new HashMap<>();
  private final Map<String, Corroboration> corroboration = new HashMap<>();
  private final Map<String, Finding> findings = new LinkedHashMap<>();
  /** Finding ids by the cluster they touch (through an event or a claim about it). */
  private final Map<String, Set<String>> findingsOfCluster = new HashMap<>();
  private final Map<String, Set<String>> findingsOfAttribution = new HashMap<>();
  /** Corpus ids by {@code docId/localId}, to link a document's own items to the corpus. */
  private final Map<String, String> corpusIdOfLocal = new HashMap<>();
  private final Map<String, List<String>> mergeReasons = new HashMap<>();
  private final List<EventRow> eventRows = new ArrayList<>();
  private final Map<String, EventRow> eventRowById = new HashMap<>();
  /** Corpus document id by the first 16 characters of its text hash (the store's id). */
  private final Map<String, String> corpusDocByHash = new HashMap<>();
  /** The attributions about each cluster, in corpus order. */
  private final Map<String, List<Attribution>> claimsOfCluster = new HashMap<>();
  private List<Claim> claims;
  private List<DocumentSummary> documentSummaries;
  /** Answers already given from this snapshot (JSON bytes by path and query), least recently used out. */
  private final Map<String, byte[]> responses = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
      if (size() > MAX_CACHED_RESPONSES) {
        responseBytes -= eldest.getValue().length;
        return true;
      }
      return false;
    }
  };
  private long responseBytes;
  private static final int MAX_CACHED_RESPONSES = 2048;
  private static final long MAX_CACHED_BYTES = 64L * 1024 * 1024;

  CorpusSnapshot(String inputHash, CorpusLedger corpus, String viewError, List<StoredDocument> stored,
      Function<String, String> texts, Function<String, Ledger> documentLedgers) {
    this.inputHash = inputHash;
    this.corpus = corpus;
    this.viewError = viewError;
    this.ledger = corpus.ledger();
    this.voices = new Voices(ledger);
    this.texts = texts;
    this.documentLedgers = documentLedgers;
    this.stored = List.copyOf(stored);
    stored.forEach(d -> storedById.put(d.id(), d));
    LedgerIndex index = new LedgerIndex(ledger);
    docs = index.documents();
    entities = index.entities();
    events = index.events();
    attributions = index.attributions();
    times = index.times();
    for (DocumentInfo d : ledger.documents()) {
      if (d.sha256() != null && d.sha256().length() == 64) {
        corpusDocByHash.putIfAbsent(DocumentIds.of(d.sha256()), d.id());
      }
    }
    for (EventCluster k : corpus.clusters()) {
      clusters.put(k.id(), k);
      k.events().forEach(v -> clusterOfEvent.put(v, k));
    }
    corpus.corroboration().forEach(c -> corroboration.put(c.cluster(), c));
    corpus.origins().forEach((corpusId, local) -> corpusIdOfLocal.put(local, corpusId));
    for (EntityMerge m : corpus.entityMerges()) {
      for (String member : m.members()) {
        corpusIdOfLocal.put(member, m.entity());
      }
      mergeReasons.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m.reason());
    }
    for (Finding f : ledger.findings()) {
      findings.put(f.id(), f);
      for (String item : f.items()) {
        Attribution a = attributions.get(item);
        if (a != null) {
          findingsOfAttribution.computeIfAbsent(a.id(), k -> new TreeSet<>()).add(f.id());
        }
        String event = a != null ? a.event() : item;
        EventCluster k = event == null ? null : clusterOfEvent.get(event);
        if (k != null) {
          findingsOfCluster.computeIfAbsent(k.id(), x -> new LinkedHashSet<>()).add(f.id());
        }
      }
    }
    for (Attribution a : ledger.attributions()) {
      EventCluster k = a.event() == null ? null : clusterOfEvent.get(a.event());
      if (k != null) {
        claimsOfCluster.computeIfAbsent(k.id(), x -> new ArrayList<>()).add(a);
      }
    }
    for (EventCluster k : corpus.clusters()) {
      EventRow row = eventRow(k);
      eventRows.add(row);
      eventRowById.put(row.id(), row);
    }
  }

  static CorpusSnapshot empty(String hash, String error) {
    return new CorpusSnapshot(hash, new CorpusLedger(Ledger.empty(), List.of(), List.of(), List.of()), error, List.of(),
        id -> "", id -> Ledger.empty());
  }

  /** The store's facts the exports add (authors, copy-of links), and where the desk is. */
  org.attest.export.ExportOptions exportOptions(String baseUrl) {
    Map<String, org.attest.export.ExportOptions.DocumentMeta> meta = new HashMap<>();
    for (StoredDocument d : stored) {
      if (d.author() != null || d.copyOf() != null) {
        meta.put(d.id(), new org.attest.export.ExportOptions.DocumentMeta(d.author(), d.copyOf()));
      }
    }
    return new org.attest.export.ExportOptions(meta, baseUrl);
  }

  /** The rows of a claims query (filtered and sorted), computed once per query and snapshot. */
  List<Claim> claimRows(ClaimQuery q, java.util.function.Supplier<List<Claim>> compute) {
    synchronized (claimQueries) {
      List<Claim> rows = claimQueries.get(q);
      if (rows != null) {
        return rows;
      }
    }
    List<Claim> rows = List.copyOf(compute.get());
    synchronized (claimQueries) {
      claimQueries.put(q, rows);
    }
    return rows;
  }

  private final Map<ClaimQuery, List<Claim>> claimQueries = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<ClaimQuery, List<Claim>> eldest) {
      return size() > 64;
    }
  };

  byte[] cachedResponse(String key) {
    synchronized (responses) {
      return responses.get(key);
    }
  }

  void cacheResponse(String key, byte[] body) {
    if (body.length > MAX_CACHED_BYTES / 16) {
      return;
    }
    synchronized (responses) {
      byte[] old = responses.put(key, body);
      responseBytes += body.length - (old == null ? 0 : old.length);
      // removeEldestEntry keeps the count; this keeps the bytes
      var it = responses.entrySet().iterator();
      while (responseBytes > MAX_CACHED_BYTES && it.hasNext()) {
        responseBytes -= it.next().getValue().length;
        it.remove();
      }
    }
  }

  /** A stored document's metadata, or null. */
  StoredDocument stored(String storeId) {
    return storedById.get(storeId);
  }

  String text(String storeId) {
    return storedById.containsKey(storeId) ? texts.apply(storeId) : "";
  }

  int documentCount() {
    return stored.size();
  }

  // ------------------------------------------------------------------ documents

  /** The documents with their counts (computed once per snapshot). */
  synchronized List<DocumentSummary> documents() {
    if (documentSummaries == null) {
      documentSummaries = List.copyOf(documentRows());
    }
    return documentSummaries;
  }

  private List<DocumentSummary> documentRows() {
    Map<String, int[]> counts = new HashMap<>();
    ledger.entities().forEach(e -> e.mentions().stream().map(Mention::doc).distinct()
        .forEach(d -> counts.computeIfAbsent(d, k -> new int[3])[0]++));
    ledger.events().forEach(v -> counts.computeIfAbsent(v.doc(), k -> new int[3])[1]++);
    ledger.attributions().forEach(a -> counts.computeIfAbsent(a.doc(), k -> new int[3])[2]++);
    List<DocumentSummary> out = new ArrayList<>();
    for (StoredDocument s : stored) {
      DocumentInfo d = s.info();
      int[] n = counts.getOrDefault(corpusDocOf(s.id()), new int[3]);
      out.add(new DocumentSummary(d.id(), d.title(), d.outlet(), d.published(), s.source(), d.length(), s.copyOf(), n[0], n[1],
          n[2]));
    }
    return out;
  }

  /** A stored document with its text and every item its own ledger found in it. */
  DocumentDetail document(String id) {
    StoredDocument s = storedById.get(id);
    if (s == null) {
      return null;
    }
    String text = texts.apply(id);
    Ledger own = documentLedgers.apply(id);
    String doc = corpusDocOf(id);
    List<Mark> marks = new ArrayList<>();
    for (Entity e : own.entities()) {
      String ref = corpusIdOfLocal.get(doc + "/" + e.id());
      for (Mention m : e.mentions()) {
        marks.add(new Mark(m.begin(), m.end(), "entity", e.name() + " (" + lower(e.type()) + ")", ref));
      }
    }
    for (TimeExpression t : own.times()) {
      marks.add(new Mark(t.begin(), t.end(), "time", t.value() == null ? t.type() : t.value(), null));
    }
    for (Event v : own.events()) {
      String corpusId = corpusIdOfLocal.get(doc + "/" + v.id());
      EventCluster k = corpusId == null ? null : clusterOfEvent.get(corpusId);
      marks.add(new Mark(v.begin(), v.end(), "event", (v.type() == null ? "event" : v.type().name())
          + (v.summary() == null ? "" : ": " + v.summary()), k == null ? null : k.id()));
    }
    for (Attribution a : own.attributions()) {
      String corpusId = corpusIdOfLocal.get(doc + "/" + a.id());
      marks.add(new Mark(a.begin(), a.end(), "cue", (a.stance() == null ? "attribution" : lower(a.stance()))
          + (corpusId == null ? "" : " (" + sourceName(attributions.get(corpusId)) + ")"), corpusId));
    }
    for (Quote q : own.quotes()) {
      marks.add(new Mark(q.begin(), q.end(), "quote", "quote", null));
    }
    marks.removeIf(m -> m.begin() < 0 || m.end() > text.length() || m.end() <= m.begin());
    marks.sort(Comparator.comparingInt(Mark::begin).thenComparing(Mark::end, Comparator.reverseOrder()));
    DocumentInfo d = s.info();
    return new DocumentDetail(d.id(), d.title(), d.outlet(), s.author(), d.url(), d.published(), s.source(), s.copyOf(), text,
        marks);
  }

  // ------------------------------------------------------------------ entities

  List<EntityRow> entities(String q, String type) {
    String needle = q == null ? null : q.strip().toLowerCase(Locale.ROOT);
    List<EntityRow> out = new ArrayList<>();
    for (Entity e : ledger.entities()) {
      if (type != null && !type.isBlank() && (e.type() == null || !e.type().name().equalsIgnoreCase(type))) {
        continue;
      }
      if (needle != null && !needle.isEmpty() && !e.name().toLowerCase(Locale.ROOT).contains(needle)
          && e.aliases().stream().noneMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle))) {
        continue;
      }
      out.add(entityRow(e));
    }
    return out;
  }

  private EntityRow entityRow(Entity e) {
    List<String> inDocs = e.mentions().stream().map(m -> storeDocOf(m.doc())).distinct().toList();
    return new EntityRow(e.id(), e.name(), e.type() == null ? null : e.type().name(), e.aliases(), e.mentions().size(), inDocs,
        mergeReasons.getOrDefault(e.id(), List.of()).stream().distinct().toList());
  }

  EntityDetail entity(String id) {
    Entity e = entities.get(id);
    if (e == null) {
      return null;
    }
    List<MentionRow> mentions = new ArrayList<>();
    for (Mention m : e.mentions()) {
      String text = texts.apply(storeDocOf(m.doc()));
      String words = m.end() <= text.length() ? text.substring(m.begin(), m.end()) : "";
      mentions.add(new MentionRow(storeDocOf(m.doc()), docLabel(m.doc()), m.begin(), m.end(), words));
    }
    return new EntityDetail(entityRow(e), mentions);
  }

  /** Every voice that speaks in a claim, by source key, with how many claims it makes. */
  Map<String, Integer> sources() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Attribution a : ledger.attributions()) {
      out.merge(voices.speaker(a), 1, Integer::sum);
    }
    return out;
  }

  String sourceLabel(String key) {
    return voices.name(key);
  }

  // ------------------------------------------------------------------ events and timeline

  List<EventRow> events() {
    return eventRows;
  }

  private EventRow eventRow(EventCluster k) {
    Event rep = events.get(k.events().get(0));
    TimexInterval when = TimexInterval.parse(k.time());
    Corroboration co = corroboration.get(k.id());
    String quantity = null;
    for (String v : k.events()) {
      Quantity q = events.get(v).quantity();
      if (q != null && quantity == null) {
        quantity = q.text();
      }
    }
    List<String> documents = k.events().stream().map(v -> storeDocOf(events.get(v).doc())).distinct().toList();
    return new EventRow(k.id(), k.type() == null ? null : k.type().name(),
        k.type() == null ? null : k.type().quadClass().name(), label(rep), k.time(),
        when == null ? null : when.start().toString(), when == null ? null : when.end().toString(),
        when == null ? null : when.precision().name(), k.actors().stream().map(this::entityName).toList(),
        rep.target() == null ? null : entityName(rep.target()), rep.location() == null ? null : entityName(rep.location()),
        quantity, k.events(), documents, co == null ? 0 : co.count(), co == null ? 0 : co.deniedBy().size(),
        co == null || co.count() <= 1, List.copyOf(findingsOfCluster.getOrDefault(k.id(), Set.of())));
  }

  /**
   * The events that pass the timeline's filters.
   *
   * @param entity a corpus entity id that must take part (actor, target, place) or speak about it
   * @param source a source key that must speak about it
   * @param type a PLOVER type or quad class
   * @param from ISO date: the event may not end before it
   * @param to ISO date: the event may not start after it
   */
  List<EventRow> filterEvents(String entity, String source, String type, String from, String to) {
    List<EventRow> out = new ArrayList<>();
    for (EventRow row : eventRows) {
      EventCluster k = clusters.get(row.id());
      if (type != null && !type.isBlank() && !type.equalsIgnoreCase(row.type()) && !type.equalsIgnoreCase(row.quadClass())) {
        continue;
      }
      if (entity != null && !entity.isBlank() && !involves(k, entity)) {
        continue;
      }
      if (source != null && !source.isBlank() && claimsAbout(k).stream().noneMatch(a -> source.equals(voices.speaker(a)))) {
        continue;
      }
      if ((from != null && !from.isBlank()) || (to != null && !to.isBlank())) {
        if (row.start() == null) {
          continue;
        }
        if (from != null && !from.isBlank() && row.end().compareTo(from) <= 0) {
          continue;
        }
        if (to != null && !to.isBlank() && row.start().compareTo(to) > 0) {
          continue;
        }
      }
      out.add(row);
    }
    return out;
  }

  /**
   * The events that can be placed, in date order (start, then end, then label, then id: a total
   * order): by their own date, else — marked as inferred — by the date they were reported on.
   */
  List<TimelineItem> timelineItems(List<EventRow> rows) {
    List<TimelineItem> items = new ArrayList<>();
    for (EventRow r : rows) {
      if (r.start() != null) {
        items.add(new TimelineItem(r.id(), r.label(), r.start(), r.end(), r.precision(), r.time(), r.type(), r.quadClass(),
            r.singleSource(), !r.findings().isEmpty(), r.time(), false, null));
        continue;
      }
      StatementTime reported = reportedOn(clusters.get(r.id()));
      TimexInterval at = reported == null ? null : TimexInterval.parse(reported.value());
      if (at != null) {
        items.add(new TimelineItem(r.id(), r.label(), at.start().toString(), at.end().toString(), at.precision().name(),
            r.time(), r.type(), r.quadClass(), r.singleSource(), !r.findings().isEmpty(), reported.reportedOnLabel(), true,
            reported.value()));
      }
    }
    items.sort(Comparator.comparing(TimelineItem::start).thenComparing(TimelineItem::end)
        .thenComparing(i -> i.label() == null ? "" : i.label()).thenComparing(TimelineItem::id));
    return items;
  }

  private boolean involves(EventCluster k, String entity) {
    for (String v : k.events()) {
      Event e = events.get(v);
      if (e.actor().contains(entity) || entity.equals(e.target()) || entity.equals(e.location())) {
        return true;
      }
    }
    return claimsAbout(k).stream().anyMatch(a -> entity.equals(a.source()));
  }

  private List<Attribution> claimsAbout(EventCluster k) {
    return claimsOfCluster.getOrDefault(k.id(), List.of());
  }

  /** The card of a real-world event, by cluster id or by the id of one of its mentions. */
  EventCard eventCard(String id) {
    EventCluster k = clusters.containsKey(id) ? clusters.get(id) : clusterOfEvent.get(id);
    if (k == null) {
      return null;
    }
    EventRow row = eventRowById.get(k.id());
    Event rep = events.get(k.events().get(0));
    Corroboration co = corroboration.get(k.id());
    // claims in the order their statements were made (undated last), the text order among equals
    List<Claim> cs = claimsAbout(k).stream().map(this::claim)
        .sorted(java.util.Comparator.comparing((Claim c) -> statementStart(c.statementDate()),
            java.util.Comparator.nullsLast(java.util.Comparator.<java.time.LocalDate>naturalOrder())))
        .toList();
    Set<String> attributed = new LinkedHashSet<>();
    cs.forEach(c -> {
      Attribution a = attributions.get(c.id());
      if (a != null && a.event() != null) {
        attributed.add(a.event());
      }
    });
    List<Evidence> unattributed = new ArrayList<>();
    for (String v : k.events()) {
      if (!attributed.contains(v)) {
        unattributed.add(eventEvidence(events.get(v)));
      }
    }
    String when = row.time() == null ? "unknown" : row.precision() == null ? row.time()
        : row.time() + " (" + lower(row.precision()) + ")";
    // no date of its own: the earliest statement about it dates the report, not the event
    String reportedOn = null;
    if (row.start() == null) {
      StatementTime earliest = reportedOn(k);
      if (earliest != null) {
        reportedOn = earliest.value();
        when = earliest.reportedOnLabel();
      }
    }
    List<FindingView> fs = row.findings().stream().map(this::finding).toList();
    return new EventCard(row, label(rep), row.actors(), row.target(), row.location(), when, reportedOn != null, reportedOn,
        row.quantity(),
        co == null ? List.of() : co.independentSources().stream().map(voices::name).toList(),
        co == null ? List.of() : co.deniedBy().stream().map(voices::name).toList(), cs, unattributed, fs);
  }

  // ------------------------------------------------------------------ claims

  /** Every claim (attribution), in corpus order. */
  synchronized List<Claim> claims() {
    if (claims == null) {
      claims = ledger.attributions().stream().map(this::claim).toList();
    }
    return claims;
  }

  Claim claim(String id) {
    Attribution a = attributions.get(id);
    return a == null ? null : claim(a);
  }

  private Claim claim(Attribution a) {
    EventCluster k = a.event() == null ? null : clusterOfEvent.get(a.event());
    EventRow row = k == null ? null : eventRowById.get(k.id());
    String speaker = voices.speaker(a);
    String content = a.content() == null ? null : excerpt(a.doc(), a.content(), 400);
    StatementTime st = statementTime(a);
    String statementDate = st == null ? null : st.value();
    return new Claim(a.id(), k == null ? null : k.id(), row == null ? null : row.label(), speaker, voices.name(speaker),
        a.stance() == null ? null : a.stance().name(), a.certainty() == null ? null : a.certainty().name(), a.cue(), content,
        statementDate, st != null && st.inferred(), relayChain(a), storeDocOf(a.doc()), docLabel(a.doc()), row == null || row.singleSource(),
        List.copyOf(findingsOfAttribution.getOrDefault(a.id(), Set.of())), attributionEvidence(a));
  }

  /** When the statement was made: stated, or the publication date marked as inferred; null if unknown. */
  private StatementTime statementTime(Attribution a) {
    return StatementTime.of(a, id -> times.containsKey(id) ? times.get(id).value() : null,
        docs.containsKey(a.doc()) ? docs.get(a.doc()).published() : null);
  }

  /** The date an event without a date of its own was reported by ({@link StatementTime#earliest}); null if none. */
  StatementTime reportedOn(EventCluster k) {
    return StatementTime.earliest(claimsAbout(k).stream().map(this::statementTime).toList());
  }

  private static java.time.LocalDate statementStart(String value) {
    TimexInterval i = TimexInterval.parse(value);
    return i == null ? null : i.start();
  }

  /** Who passed the claim on, from the voice in this document to the origin ("citing ..."). */
  private List<String> relayChain(Attribution a) {
    List<String> chain = new ArrayList<>();
    for (Attribution o : voices.chain(a)) {
      chain.add(voices.name(voices.speaker(o)));
    }
    return chain;
  }

  // ------------------------------------------------------------------ findings

  List<FindingView> findings(String kind) {
    List<FindingView> out = new ArrayList<>();
    for (Finding f : ledger.findings()) {
      if (kind == null || kind.isBlank() || f.kind().name().equalsIgnoreCase(kind)) {
        out.add(finding(f.id()));
      }
    }
    return out;
  }

  FindingView finding(String id) {
    Finding f = findings.get(id);
    if (f == null) {
      return null;
    }
    List<Side> sides = new ArrayList<>();
    for (String item : f.items()) {
      Attribution a = attributions.get(item);
      Event v = events.get(item);
      if (a != null) {
        sides.add(new Side(item, "claim", label(a), sourceName(a), a.stance() == null ? null : a.stance().name(),
            docLabel(a.doc()), attributionEvidence(a)));
      } else if (v != null) {
        EventCluster k = clusterOfEvent.get(v.id());
        sides.add(new Side(k == null ? item : k.id(), "event", label(v), null, null, docLabel(v.doc()), eventEvidence(v)));
      } else {
        sides.add(new Side(item, "other", item, null, null, null, null));
      }
    }
    return new FindingView(f.id(), f.kind().name(), f.explanation(), readable(f.explanation()), sides);
  }

  private static final java.util.regex.Pattern HEX_ID = java.util.regex.Pattern.compile("\\b[0-9a-f]{16}\\b");
  private static final java.util.regex.Pattern CLUSTER_REF = java.util.regex.Pattern.compile("\\bc\\d+ (?=['\"])");

  /** An explanation for a reader: store ids become the document's outlet (or title), cluster ids go. */
  String readable(String explanation) {
    if (explanation == null) {
      return null;
    }
    String s = CLUSTER_REF.matcher(explanation).replaceAll("");
    java.util.regex.Matcher m = HEX_ID.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String doc = corpusDocOf(m.group());
      DocumentInfo d = docs.get(doc);
      String name = d == null ? m.group() : d.outlet() != null ? d.outlet() : d.title() != null ? d.title() : m.group();
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(name));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  // ------------------------------------------------------------------ provenance graph

  /** Events per page of the corpus-wide graph unless asked otherwise: some 20-60 nodes. */
  static final int GRAPH_EVENTS = 6;

  /**
   * Source → relay → claim → event: one event's, or a page of the events that have claims (the
   * most discussed first, then in corpus order), so that a large corpus stays readable.
   */
  Graph graph(String eventId, int offset, int limit) {
    Map<String, GraphNode> nodes = new LinkedHashMap<>();
    Map<String, GraphEdge> edges = new LinkedHashMap<>();
    Set<String> relays = new LinkedHashSet<>();
    EventCluster only = eventId == null || eventId.isBlank() ? null
        : clusters.containsKey(eventId) ? clusters.get(eventId) : clusterOfEvent.get(eventId);
    List<EventCluster> discussed = new ArrayList<>();
    for (EventCluster k : corpus.clusters()) {
      if (!claimsAbout(k).isEmpty() && (only == null || only.id().equals(k.id()))) {
        discussed.add(k);
      }
    }
    discussed.sort(Comparator.comparingInt((EventCluster k) -> -claimsAbout(k).size()));
    List<EventCluster> page = discussed.subList(Math.min(offset, discussed.size()), Math.min(discussed.size(),
        (int) Math.min((long) offset + limit, Integer.MAX_VALUE)));
    for (EventCluster k : page) {
      String eventNode = "event:" + k.id();
      nodes.putIfAbsent(eventNode, new GraphNode(eventNode, eventRowById.get(k.id()).label(), "event"));
      for (Attribution a : claimsAbout(k)) {
        String claimNode = "claim:" + a.id();
        DocumentInfo d = docs.get(a.doc());
        nodes.putIfAbsent(claimNode, new GraphNode(claimNode, (a.stance() == null ? "says" : lower(a.stance()) + "s")
            + (d != null && d.outlet() != null ? " · " + d.outlet() : ""), "claim"));
        edge(edges, claimNode, eventNode, "about");
        // walk the relay chain (Voices.chain): the voice in the document relays the next one, up to the origin
        List<String> chain = new ArrayList<>();
        for (Attribution o : voices.chain(a)) {
          chain.add(voices.speaker(o));
        }
        for (String key : chain) {
          nodes.putIfAbsent("source:" + key, new GraphNode("source:" + key, voices.name(key), "source"));
        }
        for (int i = 0; i < chain.size() - 1; i++) {
          relays.add("source:" + chain.get(i));
        }
        edge(edges, "source:" + chain.get(0), claimNode, "claims");
        for (int i = chain.size() - 1; i > 0; i--) {
          edge(edges, "source:" + chain.get(i), "source:" + chain.get(i - 1), "relayed by");
        }
      }
    }
    List<GraphNode> ns = new ArrayList<>();
    for (GraphNode n : nodes.values()) {
      ns.add(relays.contains(n.id()) ? new GraphNode(n.id(), n.label(), "relay") : n);
    }
    return new Graph(ns, new ArrayList<>(edges.values()), discussed.size(), offset, limit);
  }

  private static void edge(Map<String, GraphEdge> edges, String from, String to, String kind) {
    String id = from + "->" + to;
    edges.putIfAbsent(id, new GraphEdge(id, from, to, kind));
  }

  // ------------------------------------------------------------------ words

  String documentTitle(String storeId) {
    StoredDocument s = storedById.get(storeId);
    if (s == null) {
      return storeId;
    }
    return s.info().title() != null ? s.info().title() : s.info().outlet() != null ? s.info().outlet() : storeId;
  }

  String entityName(String id) {
    Entity e = entities.get(id);
    return e == null ? id : e.name();
  }

  EventRow eventRowOf(String clusterOrEvent) {
    EventRow r = eventRowById.get(clusterOrEvent);
    if (r == null && clusterOfEvent.containsKey(clusterOrEvent)) {
      r = eventRowById.get(clusterOfEvent.get(clusterOrEvent).id());
    }
    return r;
  }

  private String sourceName(Attribution a) {
    return a == null ? "?" : voices.name(voices.speaker(a));
  }

  private String label(Attribution a) {
    return sourceName(a) + " " + (a.stance() == null ? "says" : lower(a.stance()) + "s") + (a.cue() == null ? "" : " (\"" + a.cue() + "\")");
  }

  private static String label(Event v) {
    if (v.summary() != null && !v.summary().isBlank()) {
      return v.summary();
    }
    String what = v.predicate() != null ? v.predicate() : v.trigger();
    return (v.type() == null ? "" : v.type().name() + ": ") + (what == null ? v.id() : what);
  }

  /** "Outlet, 2025-03-04" (or the title, or the id). */
  String docLabel(String corpusDoc) {
    DocumentInfo d = docs.get(corpusDoc);
    if (d == null) {
      return corpusDoc;
    }
    String who = d.outlet() != null ? d.outlet() : d.title() != null ? d.title() : storeDocOf(corpusDoc);
    return who + (d.published() != null ? ", " + d.published() : "");
  }

  /** The store's id of a corpus document (the corpus keeps the store's ids; the hash decides if not). */
  private String storeDocOf(String corpusDoc) {
    if (storedById.containsKey(corpusDoc)) {
      return corpusDoc;
    }
    DocumentInfo d = docs.get(corpusDoc);
    return d == null || d.sha256() == null || d.sha256().length() != 64 ? corpusDoc : DocumentIds.of(d.sha256());
  }

  private String corpusDocOf(String storeId) {
    if (docs.containsKey(storeId)) {
      return storeId;
    }
    return corpusDocByHash.getOrDefault(storeId, storeId);
  }

  private String excerpt(String corpusDoc, Span span, int max) {
    String text = texts.apply(storeDocOf(corpusDoc));
    if (span == null || span.end() > text.length()) {
      return null;
    }
    String s = span.of(text).replaceAll("\\s+", " ").strip();
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** The words around an attribution: its cue, its content and (same document) the event's trigger. */
  private Evidence attributionEvidence(Attribution a) {
    String doc = storeDocOf(a.doc());
    String text = texts.apply(doc);
    Span range = a.span();
    if (a.content() != null) {
      range = range.union(a.content());
    }
    Event v = a.event() == null ? null : events.get(a.event());
    List<Mark> marks = new ArrayList<>();
    if (a.sourceMention() != null) {
      marks.add(new Mark(a.sourceMention().begin(), a.sourceMention().end(), "source", sourceName(a), null));
    }
    marks.add(new Mark(a.begin(), a.end(), "cue", a.stance() == null ? "cue" : lower(a.stance()), a.id()));
    if (v != null && v.doc().equals(a.doc())) {
      if (v.sentence() != null && range.overlaps(v.sentence())) {
        range = range.union(v.sentence());
      }
      marks.add(new Mark(v.begin(), v.end(), "trigger", v.type() == null ? "event" : v.type().name(), null));
    }
    return evidence(doc, text, range, a.span(), marks);
  }

  private Evidence eventEvidence(Event v) {
    String doc = storeDocOf(v.doc());
    String text = texts.apply(doc);
    Span range = v.sentence() != null ? v.sentence() : v.span();
    return evidence(doc, text, range, v.span(),
        List.of(new Mark(v.begin(), v.end(), "trigger", v.type() == null ? "event" : v.type().name(), null)));
  }

  /**
   * The text of {@code range} (cut to {@link #EVIDENCE_CHARS} around {@code focus}) with the marks
   * that fall inside it, their offsets made relative to the excerpt.
   */
  private static Evidence evidence(String doc, String text, Span range, Span focus, List<Mark> marks) {
    int begin = Math.max(0, Math.min(range.begin(), text.length()));
    int end = Math.max(begin, Math.min(range.end(), text.length()));
    if (end - begin > EVIDENCE_CHARS) {
      int mid = (focus.begin() + focus.end()) / 2;
      begin = Math.max(begin, mid - EVIDENCE_CHARS / 2);
      end = Math.min(end, begin + EVIDENCE_CHARS);
    }
    List<Mark> rel = new ArrayList<>();
    for (Mark m : marks) {
      if (m.begin() >= begin && m.end() <= end && m.end() > m.begin()) {
        rel.add(new Mark(m.begin() - begin, m.end() - begin, m.kind(), m.label(), m.ref()));
      }
    }
    rel.sort(Comparator.comparingInt(Mark::begin));
    return new Evidence(doc, begin, text.substring(begin, end), rel);
  }

  private static String lower(Enum<?> e) {
    return e == null ? "" : e.name().toLowerCase(Locale.ROOT);
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
