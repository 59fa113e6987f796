package org.attest.ingest;

/** Why an input was not turned into a document. */
public enum SkipReason {
  EMPTY("empty"),
  BINARY("binary, not text"),
  ENCODING("not valid UTF-8 text"),
  TOO_LARGE("too large"),
  UNPARSABLE("unparsable"),
  NOT_ENGLISH("not English"),
  UNREADABLE("unreadable");

  private final String words;

  SkipReason(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
