package org.attest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.attest.model.Attribution;
import org.attest.model.Entity;
import org.attest.model.Event;
import org.attest.model.Finding;
import org.attest.model.Ledger;
import org.attest.model.LedgerJson;
import org.attest.model.Mention;
import org.attest.model.Quote;
import org.attest.model.Span;
import org.attest.model.TimeExpression;

/** Writes a document ledger's items as normalized rows, each with its offsets. */
final class LedgerRows {

  private LedgerRows() {}

  static void insert(Connection c, String docId, Ledger l) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO doc_entity (doc_id, local_id, name, entity_type, aliases) VALUES (?,?,?,?,?)");
        PreparedStatement pm = c.prepareStatement(
            "INSERT INTO doc_mention (doc_id, entity_id, begin_at, end_at) VALUES (?,?,?,?)")) {
      for (Entity e : l.entities()) {
        set(ps, docId, e.id(), e.name(), e.type() == null ? "OTHER" : e.type().name(), LedgerJson.writeCompact(e.aliases()));
        ps.addBatch();
        for (Mention m : e.mentions().stream().distinct().sorted().toList()) {
          set(pm, docId, e.id(), m.begin(), m.end());
          pm.addBatch();
        }
      }
      ps.executeBatch();
      pm.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO doc_time (doc_id, local_id, begin_at, end_at, surface, timex_type,"
        + " timex_value, timex_mod) VALUES (?,?,?,?,?,?,?,?)")) {
      for (TimeExpression t : l.times()) {
        set(ps, docId, t.id(), t.begin(), t.end(), t.text(), t.type(), t.value(), t.mod());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO doc_event (doc_id, local_id, begin_at, end_at, trigger_text, event_type,"
        + " predicate, actors, target, location, time_id, quantity_text, modality, polarity, summary)"
        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (Event v : l.events()) {
        set(ps, docId, v.id(), v.begin(), v.end(), v.trigger(), name(v.type()), v.predicate(), LedgerJson.writeCompact(v.actor()),
            v.target(), v.location(), v.time(), v.quantity() == null ? null : v.quantity().text(), name(v.modality()),
            name(v.polarity()), v.summary());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO doc_attribution (doc_id, local_id, event_id, source_id, via, begin_at,"
        + " end_at, cue, source_begin, source_end, content_begin, content_end, stance, certainty, time_id)"
        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (Attribution a : l.attributions()) {
        Span s = a.sourceMention();
        Span k = a.content();
        set(ps, docId, a.id(), a.event(), a.source(), a.via(), a.begin(), a.end(), a.cue(),
            s == null ? null : s.begin(), s == null ? null : s.end(), k == null ? null : k.begin(), k == null ? null : k.end(),
            name(a.stance()), name(a.certainty()), a.time());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO doc_quote (doc_id, local_id, begin_at, end_at, speaker) VALUES (?,?,?,?,?)")) {
      for (Quote q : l.quotes()) {
        set(ps, docId, q.id(), q.begin(), q.end(), q.speaker());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO doc_finding (doc_id, local_id, kind, items, explanation) VALUES (?,?,?,?,?)")) {
      for (Finding f : l.findings()) {
        set(ps, docId, f.id(), f.kind().name(), LedgerJson.writeCompact(f.items()), f.explanation());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  private static void set(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a == null) {
        ps.setNull(i + 1, Types.NULL);
      } else if (a instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else {
        ps.setString(i + 1, a.toString());
      }
    }
  }
}
