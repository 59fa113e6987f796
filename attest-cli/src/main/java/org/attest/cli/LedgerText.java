package org.attest.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attest.model.Attribution;
import org.attest.model.Entity;
import org.attest.model.Event;
import org.attest.model.Finding;
import org.attest.model.Ledger;
import org.attest.model.LedgerIndex;
import org.attest.model.Quote;
import org.attest.model.SourceDocument;
import org.attest.model.TimeExpression;

/** The human-readable rendering of a ledger, for a terminal. */
final class LedgerText {

  private LedgerText() {}

  static String render(Ledger l, List<SourceDocument> docs) {
    LedgerIndex index = new LedgerIndex(l);
    Map<String, Entity> ents = index.entities();
    Map<String, TimeExpression> times = index.times();
    Map<String, Event> events = index.events();
    Function<String, String> name = id -> id == null ? "-" : ents.containsKey(id) ? ents.get(id).name() : id;
    StringBuilder sb = new StringBuilder();
    for (var d : l.documents()) {
      sb.append("Document ").append(d.id()).append(": ").append(d.path() == null ? "" : d.path())
          .append(d.published() == null ? "" : "  published " + d.published())
          .append(d.outlet() == null ? "" : "  outlet " + d.outlet())
          .append("  (").append(d.length()).append(" chars)\n");
    }
    sb.append("\nEntities (").append(l.entities().size()).append(")\n");
    for (Entity e : l.entities()) {
      sb.append(String.format("  %-4s %-13s %s", e.id(), e.type(), e.name()));
      List<String> other = e.aliases().stream().filter(a -> !a.equals(e.name())).toList();
      if (!other.isEmpty()) {
        sb.append("  aka ").append(String.join("; ", other));
      }
      sb.append("  [").append(e.mentions().size()).append(" mentions]\n");
    }
    sb.append("\nTimes (").append(l.times().size()).append(")\n");
    for (TimeExpression t : l.times()) {
      sb.append(String.format("  %-4s %-28s %-9s %s%s  @%d%n", t.id(), quote(t.text()), t.type(), t.value(),
          t.mod() == null ? "" : " (" + t.mod() + ")", t.begin()));
    }
    sb.append("\nEvents (").append(l.events().size()).append(")\n");
    for (Event v : l.events()) {
      sb.append(String.format("  %-4s %-10s %s", v.id(), v.type(), quote(v.trigger())));
      sb.append("  actor=").append(v.actor().isEmpty() ? "-" : v.actor().stream().map(name).collect(Collectors.joining("+")));
      if (v.target() != null) sb.append(" target=").append(name.apply(v.target()));
      if (v.location() != null) sb.append(" where=").append(name.apply(v.location()));
      if (v.time() != null && times.containsKey(v.time())) sb.append(" when=").append(times.get(v.time()).value());
      if (v.quantity() != null) sb.append(" qty=").append(quote(v.quantity().text()));
      if (v.modality() != null && !v.modality().name().equals("ACTUAL")) sb.append(" ").append(v.modality());
      sb.append('\n');
      if (v.summary() != null) sb.append("       ").append(v.summary()).append('\n');
    }
    sb.append("\nAttributions (").append(l.attributions().size()).append(")\n");
    for (Attribution a : l.attributions()) {
      sb.append(String.format("  %-4s %-28s %-11s %-8s", a.id(), a.isAuthor() ? "AUTHOR" : name.apply(a.source()),
          a.stance(), a.certainty()));
      Event v = a.event() == null ? null : events.get(a.event());
      sb.append(" on ").append(v == null ? "-" : v.id() + " " + quote(v.trigger()));
      if (a.cue() != null) sb.append("  cue ").append(quote(a.cue()));
      if (a.via() != null) sb.append("  via ").append(a.via());
      if (a.time() != null && times.containsKey(a.time())) sb.append("  when ").append(times.get(a.time()).value());
      sb.append('\n');
    }
    sb.append("\nQuotes (").append(l.quotes().size()).append(")\n");
    for (Quote q : l.quotes()) {
      sb.append(String.format("  %-4s %s: %s%n", q.id(), name.apply(q.speaker()), abbreviate(q.text(), 100)));
    }
    sb.append("\nFindings (").append(l.findings().size()).append(")\n");
    for (Finding f : l.findings()) {
      sb.append(String.format("  %-4s %-17s %s  [%s]%n", f.id(), f.kind(), f.explanation(), String.join(", ", f.items())));
    }
    return sb.toString();
  }

  private static String quote(String s) {
    return s == null ? "-" : "\"" + s.replace('\n', ' ') + "\"";
  }

  private static String abbreviate(String s, int n) {
    String t = s.replace('\n', ' ');
    return t.length() <= n ? t : t.substring(0, n - 1) + "…";
  }
}
