package org.attest.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.attest.crossdoc.CorpusInput;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.StableIds;
import org.attest.crossdoc.ManualDecision;
import org.attest.model.Attribution;
import org.attest.model.DocumentInfo;
import org.attest.model.DocumentText;
import org.attest.model.Entity;
import org.attest.model.Event;
import org.attest.model.Ledger;
import org.attest.model.LedgerJson;
import org.flywaydb.core.Flyway;

/**
 * The persistent ledger over plain JDBC: documents with their normalized text and ledgers (the
 * JSON contract), the result of every input, manual entity decisions, the materialized
 * cross-document view (its JSON) and a full-text index. One instance holds one connection; it
 * is not thread-safe (open one per thread). Several processes may share a store: every write that
 * must see a consistent store (a document commit, a decision, the corpus view) locks one row first.
 *
 * <p>This class is the store's public face and owns the corpus view and the canonical dump; the
 * rest is split by concern: {@link StoreTransactions} (transactions, reconnects, the store lock,
 * statement helpers), {@link DocumentRepository} (documents and input results),
 * {@link DecisionRepository} (manual decisions) and {@link SearchIndex} (full-text tokens).
 */
public final class LedgerStore implements AutoCloseable {

  private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};

  /** The longest input source (a path, with its {@code #item=N} suffix) the store keeps. */
  public static final int MAX_SOURCE_CHARS = 4000;

  /** Tables of the canonical dump, with the order that makes it deterministic. */
  private static final Map<String, String> DUMP_TABLES = new LinkedHashMap<>();

  static {
    DUMP_TABLES.put("document", "seq");
    DUMP_TABLES.put("document_minhash", "doc_id");
    DUMP_TABLES.put("document_band", "band, band_key, doc_id");
    DUMP_TABLES.put("ingest_result", "source");
    DUMP_TABLES.put("manual_decision", "seq");
    DUMP_TABLES.put("corpus_view", "id");
    DUMP_TABLES.put("id_change", "seq");
    DUMP_TABLES.put("search_token", "kind, token, ref");
  }

  /**
   * Flyway logs through java.util.logging when no SLF4J provider is present; JUL keeps loggers
   * only weakly, so the level must be set on a logger this class holds, or it is forgotten.
   */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }

  private final StoreLocation location;
  private final StoreTransactions tx;
  private final SearchIndex searchIndex;
  private final DocumentRepository documents;
  private final DecisionRepository decisions;

  private LedgerStore(StoreLocation location, Connection c) {
    this.location = location;
    this.tx = new StoreTransactions(location, c);
    this.searchIndex = new SearchIndex(tx);
    this.documents = new DocumentRepository(tx, searchIndex);
    this.decisions = new DecisionRepository(tx);
    this.openedBytes = fileBytes();
  }

  /** Opens (creating or migrating as needed) the store at a {@code --db} location. */
  public static LedgerStore open(String location) {
    return open(StoreLocation.parse(location));
  }

  public static LedgerStore open(StoreLocation location) {
    if (location.embedded()) {
      // H2 cannot even open its trace file in a directory it cannot create, and prints a stack
      // trace per attempt; say why once instead
      java.nio.file.Path dir = java.nio.file.Path.of(location.display());
      try {
        java.nio.file.Files.createDirectories(dir);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        throw new StoreException("cannot create the store at " + dir + ": " + e.getFile() + " is a file, not a directory", e);
      } catch (java.nio.file.FileSystemException e) {
        throw new StoreException("cannot create the store at " + dir + ": "
            + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()), e);
      } catch (IOException | SecurityException e) {
        throw new StoreException("cannot create the store at " + dir + ": " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
      }
      if (!java.nio.file.Files.isWritable(dir)) {
        throw new StoreException("cannot create the store at " + dir + ": the directory is not writable", null);
      }
    }
    return retryingLockRace(location, () -> {
      migrate(location);
      return new LedgerStore(location, StoreTransactions.connect(location));
    });
  }

  @FunctionalInterface
  interface Opening<T> {
    T open() throws SQLException;
  }

  /**
   * Opens an embedded store, waiting out H2's file-lock protocol. Two processes opening it at the
   * same moment race for its lock file: the loser sees the file being written ("Lock file recently
   * modified"), or finds that the other took over a stale lock first ("Another process was
   * faster", "Concurrent update"), or that the serving process just exited ("Connection is
   * broken"). Each is transient: the next attempt finds the winner serving the store and
   * connects to it. Every way into the database (open, migrate, reconnect) goes through here.
   */
  static <T> T retryingLockRace(StoreLocation location, Opening<T> opening) {
    for (int attempt = 1; ; attempt++) {
      try {
        return opening.open();
      } catch (SQLException | StoreException e) {
        if (!location.embedded() || attempt >= 40 || !lockRace(e)) {
          throw e instanceof StoreException se ? se : new StoreException(openFailure(location, e), e);
        }
        try {
          Thread.sleep(250L + 50L * attempt);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new StoreException("interrupted while opening the store at " + location, ie);
        }
      }
    }
  }

  /** Messages of H2's lock-file protocol that a retry gets past. */
  private static final List<String> LOCK_RACE = List.of("Lock file", "lock file", "90020", "Connection is broken",
      "Connection refused", "Another process was faster", "Concurrent update", "Locked by another process");

  static boolean lockRace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      for (String race : LOCK_RACE) {
        if (m.contains(race)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Flyway migrations (Flyway locks its history table, so concurrent openers migrate once). */
  private static void migrate(StoreLocation location) {
    Flyway flyway = Flyway.configure()
        .dataSource(location.jdbcUrl(), location.user(), location.password())
        .locations("classpath:db/migration")
        .load();
    try {
      flyway.migrate();
    } catch (RuntimeException e) {
      throw new StoreException(openFailure(location, e), e);
    }
  }

  /**
   * One line saying why a store could not be opened: where, as whom (PostgreSQL), and the
   * database's own reason (the innermost SQL error, without Flyway's wrapping or H2's codes).
   */
  static String openFailure(StoreLocation location, Throwable e) {
    Throwable why = null;
    Throwable last = e;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException) {
        why = t;
      }
      last = t;
    }
    if (why == null) {
      why = last;
    }
    String m = why.getMessage() == null ? why.getClass().getSimpleName() : why.getMessage();
    m = m.replaceAll("\\s*\\[\\d{5}-\\d+]", "").replaceAll("\\s+", " ").strip();
    if (m.length() > 300) {
      m = m.substring(0, 300) + "…";
    }
    if (location.dialect() == StoreLocation.Dialect.POSTGRESQL) {
      return "cannot open the PostgreSQL store at " + location.display() + " as user " + location.userForDisplay() + ": " + m;
    }
    return "cannot open the store at " + location + ": " + m;
  }

  public StoreLocation location() {
    return location;
  }

  @Override
  public void close() {
    compactIfGrown();
    tx.close();
  }

  /** Files smaller than this are left as they are: compacting them would save little. */
  static final long COMPACT_ABOVE_BYTES = 8L << 20;

  /** The store file's size when this connection opened it (a store given as a directory), or -1. */
  private final long openedBytes;

  /**
   * H2 keeps superseded pages in the file: with {@code WRITE_DELAY=0} it has no background thread
   * to reuse them during a run, and each commit rewrites the index pages it touches, so a large
   * ingest or a corpus view leaves a file that is mostly superseded pages (issue 12: 91 MB after
   * 1,000 documents, 455 MB after one more, of 27 MB live). When this is the last connection to the
   * embedded store and the file has more than doubled since it opened (and is over 8 MB), the store
   * closes with {@code SHUTDOWN COMPACT}, which writes the live pages into a fresh file (325 MB to
   * 27 MB in 2.8 CPU s at 1,000 documents). Nothing read changes. A process connecting meanwhile
   * sees a closed connection and reconnects, as after any process that served the store exits.
   * Failures are ignored: the file stays as it was.
   */
  private void compactIfGrown() {
    long now = fileBytes();
    if (openedBytes < 0 || now <= COMPACT_ABOVE_BYTES || now <= 2 * openedBytes) {
      return;
    }
    try (Statement st = tx.connection().createStatement()) {
      long sessions = 0;
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
        if (rs.next()) {
          sessions = rs.getLong(1);
        }
      }
      if (sessions == 1) {
        st.execute("SHUTDOWN COMPACT");
      }
    } catch (SQLException | RuntimeException e) {
      // not compacted: the store is as good as before, only larger
    }
  }

  private long fileBytes() {
    java.nio.file.Path file = location.storeFile();
    if (file == null) {
      return -1;
    }
    try {
      return java.nio.file.Files.size(file);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  // ---------------------------------------------------------------- documents (DocumentRepository)

  /** The id of the stored document with this text hash, if any. */
  public Optional<String> documentIdOfHash(String sha256) {
    return documents.documentIdOfHash(sha256);
  }

  /**
   * Commits a document, its ledger, signature, search tokens and the input's result in one
   * transaction. Under the store lock it checks again that the text is new (another process may
   * have stored it meanwhile) and asks {@code rule} whether it copies an earlier document.
   */
  public CommitOutcome commitDocument(NewDocument d, NearDuplicateRule rule) {
    return documents.commitDocument(d, rule);
  }

  /** Every stored document, in ingest order. */
  public List<StoredDocument> documents() {
    return documents.documents();
  }

  /** A stored document's normalized text. */
  public Optional<String> text(String docId) {
    return documents.text(docId);
  }

  /** A stored document's ledger, as extracted. */
  public Optional<Ledger> ledger(String docId) {
    return documents.ledger(docId);
  }

  public int documentCount() {
    return documents.documentCount();
  }

  // ---------------------------------------------------------------- ingest results (DocumentRepository)

  /** Records the result of an input that stored nothing new (skipped, failed, duplicate). */
  public void recordResult(IngestResult r) {
    documents.recordResult(r);
  }

  /** The recorded result of one input, if any. */
  public Optional<IngestResult> result(String source) {
    return documents.result(source);
  }

  /** Every input's latest result, by source. */
  public List<IngestResult> results() {
    return documents.results();
  }

  /** The inputs {@code --retry-failed} redoes. */
  public List<IngestResult> failures() {
    return documents.failures();
  }

  // ---------------------------------------------------------------- manual decisions (DecisionRepository)

  /** Records a manual merge or split; it applies from the next corpus view on. */
  public ManualDecision addDecision(ManualDecision.Action action, List<String> names, String note) {
    return decisions.add(action, names, note);
  }

  /** Undoes a decision (kept, marked undone). False when there is no such active decision. */
  public boolean undoDecision(String id) {
    return decisions.undo(id);
  }

  /** Active decisions in the order they were made. */
  public List<ManualDecision> decisions() {
    return decisions.active();
  }

  // ---------------------------------------------------------------- search (SearchIndex)

  /**
   * Full-text search: items of {@code kind} that contain every token of the query (see {@link
   * SearchTokens}), best first (most occurrences), ties by id.
   */
  public List<SearchHit> search(String query, SearchKind kind, int limit) {
    return searchIndex.search(query, kind, limit);
  }

  // ---------------------------------------------------------------- corpus view

  /** The resolver's input: every ledger in ingest order, the near-duplicate links, the decisions. */
  public CorpusInput corpusInput() {
    return corpusInput(null);
  }

  /** The resolver's input, with the previous view's ids when the caller has them (else read from the view). */
  private CorpusInput corpusInput(StableIds known) {
    return read(() -> {
      List<Ledger> ledgers = new ArrayList<>();
      Map<String, String> copyOf = new LinkedHashMap<>();
      try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id, copy_of, ledger_json FROM document ORDER BY seq");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ledgers.add(LedgerJson.read(rs.getString(3)));
          if (rs.getString(2) != null) {
            copyOf.put(rs.getString(1), rs.getString(2));
          }
        }
      }
      // The ids the current view handed out, so that entities, events and clusters keep them.
      StableIds previous = known != null ? known : StableIds.EMPTY;
      String view = known != null ? null : string("SELECT ledger_json FROM corpus_view WHERE id = 1");
      if (view != null) {
        CorpusLedger current = readCorpus(view);
        if (current != null) {
          previous = current.ids();
        }
      }
      return new CorpusInput(ledgers, copyOf, decisions(), previous);
    });
  }

  /**
   * What became of an entity, event or cluster id that the current view does not have: the
   * latest recorded change (MERGED into the survivor, SPLIT, GONE), or empty if the id was never
   * changed (unknown, or still current).
   */
  public Optional<StableIds.Change> idChange(String id) {
    return read(() -> {
      try (PreparedStatement ps = prepare(
          "SELECT change_kind, into_ids, note FROM id_change WHERE item_id = ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY", id);
          ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new StableIds.Change(id, StableIds.Change.Kind.valueOf(rs.getString(1)), parseList(rs.getString(2)),
            rs.getString(3)));
      }
    });
  }

  /**
   * The id that now names what {@code id} named: itself if nothing happened to it, else the end of
   * its chain of merges (e30 merged into e12, e12 into e4 → e4); empty if it is gone.
   */
  public Optional<String> currentId(String id) {
    String at = id;
    for (int guard = 0; guard < 100; guard++) {
      Optional<StableIds.Change> ch = idChange(at);
      if (ch.isEmpty() || ch.get().kind() == StableIds.Change.Kind.SPLIT) {
        return Optional.of(at);
      }
      if (ch.get().kind() == StableIds.Change.Kind.GONE || ch.get().into().isEmpty()) {
        return Optional.empty();
      }
      at = ch.get().into().get(0);
    }
    return Optional.of(at);
  }

  /**
   * Recomputes the corpus view unless it is current. The resolver runs outside any lock; the
   * result is written only if the input did not change meanwhile (else it is computed again), so
   * the stored view always matches the stored documents and decisions. A resolver that throws
   * leaves a view with its error, which the query commands report.
   */
  public CorpusView refreshCorpusView(Function<CorpusInput, CorpusLedger> resolver) {
    for (int attempt = 0; ; attempt++) {
      String before = read(this::fingerprint);
      Optional<CorpusView> current = corpusView();
      if (current.isPresent() && current.get().inputHash().equals(before)) {
        return current.get();
      }
      // the view just read gives the ids to keep: the input need not read and parse it again
      StableIds previous = current.map(v -> v.ledger() == null ? StableIds.EMPTY : v.ledger().ids()).orElse(StableIds.EMPTY);
      CorpusInput input = corpusInput(previous);
      CorpusLedger ledger = null;
      String error = null;
      try {
        ledger = resolver.apply(input);
      } catch (RuntimeException e) {
        error = oneLine(e);
      }
      CorpusLedger result = ledger;
      String failure = error;
      boolean optimistic = attempt < 5;
      Optional<CorpusView> written;
      try {
        written = write(() -> {
          if (optimistic) {
            lock();
            if (!fingerprint().equals(before)) {
              return Optional.empty();
            }
          }
          return Optional.of(writeView(before, input.documents().size(), result, failure));
        });
      } catch (StoreException e) {
        // another process wrote the view at the same moment (a key clash): read what it wrote
        if (!optimistic || !(e.getCause() instanceof SQLException se) || !"23505".equals(se.getSQLState())) {
          throw e;
        }
        written = Optional.empty();
      }
      if (written.isPresent()) {
        return written.get();
      }
    }
  }

  /** The stored corpus view, if one was computed. */
  public Optional<CorpusView> corpusView() {
    return read(() -> {
      try (PreparedStatement ps = tx.connection().prepareStatement("SELECT input_hash, documents, ledger_json, error FROM corpus_view WHERE id = 1");
          ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String json = rs.getString(3);
        CorpusLedger ledger = json == null ? null : readCorpus(json);
        return Optional.of(new CorpusView(rs.getString(1), rs.getInt(2), ledger, rs.getString(4)));
      }
    });
  }

  /** Whether the stored view matches the stored documents and decisions. */
  public boolean corpusViewCurrent() {
    return read(() -> fingerprint().equals(string("SELECT input_hash FROM corpus_view WHERE id = 1")));
  }

  private String fingerprint() throws SQLException {
    StringBuilder sb = new StringBuilder("docs\n");
    try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id, copy_of FROM document ORDER BY seq"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        sb.append(rs.getString(1)).append(' ').append(rs.getString(2)).append('\n');
      }
    }
    sb.append("decisions\n");
    for (ManualDecision d : decisions()) {
      sb.append(d.id()).append('\n');
    }
    return DocumentText.sha256(sb.toString());
  }

  private CorpusView writeView(String hash, int docs, CorpusLedger ledger, String error) throws SQLException {
    String json = ledger == null ? null : LedgerJson.writeCompact(ledger);
    if (update("UPDATE corpus_view SET input_hash = ?, documents = ?, ledger_json = ?, error = ? WHERE id = 1",
        hash, docs, json, error) == 0) {
      update("INSERT INTO corpus_view (id, input_hash, documents, ledger_json, error) VALUES (1, ?, ?, ?, ?)",
          hash, docs, json, error);
    }
    searchIndex.replaceTokens(List.of(SearchKind.CLAIM, SearchKind.ENTITY), ledger == null ? Map.of() : viewTokens(ledger));
    if (ledger != null) {
      long seq = number("SELECT COALESCE(MAX(seq), 0) FROM id_change");
      for (StableIds.Change ch : ledger.idChanges()) {
        update("INSERT INTO id_change (seq, item_id, change_kind, into_ids, note) VALUES (?,?,?,?,?)", ++seq, ch.id(),
            ch.kind().name(), cut(LedgerJson.writeCompact(ch.into()), 4000), cut(ch.note(), 4000));
      }
    }
    return new CorpusView(hash, docs, ledger, error);
  }

  /**
   * The view's search tokens (kind → item → token → count): entities by their names, claims by
   * what they say (the view itself is its JSON).
   */
  private Map<SearchKind, Map<String, Map<String, Integer>>> viewTokens(CorpusLedger corpus) throws SQLException {
    Map<String, Map<String, Integer>> entityTokens = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> claimTokens = new LinkedHashMap<>();
    Ledger l = corpus.ledger();
    Map<String, Entity> entities = new LinkedHashMap<>();
    for (Entity e : l.entities()) {
      entities.put(e.id(), e);
      StringBuilder names = new StringBuilder(e.name());
      for (String a : e.aliases()) {
        names.append(' ').append(a);
      }
      entityTokens.merge(e.id(), SearchTokens.count(names.toString()), LedgerStore::noSharedIds);
    }
    // Claims: what each attribution's source is said to claim, with its cue, source and event.
    Map<String, Event> events = new LinkedHashMap<>();
    for (Event v : l.events()) {
      events.put(v.id(), v);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (DocumentInfo d : l.documents()) {
      if (d.sha256() != null && d.sha256().length() == 64) {
        String body = string("SELECT body FROM document WHERE id = ?", DocumentIds.of(d.sha256()));
        if (body != null) {
          texts.put(d.id(), body);
        }
      }
    }
    for (Attribution a : l.attributions()) {
      StringBuilder claim = new StringBuilder();
      String body = texts.get(a.doc());
      if (body != null && a.content() != null && a.content().end() <= body.length()) {
        claim.append(a.content().of(body));
      }
      if (a.cue() != null) {
        claim.append(' ').append(a.cue());
      }
      Entity source = entities.get(a.source());
      if (source != null) {
        claim.append(' ').append(source.name());
      }
      Event v = a.event() == null ? null : events.get(a.event());
      if (v != null) {
        claim.append(' ').append(v.trigger() == null ? "" : v.trigger());
        if (v.summary() != null) {
          claim.append(' ').append(v.summary());
        }
      }
      claimTokens.merge(a.id(), SearchTokens.count(claim.toString()), LedgerStore::noSharedIds);
    }
    return Map.of(SearchKind.ENTITY, entityTokens, SearchKind.CLAIM, claimTokens);
  }

  /**
   * Two items with one id: a row per (kind, token, ref) cannot hold both, so the delete-and-insert
   * this replaced failed on the key; keep that strictness rather than adding the counts silently.
   */
  private static Map<String, Integer> noSharedIds(Map<String, Integer> a, Map<String, Integer> b) {
    throw new IllegalStateException("two view items share an id");
  }

  static CorpusLedger readCorpus(String json) {
    try {
      return LedgerJson.mapper().readValue(json, CorpusLedger.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- dump

  /**
   * Every row of every table, in a fixed order, one line per row: two stores with equal dumps hold
   * the same data. The migration history (which records install times) is left out.
   */
  public String canonicalDump() {
    return read(() -> {
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<String, String> t : DUMP_TABLES.entrySet()) {
        sb.append("== ").append(t.getKey()).append('\n');
        try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + t.getKey() + " ORDER BY " + t.getValue())) {
          ResultSetMetaData md = rs.getMetaData();
          List<Integer> cols = new ArrayList<>();
          TreeSet<String> names = new TreeSet<>();
          Map<String, Integer> byName = new LinkedHashMap<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            byName.put(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), i);
            names.add(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
          }
          for (String n : names) {
            cols.add(byName.get(n));
          }
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i : cols) {
              row.append(row.length() == 0 ? "" : "\t").append(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT)).append('=');
              int type = md.getColumnType(i);
              if (type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB) {
                byte[] b = rs.getBytes(i);
                row.append(b == null ? "null" : HexFormat.of().formatHex(b));
              } else if (type == Types.BOOLEAN || type == Types.BIT) {
                boolean v = rs.getBoolean(i);
                row.append(rs.wasNull() ? "null" : String.valueOf(v));
              } else {
                String v = rs.getString(i);
                row.append(v == null ? "null" : v.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t"));
              }
            }
            sb.append(row).append('\n');
          }
        }
      }
      return sb.toString();
    });
  }

  // ---------------------------------------------------------------- plumbing (StoreTransactions)

  private <T> T read(StoreTransactions.Work<T> work) {
    return tx.read(work);
  }

  private <T> T write(StoreTransactions.Work<T> work) {
    return tx.write(work);
  }

  private void lock() throws SQLException {
    tx.lock();
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    return tx.prepare(sql, args);
  }

  private int update(String sql, Object... args) throws SQLException {
    return tx.update(sql, args);
  }

  private String string(String sql, Object... args) throws SQLException {
    return tx.string(sql, args);
  }

  private long number(String sql, Object... args) throws SQLException {
    return tx.number(sql, args);
  }

  static String extractors(Ledger l) {
    TreeSet<String> names = new TreeSet<>();
    l.entities().forEach(e -> add(names, e.extractor()));
    l.times().forEach(t -> add(names, t.extractor()));
    l.events().forEach(v -> add(names, v.extractor()));
    l.attributions().forEach(a -> add(names, a.extractor()));
    l.quotes().forEach(q -> add(names, q.extractor()));
    l.findings().forEach(f -> add(names, f.extractor()));
    return cut(String.join(" ", names), 500);
  }

  private static void add(TreeSet<String> names, org.attest.model.Provenance p) {
    if (p != null) {
      names.add(p.toString());
    }
  }

  static List<String> parseList(String json) {
    try {
      return LedgerJson.mapper().readValue(json, STRING_LIST);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(int[] ints) {
    ByteBuffer b = ByteBuffer.allocate(ints.length * 4);
    for (int i : ints) {
      b.putInt(i);
    }
    return b.array();
  }

  static int[] ints(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    int[] out = new int[bytes.length / 4];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getInt();
    }
    return out;
  }

  static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }
}
