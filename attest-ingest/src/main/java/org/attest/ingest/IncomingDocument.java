package org.attest.ingest;

import java.util.Objects;
import org.attest.model.DocumentText;

/**
 * A document read from an input, before it has an id: its normalized text and whatever metadata
 * the input carried. {@code source} names where it came from precisely enough to read it again
 * (a file path, plus {@code #item=N} for a feed item or {@code #line=N} for a JSON Lines record).
 *
 * @param published ISO-8601 date ({@code 2025-07-01}) or null
 */
public record IncomingDocument(
    String source, String text, String title, String outlet, String author, String url, String published) {

  public IncomingDocument {
    Objects.requireNonNull(source, "source");
    text = DocumentText.normalize(Objects.requireNonNull(text, "text"));
    title = blankToNull(title);
    outlet = blankToNull(outlet);
    author = blankToNull(author);
    url = blankToNull(url);
    published = blankToNull(published);
  }

  static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip().replaceAll("\\s+", " ");
    return t.isEmpty() ? null : t;
  }
}
