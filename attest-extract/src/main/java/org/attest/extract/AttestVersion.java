package org.attest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Attest release these classes were built as (from the build, e.g. {@code 0.1.0-SNAPSHOT}). */
public final class AttestVersion {

  private static final String VERSION = load();

  private AttestVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = AttestVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/attest/extract/version.properties");
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version");
      if (v == null || v.isBlank() || v.startsWith("${")) {
        throw new IllegalStateException("version.properties was not filtered by the build: " + v);
      }
      return v.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
