package org.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attest.crossdoc.CorpusResolver;
import org.attest.store.IngestResult;
import org.attest.store.IngestStatus;
import org.attest.store.LedgerStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that try to make ingest read what it should not, or stop on one bad file: each gets an
 * outcome with a reason, nothing outside the input folder is read, and the run goes on.
 */
class HostileInputTest {

  /** Text of a file outside the input folder; it must never appear in any outcome. */
  static final String SECRET = "Zanzibar-Quokka-Secret-7731 the private notes of the server said nothing else.";

  @TempDir Path tmp;

  private Path in() throws IOException {
    return Files.createDirectories(tmp.resolve("in"));
  }

  private Path secretFile() throws IOException {
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Path secret = outside.resolve("secret.html");
    Files.writeString(secret, "<html><body><article><p>" + SECRET + " " + Articles.BRIDGE + "</p></article></body></html>");
    return secret;
  }

  private static List<InputOutcome> readAll(Path dir, IngestLimits limits) throws IOException {
    List<InputOutcome> out = new ArrayList<>();
    for (InputFiles.Input i : InputFiles.inputs(List.of(dir))) {
      out.addAll(InputFiles.read(i, limits));
    }
    return out;
  }

  private static void assertSecretNotRead(List<InputOutcome> outcomes) {
    for (InputOutcome o : outcomes) {
      if (o.accepted()) {
        assertThat(o.document().text()).doesNotContain("Zanzibar-Quokka");
      } else {
        assertThat(String.valueOf(o.rejection().getMessage())).doesNotContain("Zanzibar-Quokka");
      }
    }
  }

