package org.attest.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.attest.model.LedgerJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article in a web page: its main text with navigation, scripts, sharing widgets and other
 * boilerplate removed, and its title, outlet, author, publication date and URL from the page's
 * metadata (Open Graph, {@code article:*} and {@code <meta>} tags, JSON-LD, {@code <time>}).
 *
 * <p>The main text is the page's {@code <article>} (or {@code itemprop=articleBody}, {@code
 * <main>}), else the element whose paragraphs hold the most text. Paragraph-like blocks are
 * joined by blank lines; link lists (related stories, menus) are dropped by link density.
 */
public final class HtmlArticle {

  /** Elements that never hold article text. */
  private static final String NEVER_TEXT =
      "script, style, noscript, template, iframe, svg, canvas, form, button, input, select, textarea, nav, footer, aside,"
          + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden], [aria-hidden=true]";
  /** Class or id words of page furniture (matched as whole words of the attribute). */
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)(^|[\\s_-])(nav|navbar|menu|footer|sidebar|comments?|share|sharing|social|related|recommended|advert"
          + "|ads?|promo|cookie|consent|subscribe|newsletter|breadcrumbs?|masthead|paywall|popup|modal|skip)([\\s_-]|$)");
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dd, dt";

  private HtmlArticle() {}

  /** Reads a page; {@code source} becomes the document's source, {@code baseUri} resolves links. */
  public static IncomingDocument parse(String html, String source, String baseUri) throws InputRejectedException {
    Document page;
    try {
      page = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    } catch (RuntimeException e) {
      throw new InputRejectedException(SkipReason.UNPARSABLE, "HTML: " + e.getMessage());
    }
    Metadata meta = Metadata.of(page);
    String body = mainText(page);
    if (body.isBlank()) {
      throw new InputRejectedException(SkipReason.EMPTY, "no article text in the page");
    }
    String text = body;
    if (meta.title != null && !body.startsWith(meta.title)) {
      text = meta.title + "\n\n" + body;
    }
    return new IncomingDocument(source, text + "\n", meta.title, meta.outlet, meta.author, meta.url, meta.published);
  }

  /** The main text of an HTML fragment (a feed item's content), without page metadata. */
  static String fragmentText(String html) {
    return mainText(Jsoup.parseBodyFragment(html));
  }

  static String mainText(Document page) {
    Element body = page.body();
    if (body == null) {
      return "";
    }
    body.select(NEVER_TEXT).remove();
    for (Element e : new ArrayList<>(body.select("[class], [id]"))) {
      if (e.parent() != null && !e.is("article, main, body")
          && (BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find())) {
        e.remove();
      }
    }
    Element root = chooseRoot(body);
    List<String> blocks = new ArrayList<>();
    Elements candidates = root.select(BLOCKS);
    for (Element b : candidates) {
      if (!b.select(BLOCKS).stream().allMatch(x -> x == b)) {
        continue; // keep the innermost blocks only, so nested text is not repeated
      }
      String t = b.text().strip();
      if (t.isEmpty() || linkDensity(b, t) > 0.5) {
        continue;
      }
      blocks.add(t);
    }
    if (blocks.isEmpty()) {
      String t = root.text().strip();
      return t;
    }
    return String.join("\n\n", blocks);
  }

  private static Element chooseRoot(Element body) {
    Element best = largest(body.select("[itemprop=articleBody]"));
    if (best == null) {
      best = largest(body.select("article"));
    }
    if (best == null) {
      best = largest(body.select("main, [role=main]"));
    }
    if (best != null) {
      return best;
    }
    // No semantic markup: the parent whose direct paragraphs hold the most text.
    Map<Element, Integer> score = new IdentityHashMap<>();
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, p.text().length(), Integer::sum);
      }
    }
    Element top = body;
    int topScore = 0;
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      int s = parent == null ? 0 : score.getOrDefault(parent, 0);
      if (s > topScore) {
        top = parent;
        topScore = s;
      }
    }
    return top;
  }

  private static Element largest(Elements els) {
    Element best = null;
    int len = 0;
    for (Element e : els) {
      int l = e.text().length();
      if (l > len) {
        best = e;
        len = l;
      }
    }
    return best;
  }

  private static double linkDensity(Element block, String text) {
    int linked = 0;
    for (Element a : block.select("a")) {
      linked += a.text().length();
    }
    return text.isEmpty() ? 0 : linked / (double) text.length();
  }

  /** Page metadata, first source that has it wins, in the order publishers are most reliable. */
  private static final class Metadata {
    String title;
    String outlet;
    String author;
    String published;
    String url;

    static Metadata of(Document page) {
      Metadata m = new Metadata();
      JsonNode ld = jsonLdArticle(page);
      m.title = first(meta(page, "og:title"), ld == null ? null : text(ld.get("headline")), h1(page), page.title());
      m.outlet = first(meta(page, "og:site_name"), ld == null ? null : name(ld.get("publisher")),
          meta(page, "application-name"));
      m.author = first(meta(page, "author"), meta(page, "article:author"), ld == null ? null : name(ld.get("author")),
          textOf(page.selectFirst("[rel=author], [itemprop=author], .byline")));
      m.published = PublicationDate.normalize(first(
          meta(page, "article:published_time"),
          ld == null ? null : text(ld.get("datePublished")),
          meta(page, "date"), meta(page, "pubdate"), meta(page, "publishdate"), meta(page, "dc.date.issued"),
          meta(page, "dcterms.created"), meta(page, "og:published_time"),
          attr(page.selectFirst("time[datetime]"), "datetime"),
          textOf(page.selectFirst("time"))));
      Element canonical = page.selectFirst("link[rel=canonical][href]");
      m.url = first(meta(page, "og:url"), canonical == null ? null : canonical.attr("abs:href"),
          ld == null ? null : text(ld.get("url")));
      return m;
    }

    private static String meta(Document page, String key) {
      for (Element e : page.select("meta[content]")) {
        String k = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
        if (k.equalsIgnoreCase(key) && !e.attr("content").isBlank()) {
          return e.attr("content");
        }
      }
      return null;
    }

    private static String h1(Document page) {
      return textOf(page.selectFirst("article h1, h1"));
    }

    private static String textOf(Element e) {
      return e == null ? null : e.text();
    }

    private static String attr(Element e, String name) {
      return e == null ? null : e.attr(name);
    }

    private static String first(String... values) {
      for (String v : values) {
        String t = IncomingDocument.blankToNull(v);
        if (t != null) {
          return t;
        }
      }
      return null;
    }

    private static JsonNode jsonLdArticle(Document page) {
      for (Element s : page.select("script[type=application/ld+json]")) {
        try {
          JsonNode n = LedgerJson.mapper().readTree(s.data());
          JsonNode found = findArticle(n);
          if (found != null) {
            return found;
          }
        } catch (Exception e) {
          // malformed JSON-LD is common; the other metadata still counts
        }
      }
      return null;
    }

    private static JsonNode findArticle(JsonNode n) {
      if (n == null) {
        return null;
      }
      if (n.isArray()) {
        for (JsonNode x : n) {
          JsonNode f = findArticle(x);
          if (f != null) {
            return f;
          }
        }
        return null;
      }
      if (n.isObject()) {
        if (n.has("@graph")) {
          return findArticle(n.get("@graph"));
        }
        if (n.has("datePublished") || n.has("headline")) {
          return n;
        }
      }
      return null;
    }

    private static String text(JsonNode n) {
      return n == null || !n.isValueNode() ? null : n.asText();
    }

    private static String name(JsonNode n) {
      if (n == null) {
        return null;
      }
      if (n.isArray()) {
        List<String> names = new ArrayList<>();
        for (JsonNode x : n) {
          String s = name(x);
          if (s != null) {
            names.add(s);
          }
        }
        return names.isEmpty() ? null : String.join(", ", names);
      }
      return n.isObject() ? text(n.get("name")) : text(n);
    }
  }
}
