package org.attest.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;

/**
 * Something that happened (or is planned, possible, or negated), typed with PLOVER. {@code begin}
 * and {@code end} are the trigger's offsets; {@code sentence} the sentence it was read from. Actor
 * is a list because several may act together ("clashes between A and B"); in JSON it is a single
 * id, a list, or null.
 *
 * <p>{@code mode} is the PLOVER mode where the coding gives one ({@code arrest}, {@code visit}),
 * else null. {@code mentions} lists every place the document mentions this one event (headline
 * "falls", body "fell"; "the attack ... the assault"), in text order, the trigger's own first;
 * it is empty when the trigger is the only mention. Both are left out of the JSON when empty.
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
    Provenance extractor,
    @JsonInclude(JsonInclude.Include.NON_NULL) String mode,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<EventMention> mentions) {

  public Event {
    actor = actor == null ? List.of() : List.copyOf(actor);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }

  /** An event without a PLOVER mode and with one mention (its trigger). */
  public Event(String id, String doc, int begin, int end, String trigger, Span sentence, EventType type,
      String predicate, List<String> actor, String target, String location, String time, Quantity quantity,
      Modality modality, Polarity polarity, String summary, Provenance extractor) {
    this(id, doc, begin, end, trigger, sentence, type, predicate, actor, target, location, time, quantity,
        modality, polarity, summary, extractor, null, List.of());
  }

  /** One mention of the event: the trigger's offsets and words, and its sentence. */
  public record EventMention(int begin, int end, String trigger, Span sentence) {
    @JsonIgnore
    public Span span() {
      return new Span(begin, end);
    }
  }

  /** Every mention's trigger span: the mentions where there are several, else the trigger alone. */
  @JsonIgnore
  public List<Span> mentionSpans() {
    return allMentions().stream().map(EventMention::span).toList();
  }

  /** Every mention of this event: its {@code mentions}, else its trigger as the one mention. */
  @JsonIgnore
  public List<EventMention> allMentions() {
    return mentions.isEmpty() ? List.of(new EventMention(begin, end, trigger, sentence)) : mentions;
  }

  /** This event with other mentions of it (text order; the trigger's own included). */
  public Event withMentions(List<EventMention> ms) {
    return new Event(id, doc, begin, end, trigger, sentence, type, predicate, actor, target, location, time,
        quantity, modality, polarity, summary, extractor, mode, ms);
  }

  @JsonIgnore
  public Span span() {
    return new Span(begin, end);
  }
}
