package org.attest.ingest;

/** Why an input was not turned into a document. */
public enum SkipReason {
  EMPTY("empty"),
  BINARY("binary, not text"),
  ENCODING("not valid UTF-8 text"),
  TOO_LARGE("too large"),
  UNPARSABLE("unparsable"),
  NOT_ENGLISH("not English"),
  UNREADABLE("unreadable"),
  /** The text was read but the extractor failed on it; {@code --retry-failed} tries again. */
  EXTRACTION_FAILED("extraction failed"),
  /** Neither text, HTML, a feed nor JSON Lines. */
  UNSUPPORTED("unsupported file type");

  private final String words;

  SkipReason(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
