package org.attest.spark;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.attest.crossdoc.CorpusInput;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.CorpusResolver;
import org.attest.ingest.Ingester;
import org.attest.model.DocumentInfo;
import org.attest.model.LedgerJson;
import org.attest.store.CommitOutcome;
import org.attest.store.CorpusView;
import org.attest.store.IngestResult;
import org.attest.store.IngestStatus;
import org.attest.store.LedgerStore;
import org.attest.store.NewDocument;

/**
 * {@code attest load PARQUET_DIR --db LOCATION}: writes the job's tables into a store the CLI and
 * the web app read. Documents are committed in the job's ingest order through the store's own
 * commit (so near-duplicate links and search tokens are the store's), every other input's result
 * is recorded, and the corpus view is the one the job computed when the store then holds exactly
 * the job's documents and no manual decisions; otherwise (a store that already held documents)
 * the store's resolver recomputes it.
 */
public final class ParquetLoad {

  /** What a load did. {@code viewFromJob}: the job's corpus view was used as it is. */
  public record Summary(int documents, int results, int disagreements, boolean viewFromJob, CorpusView view) {}

  private ParquetLoad() {}

  public static Summary load(SparkSession spark, String dir, LedgerStore store) {
    int docs = 0;
    int disagreements = 0;
    Map<String, String> jobCopyOf = new TreeMap<>();
    Iterator<Row> it = spark.read().parquet(dir + "/documents").orderBy("seq").toLocalIterator();
    while (it.hasNext()) {
      Row r = it.next();
      DocumentInfo info = parse(r.getAs("info_json"));
      List<Integer> sig = r.getList(r.fieldIndex("minhash"));
      List<Long> bands = r.getList(r.fieldIndex("band_keys"));
      NewDocument d = new NewDocument(info, r.getAs("author"), r.getAs("source"), r.getAs("text"),
          LedgerJson.read((String) r.getAs("ledger_json")), sig.stream().mapToInt(Integer::intValue).toArray(),
          bands.stream().mapToLong(Long::longValue).toArray());
      CommitOutcome o = store.commitDocument(d, Ingester.MINHASH_RULE);
      String copy = r.getAs("copy_of");
      if (copy != null) {
        jobCopyOf.put(info.id(), copy);
      }
      if (!o.status().name().equals(r.getAs("status")) || !Objects.equals(o.ofDoc(), copy)) {
        disagreements++; // the store held documents before: its own decision stands
      }
      docs++;
    }
    int results = 0;
    Iterator<Row> rs = spark.read().parquet(dir + "/ingest_results").orderBy("ord").toLocalIterator();
    while (rs.hasNext()) {
      Row r = rs.next();
      IngestStatus status = IngestStatus.valueOf(r.getAs("status"));
      if (status == IngestStatus.INGESTED || status == IngestStatus.NEAR_DUPLICATE) {
        continue; // recorded by the commit
      }
      IngestResult res = new IngestResult(r.getAs("source"), status, r.getAs("reason"), r.getAs("detail"), r.getAs("doc_id"),
          r.getAs("of_doc"));
      if (!store.result(res.source()).map(res::equals).orElse(false)) {
        store.recordResult(res);
      }
      results++;
    }
    CorpusLedger fromJob = Tables.readCorpus(spark, dir);
    boolean[] used = {false};
    CorpusView view = store.refreshCorpusView(input -> {
      if (sameInput(input, fromJob, jobCopyOf)) {
        used[0] = true;
        return fromJob;
      }
      used[0] = false;
      return new CorpusResolver().resolve(input);
    });
    return new Summary(docs, results, disagreements, used[0], view);
  }

  /** Whether the store's resolver input is the one the job resolved. */
  static boolean sameInput(CorpusInput input, CorpusLedger job, Map<String, String> jobCopyOf) {
    if (!input.decisions().isEmpty()) {
      return false;
    }
    TreeSet<String> stored = new TreeSet<>();
    input.documents().forEach(l -> stored.add(l.documents().get(0).id()));
    TreeSet<String> resolved = new TreeSet<>();
    job.ledger().documents().forEach(d -> resolved.add(d.id()));
    // The Parquet tables do not carry the view's stable ids (docs/crossdoc.md, "Stable ids") yet, so a
    // view read back from them is incomplete: use it only if it has them, else the store recomputes.
    boolean complete = job.ids() != null && !job.ids().members().isEmpty();
    return complete && stored.equals(resolved) && new TreeMap<>(input.copyOf()).equals(jobCopyOf);
  }

  private static DocumentInfo parse(String json) {
    try {
      return LedgerJson.mapper().readValue(json, DocumentInfo.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code ParquetLoad PARQUET_DIR --db LOCATION}, as {@code attest load} runs it. */
  public static void main(String[] args) {
    String dir = null;
    String db = "attest-data";
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--db") && i + 1 < args.length) {
        db = args[++i];
      } else if (dir == null && !args[i].startsWith("--")) {
        dir = args[i];
      } else {
        System.err.println("attest load: unknown argument " + args[i]);
        System.exit(2);
      }
    }
    if (dir == null) {
      System.err.println("usage: attest load PARQUET_DIR [--db LOCATION]");
      System.exit(2);
    }
    if (Inputs.isLocal(dir) && !java.nio.file.Files.isDirectory(java.nio.file.Path.of(dir).resolve("documents"))) {
      System.err.println("attest load: " + dir + " holds no job output (no documents table)");
      System.exit(1);
    }
    SparkSession spark = SparkJob.session("attest-load", "local[1]");
    try (LedgerStore store = LedgerStore.open(db)) {
      Summary s = load(spark, dir, store);
      System.out.printf("Loaded %d documents and %d other input results into %s%n", s.documents(), s.results(),
          store.location());
      if (s.disagreements() > 0) {
        System.out.printf("%d documents were already stored or linked differently: the store's own result stands%n",
            s.disagreements());
      }
      CorpusView v = s.view();
      System.out.println(v.available()
          ? String.format("Cross-document view (%s): %d entities, %d events in %d clusters, %d findings",
              s.viewFromJob() ? "the job's" : "recomputed", v.ledger().ledger().entities().size(),
              v.ledger().ledger().events().size(), v.ledger().clusters().size(), v.ledger().ledger().findings().size())
          : "Cross-document view not computed: " + v.error());
    } catch (RuntimeException e) {
      System.err.println("attest load: " + Extraction.oneLine(e));
      spark.stop();
      System.exit(1);
    }
    spark.stop();
    System.exit(0);
  }
}
