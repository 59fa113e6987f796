package org.attest.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.attest.crossdoc.CorpusInput;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.CorpusResolver;
import org.attest.model.Attribution;
import org.attest.model.Certainty;
import org.attest.model.DocumentInfo;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Event;
import org.attest.model.EventType;
import org.attest.model.Ledger;
import org.attest.model.LedgerJson;
import org.attest.model.Mention;
import org.attest.model.Modality;
import org.attest.model.Polarity;
import org.attest.model.Provenance;
import org.attest.model.Quantity;
import org.attest.model.Span;
import org.attest.model.Stance;
import org.attest.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportTest {

  static final Provenance P = Provenance.of("test", "1");
  static final String NASTY = "Troops, \"special\" forces & <b>tanks</b>\nsecond line";

  /** Three documents: two report one deployment (dated 2024-10 and 2024-10-05), one denies it; one more event dated 2024 only. */
  static CorpusLedger corpus() {
    List<Ledger> docs = new ArrayList<>();
    String[][] spec = {
      {"d1", "Outlet A", "2024-10", "ASSERT", "2024-11-02"},
      {"d2", "Outlet B", "2024-10-05", "REPORT", "2024-11-03"},
      {"d3", "Outlet C", null, "DENY", "2024-11-04"},
    };
    for (String[] s : spec) {
      String doc = s[0];
      List<TimeExpression> times = new ArrayList<>();
      if (s[2] != null) {
        times.add(new TimeExpression("t1", doc, 50, 58, s[2], "DATE", s[2], null, P));
      }
      times.add(new TimeExpression("t2", doc, 90, 94, "2024", "DATE", "2024", null, P));
      List<Entity> ents = List.of(
          new Entity("e1", "Ruritania", EntityType.COUNTRY, List.of("Ruritania"), List.of(new Mention(doc, 0, 9)), P),
          new Entity("e2", "Freedonia", EntityType.COUNTRY, List.of("Freedonia"), List.of(new Mention(doc, 20, 29)), P),
          new Entity("e3", "Rudolf Rassendyll", EntityType.PERSON, List.of("Rudolf Rassendyll"), List.of(new Mention(doc, 60, 77)), P));
      List<Event> events = List.of(
          new Event("v1", doc, 10, 14, "sent", new Span(0, 40), EventType.MOBILIZE, "send", List.of("e1"), "e2", null,
              s[2] == null ? null : "t1", new Quantity("1,500", new BigDecimal(1500), null, null, false, "troops"), Modality.ACTUAL,
              Polarity.POSITIVE, NASTY, P),
          new Event("v2", doc, 80, 86, "signed", new Span(80, 100), EventType.AGREE, "sign", List.of("e1", "e2"), null, null, "t2",
              null, Modality.ACTUAL, Polarity.POSITIVE, "Ruritania and Freedonia signed a pact", P));
      Stance st = Stance.valueOf(s[3]);
      String source = st == Stance.DENY ? "e1" : st == Stance.ASSERT ? "AUTHOR" : "e3";
      List<Attribution> atts = List.of(
          new Attribution("a1", "v1", source, null, doc, 30, 34, "said", source.equals("AUTHOR") ? null : new Span(60, 77),
              new Span(0, 29), st, Certainty.CERTAIN, null, P),
          new Attribution("a2", "v2", "AUTHOR", null, doc, 80, 86, null, null, new Span(80, 100), Stance.ASSERT, Certainty.CERTAIN,
              null, P));
      DocumentInfo info = new DocumentInfo(doc, "sha" + doc, "Title of " + doc + ", with \"quotes\" & <angle>", s[1],
          "https://example.org/" + doc + "?a=1&b=2", s[4], doc + ".txt", "en", 200);
      docs.add(new Ledger(Ledger.FORMAT, List.of(info), ents, times, events, atts, List.of(), List.of()));
    }
    return new CorpusResolver().resolve(new CorpusInput(docs, Map.of(), List.of()));
  }

  static byte[] export(ExportFormat f, CorpusLedger c) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter.export(f, c, out);
    return out.toByteArray();
  }

  @Test
  void theCorpusUnderTestHasClustersAndFindings() {
    CorpusLedger c = corpus();
    assertThat(c.clusters()).hasSize(2);
    assertThat(c.ledger().findings()).extracting(f -> f.kind().name())
        .containsExactly("CONTRADICTION", "CORROBORATION", "CORROBORATION");
  }

  @Test
  void jsonIsTheLedgerContractWithCorpusAdditions() throws IOException {
    CorpusLedger c = corpus();
    String json = new String(export(ExportFormat.JSON, c), StandardCharsets.UTF_8);
    Ledger back = LedgerJson.read(json);
    assertThat(back).isEqualTo(c.ledger());
    JsonNode tree = LedgerJson.mapper().readTree(json);
    assertThat(tree.get("clusters")).hasSize(2);
    assertThat(tree.get("corroboration").get(0).get("count").asInt()).isEqualTo(2);
    assertThat(tree.get("corroboration").get(0).get("denied_by").get(0).asText()).isEqualTo("e1");
    assertThat(json).endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void csvIsAZipOfRfc4180TablesThatParseBack() throws IOException {
    byte[] zip = export(ExportFormat.CSV, corpus());
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(files.keySet()).containsExactly("documents.csv", "entities.csv", "events.csv", "attributions.csv", "findings.csv");
    List<List<String>> events = parseCsv(files.get("events.csv"));
    List<String> header = events.get(0);
    assertThat(events).hasSize(1 + 6);
    assertThat(events).allSatisfy(r -> assertThat(r).hasSize(header.size()));
    List<String> v1 = events.get(1);
    assertThat(v1.get(header.indexOf("summary"))).isEqualTo(NASTY);
    assertThat(v1.get(header.indexOf("cluster_id"))).isEqualTo("c1");
    assertThat(v1.get(header.indexOf("date"))).isEqualTo("2024-10");
    assertThat(v1.get(header.indexOf("date_precision"))).isEqualTo("MONTH");
    assertThat(v1.get(header.indexOf("cluster_date"))).isEqualTo("2024-10-05");
    assertThat(v1.get(header.indexOf("quad_class"))).isEqualTo("MATERIAL_CONFLICT");
    assertThat(v1.get(header.indexOf("num_sources"))).isEqualTo("2");
    assertThat(v1.get(header.indexOf("begin"))).isEqualTo("10");
    assertThat(v1.get(header.indexOf("quantity_value"))).isEqualTo("1500");
    List<List<String>> atts = parseCsv(files.get("attributions.csv"));
    List<String> ah = atts.get(0);
    assertThat(atts.get(1).get(ah.indexOf("origin_source_name"))).isEqualTo("Outlet A");
    assertThat(atts.get(3).get(ah.indexOf("source_name"))).isEqualTo("Rudolf Rassendyll");
    assertThat(atts.get(3).get(ah.indexOf("source_mention_begin"))).isEqualTo("60");
    List<List<String>> docs = parseCsv(files.get("documents.csv"));
    assertThat(docs.get(1).get(1)).isEqualTo("Title of d1, with \"quotes\" & <angle>");
    assertThat(files.get("documents.csv")).contains("\r\n").contains("\"Title of d1, with \"\"quotes\"\" & <angle>\"");
    assertThat(export(ExportFormat.CSV, corpus())).isEqualTo(zip);
  }

  @Test
  void timelineJsRespectsDatePrecisionAndListsSourcesWithStances() throws IOException {
    JsonNode t = LedgerJson.mapper().readTree(export(ExportFormat.TIMELINEJS, corpus()));
    JsonNode events = t.get("events");
    assertThat(events).hasSize(2);
    // The pact is dated 2024 only: year, no month or day. It starts earlier, so it comes first.
    JsonNode pact = events.get(0);
    assertThat(pact.get("start_date").get("year").asText()).isEqualTo("2024");
    assertThat(pact.get("start_date").has("month")).isFalse();
    assertThat(pact.get("start_date").has("day")).isFalse();
    JsonNode deployment = events.get(1);
    assertThat(deployment.get("unique_id").asText()).isEqualTo("c1");
    assertThat(deployment.get("start_date").get("month").asText()).isEqualTo("10");
    assertThat(deployment.get("start_date").get("day").asText()).isEqualTo("5");
    String text = deployment.get("text").get("text").asText();
    assertThat(text).contains("2 independent sources: Outlet A, Rudolf Rassendyll").contains("Denied or doubted by Ruritania")
        .contains("Rudolf Rassendyll: REPORT").contains("Ruritania: DENY").contains("&quot;quotes&quot; &amp; &lt;angle&gt;");
    assertThat(deployment.get("text").get("headline").asText()).isEqualTo(NASTY);
  }

  @Test
  void claimReviewHasOneReviewPerFindingWithAuthorsAndAppearances() throws IOException {
    JsonNode cr = LedgerJson.mapper().readTree(export(ExportFormat.CLAIMREVIEW, corpus()));
    assertThat(cr.get("@context").asText()).isEqualTo("https://schema.org");
    JsonNode graph = cr.get("@graph");
    assertThat(graph).hasSize(3);
    JsonNode contradiction = graph.get(0);
    assertThat(contradiction.get("@type").asText()).isEqualTo("ClaimReview");
    assertThat(contradiction.get("claimReviewed").asText()).isEqualTo(NASTY);
    assertThat(contradiction.get("reviewRating").get("alternateName").asText()).startsWith("Disputed");
    JsonNode claim = contradiction.get("itemReviewed");
    assertThat(claim.get("@type").asText()).isEqualTo("Claim");
    List<String> authors = new ArrayList<>();
    claim.get("author").forEach(a -> authors.add(a.get("@type").asText() + ":" + a.get("name").asText()));
    assertThat(authors).containsExactly("Organization:Outlet A", "Person:Rudolf Rassendyll", "Organization:Ruritania");
    assertThat(claim.get("appearance").get(0).get("url").asText()).isEqualTo("https://example.org/d1?a=1&b=2");
    assertThat(claim.get("appearance").get(2).get("publisher").get("name").asText()).isEqualTo("Outlet C");
  }

  @Test
  void gexfIsValidXmlWithTheSourceClaimEventGraph() throws Exception {
    byte[] xml = export(ExportFormat.GEXF, corpus());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    Element root = doc.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("gexf");
    assertThat(root.getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
    assertThat(root.getAttribute("version")).isEqualTo("1.3");
    NodeList nodes = doc.getElementsByTagNameNS(GexfExport.NS, "node");
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element n = (Element) nodes.item(i);
      labels.put(n.getAttribute("id"), n.getAttribute("label"));
    }
    assertThat(labels).containsEntry("c:c1", NASTY.replace('\n', ' ')).containsEntry("s:e1", "Ruritania").containsKey("a:a1");
    NodeList edges = doc.getElementsByTagNameNS(GexfExport.NS, "edge");
    List<String> triples = new ArrayList<>();
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      triples.add(e.getAttribute("source") + " " + e.getAttribute("label") + " " + e.getAttribute("target"));
      assertThat(labels).containsKeys(e.getAttribute("source"), e.getAttribute("target"));
    }
    assertThat(triples).contains("s:outlet:Outlet A says a:a1", "a:a1 about c:c1", "s:e1 says a:a5", "a:a5 about c:c1");
    assertThat(GexfExport.xmlSafe("a\u0001b\uD800c")).isEqualTo("abc");
  }

  @Test
  void aPlainLedgerExportsAsItsOwnClusters() throws IOException {
    Ledger l = corpus().ledger();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter.export(ExportFormat.TIMELINEJS, l, out);
    assertThat(LedgerJson.mapper().readTree(out.toByteArray()).get("events")).hasSize(5);
    assertThatThrownBy(() -> ExportFormat.parse("pdf")).hasMessageContaining("json, csv, timelinejs, claimreview, gexf");
  }

  @Test
  void exportsCarryAuthorAndCopyOfAndNoLocalDirectories() throws IOException {
    CorpusLedger c = corpus();
    Ledger l = c.ledger();
    List<DocumentInfo> docs = l.documents().stream().map(d -> new DocumentInfo(d.id(), d.sha256(), d.title(), d.outlet(), d.url(),
        d.published(), "/home/analyst/private/" + d.id() + ".rss#item=2", d.language(), d.length())).toList();
    CorpusLedger moved = new CorpusLedger(new Ledger(l.format(), docs, l.entities(), l.times(), l.events(), l.attributions(),
        l.quotes(), l.findings()), c.entityMerges(), c.clusters(), c.corroboration());
    ExportOptions o = new ExportOptions(Map.of("d2", new ExportOptions.DocumentMeta("Jane Roe", "d1")), "http://desk.example/");

    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    Exporter.export(ExportFormat.CSV, moved, o, zip);
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    files.values().forEach(t -> assertThat(t).doesNotContain("/home/analyst"));
    List<List<String>> rows = parseCsv(files.get("documents.csv"));
    List<String> h = rows.get(0);
    assertThat(rows.get(1).get(h.indexOf("path"))).isEqualTo("d1.rss#item=2");
    assertThat(rows.get(2).get(h.indexOf("author"))).isEqualTo("Jane Roe");
    assertThat(rows.get(2).get(h.indexOf("copy_of"))).isEqualTo("d1");
    assertThat(rows.get(1).get(h.indexOf("copy_of"))).isEmpty();

    ByteArrayOutputStream json = new ByteArrayOutputStream();
    Exporter.export(ExportFormat.JSON, moved, o, json);
    String text = json.toString(StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("/home/analyst");
    JsonNode d2 = LedgerJson.mapper().readTree(text).get("documents").get(1);
    assertThat(d2.get("author").asText()).isEqualTo("Jane Roe");
    assertThat(d2.get("copy_of").asText()).isEqualTo("d1");
    assertThat(d2.get("path").asText()).isEqualTo("d2.rss#item=2");
    assertThat(LedgerJson.read(text).documents()).hasSize(3); // still the ledger contract

    ByteArrayOutputStream cr = new ByteArrayOutputStream();
    Exporter.export(ExportFormat.CLAIMREVIEW, moved, o, cr);
    JsonNode graph = LedgerJson.mapper().readTree(cr.toByteArray()).get("@graph");
    for (JsonNode review : graph) {
      assertThat(review.get("url").asText()).startsWith("http://desk.example/findings/");
      assertThat(review.get("datePublished").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }
    // the contradiction rests on all three reports: it could be made once the last one was out
    assertThat(graph.get(0).get("datePublished").asText()).isEqualTo("2024-11-04");
    assertThat(graph.get(0).get("url").asText()).isEqualTo("http://desk.example/findings/" + l.findings().get(0).id());
  }

  /** A strict RFC 4180 reader: the test's own, so it does not share the writer's assumptions. */
  static List<List<String>> parseCsv(String s) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else if (c == '\n' || c == '\r') {
        throw new IllegalArgumentException("bare line break outside quotes at " + i);
      } else {
        field.append(c);
      }
      i++;
    }
    return rows;
  }
}
