package org.attest.store;

import org.attest.model.DocumentInfo;

/** A stored document's metadata, without its text and ledger (ask the store for those). */
public record StoredDocument(DocumentInfo info, long seq, String author, String source, String copyOf, Double copySimilarity) {

  public String id() {
    return info.id();
  }
}
