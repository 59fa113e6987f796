package org.attest.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.attest.crossdoc.CorpusLedger;
import org.attest.model.LedgerJson;

/**
 * The {@code attest-ledger/1} contract (readable by {@code LedgerJson.read}), with the corpus
 * additions the contract allows as added fields: {@code clusters}, {@code corroboration}, {@code
 * entity_merges}.
 */
final class JsonExport {

  private JsonExport() {}

  static String render(CorpusLedger corpus) {
    return render(corpus, ExportOptions.NONE);
  }

  /**
   * Each document also gets {@code author} and {@code copy_of} (the store's near-duplicate link)
   * when known, and its {@code path} is only the file name (no local directories).
   */
  static String render(CorpusLedger corpus, ExportOptions options) {
    ObjectMapper m = LedgerJson.mapper();
    ObjectNode root = (ObjectNode) m.valueToTree(corpus.ledger());
    var docs = corpus.ledger().documents();
    var nodes = root.path("documents");
    for (int i = 0; i < docs.size() && i < nodes.size(); i++) {
      ObjectNode n = (ObjectNode) nodes.get(i);
      ExportOptions.DocumentMeta meta = options.meta(docs.get(i));
      if (n.hasNonNull("path")) {
        n.put("path", ExportOptions.fileName(docs.get(i).path()));
      }
      if (meta.author() != null) {
        n.put("author", meta.author());
      }
      if (meta.copyOf() != null) {
        n.put("copy_of", meta.copyOf());
      }
    }
    root.set("clusters", m.valueToTree(corpus.clusters()));
    root.set("corroboration", m.valueToTree(corpus.corroboration().stream()
        .map(c -> new CorroborationJson(c.cluster(), c.count(), c.singleSource(), c.independentSources(), c.deniedBy(),
            c.attributions()))
        .toList()));
    root.set("entity_merges", m.valueToTree(corpus.entityMerges()));
    return LedgerJson.write(root);
  }

  static void write(CorpusLedger corpus, ExportOptions options, OutputStream out) throws IOException {
    out.write(render(corpus, options).getBytes(StandardCharsets.UTF_8));
  }

  record CorroborationJson(
      String cluster,
      int count,
      @com.fasterxml.jackson.annotation.JsonProperty("single_source") boolean singleSource,
      @com.fasterxml.jackson.annotation.JsonProperty("independent_sources") java.util.List<String> independentSources,
      @com.fasterxml.jackson.annotation.JsonProperty("denied_by") java.util.List<String> deniedBy,
      java.util.List<String> attributions) {}
}
