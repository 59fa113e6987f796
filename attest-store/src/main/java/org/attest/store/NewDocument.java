package org.attest.store;

import java.util.Objects;
import org.attest.model.DocumentInfo;
import org.attest.model.Ledger;

/**
 * A document ready to be committed: its metadata (id, hash, title ...), normalized text, ledger and
 * near-duplicate signature.
 *
 * @param info the document's identity; {@code info.id()} must be {@link DocumentIds#of} its hash
 * @param author the byline, kept by the store (the ledger contract has no author field)
 * @param source the input it was read from
 * @param ledger its ledger, whose single document is {@code info}
 * @param signature MinHash signature (opaque to the store)
 * @param bandKeys locality-sensitive hashing keys of the signature, one per band
 */
public record NewDocument(
    DocumentInfo info, String author, String source, String text, Ledger ledger, int[] signature, long[] bandKeys) {

  public NewDocument {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(bandKeys, "bandKeys");
    if (!info.id().equals(DocumentIds.of(info.sha256()))) {
      throw new IllegalArgumentException("document id " + info.id() + " is not the id of its hash");
    }
    if (ledger.documents().size() != 1 || !ledger.documents().get(0).id().equals(info.id())) {
      throw new IllegalArgumentException("the ledger of " + info.id() + " must describe exactly that document");
    }
  }
}
