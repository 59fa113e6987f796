package org.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attest.crossdoc.CorpusResolver;
import org.attest.store.IngestResult;
import org.attest.store.IngestStatus;
import org.attest.store.LedgerStore;
import org.attest.store.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingests in other JVMs: killed with SIGKILL part-way, and two at once into one store. */
class SeparateProcessIngestTest {

  @TempDir Path tmp;

  private static Process child(Path db, long delayMillis, Path... inputs) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(), db.toString(), String.valueOf(delayMillis)));
    for (Path p : inputs) {
      cmd.add(p.toString());
    }
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  @Test
  void anIngestKilledPartWayResumesAndStoresEveryDocumentExactlyOnce() throws Exception {
    Path in = tmp.resolve("in");
    SyntheticNews.write(in, 24, 500);
    Path db = tmp.resolve("db");
    Process p = child(db, 150, in);
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        lines.add(line);
        if (line.startsWith("FILE 6 ")) {
          p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no clean close
          break;
        }
      }
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(lines).as("child output").anyMatch(l -> l.startsWith("FILE 6 "));
    assertThat(lines).noneMatch(l -> l.equals("DONE"));
    int storedBeforeResume;
    try (LedgerStore s = LedgerStore.open(db.toString())) {
      storedBeforeResume = s.documentCount();
    }
    assertThat(storedBeforeResume).isBetween(6, 23);

    Process resume = child(db, 0, in);
    String out = new String(resume.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(resume.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(out).contains("DONE");

    Path cleanDb = tmp.resolve("clean");
    try (LedgerStore clean = LedgerStore.open(cleanDb.toString())) {
      new Ingester(clean, new WordsExtractor(), new CorpusResolver()::resolve, IngestLimits.DEFAULT, null).ingest(List.of(in));
    }
    try (LedgerStore s = LedgerStore.open(db.toString()); LedgerStore clean = LedgerStore.open(cleanDb.toString())) {
      assertThat(s.documentCount()).isEqualTo(24);
      assertThat(s.results()).hasSize(24).allMatch(r -> r.status() == IngestStatus.INGESTED);
      // exactly the store an uninterrupted run builds
      assertThat(s.canonicalDump()).isEqualTo(clean.canonicalDump());
    }
  }

  @Test
  void twoConcurrentIngestsIntoOneStoreStoreEachTextOnce() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    SyntheticNews.write(a, 12, 900);
    SyntheticNews.write(b, 12, 906); // reports 906..911 are in both directories
    Path db = tmp.resolve("db");
    try (LedgerStore s = LedgerStore.open(db.toString())) {
      assertThat(s.documentCount()).isZero(); // created and migrated before the race
    }
    Process p1 = child(db, 20, a);
    Process p2 = child(db, 20, b);
    String out1 = new String(p1.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String out2 = new String(p2.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p1.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p2.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(out1).as(out1).contains("DONE");
    assertThat(out2).as(out2).contains("DONE");
    try (LedgerStore s = LedgerStore.open(db.toString())) {
      List<StoredDocument> docs = s.documents();
      assertThat(docs).hasSize(18);
      assertThat(docs.stream().map(StoredDocument::seq)).containsExactlyElementsOf(
          java.util.stream.LongStream.rangeClosed(1, 18).boxed().toList());
      List<IngestResult> results = s.results();
      assertThat(results).hasSize(24).noneMatch(r -> r.status().failure());
      assertThat(results.stream().filter(r -> r.status() == IngestStatus.DUPLICATE)).hasSize(6);
      assertThat(s.corpusViewCurrent()).isTrue();
    }
    assertThat(Files.exists(db.resolve("attest.mv.db"))).isTrue();
  }
}
