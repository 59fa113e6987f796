package org.attest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2 file database. */
class H2StoreTest extends StoreContract {

  @TempDir Path dir;
  private final AtomicInteger n = new AtomicInteger();
  private Path current;

  @Override
  LedgerStore newStore() {
    current = dir.resolve("store" + n.incrementAndGet());
    return LedgerStore.open(current.toString());
  }

  @Override
  LedgerStore reopen() {
    return LedgerStore.open(current.toString());
  }

  /**
   * A store written before V3/V4 (its documents' rows copied into the doc_* tables, its view into
   * the corpus_* tables) opens: the migrations drop the copies, the documents stay.
   */
  @Test
  void aStoreWithTheWriteOnlyTablesUpgradesAndKeepsItsDocuments() throws Exception {
    current = dir.resolve("v2-store");
    StoreLocation loc = StoreLocation.parse(current.toString());
    java.nio.file.Files.createDirectories(current);
    Flyway.configure().dataSource(loc.jdbcUrl(), loc.user(), loc.password()).locations("classpath:db/migration")
        .target("2").load().migrate();
    try (Connection c = DriverManager.getConnection(loc.jdbcUrl(), loc.user(), loc.password());
        Statement st = c.createStatement()) {
      st.executeUpdate("INSERT INTO document (id, seq, sha256, source, language, text_length, body, ledger_json)"
          + " VALUES ('d0', 1, '" + "0".repeat(64) + "', '/in/old.txt', 'en', 4, 'old\n', '{}')");
      st.executeUpdate("INSERT INTO doc_entity (doc_id, local_id, name, entity_type, aliases) VALUES ('d0', 'e1', 'x', 'OTHER', '[]')");
      st.executeUpdate("INSERT INTO corpus_cluster (id, events, independent_sources, denied_by) VALUES ('c1', 1, 1, 0)");
    }
    try (LedgerStore s = reopen()) {
      assertThat(s.text("d0")).contains("old\n");
    }
    try (Connection c = DriverManager.getConnection(loc.jdbcUrl(), loc.user(), loc.password());
        ResultSet rs = c.createStatement().executeQuery("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES"
            + " WHERE LOWER(TABLE_NAME) LIKE 'doc\\_%' ESCAPE '\\' OR LOWER(TABLE_NAME) LIKE 'corpus\\_%' ESCAPE '\\'")) {
      java.util.List<String> left = new java.util.ArrayList<>();
      while (rs.next()) {
        left.add(rs.getString(1));
      }
      assertThat(left).containsExactly("corpus_view");
    }
  }

  /**
   * copy_of and copy_similarity are read each by its own null check: a copy whose similarity is
   * unknown reads as null (not 0.0), an original with a stray similarity keeps it. (The reader
   * used to ask wasNull() of copy_of's column for copy_similarity.)
   */
  @Test
  void copySimilarityIsNullExactlyWhenItsColumnIs() throws Exception {
    NewDocument original = Fixtures.doc("Riverton council", "one", "/in/1.txt", 5);
    NewDocument copy = Fixtures.doc("Riverton council", "two", "/in/2.txt", 5);
    try (LedgerStore s = newStore()) {
      s.commitDocument(original, Fixtures.SAME_FIRST_HASH);
      s.commitDocument(copy, Fixtures.SAME_FIRST_HASH);
      assertThat(s.documents().stream().filter(d -> d.id().equals(copy.info().id())).findFirst().orElseThrow()
          .copySimilarity()).isEqualTo(0.9);
    }
    StoreLocation loc = StoreLocation.parse(current.toString());
    try (Connection c = DriverManager.getConnection(loc.jdbcUrl(), loc.user(), loc.password())) {
      c.createStatement().executeUpdate("UPDATE document SET copy_similarity = NULL WHERE copy_of IS NOT NULL");
      c.createStatement().executeUpdate("UPDATE document SET copy_similarity = 0.5 WHERE copy_of IS NULL");
    }
    try (LedgerStore s = reopen()) {
      Map<String, StoredDocument> byId = s.documents().stream().collect(Collectors.toMap(StoredDocument::id, d -> d));
      assertThat(byId.get(copy.info().id()).copyOf()).isEqualTo(original.info().id());
      assertThat(byId.get(copy.info().id()).copySimilarity()).isNull();
      assertThat(byId.get(original.info().id()).copyOf()).isNull();
      assertThat(byId.get(original.info().id()).copySimilarity()).isEqualTo(0.5);
    }
  }
}
