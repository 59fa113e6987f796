package org.attest.cli;

import org.attest.testkit.HostileXml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TimeLine corpus reader refuses hostile XML and never returns the secret file's text. */
class TimelineCorpusXmlSafetyTest {

  @TempDir Path tmp;

  @Test
  void timelineCorpusResistsXxeBombsExternalDtdsAndXInclude() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, HostileXml.SECRET);
    Map<String, byte[]> cases = HostileXml.cases(secret.toUri().toString(), "TimeML", "<TimeML>",
        "<DOCID>501</DOCID><DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" tid=\"t0\" type=\"DATE\" value=\"2009-06-02\">"
            + "2009-06-02</TIMEX3></DCT><TEXT><s id=\"0\">Acme files .</s></TEXT>",
        "</TimeML>");
    assertThat(cases).hasSize(12);
    for (Map.Entry<String, byte[]> c : cases.entrySet()) {
      String seen;
      boolean refused = false;
      try {
        seen = String.valueOf(TimelineCorpus.parse(new ByteArrayInputStream(c.getValue()), Path.of(c.getKey() + ".tml")));
      } catch (IOException | RuntimeException e) {
        seen = String.valueOf(e.getMessage());
        refused = true;
      }
      assertThat(seen).as(c.getKey()).doesNotContain(HostileXml.SECRET).doesNotContain("lollollol");
      if (new String(c.getValue(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("DOCTYPE")) {
        assertThat(refused).as(c.getKey() + " refused").isTrue();
      }
    }
  }
}
