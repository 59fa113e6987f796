package org.attest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.attest.crossdoc.CorpusResolver;
import org.attest.extract.AttestPipeline;
import org.attest.ingest.IngestSummary;
import org.attest.ingest.Ingester;
import org.attest.store.CorpusView;
import org.attest.store.IngestStatus;
import org.attest.store.LedgerStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode ({@code local[2]}) against {@code attest ingest} on one machine, with
 * the real pipeline: the bundled samples plus a few hundred generated reports (every ingest outcome
 * among them). Loading the job's Parquet output gives a store whose canonical dump equals the
 * store a local ingest of the same folder builds: same documents, ledgers, near-duplicate links,
 * results, search tokens and corpus view.
 */
class SparkIngestEquivalenceTest {

  static SparkSession spark;

  @TempDir static Path tmp;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("attest-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void theJobsOutputLoadedEqualsALocalIngest() throws Exception {
    Path in = tmp.resolve("corpus");
    Path samples = Path.of("..", "examples");
    assertThat(samples.resolve("01-harbor-wire.txt")).as("the bundled samples").exists();
    Files.createDirectories(in.resolve("samples"));
    try (Stream<Path> s = Files.list(samples)) {
      for (Path p : s.filter(p -> !p.getFileName().toString().equals("README.md")).toList()) {
        Files.copy(p, in.resolve("samples").resolve(p.getFileName()));
      }
    }
    StoryGenerator.write(in.resolve("generated"), 200, 1);

    // one machine: attest ingest
    String localDump;
    CorpusView localView;
    IngestSummary local;
    try (LedgerStore s = LedgerStore.open(tmp.resolve("local-db").toString())) {
      local = new Ingester(s, AttestPipeline.create(), new CorpusResolver()::resolve, Inputs.LIMITS, null).ingest(List.of(in));
      localDump = s.canonicalDump();
      localView = s.corpusView().orElseThrow();
    }
    assertThat(local.counts().get(IngestStatus.NEAR_DUPLICATE)).isPositive();
    assertThat(local.counts().get(IngestStatus.DUPLICATE)).isPositive();
    assertThat(local.counts().get(IngestStatus.SKIPPED)).as(local.counts().toString()).isGreaterThanOrEqualTo(2);
    assertThat(localView.available()).isTrue();
    assertThat(localView.ledger().clusters()).isNotEmpty();

    // Spark: the job, then attest load
    String out = tmp.resolve("parquet").toString();
    SparkIngest.Summary job = SparkIngest.run(spark, in.toString(), out, 2);
    assertThat(job.counts()).isEqualTo(local.counts());
    for (String t : Tables.ALL) {
      assertThat(Path.of(out, t)).as("table " + t).isDirectory();
    }
    assertThat(spark.read().parquet(out + "/events").count()).isEqualTo(localView.ledger().ledger().events().size());
    assertThat(spark.read().parquet(out + "/clusters").count()).isEqualTo(localView.ledger().clusters().size());
    assertThat(spark.read().parquet(out + "/findings").count()).isEqualTo(localView.ledger().ledger().findings().size());
    assertThat(spark.read().parquet(out + "/ingest_results").count()).isEqualTo(local.results().size());
    assertThat(spark.read().parquet(out + "/blocking_keys").where("kind = 'name'").count()).isPositive();

    try (LedgerStore s = LedgerStore.open(tmp.resolve("spark-db").toString())) {
      ParquetLoad.Summary loaded = ParquetLoad.load(spark, out, s);
      assertThat(loaded.disagreements()).isZero();
      // the tables carry no stable ids yet, so the store recomputes the view from the loaded ledgers
      assertThat(loaded.viewFromJob()).as("an incomplete job view is not used as it is").isFalse();
      assertThat(s.corpusViewCurrent()).isTrue();
      assertThat(s.canonicalDump()).isEqualTo(localDump);
    }
  }
}
