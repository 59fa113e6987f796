package org.attest.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The answers Jetty gives on its own, before a request reaches the desk's routes (a malformed or
 * ambiguous URI such as {@code /assets/../x}, a header too large): the same security headers as
 * every other response, and a one-line JSON body instead of Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {

  /** The headers every response carries, errors included. */
  static void secure(HttpFields.Mutable fields) {
    fields.put("Content-Security-Policy", WebServer.CONTENT_SECURITY_POLICY);
    fields.put("X-Content-Type-Options", "nosniff");
    fields.put("X-Frame-Options", "DENY");
    fields.put("Referrer-Policy", "no-referrer");
    fields.put("Cross-Origin-Opener-Policy", "same-origin");
    fields.put("Cross-Origin-Resource-Policy", "same-origin");
    fields.put(HttpHeader.CACHE_CONTROL, "no-store");
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    secure(fields);
    fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    return ByteBuffer.wrap(body(status, reason).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    secure(baseRequest.getResponse().getHttpFields());
    String reason = baseRequest.getResponse().getReason();
    baseRequest.setHandled(true);
    if (response.isCommitted()) {
      return;
    }
    response.setContentType("application/json; charset=utf-8");
    response.getOutputStream().write(body(response.getStatus(), reason).getBytes(StandardCharsets.UTF_8));
  }

  private static String body(int status, String reason) {
    String r = reason == null || reason.isBlank() ? "bad request" : reason;
    r = r.replaceAll("[^A-Za-z0-9 .,:;()'/_-]", " ").strip();
    return "{\"status\":" + status + ",\"error\":\"" + (r.length() > 200 ? r.substring(0, 200) : r) + "\"}";
  }
}
