package org.attest.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.attest.crossdoc.ManualDecision;
import org.attest.model.LedgerJson;

/** Manual entity decisions (table {@code manual_decision}): recorded, undone, listed. */
final class DecisionRepository {

  private final StoreTransactions tx;

  DecisionRepository(StoreTransactions tx) {
    this.tx = tx;
  }


  /** Records a manual merge or split; it applies from the next corpus view on. */
  ManualDecision add(ManualDecision.Action action, List<String> names, String note) {
    return write(() -> {
      lock();
      long seq = number("SELECT COALESCE(MAX(seq), 0) + 1 FROM manual_decision");
      String id = "m" + seq;
      update("INSERT INTO manual_decision (id, seq, action, names, note, undone) VALUES (?,?,?,?,?,?)",
          id, seq, action.name(), LedgerJson.writeCompact(names), note, false);
      return new ManualDecision(id, action, names, note);
    });
  }

  /** Undoes a decision (kept, marked undone). False when there is no such active decision. */
  boolean undo(String id) {
    return write(() -> {
      lock();
      return update("UPDATE manual_decision SET undone = ? WHERE id = ? AND undone = ?", true, id, false) == 1;
    });
  }

  /** Active decisions in the order they were made. */
  List<ManualDecision> active() {
    return read(() -> {
      List<ManualDecision> out = new ArrayList<>();
      try (PreparedStatement ps = prepare("SELECT id, action, names, note FROM manual_decision WHERE undone = ? ORDER BY seq", false);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ManualDecision(rs.getString(1), ManualDecision.Action.valueOf(rs.getString(2)),
              parseList(rs.getString(3)), rs.getString(4)));
        }
      }
      return out;
    });
  }

  private <T> T read(StoreTransactions.Work<T> work) {
    return tx.read(work);
  }

  private <T> T write(StoreTransactions.Work<T> work) {
    return tx.write(work);
  }

  private void lock() throws SQLException {
    tx.lock();
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    return tx.prepare(sql, args);
  }

  private static List<String> parseList(String json) {
    return LedgerStore.parseList(json);
  }

  private int update(String sql, Object... args) throws SQLException {
    return tx.update(sql, args);
  }

  private long number(String sql, Object... args) throws SQLException {
    return tx.number(sql, args);
  }
}
