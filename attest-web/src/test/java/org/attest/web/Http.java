package org.attest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small HTTP client for the API tests: real requests to a real server on loopback. */
final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  final String base;
  final String token;

  Http(String base, String token) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.token = token;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return CLIENT.send(auth(HttpRequest.newBuilder(URI.create(base + path))).GET().timeout(Duration.ofMinutes(2)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return CLIENT.send(auth(HttpRequest.newBuilder(URI.create(base + path))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> postJson(String path, String json, boolean writeHeader) throws IOException, InterruptedException {
    HttpRequest.Builder b = auth(HttpRequest.newBuilder(URI.create(base + path)))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (writeHeader) {
      b.header(WebServer.WRITE_HEADER, "1");
    }
    return CLIENT.send(b.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A multipart/form-data POST: files by name, and text fields. */
  HttpResponse<String> postMultipart(String path, Map<String, byte[]> files, Map<String, String> fields, boolean writeHeader)
      throws IOException, InterruptedException {
    String boundary = "----attest-test-boundary-7d9f1";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.getKey()
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(f.getValue());
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    for (Map.Entry<String, String> f : fields.entrySet()) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue()
          + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b = auth(HttpRequest.newBuilder(URI.create(base + path)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (writeHeader) {
      b.header(WebServer.WRITE_HEADER, "1");
    }
    return CLIENT.send(b.timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder auth(HttpRequest.Builder b) {
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  /** The bundled sample articles and their sidecars, by file name. */
  static Map<String, byte[]> examples() throws IOException {
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    try (var s = Files.list(examplesDir())) {
      List<Path> all = new ArrayList<>(s.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.(txt|meta\\.json)")).sorted().toList());
      for (Path p : all) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  static Path examplesDir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("examples/01-harbor-wire.txt"))) {
        return p.resolve("examples");
      }
    }
    throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
  }
}
