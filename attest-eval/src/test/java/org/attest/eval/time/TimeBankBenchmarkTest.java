package org.attest.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attest.model.SharedData;
import org.attest.time.eval.TimeMLEvaluation;
import org.attest.time.eval.TimexScorer;
import org.attest.time.timeml.TimeMLAnnotator;
import org.attest.time.timeml.TimeMLDirectory;
import org.attest.time.timeml.TimeMLDocument;
import org.attest.time.timeml.TimeMLReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 on TimeBank + AQUAINT (TBAQ-cleaned, 256 articles in two subfolders): the reader takes
 * both folders, and the normalizer keeps its measured value F1 and its lead over SUTime, both
 * written by the same writer and scored by the same scorer (docs/benchmarks.md).
 */
class TimeBankBenchmarkTest {

  /** The value F1 measured at this commit, as a floor (the target of 85 is not reached; see docs/benchmarks.md). */
  static final double VALUE_F1_FLOOR = 0.80;

  private static Path timebank() {
    var shared = SharedData.locate();
    if (shared.isEmpty()) {
      if (SharedData.required()) throw new AssertionError(SharedData.missingMessage("timebank"));
      Assumptions.abort(SharedData.missingMessage("timebank"));
    }
    Path p = shared.get().resolve("data/timebank");
    if (!Files.isDirectory(p.resolve("TimeBank")) && SharedData.required()) {
      throw new AssertionError("no " + p.resolve("TimeBank"));
    }
    Assumptions.assumeTrue(Files.isDirectory(p.resolve("TimeBank")), "no " + p.resolve("TimeBank"));
    return p;
  }

  @Test
  void bothSubfoldersAreReadWithTheirCreationTimes() throws Exception {
    Path tb = timebank();
    List<Path> files = TimeMLDirectory.list(tb);
    assertThat(files).hasSize(256);
    assertThat(files.stream().filter(f -> f.startsWith("TimeBank")).count()).isEqualTo(183);
    assertThat(files.stream().filter(f -> f.startsWith("AQUAINT")).count()).isEqualTo(73);
    for (Path f : files) {
      TimeMLDocument d = TimeMLReader.read(tb.resolve(f));
      assertThat(d.dct()).as("creation time of %s", f).isNotNull();
      assertThat(d.text()).isNotBlank();
    }
  }

  @Test
  @Tag("corpus")
  void attestKeepsItsValueF1AndBeatsSutimeByEightPoints(@TempDir Path tmp) throws Exception {
    Path gold = timebank();
    TimeMLDirectory.Summary ours = TimeMLDirectory.annotate(gold, tmp.resolve("attest"), TimeMLAnnotator.attest());
    assertThat(ours.written()).isEqualTo(256);
    assertThat(ours.skipped()).isEmpty();
    TimeMLDirectory.annotate(gold, tmp.resolve("sutime"), new TimeMLAnnotator(new SutimeTagger()));
    TimexScorer a = TimeMLEvaluation.run(gold, tmp.resolve("attest")).scorer();
    TimexScorer s = TimeMLEvaluation.run(gold, tmp.resolve("sutime")).scorer();
    System.out.println("attest\n" + a.table() + "sutime\n" + s.table());
    assertThat(a.documents()).isEqualTo(256);
    assertThat(a.total().gold()).isGreaterThan(1800);
    assertThat(a.total().valueF1()).isGreaterThanOrEqualTo(VALUE_F1_FLOOR);
    assertThat(a.total().valueF1() - s.total().valueF1()).isGreaterThanOrEqualTo(0.08);
  }
}
