package org.attest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The security model: loopback or token, 401 for writes without it, CSP, upload limits, Host check. */
class SecurityTest {

  private static final String TOKEN = "s3cret-token-for-tests";

  @Test
  void aNonLoopbackBindWithoutATokenRefusesToStartAndOpensNothing() throws Exception {
    ServeOptions o = Desks.options("refuse").withBind("0.0.0.0");
    assertThatThrownBy(() -> WebServer.start(o, Desks.NO_PIPELINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refusing to listen on 0.0.0.0 without a token")
        .hasMessageContaining("--token");
    // the refusal comes before the store is opened: no database was created
    assertThat(Files.exists(Path.of(o.db()).resolve("attest.mv.db"))).isFalse();
  }

  @Test
  void loopbackNeedsNoTokenAndAnyOtherAddressDoes() {
    assertThat(AccessPolicy.isLoopback("127.0.0.1")).isTrue();
    assertThat(AccessPolicy.isLoopback("::1")).isTrue();
    assertThat(AccessPolicy.isLoopback("localhost")).isTrue();
    assertThat(AccessPolicy.isLoopback("0.0.0.0")).isFalse();
    assertThat(AccessPolicy.isLoopback("10.1.2.3")).isFalse();
    ServeOptions open = ServeOptions.of("x").withBind("0.0.0.0").withToken(TOKEN, false);
    AccessPolicy p = AccessPolicy.of(open);
    assertThat(p.check(false, null)).isEqualTo(AccessPolicy.Verdict.NEEDS_TOKEN);
    assertThat(p.check(true, "Bearer " + TOKEN)).isEqualTo(AccessPolicy.Verdict.ALLOWED);
    assertThat(p.check(true, "Bearer " + TOKEN + "x")).isEqualTo(AccessPolicy.Verdict.NEEDS_TOKEN);
    assertThat(p.check(true, "Basic " + TOKEN)).isEqualTo(AccessPolicy.Verdict.NEEDS_TOKEN);
    AccessPolicy reads = AccessPolicy.of(open.withToken(TOKEN, true));
    assertThat(reads.check(false, null)).isEqualTo(AccessPolicy.Verdict.ALLOWED);
    assertThat(reads.check(true, null)).isEqualTo(AccessPolicy.Verdict.NEEDS_TOKEN);
    assertThatThrownBy(() -> AccessPolicy.of(open.withToken("short", false))).hasMessageContaining("too short");
  }

  @Test
  void withATokenEveryWriteAndReadNeedsIt() throws Exception {
    try (WebServer s = WebServer.start(Desks.options("token").withToken(TOKEN, false), Desks.NO_PIPELINE)) {
      Http anonymous = new Http(s.url(), null);
      Http wrong = new Http(s.url(), "not-the-token-at-all");
      Http owner = new Http(s.url(), TOKEN);

      HttpResponse<String> read = anonymous.get("/api/documents");
      assertThat(read.statusCode()).isEqualTo(401);
      assertThat(read.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
      assertThat(read.body()).contains("Authorization: Bearer");
      assertThat(wrong.get("/api/documents").statusCode()).isEqualTo(401);
      assertThat(owner.get("/api/documents").statusCode()).isEqualTo(200);

      // every write: ingest, merge, split, undo
      assertThat(anonymous.postMultipart("/api/ingest", Map.of(), Map.of("text", "A text."), true).statusCode()).isEqualTo(401);
      assertThat(anonymous.postJson("/api/decisions", "{\"action\":\"MERGE\",\"names\":[\"A\",\"B\"]}", true).statusCode())
          .isEqualTo(401);
      assertThat(anonymous.postJson("/api/decisions", "{\"action\":\"SPLIT\",\"names\":[\"A\",\"B\"]}", true).statusCode())
          .isEqualTo(401);
      assertThat(anonymous.postJson("/api/decisions/m1/undo", "", true).statusCode()).isEqualTo(401);
      assertThat(wrong.postJson("/api/decisions/m1/undo", "", true).statusCode()).isEqualTo(401);

      // with the token a write goes through (and is recorded)
      HttpResponse<String> merged = owner.postJson("/api/decisions", "{\"action\":\"MERGE\",\"names\":[\"Tehran\",\"Iran\"]}", true);
      assertThat(merged.statusCode()).isEqualTo(201);
      assertThat(merged.body()).contains("\"id\":\"m1\"");
      assertThat(owner.postJson("/api/decisions/m1/undo", "", true).statusCode()).isEqualTo(200);
      assertThat(owner.postJson("/api/decisions/m1/undo", "", true).statusCode()).isEqualTo(404);

      // the shell and the scripts hold no data and load without the token (the page then asks for it)
      assertThat(anonymous.get("/timeline").statusCode()).isEqualTo(200);
      assertThat(anonymous.get("/assets/app.js").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void openReadsLetReadsThroughButNotWrites() throws Exception {
    try (WebServer s = WebServer.start(Desks.options("open").withToken(TOKEN, true), Desks.NO_PIPELINE)) {
      Http anonymous = new Http(s.url(), null);
      assertThat(anonymous.get("/api/documents").statusCode()).isEqualTo(200);
      assertThat(anonymous.postJson("/api/decisions", "{\"action\":\"MERGE\",\"names\":[\"A\",\"B\"]}", true).statusCode())
          .isEqualTo(401);
      assertThat(anonymous.postMultipart("/api/ingest", Map.of("a.txt", "x".getBytes(StandardCharsets.UTF_8)), Map.of(), true)
          .statusCode()).isEqualTo(401);
    }
  }

  @Test
  void writesNeedTheRequestHeaderThatCrossSiteFormsCannotSend() throws Exception {
    try (WebServer s = WebServer.start(Desks.options("csrf"), Desks.NO_PIPELINE)) {
      Http h = new Http(s.url(), null);
      HttpResponse<String> r = h.postJson("/api/decisions", "{\"action\":\"MERGE\",\"names\":[\"A\",\"B\"]}", false);
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(r.body()).contains(WebServer.WRITE_HEADER);
      assertThat(h.get("/api/decisions").body()).isEqualTo("[]");
    }
  }

  @Test
  void everyResponseCarriesAStrictContentSecurityPolicy() throws Exception {
    try (WebServer s = WebServer.start(Desks.options("csp"), Desks.NO_PIPELINE)) {
      Http h = new Http(s.url(), null);
      for (String path : new String[] {"/", "/documents/abc", "/assets/app.js", "/api/status", "/api/documents/nope", "/nowhere",
          "/openapi.json"}) {
        HttpResponse<String> r = h.get(path);
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(path).contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe-inline")
            .doesNotContain("unsafe-eval").contains("object-src 'none'");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      }
      assertThat(h.get("/nowhere").statusCode()).isEqualTo(404);
      // the shell has no inline script and no inline style
      String shell = h.get("/").body();
      assertThat(shell).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("style=").doesNotContain(" on");
      assertThat(h.get("/webjars/vis/../../etc/passwd").statusCode()).isEqualTo(404);
      assertThat(h.get("/assets/..%2Fopenapi.json").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void anUploadOverTheLimitGetsAClear413() throws Exception {
    try (WebServer s = WebServer.start(Desks.options("limit").withMaxUploadBytes(10_000), Desks.NO_PIPELINE)) {
      Http h = new Http(s.url(), null);
      byte[] big = "word ".repeat(5000).getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> r = h.postMultipart("/api/ingest", Map.of("big.txt", big), Map.of(), true);
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(r.body()).contains("limit is 10000 bytes");
      HttpResponse<String> notMultipart = h.postJson("/api/ingest", "{}", true);
      assertThat(notMultipart.statusCode()).isEqualTo(415);
      // a body that is not the multipart it claims: 400 with the reason, not a 500
      for (String body : new String[] {"--xx\r\nbroken", "x"}) {
        String r2 = raw(s.port(), "POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\n" + WebServer.WRITE_HEADER
            + ": 1\r\nContent-Type: multipart/form-data; boundary=xx\r\nContent-Length: " + body.length()
            + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(r2).as(body).startsWith("HTTP/1.1 400").contains("not well-formed multipart");
      }
      HttpResponse<String> empty = h.postMultipart("/api/ingest", Map.of(), Map.of("text", "  "), true);
      assertThat(empty.statusCode()).isEqualTo(400);
      assertThat(empty.body()).contains("nothing to ingest");
    }
  }

  @Test
  void onLoopbackOnlyLoopbackHostNamesAreAnswered() throws Exception {
    try (WebServer s = WebServer.start(Desks.options("host"), Desks.NO_PIPELINE)) {
      // a page on another site that rebinds its name to 127.0.0.1 sends its own Host
      assertThat(rawStatus(s.port(), "attacker.example")).isEqualTo(403);
      assertThat(rawStatus(s.port(), "127.0.0.1:" + s.port())).isEqualTo(200);
      assertThat(rawStatus(s.port(), "localhost:" + s.port())).isEqualTo(200);
    }
    assertThat(WebServer.loopbackHost("[::1]:8080")).isTrue();
    assertThat(WebServer.loopbackHost("127.0.0.1.attacker.example")).isFalse();
  }

  @Test
  void theServerStopsListeningWhenClosed() throws Exception {
    int port;
    try (WebServer s = WebServer.start(Desks.options("stop"), Desks.NO_PIPELINE)) {
      port = s.port();
      assertThat(rawStatus(port, "127.0.0.1")).isEqualTo(200);
    }
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
  }

  @Test
  void everyApiRouteNeedsTheTokenAndItsHeaders() throws Exception {
    try (WebServer s = WebServer.start(Desks.options("routes").withToken(TOKEN, false), Desks.NO_PIPELINE)) {
      Http anonymous = new Http(s.url(), null);
      Http owner = new Http(s.url(), TOKEN);
      assertThat(s.apiRoutes()).hasSizeGreaterThan(15);
      for (String route : s.apiRoutes()) {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1).replace("{id}", "x1");
        if (path.equals("/api/search")) {
          path += "?q=ship";
        }
        HttpResponse<String> without = method.equals("GET") ? anonymous.get(path) : anonymous.postJson(path, "{}", true);
        assertThat(without.statusCode()).as(route + " without the token").isEqualTo(401);
        HttpResponse<String> with = method.equals("GET") ? owner.get(path) : owner.postJson(path, "{}", true);
        assertThat(with.statusCode()).as(route + " with the token").isNotIn(401, 403, 500);
        if (method.equals("POST")) {
          assertThat(owner.postJson(path, "{}", false).statusCode()).as(route + " without the CSRF header").isEqualTo(403);
        }
        assertThat(with.headers().firstValue("Content-Security-Policy")).as(route).isPresent();
        assertThat(with.headers().firstValue("Cache-Control")).as(route).hasValue("no-store");
      }
    }
  }

  @Test
  void jettysOwnErrorPagesCarryTheSameHeaders() throws Exception {
    try (WebServer s = WebServer.start(Desks.options("jetty-errors"), Desks.NO_PIPELINE)) {
      // refused by Jetty before any route (a traversal, a malformed request line, a huge header)
      for (String request : new String[] {
          "GET /assets/../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
          "GET /assets/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
          "GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n",
          "GET /%00 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"}) {
        String response = raw(s.port(), request);
        String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
        int status = Integer.parseInt(head.split(" ")[1]);
        assertThat(status).as(request.substring(0, 40)).isBetween(400, 499);
        assertThat(head).as(head).contains("Content-Security-Policy: default-src 'self'").contains("X-Content-Type-Options: nosniff")
            .contains("X-Frame-Options: DENY");
        assertThat(response).doesNotContain("/etc/passwd").doesNotContain("root:");
      }
    }
  }

  @Test
  void aForeignOriginIsRefusedEvenWithTheRequestHeader() throws Exception {
    try (WebServer s = WebServer.start(Desks.options("origin"), Desks.NO_PIPELINE)) {
      String merge = "{\"action\":\"MERGE\",\"names\":[\"A\",\"B\"]}";
      String self = "http://127.0.0.1:" + s.port();
      for (String origin : new String[] {"http://evil.example", "null", "http://127.0.0.1:1",
          "http://localhost:" + s.port() + ".evil.example", "file://"}) {
        String write = raw(s.port(), "POST /api/decisions HTTP/1.1\r\nHost: 127.0.0.1:" + s.port() + "\r\nOrigin: " + origin
            + "\r\n" + WebServer.WRITE_HEADER + ": 1\r\nContent-Type: application/json\r\nContent-Length: " + merge.length()
            + "\r\nConnection: close\r\n\r\n" + merge);
        assertThat(write).as(origin).startsWith("HTTP/1.1 403").contains("another origin");
        String read = raw(s.port(), "GET /api/documents HTTP/1.1\r\nHost: 127.0.0.1:" + s.port() + "\r\nOrigin: " + origin
            + "\r\nConnection: close\r\n\r\n");
        assertThat(read).as(origin).startsWith("HTTP/1.1 403");
      }
      assertThat(new Http(s.url(), null).get("/api/decisions").body()).isEqualTo("[]");
      // the desk's own pages send their own origin: allowed
      String own = raw(s.port(), "POST /api/decisions HTTP/1.1\r\nHost: 127.0.0.1:" + s.port() + "\r\nOrigin: " + self
          + "\r\n" + WebServer.WRITE_HEADER + ": 1\r\nContent-Type: application/json\r\nContent-Length: " + merge.length()
          + "\r\nConnection: close\r\n\r\n" + merge);
      assertThat(own).startsWith("HTTP/1.1 201");
    }
    assertThat(WebServer.sameOrigin("http://localhost", "localhost:80")).isTrue();
    assertThat(WebServer.sameOrigin("http://[::1]:8080", "[::1]:8080")).isTrue();
    assertThat(WebServer.sameOrigin(null, "127.0.0.1:8080")).isTrue();
    assertThat(WebServer.sameOrigin("http://user@127.0.0.1:8080", "127.0.0.1:8080")).isFalse();
  }

  @Test
  void aBusyPortIsOneClearLine() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
      ServeOptions o = Desks.options("busy").withPort(taken.getLocalPort());
      assertThatThrownBy(() -> WebServer.start(o, Desks.NO_PIPELINE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("cannot listen on 127.0.0.1:" + taken.getLocalPort()
              + ": the port is in use (another attest serve?); choose another with --port");
    }
  }

  @Test
  void startingAndStoppingPrintsNothing() throws Exception {
    java.io.PrintStream err = System.err;
    java.io.PrintStream out = System.out;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    java.io.PrintStream capture = new java.io.PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setErr(capture);
    System.setOut(capture);
    try {
      // a fresh store: the migrations run (Flyway would log them), Javalin starts (its logger banner)
      try (WebServer s = WebServer.start(Desks.options("quiet"), Desks.NO_PIPELINE)) {
        assertThat(new Http(s.url(), null).get("/api/status").statusCode()).isEqualTo(200);
      }
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private static String raw(int port, String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static int rawStatus(int port, String host) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET /api/status HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }
}
