package org.attest.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RSS and Atom feed files (parsed by Rome): one document per item. An item's text is the page it
 * links to when that page is a local file (there is no network), else its embedded full text
 * ({@code content:encoded}, Atom {@code content}), else its description. DOCTYPEs are refused, so
 * a feed cannot make the parser read other files or expand entity bombs.
 */
public final class FeedFile {

  private FeedFile() {}

  /** One outcome per item; a feed that does not parse is one rejection for the whole file. */
  public static List<InputOutcome> read(Path file, byte[] bytes, IngestLimits limits) {
    String fileSource = file.toString();
    SyndFeed feed;
    try {
      SyndFeedInput in = new SyndFeedInput(false, Locale.ROOT);
      in.setAllowDoctypes(false);
      in.setXmlHealerOn(false);
      feed = in.build(new com.rometools.rome.io.XmlReader(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IOException | RuntimeException e) {
      return List.of(InputOutcome.rejected(fileSource, SkipReason.UNPARSABLE, "not a well-formed RSS/Atom feed: " + oneLine(e)));
    }
    List<InputOutcome> out = new ArrayList<>();
    String outlet = feed.getTitle();
    int n = 0;
    for (SyndEntry entry : feed.getEntries()) {
      n++;
      String source = fileSource + "#item=" + n;
      try {
        out.add(InputOutcome.of(item(file, source, entry, outlet, limits)));
      } catch (InputRejectedException e) {
        out.add(InputOutcome.rejected(source, e));
      }
    }
    if (out.isEmpty()) {
      out.add(InputOutcome.rejected(fileSource, SkipReason.EMPTY, "the feed has no items"));
    }
    return out;
  }

  private static IncomingDocument item(Path file, String source, SyndEntry entry, String outlet, IngestLimits limits)
      throws InputRejectedException {
    String published = PublicationDate.of(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
    String title = IncomingDocument.blankToNull(entry.getTitle());
    Path page = localPage(file, entry.getLink());
    String body = null;
    if (page != null) {
      try {
        byte[] html = Files.readAllBytes(page);
        IncomingDocument linked = HtmlArticle.parse(InputFiles.decodeHtml(html, limits), source, page.toUri().toString());
        body = linked.text();
        if (title != null && body.startsWith(linked.title() == null ? "\u0000" : linked.title())) {
          body = body.substring(linked.title().length()).strip();
        }
      } catch (IOException | InputRejectedException e) {
        body = null; // fall back to the embedded text
      }
    }
    if (body == null || body.isBlank()) {
      body = embeddedText(entry);
    }
    if (body == null || body.isBlank()) {
      throw new InputRejectedException(SkipReason.EMPTY, "the item has no text and links to no local page");
    }
    String text = (title == null || body.startsWith(title) ? "" : title + "\n\n") + body.strip() + "\n";
    if (text.length() > limits.maxDocumentChars()) {
      throw new InputRejectedException(SkipReason.TOO_LARGE, text.length() + " characters");
    }
    return new IncomingDocument(source, text, title, outlet, entry.getAuthor(), entry.getLink(), published);
  }

  private static String embeddedText(SyndEntry entry) {
    for (SyndContent c : entry.getContents()) {
      String t = contentText(c);
      if (t != null && !t.isBlank()) {
        return t;
      }
    }
    return entry.getDescription() == null ? null : contentText(entry.getDescription());
  }

  private static String contentText(SyndContent c) {
    if (c == null || c.getValue() == null) {
      return null;
    }
    String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    if (type.equals("text") || type.equals("text/plain")) {
      return c.getValue().strip();
    }
    return HtmlArticle.fragmentText(c.getValue());
  }

  /** The item's link as a readable local file, or null (remote links are not fetched). */
  private static Path localPage(Path feedFile, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      Path p;
      if (link.startsWith("file:")) {
        p = Path.of(URI.create(link));
      } else if (link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
        return null;
      } else {
        Path dir = feedFile.toAbsolutePath().getParent();
        p = dir == null ? Path.of(link) : dir.resolve(link);
      }
      return Files.isRegularFile(p) && Files.isReadable(p) ? p : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ");
  }

  static boolean looksLikeFeed(String head) {
    String h = head.toLowerCase(Locale.ROOT);
    return h.contains("<rss") || h.contains("<feed") || h.contains("<rdf:rdf");
  }

}
