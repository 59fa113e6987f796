package org.attest.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.attest.crossdoc.Corroboration;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.EntityMerge;
import org.attest.crossdoc.EventCluster;
import org.attest.crossdoc.NameKey;
import org.attest.model.Attribution;
import org.attest.model.DocumentInfo;
import org.attest.model.Entity;
import org.attest.model.Event;
import org.attest.model.Finding;
import org.attest.model.Ledger;
import org.attest.model.LedgerJson;
import org.attest.model.Quote;
import org.attest.model.TimeExpression;
import org.attest.store.IngestStatus;

/**
 * The job's Parquet tables, one folder each under the output folder. Every row of a corpus table
 * carries {@code ord} (its position in the corpus ledger) and {@code json} (the item exactly as the
 * ledger JSON has it), beside typed columns for queries; {@code origin} is the {@code docId/localId}
 * a renumbered item came from.
 *
 * <ul>
 *   <li>{@code documents}: one row per stored document (seq = ingest order, text, ledger, MinHash,
 *       status and copy-of link); {@code ingest_results}: one row per input, as the store keeps them.
 *   <li>{@code entities}, {@code times}, {@code events}, {@code attributions}, {@code quotes},
 *       {@code findings}: the corpus ledger's items; {@code clusters}, {@code corroboration},
 *       {@code entity_merges}: its resolution; {@code corpus_documents}: its document order.
 *   <li>{@code blocking_keys}: per document, the keys cross-document resolution compares by (entity
 *       name keys, event type with time bucket), for an incremental resolver to index.
 * </ul>
 */
public final class Tables {

  public static final List<String> ALL = List.of("documents", "ingest_results", "entities", "times", "events",
      "attributions", "quotes", "findings", "clusters", "corroboration", "entity_merges", "corpus_documents", "blocking_keys");

  private Tables() {}

  /** One input's result, as {@code IngestResult} has it. */
  record Result(String source, IngestStatus status, String reason, String detail, String docId, String ofDoc) {}

  static final StructType DOCUMENTS = schema("seq:int", "doc_id", "sha256", "source", "title", "outlet", "author", "url",
      "published", "language", "text_length:int", "status", "copy_of", "copy_similarity:double", "text", "info_json",
      "ledger_json", "minhash:int[]", "band_keys:long[]");
  static final StructType RESULTS = schema("ord:int", "source", "status", "reason", "detail", "doc_id", "of_doc");
  static final StructType ENTITIES = schema("ord:int", "id", "type", "name", "aliases:string[]", "mentions:int", "json");
  static final StructType TIMES = schema("ord:int", "id", "doc_id", "origin", "type", "text", "value", "json");
  static final StructType EVENTS = schema("ord:int", "id", "doc_id", "origin", "type", "trigger", "cluster", "json");
  static final StructType ATTRIBUTIONS = schema("ord:int", "id", "doc_id", "origin", "event", "source", "stance",
      "certainty", "json");
  static final StructType QUOTES = schema("ord:int", "id", "doc_id", "origin", "speaker", "json");
  static final StructType FINDINGS = schema("ord:int", "id", "kind", "origin", "explanation", "json");
  static final StructType CLUSTERS = schema("ord:int", "id", "type", "events:string[]", "time", "json");
  static final StructType CORROBORATION = schema("ord:int", "cluster", "independent_sources:int", "json");
  static final StructType MERGES = schema("ord:int", "entity", "reason", "json");
  static final StructType CORPUS_DOCUMENTS = schema("ord:int", "doc_id", "info_json");
  static final StructType BLOCKING_KEYS = schema("doc_id", "kind", "key");

  private static StructType schema(String... columns) {
    List<StructField> fields = new ArrayList<>();
    for (String c : columns) {
      String[] p = c.split(":");
      String type = p.length > 1 ? p[1] : "string";
      fields.add(DataTypes.createStructField(p[0], switch (type) {
        case "int" -> DataTypes.IntegerType;
        case "double" -> DataTypes.DoubleType;
        case "int[]" -> DataTypes.createArrayType(DataTypes.IntegerType, false);
        case "long[]" -> DataTypes.createArrayType(DataTypes.LongType, false);
        case "string[]" -> DataTypes.createArrayType(DataTypes.StringType, true);
        default -> DataTypes.StringType;
      }, !p[0].equals("ord") && !p[0].equals("seq")));
    }
    return DataTypes.createStructType(fields);
  }

