package org.attest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.EventCluster;
import org.attest.model.DocumentInfo;
import org.attest.model.DocumentText;
import org.attest.model.Event;
import org.attest.model.EventType;
import org.attest.model.Ledger;
import org.attest.model.Span;
import org.attest.store.StoredDocument;
import org.attest.web.ApiModel.TimelineItem;
import org.junit.jupiter.api.Test;

/** A date is drawn no finer than it is known: a month spans the month, a year the year. */
class TimelinePrecisionTest {

  private static final String TEXT = "Forces seized a ship. Talks were held. A ship was seized.";

  @Test
  void eachItemSpansTheDaysItsDateAllows() {
    CorpusSnapshot s = snapshot("2025-03", "2025", "2025-03-02");
    List<TimelineItem> items = s.timelineItems(s.filterEvents(null, null, null, null, null));
    // in date order (the year starts first), whatever the ledger's order
    assertThat(items).extracting(TimelineItem::start, TimelineItem::end, TimelineItem::precision).containsExactly(
        org.assertj.core.groups.Tuple.tuple("2025-01-01", "2026-01-01", "YEAR"),
        org.assertj.core.groups.Tuple.tuple("2025-03-01", "2025-04-01", "MONTH"),
        org.assertj.core.groups.Tuple.tuple("2025-03-02", "2025-03-03", "DAY"));
    assertThat(items).extracting(TimelineItem::quadClass).containsExactly("VERBAL_COOPERATION", "MATERIAL_CONFLICT",
        "MATERIAL_CONFLICT");
  }

  @Test
  void theDateFilterKeepsEventsWhoseSpanOverlapsIt() {
    CorpusSnapshot s = snapshot("2025-03", "2025", "2025-03-02");
    assertThat(s.filterEvents(null, null, null, "2025-03-20", null)).extracting(ApiModel.EventRow::id)
        .containsExactly("c1", "c2");
    assertThat(s.filterEvents(null, null, null, null, "2025-02-28")).extracting(ApiModel.EventRow::id).containsExactly("c2");
    assertThat(s.filterEvents(null, null, "VERBAL_COOPERATION", null, null)).extracting(ApiModel.EventRow::id)
        .containsExactly("c2");
    assertThat(s.filterEvents(null, null, "COERCE", null, null)).extracting(ApiModel.EventRow::id).containsExactly("c1", "c3");
  }

  @Test
  void undatedEventsStayOffTheAxis() {
    CorpusSnapshot s = snapshot(null, "PRESENT_REF", "XXXX-WXX-1");
    assertThat(s.timelineItems(s.filterEvents(null, null, null, null, null))).isEmpty();
    assertThat(s.events()).hasSize(3).allSatisfy(r -> assertThat(r.start()).isNull());
  }

  private static CorpusSnapshot snapshot(String t1, String t2, String t3) {
    String sha = DocumentText.sha256(TEXT);
    DocumentInfo doc = new DocumentInfo(sha.substring(0, 16), sha, "T", "O", null, "2025-03-04", "t.txt", "en", TEXT.length());
    String d = doc.id();
    List<Event> events = List.of(
        event("v1", d, 7, 13, EventType.COERCE, new Span(0, 21)),
        event("v2", d, 28, 32, EventType.CONSULT, new Span(22, 38)),
        event("v3", d, 50, 56, EventType.COERCE, new Span(39, 57)));
    Ledger l = new Ledger(Ledger.FORMAT, List.of(doc), List.of(), List.of(), events, List.of(), List.of(), List.of());
    List<EventCluster> clusters = List.of(
        new EventCluster("c1", List.of("v1"), EventType.COERCE, List.of(), t1, List.of()),
        new EventCluster("c2", List.of("v2"), EventType.CONSULT, List.of(), t2, List.of()),
        new EventCluster("c3", List.of("v3"), EventType.COERCE, List.of(), t3, List.of()));
    CorpusLedger corpus = new CorpusLedger(l, List.of(), clusters, List.of());
    return new CorpusSnapshot("h", corpus, null, List.of(new StoredDocument(doc, 1, null, "t.txt", null, null)),
        id -> TEXT, id -> Ledger.empty());
  }

  private static Event event(String id, String doc, int b, int e, EventType type, Span sentence) {
    return new Event(id, doc, b, e, TEXT.substring(b, e), sentence, type, null, List.of(), null, null, null, null, null, null,
        null, null);
  }
}
