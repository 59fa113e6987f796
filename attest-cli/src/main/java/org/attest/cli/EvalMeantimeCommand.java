package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attest.eval.meantime.MeantimeEvaluation;
import org.attest.eval.meantime.MeantimeReader;
import org.attest.extract.AttestPipeline;
import org.attest.model.LedgerJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest eval meantime}: score the extractor against MEANTIME XML. */
@Command(
    name = "meantime",
    mixinStandardHelpOptions = true,
    description = {
      "Run the extractor on every MEANTIME XML file under DIR (its reconstructed text, published on",
      "its DCT) and score entity mentions, TIMEX3 spans and values, event mentions and factuality:",
      "precision, recall, F1 per corpus (the file's folder) and overall. Rules: docs/evaluation.md."
    })
public final class EvalMeantimeCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "A MEANTIME folder (or one .xml file).")
  Path dir;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output: text (default) or json.")
  OutputFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(dir)) {
      throw new IllegalArgumentException("no such file or directory: " + dir);
    }
    List<Path> files = MeantimeReader.listFiles(dir);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no .xml files under " + dir);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("attest eval meantime: " + files.size() + " files");
    err.flush();
    MeantimeEvaluation.Report report = MeantimeEvaluation.run(AttestPipeline.create(), files, null);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == OutputFormat.json ? LedgerJson.write(report) : report.renderText());
    out.flush();
    return report.errors().isEmpty() ? 0 : 2;
  }
}
