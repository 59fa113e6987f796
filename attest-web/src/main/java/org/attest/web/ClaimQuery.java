package org.attest.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.attest.web.ApiModel.Claim;

/**
 * The claims table's filters and order, from query parameters: {@code q} (full-text, the store's
 * claim index), {@code source}, {@code stance}, {@code event}, {@code doc}, {@code single=true}
 * (claims about an event only one independent source vouches for), {@code finding=true} (claims
 * a finding rests on), {@code sort} (id, source, stance, date, doc, event) and {@code order} (asc,
 * desc). The same query gives the page and its CSV download.
 */
record ClaimQuery(String text, String source, String stance, String event, String doc, Boolean single, Boolean finding,
    String sort, boolean descending) {

  static final List<String> SORTS = List.of("id", "source", "stance", "date", "doc", "event");

  static ClaimQuery of(Function<String, String> param) {
    String sort = blank(param.apply("sort"));
    if (sort != null && !SORTS.contains(sort)) {
      throw new IllegalArgumentException("sort must be one of " + SORTS + ", not '" + sort + "'");
    }
    String order = blank(param.apply("order"));
    if (order != null && !order.equals("asc") && !order.equals("desc")) {
      throw new IllegalArgumentException("order must be asc or desc");
    }
    return new ClaimQuery(blank(param.apply("q")), blank(param.apply("source")), blank(param.apply("stance")),
        blank(param.apply("event")), blank(param.apply("doc")), bool(param.apply("single")), bool(param.apply("finding")),
        sort == null ? "id" : sort, "desc".equals(order));
  }

  /** The claims that pass, in the asked order (ties by corpus order). */
  List<Claim> apply(List<Claim> all, Set<String> matchingText) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : all) {
      if (matchingText != null && !matchingText.contains(c.id())) {
        continue;
      }
      if (source != null && !source.equals(c.sourceId()) && !source.equalsIgnoreCase(c.source())) {
        continue;
      }
      if (stance != null && !stance.equalsIgnoreCase(c.stance())) {
        continue;
      }
      if (event != null && !event.equals(c.event())) {
        continue;
      }
      if (doc != null && !doc.equals(c.doc())) {
        continue;
      }
      if (single != null && single != c.singleSource()) {
        continue;
      }
      if (finding != null && finding == c.findings().isEmpty()) {
        continue;
      }
      out.add(c);
    }
    java.util.Map<Claim, Integer> position = new java.util.IdentityHashMap<>();
    for (int i = 0; i < out.size(); i++) {
      position.put(out.get(i), i);
    }
    Comparator<Claim> corpusOrder = Comparator.comparing(position::get);
    Comparator<Claim> by = switch (sort) {
      case "source" -> Comparator.comparing(c -> lower(c.source()));
      case "stance" -> Comparator.comparing(c -> lower(c.stance()));
      case "date" -> Comparator.comparing(c -> lower(c.statementDate()));
      case "doc" -> Comparator.comparing(c -> lower(c.docLabel()));
      case "event" -> Comparator.comparing(c -> lower(c.eventLabel()));
      default -> corpusOrder;
    };
    List<Claim> sorted = new ArrayList<>(out);
    sorted.sort((descending ? by.reversed() : by).thenComparing(corpusOrder));
    return sorted;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Boolean bool(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> Boolean.TRUE;
      case "false", "0", "no" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("expected true or false, not '" + s + "'");
    };
  }

  /** The claims as RFC 4180 CSV, one row per claim; cells that a spreadsheet would run as a formula are defused. */
  static String csv(List<Claim> rows) {
    StringBuilder sb = new StringBuilder();
    line(sb, List.of("id", "source", "stance", "certainty", "cue", "content", "statement_date", "relay_chain", "event",
        "event_label", "document", "document_label", "single_source", "findings"));
    for (Claim c : rows) {
      line(sb, List.of(c.id(), nn(c.source()), nn(c.stance()), nn(c.certainty()), nn(c.cue()), nn(c.content()),
          nn(c.statementDate()), String.join(" <- ", c.relayChain()), nn(c.event()), nn(c.eventLabel()), nn(c.doc()),
          nn(c.docLabel()), String.valueOf(c.singleSource()), String.join(" ", c.findings())));
    }
    return sb.toString();
  }

  private static String nn(String s) {
    return s == null ? "" : s;
  }

  private static void line(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String v = cells.get(i);
      if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
        v = "'" + v;
      }
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
        v = '"' + v.replace("\"", "\"\"") + '"';
      }
      sb.append(v);
    }
    sb.append("\r\n");
  }
}
