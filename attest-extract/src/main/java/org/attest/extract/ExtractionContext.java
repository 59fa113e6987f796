package org.attest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.model.Attribution;
import org.attest.model.DocumentInfo;
import org.attest.model.Entity;
import org.attest.model.Event;
import org.attest.model.Finding;
import org.attest.model.Ledger;
import org.attest.model.Quote;
import org.attest.model.Span;
import org.attest.model.TimeExpression;
import org.attest.extract.lexicon.Lexicon;
import org.attest.extract.models.Models;
import org.attest.model.Provenance;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.ParseQueries;

/**
 * What the extractors of one document share: the annotated document, the anchor date, and the
 * items found so far with indexes from tokens to them. Filled in pipeline order; one per document
 * and thread, so it needs no locking.
 */
public final class ExtractionContext {

  /** A named stretch of text and the entity it refers to. */
  public record EntityMention(Span span, String entity, int headToken, String kind) {}

  /**
   * One mention of an event with the token that triggered it and that token's span; an event
   * mentioned several times in the document (within-document coreference) has one per mention.
   */
  public record EventMention(Event event, int triggerToken, Span span) {
    public EventMention(Event event, int triggerToken) {
      this(event, triggerToken, event.span());
    }
  }

  private final AnnotatedDocument doc;
  private final PipelineConfig config;
  private final Map<String, Provenance> provenance;
  private final ParseQueries parse;
  private final LocalDate anchor;
  private final DocumentInfo info;
  private final List<Entity> entities = new ArrayList<>();
  private final List<EntityMention> entityMentions = new ArrayList<>();
  private final Map<Integer, EntityMention> mentionByToken = new HashMap<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private final Map<Integer, TimeExpression> timeByToken = new HashMap<>();
  private final List<EventMention> events = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Attribution> attributions = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();

  /**
   * A context for one document under a configuration; {@code provenance} maps each configured
   * extractor's name to the provenance its items carry (see {@link AttestPipeline}).
   */
  public ExtractionContext(AnnotatedDocument doc, PipelineConfig config, Map<String, Provenance> provenance) {
    this.doc = doc;
    this.config = config;
    this.provenance = Map.copyOf(provenance);
    this.parse = doc.queries(config.lexicons().functionWords());
    DocumentInfo in = doc.source().info();
    String language = config.lexicons().language();
    if (in.language() != null && !in.language().equals(language)) {
      throw new IllegalArgumentException("document " + in.id() + " is in '" + in.language()
          + "'; this pipeline reads '" + language + "'");
    }
    this.info = in.withLanguage(language);
    String p = in.published();
    this.anchor = p == null ? null : LocalDate.parse(p);
  }

  /** The document's identity, in the configured language (the ledger's {@code documents} entry). */
  public DocumentInfo info() {
    return info;
  }

  public AnnotatedDocument doc() {
    return doc;
  }

  /** The shared parse queries over this document (case words, governed time, negation ...). */
  public ParseQueries parse() {
    return parse;
  }

  public PipelineConfig config() {
    return config;
  }

  /** The configured language's word lists. */
  public Lexicon lexicon() {
    return config.lexicons().lexicon();
  }

  /** The configured learned models. */
  public Models models() {
    return config.models();
  }

  /** A setting by its full key ({@code "events.max-hops"}), or the default. */
  public String setting(String key, String otherwise) {
    return config.settings().getOrDefault(key, otherwise);
  }

  /** The provenance this run gives the extractor's items. */
  Provenance provenanceOf(Extractor x) {
    Provenance p = provenance.get(x.name());
    if (p == null) {
      throw new IllegalStateException("extractor '" + x.name() + "' is not configured in this pipeline");
    }
    return p;
  }

  public String docId() {
    return doc.id();
  }

  /** The publication date, or null when unknown. */
  public LocalDate anchor() {
    return anchor;
  }

  // --- entities

  public void setEntities(List<Entity> list, List<EntityMention> mentions) {
    entities.clear();
    entities.addAll(list);
    entityMentions.clear();
    entityMentions.addAll(mentions);
    mentionByToken.clear();
    for (EntityMention m : mentions) {
      for (var t : doc.tokensIn(m.span())) {
        EntityMention prior = mentionByToken.get(t.index());
        if (prior == null || m.span().length() < prior.span().length()) {
          mentionByToken.put(t.index(), m);
        }
      }
    }
  }

  public List<Entity> entities() {
    return Collections.unmodifiableList(entities);
  }

  public List<EntityMention> entityMentions() {
    return Collections.unmodifiableList(entityMentions);
  }

  /** The shortest entity mention covering a token, or null. */
  public EntityMention mentionAt(int token) {
    return mentionByToken.get(token);
  }

  public Entity entity(String id) {
    for (Entity e : entities) {
      if (e.id().equals(id)) {
        return e;
      }
    }
    return null;
  }

  // --- times

  public void addTime(TimeExpression t) {
    times.add(t);
    for (var tok : doc.tokensIn(t.span())) {
      timeByToken.putIfAbsent(tok.index(), t);
    }
  }

  public List<TimeExpression> times() {
    return Collections.unmodifiableList(times);
  }

  /** The time expression covering a token, or null. */
  public TimeExpression timeAt(int token) {
    return timeByToken.get(token);
  }

  public TimeExpression time(String id) {
    for (TimeExpression t : times) {
      if (t.id().equals(id)) {
        return t;
      }
    }
    return null;
  }

  // --- events

  public void addEvent(Event e, int triggerToken) {
    events.add(new EventMention(e, triggerToken));
  }

  /** A further mention of an event (the same Event object for every mention of it). */
  public void addEvent(Event e, int triggerToken, Span mentionSpan) {
    events.add(new EventMention(e, triggerToken, mentionSpan));
  }

  public List<EventMention> eventMentions() {
    return Collections.unmodifiableList(events);
  }

  /** The distinct events, in the order of their first mention. */
  public List<Event> events() {
    List<Event> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (EventMention m : events) {
      if (seen.add(m.event().id())) {
        out.add(m.event());
      }
    }
    return out;
  }

  public Event event(String id) {
    for (EventMention m : events) {
      if (m.event().id().equals(id)) {
        return m.event();
      }
    }
    return null;
  }

  // --- quotes, attributions, findings

  public void addQuote(Quote q) {
    quotes.add(q);
  }

  public List<Quote> quotes() {
    return Collections.unmodifiableList(quotes);
  }

  public void addAttribution(Attribution a) {
    attributions.add(a);
  }

  public List<Attribution> attributions() {
    return Collections.unmodifiableList(attributions);
  }

  public void addFinding(Finding f) {
    findings.add(f);
  }

  public List<Finding> findings() {
    return Collections.unmodifiableList(findings);
  }

  public Ledger toLedger() {
    return new Ledger(Ledger.FORMAT, List.of(info), entities, times, events(), attributions, quotes, findings);
  }
}
