package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attest.eval.polnear.AttributionTrainer;
import org.attest.eval.polnear.PolnearCorpus;
import org.attest.extract.attributions.model.AttributionTagger;
import org.attest.nlp.CachedAnnotator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attest train ...}: retrain a shipped model. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Retrain a shipped model from its training data.",
    subcommands = {TrainCommand.Attribution.class, TrainCommand.EventCoref.class})
public final class TrainCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code attest train attribution --data DIR --out FILE}. */
  @Command(
      name = "attribution",
      mixinStandardHelpOptions = true,
      description = {
        "Train the attribution model on PolNeAR's train split (DIR/train: text/ and attributions/).",
        "Deterministic: the same data and options give a byte-identical model file. Parses are cached",
        "(--cache); the first run parses every article (CPU-heavy). The shipped model is",
        "attest-extract/src/main/resources/org/attest/extract/attributions/model/attribution-model.bin.gz."
      })
  public static final class Attribution implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "PolNeAR folder holding train/.")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR",
        description = "Parse cache folder (default $ATTEST_PARSE_CACHE or /tmp/attest-cache/parses).")
    Path cache;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "0",
        description = "Train on the first N articles in name order only (0, the default: all).")
    int articles;

    @Option(names = "--cue-c", defaultValue = "0.1", description = "Regularization C of the cue tagger (default 0.1).")
    double cueC;

    @Option(names = "--role-c", defaultValue = "0.1", description = "Regularization C of the source/content tagger (default 0.1).")
    double roleC;

    @Option(names = "--min-count", defaultValue = "2", description = "Drop features seen fewer times (default 2).")
    int minCount;

    @Option(names = "--cue-shift", description = "Added to the cue tagger's B/I scores after training (default: the shipped model's).")
    Double cueShift;

    @Option(names = "--content-shift", description = "Added to the CONTENT score after training (default: the shipped model's).")
    Double contentShift;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Path split = data.resolve("train");
      if (!Files.isDirectory(split)) {
        throw new IllegalArgumentException("no train/ folder under " + data);
      }
      PrintWriter pw = spec.commandLine().getOut();
      long t0 = System.nanoTime();
      PolnearCorpus corpus = PolnearCorpus.read(split);
      for (PolnearCorpus.Skip s : corpus.skipped()) {
        pw.println("skipped " + s.name() + ": " + s.reason());
      }
      CachedAnnotator pc = CachedAnnotator.coreNlp(cache != null ? cache : CachedAnnotator.defaultDir());
      List<AttributionTrainer.Example> ex = new ArrayList<>();
      List<PolnearCorpus.Article> arts = corpus.articles();
      if (articles > 0 && articles < arts.size()) {
        arts = arts.subList(0, articles);
      }
      for (PolnearCorpus.Article a : arts) {
        ex.add(new AttributionTrainer.Example(pc.annotate(a.document()), a.attributions()));
      }
      long t1 = System.nanoTime();
      AttributionTagger tagger = AttributionTrainer.train(ex,
          new AttributionTrainer.Options(cueC, roleC, minCount, 1L,
              cueShift != null ? cueShift : AttributionTrainer.DEFAULT_CUE_SHIFT,
              contentShift != null ? contentShift : AttributionTrainer.DEFAULT_CONTENT_SHIFT));
      byte[] bytes = tagger.toBytes();
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Files.write(out, bytes);
      long t2 = System.nanoTime();
      pw.printf(Locale.ROOT, "trained on %d articles (%d attributions): parses %.1f s, training %.1f s%n", ex.size(),
          ex.stream().mapToInt(e -> e.gold().size()).sum(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
      pw.printf(Locale.ROOT, "wrote %s: %,d bytes, sha256 %s (%s)%n", out, bytes.length, tagger.sha256(), tagger);
      pw.flush();
      return 0;
    }
  }

  /** {@code attest train event-coref DIR [--out FILE]}. */
  @Command(
      name = "event-coref",
      mixinStandardHelpOptions = true,
      description = {
        "Train the cross-document event-pair model on the ECB+ training topics (never dev or test):",
        "logistic regression over the features of every candidate event pair whose two events match",
        "gold mentions. Deterministic: the same data and options give a byte-identical model file.",
        "Parses are cached (--cache; fill it first with attest eval ecbplus DIR --topics train --parse-only).",
        "Evidence against (different actors, places, types ...) may not learn a positive weight: such a",
        "feature is left out and the model refitted.",
        "The shipped model is attest-crossdoc/src/main/resources/org/attest/crossdoc/event-pair-model.tsv."
      })
  public static final class EventCoref implements Callable<Integer> {

    @CommandLine.Parameters(index = "0", paramLabel = "DIR", description = "The ECB+ folder (holding topics/ and ECBplus_coreference_sentences.csv).")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "/tmp/attest-cache/ecb",
        description = "Parse cache folder (default /tmp/attest-cache/ecb).")
    Path cache;

    @Option(names = "--c", defaultValue = "1", description = "Regularization C (default 1).")
    double c;

    @Option(names = "--without", paramLabel = "PREFIX", description = "Leave out the features whose names start so (ablation).")
    List<String> without = new ArrayList<>();

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException("no such directory: " + dir);
      }
      PrintWriter pw = spec.commandLine().getOut();
      long t0 = System.nanoTime();
      org.attest.eval.ecb.EcbEvaluation.Prepared p = org.attest.eval.ecb.EcbEvaluation.prepare(
          new org.attest.eval.ecb.EcbEvaluation.Options(dir, org.attest.eval.ecb.EcbEvaluation.parseTopics("train"), cache), null);
      org.attest.eval.ecb.EventPairTrainer.Options base = org.attest.eval.ecb.EventPairTrainer.Options.defaults();
      org.attest.eval.ecb.EventPairTrainer.Result r = org.attest.eval.ecb.EventPairTrainer.train(p,
          new org.attest.eval.ecb.EventPairTrainer.Options(c, base.name(), base.seed(), List.copyOf(without)));
      byte[] bytes = r.model().toBytes();
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Files.write(out, bytes);
      pw.printf(Locale.ROOT, "trained on %d topics, %d candidate pairs (%d same event) in %.1f s%n", p.data().size(),
          r.examples(), r.positives(), (System.nanoTime() - t0) / 1e9);
      r.sameEventPairs().forEach((k, v) -> pw.printf(Locale.ROOT, "  same-event pairs of matched events, %s: %d%n", k, v));
      pw.printf(Locale.ROOT, "wrote %s: %,d bytes, %s, sha256 %s%n", out, bytes.length, r.model(), r.model().sha256());
      pw.flush();
      return 0;
    }
  }
}
