package org.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attest.eval.bench.BenchCorpus;
import org.attest.eval.bench.BenchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation commands' argument handling and outputs that need no NLP models. */
class EvalCommandsTest {

  @TempDir Path tmp;

  private int run(ByteArrayOutputStream err, String... args) {
    PrintStream old = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return AttestCommand.run(args);
    } finally {
      System.setErr(old);
    }
  }

  @Test
  void missingInputsGiveOneClearLineAndExitOne() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(err, "eval", "gold", tmp.resolve("nope.json").toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such gold file");
    err.reset();
    assertThat(run(err, "eval", "meantime", tmp.resolve("nope").toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file or directory");
    err.reset();
    assertThat(run(err, "bench", tmp.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no readable .txt articles");
    err.reset();
    assertThat(run(err, "bench", tmp.toString(), "--threads", "one")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--threads must be a list");
  }

  @Test
  void polnearAndTrainingCommandsRejectMissingFoldersInOneLine() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(err, "eval", "polnear", tmp.resolve("nope").toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such folder");
    err.reset();
    Files.createDirectories(tmp.resolve("split"));
    assertThat(run(err, "eval", "polnear", tmp.resolve("split").toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("expected the folders text/ and attributions/");
    err.reset();
    assertThat(run(err, "train", "attribution", "--data", tmp.toString(), "--out", tmp.resolve("m.gz").toString()))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no train/ folder");
  }

  @Test
  void malformedGoldFileIsRejectedWithItsName() throws Exception {
    Path gold = Files.writeString(tmp.resolve("g.json"), "{\"times\": [{\"value\": \"2024\"}]}");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(err, "eval", "gold", gold.toString(), "--doc", gold.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("g.json").contains("without 'in'");
  }

  @Test
  void meantimeTextsWritesOneArticlePerFile() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus_x"));
    Files.writeString(corpus.resolve("1_a.xml"), """
        <Document doc_id="1" doc_name="1_a" lang="en"><token sentence="0" t_id="1">Hello</token>
        <token sentence="0" t_id="2">,</token><token sentence="0" t_id="3">world</token><Markables/></Document>""");
    Path out = tmp.resolve("out");
    assertThat(run(new ByteArrayOutputStream(), "eval", "meantime-texts", tmp.toString(), out.toString())).isZero();
    assertThat(Files.readString(out.resolve("corpus_x/1_a.txt"))).isEqualTo("Hello, world\n");
  }

  @Test
  void benchTableShowsEveryRun() throws Exception {
    Files.writeString(tmp.resolve("a.txt"), "One two three, four.\n");
    BenchCorpus corpus = BenchCorpus.read(tmp);
    assertThat(corpus.words()).isEqualTo(4);
    BenchResult r = new BenchResult("attest", "x", 1, 4, 2.5, 0, 1L << 30, List.of(
        new BenchResult.Run(1, 1, 2.0, 1234.5, 0.5, 2.0, 1234.5, 300L << 20, true, 200L << 20),
        new BenchResult.Run(2, 1, 1.0, 2469.0, 1.0, 2.0, 1234.5, 400L << 20, true, 250L << 20)));
    String table = BenchCommand.render(corpus, Map.of("cores", 2, "cpu", "c", "memory", "m", "os", "o", "java", "j"), List.of(r));
    assertThat(table).contains("attest         1      1,235").contains("attest         2      2,469").contains("400 MB");
  }
}
