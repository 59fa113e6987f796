package org.attest.extract;

import org.attest.model.Ledger;
import org.attest.nlp.AnnotatedDocument;

/** The shipped extractors, lexicons and models over a hand-built parse (no NLP library loaded), for the hand-built tests. */
final class HandBuiltPipeline {

  /** Loaded once per test JVM: the lexicons and the attribution model take about a second. */
  private static final PipelineConfig CONFIG = PipelineConfig.defaults();

  private HandBuiltPipeline() {}

  static Ledger extract(AnnotatedDocument d) {
    return new AttestPipeline(doc -> d, Extractors.defaults(), CONFIG).extract(d);
  }
}
