package org.attest.spark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Throughput of the whole Spark job (read, extract, deduplicate, resolve, write Parquet) in local
 * mode on N cores: {@code SparkBench INPUT CORES [RUNS]}. The first run warms the JVM and loads
 * one pipeline per core; the runs after it are timed. Prints one line {@code SPARK-BENCH cores=…}
 * with words per second (wall) and per CPU-second (the process's, all threads). Wall-clock time is
 * read here and only here: this is a benchmark. Run by {@code bench/spark-bench.sh}.
 */
public final class SparkBench {

  private SparkBench() {}

  public static void main(String[] args) throws Exception {
    String input = args[0];
    int cores = Integer.parseInt(args[1]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    long words = words(Path.of(input));
    System.setProperty("attest.pipelines", Integer.toString(cores));
    SparkSession spark = SparkJob.session("attest-bench", "local[" + cores + "]");
    Path out = Files.createTempDirectory("attest-spark-bench-");
    try {
      double wall = 0;
      double cpu = 0;
      for (int r = 0; r < runs; r++) {
        Path o = out.resolve("run" + r);
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        SparkIngest.run(spark, input, o.toString(), cores);
        if (r > 0) { // run 0 is the warm-up
          wall += (System.nanoTime() - t0) / 1e9;
          cpu += (cpuNanos() - c0) / 1e9;
        }
      }
      int timed = Math.max(1, runs - 1);
      System.out.printf(Locale.ROOT, "SPARK-BENCH cores=%d words=%d runs=%d seconds=%.2f words/s=%.0f cpu-s=%.2f words/cpu-s=%.0f%n",
          cores, words, timed, wall / timed, words * timed / wall, cpu / timed, words * timed / cpu);
    } finally {
      spark.stop();
      try (Stream<Path> s = Files.walk(out)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    System.exit(0);
  }

  /** Words of the .txt articles under the folder, counted as {@code attest bench} counts them. */
  private static long words(Path dir) throws Exception {
    long n = 0;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt")).toList()) {
        for (String w : Files.readString(f).split("\\s+")) {
          if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
            n++;
          }
        }
      }
    }
    return n;
  }

  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
  }
}
