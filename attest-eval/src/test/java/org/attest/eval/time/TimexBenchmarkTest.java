package org.attest.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attest.eval.meantime.MeantimeDocument;
import org.attest.eval.meantime.MeantimeReader;
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

/** Issue 3's acceptance on the MEANTIME development corpora (gm, apple, airbus). */
class TimexBenchmarkTest {

  private static Path meantime() {
    var shared = SharedData.locate();
    if (shared.isEmpty()) {
      if (SharedData.required()) throw new AssertionError(SharedData.missingMessage("meantime"));
      Assumptions.abort(SharedData.missingMessage("meantime"));
    }
    Path p = shared.get().resolve("data/meantime/intra_cross-doc_annotation");
    Assumptions.assumeTrue(Files.isDirectory(p), "no " + p);
    return p;
  }

  private static Path gold(Path tmp) throws IOException {
    Path gold = tmp.resolve("gold");
    for (String c : List.of("gm", "apple", "airbus")) {
      MeantimeTimeML.Summary s = MeantimeTimeML.convert(meantime().resolve("corpus_" + c), gold);
      assertThat(s.documents()).isEqualTo(30);
      assertThat(s.skipped()).isEmpty();
    }
    return gold;
  }

  @Test
  void goldConversionKeepsTheAnnotatedSentencesAndTheirTimexes(@TempDir Path tmp) throws Exception {
    Path gold = gold(tmp);
    Path xml = MeantimeReader.listFiles(meantime().resolve("corpus_gm")).get(0);
    MeantimeDocument m = MeantimeReader.read(xml);
    TimeMLDocument t = TimeMLReader.read(gold.resolve(xml.getFileName().toString().replace(".xml", ".tml")));
    assertThat(m.text()).startsWith(t.text());
    assertThat(t.text().split("\n", -1)).hasSizeLessThanOrEqualTo(MeantimeTimeML.ANNOTATED_SENTENCES + 1);
    long withTokens = m.timexes().stream().filter(x -> x.span() != null && x.span().end() <= t.text().length()).count();
    assertThat(t.timexes()).hasSize((int) withTokens);
    assertThat(t.dct()).isNotNull();
  }

  @Test
  @Tag("corpus")
  void attestBeatsSutimeValueF1ByTenPoints(@TempDir Path tmp) throws Exception {
    Path gold = gold(tmp);
    TimeMLDirectory.annotate(gold, tmp.resolve("attest"), TimeMLAnnotator.attest());
    TimeMLDirectory.annotate(gold, tmp.resolve("sutime"), new TimeMLAnnotator(new SutimeTagger()));
    TimexScorer ours = TimeMLEvaluation.run(gold, tmp.resolve("attest")).scorer();
    TimexScorer sutime = TimeMLEvaluation.run(gold, tmp.resolve("sutime")).scorer();
    System.out.println("attest\n" + ours.table() + "sutime\n" + sutime.table());
    assertThat(ours.total().gold()).isGreaterThan(200);
    assertThat(ours.total().valueF1()).isGreaterThan(0.78);
    assertThat(ours.total().valueF1() - sutime.total().valueF1()).isGreaterThanOrEqualTo(0.10);
  }

  @Test
  void everyGoldFileParses(@TempDir Path tmp) throws Exception {
    Path gold = gold(tmp);
    try (Stream<Path> s = Files.list(gold)) {
      for (Path f : s.toList()) {
        assertThat(TimeMLReader.read(f).text()).isNotBlank();
      }
    }
  }
}
