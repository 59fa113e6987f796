package org.attest.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.attest.crossdoc.CorpusInput;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.CorpusResolver;
import org.attest.crossdoc.ManualDecision;
import org.attest.ingest.IngestLimits;
import org.attest.ingest.IngestListener;
import org.attest.ingest.IngestSummary;
import org.attest.ingest.Ingester;
import org.attest.model.Ledger;
import org.attest.model.LedgerExtractor;
import org.attest.model.LedgerJson;
import org.attest.model.SourceDocument;
import org.attest.store.CorpusView;
import org.attest.store.LedgerStore;
import org.attest.store.SearchHit;
import org.attest.store.SearchKind;
import org.attest.store.StoreLocation;
import org.attest.web.ApiModel.Decision;
import org.attest.web.ApiModel.IngestReport;
import org.attest.web.ApiModel.IngestedInput;

/**
 * The store behind the desk. A {@link LedgerStore} holds one connection and is not thread-safe,
 * so the desk keeps two, each used under its own lock: one for reads (and recomputing the corpus
 * view) and one for ingest, so that a long ingest does not block the pages. Reads are answered
 * from a {@link CorpusSnapshot} of the current corpus view, rebuilt when documents or decisions
 * change (here or in another process sharing the store).
 */
final class Desk implements AutoCloseable {

  /** How often (ms) the desk checks whether another process changed the store. */
  private static final long RECHECK_MILLIS = 1500;

  /** A run of this many characters without a sentence end is not prose (the parser would take minutes). */
  static final int MAX_RUN_ON_CHARS = 20_000;

  private static final Function<CorpusInput, CorpusLedger> RESOLVER = new CorpusResolver()::resolve;

  private final LedgerStore reader;
  private final LedgerStore writer;
  private final LedgerStore ingestStore;
  /** Recomputes the corpus view and checks for changes, so that neither holds the reader's lock. */
  private final LedgerStore viewer;
  private final Object readLock = new Object();
  private final Object viewLock = new Object();
  /** Held by decisions (merge, split, undo), briefly; never while a document is being extracted. */
  private final Object writeLock = new Object();
  /** One ingest at a time; a second upload waits at most the time budget. */
  private final ReentrantLock ingestLock = new ReentrantLock();
  private final Supplier<LedgerExtractor> extractor;
  private final Path uploadDir;
  private final long uploadMillis;
  private final IngestLimits uploadLimits;
  private final Map<String, String> textCache = Collections.synchronizedMap(new Lru<>(4096));
  private final Map<String, Ledger> ledgerCache = Collections.synchronizedMap(new Lru<>(256));
  private final ScheduledExecutorService watcher;
  private volatile ExecutorService extraction;
  private volatile CorpusSnapshot snapshot;
  /** The store's documents and decisions when {@link #snapshot} was made, to notice a change cheaply. */
  private volatile String snapshotKey;
  private volatile boolean closed;
  private LedgerExtractor pipeline;

  Desk(ServeOptions options, Supplier<LedgerExtractor> extractor) {
    this.extractor = extractor;
    StoreLocation loc = StoreLocation.parse(options.db());
    this.reader = LedgerStore.open(loc);
    this.writer = LedgerStore.open(loc);
    this.ingestStore = LedgerStore.open(loc);
    this.viewer = LedgerStore.open(loc);
    this.uploadDir = options.uploadDir() != null ? options.uploadDir()
        : loc.embedded() ? Path.of(loc.display()).resolve("uploads") : Path.of(System.getProperty("java.io.tmpdir"), "attest-uploads");
    this.uploadMillis = options.uploadSeconds() * 1000L;
    this.uploadLimits = IngestLimits.UPLOADS.atMost(options.maxDocumentBytes(), options.maxUploadBytes());
    this.extraction = newExtractionThread();
    this.watcher = Executors.newSingleThreadScheduledExecutor(daemon("attest-desk-watch"));
    watcher.scheduleWithFixedDelay(this::recheck, RECHECK_MILLIS, RECHECK_MILLIS, TimeUnit.MILLISECONDS);
  }

  String location() {
    return reader.location().toString();
  }

