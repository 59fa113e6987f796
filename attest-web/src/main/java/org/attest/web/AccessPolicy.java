package org.attest.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * Who may do what. On a loopback address only this machine's users can connect, so no token is
 * needed; anywhere else the server refuses to start without one. With a token, every write needs
 * it, and every read too unless the user opened reads ({@code --open-reads}).
 */
public final class AccessPolicy {

  /** Why a request is refused, or {@link #ALLOWED}. */
  public enum Verdict {
    ALLOWED,
    NEEDS_TOKEN
  }

  private final byte[] token;
  private final boolean openReads;
  private final boolean loopback;

  private AccessPolicy(String token, boolean openReads, boolean loopback) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.openReads = openReads;
    this.loopback = loopback;
  }

  /**
   * The policy for these options.
   *
   * @throws IllegalArgumentException when the bind address is not loopback and there is no token
   *     (the message says what to do), or the address is unknown
   */
  public static AccessPolicy of(ServeOptions o) {
    boolean loopback = isLoopback(o.bind());
    if (!loopback && o.token() == null) {
      throw new IllegalArgumentException("refusing to listen on " + o.bind() + " without a token: anyone who can reach"
          + " this address could read the store and ingest into it. Give --token T (or set ATTEST_TOKEN), or bind to"
          + " 127.0.0.1 (the default).");
    }
    if (o.token() != null && o.token().length() < 8) {
      throw new IllegalArgumentException("the token is too short: use at least 8 characters (e.g. openssl rand -hex 16)");
    }
    return new AccessPolicy(o.token(), o.openReads(), loopback);
  }

  /** True when the address is a loopback address (127.0.0.0/8, ::1, localhost). */
  public static boolean isLoopback(String bind) {
    try {
      InetAddress[] all = InetAddress.getAllByName(bind);
      for (InetAddress a : all) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return all.length > 0;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown address to bind to: " + bind);
    }
  }

  public boolean loopback() {
    return loopback;
  }

  public boolean tokenRequired() {
    return token != null;
  }

  /** May a request with this {@code Authorization} header read (write = false) or write? */
  public Verdict check(boolean write, String authorization) {
    if (token == null || (!write && openReads)) {
      return Verdict.ALLOWED;
    }
    return presented(authorization) ? Verdict.ALLOWED : Verdict.NEEDS_TOKEN;
  }

  private boolean presented(String authorization) {
    if (authorization == null) {
      return false;
    }
    String a = authorization.strip();
    if (!a.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
      return false;
    }
    byte[] given = a.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    // constant-time: the comparison must not tell an attacker how many characters were right
    return MessageDigest.isEqual(given, token);
  }
}
