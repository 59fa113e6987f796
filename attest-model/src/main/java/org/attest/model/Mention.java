package org.attest.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Where an entity is named: a document and the offsets of the naming words. */
public record Mention(String doc, int begin, int end) implements Comparable<Mention> {

  public static Mention of(String doc, Span span) {
    return new Mention(doc, span.begin(), span.end());
  }

  @JsonIgnore
  public Span span() {
    return new Span(begin, end);
  }

  @Override
  public int compareTo(Mention o) {
    int c = doc.compareTo(o.doc);
    return c != 0 ? c : span().compareTo(o.span());
  }
}
