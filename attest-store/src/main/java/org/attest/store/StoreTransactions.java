package org.attest.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Properties;

/**
 * The store's transactions over its one connection: {@link #read} and {@link #write} run a unit
 * of work in a transaction (reconnecting and running it once more when the connection itself was
 * lost), {@link #lock} serializes writers across processes, and small statement helpers. Used by
 * the repositories and the search index; not thread-safe, like the store.
 */
final class StoreTransactions implements AutoCloseable {

  private final StoreLocation location;
  private Connection c;

  StoreTransactions(StoreLocation location, Connection c) {
    this.location = location;
    this.c = c;
  }

  /** The current connection (it changes after a reconnect: ask again in every unit of work). */
  Connection connection() {
    return c;
  }

  static Connection connect(StoreLocation location) throws SQLException {
    Properties p = new Properties();
    if (location.user() != null) {
      p.setProperty("user", location.user());
    }
    if (location.password() != null) {
      p.setProperty("password", location.password());
    }
    Connection c = DriverManager.getConnection(location.jdbcUrl(), p);
    c.setAutoCommit(false);
    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    return c;
  }

  @Override
  public void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw new StoreException("closing the store: " + e.getMessage(), e);
    }
  }


  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException;
  }

  <T> T read(Work<T> work) {
    try {
      return transaction(work);
    } catch (SQLException e) {
      throw new StoreException("store read failed: " + e.getMessage(), e);
    }
  }

  <T> T write(Work<T> work) {
    try {
      return transaction(work);
    } catch (SQLException | RuntimeException e) {
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("store write failed (nothing was changed): " + e.getMessage(), e);
    }
  }

  /**
   * Runs one transaction. When the connection itself is lost (the process serving an embedded
   * store to others exited; a PostgreSQL restart) the transaction was rolled back by the database,
   * so it reconnects (this process may become the server) and runs the whole unit once more.
   */
  <T> T transaction(Work<T> work) throws SQLException {
    try {
      T t = work.run();
      c.commit();
      return t;
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly();
      if (!(e instanceof SQLException se) || !connectionLost(se)) {
        throw e;
      }
      try {
        c.close();
      } catch (SQLException ignored) {
        // already broken
      }
      c = LedgerStore.retryingLockRace(location, () -> connect(location));
      try {
        T t = work.run();
        c.commit();
        return t;
      } catch (SQLException | RuntimeException again) {
        rollbackQuietly();
        throw again;
      }
    }
  }

  private boolean connectionLost(SQLException e) {
    String state = e.getSQLState();
    if (state != null && state.startsWith("08")) {
      return true;
    }
    try {
      return !c.isValid(2);
    } catch (SQLException notValid) {
      return true;
    }
  }

  private void rollbackQuietly() {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is gone; the database discards the open transaction itself
    }
  }

  /** Serializes writers across processes until this transaction ends. */
  void lock() throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM store_lock WHERE id = 1 FOR UPDATE"); ResultSet rs = ps.executeQuery()) {
      rs.next();
    }
  }

  PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a == null) {
        ps.setNull(i + 1, Types.NULL);
      } else if (a instanceof Double dv) {
        ps.setDouble(i + 1, dv);
      } else if (a instanceof byte[] b) {
        ps.setBytes(i + 1, b);
      } else {
        ps.setObject(i + 1, a);
      }
    }
    return ps;
  }

  int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(sql, args)) {
      return ps.executeUpdate();
    }
  }

  String string(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  long number(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
