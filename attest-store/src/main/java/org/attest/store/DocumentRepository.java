package org.attest.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attest.model.DocumentInfo;
import org.attest.model.Ledger;
import org.attest.model.LedgerJson;

/**
 * Stored documents (text, ledger as JSON and as rows, MinHash signature and bands) and the result
 * of every input (table {@code ingest_result}).
 */
final class DocumentRepository {

  private final StoreTransactions tx;
  private final SearchIndex search;

  DocumentRepository(StoreTransactions tx, SearchIndex search) {
    this.tx = tx;
    this.search = search;
  }


  /** The id of the stored document with this text hash, if any. */
  Optional<String> documentIdOfHash(String sha256) {
    return read(() -> Optional.ofNullable(string("SELECT id FROM document WHERE sha256 = ?", sha256)));
  }

  /**
   * Commits a document, its ledger, signature, search tokens and the input's result in one
   * transaction. Under the store lock it checks again that the text is new (another process may
   * have stored it meanwhile) and asks {@code rule} whether it copies an earlier document.
   */
  CommitOutcome commitDocument(NewDocument d, NearDuplicateRule rule) {
    return write(() -> {
      lock();
      DocumentInfo info = d.info();
      String existing = string("SELECT id FROM document WHERE sha256 = ?", info.sha256());
      if (existing != null) {
        upsertResult(new IngestResult(d.source(), IngestStatus.DUPLICATE, null, null, existing, null));
        return new CommitOutcome(IngestStatus.DUPLICATE, existing, null, 1.0);
      }
      Optional<NearDuplicateRule.Match> match = rule.originalOf(d.signature(), candidates(d.bandKeys()));
      String copyOf = match.map(m -> m.candidate().copyOf() != null ? m.candidate().copyOf() : m.candidate().docId()).orElse(null);
      Double similarity = match.map(NearDuplicateRule.Match::similarity).orElse(null);
      long seq = number("SELECT COALESCE(MAX(seq), 0) + 1 FROM document");
      update("INSERT INTO document (id, seq, sha256, title, outlet, author, url, published, source, language, text_length,"
              + " copy_of, copy_similarity, extractor, body, ledger_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
          info.id(), seq, info.sha256(), cut(info.title(), 2000), cut(info.outlet(), 500), cut(d.author(), 1000),
          cut(info.url(), 4000), info.published(), d.source(), info.language(),
          d.text().length(), copyOf, similarity, extractors(d.ledger()), d.text(), LedgerJson.writeCompact(d.ledger()));
      update("INSERT INTO document_minhash (doc_id, signature) VALUES (?, ?)", info.id(), bytes(d.signature()));
      try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO document_band (band, band_key, doc_id) VALUES (?,?,?)")) {
        for (int b = 0; b < d.bandKeys().length; b++) {
          ps.setInt(1, b);
          ps.setLong(2, d.bandKeys()[b]);
          ps.setString(3, info.id());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      search.insertTokens(SearchKind.DOCUMENT, info.id(), SearchTokens.count(d.text()));
      IngestStatus status = copyOf == null ? IngestStatus.INGESTED : IngestStatus.NEAR_DUPLICATE;
      upsertResult(new IngestResult(d.source(), status, null, null, info.id(), copyOf));
      return new CommitOutcome(status, info.id(), copyOf, similarity == null ? 0 : similarity);
    });
  }

  private List<OriginalCandidate> candidates(long[] bandKeys) throws SQLException {
    if (bandKeys.length == 0) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder(
        "SELECT d.id, d.seq, m.signature, d.copy_of FROM document d JOIN document_minhash m ON m.doc_id = d.id"
            + " WHERE d.id IN (SELECT doc_id FROM document_band WHERE ");
    for (int b = 0; b < bandKeys.length; b++) {
      sql.append(b == 0 ? "" : " OR ").append("(band = ? AND band_key = ?)");
    }
    sql.append(") ORDER BY d.seq");
    List<OriginalCandidate> out = new ArrayList<>();
    try (PreparedStatement ps = tx.connection().prepareStatement(sql.toString())) {
      int i = 1;
      for (int b = 0; b < bandKeys.length; b++) {
        ps.setInt(i++, b);
        ps.setLong(i++, bandKeys[b]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new OriginalCandidate(rs.getString(1), rs.getLong(2), ints(rs.getBytes(3)), rs.getString(4)));
        }
      }
    }
    return out;
  }

