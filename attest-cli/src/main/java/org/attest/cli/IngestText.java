package org.attest.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.attest.ingest.IngestListener.RunResult;
import org.attest.store.IngestResult;

/** Ingest results in words. */
final class IngestText {

  private IngestText() {}

  static String status(RunResult r) {
    IngestResult x = r.result();
    String s = switch (x.status()) {
      case INGESTED -> "ingested as " + x.docId();
      case NEAR_DUPLICATE -> "near-duplicate, stored as " + x.docId() + ", copy of " + x.ofDoc()
          + (x.detail() == null ? "" : " (" + x.detail() + ")");
      case DUPLICATE -> "duplicate of " + x.docId();
      case SKIPPED -> "skipped: " + escape(String.valueOf(x.detail()));
      case FAILED -> "failed: " + escape(String.valueOf(x.detail()));
    };
    return r.unchanged() ? s + " (unchanged)" : s;
  }

  /**
   * A path relative to the working directory when it is under it, with control characters
   * escaped ({@code \n}, {@code \t}, {@code \x01}) so that every input stays on one line.
   */
  static String shortPath(String source) {
    String shown;
    try {
      String file = org.attest.ingest.Ingester.fileOf(source).toString();
      String suffix = source.substring(Math.min(source.length(), file.length()));
      Path p = Path.of(file);
      Path cwd = Path.of("").toAbsolutePath();
      shown = (p.isAbsolute() && p.startsWith(cwd) && !p.equals(cwd) ? cwd.relativize(p).toString() : file) + suffix;
    } catch (RuntimeException e) {
      shown = source;
    }
    return escape(shown);
  }

  /** Control characters (newline, tab, …) and backslashes escaped, so a value stays on one line. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
            b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  static String label(RunResult r) {
    return switch (r.result().status()) {
      case INGESTED -> "ingested";
      case NEAR_DUPLICATE -> "near-dup";
      case DUPLICATE -> "duplicate";
      case SKIPPED -> "skipped";
      case FAILED -> "failed";
    };
  }

  static String pad(String s, int n) {
    return String.format(Locale.ROOT, "%-" + n + "s", s);
  }
}
