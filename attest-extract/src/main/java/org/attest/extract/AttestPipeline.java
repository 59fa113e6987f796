package org.attest.extract;

import java.util.List;
import org.attest.model.Ledger;
import org.attest.model.LedgerExtractor;
import org.attest.model.SourceDocument;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.CoreNlpAnnotator;
import org.attest.nlp.DocumentAnnotator;

/**
 * The document-level pipeline: linguistic annotation, then the registered extractors in order
 * (entities, times, events, quotes, attributions, findings). Loads its models once; thread-safe.
 */
public final class AttestPipeline implements LedgerExtractor {

  private final DocumentAnnotator annotator;
  private final List<Extractor> extractors;

  public AttestPipeline(DocumentAnnotator annotator, List<Extractor> extractors) {
    this.annotator = annotator;
    this.extractors = List.copyOf(extractors);
  }

  /** The pipeline with the default annotator and extractors. Loading takes seconds: one per process. */
  public static AttestPipeline create() {
    return new AttestPipeline(CoreNlpAnnotator.shared(), Extractors.defaults());
  }

  public List<Extractor> extractors() {
    return extractors;
  }

  @Override
  public Ledger extract(SourceDocument document) {
    return extract(annotator.annotate(document));
  }

  /** Runs the extractors on an already annotated document. */
  public Ledger extract(AnnotatedDocument doc) {
    ExtractionContext ctx = new ExtractionContext(doc);
    for (Extractor x : extractors) {
      x.run(ctx);
    }
    return ctx.toLedger();
  }
}