  static void write(SparkSession spark, String out, JavaRDD<Extraction.Extracted> stored, Broadcast<Map<String, Integer>> seqs,
      Broadcast<Map<String, String>> copyOf, Broadcast<Map<String, Double>> similarity, List<Result> results,
      CorpusLedger corpus) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(1, jsc.defaultParallelism());
    JavaRDD<Row> docs = stored.map(x -> {
      Inputs.Input d = x.first();
      String copy = copyOf.value().get(x.id());
      return RowFactory.create(seqs.value().get(x.id()), x.id(), d.sha(), d.source(), d.title(), d.outlet(), d.author(),
          d.url(), d.published(), x.language(), d.text().length(),
          (copy == null ? IngestStatus.INGESTED : IngestStatus.NEAR_DUPLICATE).name(), copy, similarity.value().get(x.id()),
          d.text(), x.infoJson(), x.ledgerJson(), boxed(x.signature()), boxed(x.bandKeys()));
    });
    save(spark.createDataFrame(docs, DOCUMENTS).sortWithinPartitions("seq"), out, "documents");
    JavaRDD<Row> keys = stored.flatMap(x -> blockingKeys(x.id(), LedgerJson.read(x.ledgerJson())).iterator());
    save(spark.createDataFrame(keys, BLOCKING_KEYS), out, "blocking_keys");

    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      rows.add(RowFactory.create(i, r.source(), r.status().name(), r.reason(), r.detail(), r.docId(), r.ofDoc()));
    }
    saveRows(spark, jsc, slices, rows, RESULTS, out, "ingest_results");

    Ledger l = corpus.ledger();
    Map<String, String> origins = corpus.origins();
    Map<String, String> clusterOf = new LinkedHashMap<>();
    for (EventCluster c : corpus.clusters()) {
      for (String v : c.events()) {
        clusterOf.put(v, c.id());
      }
    }
    saveRows(spark, jsc, slices, rows(l.entities(), (e, i) -> RowFactory.create(i, e.id(), name(e.type()), e.name(),
        e.aliases() == null ? null : e.aliases().toArray(new String[0]), e.mentions() == null ? 0 : e.mentions().size(),
        json(e))), ENTITIES, out, "entities");
    saveRows(spark, jsc, slices, rows(l.times(), (t, i) -> RowFactory.create(i, t.id(), t.doc(), origins.get(t.id()),
        name(t.type()), t.text(), t.value(), json(t))), TIMES, out, "times");
    saveRows(spark, jsc, slices, rows(l.events(), (v, i) -> RowFactory.create(i, v.id(), v.doc(), origins.get(v.id()),
        name(v.type()), v.trigger(), clusterOf.get(v.id()), json(v))), EVENTS, out, "events");
    saveRows(spark, jsc, slices, rows(l.attributions(), (a, i) -> RowFactory.create(i, a.id(), a.doc(), origins.get(a.id()),
        a.event(), a.source(), name(a.stance()), name(a.certainty()), json(a))), ATTRIBUTIONS, out, "attributions");
    saveRows(spark, jsc, slices, rows(l.quotes(), (q, i) -> RowFactory.create(i, q.id(), q.doc(), origins.get(q.id()),
        q.speaker(), json(q))), QUOTES, out, "quotes");
    saveRows(spark, jsc, slices, rows(l.findings(), (f, i) -> RowFactory.create(i, f.id(), name(f.kind()), origins.get(f.id()),
        f.explanation(), json(f))), FINDINGS, out, "findings");
    saveRows(spark, jsc, slices, rows(corpus.clusters(), (c, i) -> RowFactory.create(i, c.id(), name(c.type()),
        c.events().toArray(new String[0]), c.time(), json(c))), CLUSTERS, out, "clusters");
    saveRows(spark, jsc, slices, rows(corpus.corroboration(), (c, i) -> RowFactory.create(i, c.cluster(),
        c.independentSources() == null ? 0 : c.independentSources().size(), json(c))), CORROBORATION, out, "corroboration");
    saveRows(spark, jsc, slices, rows(corpus.entityMerges(), (m, i) -> RowFactory.create(i, m.entity(), m.reason(), json(m))),
        MERGES, out, "entity_merges");
    saveRows(spark, jsc, slices, rows(l.documents(), (d, i) -> RowFactory.create(i, d.id(), json(d))), CORPUS_DOCUMENTS, out,
        "corpus_documents");
  }

  /** Name keys of a document's entities and its events' type-and-month keys. */
  static List<Row> blockingKeys(String docId, Ledger l) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (Entity e : l.entities()) {
      names.add(NameKey.of(e.name()));
      if (e.aliases() != null) {
        for (String a : e.aliases()) {
          names.add(NameKey.of(a));
        }
      }
    }
    Map<String, String> timeValue = new LinkedHashMap<>();
    for (TimeExpression t : l.times()) {
      timeValue.put(t.id(), t.value());
    }
    LinkedHashSet<String> events = new LinkedHashSet<>();
    for (Event v : l.events()) {
      String value = v.time() == null ? null : timeValue.get(v.time());
      String bucket = value == null || value.length() < 7 || !value.substring(0, 7).matches("\\d{4}-\\d\\d") ? "?" : value.substring(0, 7);
      events.add(name(v.type()) + "|" + bucket);
    }
    List<Row> out = new ArrayList<>();
    names.remove("");
    for (String n : names) {
      out.add(RowFactory.create(docId, "name", n));
    }
    for (String e : events) {
      out.add(RowFactory.create(docId, "event", e));
    }
    return out;
  }

  private interface RowOf<T> {
    Row row(T item, int ord);
  }

  private static <T> List<Row> rows(List<T> items, RowOf<T> f) {
    List<Row> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(f.row(items.get(i), i));
    }
    return out;
  }

  private static void saveRows(SparkSession spark, JavaSparkContext jsc, int slices, List<Row> rows, StructType schema,
      String out, String table) {
    Dataset<Row> df = spark.createDataFrame(jsc.parallelize(rows, Math.max(1, Math.min(slices, rows.size()))), schema);
    save(df, out, table);
  }

  private static void save(Dataset<Row> df, String out, String table) {
    df.write().parquet(out + "/" + table);
  }

  private static String name(Object e) {
    return e == null ? null : e instanceof Enum<?> en ? en.name() : e.toString();
  }

  private static String json(Object o) {
    return LedgerJson.writeCompact(o);
  }

  private static Integer[] boxed(int[] a) {
    Integer[] b = new Integer[a.length];
    for (int i = 0; i < a.length; i++) {
      b[i] = a[i];
    }
    return b;
  }

  private static Long[] boxed(long[] a) {
    Long[] b = new Long[a.length];
    for (int i = 0; i < a.length; i++) {
      b[i] = a[i];
    }
    return b;
  }

  // ------------------------------------------------------------------ reading back

  /** The corpus ledger as the job computed it, read back from its tables. */
  static CorpusLedger readCorpus(SparkSession spark, String dir) {
    ObjectMapper m = LedgerJson.mapper();
    Map<String, String> origins = new LinkedHashMap<>();
    List<DocumentInfo> infos = read(spark, dir, "corpus_documents", r -> parse(m, r.getAs("info_json"), DocumentInfo.class), null);
    List<Entity> entities = read(spark, dir, "entities", r -> parse(m, r.getAs("json"), Entity.class), null);
    List<TimeExpression> times = read(spark, dir, "times", r -> parse(m, r.getAs("json"), TimeExpression.class), origins);
    List<Event> events = read(spark, dir, "events", r -> parse(m, r.getAs("json"), Event.class), origins);
    List<Attribution> attributions = read(spark, dir, "attributions", r -> parse(m, r.getAs("json"), Attribution.class), origins);
    List<Quote> quotes = read(spark, dir, "quotes", r -> parse(m, r.getAs("json"), Quote.class), origins);
    List<Finding> findings = read(spark, dir, "findings", r -> parse(m, r.getAs("json"), Finding.class), origins);
    List<EventCluster> clusters = read(spark, dir, "clusters", r -> parse(m, r.getAs("json"), EventCluster.class), null);
    List<Corroboration> corroboration = read(spark, dir, "corroboration", r -> parse(m, r.getAs("json"), Corroboration.class), null);
    List<EntityMerge> merges = read(spark, dir, "entity_merges", r -> parse(m, r.getAs("json"), EntityMerge.class), null);
    Ledger l = new Ledger(Ledger.FORMAT, infos, entities, times, events, attributions, quotes, findings);
    return new CorpusLedger(l, merges, clusters, corroboration, origins);
  }

  /** A table's rows in {@code ord} order, streamed to the driver. */
  static <T> List<T> read(SparkSession spark, String dir, String table, Function<Row, T> f, Map<String, String> origins) {
    List<T> out = new ArrayList<>();
    Iterator<Row> it = spark.read().parquet(dir + "/" + table).orderBy("ord").toLocalIterator();
    while (it.hasNext()) {
      Row r = it.next();
      out.add(f.apply(r));
      if (origins != null) {
        String o = r.getAs("origin");
        if (o != null) {
          origins.put(r.getAs("id"), o);
        }
      }
    }
    return out;
  }

  private static <T> T parse(ObjectMapper m, String json, Class<T> type) {
    try {
      return m.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
