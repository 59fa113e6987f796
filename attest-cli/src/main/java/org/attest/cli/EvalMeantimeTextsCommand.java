package org.attest.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attest.eval.meantime.MeantimeEvaluation;
import org.attest.eval.meantime.MeantimeReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest eval meantime-texts}: MEANTIME XML to plain .txt articles (for 'attest bench'). */
@Command(
    name = "meantime-texts",
    mixinStandardHelpOptions = true,
    description = {
      "Write the text reconstructed from each MEANTIME XML file under DIR to OUT/<corpus>/<name>.txt,",
      "e.g. to benchmark on. Keep OUT outside the repository: corpus text is never committed."
    })
public final class EvalMeantimeTextsCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "A MEANTIME folder.")
  Path dir;

  @Parameters(index = "1", paramLabel = "OUT", description = "Where to write the .txt files.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(dir)) {
      throw new IllegalArgumentException("no such file or directory: " + dir);
    }
    List<Path> files = MeantimeReader.listFiles(dir);
    int n = MeantimeEvaluation.writeTexts(files, out);
    spec.commandLine().getOut().println("wrote " + n + " articles under " + out);
    return 0;
  }
}