  /** Every stored document, in ingest order. */
  List<StoredDocument> documents() {
    return read(() -> {
      List<StoredDocument> out = new ArrayList<>();
      try (PreparedStatement ps = tx.connection().prepareStatement(
          "SELECT id, sha256, title, outlet, url, published, source, language, text_length, seq, author, copy_of,"
              + " copy_similarity FROM document ORDER BY seq");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          DocumentInfo info = new DocumentInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9));
          double sim = rs.getDouble(13);
          Double similarity = rs.wasNull() ? null : sim; // asked right after its own column
          out.add(new StoredDocument(info, rs.getLong(10), rs.getString(11), rs.getString(7), rs.getString(12), similarity));
        }
      }
      return out;
    });
  }

  /** A stored document's normalized text. */
  Optional<String> text(String docId) {
    return read(() -> Optional.ofNullable(string("SELECT body FROM document WHERE id = ?", docId)));
  }

  /** A stored document's ledger, as extracted. */
  Optional<Ledger> ledger(String docId) {
    return read(() -> Optional.ofNullable(string("SELECT ledger_json FROM document WHERE id = ?", docId)).map(LedgerJson::read));
  }

  int documentCount() {
    return read(() -> (int) number("SELECT COUNT(*) FROM document"));
  }

  // ---------------------------------------------------------------- ingest results

  /** Records the result of an input that stored nothing new (skipped, failed, duplicate). */
  void recordResult(IngestResult r) {
    write(() -> {
      upsertResult(r);
      return null;
    });
  }

  /** The recorded result of one input, if any. */
  Optional<IngestResult> result(String source) {
    return read(() -> results("WHERE source = ?", source).stream().findFirst());
  }

  /** Every input's latest result, by source. */
  List<IngestResult> results() {
    return read(() -> results(""));
  }

  /** The inputs {@code --retry-failed} redoes. */
  List<IngestResult> failures() {
    return read(() -> results("WHERE status IN ('SKIPPED', 'FAILED')"));
  }

  private List<IngestResult> results(String where, Object... args) throws SQLException {
    List<IngestResult> out = new ArrayList<>();
    try (PreparedStatement ps = prepare("SELECT source, status, reason, detail, doc_id, of_doc FROM ingest_result " + where
        + " ORDER BY source", args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new IngestResult(rs.getString(1), IngestStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6)));
      }
    }
    return out;
  }

  private void upsertResult(IngestResult r) throws SQLException {
    int n = update("UPDATE ingest_result SET status = ?, reason = ?, detail = ?, doc_id = ?, of_doc = ? WHERE source = ?",
        r.status().name(), r.reason(), cut(r.detail(), 4000), r.docId(), r.ofDoc(), r.source());
    if (n == 0) {
      update("INSERT INTO ingest_result (source, status, reason, detail, doc_id, of_doc) VALUES (?,?,?,?,?,?)",
          r.source(), r.status().name(), r.reason(), cut(r.detail(), 4000), r.docId(), r.ofDoc());
    }
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

  private int update(String sql, Object... args) throws SQLException {
    return tx.update(sql, args);
  }

  private String string(String sql, Object... args) throws SQLException {
    return tx.string(sql, args);
  }

  private long number(String sql, Object... args) throws SQLException {
    return tx.number(sql, args);
  }

  private static String cut(String s, int max) {
    return LedgerStore.cut(s, max);
  }

  private static String extractors(Ledger l) {
    return LedgerStore.extractors(l);
  }

  private static byte[] bytes(int[] ints) {
    return LedgerStore.bytes(ints);
  }

  private static int[] ints(byte[] bytes) {
    return LedgerStore.ints(bytes);
  }
}
