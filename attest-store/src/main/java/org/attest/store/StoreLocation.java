package org.attest.store;

import java.nio.file.Path;

/**
 * Where a store lives: a directory for the embedded H2 store (the default, {@code ./attest-data}),
 * or a {@code jdbc:postgresql://host:port/db} URL. PostgreSQL credentials come from the URL's
 * {@code user}/{@code password} parameters or from {@code ATTEST_DB_USER}/{@code ATTEST_DB_PASSWORD}.
 */
public record StoreLocation(String jdbcUrl, String user, String password, Dialect dialect, String display) {

  public static final String DEFAULT = "attest-data";

  public enum Dialect {
    H2,
    POSTGRESQL
  }

  /**
   * Parses a {@code --db} value. The embedded store is an H2 file database {@code attest.mv.db} in
   * the directory, opened with {@code AUTO_SERVER=TRUE}: the first process to open it serves it to
   * the others over a loopback socket, so two {@code attest} commands can use one store at once.
   */
  public static StoreLocation parse(String location) {
    String loc = location == null || location.isBlank() ? DEFAULT : location.strip();
    if (loc.startsWith("jdbc:postgresql:")) {
      return new StoreLocation(loc, env("ATTEST_DB_USER"), env("ATTEST_DB_PASSWORD"), Dialect.POSTGRESQL, redact(loc));
    }
    if (loc.startsWith("jdbc:h2:")) {
      return new StoreLocation(loc, "sa", "", Dialect.H2, loc);
    }
    if (loc.startsWith("jdbc:")) {
      throw new IllegalArgumentException("unsupported database URL (use a directory or jdbc:postgresql://…): " + loc);
    }
    Path dir = Path.of(loc).toAbsolutePath().normalize();
    String url = "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;COMPRESS=TRUE;LOCK_TIMEOUT=120000";
    return new StoreLocation(url, "sa", "", Dialect.H2, dir.toString());
  }

  /** The user the store is opened as, for messages: the URL's or the environment's, quoted. */
  public String userForDisplay() {
    if (user != null) {
      return "'" + user + "'";
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]user=([^&]*)").matcher(jdbcUrl);
    if (m.find()) {
      return "'" + java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8) + "'";
    }
    return "(none given: the driver's default)";
  }

  /** The embedded store's database name in its directory ({@code attest.mv.db} on disk). */
  static final String DATABASE_NAME = "attest";

  /**
   * The file of a store given as a directory (the default embedded store), or null for a database
   * given by URL (PostgreSQL, or an H2 URL whose file Attest does not manage).
   */
  public Path storeFile() {
    return dialect == Dialect.H2 && !display.startsWith("jdbc:") ? Path.of(display).resolve(DATABASE_NAME + ".mv.db") : null;
  }

  public boolean embedded() {
    return dialect == Dialect.H2 && jdbcUrl.startsWith("jdbc:h2:file:");
  }

  private static String env(String name) {
    String v = System.getenv(name);
    return v == null || v.isEmpty() ? null : v;
  }

  private static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  @Override
  public String toString() {
    return display;
  }
}
