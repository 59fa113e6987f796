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
import java.util.concurrent.ConcurrentHashMap;
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

  /** How often (ms) a read checks whether another process changed the store. */
  private static final long RECHECK_MILLIS = 1500;

  private static final Function<CorpusInput, CorpusLedger> RESOLVER = new CorpusResolver()::resolve;

  private final LedgerStore reader;
  private final LedgerStore writer;
  private final Object readLock = new Object();
  private final Object writeLock = new Object();
  private final Supplier<LedgerExtractor> extractor;
  private final Path uploadDir;
  private final Map<String, String> textCache = new ConcurrentHashMap<>();
  private volatile CorpusSnapshot snapshot;
  private volatile long checkedAt;
  private LedgerExtractor pipeline;

  Desk(ServeOptions options, Supplier<LedgerExtractor> extractor) {
    this.extractor = extractor;
    StoreLocation loc = StoreLocation.parse(options.db());
    this.reader = LedgerStore.open(loc);
    this.writer = LedgerStore.open(loc);
    this.uploadDir = options.uploadDir() != null ? options.uploadDir()
        : loc.embedded() ? Path.of(loc.display()).resolve("uploads") : Path.of(System.getProperty("java.io.tmpdir"), "attest-uploads");
  }

  String location() {
    return reader.location().toString();
  }

  /** The current read model, rebuilt if the store changed since it was made. */
  CorpusSnapshot snapshot() {
    CorpusSnapshot s = snapshot;
    long now = System.nanoTime() / 1_000_000;
    if (s != null && now - checkedAt < RECHECK_MILLIS) {
      return s;
    }
    synchronized (readLock) {
      CorpusView v = reader.refreshCorpusView(RESOLVER);
      if (snapshot == null || !snapshot.inputHash.equals(v.inputHash())) {
        var stored = reader.documents();
        snapshot = v.available()
            ? new CorpusSnapshot(v.inputHash(), v.ledger(), null, stored, this::text, this::documentLedger)
            : CorpusSnapshot.empty(v.inputHash(), v.error());
      }
      checkedAt = System.nanoTime() / 1_000_000;
      return snapshot;
    }
  }

  private void invalidate() {
    checkedAt = Long.MIN_VALUE / 2;
  }

  /** A stored document's text (texts never change: a document's id is its text's hash). */
  String text(String docId) {
    return textCache.computeIfAbsent(docId, id -> {
      synchronized (readLock) {
        return reader.text(id).orElse("");
      }
    });
  }

  private Ledger documentLedger(String docId) {
    synchronized (readLock) {
      return reader.ledger(docId).orElse(Ledger.empty());
    }
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
    invalidate();
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
    invalidate();
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
    synchronized (writeLock) {
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
      Ingester ingester = new Ingester(writer, this::extract, RESOLVER, IngestLimits.DEFAULT, IngestListener.NONE);
      IngestSummary summary = ingester.ingest(inputs);
      invalidate();
      List<IngestedInput> results = new ArrayList<>();
      for (IngestListener.RunResult r : summary.results()) {
        var x = r.result();
        results.add(new IngestedInput(shortSource(x.source()), x.status().name(), x.reason(), x.detail(), x.docId(), x.ofDoc(),
            r.unchanged()));
      }
      CorpusView v = summary.view();
      String view = v == null ? null : v.available() ? "current" : "not computed: " + v.error();
      return new IngestReport(results, writer.documentCount(), view);
    }
  }

  /** The NLP pipeline, loaded on the first new document (it takes a while). */
  private synchronized Ledger extract(SourceDocument d) {
    if (pipeline == null) {
      pipeline = extractor.get();
    }
    return pipeline.extract(d);
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

  @Override
  public void close() {
    synchronized (writeLock) {
      writer.close();
    }
    synchronized (readLock) {
      reader.close();
    }
  }
}
