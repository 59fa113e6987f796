package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attest.crossdoc.CorpusResolver;
import org.attest.extract.AttestPipeline;
import org.attest.ingest.FolderWatch;
import org.attest.ingest.IngestLimits;
import org.attest.ingest.IngestListener.RunResult;
import org.attest.ingest.IngestSummary;
import org.attest.ingest.Ingester;
import org.attest.ingest.InputFiles;
import org.attest.ingest.PlainText;
import org.attest.model.Ledger;
import org.attest.model.LedgerExtractor;
import org.attest.model.SourceDocument;
import org.attest.store.CorpusView;
import org.attest.store.IngestStatus;
import org.attest.store.LedgerStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest ingest}: files and directories into the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read articles into the store: plain text (.txt), web pages (.html), RSS/Atom feeds (.rss, .atom, .xml)",
      "and JSON Lines (.jsonl: {\"text\",\"title\",\"url\",\"outlet\",\"published\"} per line).",
      "Directories are read recursively. Texts already stored are skipped; near-duplicates are linked to their",
      "original. Every input's result is printed and kept; --retry-failed redoes the failures.",
      "Exit status: 0 when every input was stored or already there, 2 when some were skipped or failed."
    })
public final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories.")
  List<Path> paths;

  @Option(names = "--retry-failed", description = "Ingest again the inputs whose last result was skipped or failed.")
  boolean retryFailed;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + PlainText.DEFAULT_MAX_BYTES,
      description = "Refuse documents larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--watch", paramLabel = "DIR",
      description = {"Keep running: ingest the files already in DIR, then every new or changed file as soon as it has",
        "stopped growing, with the models loaded once. Ctrl-C or SIGTERM stops after the file in flight."})
  Path watch;

  @Option(names = "--poll-ms", paramLabel = "MS", defaultValue = "1000",
      description = "With --watch: how often to look at DIR; a file is read once unchanged for one interval (default: ${DEFAULT-VALUE}).")
  long pollMillis;

  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (watch != null) {
      if ((paths != null && !paths.isEmpty()) || retryFailed) {
        throw new IllegalArgumentException("--watch takes one directory and no other inputs");
      }
      return watch();
    }
    if ((paths == null || paths.isEmpty()) && !retryFailed) {
      throw new IllegalArgumentException("give files or directories to ingest, or --retry-failed");
    }
    IngestLimits limits = IngestLimits.ofDocumentBytes(maxBytes);
    PrintWriter out = spec.commandLine().getOut();
    // list the inputs before opening the store: a path that does not exist changes nothing
    List<InputFiles.Input> inputs = paths == null || paths.isEmpty() ? List.of() : InputFiles.inputs(paths);
    try (LedgerStore s = store.openForWriting()) {
      Ingester ingester = new Ingester(s, new LazyPipeline(), new CorpusResolver()::resolve, limits,
          new ProgressDisplay(System.err, System.console()));
      IngestSummary summary = retryFailed && (paths == null || paths.isEmpty())
          ? ingester.retryFailed() : retryFailed ? both(ingester, inputs) : ingester.ingestInputs(inputs);
      for (RunResult r : summary.results()) {
        out.println(IngestText.pad(IngestText.label(r), 10) + " " + IngestText.shortPath(r.result().source()) + "  "
            + IngestText.status(r));
      }
      Map<IngestStatus, Integer> n = summary.counts();
      // the counts are of what this run did; inputs whose stored result is already the same are "unchanged"
      out.printf("%nSummary: %d ingested, %d near-duplicate, %d duplicate, %d skipped, %d failed, %d unchanged (%d inputs)%n",
          n.get(IngestStatus.INGESTED), n.get(IngestStatus.NEAR_DUPLICATE), n.get(IngestStatus.DUPLICATE),
          n.get(IngestStatus.SKIPPED), n.get(IngestStatus.FAILED), summary.unchanged(), summary.results().size());
      out.printf("Store: %d documents at %s%n", s.documentCount(), s.location());
      if (summary.view() != null) {
        if (summary.view().available()) {
          Ledger l = summary.view().ledger().ledger();
          out.printf("Cross-document view: %d entities, %d events in %d clusters, %d findings%n", l.entities().size(),
              l.events().size(), summary.view().ledger().clusters().size(), l.findings().size());
        } else {
          out.println("Cross-document view not computed: " + summary.view().error());
        }
      }
      out.flush();
      return summary.anyFailure() ? 2 : 0;
    }
  }

  private int watch() throws Exception {
    if (!java.nio.file.Files.isDirectory(watch)) {
      throw new IllegalArgumentException("--watch needs an existing directory: " + watch);
    }
    if (pollMillis < 10) {
      throw new IllegalArgumentException("--poll-ms must be at least 10");
    }
    IngestLimits limits = IngestLimits.ofDocumentBytes(maxBytes);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (LedgerStore s = store.openForWriting()) {
      // no resolver in the ingester: the watch recomputes the view once per batch of files
      Ingester ingester = new Ingester(s, new LazyPipeline(), null, limits, null);
      FolderWatch w = new FolderWatch(watch, s, ingester, new CorpusResolver()::resolve, pollMillis, 2,
          new FolderWatch.Listener() {
            @Override
            public void fileIngested(Path file, IngestSummary results) {
              for (RunResult r : results.results()) {
                if (!r.unchanged()) {
                  out.println(IngestText.pad(IngestText.label(r), 10) + " " + IngestText.shortPath(r.result().source())
                      + "  " + IngestText.status(r));
                }
              }
              out.flush();
            }

            @Override
            public void fileUnreadable(Path file, String reason) {
              out.println(IngestText.pad("skipped", 10) + " " + IngestText.shortPath(file.toString()) + "  " + reason);
              out.flush();
            }

            @Override
            public void batchDone(int files, CorpusView view) {
              String v = view == null ? "" : view.available()
                  ? String.format("; view: %d entities, %d clusters, %d findings", view.ledger().ledger().entities().size(),
                      view.ledger().clusters().size(), view.ledger().ledger().findings().size())
                  : "; view not computed: " + view.error();
              out.printf("Store: %d documents%s%n", s.documentCount(), v);
              out.flush();
            }
          });
      Thread hook = w.shutdownHook(120_000, m -> {
        err.println(m);
        err.flush();
      });
      Runtime.getRuntime().addShutdownHook(hook);
      err.println("attest: watching " + watch.toAbsolutePath().normalize() + " (store " + s.location()
          + "); Ctrl-C stops");
      err.flush();
      try {
        w.run();
      } finally {
        if (!w.stopping()) {
          Runtime.getRuntime().removeShutdownHook(hook);
        }
      }
      err.println("attest: watch stopped");
      err.flush();
      return 0;
    }
  }

  private IngestSummary both(Ingester ingester, List<InputFiles.Input> inputs) {
    IngestSummary retried = ingester.retryFailed();
    IngestSummary fresh = ingester.ingestInputs(inputs);
    List<RunResult> all = new java.util.ArrayList<>(retried.results());
    all.addAll(fresh.results());
    return new IngestSummary(all, fresh.view());
  }

  /** Loads the NLP pipeline on the first new document only: re-ingesting stored texts stays fast. */
  private static final class LazyPipeline implements LedgerExtractor {
    private LedgerExtractor pipeline;

    @Override
    public synchronized Ledger extract(SourceDocument document) {
      if (pipeline == null) {
        pipeline = AttestPipeline.create();
      }
      return pipeline.extract(document);
    }
  }
}
