package org.attest.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.store.SearchHit;
import org.attest.store.SearchKind;
import org.attest.web.ApiModel.Claim;
import org.attest.web.ApiModel.DocumentDetail;
import org.attest.web.ApiModel.DocumentSummary;
import org.attest.web.ApiModel.EntityDetail;
import org.attest.web.ApiModel.EntityRow;
import org.attest.web.ApiModel.EventCard;
import org.attest.web.ApiModel.EventRow;
import org.attest.web.ApiModel.FindingView;
import org.attest.web.ApiModel.Graph;
import org.attest.web.ApiModel.SearchResult;
import org.attest.web.ApiModel.Status;
import org.attest.web.ApiModel.Timeline;

/** The read side of the API: answers from the desk's current {@link CorpusSnapshot}. */
final class Api {

  /** A source key with its name and how many claims it makes. */
  record Source(String id, String name, int claims) {}

  private final Desk desk;

  Api(Desk desk) {
    this.desk = desk;
  }

  Status status(boolean tokenRequired, boolean openReads) {
    CorpusSnapshot s = desk.snapshot();
    return new Status(desk.location(), s.documentCount(), s.viewError == null, s.viewError, tokenRequired, openReads);
  }

  Page<DocumentSummary> documents(int offset, int limit) {
    return Page.of(desk.snapshot().documents(), offset, limit);
  }

  DocumentDetail document(String id) {
    return desk.snapshot().document(id);
  }

  Page<EntityRow> entities(String q, String type, int offset, int limit) {
    return Page.of(desk.snapshot().entities(q, type), offset, limit);
  }

  EntityDetail entity(String id) {
    return desk.snapshot().entity(id);
  }

  Page<Source> sources(int offset, int limit) {
    CorpusSnapshot s = desk.snapshot();
    List<Source> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : s.sources().entrySet()) {
      out.add(new Source(e.getKey(), s.sourceLabel(e.getKey()), e.getValue()));
    }
    return Page.of(out, offset, limit);
  }

  Page<EventRow> events(Map<String, String> f, int offset, int limit) {
    return Page.of(desk.snapshot().filterEvents(f.get("entity"), f.get("source"), f.get("type"), f.get("from"), f.get("to")),
        offset, limit);
  }

  EventCard eventCard(String id) {
    return desk.snapshot().eventCard(id);
  }

  Timeline timeline(Map<String, String> f) {
    CorpusSnapshot s = desk.snapshot();
    List<EventRow> rows = s.filterEvents(f.get("entity"), f.get("source"), f.get("type"), f.get("from"), f.get("to"));
    List<ApiModel.TimelineItem> items = s.timelineItems(rows);
    Set<String> placed = new HashSet<>();
    items.forEach(i -> placed.add(i.id()));
    return new Timeline(items, rows.stream().filter(r -> !placed.contains(r.id())).toList(), rows.size());
  }

  List<Claim> claims(ClaimQuery q) {
    CorpusSnapshot s = desk.snapshot();
    Set<String> matching = null;
    if (q.text() != null) {
      matching = new HashSet<>();
      for (SearchHit h : desk.search(q.text(), SearchKind.CLAIM, 100_000)) {
        matching.add(h.ref());
      }
    }
    return q.apply(s.claims(), matching);
  }

  Claim claim(String id) {
    return desk.snapshot().claim(id);
  }

  Page<FindingView> findings(String kind, int offset, int limit) {
    return Page.of(desk.snapshot().findings(kind), offset, limit);
  }

  FindingView finding(String id) {
    return desk.snapshot().finding(id);
  }

  Graph graph(String event, int offset, int limit) {
    return desk.snapshot().graph(event, offset, limit);
  }

  SearchResult searchResult(SearchHit h, String query) {
    CorpusSnapshot s = desk.snapshot();
    return switch (h.kind()) {
      case DOCUMENT -> {
        var d = s.stored(h.ref());
        yield new SearchResult("document", h.ref(), h.score(), s.documentTitle(h.ref()), "/documents/" + h.ref(),
            d == null ? null : snippet(s.text(h.ref()), query), d == null ? null : d.info().published(),
            d == null ? null : d.info().outlet());
      }
      case ENTITY -> {
        EntityDetail e = s.entity(h.ref());
        String aliases = e == null ? null : String.join(", ", e.entity().aliases());
        yield new SearchResult("entity", h.ref(), h.score(), s.entityName(h.ref()), "/entities/" + h.ref(),
            e == null ? null : (e.entity().type() == null ? "" : e.entity().type().toLowerCase(java.util.Locale.ROOT) + "; ")
                + e.entity().mentions() + " mentions" + (aliases.isEmpty() ? "" : "; also " + aliases), null, null);
      }
      case CLAIM -> {
        Claim c = s.claim(h.ref());
        String label = c == null ? h.ref() : c.source() + " " + (c.stance() == null ? "says" : c.stance().toLowerCase(java.util.Locale.ROOT))
            + (c.eventLabel() == null ? "" : ": " + c.eventLabel());
        var d = c == null ? null : s.stored(c.doc());
        yield new SearchResult("claim", h.ref(), h.score(), label, c != null && c.event() != null ? "/events/" + c.event()
            : "/claims?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8),
            c == null ? null : (c.cue() == null ? "" : c.cue() + ": ") + (c.content() == null ? "" : c.content()),
            c == null ? null : c.statementDate(), d == null ? null : d.info().outlet());
      }
    };
  }

  /** About 200 characters of a text around the first word of the query it contains (else its start). */
  static String snippet(String text, String query) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    int at = -1;
    for (String w : query.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() < 2) {
        continue;
      }
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(w))
          .matcher(lower);
      if (m.find() && (at < 0 || m.start() < at)) {
        at = m.start();
      }
    }
    int begin = at < 0 ? 0 : Math.max(0, at - 80);
    while (begin > 0 && begin < text.length() && !Character.isWhitespace(text.charAt(begin - 1))) {
      begin++;
    }
    int end = Math.min(text.length(), begin + 200);
    while (end < text.length() && end > begin && !Character.isWhitespace(text.charAt(end))) {
      end--;
    }
    if (end <= begin) {
      end = Math.min(text.length(), begin + 200);
    }
    String s = text.substring(begin, end).replaceAll("\\s+", " ").strip();
    return (begin > 0 ? "…" : "") + s + (end < text.length() ? "…" : "");
  }
}
