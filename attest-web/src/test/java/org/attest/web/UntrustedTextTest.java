package org.attest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.attest.model.LedgerJson;
import org.junit.jupiter.api.Test;

/** Article text is data: markup in it is stored and served as text (the browser test shows it renders as text). */
class UntrustedTextTest {

  static final String SCRIPT = "<script>alert('attest-xss')</script>";
  static final String IMG = "<img src=x onerror=alert('attest-xss')>";

  /** An English article (the ingester refuses others) with payloads in its text and title. */
  static Map<String, String> article() {
    return Map.of(
        "text", "Officials said on Tuesday that the harbour was closed to shipping after the storm. " + SCRIPT
            + " The port authority denied the report, saying that ships were still able to enter the harbour. " + IMG
            + " The mayor told reporters that the city would review the decision.",
        "title", "Harbour closed " + IMG, "outlet", "Test <b>Outlet</b>", "published", "2025-03-04");
  }

  @Test
  void markupInAnArticleIsStoredAndServedAsJsonText() throws Exception {
    try (WebServer s = WebServer.start(Desks.options("untrusted"), Desks.PIPELINE)) {
      Http http = new Http(s.url(), null);
      HttpResponse<String> r = http.postMultipart("/api/ingest", Map.of(), article(), true);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode result = LedgerJson.mapper().readTree(r.body()).get("results").get(0);
      assertThat(result.get("status").asText()).isEqualTo("INGESTED");
      HttpResponse<String> d = http.get("/api/documents/" + result.get("docId").asText());
      assertThat(d.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
      assertThat(d.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      JsonNode doc = LedgerJson.mapper().readTree(d.body());
      assertThat(doc.get("text").asText()).contains(SCRIPT).contains(IMG);
      assertThat(doc.get("title").asText()).isEqualTo("Harbour closed " + IMG);
    }
  }
}
