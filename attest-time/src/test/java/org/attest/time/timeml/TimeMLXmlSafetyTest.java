package org.attest.time.timeml;

import org.attest.testkit.HostileXml;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TimeML reader never returns the secret file's text nor expands entity bombs. */
class TimeMLXmlSafetyTest {

  @TempDir Path tmp;

  @Test
  void timemlResistsXxeBombsExternalDtdsAndXInclude() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, HostileXml.SECRET);
    Map<String, byte[]> cases = HostileXml.cases(secret.toUri().toString(), "TimeML", "<TimeML>",
        "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-03-04\" functionInDocument=\"CREATION_TIME\">2025-03-04</TIMEX3></DCT>"
            + "<TEXT>The port reopened on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-03-03\">Monday</TIMEX3>.</TEXT>",
        "</TimeML>");
    assertThat(cases).hasSize(12);
    for (Map.Entry<String, byte[]> c : cases.entrySet()) {
      String seen;
      try {
        seen = String.valueOf(TimeMLReader.parse(c.getKey() + ".tml", c.getValue()));
      } catch (TimeMLException e) {
        seen = e.getMessage();
      }
      assertThat(seen).as(c.getKey()).doesNotContain(HostileXml.SECRET).doesNotContain("lollollol");
    }
  }
}
