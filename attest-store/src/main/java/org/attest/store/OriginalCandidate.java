package org.attest.store;

/**
 * A stored document that shares a near-duplicate band with a new one.
 *
 * @param seq its ingest order (lower is earlier)
 * @param copyOf its own original if it is a copy, else null
 */
public record OriginalCandidate(String docId, long seq, int[] signature, String copyOf) {}
