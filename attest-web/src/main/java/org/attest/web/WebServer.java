package org.attest.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.attest.crossdoc.ManualDecision;
import org.attest.export.ExportFormat;
import org.attest.export.Exporter;
import org.attest.model.LedgerExtractor;
import org.attest.model.LedgerJson;
import org.attest.store.SearchHit;
import org.attest.store.SearchKind;
import org.attest.web.ApiModel.ApiError;
import org.attest.web.ApiModel.Claim;
import org.attest.web.ApiModel.SearchResult;

/**
 * The analyst's desk: a REST API under {@code /api/} and a browser UI over one store.
 *
 * <p>Security model (see {@code docs/web.md}): loopback by default, a token required anywhere
 * else ({@link AccessPolicy}); every response carries a strict Content-Security-Policy (scripts
 * and styles only from this server, no inline script, no eval), so that article text, which is
 * untrusted, can never run as code even if a page forgot to escape it; the UI builds its DOM with
 * {@code textContent} only. Writes must carry an {@code X-Attest-Request} header, which a
 * cross-site form cannot send (CSRF), and on loopback the {@code Host} must be a loopback name
 * (DNS rebinding).
 */
public final class WebServer implements AutoCloseable {

  /** The policy every response carries. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
      + " form-action 'self'; frame-ancestors 'none'";

  /** The header a write must carry (a cross-site form cannot set it). */
  public static final String WRITE_HEADER = "X-Attest-Request";

  /** Pages of the UI: each serves the same shell, whose script renders the view the path names. */
  static final List<String> PAGES = List.of("/", "/timeline", "/events/{id}", "/claims", "/findings", "/findings/{id}", "/graph",
      "/entities",
      "/entities/{id}", "/documents", "/documents/{id}", "/ingest", "/search");

  private final ServeOptions options;
  private final AccessPolicy policy;
  private final Desk desk;
  private final Javalin app;
  private final Routes routes = new Routes();
  private final ObjectMapper json = LedgerJson.newMapper();
  private final Api api;

