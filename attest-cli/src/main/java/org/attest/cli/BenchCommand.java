package org.attest.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attest.eval.bench.BenchCorpus;
import org.attest.eval.bench.BenchEngine;
import org.attest.eval.bench.BenchResult;
import org.attest.eval.bench.BenchWorker;
import org.attest.model.LedgerJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attest bench}: words per second and peak memory of extraction over a folder of articles.
 * Each engine runs in a JVM of its own so its peak memory is its own.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Speed benchmark: words/second, words per CPU-second and peak memory (RSS and heap) of 'extract'",
      "over every .txt under DIR, after warm-up, on each thread count (attest: one pipeline per thread;",
      "CoreNLP: one shared pipeline). On a shared machine compare words per CPU-second. With --baseline,",
      "also CoreNLP's own full pipeline on the same text."
    })
public final class BenchCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "A folder of .txt articles.")
  Path dir;

  @Option(names = "--threads", paramLabel = "N,M", defaultValue = "1,2", description = "Thread counts (default: ${DEFAULT-VALUE}).")
  String threads;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "200",
      description = "Documents extracted before timing, on the largest thread count, so every pipeline is loaded and warm (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--baseline-warmup", paramLabel = "N", defaultValue = "10",
      description = "Documents the baseline extracts before timing (default: ${DEFAULT-VALUE}; it is ten times slower).")
  int baselineWarmup;

  @Option(names = "--passes", paramLabel = "N", defaultValue = "1", description = "Timed passes over the corpus per thread count (default: ${DEFAULT-VALUE}).")
  int passes;

  @Option(names = "--baseline", description = "Also time CoreNLP's own full pipeline on the same text.")
  boolean baseline;

  @Option(names = "--baseline-annotators", paramLabel = "LIST", defaultValue = BenchEngine.CORENLP_FULL,
      description = "Annotators of the baseline (default: ${DEFAULT-VALUE}).")
  String baselineAnnotators;

  @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "6g", description = "-Xmx of the attest run (default: ${DEFAULT-VALUE}).")
  String heap;

  @Option(names = "--baseline-heap", paramLabel = "SIZE", defaultValue = "8g", description = "-Xmx of the baseline run (default: ${DEFAULT-VALUE}).")
  String baselineHeap;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output: text (default) or json.")
  OutputFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!threads.matches("\\s*[1-9][0-9]*\\s*(,\\s*[1-9][0-9]*\\s*)*")) {
      throw new IllegalArgumentException("--threads must be a list like 1,2, not '" + threads + "'");
    }
    if (warmup < 0 || baselineWarmup < 0 || passes < 1) {
      throw new IllegalArgumentException("--warmup and --baseline-warmup must be >= 0 and --passes >= 1");
    }
    BenchCorpus corpus = BenchCorpus.read(dir); // fail fast, before any JVM starts
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "attest bench: %d articles, %,d words; running attest%s ...%n",
        corpus.documents().size(), corpus.words(), baseline ? " then the CoreNLP baseline" : "");
    err.flush();
    String loadBefore = loadAverage();
    List<BenchResult> results = new ArrayList<>();
    results.add(runWorker(List.of("attest", dir.toString(), threads.replace(" ", ""), "" + warmup, "" + passes), heap));
    if (baseline) {
      results.add(runWorker(List.of("corenlp", dir.toString(), threads.replace(" ", ""), "" + baselineWarmup, "" + passes,
          baselineAnnotators), baselineHeap));
    }
    Map<String, Object> machine = machine();
    // Other processes share the cores: the load average says how far to trust the figures.
    machine.put("load average before", loadBefore);
    machine.put("load average after", loadAverage());
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      Map<String, Object> all = new LinkedHashMap<>();
      all.put("machine", machine);
      all.put("corpus", Map.of("dir", dir.toString(), "documents", corpus.documents().size(), "words", corpus.words()));
      all.put("results", results);
      out.print(LedgerJson.write(all));
    } else {
      out.print(render(corpus, machine, results));
    }
    out.flush();
    return 0;
  }

  private BenchResult runWorker(List<String> args, String xmx) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-XX:+UseParallelGC", "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), BenchWorker.class.getName()));
    cmd.addAll(args);
    Path log = Files.createTempFile("attest-bench-" + args.get(0) + "-", ".log");
    Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
    String result = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith(BenchWorker.PREFIX)) {
          result = line.substring(BenchWorker.PREFIX.length());
        }
      }
    }
    int code = p.waitFor();
    if (code != 0 || result == null) {
      List<String> lines = Files.readAllLines(log);
      String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
      throw new IllegalStateException(args.get(0) + " benchmark failed (exit " + code + "); log " + log + ":\n" + tail);
    }
    Files.deleteIfExists(log);
    return LedgerJson.mapper().readValue(result, new TypeReference<BenchResult>() {});
  }

  static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
    m.put("memory", firstValue(Path.of("/proc/meminfo"), "MemTotal"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    return m;
  }

  /** The 1-, 5- and 15-minute load averages, or "unknown". */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String firstValue(Path file, String key) {
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: leave it out
    }
    return "unknown";
  }

  static String render(BenchCorpus corpus, Map<String, Object> machine, List<BenchResult> results) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Machine: %s cores, %s, %s RAM, %s, %s%n", machine.get("cores"), machine.get("cpu"),
        machine.get("memory"), machine.get("os"), machine.get("java")));
    if (machine.containsKey("load average before")) {
      sb.append(String.format(Locale.ROOT, "Load average (1/5/15 min): %s before, %s after%n",
          machine.get("load average before"), machine.get("load average after")));
    }
    sb.append(String.format(Locale.ROOT, "Corpus: %d articles, %,d words%n%n", corpus.documents().size(), corpus.words()));
    sb.append(String.format(Locale.ROOT, "%-8s %7s %10s %8s %9s %11s %10s %10s %8s%n", "engine", "threads", "words/s",
        "docs/s", "seconds", "words/cpu-s", "peak RSS", "peak heap", "load s"));
    for (BenchResult r : results) {
      for (BenchResult.Run run : r.runs()) {
        sb.append(String.format(Locale.ROOT, "%-8s %7d %,10.0f %8.2f %9.2f %,11.0f %10s %10s %8.1f%n", r.engine(),
            run.threads(), run.wordsPerSecond(), run.documentsPerSecond(), run.seconds(), run.wordsPerCpuSecond(),
            mb(run.peakRssBytes()), mb(run.peakHeapBytes()), r.loadSeconds()));
      }
    }
    sb.append('\n');
    for (BenchResult r : results) {
      sb.append(String.format(Locale.ROOT, "%s: %s; warm-up %d documents; -Xmx %s%n", r.engine(), r.configuration(),
          r.warmupDocuments(), mb(r.maxHeapBytes())));
    }
    return sb.toString();
  }

  private static String mb(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
  }
}
