package org.attest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A half-open range of character offsets {@code [begin, end)} in a document's normalized text,
 * counted in UTF-16 code units (Java {@code String} indices). The one offset type used everywhere.
 */
public record Span(int begin, int end) implements Comparable<Span> {

  @JsonCreator
  public Span(@JsonProperty("begin") int begin, @JsonProperty("end") int end) {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
    this.begin = begin;
    this.end = end;
  }

  public static Span of(int begin, int end) {
    return new Span(begin, end);
  }

  @JsonIgnore
  public int length() {
    return end - begin;
  }

  @JsonIgnore
  public boolean isEmpty() {
    return begin == end;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean contains(int offset) {
    return begin <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
  }

  public String of(CharSequence text) {
    return text.subSequence(begin, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + begin + "," + end + ")";
  }
}
