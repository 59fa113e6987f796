package org.attest.store;

/** What became of one input. */
public enum IngestStatus {
  /** A new document, stored with its ledger. */
  INGESTED,
  /** A new document that copies an earlier one (syndicated or re-published); stored and linked. */
  NEAR_DUPLICATE,
  /** The same normalized text as a stored document: nothing stored. */
  DUPLICATE,
  /** Refused (binary, empty, too large, unparsable, not English ...): nothing stored. */
  SKIPPED,
  /** Read but not extracted (the extractor failed): nothing stored; {@code --retry-failed} retries. */
  FAILED;

  /** True for the results {@code --retry-failed} redoes. */
  public boolean failure() {
    return this == SKIPPED || this == FAILED;
  }
}
