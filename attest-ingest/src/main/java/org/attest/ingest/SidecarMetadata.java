package org.attest.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.attest.model.LedgerJson;

/**
 * Metadata for a plain-text article, kept beside it: {@code article.txt} has {@code
 * article.meta.json} with {@code title}, {@code outlet}, {@code url} and {@code published}
 * (YYYY-MM-DD). Plain text has nowhere else to say when and where it was published, and relative
 * dates need that.
 */
public record SidecarMetadata(String title, String outlet, String url, String published) {

  public static final SidecarMetadata NONE = new SidecarMetadata(null, null, null, null);

  /** The sidecar file of an article: its name with {@code .txt} replaced by {@code .meta.json}. */
  public static Path sidecarOf(Path article) {
    String name = article.getFileName().toString();
    String base = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    return article.resolveSibling(base + ".meta.json");
  }

  /** The article's sidecar metadata, or {@link #NONE} when it has none. */
  public static SidecarMetadata read(Path article) throws IOException, InputRejectedException {
    Path side = sidecarOf(article);
    if (!Files.isRegularFile(side)) {
      return NONE;
    }
    JsonNode n;
    try {
      n = LedgerJson.mapper().readTree(Files.readString(side));
    } catch (IOException e) {
      throw new InputRejectedException(SkipReason.UNPARSABLE, side.getFileName() + " is not valid JSON");
    }
    if (n == null || !n.isObject()) {
      throw new InputRejectedException(SkipReason.UNPARSABLE, side.getFileName() + " is not a JSON object");
    }
    String published = text(n, "published");
    if (published != null) {
      try {
        published = LocalDate.parse(published.length() > 10 ? published.substring(0, 10) : published).toString();
      } catch (DateTimeParseException e) {
        throw new InputRejectedException(SkipReason.UNPARSABLE,
            side.getFileName() + ": 'published' must be a date like 2025-07-01, not '" + published + "'");
      }
    }
    return new SidecarMetadata(text(n, "title"), text(n, "outlet"), text(n, "url"), published);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
