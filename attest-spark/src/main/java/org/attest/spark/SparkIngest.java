package org.attest.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.attest.crossdoc.CorpusInput;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.CorpusResolver;
import org.attest.ingest.MinHash;
import org.attest.model.Ledger;
import org.attest.model.LedgerJson;
import org.attest.store.IngestStatus;
import scala.Tuple2;

/**
 * The corpus job: what {@code attest ingest DIR} does on one machine, as Spark stages.
 *
 * <ol>
 *   <li>List the files (driver) in the order {@code attest ingest} reads them, and number them.
 *   <li>Read every file with the project's readers, refuse what ingest refuses, hash each text
 *       (executors, one task per slice of files).
 *   <li>Exact duplicates: group by text hash; only the first occurrence of a text is extracted.
 *   <li>Extract each unique text (executors; one pipeline per executor JVM, made on first use).
 *   <li>Ingest order (driver, over hashes only): which input is stored, which is a duplicate of
 *       which, which failed; the store's sequence numbers.
 *   <li>Near-duplicates: MinHash band keys are the blocking keys. Documents are grouped by
 *       (band, key); pairs inside a group are compared, the earliest similar document of each is
 *       kept (executors); the copy-of chain is resolved in ingest order (driver, matches only).
 *   <li>Cross-document resolution with {@link CorpusResolver}, the same code the store runs, over
 *       every stored ledger (driver). This is the stage that still runs on one node: the resolver
 *       numbers items corpus-wide and clusters events greedily over the whole corpus.
 *   <li>Parquet tables (see {@link Tables}).
 * </ol>
 */
public final class SparkIngest {

  /** What the job did, per ingest status. */
  public record Summary(Map<IngestStatus, Integer> counts, int inputs, int files, CorpusLedger corpus) {}

  private SparkIngest() {}

