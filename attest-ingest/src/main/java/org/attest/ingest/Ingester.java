package org.attest.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.attest.crossdoc.CorpusInput;
import org.attest.crossdoc.CorpusLedger;
import org.attest.model.DocumentInfo;
import org.attest.model.DocumentText;
import org.attest.model.Ledger;
import org.attest.model.LedgerExtractor;
import org.attest.model.Ledgers;
import org.attest.model.SourceDocument;
import org.attest.store.CommitOutcome;
import org.attest.store.CorpusView;
import org.attest.store.DocumentIds;
import org.attest.store.IngestResult;
import org.attest.store.IngestStatus;
import org.attest.store.LedgerStore;
import org.attest.store.NearDuplicateRule;
import org.attest.store.NewDocument;
import org.attest.store.StoreException;

/**
 * Ingests inputs into a store: reads each file, refuses what is not an English text document,
 * skips texts already stored, extracts each new document's ledger and commits it (with its
 * near-duplicate link and the input's result) in one transaction, then recomputes the corpus view.
 *
 * <p>Crash safety follows from the order of work: a document's commit is the only write that
 * matters, and it is atomic; an input whose commit did not happen has no result in the store and
 * is simply read again by the next run; an input whose commit happened is recognized by its text
 * hash and left alone. Nothing is written for inputs whose stored result is already the same, so
 * re-ingesting changes nothing.
 */
public final class Ingester {

  /** The near-duplicate rule of {@link MinHash}: the earliest stored document similar enough. */
  public static final NearDuplicateRule MINHASH_RULE = (signature, candidates) -> {
    for (var c : candidates) {
      double s = MinHash.similarity(signature, c.signature());
      if (s >= MinHash.THRESHOLD) {
        return Optional.of(new NearDuplicateRule.Match(c, s));
      }
    }
    return Optional.empty();
  };

  private final LedgerStore store;
  private final LedgerExtractor extractor;
  private final Function<CorpusInput, CorpusLedger> resolver;
  private final IngestLimits limits;
  private final IngestListener listener;
  private final LanguageCheck languageCheck;

  /**
   * @param resolver computes the corpus view after the run (the cross-document resolver), or null
   *     to leave the view as it is
   */
  public Ingester(LedgerStore store, LedgerExtractor extractor, Function<CorpusInput, CorpusLedger> resolver,
      IngestLimits limits, IngestListener listener) {
    this(store, extractor, resolver, limits, listener, LanguageCheck.defaults());
  }

  /** With the language check of a given language (the registered bundle's by default). */
  public Ingester(LedgerStore store, LedgerExtractor extractor, Function<CorpusInput, CorpusLedger> resolver,
      IngestLimits limits, IngestListener listener, LanguageCheck languageCheck) {
    this.store = Objects.requireNonNull(store);
    this.extractor = Objects.requireNonNull(extractor);
    this.resolver = resolver;
    this.limits = Objects.requireNonNull(limits);
    this.listener = listener == null ? IngestListener.NONE : listener;
    this.languageCheck = Objects.requireNonNull(languageCheck);
  }

  /** Ingests files and directories (every file under them, in name order). */
  public IngestSummary ingest(List<Path> paths) throws IOException {
    return ingestInputs(InputFiles.inputs(paths));
  }

  /** Ingests inputs listed by {@link InputFiles#inputs} (list them first to fail early on a bad path). */
  public IngestSummary ingestInputs(List<InputFiles.Input> inputs) {
    return run(inputs);
  }

  /**
   * The file an input's source names: the source itself, or without its {@code #item=N} (feed) or
   * {@code #line=N} (JSON Lines) suffix. A {@code #} elsewhere is part of the file name.
   */
  public static Path fileOf(String source) {
    java.util.regex.Matcher m = ITEM_SUFFIX.matcher(source);
    if (m.matches() && !Files.exists(Path.of(source), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return Path.of(m.group(1));
    }
    return Path.of(source);
  }

  private static final java.util.regex.Pattern ITEM_SUFFIX = java.util.regex.Pattern.compile("(?s)(.*)#(?:item|line)=\\d+");

  /** Ingests again the files of every input whose last result was SKIPPED or FAILED. */
  public IngestSummary retryFailed() {
    Set<Path> files = new LinkedHashSet<>();
    List<IngestListener.RunResult> gone = new ArrayList<>();
    for (IngestResult r : store.failures()) {
      String s = r.source();
      Path file;
      try {
        file = fileOf(s);
      } catch (RuntimeException badPath) {
        continue; // a shortened over-long path (PATH_TOO_LONG): nothing to retry
      }
      if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        files.add(file);
      } else if (!SkipReason.PATH_TOO_LONG.name().equals(r.reason())) {
        gone.add(record(new IngestResult(s, IngestStatus.SKIPPED, SkipReason.UNREADABLE.name(), "no such file", null, null)));
      }
    }
    List<InputFiles.Input> inputs = new ArrayList<>();
    for (Path f : files) {
      inputs.add(InputFiles.Input.of(f));
    }
    IngestSummary s = run(inputs);
    List<IngestListener.RunResult> all = new ArrayList<>(gone);
    all.addAll(s.results());
    return new IngestSummary(all, s.view());
  }

