package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attest.eval.polnear.PolnearCorpus;
import org.attest.eval.polnear.PolnearEvaluation;
import org.attest.eval.polnear.PolnearScorer;
import org.attest.extract.AttestPipeline;
import org.attest.extract.Extractor;
import org.attest.extract.Extractors;
import org.attest.extract.attributions.AttributionExtractor;
import org.attest.extract.attributions.RuleAttributionExtractor;
import org.attest.nlp.CachedAnnotator;
import org.attest.nlp.CoreNlpAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest eval polnear DIR}: attribution cue, source and content scores on a PolNeAR split. */
@Command(
    name = "polnear",
    mixinStandardHelpOptions = true,
    description = {
      "Run the extractor on a PolNeAR split (DIR holds text/ and attributions/) and print cue",
      "P/R/F1, source accuracy on matched cues and content token-Dice P/R/F1. Rules: docs/evaluation.md.",
      "Parses are cached (--cache) so that a second run only extracts."
    })
public final class EvalPolnearCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "A PolNeAR split folder with text/ and attributions/.")
  Path dir;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Parse cache folder (default $ATTEST_PARSE_CACHE or /tmp/attest-cache/parses).")
  Path cache;

  @Option(names = "--attributions", paramLabel = "model|model-only|rules", defaultValue = "model",
      description = {"Which attribution extractor: the shipped one (default: the trained model, with the rules'",
          "cues where it found none), the model alone, or the earlier rules alone."})
  String which;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "0",
      description = "Score only the first N articles in name order (0, the default: all).")
  int articles;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no such folder: " + dir);
    }
    if (!List.of("model", "model-only", "rules").contains(which)) {
      throw new IllegalArgumentException("--attributions must be model, model-only or rules, not '" + which + "'");
    }
    PolnearCorpus corpus = PolnearCorpus.read(dir).first(articles);
    PrintWriter out = spec.commandLine().getOut();
    for (PolnearCorpus.Skip s : corpus.skipped()) {
      out.println("skipped " + s.name() + ": " + s.reason());
    }
    List<Extractor> xs = new ArrayList<>();
    for (Extractor x : Extractors.defaults()) {
      boolean attr = x.name().equals(AttributionExtractor.NAME);
      xs.add(!attr || which.equals("model") ? x
          : which.equals("rules") ? new RuleAttributionExtractor()
          : new AttributionExtractor(null, false));
    }
    AttestPipeline pipeline = new AttestPipeline(doc -> CoreNlpAnnotator.shared().annotate(doc), xs);
    CachedAnnotator pc = CachedAnnotator.coreNlp(cache != null ? cache : CachedAnnotator.defaultDir());
    PolnearScorer s = PolnearEvaluation.evaluate(corpus, pc, pipeline::extract);
    out.println("PolNeAR " + dir + ": " + corpus.articles().size() + " articles, attributions by " + which);
    out.print(s.render());
    out.flush();
    return 0;
  }
}