  public static Summary run(SparkSession spark, String input, String output, int partitions) throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    List<String[]> paths = Inputs.list(input, hadoop);
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no input files under " + input);
    }
    List<Inputs.FileTask> tasks = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      tasks.add(new Inputs.FileTask(i, paths.get(i)[0], paths.get(i)[1]));
    }
    int slices = partitions > 0 ? partitions : Math.max(1, jsc.defaultParallelism());
    Broadcast<SerializableConf> conf = jsc.broadcast(new SerializableConf(hadoop));

    // 2. read
    JavaRDD<Inputs.Input> inputs = jsc.parallelize(tasks, Math.min(slices * 4, tasks.size()))
        .flatMap(t -> Inputs.read(t, conf.value().get()).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());

    // 3 + 4. one extraction per distinct text: its first occurrence in ingest order
    JavaRDD<Extraction.Extracted> extracted = inputs.filter(Inputs.Input::accepted)
        .mapToPair(d -> new Tuple2<>(d.sha(), d))
        .reduceByKey((a, b) -> earlier(a, b) ? a : b, slices)
        .values()
        .map(Extraction::extract)
        // never recomputed: an evicted partition would mean extracting its documents again
        .persist(StorageLevel.MEMORY_AND_DISK());

    // 5. ingest order, over hashes only
    List<Inputs.Input> order = new ArrayList<>(inputs.map(SparkIngest::withoutText).collect());
    order.sort(Comparator.comparingInt(Inputs.Input::file).thenComparingInt(Inputs.Input::index));
    Map<String, String> failureOf = new HashMap<>(extracted.filter(x -> !x.ok())
        .mapToPair(x -> new Tuple2<>(x.first().sha(), x.failure())).collectAsMap());
    Map<String, Integer> seqOf = new LinkedHashMap<>(); // doc id -> seq
    Map<String, String> idOfSha = new HashMap<>();
    List<Tables.Result> results = new ArrayList<>();
    for (Inputs.Input d : order) {
      if (!d.accepted()) {
        results.add(new Tables.Result(d.source(), IngestStatus.SKIPPED, d.reason(), d.detail(), null, null));
      } else if (idOfSha.containsKey(d.sha())) {
        results.add(new Tables.Result(d.source(), IngestStatus.DUPLICATE, null, null, idOfSha.get(d.sha()), null));
      } else if (failureOf.containsKey(d.sha())) {
        results.add(new Tables.Result(d.source(), IngestStatus.FAILED, "EXTRACTION_FAILED", failureOf.get(d.sha()), null,
            null));
      } else {
        String id = org.attest.store.DocumentIds.of(d.sha());
        idOfSha.put(d.sha(), id);
        seqOf.put(id, seqOf.size() + 1);
        results.add(new Tables.Result(d.source(), IngestStatus.INGESTED, null, null, id, null)); // copy-of below
      }
    }
    Broadcast<Map<String, Integer>> seqs = jsc.broadcast(seqOf);
    JavaRDD<Extraction.Extracted> stored = extracted.filter(Extraction.Extracted::ok);

    // 6. near-duplicates, blocked by MinHash band keys
    Map<Integer, Tuple2<Integer, Double>> earliestSimilar = new HashMap<>(stored
        .flatMapToPair(x -> {
          List<Tuple2<Tuple2<Integer, Long>, Tuple2<Integer, int[]>>> out = new ArrayList<>();
          int seq = seqs.value().get(x.id());
          for (int b = 0; b < x.bandKeys().length; b++) {
            out.add(new Tuple2<>(new Tuple2<>(b, x.bandKeys()[b]), new Tuple2<>(seq, x.signature())));
          }
          return out.iterator();
        })
        .groupByKey(slices)
        .flatMapToPair(g -> similarPairs(g._2()).iterator())
        .reduceByKey((a, b) -> a._1() <= b._1() ? a : b)
        .collectAsMap());
    List<String> idBySeq = new ArrayList<>(seqOf.keySet());
    Map<String, String> copyOf = new LinkedHashMap<>();
    Map<String, Double> similarity = new HashMap<>();
    for (String id : idBySeq) {
      Tuple2<Integer, Double> m = earliestSimilar.get(seqOf.get(id));
      if (m != null) {
        String original = idBySeq.get(m._1() - 1);
        copyOf.put(id, copyOf.getOrDefault(original, original));
        similarity.put(id, m._2());
      }
    }
    for (int i = 0; i < results.size(); i++) {
      Tables.Result r = results.get(i);
      if (r.status() == IngestStatus.INGESTED && copyOf.containsKey(r.docId())) {
        results.set(i, new Tables.Result(r.source(), IngestStatus.NEAR_DUPLICATE, null, null, r.docId(), copyOf.get(r.docId())));
      }
    }

    // 7. cross-document resolution on the driver, with the store's resolver
    List<Tuple2<Integer, String>> ledgers = new ArrayList<>(stored.map(x -> new Tuple2<>(seqs.value().get(x.id()), x.ledgerJson()))
        .collect());
    ledgers.sort(Comparator.comparingInt(Tuple2::_1));
    List<Ledger> docs = new ArrayList<>();
    for (Tuple2<Integer, String> l : ledgers) {
      docs.add(LedgerJson.read(l._2()));
    }
    CorpusLedger corpus = new CorpusResolver().resolve(new CorpusInput(docs, copyOf, List.of()));

    // 8. Parquet
    Tables.write(spark, output, stored, seqs, jsc.broadcast(copyOf), jsc.broadcast(similarity), results, corpus);

    Map<IngestStatus, Integer> counts = new java.util.EnumMap<>(IngestStatus.class);
    for (IngestStatus s : IngestStatus.values()) {
      counts.put(s, 0);
    }
    for (Tables.Result r : results) {
      counts.merge(r.status(), 1, Integer::sum);
    }
    inputs.unpersist();
    extracted.unpersist();
    return new Summary(counts, results.size(), paths.size(), corpus);
  }

  /** Pairs (later document, earlier similar document) inside one band-key group. */
  static List<Tuple2<Integer, Tuple2<Integer, Double>>> similarPairs(Iterable<Tuple2<Integer, int[]>> group) {
    List<Tuple2<Integer, int[]>> members = new ArrayList<>();
    group.forEach(members::add);
    List<Tuple2<Integer, Tuple2<Integer, Double>>> out = new ArrayList<>();
    if (members.size() < 2) {
      return out;
    }
    members.sort(Comparator.comparingInt(Tuple2::_1));
    for (int j = 1; j < members.size(); j++) {
      for (int i = 0; i < j; i++) {
        double s = MinHash.similarity(members.get(j)._2(), members.get(i)._2());
        if (s >= MinHash.THRESHOLD) {
          out.add(new Tuple2<>(members.get(j)._1(), new Tuple2<>(members.get(i)._1(), s)));
          break; // the earliest similar one in this group; other groups may offer an earlier one
        }
      }
    }
    return out;
  }

  private static boolean earlier(Inputs.Input a, Inputs.Input b) {
    return a.file() != b.file() ? a.file() < b.file() : a.index() < b.index();
  }

  private static Inputs.Input withoutText(Inputs.Input d) {
    return new Inputs.Input(d.file(), d.index(), d.source(), d.reason(), d.detail(), d.sha(), null, null, null, null, null,
        null);
  }

  /** A Hadoop configuration that can travel to executors. */
  static final class SerializableConf implements java.io.Serializable {
    private transient Configuration conf;

    SerializableConf(Configuration conf) {
      this.conf = conf;
    }

    Configuration get() {
      return conf;
    }

    private void writeObject(java.io.ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      conf.write(out);
    }

    private void readObject(java.io.ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      conf = new Configuration(false);
      conf.readFields(in);
    }
  }
}
