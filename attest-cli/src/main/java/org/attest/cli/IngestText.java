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
      case SKIPPED -> "skipped: " + x.detail();
      case FAILED -> "failed: " + x.detail();
    };
    return r.unchanged() ? s + " (unchanged)" : s;
  }

  /** A path relative to the working directory when it is under it. */
  static String shortPath(String source) {
    try {
      int hash = source.indexOf('#');
      String file = hash < 0 ? source : source.substring(0, hash);
      Path p = Path.of(file);
      Path cwd = Path.of("").toAbsolutePath();
      String shown = p.isAbsolute() && p.startsWith(cwd) ? cwd.relativize(p).toString() : file;
      return hash < 0 ? shown : shown + source.substring(hash);
    } catch (RuntimeException e) {
      return source;
    }
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
