package org.attest.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A direct quotation (quotation marks included in the offsets) and its speaker's entity id. */
public record Quote(
    String id, String doc, int begin, int end, String text, String speaker, Provenance extractor) {

  @JsonIgnore
  public Span span() {
    return new Span(begin, end);
  }
}
