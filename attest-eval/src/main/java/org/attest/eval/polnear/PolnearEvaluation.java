package org.attest.eval.polnear;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.attest.eval.polnear.PolnearCorpus.Article;
import org.attest.eval.polnear.PolnearCorpus.GoldAttribution;
import org.attest.model.Attribution;
import org.attest.model.Ledger;
import org.attest.model.Span;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.CachedAnnotator;

/** Runs an extractor over a PolNeAR split (parses from a {@link CachedAnnotator}) and scores it. */
public final class PolnearEvaluation {

  private PolnearEvaluation() {}

  /** Scores the ledgers the function makes of each article's annotation. */
  public static PolnearScorer evaluate(PolnearCorpus corpus, CachedAnnotator cache, Function<AnnotatedDocument, Ledger> extractor)
      throws IOException {
    PolnearScorer scorer = new PolnearScorer();
    for (Article a : corpus.articles()) {
      AnnotatedDocument d = cache.annotate(a.document());
      Ledger l = extractor.apply(d);
      scorer.add(a.document().text(), a.attributions(), predictions(l));
    }
    return scorer;
  }

  /**
   * A ledger's attributions as PolNeAR relations: one per cue span (several events stated under
   * one cue are one relation), leaving out the article's own voice where no cue word introduces it.
   */
  public static List<GoldAttribution> predictions(Ledger l) {
    Map<Span, GoldAttribution> byCue = new LinkedHashMap<>();
    for (Attribution a : l.attributions()) {
      if (a.cue() == null) {
        continue;
      }
      Span cue = new Span(a.begin(), a.end());
      if (byCue.containsKey(cue)) {
        continue;
      }
      List<Span> src = a.sourceMention() == null ? List.of() : List.of(a.sourceMention());
      List<Span> content = a.content() == null ? List.of() : List.of(a.content());
      byCue.put(cue, new GoldAttribution(List.of(cue), src, content));
    }
    return new ArrayList<>(byCue.values());
  }
}
