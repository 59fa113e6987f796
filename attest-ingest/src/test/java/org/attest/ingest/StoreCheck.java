package org.attest.ingest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.attest.model.DocumentText;
import org.attest.store.IngestResult;
import org.attest.store.LedgerStore;
import org.attest.store.StoredDocument;

/**
 * A store's vital figures for the reliability suite, on one line of JSON:
 * {@code StoreCheck check DB [MARKER]} prints documents, distinct texts, results, failed and
 * skipped results, documents whose text holds MARKER, and the SHA-256 of the canonical dump.
 * {@code StoreCheck schema URL NAME} and {@code StoreCheck drop URL NAME} create and drop a
 * PostgreSQL schema (a fresh store per run).
 */
public final class StoreCheck {

  private StoreCheck() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "check" -> check(args[1], args.length > 2 ? args[2] : null);
      case "schema" -> exec(args[1], "CREATE SCHEMA " + args[2]);
      case "drop" -> exec(args[1], "DROP SCHEMA IF EXISTS " + args[2] + " CASCADE");
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static void exec(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static void check(String db, String marker) {
    try (LedgerStore s = LedgerStore.open(db)) {
      int docs = 0;
      int withMarker = 0;
      Set<String> shas = new HashSet<>();
      for (StoredDocument d : s.documents()) {
        docs++;
        shas.add(d.info().sha256());
        String text = s.text(d.id()).orElse("");
        if (marker != null && (text.contains(marker) || String.valueOf(d.info().title()).contains(marker))) {
          withMarker++;
        }
      }
      int results = 0;
      int failed = 0;
      int skipped = 0;
      for (IngestResult r : s.results()) {
        results++;
        switch (r.status()) {
          case FAILED -> failed++;
          case SKIPPED -> skipped++;
          default -> { }
        }
      }
      String dump = DocumentText.sha256(s.canonicalDump());
      System.out.printf("{\"documents\": %d, \"distinctTexts\": %d, \"results\": %d, \"failed\": %d, \"skipped\": %d,"
          + " \"withMarker\": %d, \"dumpSha256\": \"%s\", \"viewCurrent\": %b}%n", docs, shas.size(), results, failed, skipped,
          withMarker, dump, s.corpusViewCurrent());
    }
  }
}
