package org.attest.eval.meantime;

import java.util.List;
import org.attest.model.Span;

/** A VALUE markable: a money amount, quantity or percentage (type MONEY, QUANTITY, PERCENT …). */
public record MeantimeValue(int id, List<Integer> tokenIds, Span span, String type)
    implements MeantimeMarkable {

  public MeantimeValue {
    tokenIds = List.copyOf(tokenIds);
  }
}
