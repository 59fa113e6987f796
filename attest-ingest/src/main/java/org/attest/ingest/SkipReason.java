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
  /** A symbolic link or a feed item's link to a file outside the folder being ingested. */
  OUTSIDE_INPUT("outside the input folder"),
  /** A FIFO, a device, a dangling symbolic link, a symbolic link to a directory. */
  NOT_A_FILE("not a regular file"),
  /** A path longer than the store keeps ({@code LedgerStore.MAX_SOURCE_CHARS}). */
  PATH_TOO_LONG("path too long"),
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
