package org.attest.ingest;

import java.util.Objects;

/**
 * What reading one input (a file, a feed item, a JSON Lines record) gave: a document, or the
 * reason it was refused. Exactly one of {@code document} and {@code rejection} is set.
 */
public record InputOutcome(String source, IncomingDocument document, InputRejectedException rejection) {

  public InputOutcome {
    Objects.requireNonNull(source, "source");
    if ((document == null) == (rejection == null)) {
      throw new IllegalArgumentException("exactly one of document and rejection");
    }
  }

  public static InputOutcome of(IncomingDocument document) {
    return new InputOutcome(document.source(), document, null);
  }

  public static InputOutcome rejected(String source, InputRejectedException why) {
    return new InputOutcome(source, null, why);
  }

  public static InputOutcome rejected(String source, SkipReason reason, String detail) {
    return rejected(source, new InputRejectedException(reason, detail));
  }

  public boolean accepted() {
    return document != null;
  }
}
