package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attest.eval.ecb.EcbEvaluation;
import org.attest.model.LedgerJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest eval ecbplus}: cross-document event and entity coreference on ECB+. */
@Command(
    name = "ecbplus",
    mixinStandardHelpOptions = true,
    description = {
      "Run the extractor and the cross-document resolver on ECB+ topics (all articles of a topic as",
      "one corpus) and score event and entity coreference: mention P/R, MUC, B3, CEAF-e, CoNLL F1 and",
      "cross-document links, beside the same-lemma / same-string and singleton baselines on the same",
      "mentions. Rules: docs/evaluation.md."
    })
public final class EvalEcbCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "The ECB+ folder (holding topics/ and ECBplus_coreference_sentences.csv).")
  Path dir;

  @Option(names = "--topics", paramLabel = "dev|train|LIST", defaultValue = "dev",
      description = "Topics to score: dev (2,5,12,18,21,23,34,35; default), train (the other topics 1-35), or a list like 1,3,4.")
  String topics;

  @Option(names = "--cache", paramLabel = "DIR", defaultValue = "/tmp/attest-cache/ecb",
      description = "Where parses are kept between runs (default /tmp/attest-cache/ecb). Keep it outside the repository.")
  Path cache;

  @Option(names = "--dump", paramLabel = "DIR", description = "Also write each topic's corpus ledger (JSON) and entity-mentions.tsv (each entity mention with its gold chain and system cluster) there, for diagnosis. Keep it outside the repository.")
  Path dump;

  @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Change one event-coreference weight (tuning; see EventWeights).")
  java.util.List<String> set = new java.util.ArrayList<>();

  @Option(names = "--grid", paramLabel = "NAME=V1:V2:...", description = "Score every combination of these weight values, one line each (tune on train topics only).")
  java.util.List<String> grid = new java.util.ArrayList<>();

  @Option(names = "--model", paramLabel = "FILE",
      description = "Score event pairs with this event-pair model (from attest train event-coref) instead of the shipped one.")
  Path model;

  @Option(names = "--parse-only", description = "Only fill the parse cache; score nothing.")
  boolean parseOnly;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output: text (default) or json.")
  OutputFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no such directory: " + dir);
    }
    PrintWriter err = spec.commandLine().getErr();
    EcbEvaluation.Options options = new EcbEvaluation.Options(dir, EcbEvaluation.parseTopics(topics), cache);
    if (parseOnly) {
      int n = EcbEvaluation.parseAll(options, s -> {
        err.println(s);
        err.flush();
      });
      err.println("attest eval ecbplus: " + n + " documents parsed or cached in " + cache);
      err.flush();
      return 0;
    }
    EcbEvaluation.Prepared prepared = EcbEvaluation.prepare(options, s -> {
      err.println(s);
      err.flush();
    });
    org.attest.crossdoc.EventWeights weights = org.attest.crossdoc.EventWeights.DEFAULT;
    for (String s : set) {
      String[] kv = s.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("--set: expected NAME=VALUE, not '" + s + "'");
      }
      weights = weights.with(kv[0].strip(), Double.parseDouble(kv[1].strip()));
    }
    org.attest.crossdoc.EventPairModel pairModel = model == null ? org.attest.crossdoc.EventPairModel.shipped()
        : org.attest.crossdoc.EventPairModel.read(model.getFileName().toString(), Files.readAllBytes(model));
    if (!grid.isEmpty()) {
      PrintWriter gout = spec.commandLine().getOut();
      gout.println("event-pair model " + pairModel);
      for (String line : EcbEvaluation.grid(prepared, weights, pairModel, grid)) {
        gout.println(line);
        gout.flush();
      }
      return 0;
    }
    EcbEvaluation.Report report = EcbEvaluation.score(prepared, new org.attest.crossdoc.CorpusResolver(weights, pairModel), dump);

    PrintWriter out = spec.commandLine().getOut();
    if (format != OutputFormat.json) {
      out.println("event pairs scored by " + (weights.learned() > 0 ? "the learned model " + pairModel : "the hand weights"));
    }
    out.print(format == OutputFormat.json ? LedgerJson.write(report) : report.renderText());
    out.flush();
    return report.errors().isEmpty() ? 0 : 2;
  }
}
