package org.attest.extract.times;

import org.attest.extract.ExtractionContext;
import org.attest.extract.Extractor;
import org.attest.model.TimeExpression;
import org.attest.time.TimeNormalizer;
import org.attest.time.Timex;

/**
 * TIMEX3 time expressions, found and normalized by Attest's own {@link TimeNormalizer} and
 * anchored to the publication date (never the wall clock).
 */
public final class TimeExtractor extends Extractor {

  public static final String NAME = "times";
  public static final String VERSION = "1.0";

  private static final TimeNormalizer NORMALIZER = new TimeNormalizer();

  public TimeExtractor() {
    super(NAME, VERSION);
  }

  @Override
  protected void extract(ExtractionContext ctx) {
    int n = 0;
    for (Timex x : NORMALIZER.annotate(ctx.doc().text(), ctx.anchor())) {
      ctx.addTime(new TimeExpression("t" + (++n), ctx.docId(), x.span().begin(), x.span().end(), x.text(), x.type(),
          x.value(), x.mod(), provenance()));
    }
  }
}
