package org.attest.eval.ecb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.attest.model.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The ECB+ reader on every training and development file, and one dev topic scored end to end. */
@Tag("corpus")
class EcbCorpusTest {

  private static Path corpus() {
    Path shared = SharedData.locate().orElse(null);
    Path dir = shared == null ? null : shared.resolve("data/ecbplus");
    if (dir == null || !Files.isDirectory(dir.resolve("topics"))) {
      String msg = SharedData.missingMessage("data/ecbplus/topics");
      if (SharedData.required()) {
        throw new AssertionError(msg);
      }
      Assumptions.abort(msg);
    }
    return dir;
  }

  @Test
  void everyMentionSpanShowsItsTokens() throws Exception {
    Path dir = corpus();
    int files = 0;
    int mentions = 0;
    for (Path f : EcbReader.files(dir, EcbEvaluation.parseTopics("1,3,4,6,7,8,9,10,11,13,14,16,19,20,22,24,25,26,27,28,29,30,31,32,33,2,5,12,18,21,23,34,35"))) {
      EcbDocument d = EcbReader.read(f);
      files++;
      for (EcbDocument.Mention m : d.mentions()) {
        mentions++;
        String shown = m.span().of(d.text());
        for (String tok : m.text().split(" ")) {
          assertThat(shown).as(m.id()).contains(tok);
        }
      }
    }
    assertThat(files).isEqualTo(772); // topics 1-35 (15 and 17 do not exist)
    assertThat(mentions).isGreaterThan(20_000);
  }

  @Test
  void oneDevTopicScoresAboveTheSingletonBaseline() throws Exception {
    Path dir = corpus();
    Path cache = Path.of(System.getProperty("java.io.tmpdir"), "attest-cache", "ecb");
    EcbEvaluation.Report r = EcbEvaluation.run(new EcbEvaluation.Options(dir, Set.of(2), cache), null);
    System.out.println(r.renderText());
    assertThat(r.errors()).isEmpty();
    assertThat(r.events().matched()).isGreaterThan(20);
    EcbEvaluation.SystemScore attest = r.events().onMatched().get(0);
    EcbEvaluation.SystemScore singletons = r.events().onMatched().get(2);
    assertThat(attest.scores().conll()).isGreaterThan(singletons.scores().conll() + 0.2);
    assertThat(r.entities().onMatched().get(0).scores().conll()).isGreaterThan(r.entities().onMatched().get(2).scores().conll());
    // The gold oracle clusters the same mentions as gold does: a ceiling on every mention, 100 on the matched ones.
    EcbEvaluation.SystemScore oracle = r.events().systems().get(4);
    assertThat(oracle.system()).isEqualTo("gold oracle");
    assertThat(oracle.scores().conll()).isGreaterThan(r.events().systems().get(0).scores().conll());
    assertThat(r.events().onMatched().get(4).scores().conll()).isEqualTo(1.0);
  }

  @Test
  void theEventPairModelRetrainsByteForByteOnATrainingTopic() throws Exception {
    Path dir = corpus();
    Path cache = Path.of(System.getProperty("java.io.tmpdir"), "attest-cache", "ecb");
    EcbEvaluation.Prepared p = EcbEvaluation.prepare(new EcbEvaluation.Options(dir, Set.of(1), cache), null);
    EventPairTrainer.Result a = EventPairTrainer.train(p, EventPairTrainer.Options.defaults());
    EventPairTrainer.Result b = EventPairTrainer.train(p, EventPairTrainer.Options.defaults());
    assertThat(a.examples()).isGreaterThan(50);
    assertThat(a.positives()).isBetween(1, a.examples() - 1);
    assertThat(b.model().toBytes()).isEqualTo(a.model().toBytes());
    // Evidence against never learns to count for.
    for (String f : EventPairTrainer.AGAINST) {
      assertThat(a.model().weights().getOrDefault(f, 0.0)).as(f).isLessThanOrEqualTo(0.0);
    }
  }
}
