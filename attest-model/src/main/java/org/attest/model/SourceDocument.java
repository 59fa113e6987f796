package org.attest.model;

import java.util.Objects;

/**
 * A document as it enters extraction: its metadata and its normalized text. Offsets of every
 * ledger item index {@link #text()}.
 */
public record SourceDocument(DocumentInfo info, String text) {

  public SourceDocument {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(text, "text");
    if (info.length() != text.length()) {
      throw new IllegalArgumentException(
          "document " + info.id() + ": length " + info.length() + " != text length " + text.length());
    }
  }

  /**
   * Builds a document from raw text: normalizes it and computes hash and length. Its language is
   * not stated; the pipeline that reads it states its own.
   */
  public static SourceDocument of(
      String id, String rawText, String title, String outlet, String url, String published, String path) {
    String text = DocumentText.normalize(rawText);
    return new SourceDocument(
        new DocumentInfo(id, DocumentText.sha256(text), title, outlet, url, published, path, null, text.length()),
        text);
  }

  public String id() {
    return info.id();
  }
}