  private static String feed(String... links) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>");
    for (String l : links) {
      b.append("<item><title>Item</title><link>").append(l).append("</link></item>");
    }
    return b.append("</channel></rss>").toString();
  }

  @Test
  void feedLinksToLocalFilesOutsideTheInputFolderAreNeverRead() throws Exception {
    Path secret = secretFile();
    Path in = in();
    Files.createDirectories(in.resolve("sub"));
    Files.writeString(in.resolve("feed.rss"), feed(secret.toUri().toString(), secret.toString(), "../outside/secret.html",
        "sub/../../outside/secret.html"));
    List<InputOutcome> out = readAll(in, IngestLimits.DEFAULT);
    assertThat(out).hasSize(4).allMatch(o -> !o.accepted() && o.rejection().reason() == SkipReason.OUTSIDE_INPUT);
    assertSecretNotRead(out);
  }

  @Test
  void aSymbolicLinkOutOfTheInputFolderIsNotFollowedNorAFeedLinkThroughOne() throws Exception {
    Path secret = secretFile();
    Path in = in();
    Files.createSymbolicLink(in.resolve("leak.html"), secret);
    Files.createSymbolicLink(in.resolve("inner.html"), Path.of("../outside/secret.html"));
    Files.writeString(in.resolve("feed.rss"), feed("leak.html"));
    List<InputOutcome> out = readAll(in, IngestLimits.DEFAULT);
    assertThat(out).hasSize(3).allMatch(o -> !o.accepted() && o.rejection().reason() == SkipReason.OUTSIDE_INPUT);
    assertSecretNotRead(out);
  }

  @Test
  void aLinkedPageInsideTheFolderIsReadButNotForUploads() throws Exception {
    Path in = in();
    Files.writeString(in.resolve("page.html"), "<html><body><article><p>" + Articles.FLOODS + "</p></article></body></html>");
    Path feed = in.resolve("feed.rss");
    Files.writeString(feed, feed("page.html"));
    List<InputOutcome> local = FeedFile.read(feed, in.toRealPath(), Files.readAllBytes(feed), IngestLimits.DEFAULT);
    assertThat(local).singleElement().matches(InputOutcome::accepted);
    assertThat(local.get(0).document().text()).contains("Port Alder");
    List<InputOutcome> upload = FeedFile.read(feed, in.toRealPath(), Files.readAllBytes(feed), IngestLimits.UPLOADS);
    assertThat(upload).singleElement().matches(o -> !o.accepted() && o.rejection().reason() == SkipReason.OUTSIDE_INPUT);
  }

  /** A sparse file: its size is {@code bytes}, but it takes no disk space. */
  static Path sparse(Path file, String head, long bytes) throws IOException {
    Files.writeString(file, head);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(bytes);
    }
    return file;
  }

  @Test
  void multiGigabyteFilesAreRefusedBeforeTheyAreRead() throws Exception {
    long threeGb = 3L << 30;
    Path in = in();
    sparse(in.resolve("big.html"), "<html>", threeGb);
    Files.writeString(in.resolve("feed.rss"), feed("big.html"));
    Files.writeString(in.resolve("story.txt"), Articles.BRIDGE);
    sparse(in.resolve("story.meta.json"), "{\"title\": \"", threeGb);
    sparse(in.resolve("dump.txt"), "Some words. ", threeGb);
    List<InputOutcome> out = readAll(in, IngestLimits.DEFAULT);
    assertThat(out).extracting(InputOutcome::source).containsExactly(in.resolve("big.html").toString(),
        in.resolve("dump.txt").toString(), in.resolve("feed.rss") + "#item=1", in.resolve("story.txt").toString());
    assertThat(out).allMatch(o -> !o.accepted() && o.rejection().reason() == SkipReason.TOO_LARGE);
  }

  @Test
  void aJsonLinesFileWithAHugeLineKeepsItsOtherRecords() throws Exception {
    Path in = in();
    String good = "{\"text\": \"" + Articles.BRIDGE + "\"}\n";
    // a second line of 300 MB without a newline (sparse: NUL bytes, never stored on disk)
    Path f = sparse(in.resolve("wire.jsonl"), good + "{\"text\": \"", 300L << 20);
    IngestLimits limits = new IngestLimits(1 << 20, 1 << 20);
    List<InputOutcome> out = InputFiles.read(f, limits);
    assertThat(out).hasSize(2);
    assertThat(out.get(0).accepted()).isTrue();
    assertThat(out.get(1).rejection().reason()).isEqualTo(SkipReason.TOO_LARGE);
    // and a huge line in the middle does not cost the records after it
    Path g = tmp.resolve("mid.jsonl");
    Files.writeString(g, good + "{\"text\": \"" + "x".repeat(3 << 20) + "\"}\n" + good.replace("Riverton", "Ashford"));
    List<InputOutcome> mid = InputFiles.read(g, limits);
    assertThat(mid).extracting(o -> o.accepted()).containsExactly(true, false, true);
    assertThat(mid.get(2).source()).endsWith("#line=3");
  }

  @Test
  void encodingsAndByteOrderMarks() throws Exception {
    Path in = in();
    Files.write(in.resolve("bom.html"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    byte[] late = (Articles.BRIDGE + " ".repeat(9000) + "\u0000 end").getBytes(StandardCharsets.UTF_8);
    Files.write(in.resolve("late-nul.txt"), late);
    Files.write(in.resolve("utf16.txt"), ("\uFEFF" + Articles.FLOODS).getBytes(StandardCharsets.UTF_16LE));
    Files.writeString(in.resolve("side.txt"), Articles.BRIDGE);
    Files.write(in.resolve("side.meta.json"), ("\uFEFF{\"title\": \"Bridge closed\", \"published\": \"2025-03-04\"}")
        .getBytes(StandardCharsets.UTF_8));
    List<InputOutcome> out = readAll(in, IngestLimits.DEFAULT);
    assertThat(out).hasSize(4);
    assertThat(out.get(0).rejection().reason()).isEqualTo(SkipReason.EMPTY);
    assertThat(out.get(1).rejection().reason()).isEqualTo(SkipReason.BINARY);
    assertThat(out.get(2).document().title()).isEqualTo("Bridge closed");
    assertThat(out.get(2).document().published()).isEqualTo("2025-03-04");
    assertThat(out.get(3).document().text()).isEqualTo(Articles.FLOODS);
  }

  @Test
  void danglingLinksFifosAndLinkedDirectoriesGetAnOutcomeEach() throws Exception {
    Path in = in();
    Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("nowhere.txt"));
    Files.createDirectories(in.resolve("real-dir"));
    Files.writeString(in.resolve("real-dir/a.txt"), Articles.BRIDGE);
    Files.createSymbolicLink(in.resolve("linked-dir"), in.resolve("real-dir"));
    Process p = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start();
    assertThat(p.waitFor()).isZero();
    List<InputOutcome> out = readAll(in, IngestLimits.DEFAULT);
    assertThat(out).extracting(InputOutcome::source).containsExactly(in.resolve("dangling.txt").toString(),
        in.resolve("linked-dir").toString(), in.resolve("pipe.txt").toString(), in.resolve("real-dir/a.txt").toString());
    for (int i = 0; i < 3; i++) {
      assertThat(out.get(i).rejection().reason()).isEqualTo(SkipReason.NOT_A_FILE);
      assertThat(out.get(i).rejection().getMessage()).isNotBlank();
    }
    assertThat(out.get(3).accepted()).isTrue();
  }

  private IngestSummary ingest(LedgerStore s, List<Path> paths) throws IOException {
    return new Ingester(s, new WordsExtractor(), new CorpusResolver()::resolve, IngestLimits.DEFAULT, null).ingest(paths);
  }

  @Test
  void aPathTooLongForTheStoreIsRecordedAndTheRunGoesOn() throws Exception {
    Path in = in();
    Files.writeString(in.resolve("a.txt"), Articles.BRIDGE);
    Path deep = in.resolve("z");
    while (deep.toString().length() < 3900) {
      deep = deep.resolve("d".repeat(100));
    }
    Files.createDirectories(deep);
    Path longFile = deep.resolve("x".repeat(4050 - deep.toString().length() - 5) + ".txt");
    Files.writeString(longFile, Articles.FLOODS);
    assertThat(longFile.toString().length()).isGreaterThan(4000);
    Files.writeString(in.resolve("zz.txt"), SyntheticNews.report(5));
    try (LedgerStore s = LedgerStore.open(tmp.resolve("db").toString())) {
      IngestSummary sum = ingest(s, List.of(in));
      assertThat(sum.results()).extracting(r -> r.result().status())
          .containsExactly(IngestStatus.INGESTED, IngestStatus.SKIPPED, IngestStatus.INGESTED);
      IngestResult tooLong = sum.results().get(1).result();
      assertThat(tooLong.reason()).isEqualTo(SkipReason.PATH_TOO_LONG.name());
      assertThat(tooLong.source().length()).isLessThanOrEqualTo(LedgerStore.MAX_SOURCE_CHARS);
      assertThat(s.documentCount()).isEqualTo(2);
      assertThat(s.results()).hasSize(3);
    }
  }

  @Test
  void retryFailedFindsFilesWithHashesInTheirNames() throws Exception {
    Path in = in();
    Path bad = in.resolve("hash#bad.txt");
    Files.write(bad, new byte[] {1, 2, 3, 0, 4});
    Path feedish = in.resolve("odd#item=3.txt");
    Files.writeString(feedish, "");
    try (LedgerStore s = LedgerStore.open(tmp.resolve("db").toString())) {
      ingest(s, List.of(in));
      assertThat(s.failures()).hasSize(2);
      Files.writeString(bad, Articles.BRIDGE);
      Files.writeString(feedish, Articles.FLOODS);
      IngestSummary again = new Ingester(s, new WordsExtractor(), null, IngestLimits.DEFAULT, null).retryFailed();
      assertThat(again.results()).extracting(r -> r.result().status()).containsOnly(IngestStatus.INGESTED);
      assertThat(s.failures()).isEmpty();
      assertThat(s.documentCount()).isEqualTo(2);
    }
  }
}
