package org.attest.cli;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.attest.ingest.IngestListener;

/**
 * Ingest progress on standard error: a bar with rate and time left on a terminal, one plain line
 * per file otherwise (logs, pipes, CI). Wall-clock time is used for display only.
 */
final class ProgressDisplay implements IngestListener {

  private final PrintStream err;
  private final boolean terminal;
  private long start;

  ProgressDisplay(PrintStream err, Console console) {
    this.err = err;
    this.terminal = console != null;
  }

  @Override
  public void started(int files) {
    start = System.nanoTime();
    if (!terminal) {
      err.println("ingest: " + files + " file" + (files == 1 ? "" : "s"));
    }
  }

  @Override
  public void fileDone(int done, int total, Path file, List<RunResult> results) {
    double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    double rate = done / seconds;
    if (terminal) {
      int width = 30;
      int filled = total == 0 ? width : (int) Math.round(width * done / (double) total);
      long eta = rate <= 0 ? 0 : Math.round((total - done) / rate);
      err.printf(Locale.ROOT, "\r[%s%s] %d/%d files  %.1f files/s  ETA %s ", "#".repeat(filled), ".".repeat(width - filled),
          done, total, rate, clock(eta));
      if (done == total) {
        err.println();
      }
    } else {
      String status = results.size() == 1 ? IngestText.status(results.get(0)) : results.size() + " items";
      err.printf(Locale.ROOT, "[%d/%d] %s: %s%n", done, total, IngestText.shortPath(file.toString()), status);
    }
    err.flush();
  }

  @Override
  public void recomputingView() {
    if (!terminal) {
      err.println("ingest: recomputing the cross-document view");
    }
  }

  private static String clock(long seconds) {
    return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
  }
}
