package org.attest.eval.meantime;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One MEANTIME article: its id, name and URL, the text rebuilt from its tokens (one sentence per
 * line; the first line is the title, the second usually the date line), the tokens with their
 * offsets in that text, the markables (spans in the same text) and the relations between them.
 */
public record MeantimeDocument(
    String id,
    String name,
    String url,
    String text,
    List<MeantimeToken> tokens,
    List<MeantimeEntityMention> entityMentions,
    List<MeantimeTimex> timexes,
    List<MeantimeEventMention> eventMentions,
    List<MeantimeSignal> signals,
    List<MeantimeValue> values,
    Map<Integer, MeantimeInstance> instances,
    List<MeantimeLink> links) {

  public MeantimeDocument {
    tokens = List.copyOf(tokens);
    entityMentions = List.copyOf(entityMentions);
    timexes = List.copyOf(timexes);
    eventMentions = List.copyOf(eventMentions);
    signals = List.copyOf(signals);
    values = List.copyOf(values);
    instances = Map.copyOf(instances);
    links = List.copyOf(links);
  }

  /** The document creation time: the TIMEX3 whose function in the document is CREATION_TIME. */
  public Optional<MeantimeTimex> creationTime() {
    return timexes.stream().filter(MeantimeTimex::creationTime).findFirst();
  }

  /** The DCT value (e.g. {@code 2009-06-04}), if the file annotates one. */
  public Optional<String> creationTimeValue() {
    return creationTime().map(MeantimeTimex::value).filter(v -> !v.isBlank());
  }

  /** The title: the first line of the text. */
  public String title() {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  /** Relations of one kind (REFERS_TO, HAS_PARTICIPANT, TLINK …). */
  public List<MeantimeLink> links(String kind) {
    return links.stream().filter(l -> l.kind().equals(kind)).toList();
  }

  /** Number of whitespace-free tokens that are words (contain a letter or digit). */
  public int wordCount() {
    return (int) tokens.stream().filter(t -> t.surface().codePoints().anyMatch(Character::isLetterOrDigit)).count();
  }
}
