package org.attest.ingest;

/**
 * Size limits that keep a stray dump from filling the store.
 *
 * @param maxDocumentBytes the largest single document (a text or HTML file, one feed item or JSON
 *     Lines record)
 * @param maxContainerBytes the largest feed file (parsed whole) ; JSON Lines files are streamed
 *     and have no limit beyond the per-record one
 */
public record IngestLimits(long maxDocumentBytes, long maxContainerBytes) {

  public static final IngestLimits DEFAULT = new IngestLimits(PlainText.DEFAULT_MAX_BYTES, 64L * 1024 * 1024);

  public IngestLimits {
    if (maxDocumentBytes <= 0 || maxContainerBytes <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  int maxDocumentChars() {
    return (int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes);
  }
}