  /**
   * The current read model. Requests never wait for a rebuild (except the very first): a change
   * made here is installed before the write answers, and a change made by another process is
   * noticed by a background check every {@value #RECHECK_MILLIS} ms, which compares the documents'
   * and decisions' count and ids (a cheap query) before recomputing anything.
   */
  CorpusSnapshot snapshot() {
    CorpusSnapshot s = snapshot;
    if (s != null) {
      return s;
    }
    synchronized (viewLock) {
      if (snapshot == null) {
        rebuild();
      }
      return snapshot;
    }
  }

  /** Rebuilds the snapshot if the store changed since it was made (called by the watcher thread). */
  private void recheck() {
    if (closed) {
      return;
    }
    try {
      synchronized (viewLock) {
        if (snapshot != null && !key().equals(snapshotKey)) {
          rebuild();
        }
      }
    } catch (RuntimeException e) {
      // the store is unreachable for a moment: keep answering from the snapshot we have
    }
  }

  /** Under {@link #viewLock}: recomputes (or reads) the corpus view and installs its snapshot. */
  private void rebuild() {
    String key = key();
    CorpusView v = viewer.refreshCorpusView(RESOLVER);
    var stored = viewer.documents();
    snapshot = v.available()
        ? new CorpusSnapshot(v.inputHash(), v.ledger(), null, stored, this::text, this::documentLedger)
        : CorpusSnapshot.empty(v.inputHash(), v.error());
    snapshotKey = key;
  }

  /** After a write here: the next read sees it. */
  private void changed() {
    synchronized (viewLock) {
      if (!closed) {
        rebuild();
      }
    }
  }

  private String key() {
    StringBuilder sb = new StringBuilder().append(viewer.documentCount());
    for (ManualDecision d : viewer.decisions()) {
      sb.append(' ').append(d.id());
    }
    return sb.toString();
  }

  /** A stored document's text (texts never change: a document's id is its text's hash). */
  String text(String docId) {
    String t = textCache.get(docId);
    if (t == null) {
      synchronized (readLock) {
        t = reader.text(docId).orElse("");
      }
      textCache.put(docId, t);
    }
    return t;
  }

  private Ledger documentLedger(String docId) {
    Ledger l = ledgerCache.get(docId);
    if (l == null) {
      synchronized (readLock) {
        l = reader.ledger(docId).orElse(Ledger.empty());
      }
      ledgerCache.put(docId, l);
    }
    return l;
  }

  List<SearchHit> search(String q, SearchKind kind, int limit) {
    synchronized (readLock) {
      return reader.search(q, kind, limit);
    }
  }

  /** What an entity, event or cluster id names now: itself, the survivor it was merged into, or empty if gone. */
  java.util.Optional<String> currentId(String id) {
    synchronized (readLock) {
      return reader.currentId(id);
    }
  }

  List<Decision> decisions() {
    synchronized (readLock) {
      return reader.decisions().stream().map(Desk::decision).toList();
    }
  }

  Decision decide(ManualDecision.Action action, List<String> names, String note) {
    ManualDecision d;
    synchronized (writeLock) {
      d = writer.addDecision(action, names, note);
      writer.refreshCorpusView(RESOLVER);
    }
    changed();
    return decision(d);
  }

  boolean undo(String id) {
    boolean done;
    synchronized (writeLock) {
      done = writer.undoDecision(id);
      if (done) {
        writer.refreshCorpusView(RESOLVER);
      }
    }
    changed();
    return done;
  }

  private static Decision decision(ManualDecision d) {
    return new Decision(d.id(), d.action().name(), d.names(), d.note());
  }

  // ------------------------------------------------------------------ ingest

  /** A file as the browser sent it. */
  record Upload(String name, InputStream content) {}

  /** Text pasted into the ingest form, with what the user said about it. */
  record Pasted(String text, String title, String outlet, String published, String url) {}

