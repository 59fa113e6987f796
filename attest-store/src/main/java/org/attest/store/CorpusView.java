package org.attest.store;

import org.attest.crossdoc.CorpusLedger;

/**
 * The materialized cross-document view: the resolver's output for the documents and decisions
 * whose fingerprint is {@code inputHash}, or the resolver's error.
 */
public record CorpusView(String inputHash, int documents, CorpusLedger ledger, String error) {

  public boolean available() {
    return ledger != null;
  }
}
