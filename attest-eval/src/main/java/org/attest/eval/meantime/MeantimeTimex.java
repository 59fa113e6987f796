package org.attest.eval.meantime;

import java.util.List;
import org.attest.model.Span;

/** A TIMEX3: type (DATE, TIME, DURATION, SET), normalized value and function in the document. */
public record MeantimeTimex(
    int id,
    List<Integer> tokenIds,
    Span span,
    String type,
    String value,
    String functionInDocument,
    String anchorTimeId)
    implements MeantimeMarkable {

  public MeantimeTimex {
    tokenIds = List.copyOf(tokenIds);
  }

  public boolean creationTime() {
    return "CREATION_TIME".equals(functionInDocument);
  }
}
