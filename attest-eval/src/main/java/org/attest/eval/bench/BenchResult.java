package org.attest.eval.bench;

import java.util.List;

/**
 * One engine's benchmark: how long loading took, and per thread count the words per second and
 * peak memory measured over {@code passes} passes of the corpus after warm-up. {@code cpuSeconds}
 * is the process's CPU time in the phase (all threads, GC included): on a machine shared with
 * other work, words per CPU-second shows the cost that wall-clock words/second hides.
 */
public record BenchResult(
    String engine,
    String configuration,
    int documents,
    long words,
    double loadSeconds,
    int warmupDocuments,
    long maxHeapBytes,
    List<Run> runs) {

  public record Run(
      int threads, int passes, double seconds, double wordsPerSecond, double documentsPerSecond,
      double cpuSeconds, double wordsPerCpuSecond, long peakRssBytes, boolean rssPeakReset, long peakHeapBytes) {}
}
