package org.attest.eval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.attest.model.SourceDocument;

/**
 * Times one engine over a corpus: load, warm up, then for each thread count run every document
 * {@code passes} times through a fixed pool sharing the one engine. The warm-up runs
 * {@code warmupDocuments} documents (cycling through the corpus) on as many threads as the largest
 * thread count, so that an engine with one pipeline per thread has loaded and warmed all of them,
 * and the JIT compiler has settled, before anything is timed.
 * Wall-clock time is read here and only here: this is a benchmark, not extraction.
 */
public final class Bench {

  private Bench() {}

  public static BenchResult run(String engineName, Supplier<BenchEngine> load, BenchCorpus corpus,
      List<Integer> threadCounts, int warmupDocuments, int passes) throws InterruptedException {
    long t0 = System.nanoTime();
    BenchEngine engine = load.get();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    List<SourceDocument> docs = corpus.documents();
    int maxThreads = threadCounts.stream().mapToInt(Integer::intValue).max().orElse(1);
    ExecutorService warm = Executors.newFixedThreadPool(maxThreads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < warmupDocuments; i++) {
        SourceDocument d = docs.get(i % docs.size());
        futures.add(warm.submit(() -> engine.process(d)));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException(engineName + " failed on a document: " + e.getCause(), e.getCause());
        }
      }
    } finally {
      warm.shutdownNow();
    }
    List<BenchResult.Run> runs = new ArrayList<>();
    for (int threads : threadCounts) {
      System.gc();
      boolean reset = Memory.resetPeaks();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        long cpuStart = Memory.processCpuNanos();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int p = 0; p < passes; p++) {
          for (SourceDocument d : docs) {
            futures.add(pool.submit(() -> engine.process(d)));
          }
        }
        for (Future<?> f : futures) {
          try {
            f.get();
          } catch (ExecutionException e) {
            throw new IllegalStateException(engineName + " failed on a document: " + e.getCause(), e.getCause());
          }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (Memory.processCpuNanos() - cpuStart) / 1e9;
        runs.add(new BenchResult.Run(threads, passes, round(seconds), round(corpus.words() * passes / seconds),
            round(docs.size() * passes / seconds), round(cpu), cpu <= 0 ? 0 : round(corpus.words() * passes / cpu),
            Memory.peakRss(), reset, Memory.peakHeap()));
      } finally {
        pool.shutdownNow();
      }
    }
    return new BenchResult(engineName, engine.configuration(), docs.size(), corpus.words(), round(loadSeconds),
        warmupDocuments, Runtime.getRuntime().maxMemory(), runs);
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}
