package org.attest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.attest.crossdoc.CorpusInput;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.CorpusResolver;
import org.attest.extract.AttestPipeline;
import org.attest.model.Ledger;
import org.attest.model.LedgerExtractor;
import org.attest.model.LedgerJson;
import org.attest.model.SharedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attest eval timeline CORPUS_DIR --out SYSTEM_DIR}: SemEval-2015 Task 4 (TimeLine), Track
 * A. Raw documents in; the pipeline reads each with its creation date; the corpus is resolved
 * across documents; one timeline per target entity is written in the task's format.
 */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "SemEval-2015 Task 4 TimeLine, Track A: write entity timelines for a corpus and (with --score) score them.",
      "CORPUS_DIR is a task corpus folder (e.g. SemEval_Task4_data/corpus_1) holding corpus_trackA_TimeML/ and",
      "list_target_entities_*.txt."
    })
public final class TimelineEvalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "CORPUS_DIR", description = "The task corpus folder.")
  Path corpusDir;

  @Option(names = "--out", required = true, paramLabel = "SYSTEM_DIR", description = "Where to write one timeline file per target entity.")
  Path out;

  @Option(names = "--participation", defaultValue = "ROLES", paramLabel = "ROLES|SENTENCE",
      description = "Which events an entity takes part in: as actor/target/location (ROLES, default: the task's timelines hold the events the entity is a participant of), or also when named in the event's sentence (SENTENCE).")
  TimelineWriter.Participation participation;

  @Option(names = "--undated", defaultValue = "DCT", paramLabel = "DCT|NONE",
      description = "Date of an event with no calendar date: its document's creation date (DCT, default) or none (ORDER 0).")
  TimelineWriter.Undated undated;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N documents (in file-name order).")
  Integer limit;

  @Option(names = "--save-ledger", paramLabel = "FILE", description = "Also write the resolved corpus ledger (JSON) here.")
  Path saveLedger;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Keep each document's ledger as DIR/DOCID.json and reuse it on later runs (delete DIR when the extractor changes).")
  Path cache;

  @Option(names = "--score", description = "Score the timelines against the corpus's TimeLines_Gold_Standard with the task scorer (python3).")
  boolean score;

  @Option(names = "--scorer", paramLabel = "SCRIPT", description = "The scorer (default: shared/tools/timeline/score_timeline.py).")
  Path scorer;

  @Spec CommandSpec spec;

  /** Tests substitute a hand-built extractor; the command uses the real pipeline. */
  LedgerExtractor extractor;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter outw = spec.commandLine().getOut();
    TimelineCorpus corpus = TimelineCorpus.read(corpusDir);
    List<TimelineCorpus.Doc> docs = corpus.documents;
    if (limit != null && limit < docs.size()) {
      docs = docs.subList(0, Math.max(0, limit));
    }
    LedgerExtractor x = extractor;
    List<Ledger> ledgers = new ArrayList<>();
    int n = 0;
    if (cache != null) {
      Files.createDirectories(cache);
    }
    for (TimelineCorpus.Doc d : docs) {
      n++;
      Path cached = cache == null ? null : cache.resolve(d.id() + ".json");
      if (cached != null && Files.isRegularFile(cached)) {
        ledgers.add(LedgerJson.read(cached));
        continue;
      }
      if (x == null) {
        x = AttestPipeline.create(); // loading models takes seconds: only when something must be extracted
      }
      try {
        Ledger l = x.extract(d.source());
        ledgers.add(l);
        if (cached != null) {
          Files.writeString(cached, LedgerJson.write(l), StandardCharsets.UTF_8);
        }
        err.printf("timeline: %d/%d %s%n", n, docs.size(), d.id());
      } catch (RuntimeException e) {
        err.printf("timeline: skipped %s: %s%n", d.path().getFileName(), Errors.message(e));
      }
      err.flush();
    }
    CorpusLedger resolved = new CorpusResolver().resolve(new CorpusInput(ledgers, Map.of(), List.of()));
    TimelineWriter writer = new TimelineWriter(corpus, resolved, participation, undated);
    Map<String, String> timelines = writer.timelines();
    Files.createDirectories(out);
    for (Map.Entry<String, String> t : timelines.entrySet()) {
      Files.writeString(out.resolve(t.getKey()), t.getValue(), StandardCharsets.UTF_8);
    }
    if (saveLedger != null) {
      Files.writeString(saveLedger, LedgerJson.write(resolved.ledger()), StandardCharsets.UTF_8);
    }
    outw.printf("wrote %d timelines to %s (%d documents, %d events in %d clusters, %d entities)%n", timelines.size(), out,
        ledgers.size(), resolved.ledger().events().size(), resolved.clusters().size(), resolved.ledger().entities().size());
    writer.sizes(timelines).forEach((f, lines) -> outw.printf("  %-32s %4d lines%n", f, lines));
    outw.flush();
    if (score) {
      return runScorer(outw, err);
    }
    return ledgers.size() == docs.size() ? 0 : 2;
  }

  private int runScorer(PrintWriter outw, PrintWriter err) throws IOException, InterruptedException {
    Path gold = corpusDir.resolve("TimeLines_Gold_Standard");
    Path script = scorer != null ? scorer
        : SharedData.locate().map(s -> s.resolve("tools/timeline/score_timeline.py"))
            .orElseThrow(() -> new IllegalArgumentException(SharedData.missingMessage("the TimeLine scorer") + "; or pass --scorer"));
    if (!Files.isDirectory(gold)) {
      throw new IllegalArgumentException(corpusDir + " has no TimeLines_Gold_Standard/ to score against");
    }
    Process p = new ProcessBuilder("python3", script.toString(), gold.toString(), out.toString())
        .redirectErrorStream(true).start();
    String result = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroy();
      throw new IllegalStateException("the scorer did not finish in 10 minutes");
    }
    outw.print(result);
    outw.flush();
    return p.exitValue() == 0 ? 0 : 1;
  }
}
