package org.attest.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
    return read(article, InputFiles.Input.of(article).root(), IngestLimits.DEFAULT);
  }

  /**
   * The sidecar of an article found under {@code root}: a sidecar that is a symbolic link is read
   * only when links are followed and it stays inside the root; one over {@link
   * IngestLimits#MAX_SIDECAR_BYTES} or not a regular file refuses the article with the reason.
   */
  public static SidecarMetadata read(Path article, Path root, IngestLimits limits) throws IOException, InputRejectedException {
    Path side = sidecarOf(article);
    if (!Files.exists(side, LinkOption.NOFOLLOW_LINKS)) {
      return NONE;
    }
    Path real = side;
    if (Files.isSymbolicLink(side)) {
      try {
        real = side.toRealPath();
      } catch (IOException dangling) {
        throw new InputRejectedException(SkipReason.NOT_A_FILE, side.getFileName() + " is a dangling symbolic link");
      }
      if (!limits.followLocalLinks() || !InputFiles.inside(real, root)) {
        throw new InputRejectedException(SkipReason.OUTSIDE_INPUT,
            side.getFileName() + " is a symbolic link to a file outside the input folder; not read");
      }
    }
    if (!Files.isRegularFile(real)) {
      throw new InputRejectedException(SkipReason.NOT_A_FILE, side.getFileName() + " is not a regular file");
    }
    long size = Files.size(real);
    if (size > IngestLimits.MAX_SIDECAR_BYTES) {
      throw new InputRejectedException(SkipReason.TOO_LARGE,
          side.getFileName() + " is " + size + " bytes; a sidecar may have " + IngestLimits.MAX_SIDECAR_BYTES);
    }
    JsonNode n;
    try {
      byte[] bytes = InputFiles.unicode(InputFiles.readBounded(real, IngestLimits.MAX_SIDECAR_BYTES));
      n = LedgerJson.mapper().readTree(new String(bytes, StandardCharsets.UTF_8));
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
