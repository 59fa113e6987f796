package org.attest.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A TIMEX3 time expression: its offsets, its text and its normalized {@code value} (e.g. {@code
 * 2025-05}, {@code 2025-H1}, {@code P3M}, {@code PRESENT_REF}); {@code type} is DATE, TIME,
 * DURATION or SET; {@code mod} a TIMEX3 mod or null.
 */
public record TimeExpression(
    String id,
    String doc,
    int begin,
    int end,
    String text,
    String type,
    String value,
    String mod,
    Provenance extractor) {

  @JsonIgnore
  public Span span() {
    return new Span(begin, end);
  }
}
