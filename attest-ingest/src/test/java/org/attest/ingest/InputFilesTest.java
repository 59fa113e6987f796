package org.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir Path dir;

  private List<InputOutcome> read(String name, String content) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return InputFiles.read(f, IngestLimits.DEFAULT);
  }

  private List<InputOutcome> read(String name, byte[] content) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, content);
    return InputFiles.read(f, IngestLimits.DEFAULT);
  }

  @Test
  void htmlMainTextDropsBoilerplateAndReadsMetadata() throws Exception {
    String html = """
        <!doctype html><html><head>
        <title>Bridge closed | Riverton Gazette</title>
        <meta property="og:title" content="Council closes Riverton bridge">
        <meta property="og:site_name" content="Riverton Gazette">
        <meta name="author" content="Ann Example">
        <meta property="article:published_time" content="2025-03-04T21:30:00-05:00">
        <link rel="canonical" href="https://example.org/bridge">
        <script>var tracking = "the the the";</script>
        <style>p { color: red }</style>
        </head><body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
        <div class="cookie-banner">We use cookies to improve your experience.</div>
        <article>
          <h1>Council closes Riverton bridge</h1>
          <p>%s</p>
          <div class="share-tools"><p>Share this on social media</p></div>
          <ul class="related"><li><a href="/x">Another story about bridges</a></li></ul>
          <p>Work is expected to begin in spring.</p>
        </article>
        <footer><p>Copyright Riverton Gazette</p></footer>
        </body></html>
        """.formatted(Articles.BRIDGE);
    List<InputOutcome> out = read("page.html", html);
    assertThat(out).hasSize(1);
    IncomingDocument d = out.get(0).document();
    assertThat(d).isNotNull();
    assertThat(d.title()).isEqualTo("Council closes Riverton bridge");
    assertThat(d.outlet()).isEqualTo("Riverton Gazette");
    assertThat(d.author()).isEqualTo("Ann Example");
    assertThat(d.published()).isEqualTo("2025-03-04");
    assertThat(d.url()).isEqualTo("https://example.org/bridge");
    assertThat(d.text()).startsWith("Council closes Riverton bridge\n\nThe city council of Riverton voted")
        .contains("Work is expected to begin in spring.")
        .doesNotContain("Home", "cookies", "Share this", "Another story", "Copyright", "tracking", "color");
  }

  @Test
  void htmlDateFromJsonLdOrTimeElementWhenNoMetaTag() throws Exception {
    String jsonLd = """
        <html><head><script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
         {"@type":"NewsArticle","headline":"Floods in Port Alder","datePublished":"2025-10-12T08:00:00Z",
          "author":[{"@type":"Person","name":"B. Writer"}],"publisher":{"@type":"Organization","name":"Alder Post"}}]}
        </script></head><body><div><p>%s</p></div></body></html>""".formatted(Articles.FLOODS);
    IncomingDocument a = read("a.html", jsonLd).get(0).document();
    assertThat(a.published()).isEqualTo("2025-10-12");
    assertThat(a.author()).isEqualTo("B. Writer");
    assertThat(a.outlet()).isEqualTo("Alder Post");
    assertThat(a.title()).isEqualTo("Floods in Port Alder");

    String time = "<html><body><main><time datetime=\"2024-12-31\">New Year's Eve</time><p>%s</p></main></body></html>"
        .formatted(Articles.FLOODS);
    assertThat(read("b.htm", time).get(0).document().published()).isEqualTo("2024-12-31");
  }

  @Test
  void rssItemsUseEmbeddedTextOrALocalLinkedPage() throws Exception {
    Files.writeString(dir.resolve("full.html"),
        "<html><body><article><p>" + Articles.BRIDGE + "</p></article></body></html>");
    String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <title>Valley Wire</title><link>https://example.org</link><description>news</description>
        <item><title>Floods in Port Alder</title><link>https://example.org/floods</link>
          <pubDate>Mon, 13 Oct 2025 09:00:00 GMT</pubDate>
          <description>Short teaser only.</description>
          <content:encoded><![CDATA[<p>%s</p><script>x()</script>]]></content:encoded></item>
        <item><title>Bridge closed</title><link>full.html</link><description>Teaser.</description></item>
        <item><title>Nothing here</title><link>https://example.org/gone</link></item>
        </channel></rss>""".formatted(Articles.FLOODS);
    List<InputOutcome> out = read("wire.rss", rss);
    assertThat(out).hasSize(3);
    IncomingDocument first = out.get(0).document();
    assertThat(first.source()).endsWith("wire.rss#item=1");
    assertThat(first.outlet()).isEqualTo("Valley Wire");
    assertThat(first.published()).isEqualTo("2025-10-13");
    assertThat(first.text()).startsWith("Floods in Port Alder\n\nHeavy rain flooded").doesNotContain("teaser", "x()");
    assertThat(out.get(1).document().text()).startsWith("Bridge closed\n\nThe city council of Riverton");
    assertThat(out.get(2).accepted()).isFalse();
    assertThat(out.get(2).rejection().reason()).isEqualTo(SkipReason.EMPTY);
  }

  @Test
  void atomFeedEntries() throws Exception {
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Alder Post</title><id>urn:x</id><updated>2025-10-12T00:00:00Z</updated>
        <entry><title>Floods</title><id>urn:1</id><updated>2025-10-12T10:00:00Z</updated><published>2025-10-12T10:00:00Z</published>
          <author><name>C. Reporter</name></author>
          <content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry>
        </feed>""".formatted(Articles.FLOODS);
    List<InputOutcome> out = read("feed.xml", atom);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).document().author()).isEqualTo("C. Reporter");
    assertThat(out.get(0).document().text()).contains("Heavy rain flooded");
  }

  @Test
  void malformedFeedAndDoctypeAreRefused() throws Exception {
    List<InputOutcome> broken = read("bad.rss", "<?xml version=\"1.0\"?><rss><channel><title>x</title><item><title>unclosed");
    assertThat(broken).singleElement().satisfies(o -> assertThat(o.rejection().reason()).isEqualTo(SkipReason.UNPARSABLE));
    String xxe = """
        <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>t</title><item><title>&x;</title><description>d</description></item></channel></rss>""";
    List<InputOutcome> evil = read("evil.rss", xxe);
    assertThat(evil).singleElement().satisfies(o -> assertThat(o.rejection().reason()).isEqualTo(SkipReason.UNPARSABLE));
  }

  @Test
  void jsonLinesGoodAndBadRecords() throws Exception {
    String jsonl = "{\"text\":\"" + Articles.FLOODS + "\",\"title\":\"Floods\",\"url\":\"u\",\"outlet\":\"O\",\"published\":\"2025-10-12\"}\n"
        + "\n"
        + "{not json\n"
        + "{\"title\":\"no text\"}\n"
        + "[1,2]\n";
    List<InputOutcome> out = read("docs.jsonl", jsonl);
    assertThat(out).hasSize(4);
    assertThat(out.get(0).document().published()).isEqualTo("2025-10-12");
    assertThat(out.get(0).source()).endsWith("docs.jsonl#line=1");
    assertThat(out.get(1).source()).endsWith("#line=3");
    assertThat(out.get(1).rejection().reason()).isEqualTo(SkipReason.UNPARSABLE);
    assertThat(out.get(2).rejection().reason()).isEqualTo(SkipReason.EMPTY);
    assertThat(out.get(3).rejection().reason()).isEqualTo(SkipReason.UNPARSABLE);
  }

  @Test
  void badInputsAreRefusedWithReasons() throws Exception {
    assertThat(read("empty.txt", "").get(0).rejection().reason()).isEqualTo(SkipReason.EMPTY);
    assertThat(read("blank.txt", "  \n\n ").get(0).rejection().reason()).isEqualTo(SkipReason.EMPTY);
    assertThat(read("img.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2}).get(0).rejection().reason())
        .isEqualTo(SkipReason.BINARY);
    assertThat(read("latin1.txt", "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1)).get(0).rejection().reason())
        .isEqualTo(SkipReason.ENCODING);
    assertThat(read("latin1.html", "<html><body><p>caf\u00e9</p></body></html>".getBytes(StandardCharsets.ISO_8859_1))
        .get(0).rejection().reason()).isEqualTo(SkipReason.ENCODING);
    IngestLimits small = new IngestLimits(100, 1000);
    Path big = dir.resolve("big.txt");
    Files.writeString(big, Articles.BRIDGE);
    assertThat(InputFiles.read(big, small).get(0).rejection().reason()).isEqualTo(SkipReason.TOO_LARGE);
    assertThat(read("photo.jpg", "not really").get(0).rejection().reason()).isEqualTo(SkipReason.UNSUPPORTED);
    assertThat(read("nothing.html", "<html><body><nav>Home</nav><script>1</script></body></html>").get(0).rejection().reason())
        .isEqualTo(SkipReason.EMPTY);
  }

  @Test
  void declaredCharsetIsHonoured() throws Exception {
    byte[] page = ("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 owners said " + Articles.BRIDGE + "</p></body></html>")
        .getBytes("windows-1252");
    assertThat(read("cp.html", page).get(0).document().text()).contains("Caf\u00e9 owners");
  }

  @Test
  void malformedHtmlStillYieldsText() throws Exception {
    String html = "<html><body><div><p>" + Articles.BRIDGE + "<p>Second <b>para<i>graph</div></span></table>";
    IncomingDocument d = read("broken.html", html).get(0).document();
    assertThat(d.text()).contains("The city council of Riverton").contains("Second paragraph");
  }

  @Test
  void directoriesExpandSortedWithoutHiddenFiles() throws Exception {
    Files.createDirectories(dir.resolve("b/.git"));
    Files.writeString(dir.resolve("b/2.txt"), "x");
    Files.writeString(dir.resolve("b/.git/config"), "x");
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.writeString(dir.resolve(".hidden.txt"), "x");
    assertThat(InputFiles.expand(List.of(dir))).containsExactly(dir.resolve("a.txt"), dir.resolve("b/2.txt"));
  }
}
