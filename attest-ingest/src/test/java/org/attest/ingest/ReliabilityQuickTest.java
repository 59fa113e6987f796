package org.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attest.crossdoc.CorpusResolver;
import org.attest.store.IngestResult;
import org.attest.store.IngestStatus;
import org.attest.store.LedgerStore;
import org.attest.store.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick version of the reliability suite (the full one is {@code bench/reliability.sh}): every
 * kind of hostile input, twice over, plus 3 GB sparse files and an over-long path, through the
 * ingester into one store. Every input gets a result, nothing outside the input folder is read,
 * the kinds that must be refused are, and a second run changes nothing.
 */
class ReliabilityQuickTest {

  @TempDir Path tmp;

  @Test
  void everyHostileInputGetsAResultAndNothingOutsideIsRead() throws Exception {
    int entries = HostileCorpus.write(tmp, 2 * HostileCorpus.KINDS.length, 11, false, 3L << 30);
    Path in = tmp.resolve("in");
    List<InputFiles.Input> inputs = InputFiles.inputs(List.of(in));
    assertThat(inputs).hasSize(entries);
    try (LedgerStore s = LedgerStore.open(tmp.resolve("db").toString())) {
      Ingester ingester = new Ingester(s, new WordsExtractor(), new CorpusResolver()::resolve, IngestLimits.DEFAULT, null);
      IngestSummary first = ingester.ingestInputs(inputs);
      // one result (or one per item or record) for every input, in the store as well
      Map<String, IngestResult> stored = new TreeMap<>();
      s.results().forEach(r -> stored.put(r.source(), r));
      for (InputFiles.Input i : inputs) {
        String src = i.file().toString();
        boolean has = src.length() > 3968
            ? stored.values().stream().anyMatch(r -> "PATH_TOO_LONG".equals(r.reason()))
            : stored.keySet().stream().anyMatch(k -> k.equals(src) || k.startsWith(src + "#"));
        assertThat(has).as("a result for " + src).isTrue();
      }
      assertThat(first.results()).hasSameSizeAs(stored.values());
      // nothing from outside the input folder is stored or echoed
      for (StoredDocument d : s.documents()) {
        assertThat(s.text(d.id()).orElseThrow()).as(d.source()).doesNotContain(HostileCorpus.SECRET);
        assertThat(String.valueOf(d.info().title())).doesNotContain(HostileCorpus.SECRET);
      }
      assertThat(stored.values()).allMatch(r -> !String.valueOf(r.detail()).contains(HostileCorpus.SECRET));
      // the kinds that must be refused are, with their reason
      Map<String, String> kindOf = new TreeMap<>();
      for (String line : Files.readAllLines(tmp.resolve("manifest.tsv"))) {
        String[] p = line.split("\t");
        kindOf.put(in.resolve(p[0].replace("\\n", "\n").replace("\\t", "\t")).toString(), p[1]);
      }
      for (IngestResult r : stored.values()) {
        String file = Ingester.fileOf(r.source()).toString();
        String kind = kindOf.getOrDefault(file, "");
        switch (kind) {
          case "binary", "late-nul", "utf16-no-bom", "control-chars" -> assertThat(r.reason()).as(file).isEqualTo("BINARY");
          case "empty", "blank", "bom-only-html", "html-scripts-only" -> assertThat(r.reason()).as(file).isEqualTo("EMPTY");
          case "latin1", "invalid-utf8" -> assertThat(r.reason()).as(file).isEqualTo("ENCODING");
          case "feed-file-uri", "feed-absolute-link", "feed-dotdot-link", "symlink-out", "symlink-dir-out", "sidecar-symlink-out" ->
              assertThat(r.reason()).as(file).isEqualTo("OUTSIDE_INPUT");
          case "symlink-dangling", "fifo" -> assertThat(r.reason()).as(file).isEqualTo("NOT_A_FILE");
          case "feed-xxe", "feed-malformed", "sidecar-invalid" -> assertThat(r.reason()).as(file).isEqualTo("UNPARSABLE");
          case "good", "utf16-bom", "sidecar-bom", "odd-name", "deep-dirs", "html-latin1", "feed-good-link", "html-deep" ->
              assertThat(r.status()).as(file).isIn(IngestStatus.INGESTED, IngestStatus.NEAR_DUPLICATE, IngestStatus.DUPLICATE);
          default -> { }
        }
      }
      // the huge sparse files were refused by size
      assertThat(stored.values().stream().filter(r -> r.source().contains("/huge/") && "TOO_LARGE".equals(r.reason())))
          .hasSizeGreaterThanOrEqualTo(4);
      assertThat(stored.get(in.resolve("huge/sparse.jsonl") + "#line=1").status()).isEqualTo(IngestStatus.INGESTED);
      // and a second run changes nothing
      String dump = s.canonicalDump();
      IngestSummary second = ingester.ingestInputs(InputFiles.inputs(List.of(in)));
      assertThat(second.unchanged()).isEqualTo(second.results().size());
      assertThat(s.canonicalDump()).isEqualTo(dump);
    }
  }
}
