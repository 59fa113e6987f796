package org.attest.nlp;

import org.attest.model.SourceDocument;

/** Produces the linguistic annotation of a document. Implementations are thread-safe. */
public interface DocumentAnnotator {

  AnnotatedDocument annotate(SourceDocument document);
}
