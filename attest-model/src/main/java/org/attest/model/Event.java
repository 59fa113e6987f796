package org.attest.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;

/**
 * Something that happened (or is planned, possible, or negated), typed with PLOVER. {@code begin}
 * and {@code end} are the trigger's offsets; {@code sentence} the sentence it was read from. Actor
 * is a list because several may act together ("clashes between A and B"); in JSON it is a single
 * id, a list, or null.
 */
public record Event(
    String id,
    String doc,
    int begin,
    int end,
    String trigger,
    Span sentence,
    EventType type,
    String predicate,
    @JsonSerialize(using = IdListJson.Serializer.class)
        @JsonDeserialize(using = IdListJson.Deserializer.class)
        List<String> actor,
    String target,
    String location,
    String time,
    Quantity quantity,
    Modality modality,
    Polarity polarity,
    String summary,
    Provenance extractor) {

  public Event {
    actor = actor == null ? List.of() : List.copyOf(actor);
  }

  @JsonIgnore
  public Span span() {
    return new Span(begin, end);
  }
}
