package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attest.eval.plover.PloverEvaluation;
import org.attest.extract.AttestPipeline;
import org.attest.model.LedgerJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest eval plover}: PLOVER type and actor accuracy with a confusion matrix on coded example sentences. */
@Command(
    name = "plover",
    mixinStandardHelpOptions = true,
    description = {
      "Extract each coded example sentence (CATEGORY<TAB>ACTOR<TAB>RECIPIENT<TAB>SENTENCE) and score its main",
      "event's PLOVER type and actor; prints accuracy and the confusion matrix (expected x predicted)."
    })
public final class EvalPloverCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "The examples file (TSV).")
  Path file;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", defaultValue = "2025-06-02",
      description = "Publication date given to every sentence (default: ${DEFAULT-VALUE}).")
  String published;

  @Option(names = "--errors", description = "List every example whose type or actor is wrong.")
  boolean errors;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output: text (default) or json.")
  OutputFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such examples file: " + file);
    }
    java.time.LocalDate.parse(published);
    var examples = PloverEvaluation.read(file);
    var report = PloverEvaluation.evaluate(AttestPipeline.create(), examples, published);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      Map<String, Object> m = new LinkedHashMap<>(PloverEvaluation.summary(report));
      out.println(LedgerJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(m));
    } else {
      out.print(report.renderText(errors));
    }
    out.flush();
    return 0;
  }
}
