package org.attest.model;

/**
 * Turns one document into its ledger. Implementations are thread-safe: one instance serves every
 * thread of a process (it owns heavy resources such as NLP models).
 */
public interface LedgerExtractor {

  /** The ledger of one document; its items' {@code doc} fields are {@code document.id()}. */
  Ledger extract(SourceDocument document);
}
