package org.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.attest.crossdoc.CorpusResolver;
import org.attest.store.CorpusView;
import org.attest.store.IngestStatus;
import org.attest.store.LedgerStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A watched folder: files dropped into it are stored, partial files are not, stop is clean. */
class FolderWatchTest {

  @TempDir Path tmp;

  @Test
  void filesDroppedIntoTheFolderAreStoredAndStopIsClean() throws Exception {
    Path in = tmp.resolve("feed");
    Files.createDirectories(in);
    SyntheticNews.write(in, 2, 500); // already there when the watch starts
    List<Path> ingested = Collections.synchronizedList(new ArrayList<>());
    List<Integer> batches = Collections.synchronizedList(new ArrayList<>());
    AtomicReference<CorpusView> lastView = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try (LedgerStore s = LedgerStore.open(tmp.resolve("db").toString())) {
      Ingester ingester = new Ingester(s, new WordsExtractor(), null, IngestLimits.DEFAULT, null);
      FolderWatch w = new FolderWatch(in, s, ingester, new CorpusResolver()::resolve, 20, 2, new FolderWatch.Listener() {
        @Override
        public void fileIngested(Path file, IngestSummary results) {
          ingested.add(file);
        }

        @Override
        public void batchDone(int files, CorpusView view) {
          batches.add(files);
          lastView.set(view);
        }
      });
      Thread t = new Thread(() -> {
        try {
          w.run();
        } catch (Throwable e) {
          failure.set(e);
        }
      });
      t.start();
      awaitTrue(() -> s.documentCount() == 2, failure);

      // a download in progress is never read; once renamed it is
      Path part = in.resolve("report-late.txt.part");
      Files.writeString(part, SyntheticNews.report(900));
      Path later = in.resolve("report-late.txt");
      Files.writeString(in.resolve("report-new.txt"), SyntheticNews.report(901));
      awaitTrue(() -> s.documentCount() == 3, failure);
      int scansBefore = w.scans();
      awaitTrue(() -> w.scans() >= scansBefore + 4, failure);
      assertThat(ingested).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
      assertThat(s.documentCount()).isEqualTo(3);
      Files.move(part, later, StandardCopyOption.ATOMIC_MOVE);
      awaitTrue(() -> s.documentCount() == 4, failure);

      // a file written in pieces is read once complete
      Path slow = in.resolve("sub").resolve("report-slow.txt");
      Files.createDirectories(slow.getParent());
      String text = SyntheticNews.report(902);
      Files.writeString(slow, text.substring(0, text.length() / 2));
      Files.writeString(slow, text); // the writer finishes before two scans see the same size
      awaitTrue(() -> s.documentCount() >= 5, failure);

      w.stop();
      t.join(60_000);
      assertThat(t.isAlive()).isFalse();
      assertThat(w.awaitFinished(1)).isTrue();
      assertThat(failure.get()).isNull();

      assertThat(s.result(later.toString()).orElseThrow().status()).isEqualTo(IngestStatus.INGESTED);
      assertThat(s.result(slow.toString()).orElseThrow().status()).isEqualTo(IngestStatus.INGESTED);
      assertThat(s.results()).noneMatch(r -> r.source().endsWith(".part"));
      // each file once (the half-written one at most twice, if a scan caught it half-way and it changed after)
      assertThat(ingested.stream().filter(p -> !p.equals(slow)).distinct().count())
          .isEqualTo(ingested.stream().filter(p -> !p.equals(slow)).count());
      assertThat(lastView.get()).isNotNull();
      assertThat(lastView.get().available()).isTrue();
      assertThat(s.corpusViewCurrent()).isTrue();
      assertThat(batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(ingested.size());
      if (s.documentCount() == 6) {
        // the half-written version was caught and stored, then the complete one: both are kept, as a re-ingest would
        assertThat(ingested).filteredOn(p -> p.equals(slow)).hasSize(2);
      }
    }
  }

  @Test
  void aMissingFolderIsAClearError() throws Exception {
    try (LedgerStore s = LedgerStore.open(tmp.resolve("db").toString())) {
      Ingester ingester = new Ingester(s, new WordsExtractor(), null, IngestLimits.DEFAULT, null);
      FolderWatch w = new FolderWatch(tmp.resolve("nope"), s, ingester, null, 20, 2, null);
      org.assertj.core.api.Assertions.assertThatThrownBy(w::run).isInstanceOf(java.nio.file.NoSuchFileException.class)
          .hasMessageContaining("nope");
      assertThat(w.awaitFinished(1)).isTrue();
    }
  }

  @Test
  void partialNames() {
    assertThat(FolderWatch.partial(Path.of("a.txt.part"))).isTrue();
    assertThat(FolderWatch.partial(Path.of(".a.txt"))).isTrue();
    assertThat(FolderWatch.partial(Path.of("a.txt~"))).isTrue();
    assertThat(FolderWatch.partial(Path.of("a.txt"))).isFalse();
    assertThat(FolderWatch.partial(Path.of("feed.rss"))).isFalse();
  }

  /** Waits for a condition the watch makes true; fails after a minute (a broken watch, not a slow one). */
  private static void awaitTrue(BooleanSupplier c, AtomicReference<Throwable> failure) throws InterruptedException {
    for (int i = 0; i < 6000 && !c.getAsBoolean(); i++) {
      if (failure.get() != null) {
        throw new AssertionError("the watch failed", failure.get());
      }
      Thread.sleep(10);
    }
    assertThat(c.getAsBoolean()).as("condition reached within a minute").isTrue();
  }
}
