package org.attest.spark;

import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.attest.store.IngestStatus;

/**
 * The Spark entry point:
 *
 * <pre>
 * spark-submit --class org.attest.spark.SparkJob [spark options] attest-spark.jar INPUT OUTPUT [--partitions N]
 * </pre>
 *
 * reads INPUT (a local folder or any Hadoop path of .txt/.html/.rss/.jsonl files) and writes the
 * Parquet tables of {@link Tables} under OUTPUT (which must not exist). Without spark-submit,
 * {@code --master local[N]} runs it on this machine. See docs/spark.md.
 */
public final class SparkJob {

  private SparkJob() {}

  /** The session: spark-submit's master when there is one, else {@code defaultMaster}. */
  static SparkSession session(String app, String defaultMaster) {
    SparkConf conf = new SparkConf().setAppName(app);
    if (!conf.contains("spark.master")) {
      conf.setMaster(defaultMaster);
      conf.set("spark.ui.enabled", "false");
      if (defaultMaster.startsWith("local")) {
        // this machine only: listen on the loopback address
        conf.set("spark.driver.host", "127.0.0.1");
        conf.set("spark.driver.bindAddress", "127.0.0.1");
      }
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }

  public static void main(String[] args) throws Exception {
    String in = null;
    String out = null;
    String master = "local[*]";
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--partitions" -> partitions = Integer.parseInt(args[++i]);
        case "--master" -> master = args[++i];
        default -> {
          if (in == null) {
            in = args[i];
          } else if (out == null) {
            out = args[i];
          } else {
            System.err.println("attest spark: unexpected argument " + args[i]);
            System.exit(2);
          }
        }
      }
    }
    if (in == null || out == null) {
      System.err.println("usage: SparkJob INPUT OUTPUT [--partitions N] [--master local[N]]");
      System.exit(2);
    }
    if (Inputs.isLocal(out) && java.nio.file.Files.exists(java.nio.file.Path.of(out))) {
      System.err.println("attest spark: " + out + " exists; give a new output folder");
      System.exit(2);
    }
    SparkSession spark = session("attest-ingest", master);
    int code = 0;
    try {
      long t0 = System.nanoTime();
      SparkIngest.Summary s = SparkIngest.run(spark, in, out, partitions);
      var n = s.counts();
      System.out.printf(Locale.ROOT,
          "Summary: %d ingested, %d near-duplicate, %d duplicate, %d skipped, %d failed (%d inputs in %d files, %.1f s)%n",
          n.get(IngestStatus.INGESTED), n.get(IngestStatus.NEAR_DUPLICATE), n.get(IngestStatus.DUPLICATE),
          n.get(IngestStatus.SKIPPED), n.get(IngestStatus.FAILED), s.inputs(), s.files(), (System.nanoTime() - t0) / 1e9);
      System.out.printf("Cross-document view: %d entities, %d events in %d clusters, %d findings%n",
          s.corpus().ledger().entities().size(), s.corpus().ledger().events().size(), s.corpus().clusters().size(),
          s.corpus().ledger().findings().size());
      System.out.println("Parquet tables under " + out + ": " + String.join(", ", Tables.ALL));
    } catch (IllegalArgumentException e) {
      System.err.println("attest spark: " + e.getMessage());
      code = 1;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }
}
