package org.attest.crossdoc;

/**
 * Resolves a corpus: entities across documents, event clusters, corroboration, and the
 * cross-document findings (CONTRADICTION, STANCE_REVERSAL, DATE_CONFLICT, QUANTITY_CONFLICT,
 * CORROBORATION). A pure function of its input: deterministic, no I/O, no wall clock.
 */
public final class CorpusResolver {

  public CorpusLedger resolve(CorpusInput input) {
    throw new UnsupportedOperationException("cross-document resolution is being written (issue 4)");
  }
}
