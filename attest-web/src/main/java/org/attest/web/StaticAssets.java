package org.attest.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The UI's files and the browser libraries, served from the classpath (the libraries come from
 * WebJars on Maven Central at build time; nothing is fetched from the internet at run time). Only
 * named files are served: no directory listing, no path from the request reaches the classpath
 * unchecked.
 */
final class StaticAssets {

  private static final String ROOT = "/org/attest/web/static/";

  /** Library files by {@code lib/file}: the exact WebJar resources the pages load. */
  private static final Map<String, String> LIBRARIES = Map.of(
      "vis/vis-timeline-graph2d.min.js", "/META-INF/resources/webjars/vis/4.19.1/dist/vis-timeline-graph2d.min.js",
      "vis/vis-timeline-graph2d.min.css", "/META-INF/resources/webjars/vis/4.19.1/dist/vis-timeline-graph2d.min.css",
      "cytoscape/cytoscape.min.js", "/META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js");

  private StaticAssets() {}

  static void serve(Context ctx, String file) throws IOException {
    if (!file.matches("[a-z0-9][a-z0-9.-]*\\.(html|js|css|svg|png)")) {
      throw new WebServer.ApiException(404, "no such file: " + file);
    }
    send(ctx, ROOT + file, file.endsWith(".html") ? "no-cache" : "max-age=300");
  }

  static void serveLibrary(Context ctx, String lib, String file) throws IOException {
    String resource = LIBRARIES.get(lib + "/" + file);
    if (resource == null) {
      throw new WebServer.ApiException(404, "no such library file: " + lib + "/" + file);
    }
    send(ctx, resource, "max-age=86400");
  }

  static void serveOpenApi(Context ctx) throws IOException {
    send(ctx, ROOT + "openapi.json", "no-cache");
  }

  private static void send(Context ctx, String resource, String cache) throws IOException {
    try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new WebServer.ApiException(404, "no such file: " + resource.substring(resource.lastIndexOf('/') + 1));
      }
      ctx.contentType(type(resource));
      ctx.header("Cache-Control", cache);
      ctx.result(in.readAllBytes());
    }
  }

  private static String type(String name) {
    if (name.endsWith(".html")) {
      return "text/html; charset=utf-8";
    } else if (name.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    } else if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    } else if (name.endsWith(".json")) {
      return "application/json; charset=utf-8";
    } else if (name.endsWith(".svg")) {
      return "image/svg+xml";
    }
    return "image/png";
  }
}