  private IngestSummary run(List<InputFiles.Input> files) {
    listener.started(files.size());
    List<IngestListener.RunResult> results = new ArrayList<>();
    int done = 0;
    for (InputFiles.Input input : files) {
      List<IngestListener.RunResult> fileResults = new ArrayList<>();
      String fileSource = input.file().toString();
      if (fileSource.length() > LedgerStore.MAX_SOURCE_CHARS - 32) {
        fileResults.add(record(tooLong(fileSource)));
      } else {
        List<InputOutcome> outcomes;
        try {
          outcomes = InputFiles.read(input, limits);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          outcomes = List.of(InputOutcome.rejected(fileSource, SkipReason.UNREADABLE, oneLine(e)));
        }
        for (InputOutcome o : outcomes) {
          fileResults.add(o.accepted() ? ingest(o.document()) : record(skipped(o.source(), o.rejection())));
        }
      }
      results.addAll(fileResults);
      listener.fileDone(++done, files.size(), input.file(), fileResults);
    }
    CorpusView view = null;
    if (resolver != null) {
      listener.recomputingView();
      view = store.refreshCorpusView(resolver);
    }
    return new IngestSummary(results, view);
  }

  private IngestListener.RunResult ingest(IncomingDocument d) {
    String text = d.text();
    try {
      languageCheck.require(text);
    } catch (InputRejectedException e) {
      return record(skipped(d.source(), e));
    }
    String sha = DocumentText.sha256(text);
    Optional<String> existing = store.documentIdOfHash(sha);
    if (existing.isPresent()) {
      Optional<IngestResult> prev = store.result(d.source());
      if (prev.isPresent() && existing.get().equals(prev.get().docId()) && !prev.get().status().failure()) {
        return new IngestListener.RunResult(prev.get(), true);
      }
      return record(new IngestResult(d.source(), IngestStatus.DUPLICATE, null, null, existing.get(), null));
    }
    String id = DocumentIds.of(sha);
    DocumentInfo info = new DocumentInfo(id, sha, d.title(), d.outlet(), d.url(), d.published(), d.source(), null, text.length());
    Ledger ledger;
    try {
      ledger = Ledgers.withDocument(extractor.extract(new SourceDocument(info, text)), info);
      info = ledger.documents().get(0);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return record(new IngestResult(d.source(), IngestStatus.FAILED, SkipReason.EXTRACTION_FAILED.name(),
          SkipReason.EXTRACTION_FAILED.words() + ": " + oneLine(e), null, null));
    }
    int[] signature = MinHash.signature(text);
    NewDocument doc = new NewDocument(info, d.author(), d.source(), text, ledger, signature, MinHash.bandKeys(signature));
    CommitOutcome out;
    try {
      out = store.commitDocument(doc, MINHASH_RULE);
    } catch (StoreException e) {
      // a document the store cannot take (a value it refuses) must not stop the run; an
      // unreachable store will fail this write as well, and that does stop it
      return record(new IngestResult(d.source(), IngestStatus.FAILED, SkipReason.UNREADABLE.name(),
          "the store refused it: " + e.getMessage(), null, null));
    }
    return new IngestListener.RunResult(new IngestResult(d.source(), out.status(), null,
        out.status() == IngestStatus.NEAR_DUPLICATE ? String.format(java.util.Locale.ROOT, "similarity %.2f", out.similarity()) : null,
        out.docId(), out.ofDoc()), false);
  }

  /**
   * The result of an input whose path is longer than the store keeps: recorded under the path's
   * first 3,000 characters and its hash, so the run goes on and the result says what happened.
   */
  static IngestResult tooLong(String source) {
    String key = source.substring(0, 3000) + "…[" + source.length() + " characters, sha256 "
        + DocumentText.sha256(source).substring(0, 16) + "]";
    return new IngestResult(key, IngestStatus.SKIPPED, SkipReason.PATH_TOO_LONG.name(),
        "its path has " + source.length() + " characters; the store keeps paths of up to " + LedgerStore.MAX_SOURCE_CHARS
            + " (move or rename it)", null, null);
  }

  private static IngestResult skipped(String source, InputRejectedException e) {
    return new IngestResult(source, IngestStatus.SKIPPED, e.reason().name(), e.getMessage(), null, null);
  }

  /** Records a result unless the store holds exactly this one already. */
  private IngestListener.RunResult record(IngestResult r) {
    Optional<IngestResult> prev = store.result(r.source());
    if (prev.isPresent() && prev.get().equals(r)) {
      return new IngestListener.RunResult(r, true);
    }
    store.recordResult(r);
    return new IngestListener.RunResult(r, false);
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    m = m.replaceAll("\\s+", " ").strip();
    return m.length() > 300 ? m.substring(0, 300) : m;
  }
}
