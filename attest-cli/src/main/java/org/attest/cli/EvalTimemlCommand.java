package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attest.time.eval.TimeMLEvaluation;
import org.attest.time.eval.TimexScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attest eval timeml GOLD_DIR SYSTEM_DIR}: TempEval-3 style TIMEX3 scores. */
@Command(
    name = "timeml",
    mixinStandardHelpOptions = true,
    description = {
      "Score system TimeML against gold TimeML (files paired by name), leaving out the creation time:",
      "strict and relaxed span P/R/F1, type and value accuracy, and type/value F1 (relaxed F1 x accuracy)."
    })
public final class EvalTimemlCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "GOLD_DIR") Path gold;

  @Parameters(index = "1", paramLabel = "SYSTEM_DIR") Path system;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "Also list up to N mismatches (missed, spurious, wrong value) for error analysis.")
  int errors;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TimeMLEvaluation.Result r = TimeMLEvaluation.run(gold, system);
    r.skipped().forEach(s -> err.println("skipped " + s));
    TimexScorer sc = r.scorer();
    o.print(sc.table());
    int shown = 0;
    for (TimexScorer.Miss m : sc.misses()) {
      if (shown++ >= errors) break;
      o.printf("%s\tgold=%s\tsystem=%s%n", m.doc(), show(m.gold()), show(m.system()));
    }
    o.printf("%d documents scored, %d skipped; value F1 %.2f%n", sc.documents(), r.skipped().size(),
        100 * sc.total().valueF1());
    return 0;
  }

  private static String show(TimexScorer.Annotation a) {
    return a == null ? "-" : "'" + a.text().replace('\n', ' ') + "' " + a.type() + " " + a.value();
  }
}
