package org.attest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.attest.model.Mention;
import org.attest.model.Modality;
import org.attest.model.Polarity;
import org.attest.model.Provenance;
import org.attest.model.Span;
import org.attest.model.Stance;
import org.attest.model.TimeExpression;
import org.attest.web.ApiModel.Graph;
import org.attest.web.ApiModel.GraphNode;
import org.junit.jupiter.api.Test;

/** The corpus-wide provenance graph stays readable however large the corpus: a page of events at a time. */
class GraphPagingTest {

  static final Provenance P = Provenance.of("test", "1");

  /** Forty invented reports, each of its own event, each claimed by four voices. */
  static CorpusLedger corpus() {
    List<Ledger> docs = new ArrayList<>();
    for (int n = 1; n <= 40; n++) {
      String doc = "d" + n;
      List<Entity> ents = new ArrayList<>();
      for (int k = 0; k < 5; k++) {
        ents.add(new Entity("e" + k, "Voice " + n + "-" + k, k == 0 ? EntityType.COUNTRY : EntityType.PERSON,
            List.of("Voice " + n + "-" + k), List.of(new Mention(doc, 10 * k, 10 * k + 5)), P));
      }
      String date = String.format("2024-%02d-%02d", 1 + n % 12, 1 + n % 28);
      List<TimeExpression> times = List.of(new TimeExpression("t1", doc, 50, 58, date, "DATE", date, null, P));
      List<Event> events = List.of(new Event("v1", doc, 60, 66, "struck", new Span(60, 100), n % 2 == 0 ? EventType.ASSAULT
          : EventType.PROTEST, "strike", List.of("e0"), null, null, "t1", null, Modality.ACTUAL, Polarity.POSITIVE,
          "Event number " + n, P));
      List<Attribution> atts = new ArrayList<>();
      for (int k = 1; k <= 4; k++) {
        atts.add(new Attribution("a" + k, "v1", "e" + k, null, doc, 100 + k, 104 + k, "said", new Span(10 * k, 10 * k + 5),
            new Span(60, 100), k == 4 ? Stance.DENY : Stance.ASSERT, Certainty.CERTAIN, null, P));
      }
      DocumentInfo info = new DocumentInfo(doc, "sha" + doc, "Report " + n, "Outlet " + n, null, date, doc + ".txt", "en", 200);
      docs.add(new Ledger(Ledger.FORMAT, List.of(info), ents, times, events, atts, List.of(), List.of()));
    }
    return new CorpusResolver().resolve(new CorpusInput(docs, Map.of(), List.of()));
  }

  @Test
  void aLargeCorpusGraphComesAPageOfEventsAtATime() {
    CorpusSnapshot s = new CorpusSnapshot("h", corpus(), null, List.of(), id -> "", id -> Ledger.empty());
    Graph all = s.graph(null, 0, 1000);
    assertThat(all.nodes().size()).as("the whole graph").isGreaterThan(150);
    Graph page = s.graph(null, 0, CorpusSnapshot.GRAPH_EVENTS);
    assertThat(page.events()).isEqualTo(all.events()).isGreaterThan(CorpusSnapshot.GRAPH_EVENTS);
    assertThat(page.nodes().size()).as("one page").isLessThanOrEqualTo(60);
    // the pages together are the whole graph, each node on some page, no event on two
    Set<String> seen = new HashSet<>();
    Set<String> events = new HashSet<>();
    for (int offset = 0; offset < page.events(); offset += CorpusSnapshot.GRAPH_EVENTS) {
      Graph g = s.graph(null, offset, CorpusSnapshot.GRAPH_EVENTS);
      for (GraphNode n : g.nodes()) {
        seen.add(n.id());
        if (n.kind().equals("event")) {
          assertThat(events.add(n.id())).as(n.id()).isTrue();
        }
      }
      g.edges().forEach(e -> assertThat(g.nodes().stream().map(GraphNode::id)).contains(e.source(), e.target()));
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(all.nodes().stream().map(GraphNode::id).toList());
    // claim nodes carry words, not ids
    page.nodes().stream().filter(n -> n.kind().equals("claim"))
        .forEach(n -> assertThat(n.label()).matches("(asserts|denies|says|[a-z]+s) · Outlet \\d+"));
  }
}
