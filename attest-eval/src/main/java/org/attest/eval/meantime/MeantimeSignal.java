package org.attest.eval.meantime;

import java.util.List;
import org.attest.model.Span;

/** A SIGNAL: a word that marks a temporal relation (before, after, during …). */
public record MeantimeSignal(int id, List<Integer> tokenIds, Span span) implements MeantimeMarkable {

  public MeantimeSignal {
    tokenIds = List.copyOf(tokenIds);
  }
}
