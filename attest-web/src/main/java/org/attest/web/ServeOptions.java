package org.attest.web;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@code attest serve} runs.
 *
 * @param db the store location ({@code --db})
 * @param bind the address to listen on; loopback unless a token is given
 * @param port the port (0: any free port, for tests)
 * @param token the bearer token every write (and, unless {@code openReads}, every read) must carry,
 *     or null for none
 * @param openReads with a token, let reads through without it
 * @param maxUploadBytes the largest ingest request (all files and pasted text together)
 * @param uploadDir where uploaded files are kept (so that a later {@code --retry-failed} can read
 *     them again), or null for {@code DB/uploads} (embedded store) or a temporary directory
 */
public record ServeOptions(
    String db, String bind, int port, String token, boolean openReads, long maxUploadBytes, Path uploadDir) {

  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

  public ServeOptions {
    Objects.requireNonNull(db, "db");
    bind = bind == null || bind.isBlank() ? DEFAULT_BIND : bind.strip();
    token = token == null || token.isBlank() ? null : token.strip();
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
    }
    if (maxUploadBytes <= 0) {
      throw new IllegalArgumentException("the upload limit must be positive");
    }
  }

  public static ServeOptions of(String db) {
    return new ServeOptions(db, DEFAULT_BIND, DEFAULT_PORT, null, false, DEFAULT_MAX_UPLOAD_BYTES, null);
  }

  public ServeOptions withPort(int p) {
    return new ServeOptions(db, bind, p, token, openReads, maxUploadBytes, uploadDir);
  }

  public ServeOptions withBind(String b) {
    return new ServeOptions(db, b, port, token, openReads, maxUploadBytes, uploadDir);
  }

  public ServeOptions withToken(String t, boolean open) {
    return new ServeOptions(db, bind, port, t, open, maxUploadBytes, uploadDir);
  }

  public ServeOptions withMaxUploadBytes(long n) {
    return new ServeOptions(db, bind, port, token, openReads, n, uploadDir);
  }
}
