package org.attest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.attest.model.Ledger;
import org.attest.model.LedgerExtractor;
import org.attest.model.LedgerJson;
import org.junit.jupiter.api.Test;

/**
 * Uploads are untrusted input: they may not read the server's files, may not hold a server thread
 * past their time budget, and may not block merges while they are extracted. The extractor here
 * is a stand-in (the real pipeline is not needed to show any of that).
 */
class UploadTest {

  /** English words enough for the ingester's language check; written for this test. */
  static final String PROSE = "The council met on Monday and said the new bridge would open in the spring. "
      + "Officials told reporters that the work had cost more than planned, and that the river road would stay closed "
      + "for another week while the crews finished the last section of the deck.\n";

  private static final Supplier<LedgerExtractor> EMPTY = () -> d -> Ledger.empty();

  @Test
  void aFeedUploadLinkingToALocalFileIsRefusedAndTheFileIsNeverRead() throws Exception {
    Path secrets = Desks.tempDir("secrets");
    Path secret = secrets.resolve("secret.html");
    String marker = "TOPSECRETMARKER";
    Files.writeString(secret, "<html><body><p>" + PROSE + " The password is " + marker + ". " + PROSE + "</p></body></html>");
    try (WebServer s = WebServer.start(Desks.options("feed-local"), EMPTY)) {
      Http http = new Http(s.url(), null);
      for (String link : new String[] {secret.toUri().toString(), secret.toString(), "../../../../../../.." + secret}) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("news.rss", feed(link).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.postMultipart("/api/ingest", files, Map.of(), true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode result = LedgerJson.mapper().readTree(r.body()).get("results").get(0);
        assertThat(result.get("status").asText()).as(link).isEqualTo("SKIPPED");
        assertThat(result.get("reason").asText()).isEqualTo("LOCAL_LINK");
        assertThat(result.get("detail").asText()).contains("may not read the server's files");
      }
      // nothing of the file reached the store
      assertThat(http.get("/api/search?q=" + marker).body()).doesNotContain(marker);
      for (JsonNode d : LedgerJson.mapper().readTree(http.get("/api/documents").body()).get("items")) {
        assertThat(http.get("/api/documents/" + d.get("id").asText()).body()).doesNotContain(marker);
      }
      // a feed that links to the web only is ingested from its embedded text
      Map<String, byte[]> files = new LinkedHashMap<>();
      files.put("web.rss", feed("https://news.example/bridge").getBytes(StandardCharsets.UTF_8));
      JsonNode ok = LedgerJson.mapper().readTree(http.postMultipart("/api/ingest", files, Map.of(), true).body());
      assertThat(ok.get("results").get(0).get("status").asText()).isEqualTo("INGESTED");
    }
  }

  @Test
  void aMergeGoesThroughWhileAnUploadIsBeingExtracted() throws Exception {
    CountDownLatch extracting = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Supplier<LedgerExtractor> blocking = () -> d -> {
      extracting.countDown();
      try {
        release.await(5, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Ledger.empty();
    };
    try (WebServer s = WebServer.start(Desks.options("lock"), blocking)) {
      Http http = new Http(s.url(), null);
      CompletableFuture<HttpResponse<String>> upload = CompletableFuture.supplyAsync(() -> {
        try {
          return http.postMultipart("/api/ingest", Map.of(), Map.of("text", PROSE), true);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      assertThat(extracting.await(2, TimeUnit.MINUTES)).as("the extraction started").isTrue();
      // the extraction is still running (it waits for the release): a merge must not wait for it
      CompletableFuture<HttpResponse<String>> merge = CompletableFuture.supplyAsync(() -> {
        try {
          return http.postJson("/api/decisions", "{\"action\":\"MERGE\",\"names\":[\"Council\",\"City Council\"]}", true);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      HttpResponse<String> merged = merge.get(2, TimeUnit.MINUTES);
      assertThat(upload.isDone()).as("the upload is still being extracted").isFalse();
      assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
      release.countDown();
      assertThat(upload.get(2, TimeUnit.MINUTES).statusCode()).isEqualTo(200);
    } finally {
      release.countDown();
    }
  }

  @Test
  void anUploadPastItsTimeBudgetIsStoppedAndTheServerAnswers() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    Supplier<LedgerExtractor> stuck = () -> d -> {
      // ignores the interrupt, like a parser deep in a run-on sentence
      while (never.getCount() > 0) {
        try {
          never.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          // keep going
        }
      }
      return Ledger.empty();
    };
    try (WebServer s = WebServer.start(Desks.options("budget").withUploadBudget(2, 1024 * 1024), stuck)) {
      Http http = new Http(s.url(), null);
      HttpResponse<String> r = http.postMultipart("/api/ingest", Map.of(), Map.of("text", PROSE), true);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode result = LedgerJson.mapper().readTree(r.body()).get("results").get(0);
      assertThat(result.get("status").asText()).isEqualTo("FAILED");
      assertThat(result.get("detail").asText()).contains("time budget of 2 s");
      // the server answers, and the next upload is not stuck behind the first one's thread
      assertThat(http.get("/api/status").statusCode()).isEqualTo(200);
      HttpResponse<String> again = http.postMultipart("/api/ingest", Map.of(), Map.of("text", PROSE + PROSE), true);
      assertThat(LedgerJson.mapper().readTree(again.body()).get("results").get(0).get("detail").asText()).contains("time budget");
    } finally {
      never.countDown();
    }
  }

  @Test
  void stoppingDuringAnUploadIsQuiet() throws Exception {
    CountDownLatch extracting = new CountDownLatch(1);
    Supplier<LedgerExtractor> slow = () -> d -> {
      extracting.countDown();
      try {
        Thread.sleep(600_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted");
      }
      return Ledger.empty();
    };
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
    CompletableFuture<HttpResponse<String>> upload;
    try {
      WebServer s = WebServer.start(Desks.options("stop-upload"), slow);
      Http http = new Http(s.url(), null);
      upload = CompletableFuture.supplyAsync(() -> {
        try {
          return http.postMultipart("/api/ingest", Map.of(), Map.of("text", PROSE), true);
        } catch (Exception e) {
          return null; // the connection closed as the server stopped: that is fine
        }
      });
      assertThat(extracting.await(2, TimeUnit.MINUTES)).isTrue();
      s.close(); // what the SIGTERM hook of 'attest serve' does
      upload.get(2, TimeUnit.MINUTES);
    } finally {
      System.setErr(err);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aRunOnTextIsRefusedBeforeTheParserSeesIt() throws Exception {
    Supplier<LedgerExtractor> mustNotRun = () -> d -> {
      throw new AssertionError("a run-on text reached the extractor");
    };
    try (WebServer s = WebServer.start(Desks.options("runon"), mustNotRun)) {
      Http http = new Http(s.url(), null);
      String runOn = PROSE + "and then the council said " .repeat(2000);
      HttpResponse<String> r = http.postMultipart("/api/ingest", Map.of(), Map.of("text", runOn), true);
      JsonNode result = LedgerJson.mapper().readTree(r.body()).get("results").get(0);
      assertThat(result.get("status").asText()).isEqualTo("FAILED");
      assertThat(result.get("detail").asText()).contains("without a sentence end");
    }
    assertThat(Desk.longestRunOn("One. Two three! Four")).isEqualTo(10);
  }

  @Test
  void aDocumentOverTheUploadLimitIsSkippedWithTheReason() throws Exception {
    try (WebServer s = WebServer.start(Desks.options("docsize").withUploadBudget(60, 2000), EMPTY)) {
      Http http = new Http(s.url(), null);
      HttpResponse<String> r = http.postMultipart("/api/ingest", Map.of(), Map.of("text", PROSE.repeat(20)), true);
      JsonNode result = LedgerJson.mapper().readTree(r.body()).get("results").get(0);
      assertThat(result.get("status").asText()).isEqualTo("SKIPPED");
      assertThat(result.get("reason").asText()).isEqualTo("TOO_LARGE");
    }
  }

  private static String feed(String link) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Test Wire</title>"
        + "<link>https://news.example/</link><description>test</description><item><title>Bridge</title><link>"
        + link.replace("&", "&amp;") + "</link><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate><description>" + PROSE
        + "</description></item></channel></rss>\n";
  }
}
