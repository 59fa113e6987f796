package org.attest.extract.times;

import java.util.Set;
import org.attest.extract.ExtractionContext;
import org.attest.extract.Extractor;
import org.attest.extract.Layer;
import org.attest.model.TimeExpression;
import org.attest.time.TimeNormalizer;
import org.attest.time.Timex;

/**
 * TIMEX3 time expressions, found and normalized by Attest's own {@link TimeNormalizer} and
 * anchored to the publication date (never the wall clock).
 */
public final class TimeExtractor extends Extractor {

  public static final String NAME = "times";

  private static final TimeNormalizer NORMALIZER = new TimeNormalizer();

  public TimeExtractor() {
    super(NAME);
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.PARSE);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.TIMES);
  }

  @Override
  protected void extract(ExtractionContext ctx) {
    int n = 0;
    for (Timex x : NORMALIZER.annotate(ctx.doc().text(), ctx.anchor())) {
      ctx.addTime(new TimeExpression("t" + (++n), ctx.docId(), x.span().begin(), x.span().end(), x.text(), x.type(),
          x.value(), x.mod(), provenance(ctx)));
    }
  }
}
