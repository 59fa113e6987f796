package org.attest.ingest;

import org.attest.testkit.HostileXml;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed reader refuses every hostile XML document and never returns the secret file's text. */
class FeedXmlSafetyTest {

  @TempDir Path tmp;

  @Test
  void rssAndAtomFeedsResistXxeBombsExternalDtdsAndXInclude() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, HostileXml.SECRET);
    String uri = secret.toUri().toString();
    Path in = Files.createDirectories(tmp.resolve("in"));
    Map<String, byte[]> rss = HostileXml.cases(uri, "rss", "<rss version=\"2.0\">",
        "<channel><title>Wire</title><item><title>Port reopens</title><description>The port reopened on Monday, officials said."
            + "</description></item></channel>", "</rss>");
    Map<String, byte[]> atom = HostileXml.cases(uri, "feed", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
        "<title>Wire</title><entry><title>Port reopens</title><content type=\"text\">The port reopened on Monday.</content></entry>",
        "</feed>");
    int n = 0;
    for (Map<String, byte[]> cases : List.of(rss, atom)) {
      assertThat(cases).hasSize(12);
      for (Map.Entry<String, byte[]> c : cases.entrySet()) {
        Path f = in.resolve((n++) + "-" + c.getKey() + ".xml");
        Files.write(f, c.getValue());
        List<InputOutcome> out = InputFiles.read(f, IngestLimits.DEFAULT);
        for (InputOutcome o : out) {
          assertThat(String.valueOf(o)).as(c.getKey()).doesNotContain(HostileXml.SECRET).doesNotContain("lollollol");
        }
        if (new String(c.getValue(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("DOCTYPE")
            || c.getKey().equals("xxe-utf16")) {
          assertThat(out).as(c.getKey()).singleElement()
              .matches(o -> !o.accepted() && o.rejection().reason() == SkipReason.UNPARSABLE);
        }
      }
    }
  }
}
