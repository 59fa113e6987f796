package org.attest.model;

/**
 * A document's identity and metadata. {@code sha256} is the hash of the normalized text (see
 * {@link DocumentText}); {@code length} its length in UTF-16 code units. {@code published} is an
 * ISO-8601 date ({@code 2025-07-01}) or null when unknown.
 */
public record DocumentInfo(
    String id,
    String sha256,
    String title,
    String outlet,
    String url,
    String published,
    String path,
    String language,
    int length) {

  public DocumentInfo withId(String newId) {
    return new DocumentInfo(newId, sha256, title, outlet, url, published, path, language, length);
  }
}
