package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.attest.eval.gold.GoldEvaluation;
import org.attest.eval.gold.GoldFile;
import org.attest.eval.gold.GoldReport;
import org.attest.extract.AttestPipeline;
import org.attest.ingest.PlainText;
import org.attest.model.LedgerJson;
import org.attest.model.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest eval gold}: extract one article and score its ledger against a hand-made gold file. */
@Command(
    name = "gold",
    mixinStandardHelpOptions = true,
    description = {
      "Run the extractor on an article and score the ledger against a gold file in the format of",
      "shared/spec/seed-gold.json: per-item results (✓/✗ with what was found) and totals per section."
    })
public final class EvalGoldCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "GOLD_JSON", description = "The gold file.")
  Path goldFile;

  @Option(names = "--doc", paramLabel = "ARTICLE",
      description = "The article (plain text). Default: the gold file's 'document', beside it or one folder up.")
  Path article;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date. Default: the gold file's 'published'.")
  String published;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output: text (default) or json.")
  OutputFormat format;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Keep the article's parse in this folder and reuse it (as eval polnear does).")
  Path cache;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(goldFile)) {
      throw new IllegalArgumentException("no such gold file: " + goldFile);
    }
    GoldFile gold = GoldFile.read(goldFile);
    Path doc = article != null ? article : GoldEvaluation.documentOf(goldFile, gold);
    if (!Files.isRegularFile(doc)) {
      throw new IllegalArgumentException("no such article: " + doc);
    }
    String date = published != null ? published : gold.published();
    if (date != null) {
      try {
        LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("--published must be a date like 2025-07-01, not '" + date + "'");
      }
    }
    String raw = PlainText.read(doc, PlainText.DEFAULT_MAX_BYTES);
    SourceDocument source = SourceDocument.of("d1", raw, null, null, null, date, doc.toString());
    AttestPipeline pipeline;
    if (cache == null) {
      pipeline = AttestPipeline.create();
    } else {
      pipeline = new AttestPipeline(org.attest.nlp.CachedAnnotator.coreNlp(cache), org.attest.extract.Extractors.defaults());
    }
    GoldReport report = GoldEvaluation.evaluate(pipeline, gold, source);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == OutputFormat.json ? LedgerJson.write(report) : report.renderText());
    out.flush();
    return 0;
  }
}
