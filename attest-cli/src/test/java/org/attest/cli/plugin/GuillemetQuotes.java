package org.attest.cli.plugin;

import java.util.Set;
import org.attest.extract.ExtractionContext;
import org.attest.extract.Extractor;
import org.attest.extract.Layer;
import org.attest.model.Quote;

/** A toy extractor registered from the test classpath only: every «guillemet quotation» is a quote. */
public final class GuillemetQuotes extends Extractor {

  public GuillemetQuotes() {
    super("guillemets", "0.0.1");
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.PARSE);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  protected void extract(ExtractionContext ctx) {
    String text = ctx.doc().text();
    int n = 0;
    for (int open = text.indexOf('«'); open >= 0; open = text.indexOf('«', open + 1)) {
      int close = text.indexOf('»', open);
      if (close < 0) {
        break;
      }
      ctx.addQuote(new Quote("g" + (++n), ctx.docId(), open, close + 1, text.substring(open, close + 1), null,
          provenance(ctx)));
      open = close;
    }
  }
}
