package org.attest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The full-text index (table {@code search_token}): documents, claims and entities by token. */
final class SearchIndex {

  private final StoreTransactions tx;

  SearchIndex(StoreTransactions tx) {
    this.tx = tx;
  }


  /**
   * Full-text search: items of {@code kind} that contain every token of the query (see {@link
   * SearchTokens}), best first (most occurrences), ties by id.
   */
  List<SearchHit> search(String query, SearchKind kind, int limit) {
    List<String> tokens = new ArrayList<>(SearchTokens.count(query).keySet());
    if (tokens.isEmpty()) {
      return List.of();
    }
    return read(() -> {
      StringBuilder sql = new StringBuilder("SELECT ref, SUM(tf) AS score FROM search_token WHERE kind = ? AND token IN (");
      for (int i = 0; i < tokens.size(); i++) {
        sql.append(i == 0 ? "?" : ", ?");
      }
      sql.append(") GROUP BY ref HAVING COUNT(*) = ? ORDER BY score DESC, ref LIMIT ?");
      List<Object> args = new ArrayList<>();
      args.add(kind.code);
      args.addAll(tokens);
      args.add(tokens.size());
      args.add(limit);
      List<SearchHit> out = new ArrayList<>();
      try (PreparedStatement ps = prepare(sql.toString(), args.toArray()); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new SearchHit(kind, rs.getString(1), rs.getInt(2)));
        }
      }
      return out;
    });
  }

  /** Indexes one item's tokens (inside the caller's transaction). */
  void insertTokens(SearchKind kind, String ref, Map<String, Integer> counts) throws SQLException {
    try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO search_token (kind, token, ref, tf) VALUES (?,?,?,?)")) {
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        ps.setString(1, kind.code);
        ps.setString(2, e.getKey());
        ps.setString(3, ref);
        ps.setInt(4, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Makes the tokens of {@code kinds} equal to {@code wanted} (kind → item → token → count) inside
   * the caller's transaction, writing only the difference: rows of items or tokens that are gone
   * are deleted, changed counts updated, new rows inserted. The rows that result are those a
   * delete-all-and-insert would leave; unchanged rows are not rewritten, so a view that differs
   * from the previous one in a few items costs a few row writes, not the whole index again.
   */
  void replaceTokens(List<SearchKind> kinds, Map<SearchKind, Map<String, Map<String, Integer>>> wanted) throws SQLException {
    for (SearchKind kind : kinds) {
      Map<String, Map<String, Integer>> want = wanted.getOrDefault(kind, Map.of());
      Map<String, Map<String, Integer>> have = new HashMap<>();
      try (PreparedStatement ps = tx.prepare("SELECT ref, token, tf FROM search_token WHERE kind = ?", kind.code);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          have.computeIfAbsent(rs.getString(1), r -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
        }
      }
      Connection c = tx.connection();
      try (PreparedStatement del = c.prepareStatement("DELETE FROM search_token WHERE kind = ? AND token = ? AND ref = ?");
          PreparedStatement upd = c.prepareStatement("UPDATE search_token SET tf = ? WHERE kind = ? AND token = ? AND ref = ?");
          PreparedStatement ins = c.prepareStatement("INSERT INTO search_token (kind, token, ref, tf) VALUES (?,?,?,?)")) {
        int[] pending = new int[3];
        for (Map.Entry<String, Map<String, Integer>> item : have.entrySet()) {
          Map<String, Integer> now = want.getOrDefault(item.getKey(), Map.of());
          for (Map.Entry<String, Integer> t : item.getValue().entrySet()) {
            Integer tf = now.get(t.getKey());
            if (tf == null) {
              batch(del, pending, 0, kind.code, t.getKey(), item.getKey());
            } else if (!tf.equals(t.getValue())) {
              batch(upd, pending, 1, tf, kind.code, t.getKey(), item.getKey());
            }
          }
        }
        for (Map.Entry<String, Map<String, Integer>> item : want.entrySet()) {
          Map<String, Integer> before = have.getOrDefault(item.getKey(), Map.of());
          for (Map.Entry<String, Integer> t : item.getValue().entrySet()) {
            if (!before.containsKey(t.getKey())) {
              batch(ins, pending, 2, kind.code, t.getKey(), item.getKey(), t.getValue());
            }
          }
        }
        del.executeBatch();
        upd.executeBatch();
        ins.executeBatch();
      }
    }
  }

  /** Adds one row to a statement's batch, sending the batch every 1,000 rows. */
  private static void batch(PreparedStatement ps, int[] pending, int which, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
    ps.addBatch();
    if (++pending[which] % 1000 == 0) {
      ps.executeBatch();
    }
  }

  private <T> T read(StoreTransactions.Work<T> work) {
    return tx.read(work);
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    return tx.prepare(sql, args);
  }
}