  /**
   * Saves the uploads (and the pasted text) as files of one batch directory under the upload
   * directory, then ingests them with the same {@link Ingester} as {@code attest ingest}. An
   * article's {@code NAME.meta.json} sidecar, uploaded with it, is kept beside it for the ingester
   * to read. One ingest runs at a time.
   */
  IngestReport ingest(List<Upload> uploads, Pasted pasted) throws IOException {
    // the budget counts extraction, not the one-time loading of the models (extended by its time)
    java.util.concurrent.atomic.AtomicLong deadline = new java.util.concurrent.atomic.AtomicLong(System.nanoTime()
        + uploadMillis * 1_000_000L);
    try {
      if (!ingestLock.tryLock(uploadMillis, TimeUnit.MILLISECONDS)) {
        throw new WebServer.ApiException(503, "another upload is still being ingested; try again in a while");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WebServer.ApiException(503, "the server is stopping");
    }
    try {
      if (closed) {
        throw new WebServer.ApiException(503, "the server is stopping");
      }
      Path batch = newBatch();
      List<Path> inputs = new ArrayList<>();
      Set<String> used = new java.util.HashSet<>();
      for (Upload u : uploads) {
        String name = unique(safeName(u.name()), used);
        Path file = batch.resolve(name);
        Files.copy(u.content(), file, StandardCopyOption.REPLACE_EXISTING);
        if (!name.endsWith(".meta.json")) {
          inputs.add(file);
        }
      }
      if (pasted != null && pasted.text() != null && !pasted.text().isBlank()) {
        String name = unique("pasted.txt", used);
        Path file = batch.resolve(name);
        Files.writeString(file, pasted.text(), StandardCharsets.UTF_8);
        Map<String, String> meta = new LinkedHashMap<>();
        put(meta, "title", pasted.title());
        put(meta, "outlet", pasted.outlet());
        put(meta, "url", pasted.url());
        put(meta, "published", pasted.published());
        if (!meta.isEmpty()) {
          Files.writeString(batch.resolve(name.substring(0, name.length() - 4) + ".meta.json"), LedgerJson.writeCompact(meta),
              StandardCharsets.UTF_8);
        }
        inputs.add(file);
      }
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("nothing to ingest: choose files or paste a text");
      }
      // an uploaded feed may not make the server read its own files: a feed whose items link to a
      // local page outside this batch is refused before the ingester sees it
      List<IngestedInput> results = new ArrayList<>();
      List<Path> safe = new ArrayList<>();
      for (Path in : inputs) {
        String local = UploadGuard.localLink(in, batch);
        if (local == null) {
          safe.add(in);
        } else {
          results.add(new IngestedInput(shortSource(in.toString()), "SKIPPED", "LOCAL_LINK",
              "the feed links to a local file (" + local + "); an upload may not read the server's files", null, null, false));
        }
      }
      IngestSummary summary = null;
      if (!safe.isEmpty()) {
        Ingester ingester = new Ingester(ingestStore, d -> extract(d, deadline), RESOLVER, uploadLimits, IngestListener.NONE);
        summary = ingester.ingest(safe);
        changed();
        for (IngestListener.RunResult r : summary.results()) {
          var x = r.result();
          results.add(new IngestedInput(shortSource(x.source()), x.status().name(), x.reason(), x.detail(), x.docId(), x.ofDoc(),
              r.unchanged()));
        }
      }
      CorpusView v = summary == null ? null : summary.view();
      String view = v == null ? null : v.available() ? "current" : "not computed: " + v.error();
      return new IngestReport(results, ingestStore.documentCount(), view);
    } finally {
      ingestLock.unlock();
    }
  }

