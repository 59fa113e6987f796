package org.attest.model;

/**
 * A document's identity and metadata. {@code sha256} is the hash of the normalized text (see
 * {@link DocumentText}); {@code length} its length in UTF-16 code units. {@code published} is an
 * ISO-8601 date ({@code 2025-07-01}) or null when unknown. {@code language} is the BCP 47 tag of the
 * language the document was read in, or null before a pipeline read it: the extractor states it
 * (its lexicon bundle's language), nothing else assumes one.
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

  public DocumentInfo withLanguage(String newLanguage) {
    return new DocumentInfo(id, sha256, title, outlet, url, published, path, newLanguage, length);
  }
}
