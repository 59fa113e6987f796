package org.attest.ingest;

/**
 * Size limits that keep a stray dump from filling the store, and whether links to local files
 * are followed.
 *
 * @param maxDocumentBytes the largest single document (a text or HTML file, one feed item or JSON
 *     Lines record, a feed item's linked page)
 * @param maxContainerBytes the largest feed file (parsed whole) ; JSON Lines files are streamed
 *     and have no limit beyond the per-record one
 * @param followLocalLinks whether a feed item's link to a local page and a symbolic link found in
 *     an input folder are read. Even when they are, the target must lie inside the folder being
 *     ingested (after resolving symbolic links). Off for content from elsewhere (the web desk's
 *     uploads, see {@link #UPLOADS}): then nothing but the given files and their sidecars is read.
 */
public record IngestLimits(long maxDocumentBytes, long maxContainerBytes, boolean followLocalLinks) {

  public static final IngestLimits DEFAULT = new IngestLimits(PlainText.DEFAULT_MAX_BYTES, 64L * 1024 * 1024);

  /** For uploaded content: the default sizes, and no local file is read through a link. */
  public static final IngestLimits UPLOADS = DEFAULT.withoutLocalLinks();

  /** The largest sidecar ({@code NAME.meta.json}) read. */
  public static final long MAX_SIDECAR_BYTES = 1024 * 1024;

  public IngestLimits {
    if (maxDocumentBytes <= 0 || maxContainerBytes <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  public IngestLimits(long maxDocumentBytes, long maxContainerBytes) {
    this(maxDocumentBytes, maxContainerBytes, true);
  }

  /**
   * The default limits with this largest document; a feed may be at least as large (the
   * command line's {@code --max-bytes}).
   */
  public static IngestLimits ofDocumentBytes(long maxDocumentBytes) {
    return new IngestLimits(maxDocumentBytes, Math.max(maxDocumentBytes, DEFAULT.maxContainerBytes()), DEFAULT.followLocalLinks());
  }

  /** These limits, each size lowered to the given one where that is smaller (the web desk's own caps on {@link #UPLOADS}). */
  public IngestLimits atMost(long documentBytes, long containerBytes) {
    return new IngestLimits(Math.min(maxDocumentBytes, documentBytes), Math.min(maxContainerBytes, containerBytes), followLocalLinks);
  }

  /** These limits with links to local files never followed. */
  public IngestLimits withoutLocalLinks() {
    return new IngestLimits(maxDocumentBytes, maxContainerBytes, false);
  }

  int maxDocumentChars() {
    return (int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes);
  }
}
