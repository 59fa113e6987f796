package org.attest.eval.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attest.extract.AttestPipeline;
import org.attest.model.LedgerJson;
import org.attest.nlp.CoreNlpAnnotator;

/**
 * The benchmark in a JVM of its own, so that each engine's peak memory is its own. Started by
 * {@code attest bench}; prints one line {@code BENCH-RESULT <json>} on standard output.
 *
 * <p>Arguments: {@code ENGINE DIR THREADS WARMUP PASSES [ANNOTATORS]} where ENGINE is
 * {@code attest} or {@code corenlp} and THREADS a comma-separated list.
 */
public final class BenchWorker {

  public static final String PREFIX = "BENCH-RESULT ";

  private BenchWorker() {}

  private static String attestConfiguration() {
    java.util.Properties p = CoreNlpAnnotator.defaults();
    return AttestPipeline.class.getSimpleName() + " (CoreNLP " + p.getProperty("annotators") + "; ner.model="
        + p.getProperty("ner.model").replace("edu/stanford/nlp/models/ner/", "") + "; depparse.numCached="
        + p.getProperty("depparse.numCached") + "; up to " + CoreNlpAnnotator.defaultPoolSize() + " pipelines, one per thread)";
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: BenchWorker attest|corenlp DIR THREADS WARMUP PASSES [ANNOTATORS]");
      System.exit(2);
    }
    String engine = args[0];
    BenchCorpus corpus = BenchCorpus.read(Path.of(args[1]));
    List<Integer> threads = new ArrayList<>();
    for (String t : args[2].split(",")) {
      threads.add(Integer.parseInt(t.strip()));
    }
    int warmup = Integer.parseInt(args[3]);
    int passes = Integer.parseInt(args[4]);
    BenchResult r = switch (engine) {
      case "attest" -> Bench.run("attest", () -> BenchEngine.of("attest", AttestPipeline.create(), attestConfiguration()),
          corpus, threads, warmup, passes);
      case "corenlp" -> {
        String annotators = args.length > 5 ? args[5] : BenchEngine.CORENLP_FULL;
        yield Bench.run("corenlp", () -> BenchEngine.coreNlp(annotators), corpus, threads, warmup, passes);
      }
      default -> throw new IllegalArgumentException("unknown engine " + engine);
    };
    System.out.println(PREFIX + LedgerJson.writeCompact(r));
    System.out.flush();
    System.exit(0);
  }
}
