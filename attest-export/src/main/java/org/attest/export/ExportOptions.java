package org.attest.export;

import java.util.Map;
import org.attest.model.DocumentInfo;

/**
 * What an export knows beyond the corpus ledger.
 *
 * @param documents what the store keeps about each document that the ledger contract does not: its
 *     author and the document it is a near-copy of, by store document id (an empty map: none known)
 * @param baseUrl where the desk is published ({@code attest serve}'s address, or a public one), so a
 *     ClaimReview can say where it is read: {@code BASE/findings/ID}
 */
public record ExportOptions(Map<String, DocumentMeta> documents, String baseUrl) {

  /** The address {@code attest serve} listens on by default. */
  public static final String DEFAULT_BASE_URL = "http://127.0.0.1:8080/";

  public static final ExportOptions NONE = new ExportOptions(Map.of(), DEFAULT_BASE_URL);

  /** A document's author and the document it copies (null when not known / not a copy). */
  public record DocumentMeta(String author, String copyOf) {}

  public ExportOptions {
    documents = documents == null ? Map.of() : Map.copyOf(documents);
    baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
  }

  /** The store's facts about a corpus document (the corpus keeps store ids; else the hash's prefix). */
  DocumentMeta meta(DocumentInfo d) {
    DocumentMeta m = documents.get(d.id());
    if (m == null && d.sha256() != null && d.sha256().length() >= 16) {
      m = documents.get(d.sha256().substring(0, 16));
    }
    return m == null ? new DocumentMeta(null, null) : m;
  }

  /**
   * A document's path as exports show it: the file name (with a feed item's or JSON Lines record's
   * {@code #item=N} suffix), never the absolute local path it was read from.
   */
  static String fileName(String path) {
    if (path == null) {
      return null;
    }
    String p = path.replace('\\', '/');
    int hash = p.indexOf('#');
    String file = hash < 0 ? p : p.substring(0, hash);
    String suffix = hash < 0 ? "" : p.substring(hash);
    int slash = file.lastIndexOf('/');
    return (slash < 0 ? file : file.substring(slash + 1)) + suffix;
  }
}
