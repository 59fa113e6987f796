package org.attest.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract on PostgreSQL at {@code $ATTEST_TEST_PG_URL} (start one with
 * {@code eval "$(.ci/postgres.sh)"}). Skipped with a message when the variable is unset, except
 * under {@code CI=true}, where it fails. Each store is a fresh schema, dropped afterwards.
 */
class PostgresStoreTest extends StoreContract {

  private final List<String> schemas = new ArrayList<>();
  private String url;

  static String pgUrl() {
    String url = System.getenv("ATTEST_TEST_PG_URL");
    if (url == null || url.isBlank()) {
      String msg = "ATTEST_TEST_PG_URL is not set: start PostgreSQL with eval \"$(.ci/postgres.sh)\"";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(msg + " (required under CI=true)");
      }
      Assumptions.abort(msg);
    }
    return url;
  }

  @BeforeEach
  void requirePostgres() {
    url = pgUrl();
  }

  @Override
  LedgerStore newStore() {
    String schema = "t" + Long.toHexString(System.nanoTime()) + schemas.size();
    exec("CREATE SCHEMA " + schema);
    schemas.add(schema);
    return reopen();
  }

  @Override
  LedgerStore reopen() {
    return LedgerStore.open(url + "&currentSchema=" + schemas.get(schemas.size() - 1));
  }

  @AfterEach
  void dropSchemas() {
    for (String s : schemas) {
      exec("DROP SCHEMA " + s + " CASCADE");
    }
  }

  private void exec(String sql) {
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
