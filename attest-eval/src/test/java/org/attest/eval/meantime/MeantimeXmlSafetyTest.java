package org.attest.eval.meantime;

import org.attest.testkit.HostileXml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MEANTIME reader refuses hostile XML and never returns the secret file's text. */
class MeantimeXmlSafetyTest {

  @TempDir Path tmp;

  @Test
  void meantimeResistsXxeBombsExternalDtdsAndXInclude() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, HostileXml.SECRET);
    Map<String, byte[]> cases = HostileXml.cases(secret.toUri().toString(), "Document",
        "<Document doc_id=\"1\" doc_name=\"1_t\" lang=\"en\">",
        "<token sentence=\"0\" t_id=\"1\">Port</token><token sentence=\"0\" t_id=\"2\">reopens</token><Markables/>",
        "</Document>");
    assertThat(cases).hasSize(12);
    for (Map.Entry<String, byte[]> c : cases.entrySet()) {
      String seen;
      boolean refused = false;
      try {
        seen = String.valueOf(MeantimeReader.read(new ByteArrayInputStream(c.getValue()), c.getKey() + ".xml"));
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
