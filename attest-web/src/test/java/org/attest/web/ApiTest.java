package org.attest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.model.LedgerJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The REST API over a real H2 store holding the bundled examples, ingested through the API (the
 * same Ingester as 'attest ingest') with the real pipeline.
 */
class ApiTest {

  private static WebServer server;
  private static Http http;
  private static JsonNode ingest;

  @BeforeAll
  static void ingestTheExamples() throws Exception {
    server = WebServer.start(Desks.options("api"), Desks.PIPELINE);
    http = new Http(server.url(), null);
    HttpResponse<String> r = http.postMultipart("/api/ingest", Http.examples(), Map.of(), true);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    ingest = json(r.body());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void ingestReportsEveryInputAndReadsTheSidecars() throws Exception {
    List<String> statuses = new ArrayList<>();
    ingest.get("results").forEach(x -> statuses.add(x.get("source").asText() + " " + x.get("status").asText()));
    assertThat(statuses).hasSize(4);
    assertThat(statuses).anyMatch(s -> s.endsWith("01-harbor-wire.txt INGESTED"))
        .anyMatch(s -> s.endsWith("02-coastline-daily.txt NEAR_DUPLICATE"));
    assertThat(ingest.get("documents").asInt()).isEqualTo(4);
    // every article's title, outlet and date come from its NAME.meta.json
    for (JsonNode d : get("/api/documents").get("items")) {
      String name = d.get("source").asText().replaceAll(".*/", "").replace(".txt", ".meta.json");
      JsonNode meta = json(Files.readString(Http.examplesDir().resolve(name)));
      assertThat(d.get("title").asText()).isEqualTo(meta.get("title").asText());
      assertThat(d.get("outlet").asText()).isEqualTo(meta.get("outlet").asText());
      assertThat(d.get("published").asText()).isEqualTo(meta.get("published").asText());
    }

    // the same files again: nothing new
    JsonNode again = json(http.postMultipart("/api/ingest", Http.examples(), Map.of(), true).body());
    again.get("results").forEach(x -> assertThat(x.get("status").asText()).isIn("DUPLICATE", "NEAR_DUPLICATE", "INGESTED"));
    assertThat(again.get("documents").asInt()).isEqualTo(4);
  }

  @Test
  void listsArePagedWithTotals() throws Exception {
    JsonNode all = get("/api/documents");
    assertThat(all.get("total").asInt()).isEqualTo(4);
    JsonNode page = get("/api/documents?offset=1&limit=2");
    assertThat(page.get("total").asInt()).isEqualTo(4);
    assertThat(page.get("offset").asInt()).isEqualTo(1);
    assertThat(page.get("limit").asInt()).isEqualTo(2);
    assertThat(page.get("items")).hasSize(2);
    assertThat(page.get("items").get(0).get("id").asText()).isEqualTo(all.get("items").get(1).get("id").asText());
    assertThat(get("/api/documents?offset=10").get("items")).isEmpty();
    HttpResponse<String> bad = http.get("/api/documents?limit=0");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("'limit' must be a whole number from 1 to 1000");
    assertThat(http.get("/api/entities?offset=-1").statusCode()).isEqualTo(400);
    JsonNode entities = get("/api/entities?limit=3");
    assertThat(entities.get("items")).hasSize(3);
    assertThat(entities.get("total").asInt()).isGreaterThan(3);
  }

  @Test
  void aDocumentHasItsTextAndEveryItemAsAHighlightInsideIt() throws Exception {
    String id = get("/api/documents").get("items").get(0).get("id").asText();
    JsonNode d = get("/api/documents/" + id);
    String text = d.get("text").asText();
    String firstLine = Files.readAllLines(Http.examplesDir().resolve("01-harbor-wire.txt")).get(0).strip();
    assertThat(text).startsWith(firstLine);
    Set<String> kinds = new HashSet<>();
    for (JsonNode m : d.get("marks")) {
      kinds.add(m.get("kind").asText());
      assertThat(m.get("begin").asInt()).isBetween(0, text.length());
      assertThat(m.get("end").asInt()).isBetween(m.get("begin").asInt() + 1, text.length());
    }
    assertThat(kinds).contains("entity", "event", "cue", "time");
    assertThat(http.get("/api/documents/0000000000000000").statusCode()).isEqualTo(404);
  }

  @Test
  void theSeizureCardShowsADenialAndAConfirmationWithEvidence() throws Exception {
    JsonNode card = seizureCard();
    Set<String> stances = new HashSet<>();
    for (JsonNode c : card.get("claims")) {
      stances.add(c.get("stance").asText());
      JsonNode ev = c.get("evidence");
      String text = ev.get("text").asText();
      boolean cue = false;
      for (JsonNode m : ev.get("marks")) {
        assertThat(m.get("end").asInt()).isLessThanOrEqualTo(text.length());
        cue |= m.get("kind").asText().equals("cue");
      }
      assertThat(cue).as("the cue is marked in %s", text).isTrue();
      assertThat(c.get("relayChain").size()).isGreaterThanOrEqualTo(1);
    }
    assertThat(stances).contains("DENY", "CONFIRM");
    assertThat(card.get("when").asText()).isNotBlank();
    assertThat(card.get("who").toString()).contains("Iran");
    assertThat(card.get("deniedBy").toString()).contains("Iran");
    // an event's mention id leads to the same card
    String mention = card.get("event").get("mentions").get(0).asText();
    assertThat(get("/api/events/" + mention).get("event").get("id")).isEqualTo(card.get("event").get("id"));
  }

  @Test
  void theTimelineShowsDatedEventsAsIntervalsOfTheirPrecision() throws Exception {
    JsonNode tl = get("/api/timeline");
    assertThat(tl.get("items").size()).isGreaterThan(0);
    for (JsonNode i : tl.get("items")) {
      assertThat(i.get("start").asText()).isLessThan(i.get("end").asText());
      assertThat(i.get("quadClass").asText()).isIn("VERBAL_COOPERATION", "MATERIAL_COOPERATION", "VERBAL_CONFLICT",
          "MATERIAL_CONFLICT", "NEUTRAL");
      assertThat(i.get("precision").asText()).isNotBlank();
    }
    int all = tl.get("total").asInt();
    // issue 11: an event without a date of its own but with a dated statement is placed by it, marked
    for (JsonNode i : tl.get("items")) {
      if (i.get("whenInferred").asBoolean()) {
        assertThat(i.get("when").asText()).matches("reported on \\d{4}-\\d\\d\\S*( \\(publication date\\))?");
        assertThat(i.get("reportedOn").asText()).isNotBlank();
        assertThat(i.get("when").asText()).contains(i.get("reportedOn").asText());
      } else {
        assertThat(i.get("when").asText()).isEqualTo(i.get("time").asText());
      }
    }
    for (JsonNode r : tl.get("undated")) {
      get("/api/events/" + r.get("id").asText()).get("claims")
          .forEach(c -> assertThat(c.get("statementDate").isNull()).as("undated yet with a dated statement: " + r).isTrue());
    }
    JsonNode conflict = get("/api/timeline?type=MATERIAL_CONFLICT");
    conflict.get("items").forEach(i -> assertThat(i.get("quadClass").asText()).isEqualTo("MATERIAL_CONFLICT"));
    assertThat(get("/api/timeline?from=1990-01-01&to=1990-12-31").get("items")).isEmpty();
    String iran = entityId("Iran");
    int withIran = get("/api/timeline?entity=" + iran).get("total").asInt();
    assertThat(withIran).isGreaterThan(0).isLessThanOrEqualTo(all);
    assertThat(http.get("/api/timeline?from=March").statusCode()).isEqualTo(400);
    // the dated events come in date order (the desk's table lists them so)
    List<String> starts = new ArrayList<>();
    tl.get("items").forEach(i -> starts.add(i.get("start").asText() + " " + i.get("end").asText()));
    assertThat(starts).isSorted();
    assertThat(get("/api/events?limit=1000").get("total").asInt()).isEqualTo(all);
  }

  @Test
  void claimsFilterSortSearchAndDownloadAsCsv() throws Exception {
    JsonNode all = get("/api/attributions?limit=1000");
    int total = all.get("total").asInt();
    assertThat(total).isGreaterThan(5);
    JsonNode denials = get("/api/attributions?stance=DENY&limit=1000");
    assertThat(denials.get("total").asInt()).isBetween(1, total - 1);
    denials.get("items").forEach(c -> assertThat(c.get("stance").asText()).isEqualTo("DENY"));
    get("/api/attributions?finding=true&limit=1000").get("items").forEach(c -> assertThat(c.get("findings")).isNotEmpty());
    get("/api/attributions?single=true&limit=1000").get("items").forEach(c -> assertThat(c.get("singleSource").asBoolean()).isTrue());

    List<String> sources = new ArrayList<>();
    get("/api/attributions?sort=source&order=desc&limit=1000").get("items").forEach(c -> sources.add(c.get("source").asText().toLowerCase()));
    assertThat(sources).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    JsonNode found = get("/api/attributions?q=" + URLEncoder.encode("denied", StandardCharsets.UTF_8) + "&limit=1000");
    assertThat(found.get("total").asInt()).isBetween(1, total - 1);

    HttpResponse<String> csv = http.get("/api/attributions?stance=DENY&format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).startsWith("id,source,stance,certainty,cue,content");
    assertThat(lines).hasSize(denials.get("total").asInt() + 1);
    for (int i = 1; i < lines.length; i++) {
      assertThat(lines[i]).contains(",DENY,");
    }
    assertThat(http.get("/api/attributions?sort=color").statusCode()).isEqualTo(400);
  }

  @Test
  void findingsShowEverySideWithEvidence() throws Exception {
    JsonNode f = get("/api/findings?limit=1000");
    assertThat(f.get("total").asInt()).isGreaterThan(0);
    Set<String> kinds = new HashSet<>();
    for (JsonNode x : f.get("items")) {
      kinds.add(x.get("kind").asText());
      assertThat(x.get("sides").size()).isGreaterThanOrEqualTo(2);
      x.get("sides").forEach(s -> assertThat(s.get("evidence").get("text").asText()).isNotBlank());
    }
    assertThat(kinds).contains("CONTRADICTION");
    String id = f.get("items").get(0).get("id").asText();
    assertThat(get("/api/findings/" + id).get("id").asText()).isEqualTo(id);
    get("/api/findings?kind=CONTRADICTION").get("items").forEach(x -> assertThat(x.get("kind").asText()).isEqualTo("CONTRADICTION"));
    // the title a reader sees names documents by outlet, not by their hash ids, and no cluster ids
    boolean anyIdInTheRawWords = false;
    for (JsonNode x : f.get("items")) {
      anyIdInTheRawWords |= x.get("explanation").asText().matches("(?s).*\\b[0-9a-f]{16}\\b.*");
      assertThat(x.get("title").asText()).doesNotContainPattern("\\b[0-9a-f]{16}\\b").doesNotContainPattern("\\bc\\d+ '");
    }
    assertThat(anyIdInTheRawWords).as("the extractor's words name documents by id (else this test shows nothing)").isTrue();
  }

  @Test
  void theProvenanceGraphLinksSourcesToClaimsToEvents() throws Exception {
    JsonNode g = get("/api/graph");
    Set<String> kinds = new HashSet<>();
    Set<String> ids = new HashSet<>();
    g.get("nodes").forEach(n -> {
      kinds.add(n.get("kind").asText());
      ids.add(n.get("id").asText());
    });
    assertThat(kinds).contains("source", "claim", "event");
    for (JsonNode e : g.get("edges")) {
      assertThat(ids).contains(e.get("source").asText(), e.get("target").asText());
    }
    String event = seizureCard().get("event").get("id").asText();
    JsonNode one = get("/api/graph?event=" + event);
    assertThat(one.get("nodes").size()).isLessThan(g.get("nodes").size());
    // a page at a time: one event's claims and sources per page of one
    JsonNode first = get("/api/graph?limit=1");
    assertThat(first.get("events").asInt()).isGreaterThan(1);
    List<String> events = new ArrayList<>();
    first.get("nodes").forEach(n -> { if (n.get("kind").asText().equals("event")) { events.add(n.get("id").asText()); } });
    assertThat(events).hasSize(1);
    JsonNode second = get("/api/graph?limit=1&offset=1");
    second.get("nodes").forEach(n -> assertThat(n.get("id").asText()).isNotEqualTo(events.get(0)));
    assertThat(get("/api/graph?offset=1000").get("nodes")).isEmpty();
  }

  @Test
  void searchFindsDocumentsClaimsAndEntities() throws Exception {
    JsonNode hits = json(http.get("/api/search?q=tanker").body());
    Set<String> kinds = new HashSet<>();
    hits.forEach(h -> {
      kinds.add(h.get("kind").asText());
      assertThat(h.get("link").asText()).startsWith("/");
    });
    assertThat(kinds).contains("document");
    // each result says where it comes from: words around the match, the date, the outlet
    for (JsonNode h : hits) {
      if (h.get("kind").asText().equals("document")) {
        assertThat(h.get("snippet").asText().toLowerCase()).contains("tanker");
        assertThat(h.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(h.get("outlet").asText()).isNotBlank();
      }
    }
    JsonNode claimHits = json(http.get("/api/search?q=denied&kind=claim").body());
    assertThat(claimHits.size()).isGreaterThan(0);
    claimHits.forEach(h -> {
      assertThat(h.get("snippet").asText()).isNotBlank();
      assertThat(h.get("outlet").asText()).isNotBlank();
      assertThat(h.get("label").asText()).doesNotContainPattern("\\ba\\d+\\b");
    });
    assertThat(json(http.get("/api/search?q=Iran&kind=entity").body()).get(0).get("label").asText()).contains("Iran");
    assertThat(http.get("/api/search").statusCode()).isEqualTo(400);
  }

  @Test
  void exportsAreTheCliExports() throws Exception {
    for (String f : List.of("json", "csv", "timelinejs", "claimreview", "gexf")) {
      HttpResponse<byte[]> r = http.getBytes("/api/export?format=" + f);
      assertThat(r.statusCode()).as(f).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Disposition").orElse("")).as(f).contains("attachment");
      assertThat(r.body().length).as(f).isGreaterThan(100);
    }
    byte[] zip = http.getBytes("/api/export?format=csv").body();
    assertThat(new String(zip, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    assertThat(new String(http.getBytes("/api/export?format=json").body(), StandardCharsets.UTF_8)).contains("\"attest-ledger/1\"");
    assertThat(http.get("/api/export?format=pdf").statusCode()).isEqualTo(400);
    // where the desk is and what the store knows beyond the ledger; no local directories
    JsonNode cr = json(new String(http.getBytes("/api/export?format=claimreview").body(), StandardCharsets.UTF_8));
    for (JsonNode review : cr.get("@graph")) {
      assertThat(review.get("url").asText()).startsWith(server.url() + "findings/");
      assertThat(review.get("datePublished").asText()).matches("2025-\\d{2}-\\d{2}");
      assertThat(http.get(review.get("url").asText().substring(server.url().length() - 1)).statusCode()).isEqualTo(200);
    }
    String json = new String(http.getBytes("/api/export?format=json").body(), StandardCharsets.UTF_8);
    assertThat(json).doesNotContain(System.getProperty("java.io.tmpdir")).contains("\"copy_of\"");
  }

  @Test
  void aBoundedLoadRunAnswersEveryRequest() throws Exception {
    LoadRun.Report r = new LoadRun(server.url(), null).run(8, 400, 120, 1, 50);
    assertThat(r.failures()).as(r.text()).isZero();
    assertThat(r.requests()).isEqualTo(400);
    assertThat(r.p50()).isPositive().isLessThanOrEqualTo(r.p99());
    assertThat(r.p99()).isLessThanOrEqualTo(r.max());
    assertThat(r.byRoute()).containsKeys("GET /api/timeline", "GET /api/events/{id}", "GET /api/search", "GET /api/graph");
    System.out.println("[load] " + r.text().lines().limit(2).collect(java.util.stream.Collectors.joining(" | ")));
    assertThatLoadRunsOnlyOnLoopback();
  }

  private static void assertThatLoadRunsOnlyOnLoopback() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LoadRun("http://192.0.2.1:8080/", null))
        .hasMessageContaining("loopback");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LoadRun(server.url(), null).run(8, 1_000_000, 10, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMergeIsRecordedAppliedAndUndone() throws Exception {
    List<String> names = entityNames();
    String a = names.get(0);
    String b = names.get(1);
    HttpResponse<String> r = http.postJson("/api/decisions",
        LedgerJson.writeCompact(Map.of("action", "MERGE", "names", List.of(a, b), "note", "test")), true);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String id = json(r.body()).get("id").asText();
    List<String> after = entityNames();
    assertThat(after).hasSize(names.size() - 1);
    assertThat(json(http.get("/api/decisions").body()).toString()).contains(id);
    assertThat(http.postJson("/api/decisions/" + id + "/undo", "", true).statusCode()).isEqualTo(200);
    assertThat(entityNames()).containsExactlyElementsOf(names);
    assertThat(http.postJson("/api/decisions", "{\"action\":\"MERGE\",\"names\":[\"only one\"]}", true).statusCode()).isEqualTo(400);
    assertThat(http.postJson("/api/decisions", "not json", true).statusCode()).isEqualTo(400);
  }

  @Test
  void openApiDescribesEveryRoute() throws Exception {
    JsonNode spec = get("/openapi.json");
    assertThat(spec.get("openapi").asText()).startsWith("3.");
    List<String> described = new ArrayList<>();
    spec.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> described.add(m.toUpperCase() + " " + p.getKey())));
    assertThat(server.apiRoutes()).isNotEmpty();
    assertThat(described).containsExactlyInAnyOrderElementsOf(server.apiRoutes());
    // every schema a route refers to exists
    String text = spec.toString();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("#/components/(schemas|responses|parameters)/(\\w+)").matcher(text);
    while (m.find()) {
      assertThat(spec.get("components").get(m.group(1)).has(m.group(2))).as(m.group()).isTrue();
    }
  }

  // ------------------------------------------------------------------ helpers

  private static JsonNode seizureCard() throws Exception {
    for (JsonNode e : get("/api/events?limit=1000").get("items")) {
      JsonNode card = get("/api/events/" + e.get("id").asText());
      Set<String> stances = new HashSet<>();
      card.get("claims").forEach(c -> stances.add(c.get("stance").asText()));
      if (stances.contains("DENY") && stances.contains("CONFIRM")) {
        return card;
      }
    }
    throw new AssertionError("no event has both a denial and a confirmation");
  }

  private static String entityId(String name) throws Exception {
    return find(get("/api/entities?limit=1000").get("items"), "name", name).get("id").asText();
  }

  private static List<String> entityNames() throws Exception {
    List<String> names = new ArrayList<>();
    get("/api/entities?limit=1000").get("items").forEach(e -> names.add(e.get("name").asText()));
    return names;
  }

  private static JsonNode find(JsonNode items, String field, String value) {
    for (JsonNode i : items) {
      if (value.equals(i.path(field).asText())) {
        return i;
      }
    }
    throw new AssertionError("no item with " + field + " = " + value + " in " + items);
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> r = http.get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return json(r.body());
  }

  private static JsonNode json(String s) throws Exception {
    return LedgerJson.mapper().readTree(s);
  }
}
