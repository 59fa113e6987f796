package org.attest.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.Corroboration;
import org.attest.crossdoc.EventCluster;
import org.attest.model.LedgerIndex;
import org.attest.model.TimexInterval;
import org.attest.crossdoc.Voices;
import org.attest.model.Attribution;
import org.attest.model.DocumentInfo;
import org.attest.model.Entity;
import org.attest.model.Event;
import org.attest.model.Finding;
import org.attest.model.Mention;
import org.attest.model.TimeExpression;

/**
 * CSV tables in the spirit of GDELT's events and mentions tables: one row per event mention
 * (with its real-world cluster, date, PLOVER type and quad class, actors, and how many independent
 * sources vouch for it) and one row per attribution (who says so, with what stance, relayed
 * through whom), each with the evidence offsets GDELT lacks. Written as one ZIP so a single file
 * carries all tables: {@code documents.csv, entities.csv, events.csv, attributions.csv,
 * findings.csv}, UTF-8, RFC 4180.
 */
public final class CsvExport {

  /** ZIP entries carry a fixed time so the archive is byte-identical for the same ledger. */
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

  private CsvExport() {}

  /** Table name ({@code events.csv} ...) to its CSV text, in a fixed order. */
  public static Map<String, String> tables(CorpusLedger corpus) {
    return tables(corpus, ExportOptions.NONE);
  }

