package org.attest.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A ledger's items by id, built once, for views and exports that follow references; each map iterates in ledger order. */
public final class LedgerIndex {

  private final Map<String, DocumentInfo> documents;
  private final Map<String, Entity> entities;
  private final Map<String, TimeExpression> times;
  private final Map<String, Event> events;
  private final Map<String, Attribution> attributions;

  public LedgerIndex(Ledger l) {
    documents = byId(l.documents().stream().toList(), DocumentInfo::id);
    entities = byId(l.entities(), Entity::id);
    times = byId(l.times(), TimeExpression::id);
    events = byId(l.events(), Event::id);
    attributions = byId(l.attributions(), Attribution::id);
  }

  private static <T> Map<String, T> byId(Iterable<T> items, Function<T, String> id) {
    Map<String, T> m = new LinkedHashMap<>();
    for (T t : items) {
      m.put(id.apply(t), t);
    }
    return Collections.unmodifiableMap(m);
  }

  public Map<String, DocumentInfo> documents() {
    return documents;
  }

  public Map<String, Entity> entities() {
    return entities;
  }

  public Map<String, TimeExpression> times() {
    return times;
  }

  public Map<String, Event> events() {
    return events;
  }

  public Map<String, Attribution> attributions() {
    return attributions;
  }

  public DocumentInfo document(String id) {
    return id == null ? null : documents.get(id);
  }

  public Entity entity(String id) {
    return id == null ? null : entities.get(id);
  }

  public TimeExpression time(String id) {
    return id == null ? null : times.get(id);
  }

  public Event event(String id) {
    return id == null ? null : events.get(id);
  }

  public Attribution attribution(String id) {
    return id == null ? null : attributions.get(id);
  }
}
