package org.attest.store;

/** What committing a document did: stored it (maybe as a copy of {@code ofDoc}), or found it stored. */
public record CommitOutcome(IngestStatus status, String docId, String ofDoc, double similarity) {}
