package org.attest.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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

  private <T> T read(StoreTransactions.Work<T> work) {
    return tx.read(work);
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    return tx.prepare(sql, args);
  }
}
