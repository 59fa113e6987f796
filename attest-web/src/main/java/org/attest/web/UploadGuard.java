package org.attest.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Keeps an upload from reading the server's files. The ingester reads a feed item's page when the
 * item links to a local file (for {@code attest ingest} over a folder of saved pages); an uploaded
 * feed could name any file the server can read ({@code file:///etc/passwd}, {@code ../../x}, an
 * absolute path). A feed whose items link to a local path outside the upload's own batch directory
 * is refused whole, before the ingester opens it.
 */
final class UploadGuard {

  private UploadGuard() {}

  /**
   * The first local link of an uploaded feed that leaves {@code batch}, or null when the file is
   * not a feed or links only to the web or to files uploaded with it.
   */
  static String localLink(Path file, Path batch) throws IOException {
    if (!looksLikeFeed(file)) {
      return null;
    }
    SyndFeed feed;
    try (InputStream in = Files.newInputStream(file)) {
      SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
      input.setAllowDoctypes(false);
      input.setXmlHealerOn(false);
      feed = input.build(new XmlReader(in));
    } catch (IOException | RuntimeException | com.rometools.rome.io.FeedException e) {
      return null; // not a feed the ingester can parse either: it says so
    }
    Path root = batch.toAbsolutePath().normalize();
    Path realRoot = batch.toRealPath();
    for (SyndEntry entry : feed.getEntries()) {
      String link = entry.getLink();
      if (link != null && !link.isBlank() && !inside(file, link.strip(), root, realRoot)) {
        String shown = link.strip().replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 120 ? shown.substring(0, 120) + "…" : shown;
      }
    }
    return null;
  }

  /** Whether a link is a web address or a file uploaded in the same batch. */
  private static boolean inside(Path feedFile, String link, Path root, Path realRoot) {
    boolean hasScheme = link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    if (hasScheme && !link.regionMatches(true, 0, "file:", 0, 5)) {
      return true; // http(s) and the rest: the ingester never fetches them
    }
    try {
      Path p = hasScheme ? Path.of(URI.create(link)) : feedFile.toAbsolutePath().getParent().resolve(link);
      p = p.toAbsolutePath().normalize();
      if (!p.startsWith(root) && !p.startsWith(realRoot)) {
        return false;
      }
      return !Files.exists(p, LinkOption.NOFOLLOW_LINKS) || p.toRealPath().startsWith(realRoot);
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  private static boolean looksLikeFeed(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4096);
    }
    String h = new String(head, StandardCharsets.ISO_8859_1).replace("\u0000", "").toLowerCase(Locale.ROOT);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return h.contains("<rss") || h.contains("<feed") || h.contains("<rdf:rdf") || name.endsWith(".rss") || name.endsWith(".atom")
        || name.endsWith(".xml");
  }
}
