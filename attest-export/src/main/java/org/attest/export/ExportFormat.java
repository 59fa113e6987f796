package org.attest.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.attest.crossdoc.CorpusLedger;

/**
 * An export format, found through {@link ServiceLoader}: every class named in a
 * {@code META-INF/services/org.attest.export.ExportFormat} file on the classpath (the built-ins
 * are in {@link BuiltInExports}; a new format is a new class and a line there, not an edit to a
 * switch). The command line and the web API look formats up by {@link #cliName()}; the web API
 * serves them as {@link #mediaType()}. Implementations are stateless, with a public no-arg
 * constructor; output is a deterministic function of the corpus.
 */
public interface ExportFormat {

  /** The {@code attest-ledger/1} contract, plus clusters, corroboration and entity merges. */
  ExportFormat JSON = new BuiltInExports.Json();
  /** A ZIP of RFC 4180 CSV tables: documents, entities, events, attributions, findings. */
  ExportFormat CSV = new BuiltInExports.Csv();
  /** TimelineJS3 JSON: one slide per dated real-world event. */
  ExportFormat TIMELINEJS = new BuiltInExports.TimelineJs();
  /** schema.org ClaimReview JSON-LD, one review per finding. */
  ExportFormat CLAIMREVIEW = new BuiltInExports.ClaimReview();
  /** GEXF 1.3 graph: source → claim (attribution) → event. */
  ExportFormat GEXF = new BuiltInExports.Gexf();

  /** The name the command line and the API use ({@code json}), lower case. */
  String cliName();

  /** A file name to use when the user gives a directory. */
  String defaultFileName();

  /** The HTTP content type the web API serves this format as. */
  String mediaType();

  /** True for formats whose output is binary (a ZIP) and must not go to a terminal. */
  default boolean binary() {
    return false;
  }

  /** Writes the corpus; the stream is left open. */
  void write(CorpusLedger corpus, OutputStream out) throws IOException;

  /**
   * Writes the corpus with what the store knows beyond the ledger (authors, copy-of links) and
   * where the desk is; a format that has no use for them writes as {@link #write(CorpusLedger,
   * OutputStream)} does.
   */
  default void write(CorpusLedger corpus, ExportOptions options, OutputStream out) throws IOException {
    write(corpus, out);
  }

  /** Every registered format, in registration order. */
  static List<ExportFormat> all() {
    Map<String, ExportFormat> out = new LinkedHashMap<>();
    for (ExportFormat f : ServiceLoader.load(ExportFormat.class, ExportFormat.class.getClassLoader())) {
      ExportFormat prior = out.putIfAbsent(f.cliName(), f);
      if (prior != null && !prior.getClass().equals(f.getClass())) {
        throw new IllegalStateException("two export formats named '" + f.cliName() + "': " + prior.getClass().getName()
            + ", " + f.getClass().getName());
      }
    }
    return new ArrayList<>(out.values());
  }

  /** The registered format with this name (case-insensitive). */
  static ExportFormat parse(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    List<ExportFormat> all = all();
    for (ExportFormat f : all) {
      if (f.cliName().equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown export format '" + name + "'; one of: "
        + String.join(", ", all.stream().map(ExportFormat::cliName).toList()));
  }
}
