package org.attest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attest.eval.time.MeantimeTimeML;
import org.attest.eval.time.SutimeTagger;
import org.attest.time.timeml.TimeMLAnnotator;
import org.attest.time.timeml.TimeMLDirectory;
import org.attest.time.timeml.TimeMLDocument;
import org.attest.time.timeml.TimeMLException;
import org.attest.time.timeml.TimeMLReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attest timeml IN_DIR OUT_DIR}: tag TimeML files with TIMEX3 (ours or SUTime's). */
@Command(
    name = "timeml",
    mixinStandardHelpOptions = true,
    description = {
      "Tag the TEXT of every .tml file in IN_DIR with TIMEX3 elements and write it to OUT_DIR.",
      "Gold TIMEX3/EVENT/SIGNAL markup is replaced; the text is kept byte for byte; the DCT anchors relative dates.",
      "With --from-meantime, IN_DIR is a MEANTIME corpus folder and OUT_DIR receives it as gold TimeML."
    })
public final class TimemlCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "IN_DIR", description = "Directory of .tml files (or MEANTIME .xml with --from-meantime).")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT_DIR", description = "Directory to write to (created if missing).")
  Path out;

  @Option(names = "--engine", paramLabel = "attest|sutime", defaultValue = "attest",
      description = "Time tagger: attest (default) or sutime (the Stanford CoreNLP 4.5.10 baseline).")
  String engine;

  @Option(names = "--from-meantime", description = "Convert MEANTIME XML to gold TimeML instead of tagging.")
  boolean fromMeantime;

  @Option(names = "--timing", paramLabel = "ROUNDS", defaultValue = "0",
      description = "After writing, tag the read documents again ROUNDS times in memory and report the"
          + " tagger's speed (expressions and characters per CPU second of this thread; reading and writing excluded).")
  int timing;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (fromMeantime) {
      MeantimeTimeML.Summary s = MeantimeTimeML.convert(in, out);
      s.skipped().forEach(r -> err.println("skipped " + r));
      o.printf("converted %d MEANTIME documents to %s: %d gold TIMEX3 (%d without tokens or crossing left out), %d skipped%n",
          s.documents(), out, s.timexes(), s.dropped(), s.skipped().size());
      return s.documents() == 0 ? 1 : 0;
    }
    TimeMLAnnotator annotator = switch (engine) {
      case "attest" -> TimeMLAnnotator.attest();
      case "sutime" -> new TimeMLAnnotator(new SutimeTagger());
      default -> throw new IllegalArgumentException("--engine must be attest or sutime, not '" + engine + "'");
    };
    long t0 = System.nanoTime();
    TimeMLDirectory.Summary s = TimeMLDirectory.annotate(in, out, annotator);
    double secs = (System.nanoTime() - t0) / 1e9;
    s.skipped().forEach(r -> err.println("skipped " + r));
    o.printf("%s: wrote %d files to %s with %d TIMEX3 (%.1f s); %d skipped%n",
        engine, s.written(), out, s.timexes(), secs, s.skipped().size());
    if (timing > 0) {
      time(annotator, o);
    }
    return s.written() == 0 ? 1 : 0;
  }

  /** Speed of the tagger alone, in CPU time so that other load on the machine does not count. */
  private void time(TimeMLAnnotator annotator, PrintWriter o) throws Exception {
    java.util.List<TimeMLDocument> docs = new java.util.ArrayList<>();
    for (Path f : TimeMLDirectory.list(in)) {
      try {
        docs.add(TimeMLReader.read(in.resolve(f)));
      } catch (TimeMLException e) {
        // reported above
      }
    }
    java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= timing; round++) {
      long cpu0 = bean.getCurrentThreadCpuTime();
      long n = 0;
      long chars = 0;
      for (TimeMLDocument d : docs) {
        n += annotator.tag(d).size();
        chars += d.text().length();
      }
      double cpu = (bean.getCurrentThreadCpuTime() - cpu0) / 1e9;
      o.printf("timing round %d: %d expressions in %d characters, %.2f CPU s: %.0f expressions/s, %.0f characters/s%n",
          round, n, chars, cpu, n / cpu, chars / cpu);
    }
  }
}
