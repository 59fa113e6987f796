package org.attest.spark;

import java.io.Serializable;
import org.attest.extract.AttestPipeline;
import org.attest.ingest.MinHash;
import org.attest.ingest.SkipReason;
import org.attest.model.DocumentInfo;
import org.attest.model.Ledger;
import org.attest.model.LedgerExtractor;
import org.attest.model.LedgerJson;
import org.attest.model.Ledgers;
import org.attest.model.SourceDocument;
import org.attest.store.DocumentIds;

/**
 * Extraction inside an executor: one pipeline per executor JVM, created on first use and kept for
 * every later task (loading takes seconds; the pipeline keeps one CoreNLP instance per concurrent
 * task, see {@code CoreNlpAnnotator}). Produces what {@code Ingester} would commit for a new text.
 */
final class Extraction {

  private static volatile LedgerExtractor pipeline;

  private Extraction() {}

  static LedgerExtractor pipeline() {
    LedgerExtractor p = pipeline;
    if (p == null) {
      synchronized (Extraction.class) {
        p = pipeline;
        if (p == null) {
          p = AttestPipeline.create();
          pipeline = p;
        }
      }
    }
    return p;
  }

  /** A unique text's extraction: its ledger (as stored) or why extraction failed, and its MinHash. */
  record Extracted(Inputs.Input first, String id, String language, String infoJson, String ledgerJson, String failure,
      int[] signature, long[] bandKeys) implements Serializable {

    boolean ok() {
      return failure == null;
    }
  }

  /** As {@code Ingester.ingest} for a text the store does not hold yet. */
  static Extracted extract(Inputs.Input d) {
    String id = DocumentIds.of(d.sha());
    DocumentInfo info = new DocumentInfo(id, d.sha(), d.title(), d.outlet(), d.url(), d.published(), d.source(), null,
        d.text().length());
    Ledger ledger;
    try {
      ledger = Ledgers.withDocument(pipeline().extract(new SourceDocument(info, d.text())), info);
      info = ledger.documents().get(0);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return new Extracted(d, id, null, null, null, SkipReason.EXTRACTION_FAILED.words() + ": " + oneLine(e), null, null);
    }
    int[] signature = MinHash.signature(d.text());
    return new Extracted(d, id, info.language(), LedgerJson.writeCompact(info), LedgerJson.writeCompact(ledger), null, signature,
        MinHash.bandKeys(signature));
  }

  /** As {@code Ingester.oneLine}. */
  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    m = m.replaceAll("\\s+", " ").strip();
    return m.length() > 300 ? m.substring(0, 300) : m;
  }
}