  /**
   * Extracts one document on the extraction thread, within what is left of the upload's time
   * budget; past it the extraction is interrupted and the document fails with the reason (the
   * ingester records it and goes on). No lock is held meanwhile but the one-ingest-at-a-time one:
   * merges and splits go through.
   */
  private Ledger extract(SourceDocument d, java.util.concurrent.atomic.AtomicLong deadline) {
    int run = longestRunOn(d.text());
    if (run > MAX_RUN_ON_CHARS) {
      throw new IllegalArgumentException("not prose: " + run + " characters without a sentence end (at most "
          + MAX_RUN_ON_CHARS + " here)");
    }
    if (!pipelineLoaded()) {
      long t0 = System.nanoTime();
      try {
        extraction.submit(this::pipeline).get();
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(String.valueOf(e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted: the server is stopping");
      }
      deadline.addAndGet(System.nanoTime() - t0);
    }
    long left = (deadline.get() - System.nanoTime()) / 1_000_000L;
    if (left <= 0) {
      throw new IllegalStateException("not extracted: the upload's time budget of " + uploadMillis / 1000
          + " s was used up (attest serve --upload-seconds, or use 'attest ingest')");
    }
    Future<Ledger> f;
    try {
      f = extraction.submit(() -> pipeline().extract(d));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      throw new IllegalStateException("not extracted: the server is stopping");
    }
    try {
      // in slices, so that a server that is stopping does not wait for the whole budget
      long until = System.nanoTime() + left * 1_000_000L;
      while (true) {
        long slice = Math.min(250, Math.max(1, (until - System.nanoTime()) / 1_000_000L));
        try {
          return f.get(slice, TimeUnit.MILLISECONDS);
        } catch (TimeoutException notYet) {
          if (closed) {
            f.cancel(true);
            throw new IllegalStateException("stopped: the server is stopping");
          }
          if (System.nanoTime() >= until) {
            throw notYet;
          }
        }
      }
    } catch (TimeoutException e) {
      f.cancel(true);
      // the interrupted extraction may not notice at once (or at all): later ones get a fresh thread
      ExecutorService old = extraction;
      extraction = newExtractionThread();
      old.shutdownNow();
      throw new IllegalStateException("stopped: extraction took longer than the upload's time budget of "
          + uploadMillis / 1000 + " s (attest serve --upload-seconds, or use 'attest ingest')");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof StackOverflowError so) {
        throw so;
      }
      throw new IllegalStateException(String.valueOf(c), c);
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: the server is stopping");
    }
  }

  /** The longest stretch of text without a sentence end ('.', '!', '?', ';' or a line break). */
  static int longestRunOn(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '\u2026') {
        run = 0;
      } else if (++run > longest) {
        longest = run;
      }
    }
    return longest;
  }

  private synchronized boolean pipelineLoaded() {
    return pipeline != null;
  }

  /** The NLP pipeline, loaded on the first new document (it takes a while). */
  private synchronized LedgerExtractor pipeline() {
    if (pipeline == null) {
      pipeline = extractor.get();
    }
    return pipeline;
  }

  private static ExecutorService newExtractionThread() {
    return Executors.newSingleThreadExecutor(daemon("attest-extract"));
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** A small least-recently-used map (wrapped in a synchronized map by its users). */
  private static final class Lru<K, V> extends LinkedHashMap<K, V> {
    private final int max;

    Lru(int max) {
      super(16, 0.75f, true);
      this.max = max;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
      return size() > max;
    }
  }

  private Path newBatch() throws IOException {
    Files.createDirectories(uploadDir);
    for (int n = 1; ; n++) {
      Path p = uploadDir.resolve(String.format(Locale.ROOT, "batch-%04d", n));
      if (!Files.exists(p)) {
        try {
          return Files.createDirectory(p);
        } catch (java.nio.file.FileAlreadyExistsException raced) {
          // another server took it; try the next
        }
      }
    }
  }

  /** A file name that stays inside the batch directory: letters, digits, '.', '-', '_' only. */
  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    base = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "");
    if (base.length() > 100) {
      base = base.substring(base.length() - 100);
    }
    return base.isEmpty() ? "upload" : base;
  }

  private static String unique(String name, Set<String> used) {
    String n = name;
    for (int i = 2; !used.add(n); i++) {
      int dot = name.indexOf('.');
      n = dot < 0 ? name + "-" + i : name.substring(0, dot) + "-" + i + name.substring(dot);
    }
    return n;
  }

  private String shortSource(String source) {
    Path base = uploadDir.toAbsolutePath().normalize();
    String prefix = base.toString() + java.io.File.separator;
    return source.startsWith(prefix) ? source.substring(prefix.length()) : source;
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null && !v.isBlank()) {
      m.put(k, v.strip());
    }
  }

  /**
   * Stops quietly: no new work, an extraction in progress interrupted, the stores closed once the
   * running ingest (if any) has let go of its connection (waiting a few seconds at most).
   */
  /** Stops taking work and interrupts an extraction in progress (before the listener stops). */
  void stopWork() {
    closed = true;
    watcher.shutdownNow();
    extraction.shutdownNow();
  }

  @Override
  public void close() {
    stopWork();
    boolean ingestDone = false;
    try {
      ingestDone = ingestLock.tryLock(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      quietly(ingestStore);
    } finally {
      if (ingestDone) {
        ingestLock.unlock();
      }
    }
    synchronized (writeLock) {
      quietly(writer);
    }
    synchronized (viewLock) {
      quietly(viewer);
    }
    synchronized (readLock) {
      quietly(reader);
    }
  }

  private static void quietly(LedgerStore s) {
    try {
      s.close();
    } catch (RuntimeException e) {
      // stopping: a store that cannot close cleanly is reopened (and checked) next time
    }
  }
}
