package org.attest.model;

import java.util.List;

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

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
