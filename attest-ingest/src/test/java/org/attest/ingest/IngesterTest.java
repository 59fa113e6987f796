package org.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attest.crossdoc.CorpusResolver;
import org.attest.store.IngestResult;
import org.attest.store.IngestStatus;
import org.attest.store.LedgerStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

  @TempDir Path tmp;

  private IngestSummary ingest(LedgerStore s, Path... paths) throws Exception {
    return new Ingester(s, new WordsExtractor(), new CorpusResolver()::resolve, IngestLimits.DEFAULT, null).ingest(List.of(paths));
  }

  /** Good reports plus every kind of bad input. */
  private Path mixedDirectory() throws Exception {
    Path in = tmp.resolve("in");
    SyntheticNews.write(in, 6, 100);
    Files.writeString(in.resolve("z-copy-of-1.txt"), "Wire copy\n\n" + SyntheticNews.report(100) + "(Valley Wire)\n");
    Files.writeString(in.resolve("z-same-as-2.txt"), SyntheticNews.report(101));
    Files.write(in.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.writeString(in.resolve("empty.txt"), "");
    Files.write(in.resolve("latin1.txt"), "Caf\u00e9 owners said the square was closed.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("german.txt"), Articles.GERMAN);
    Files.writeString(in.resolve("broken.rss"), "<rss><channel><item><title>x</item>");
    Files.writeString(in.resolve("broken.html"), "<html><body><p>" + Articles.FLOODS + "<div></span></table>");
    Files.writeString(in.resolve("huge.txt"), "word ".repeat(1_200_000));
    Files.writeString(in.resolve("explode.txt"), Articles.BRIDGE + " EXPLODE");
    return in;
  }

  @Test
  void ingestingADirectoryTwiceYieldsTheSameStore() throws Exception {
    Path in = mixedDirectory();
    try (LedgerStore s = LedgerStore.open(tmp.resolve("db").toString())) {
      IngestSummary first = ingest(s, in);
      String dump = s.canonicalDump();
      IngestSummary second = ingest(s, in);
      assertThat(s.canonicalDump()).isEqualTo(dump);
      assertThat(second.unchanged()).isEqualTo(second.results().size());
      // the same results, and the counts say that nothing was done this time
      assertThat(second.results().stream().map(r -> r.result().status() + " " + r.result().docId()).toList())
          .isEqualTo(first.results().stream().map(r -> r.result().status() + " " + r.result().docId()).toList());
      assertThat(second.counts().values()).allMatch(n -> n == 0);
      assertThat(first.counts().get(IngestStatus.INGESTED)).isEqualTo(7); // 6 reports + the HTML page
      assertThat(first.counts().get(IngestStatus.NEAR_DUPLICATE)).isEqualTo(1);
      assertThat(first.counts().get(IngestStatus.DUPLICATE)).isEqualTo(1);
      assertThat(first.counts().get(IngestStatus.FAILED)).isEqualTo(1);
      assertThat(first.counts().get(IngestStatus.SKIPPED)).isEqualTo(6);
      assertThat(s.documentCount()).isEqualTo(8);
    }
  }

  @Test
  void everyInputHasAResultWithAReason() throws Exception {
    Path in = mixedDirectory();
    try (LedgerStore s = LedgerStore.open(tmp.resolve("db").toString())) {
      ingest(s, in);
      assertThat(reason(s, in, "image.txt")).isEqualTo("BINARY");
      assertThat(reason(s, in, "empty.txt")).isEqualTo("EMPTY");
      assertThat(reason(s, in, "latin1.txt")).isEqualTo("ENCODING");
      assertThat(reason(s, in, "german.txt")).isEqualTo("NOT_ENGLISH");
      assertThat(reason(s, in, "broken.rss")).isEqualTo("UNPARSABLE");
      assertThat(reason(s, in, "huge.txt")).isEqualTo("TOO_LARGE");
      assertThat(reason(s, in, "explode.txt")).isEqualTo("EXTRACTION_FAILED");
      IngestResult copy = s.result(in.resolve("z-copy-of-1.txt").toString()).orElseThrow();
      IngestResult original = s.result(in.resolve("report-00001.txt").toString()).orElseThrow();
      assertThat(copy.status()).isEqualTo(IngestStatus.NEAR_DUPLICATE);
      assertThat(copy.ofDoc()).isEqualTo(original.docId());
      IngestResult dup = s.result(in.resolve("z-same-as-2.txt").toString()).orElseThrow();
      assertThat(dup.status()).isEqualTo(IngestStatus.DUPLICATE);
      assertThat(dup.docId()).isEqualTo(s.result(in.resolve("report-00002.txt").toString()).orElseThrow().docId());
      assertThat(s.result(in.resolve("broken.html").toString()).orElseThrow().status()).isEqualTo(IngestStatus.INGESTED);
      assertThat(s.corpusInput().copyOf()).containsEntry(copy.docId(), original.docId());
    }
  }

  @Test
  void badInputsCorruptNothing() throws Exception {
    Path in = mixedDirectory();
    Path good = tmp.resolve("good");
    Files.createDirectories(good);
    for (String name : List.of("report-00001.txt", "report-00002.txt", "report-00003.txt", "report-00004.txt",
        "report-00005.txt", "report-00006.txt", "broken.html", "z-copy-of-1.txt")) {
      Files.copy(in.resolve(name), good.resolve(name));
    }
    String withBad;
    String withoutBad;
    try (LedgerStore s = LedgerStore.open(tmp.resolve("db1").toString())) {
      ingest(s, in);
      withBad = withoutSection(s.canonicalDump(), "ingest_result").replace(in.toString(), "IN");
    }
    try (LedgerStore s = LedgerStore.open(tmp.resolve("db2").toString())) {
      ingest(s, good);
      withoutBad = withoutSection(s.canonicalDump(), "ingest_result").replace(good.toString(), "IN");
    }
    // documents are ordered by name in both runs except where the bad files sat between them
    assertThat(withBad.lines().sorted().toList()).isEqualTo(withoutBad.lines().sorted().toList());
  }

  @Test
  void retryFailedRedoesOnlyTheFailures() throws Exception {
    Path in = tmp.resolve("in");
    SyntheticNews.write(in, 3, 7);
    Path bad = in.resolve("z-explode.txt");
    Files.writeString(bad, Articles.BRIDGE + " EXPLODE");
    try (LedgerStore s = LedgerStore.open(tmp.resolve("db").toString())) {
      ingest(s, in);
      assertThat(s.failures()).extracting(IngestResult::source).containsExactly(bad.toString());
      Files.writeString(bad, Articles.BRIDGE);
      List<String> seen = new java.util.ArrayList<>();
      IngestSummary retry = new Ingester(s, new WordsExtractor(), new CorpusResolver()::resolve, IngestLimits.DEFAULT,
          new IngestListener() {
            @Override
            public void fileDone(int done, int total, Path file, List<RunResult> results) {
              seen.add(file.getFileName().toString());
            }
          }).retryFailed();
      assertThat(seen).containsExactly("z-explode.txt");
      assertThat(retry.counts().get(IngestStatus.INGESTED)).isEqualTo(1);
      assertThat(s.failures()).isEmpty();
      assertThat(s.documentCount()).isEqualTo(4);
    }
  }

  @Test
  void feedsAndJsonLinesIngestPerItem() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("items.jsonl"),
        "{\"text\":\"" + SyntheticNews.report(1).replace("\n", "\\n") + "\",\"outlet\":\"Alder Post\",\"published\":\"2025-10-12\"}\n"
            + "{\"text\":\"\"}\n");
    try (LedgerStore s = LedgerStore.open(tmp.resolve("db").toString())) {
      IngestSummary sum = ingest(s, in);
      assertThat(sum.results()).extracting(r -> r.result().status()).containsExactly(IngestStatus.INGESTED, IngestStatus.SKIPPED);
      assertThat(s.documents()).singleElement().satisfies(d -> {
        assertThat(d.info().outlet()).isEqualTo("Alder Post");
        assertThat(d.info().published()).isEqualTo("2025-10-12");
        assertThat(d.source()).endsWith("items.jsonl#line=1");
      });
    }
  }

  private static String reason(LedgerStore s, Path in, String name) {
    return s.result(in.resolve(name).toString()).orElseThrow().reason();
  }

  static String withoutSection(String dump, String table) {
    return dump.replaceAll("(?s)== " + table + "\\n.*?(?=== )", "");
  }
}
