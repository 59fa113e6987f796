package org.attest.ingest;

/** An input that cannot become a document, with the reason in words a user understands. */
public final class InputRejectedException extends Exception {

  private final SkipReason reason;

  public InputRejectedException(SkipReason reason, String detail) {
    super(reason.words() + (detail == null || detail.isEmpty() ? "" : ": " + detail));
    this.reason = reason;
  }

  public SkipReason reason() {
    return reason;
  }
}
