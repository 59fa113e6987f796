package org.attest.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.Corroboration;
import org.attest.crossdoc.EventCluster;
import org.attest.model.TimexInterval;
import org.attest.crossdoc.Voices;
import org.attest.model.Attribution;
import org.attest.model.DocumentInfo;
import org.attest.model.Entity;
import org.attest.model.Event;
import org.attest.model.Span;
import org.attest.model.StatementTime;
import org.attest.store.LedgerStore;

/** Lookups and wording shared by the store's query commands. */
final class CorpusText {

  final CorpusLedger corpus;
  final Voices voices;
  final Map<String, DocumentInfo> docs = new HashMap<>();
  final Map<String, Entity> entities = new HashMap<>();
  final Map<String, Event> events = new HashMap<>();
  final Map<String, Attribution> attributions = new HashMap<>();
  final Map<String, EventCluster> clusterOfEvent = new HashMap<>();
  final Map<String, Corroboration> corroboration = new HashMap<>();
  final Map<String, String> timeValue = new HashMap<>();
  private final LedgerStore store;
  private final Map<String, String> texts = new HashMap<>();

  CorpusText(CorpusLedger corpus, LedgerStore store) {
    this.corpus = corpus;
    this.store = store;
    this.voices = new Voices(corpus.ledger());
    corpus.ledger().documents().forEach(d -> docs.put(d.id(), d));
    corpus.ledger().entities().forEach(e -> entities.put(e.id(), e));
    corpus.ledger().events().forEach(v -> events.put(v.id(), v));
    corpus.ledger().attributions().forEach(a -> attributions.put(a.id(), a));
    corpus.ledger().times().forEach(t -> timeValue.put(t.id(), t.value()));
    for (EventCluster k : corpus.clusters()) {
      k.events().forEach(v -> clusterOfEvent.put(v, k));
    }
    corpus.corroboration().forEach(c -> corroboration.put(c.cluster(), c));
  }

  /** The words of a span of a document, on one line, shortened to {@code max} characters. */
  String excerpt(String doc, Span span, int max) {
    if (span == null) {
      return "";
    }
    String text = texts.computeIfAbsent(doc, d -> store.text(storeId(d)).orElse(""));
    if (span.end() > text.length()) {
      return "";
    }
    return shorten(span.of(text), max);
  }

  /** The store's id of a corpus document (the corpus keeps them; the hash decides if not). */
  String storeId(String corpusDoc) {
    DocumentInfo d = docs.get(corpusDoc);
    return d == null || d.sha256() == null || d.sha256().length() != 64 ? corpusDoc : d.sha256().substring(0, 16);
  }

  /** "Outlet, 2025-03-04" or the document id when it has no metadata. */
  String docLabel(String doc) {
    DocumentInfo d = docs.get(doc);
    if (d == null) {
      return doc;
    }
    String who = d.outlet() != null ? d.outlet() : d.title() != null ? shorten(d.title(), 40) : doc;
    return who + (d.published() != null ? ", " + d.published() : "") + " [" + doc + "]";
  }

  /** A TIMEX value shown no finer than its precision: "2025-03 (month)", "2025 (year)". */
  static String when(String value) {
    TimexInterval i = TimexInterval.parse(value);
    if (i == null) {
      return value == null ? "undated" : value + " (unresolved)";
    }
    if (i.precision() == TimexInterval.Precision.DAY) {
      return value.length() > 10 ? value : i.start().toString();
    }
    return value + " (" + i.precision().name().toLowerCase(Locale.ROOT) + ")";
  }

  String eventWords(Event v) {
    if (v.summary() != null && !v.summary().isBlank()) {
      return shorten(v.summary(), 110);
    }
    String sentence = v.sentence() == null ? "" : excerpt(v.doc(), v.sentence(), 110);
    return "\"" + (v.trigger() == null ? "" : v.trigger()) + "\"" + (sentence.isEmpty() ? "" : " in: " + sentence);
  }

  /** When the statement was made: stated, or the publication date marked as inferred; null if unknown. */
  StatementTime statementTime(Attribution a) {
    DocumentInfo d = docs.get(a.doc());
    return StatementTime.of(a, timeValue::get, d == null ? null : d.published());
  }

  /**
   * The date an event without a date of its own was reported by: the earliest statement time of
   * the claims about it ({@link StatementTime#earliest}); null if none.
   */
  StatementTime reportedOn(EventCluster k) {
    return StatementTime.earliest(attributionsOf(k).stream().map(this::statementTime).toList());
  }

  /** One attribution: who, how, on whose report, where. */
  String attributionLine(Attribution a) {
    StringBuilder sb = new StringBuilder();
    sb.append(voices.name(voices.speaker(a))).append(' ').append(a.stance() == null ? "?" : a.stance().name());
    if (a.via() != null && attributions.containsKey(a.via())) {
      Attribution origin = voices.origin(a);
      sb.append(" (citing ").append(voices.name(voices.speaker(origin))).append(')');
    }
    if (a.cue() != null) {
      sb.append(" \"").append(a.cue()).append('"');
    }
    sb.append(" — ").append(docLabel(a.doc())).append(" @").append(a.begin());
    StatementTime t = statementTime(a);
    if (t != null) {
      sb.append("; statement ").append(t.inferred() ? "by " + t.label() : "on " + t.value());
    }
    return sb.toString();
  }

  /** One attribution for {@code --format json}: the contract's fields plus its words as shown. */
  java.util.Map<String, Object> attributionJson(Attribution a) {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("id", a.id());
    m.put("source", voices.name(voices.speaker(a)));
    if (a.via() != null && attributions.containsKey(a.via())) {
      m.put("citing", voices.name(voices.speaker(voices.origin(a))));
    }
    m.put("stance", a.stance() == null ? null : a.stance().name());
    m.put("certainty", a.certainty() == null ? null : a.certainty().name());
    m.put("cue", a.cue());
    m.put("event", a.event());
    m.put("doc", a.doc());
    m.put("document", docLabel(a.doc()));
    m.put("begin", a.begin());
    m.put("end", a.end());
    m.put("content", a.content() == null ? null : excerpt(a.doc(), a.content(), 10_000));
    return m;
  }

  /** An event cluster for {@code --format json}: type, time, words, sources, stances. */
  java.util.Map<String, Object> clusterJson(EventCluster k) {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    Event rep = k.events().isEmpty() ? null : events.get(k.events().get(0));
    m.put("id", k.id());
    m.put("type", k.type() == null ? null : k.type().name());
    m.put("time", k.time());
    m.put("when", when(k.time()));
    m.put("words", rep == null ? null : eventWords(rep));
    m.put("reports", k.events().size());
    Corroboration co = corroboration.get(k.id());
    if (co != null) {
      m.put("independentSources", co.independentSources().stream().map(corpus::sourceName).toList());
      m.put("deniedBy", co.deniedBy().stream().map(corpus::sourceName).toList());
      m.put("singleSource", co.singleSource());
    }
    return m;
  }

  /** Prints a value as pretty JSON (deterministic: records and linked maps keep their order). */
  static void printJson(java.io.PrintWriter out, Object value) {
    out.print(org.attest.model.LedgerJson.write(value));
    out.flush();
  }

  List<Attribution> attributionsOf(EventCluster k) {
    return corpus.ledger().attributions().stream().filter(a -> a.event() != null && k.events().contains(a.event())).toList();
  }

  static String shorten(String s, int max) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }
}
