package org.attest.eval.meantime;

import java.util.List;
import org.attest.model.Span;

/**
 * An EVENT_MENTION with its factuality attributes as annotated; each is null where the file leaves
 * it absent or empty (some mentions carry no attributes at all: {@link #hasFactuality()}).
 * {@code eventClass} (OTHER, SPEECH_COGNITIVE, GRAMMATICAL) comes from the EVENT it REFERS_TO.
 */
public record MeantimeEventMention(
    int id,
    List<Integer> tokenIds,
    Span span,
    String pred,
    String pos,
    String tense,
    String aspect,
    String certainty,
    String polarity,
    String time,
    String specialCases,
    String modality,
    String eventClass,
    MeantimeInstance instance)
    implements MeantimeMarkable {

  public MeantimeEventMention {
    tokenIds = List.copyOf(tokenIds);
  }

  /** True when the annotators gave certainty and polarity (the factuality layer). */
  public boolean hasFactuality() {
    return certainty != null && polarity != null;
  }
}
