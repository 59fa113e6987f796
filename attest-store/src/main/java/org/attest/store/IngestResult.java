package org.attest.store;

import java.util.Objects;

/**
 * The latest result of one input.
 *
 * @param source the input (a path, plus {@code #item=N} or {@code #line=N} inside a container)
 * @param reason for SKIPPED and FAILED: the reason's name (e.g. {@code NOT_ENGLISH})
 * @param detail words for a user, or null
 * @param docId the stored document this input is or duplicates, or null
 * @param ofDoc for NEAR_DUPLICATE: the original's id
 */
public record IngestResult(String source, IngestStatus status, String reason, String detail, String docId, String ofDoc) {

  public IngestResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
  }
}