  /**
   * The tables; {@code documents.csv} also carries each document's author and the document it is a
   * near-copy of ({@code copy_of}), and its {@code path} is only the file name.
   */
  public static Map<String, String> tables(CorpusLedger corpus, ExportOptions options) {
    var l = corpus.ledger();
    LedgerIndex index = new LedgerIndex(l);
    Voices voices = new Voices(l);
    Map<String, String> timeValue = new HashMap<>();
    for (TimeExpression t : l.times()) {
      timeValue.put(t.id(), t.value());
    }
    Map<String, Entity> entities = index.entities();
    Map<String, DocumentInfo> docs = index.documents();
    Map<String, EventCluster> clusterOf = new HashMap<>();
    for (EventCluster c : corpus.clusters()) {
      c.events().forEach(v -> clusterOf.put(v, c));
    }
    Map<String, Event> events = index.events();

    Map<String, String> out = new LinkedHashMap<>();
    Csv d = new Csv("doc_id", "title", "outlet", "url", "published", "path", "language", "length", "sha256", "author",
        "copy_of");
    for (DocumentInfo x : l.documents()) {
      ExportOptions.DocumentMeta meta = options.meta(x);
      d.row(x.id(), x.title(), x.outlet(), x.url(), x.published(), ExportOptions.fileName(x.path()), x.language(), x.length(),
          x.sha256(), meta.author(), meta.copyOf());
    }
    out.put("documents.csv", d.toString());

    Csv en = new Csv("entity_id", "name", "type", "aliases", "mention_count", "document_count", "mentions");
    for (Entity e : l.entities()) {
      TreeSet<String> inDocs = new TreeSet<>();
      e.mentions().forEach(m -> inDocs.add(m.doc()));
      en.row(e.id(), e.name(), e.type(), e.aliases(), e.mentions().size(), inDocs.size(),
          e.mentions().stream().map(CsvExport::mention).toList());
    }
    out.put("entities.csv", en.toString());

    Csv ev = new Csv("event_id", "cluster_id", "doc_id", "date", "date_precision", "cluster_date", "event_type", "quad_class",
        "predicate", "actor_ids", "actor_names", "target_id", "target_name", "location_id", "location_name", "modality",
        "polarity", "quantity_text", "quantity_value", "quantity_min", "quantity_max", "quantity_unit", "num_mentions",
        "num_documents", "num_sources", "single_source", "trigger", "begin", "end", "sentence_begin", "sentence_end",
        "summary");
    for (Event v : l.events()) {
      EventCluster c = clusterOf.get(v.id());
      Corroboration cor = c == null ? null : corpus.corroborationOf(c.id());
      String date = v.time() == null ? null : timeValue.get(v.time());
      TimexInterval range = TimexInterval.parse(date);
      var q = v.quantity();
      ev.row(v.id(), c == null ? null : c.id(), v.doc(), date, range == null ? null : range.precision(),
          c == null ? null : c.time(), v.type(), v.type() == null ? null : v.type().quadClass(), v.predicate(), v.actor(),
          v.actor().stream().map(a -> name(entities, a)).toList(), v.target(), name(entities, v.target()), v.location(),
          name(entities, v.location()), v.modality(), v.polarity(), q == null ? null : q.text(),
          q == null ? null : plain(q.value()), q == null ? null : plain(q.min()), q == null ? null : plain(q.max()),
          q == null ? null : q.unit(), c == null ? 1 : c.events().size(),
          c == null ? 1 : c.events().stream().map(x -> events.get(x).doc()).distinct().count(),
          cor == null ? null : cor.count(), cor == null ? null : cor.singleSource(), v.trigger(), v.begin(), v.end(),
          v.sentence() == null ? null : v.sentence().begin(), v.sentence() == null ? null : v.sentence().end(), v.summary());
    }
    out.put("events.csv", ev.toString());

    Csv at = new Csv("attribution_id", "event_id", "cluster_id", "doc_id", "outlet", "published", "url", "source_id",
        "source_name", "via", "origin_attribution_id", "origin_source_id", "origin_source_name", "stance", "certainty", "cue",
        "begin", "end", "source_mention_begin", "source_mention_end", "content_begin", "content_end", "statement_date");
    for (Attribution a : l.attributions()) {
      DocumentInfo doc = docs.get(a.doc());
      Attribution origin = voices.origin(a);
      String originKey = voices.speaker(origin);
      EventCluster c = a.event() == null ? null : clusterOf.get(a.event());
      at.row(a.id(), a.event(), c == null ? null : c.id(), a.doc(), doc == null ? null : doc.outlet(),
          doc == null ? null : doc.published(), doc == null ? null : doc.url(), a.source(), voices.name(voices.speaker(a)),
          a.via(), origin.id(), originKey, voices.name(originKey), a.stance(), a.certainty(), a.cue(), a.begin(), a.end(),
          a.sourceMention() == null ? null : a.sourceMention().begin(), a.sourceMention() == null ? null : a.sourceMention().end(),
          a.content() == null ? null : a.content().begin(), a.content() == null ? null : a.content().end(),
          a.time() == null ? null : timeValue.get(a.time()));
    }
    out.put("attributions.csv", at.toString());

    Csv f = new Csv("finding_id", "kind", "items", "explanation", "extractor");
    for (Finding x : l.findings()) {
      f.row(x.id(), x.kind(), x.items(), x.explanation(), x.extractor());
    }
    out.put("findings.csv", f.toString());
    return out;
  }

  private static String mention(Mention m) {
    return m.doc() + ":" + m.begin() + "-" + m.end();
  }

  private static String name(Map<String, Entity> entities, String id) {
    if (id == null) {
      return null;
    }
    Entity e = entities.get(id);
    return e == null ? id : e.name();
  }

  private static String plain(java.math.BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }

  static void writeZip(CorpusLedger corpus, ExportOptions options, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    for (Map.Entry<String, String> t : tables(corpus, options).entrySet()) {
      ZipEntry e = new ZipEntry(t.getKey());
      e.setTimeLocal(FIXED_TIME);
      zip.putNextEntry(e);
      zip.write(t.getValue().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    zip.finish();
  }

  /** The tables as they would be unpacked, for callers that write a directory. */
  public static List<String> tableNames() {
    return List.of("documents.csv", "entities.csv", "events.csv", "attributions.csv", "findings.csv");
  }
}
