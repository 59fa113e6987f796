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
 * @param uploadSeconds the time budget of one upload's extraction (loading the models the first
 *     time does not count): extraction past it is stopped and the documents not done fail with
 *     the reason (the server thread is free again)
 * @param maxDocumentBytes the largest single document of an upload (smaller than {@code attest
 *     ingest}'s limit: a server answers while it extracts)
 */
public record ServeOptions(
    String db, String bind, int port, String token, boolean openReads, long maxUploadBytes, Path uploadDir,
    int uploadSeconds, long maxDocumentBytes) {

  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
  public static final int DEFAULT_UPLOAD_SECONDS = 120;
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 1024L * 1024;

  /** The options before the upload budget existed: the default budget. */
  public ServeOptions(String db, String bind, int port, String token, boolean openReads, long maxUploadBytes, Path uploadDir) {
    this(db, bind, port, token, openReads, maxUploadBytes, uploadDir, DEFAULT_UPLOAD_SECONDS, DEFAULT_MAX_DOCUMENT_BYTES);
  }

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
    if (uploadSeconds <= 0) {
      throw new IllegalArgumentException("--upload-seconds must be positive, not " + uploadSeconds);
    }
    if (maxDocumentBytes <= 0) {
      throw new IllegalArgumentException("--max-document-bytes must be positive, not " + maxDocumentBytes);
    }
  }

  public static ServeOptions of(String db) {
    return new ServeOptions(db, DEFAULT_BIND, DEFAULT_PORT, null, false, DEFAULT_MAX_UPLOAD_BYTES, null, DEFAULT_UPLOAD_SECONDS,
        DEFAULT_MAX_DOCUMENT_BYTES);
  }

  public ServeOptions withPort(int p) {
    return new ServeOptions(db, bind, p, token, openReads, maxUploadBytes, uploadDir, uploadSeconds, maxDocumentBytes);
  }

  public ServeOptions withBind(String b) {
    return new ServeOptions(db, b, port, token, openReads, maxUploadBytes, uploadDir, uploadSeconds, maxDocumentBytes);
  }

  public ServeOptions withToken(String t, boolean open) {
    return new ServeOptions(db, bind, port, t, open, maxUploadBytes, uploadDir, uploadSeconds, maxDocumentBytes);
  }

  public ServeOptions withMaxUploadBytes(long n) {
    return new ServeOptions(db, bind, port, token, openReads, n, uploadDir, uploadSeconds, maxDocumentBytes);
  }

  public ServeOptions withUploadBudget(int seconds, long documentBytes) {
    return new ServeOptions(db, bind, port, token, openReads, maxUploadBytes, uploadDir, seconds, documentBytes);
  }
}
