package org.attest.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.attest.crossdoc.CorpusInput;
import org.attest.crossdoc.CorpusLedger;
import org.attest.store.CorpusView;
import org.attest.store.LedgerStore;

/**
 * Keeps one ingester (and so one loaded NLP pipeline) busy with a folder that a feed writes into:
 * polls the folder, and ingests every file that is new or changed once it has stopped growing.
 *
 * <p>A file is <em>settled</em> when its size and modification time (and those of its
 * {@code NAME.meta.json} sidecar) are the same on {@code settleScans} consecutive scans, so a file
 * still being written is never read half-way; names a downloader uses while writing
 * ({@code .part}, {@code .tmp}, {@code .crdownload}, {@code ~}, hidden files) are never read. Files
 * settled in one scan are ingested one by one, then the corpus view is recomputed once for the
 * batch. {@link #stop()} (from a shutdown hook on Ctrl-C or SIGTERM) lets the file in flight
 * finish, recomputes the view, and returns from {@link #run()}.
 *
 * <p>Polling, not a file-system watch service: it sees files in sub-folders, on network mounts and
 * written by any program, and costs one directory walk per interval.
 */
public final class FolderWatch {

  /** What the watch reports: the results of each file, and the view after each batch. */
  public interface Listener {
    default void fileIngested(Path file, IngestSummary results) {}

    default void batchDone(int files, CorpusView view) {}

    default void fileUnreadable(Path file, String reason) {}
  }

  private final Path dir;
  private final LedgerStore store;
  private final Ingester ingester;
  private final Function<CorpusInput, CorpusLedger> resolver;
  private final long pollMillis;
  private final int settleScans;
  private final Listener listener;
  private final Map<Path, Stamp> seen = new HashMap<>();
  private final Map<Path, Stamp> done = new HashMap<>();
  private final java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
  private volatile boolean stopping;
  private volatile int scans;

  /**
   * @param ingester an ingester built without a resolver ({@code null}): the watch recomputes the
   *     view itself, once per batch
   * @param resolver the cross-document resolver run after each batch
   */
  public FolderWatch(Path dir, LedgerStore store, Ingester ingester, Function<CorpusInput, CorpusLedger> resolver,
      long pollMillis, int settleScans, Listener listener) {
    this.dir = Objects.requireNonNull(dir).toAbsolutePath().normalize();
    this.store = Objects.requireNonNull(store);
    this.ingester = Objects.requireNonNull(ingester);
    this.resolver = resolver;
    if (pollMillis < 1 || settleScans < 1) {
      throw new IllegalArgumentException("the poll interval and the settle count must be positive");
    }
    this.pollMillis = pollMillis;
    this.settleScans = settleScans;
    this.listener = listener == null ? new Listener() {} : listener;
  }

  /** Asks {@link #run()} to return after the file in flight. Safe from any thread. */
  public void stop() {
    stopping = true;
  }

  public boolean stopping() {
    return stopping;
  }

  /** Scans completed so far (for tests and progress). */
  public int scans() {
    return scans;
  }

  /** Watches until {@link #stop()}; the folder must exist when it starts. */
  public void run() throws IOException {
    try {
      watch();
    } finally {
      finished.countDown();
    }
  }

  /** Waits until {@link #run()} has returned, at most {@code millis}; true if it has. */
  public boolean awaitFinished(long millis) throws InterruptedException {
    return finished.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  private void watch() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "not a directory");
    }
    Map<Path, Integer> stableFor = new HashMap<>();
    while (!stopping) {
      List<Path> ready = scan(stableFor);
      int n = 0;
      for (Path f : ready) {
        if (stopping) {
          break;
        }
        Stamp s = seen.get(f);
        try {
          IngestSummary r = ingester.ingest(List.of(f));
          listener.fileIngested(f, r);
        } catch (IOException | RuntimeException e) {
          // gone between the scan and the read, or unreadable: say so and go on watching
          listener.fileUnreadable(f, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        done.put(f, s);
        n++;
      }
      if (n > 0) {
        listener.batchDone(n, resolver == null ? null : store.refreshCorpusView(resolver));
      }
      scans++;
      if (!stopping) {
        sleep();
      }
    }
  }

  private List<Path> scan(Map<Path, Integer> stableFor) throws IOException {
    List<Path> files;
    try {
      files = InputFiles.expand(List.of(dir));
    } catch (NoSuchFileException e) {
      return List.of(); // the folder went away for a moment: try again next scan
    }
    List<Path> ready = new ArrayList<>();
    Map<Path, Stamp> now = new HashMap<>();
    for (Path f : files) {
      if (partial(f)) {
        continue;
      }
      Stamp s = stamp(f);
      if (s == null) {
        continue;
      }
      now.put(f, s);
      int stable = s.equals(seen.get(f)) ? stableFor.getOrDefault(f, 1) + 1 : 1;
      stableFor.put(f, stable);
      if (stable >= settleScans && !s.equals(done.get(f))) {
        ready.add(f);
      }
    }
    seen.keySet().retainAll(now.keySet());
    stableFor.keySet().retainAll(now.keySet());
    seen.putAll(now);
    return ready;
  }

  /** Names of files still being written by common downloaders and editors. */
  static boolean partial(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp") || name.endsWith(".crdownload")
        || name.endsWith(".partial") || name.endsWith("~") || name.endsWith(".swp");
  }

  private static Stamp stamp(Path f) {
    try {
      BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
      long sideSize = -1;
      long sideTime = -1;
      String name = f.getFileName().toString();
      int dot = name.lastIndexOf('.');
      Path side = f.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".meta.json");
      if (Files.isRegularFile(side)) {
        BasicFileAttributes b = Files.readAttributes(side, BasicFileAttributes.class);
        sideSize = b.size();
        sideTime = b.lastModifiedTime().toMillis();
      }
      return new Stamp(a.size(), a.lastModifiedTime().toMillis(), sideSize, sideTime);
    } catch (IOException e) {
      return null; // vanished since the walk
    }
  }

  private void sleep() {
    long until = System.nanoTime() + pollMillis * 1_000_000L;
    // short naps, so that stop() is seen promptly
    while (!stopping && System.nanoTime() < until) {
      try {
        Thread.sleep(Math.min(100, pollMillis));
      } catch (InterruptedException e) {
        stopping = true;
        Thread.currentThread().interrupt();
      }
    }
  }

  private record Stamp(long size, long modified, long sidecarSize, long sidecarModified) {}

  /**
   * A shutdown hook for Ctrl-C and SIGTERM: asks the watch to stop and waits (at most
   * {@code maxWaitMillis}) for the file in flight and the view's recomputation. It waits on the
   * watch, not on the watching thread, which may already be on its way to {@code System.exit}.
   */
  public Thread shutdownHook(long maxWaitMillis, Consumer<String> say) {
    return new Thread(() -> {
      stop();
      try {
        if (!awaitFinished(maxWaitMillis)) {
          say.accept("attest: stopped while a document was in flight; the next ingest reads it again");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "attest-watch-stop");
  }
}