  private WebServer(ServeOptions options, AccessPolicy policy, Desk desk) {
    this.options = options;
    this.policy = policy;
    this.desk = desk;
    this.api = new Api(desk);
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = 1024 * 1024;
      config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
      config.jetty.modifyServer(server -> {
        server.setStopTimeout(2000);
        server.setErrorHandler(new JettyErrors()); // Jetty's own 400s carry the same headers
      });
    });
    install();
  }

  /**
   * Checks the options (a non-loopback address needs a token), opens the store and starts
   * listening.
   *
   * @param extractor makes the NLP pipeline the first time a new document is ingested
   * @throws IllegalArgumentException when the options are refused; nothing was opened
   */
  public static WebServer start(ServeOptions options, Supplier<LedgerExtractor> extractor) {
    AccessPolicy policy = AccessPolicy.of(options);
    Desk desk = new Desk(options, Objects.requireNonNull(extractor));
    WebServer server = new WebServer(options, policy, desk);
    try {
      server.app.start(options.bind(), options.port());
    } catch (Exception e) { // Javalin (Kotlin) also throws checked exceptions it does not declare
      try {
        server.app.stop();
      } catch (RuntimeException ignored) {
        // it did not start
      }
      desk.close();
      if (options.port() != 0 && !free(options.bind(), options.port())) {
        throw new IllegalArgumentException("cannot listen on " + options.bind() + ":" + options.port()
            + ": the port is in use (another attest serve?); choose another with --port");
      }
      throw new IllegalArgumentException("cannot listen on " + options.bind() + ":" + options.port() + ": "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
    return server;
  }

  private static boolean free(String bind, int port) {
    try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new java.net.InetSocketAddress(java.net.InetAddress.getByName(bind), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url() {
    String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
    return "http://" + host + ":" + port() + "/";
  }

  public String storeLocation() {
    return desk.location();
  }

  /** The API routes, as {@code METHOD path} (the OpenAPI description must cover each). */
  public List<String> apiRoutes() {
    return routes.api;
  }

  @Override
  public void close() {
    // an upload being extracted is stopped first, so that its request answers and the listener
    // can stop gracefully; whatever Jetty still says about requests in flight is not worth a trace
    desk.stopWork();
    try {
      app.stop();
    } catch (Exception e) { // Javalin (Kotlin) may throw what it does not declare
      // stopping anyway
    }
    desk.close();
  }

  // ------------------------------------------------------------------ wiring

  private void install() {
    app.before(this::guard);
    app.exception(MovedException.class, (e, ctx) -> {
      ctx.header("Location", e.location);
      error(ctx, 301, e.getMessage());
    });
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      if (tooLarge(e)) {
        error(ctx, 413, "the upload is larger than the limit of " + options.maxUploadBytes() + " bytes");
      } else {
        error(ctx, 500, "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      }
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        error(ctx, 404, "no such page or resource: " + ctx.path());
      }
    });
    app.error(405, ctx -> error(ctx, 405, "method not allowed"));

    for (String page : PAGES) {
      app.get(page, ctx -> StaticAssets.serve(ctx, "index.html"));
    }
    app.get("/assets/{file}", ctx -> StaticAssets.serve(ctx, ctx.pathParam("file")));
    app.get("/webjars/{lib}/{file}", ctx -> StaticAssets.serveLibrary(ctx, ctx.pathParam("lib"), ctx.pathParam("file")));
    app.get("/openapi.json", ctx -> StaticAssets.serveOpenApi(ctx));

    get("/api/status", ctx -> send(ctx, api.status(policy.tokenRequired(), options.openReads())));
    cached("/api/documents", ctx -> api.documents(offset(ctx), limit(ctx)));
    cached("/api/documents/{id}", ctx -> found(api.document(ctx.pathParam("id")), "document"));
    cached("/api/entities", ctx -> api.entities(ctx.queryParam("q"), ctx.queryParam("type"), offset(ctx), limit(ctx)));
    cached("/api/entities/{id}", ctx -> foundOrMoved(api.entity(ctx.pathParam("id")), "entity", ctx.pathParam("id"), "/api/entities/"));
    cached("/api/sources", ctx -> api.sources(offset(ctx), limit(ctx)));
    cached("/api/events", ctx -> api.events(filter(ctx), offset(ctx), limit(ctx)));
    cached("/api/events/{id}", ctx -> foundOrMoved(api.eventCard(ctx.pathParam("id")), "event", ctx.pathParam("id"), "/api/events/"));
    cached("/api/timeline", ctx -> api.timeline(filter(ctx)));
    get("/api/attributions", this::claims);
    cached("/api/attributions/{id}", ctx -> found(api.claim(ctx.pathParam("id")), "attribution"));
    cached("/api/findings", ctx -> api.findings(ctx.queryParam("kind"), offset(ctx), limit(ctx)));
    cached("/api/findings/{id}", ctx -> found(api.finding(ctx.pathParam("id")), "finding"));
    cached("/api/graph", ctx -> api.graph(ctx.queryParam("event"), offset(ctx),
        number(ctx, "limit", CorpusSnapshot.GRAPH_EVENTS, 1, Page.MAX_LIMIT)));
    cached("/api/search", this::search);
    get("/api/export", this::export);
    cached("/api/decisions", ctx -> desk.decisions());
    post("/api/decisions", this::decide);
    post("/api/decisions/{id}/undo", ctx -> {
      String id = ctx.pathParam("id");
      if (!desk.undo(id)) {
        throw new ApiException(404, "no active decision " + id);
      }
      send(ctx, Map.of("undone", id));
    });
    post("/api/ingest", this::ingest);
  }

  private void get(String path, Handler h) {
    routes.api.add("GET " + path);
    app.get(path, h);
  }

  /** A read computed from the snapshot alone: its JSON is kept with the snapshot, by path and query. */
  private void cached(String path, Read read) {
    get(path, ctx -> {
      CorpusSnapshot snap = desk.snapshot();
      String key = ctx.path() + "?" + Objects.requireNonNullElse(ctx.queryString(), "");
      byte[] body = snap.cachedResponse(key);
      if (body == null) {
        // computed from the snapshot of now (perhaps newer than snap): kept with snap, never with a newer one
        body = json.writeValueAsBytes(read.answer(ctx));
        snap.cacheResponse(key, body);
      }
      ctx.contentType("application/json; charset=utf-8");
      ctx.result(body);
    });
  }

  @FunctionalInterface
  private interface Read {
    Object answer(Context ctx) throws Exception;
  }

  private void post(String path, Handler h) {
    routes.api.add("POST " + path);
    app.post(path, h);
  }

  /** Security headers on everything; access control on the API. */
  private void guard(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    if (policy.loopback() && !loopbackHost(ctx.header("Host"))) {
      throw new ApiException(403, "this server answers only to localhost/127.0.0.1 (Host was '" + ctx.header("Host") + "')");
    }
    String path = ctx.path();
    boolean write = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && ctx.method() != HandlerType.OPTIONS;
    if ((write || path.startsWith("/api/")) && !sameOrigin(ctx.header("Origin"), ctx.header("Host"))) {
      // a browser names the page that sent the request; a script on another site (or a client
      // pretending to be one) may not read or change anything, whatever headers it adds
      throw new ApiException(403, "requests from another origin are refused (Origin was '" + ctx.header("Origin") + "')");
    }
    if (!path.startsWith("/api/") && !write) {
      return; // the shell, the scripts and the OpenAPI description hold no data
    }
    ctx.header("Cache-Control", "no-store");
    if (policy.check(write, ctx.header("Authorization")) != AccessPolicy.Verdict.ALLOWED) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"attest\"");
      throw new ApiException(401, write ? "this server needs its token for changes: send 'Authorization: Bearer TOKEN'"
          : "this server needs its token: send 'Authorization: Bearer TOKEN'");
    }
    if (write) {
      if (ctx.header(WRITE_HEADER) == null) {
        throw new ApiException(403, "a change must carry the " + WRITE_HEADER + " header (the desk's pages send it)");
      }
      if (path.equals("/api/ingest")) {
        long length = ctx.req().getContentLengthLong();
        if (length < 0) {
          throw new ApiException(411, "an upload must say its length (Content-Length)");
        }
        if (length > options.maxUploadBytes()) {
          throw new ApiException(413, "the upload is " + length + " bytes; the limit is " + options.maxUploadBytes()
              + " bytes (attest serve --max-upload-bytes, or use 'attest ingest' for large batches)");
        }
      }
    }
  }

  /**
   * Whether an {@code Origin} header names this server (or is absent: not a cross-site browser
   * request). The origin's host and port must be the {@code Host} the request was sent to;
   * {@code Origin: null} (a sandboxed frame, a file) is foreign.
   */
  static boolean sameOrigin(String origin, String hostHeader) {
    if (origin == null) {
      return true;
    }
    if (hostHeader == null) {
      return false;
    }
    String o = origin.strip().toLowerCase(Locale.ROOT);
    String scheme;
    if (o.startsWith("http://")) {
      scheme = "http";
    } else if (o.startsWith("https://")) {
      scheme = "https";
    } else {
      return false;
    }
    String authority = o.substring(scheme.length() + 3);
    if (authority.isEmpty() || authority.contains("/") || authority.contains("@")) {
      return false;
    }
    return withPort(authority, scheme).equals(withPort(hostHeader.strip().toLowerCase(Locale.ROOT), scheme));
  }

  private static String withPort(String authority, String scheme) {
    boolean hasPort = authority.startsWith("[") ? authority.matches("\\[[^]]*]:\\d+") : authority.matches("[^:]*:\\d+");
    return hasPort ? authority : authority + (scheme.equals("https") ? ":443" : ":80");
  }

  static boolean loopbackHost(String hostHeader) {
    if (hostHeader == null) {
      return true; // HTTP/1.0 without Host: not a browser on another site
    }
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      return close > 0 && h.substring(1, close).equals("::1");
    }
    int colon = h.indexOf(':');
    String name = colon < 0 ? h : h.substring(0, colon);
    return name.equals("localhost") || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  // ------------------------------------------------------------------ handlers with bodies

  private void claims(Context ctx) throws IOException {
    boolean csv = "csv".equalsIgnoreCase(ctx.queryParam("format"));
    CorpusSnapshot snap = desk.snapshot();
    String key = ctx.path() + "?" + Objects.requireNonNullElse(ctx.queryString(), "");
    byte[] body = snap.cachedResponse(key);
    if (body == null) {
      ClaimQuery q = ClaimQuery.of(ctx::queryParam);
      // the filtered, sorted rows are kept per query: paging through them does not redo the work
      List<Claim> rows = snap.claimRows(q, () -> api.claims(q));
      body = csv ? ClaimQuery.csv(rows).getBytes(java.nio.charset.StandardCharsets.UTF_8)
          : json.writeValueAsBytes(Page.of(rows, offset(ctx), limit(ctx)));
      snap.cacheResponse(key, body);
    }
    if (csv) {
      ctx.contentType("text/csv; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"claims.csv\"");
    } else {
      ctx.contentType("application/json; charset=utf-8");
    }
    ctx.result(body);
  }

  private List<SearchResult> search(Context ctx) throws Exception {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new IllegalArgumentException("give a query: /api/search?q=words");
    }
    int limit = limit(ctx);
    String kind = ctx.queryParam("kind");
    List<SearchKind> kinds = kind == null || kind.isBlank() ? List.of(SearchKind.values())
        : List.of(parseKind(kind));
    List<SearchResult> out = new ArrayList<>();
    for (SearchKind k : kinds) {
      for (SearchHit h : desk.search(q, k, limit)) {
        out.add(api.searchResult(h, q));
      }
    }
    return out;
  }

  private static SearchKind parseKind(String kind) {
    return switch (kind.strip().toLowerCase(Locale.ROOT)) {
      case "document", "documents" -> SearchKind.DOCUMENT;
      case "claim", "claims", "attribution", "attributions" -> SearchKind.CLAIM;
      case "entity", "entities" -> SearchKind.ENTITY;
      default -> throw new IllegalArgumentException("kind must be document, claim or entity, not '" + kind + "'");
    };
  }

  private void export(Context ctx) throws IOException {
    ExportFormat f = ExportFormat.parse(ctx.queryParam("format") == null ? "json" : ctx.queryParam("format"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CorpusSnapshot snap = desk.snapshot();
    String host = ctx.header("Host");
    String base = host == null || !loopbackHost(host) && policy.loopback() ? null : "http://" + host + "/";
    Exporter.export(f, snap.corpus, snap.exportOptions(base), out);
    ctx.contentType(f.mediaType());
    ctx.header("Content-Disposition", "attachment; filename=\"" + f.defaultFileName() + "\"");
    ctx.result(out.toByteArray());
  }

  private void decide(Context ctx) throws IOException {
    JsonNode body;
    try {
      body = json.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the body must be JSON: {\"action\": \"MERGE\", \"names\": [\"A\", \"B\"]}");
    }
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object");
    }
    String action = body.path("action").asText("").toUpperCase(Locale.ROOT);
    List<String> names = new ArrayList<>();
    body.path("names").forEach(n -> names.add(n.asText().strip()));
    names.removeIf(String::isEmpty);
    String note = body.hasNonNull("note") ? body.get("note").asText() : null;
    ManualDecision.Action a;
    try {
      a = ManualDecision.Action.valueOf(action);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("action must be MERGE or SPLIT");
    }
    if (a == ManualDecision.Action.MERGE && names.size() < 2) {
      throw new IllegalArgumentException("a merge needs at least two entity names");
    }
    if (a == ManualDecision.Action.SPLIT && names.size() != 2) {
      throw new IllegalArgumentException("a split needs two names: the entity and the alias to split off");
    }
    ctx.status(201);
    send(ctx, desk.decide(a, names, note));
  }

  private void ingest(Context ctx) throws IOException {
    if (ctx.contentType() == null || !ctx.contentType().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw new ApiException(415, "send the files as multipart/form-data (field 'files'; pasted text in 'text')");
    }
    List<Desk.Upload> uploads = new ArrayList<>();
    List<InputStream> opened = new ArrayList<>();
    List<UploadedFile> files;
    try {
      files = ctx.uploadedFiles("files");
      ctx.formParam("text");
    } catch (Exception e) { // Javalin (Kotlin) throws the servlet's IOException undeclared
      if (tooLarge(e)) {
        throw e;
      }
      // a body that is not the multipart it says it is: the client's error, not the server's
      throw new IllegalArgumentException("the upload is not well-formed multipart/form-data: " + rootMessage(e));
    }
    try {
      for (UploadedFile f : files) {
        if (f.filename() == null || f.filename().isBlank()) {
          continue;
        }
        InputStream in = f.content();
        opened.add(in);
        uploads.add(new Desk.Upload(f.filename(), in));
      }
      Desk.Pasted pasted = new Desk.Pasted(ctx.formParam("text"), ctx.formParam("title"), ctx.formParam("outlet"),
          ctx.formParam("published"), ctx.formParam("url"));
      send(ctx, desk.ingest(uploads, pasted));
    } finally {
      for (InputStream in : opened) {
        in.close();
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    m = m.replaceAll("\\s+", " ").strip();
    return m.length() > 200 ? m.substring(0, 200) : m;
  }

  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (t instanceof IllegalStateException && (m.contains("exceeds") || m.contains("too large") || m.contains("max"))) {
        return true;
      }
    }
    return false;
  }

  static Map<String, String> filter(Context ctx) {
    Map<String, String> f = new LinkedHashMap<>();
    for (String k : List.of("entity", "source", "type", "from", "to")) {
      String v = ctx.queryParam(k);
      if (v != null && !v.isBlank()) {
        f.put(k, v.strip());
      }
    }
    for (String k : List.of("from", "to")) {
      if (f.containsKey(k) && !f.get(k).matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new IllegalArgumentException("'" + k + "' must be a date like 2025-03-04");
      }
    }
    return f;
  }

  static int offset(Context ctx) {
    return number(ctx, "offset", 0, 0, Integer.MAX_VALUE);
  }

  static int limit(Context ctx) {
    return number(ctx, "limit", Page.DEFAULT_LIMIT, 1, Page.MAX_LIMIT);
  }

  private static int number(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + name + "' must be a whole number from " + min + " to " + max + ", not '" + v + "'");
    }
  }

  /**
   * The item, or, for an id the corpus no longer has (stable ids, docs/store.md): a 301 to the
   * item it was merged into, 410 if it is gone, 404 for an id that never existed.
   */
  private <T> T foundOrMoved(T value, String what, String id, String base) {
    if (value != null) {
      return value;
    }
    java.util.Optional<String> now = desk.currentId(id);
    if (now.isPresent() && !now.get().equals(id)) {
      throw new MovedException(what + " " + id + " was merged into " + now.get(), base + now.get());
    }
    if (now.isEmpty()) {
      throw new ApiException(410, what + " " + id + " is no longer in the corpus");
    }
    throw new ApiException(404, "no such " + what);
  }

  /** An id that now names another item: answered with 301 and its location. */
  static final class MovedException extends ApiException {
    final String location;

    MovedException(String message, String location) {
      super(301, message);
      this.location = location;
    }
  }

  private static <T> T found(T value, String what) {
    if (value == null) {
      throw new ApiException(404, "no such " + what);
    }
    return value;
  }

  private void send(Context ctx, Object value) throws JsonProcessingException {
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(json.writeValueAsString(value));
  }

  private void error(Context ctx, int status, String message) {
    ctx.status(status);
    ctx.contentType("application/json; charset=utf-8");
    try {
      ctx.result(json.writeValueAsString(new ApiError(status, message)));
    } catch (JsonProcessingException e) {
      ctx.result("{\"status\":" + status + "}");
    }
  }

  /** An error with its HTTP status. */
  static class ApiException extends RuntimeException {
    final int status;

    ApiException(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private static final class Routes {
    final List<String> api = new ArrayList<>();
  }

}
