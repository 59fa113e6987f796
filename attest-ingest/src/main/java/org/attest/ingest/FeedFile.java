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
 * links to when that page is a local file inside the folder being ingested (there is no network),
 * else its embedded full text ({@code content:encoded}, Atom {@code content}), else its
 * description. A link to a file elsewhere ({@code file:///etc/…}, an absolute path, {@code ../…},
 * a symbolic link leading out) is never read, nor any local link when the limits say so (uploaded
 * feeds). DOCTYPEs are refused, so a feed cannot make the parser read other files or expand entity
 * bombs.
 */
public final class FeedFile {

  private FeedFile() {}

  /** One outcome per item; a feed that does not parse is one rejection for the whole file. */
  public static List<InputOutcome> read(Path file, byte[] bytes, IngestLimits limits) {
    return read(file, InputFiles.Input.of(file).root(), bytes, limits);
  }

  /**
   * One outcome per item; a feed that does not parse is one rejection for the whole file.
   * {@code root} is the folder being ingested: linked pages are read only inside it.
   */
  public static List<InputOutcome> read(Path file, Path root, byte[] bytes, IngestLimits limits) {
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
        out.add(InputOutcome.of(item(file, root, source, entry, outlet, limits)));
      } catch (InputRejectedException e) {
        out.add(InputOutcome.rejected(source, e));
      }
    }
    if (out.isEmpty()) {
      out.add(InputOutcome.rejected(fileSource, SkipReason.EMPTY, "the feed has no items"));
    }
    return out;
  }

  private static IncomingDocument item(Path file, Path root, String source, SyndEntry entry, String outlet,
      IngestLimits limits) throws InputRejectedException {
    String published = PublicationDate.of(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
    String title = IncomingDocument.blankToNull(entry.getTitle());
    Linked link = localPage(file, root, entry.getLink(), limits);
    Path page = link.page();
    String body = null;
    if (page != null) {
      try {
        byte[] html = InputFiles.readBounded(page, limits.maxDocumentBytes());
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
      if (link.refusal() != null) {
        throw link.refusal();
      }
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

  /** A linked local page to read, or why the link was not followed (both null: no local link). */
  private record Linked(Path page, InputRejectedException refusal) {
    static final Linked NONE = new Linked(null, null);

    static Linked refused(SkipReason reason, String why) {
      return new Linked(null, new InputRejectedException(reason, "the item has no text of its own and " + why));
    }
  }

  /**
   * The item's link as a local file to read: a regular file inside {@code root} after resolving
   * symbolic links, not over the document limit. Remote links are not fetched.
   */
  private static Linked localPage(Path feedFile, Path root, String link, IngestLimits limits) {
    if (link == null || link.isBlank()) {
      return Linked.NONE;
    }
    Path p;
    try {
      String l = link.strip();
      if (l.regionMatches(true, 0, "file:", 0, 5)) {
        p = Path.of(URI.create(l));
      } else if (l.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
        return Linked.NONE;
      } else {
        Path dir = feedFile.toAbsolutePath().getParent();
        p = dir == null ? Path.of(l) : dir.resolve(l);
      }
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Linked.NONE;
    }
    if (!limits.followLocalLinks()) {
      return Linked.refused(SkipReason.OUTSIDE_INPUT, "links to a local file, which is not read here");
    }
    Path real;
    try {
      real = p.toRealPath();
    } catch (IOException | RuntimeException e) {
      return Linked.refused(SkipReason.EMPTY, "its linked page does not exist");
    }
    if (!InputFiles.inside(real, root)) {
      return Linked.refused(SkipReason.OUTSIDE_INPUT, "links to a file outside the input folder, which is not read");
    }
    if (!Files.isRegularFile(real)) {
      return Linked.refused(SkipReason.NOT_A_FILE, "its linked page is not a regular file");
    }
    try {
      long size = Files.size(real);
      if (size > limits.maxDocumentBytes()) {
        return Linked.refused(SkipReason.TOO_LARGE, "its linked page is too large (" + size + " bytes > limit "
            + limits.maxDocumentBytes() + ")");
      }
    } catch (IOException e) {
      return Linked.refused(SkipReason.UNREADABLE, "its linked page cannot be read");
    }
    return new Linked(real, null);
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
