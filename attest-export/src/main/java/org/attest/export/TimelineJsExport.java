package org.attest.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.Corroboration;
import org.attest.crossdoc.EventCluster;
import org.attest.model.TimexInterval;
import org.attest.crossdoc.Voices;
import org.attest.model.Attribution;
import org.attest.model.DocumentInfo;
import org.attest.model.Event;
import org.attest.model.LedgerIndex;
import org.attest.model.LedgerJson;

/**
 * TimelineJS3 JSON: one slide per real-world event (cluster) that has a calendar date. The date
 * is shown no finer than it is known: a year gives only {@code year}, a month adds {@code month},
 * only a day gives {@code day}; a week, quarter, half or season starts at its first month and
 * shows the TIMEX3 value as {@code display_date}. Undated events cannot be placed on a timeline
 * and are counted in the title slide. The text lists each source with its stance.
 */
final class TimelineJsExport {

  private TimelineJsExport() {}

  static String render(CorpusLedger corpus) {
    ObjectMapper m = LedgerJson.mapper();
    var l = corpus.ledger();
    LedgerIndex index = new LedgerIndex(l);
    Voices voices = new Voices(l);
    Map<String, Event> events = index.events();
    Map<String, DocumentInfo> docs = index.documents();
    Map<String, List<Attribution>> byEvent = new HashMap<>();
    for (Attribution a : l.attributions()) {
      if (a.event() != null) {
        byEvent.computeIfAbsent(a.event(), k -> new ArrayList<>()).add(a);
      }
    }
    record Dated(EventCluster cluster, TimexInterval range) {}
    List<Dated> dated = new ArrayList<>();
    int undated = 0;
    for (EventCluster c : corpus.clusters()) {
      TimexInterval r = TimexInterval.parse(c.time());
      if (r == null) {
        undated++;
      } else {
        dated.add(new Dated(c, r));
      }
    }
    // Stable sort: same start keeps cluster order; broader periods first.
    dated.sort(Comparator.comparing((Dated d) -> d.range().start()).thenComparing(d -> -d.range().days()));

    ObjectNode root = m.createObjectNode();
    ObjectNode title = root.putObject("title");
    ObjectNode titleText = title.putObject("text");
    titleText.put("headline", "Attest timeline");
    titleText.put("text", "<p>" + dated.size() + " dated events from " + l.documents().size() + " documents"
        + (undated > 0 ? "; " + undated + " events without a calendar date are not shown" : "") + ".</p>");
    ArrayNode slides = root.putArray("events");
    for (Dated d : dated) {
      EventCluster c = d.cluster();
      Event rep = events.get(c.events().get(0));
      ObjectNode slide = slides.addObject();
      slide.set("start_date", date(m, d.range(), c.time()));
      ObjectNode text = slide.putObject("text");
      text.put("headline", rep.summary() != null ? rep.summary() : rep.trigger());
      text.put("text", body(corpus, c, events, docs, byEvent, voices));
      slide.put("group", rep.type() == null ? "OTHER" : rep.type().quadClass().name());
      slide.put("unique_id", c.id());
    }
    return LedgerJson.write(root);
  }

  private static ObjectNode date(ObjectMapper m, TimexInterval r, String value) {
    ObjectNode n = m.createObjectNode();
    LocalDate s = r.start();
    n.put("year", String.valueOf(s.getYear()));
    switch (r.precision()) {
      case DAY -> {
        n.put("month", String.valueOf(s.getMonthValue()));
        n.put("day", String.valueOf(s.getDayOfMonth()));
      }
      case MONTH -> n.put("month", String.valueOf(s.getMonthValue()));
      case WEEK, QUARTER, HALF, SEASON -> {
        n.put("month", String.valueOf(s.getMonthValue()));
        n.put("display_date", value);
      }
      case YEAR -> { }
      case DECADE, CENTURY -> n.put("display_date", value);
    }
    return n;
  }

  private static String body(CorpusLedger corpus, EventCluster c, Map<String, Event> events, Map<String, DocumentInfo> docs,
      Map<String, List<Attribution>> byEvent, Voices voices) {
    StringBuilder b = new StringBuilder();
    Corroboration cor = corpus.corroborationOf(c.id());
    if (cor != null) {
      b.append("<p>");
      if (cor.count() == 0) {
        b.append("No source vouches for it.");
      } else if (cor.singleSource()) {
        b.append("Single source: ").append(Html.escape(corpus.sourceName(cor.independentSources().get(0)))).append('.');
      } else {
        b.append(cor.count()).append(" independent sources: ")
            .append(Html.escape(String.join(", ", cor.independentSources().stream().map(corpus::sourceName).toList()))).append('.');
      }
      if (!cor.deniedBy().isEmpty()) {
        b.append(" Denied or doubted by ")
            .append(Html.escape(String.join(", ", cor.deniedBy().stream().map(corpus::sourceName).toList()))).append('.');
      }
      b.append("</p>");
    }
    b.append("<ul>");
    for (String v : c.events()) {
      Event e = events.get(v);
      DocumentInfo d = docs.get(e.doc());
      for (Attribution a : byEvent.getOrDefault(v, List.of())) {
        b.append("<li>").append(Html.escape(voices.name(voices.speaker(a)))).append(": ")
            .append(a.stance() == null ? "?" : a.stance().name());
        if (a.via() != null) {
          b.append(" (via ").append(Html.escape(voices.name(voices.speaker(voices.origin(a))))).append(')');
        }
        b.append(" — ").append(Html.escape(docLabel(d, e.doc()))).append("</li>");
      }
    }
    b.append("</ul>");
    return b.toString();
  }

  private static String docLabel(DocumentInfo d, String id) {
    if (d == null) {
      return id;
    }
    StringBuilder s = new StringBuilder(d.outlet() != null ? d.outlet() : id);
    if (d.published() != null) {
      s.append(", ").append(d.published());
    }
    if (d.title() != null) {
      s.append(": ").append(d.title());
    }
    return s.toString();
  }

  static void write(CorpusLedger corpus, OutputStream out) throws IOException {
    out.write(render(corpus).getBytes(StandardCharsets.UTF_8));
  }
}
