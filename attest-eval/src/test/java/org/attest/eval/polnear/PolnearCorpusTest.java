package org.attest.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attest.model.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Reads the PolNeAR dev split from ../shared (skips without it, fails under CI=true). */
@Tag("corpus")
class PolnearCorpusTest {

  static Path devDir() {
    Path shared = SharedData.locate().orElse(null);
    Path dev = shared == null ? null : shared.resolve("data/polnear/dev");
    if (dev == null || !Files.isDirectory(dev)) {
      String msg = SharedData.missingMessage("data/polnear/dev");
      if (SharedData.required()) {
        throw new AssertionError(msg);
      }
      Assumptions.abort(msg);
    }
    return dev;
  }

  @Test
  void readsEveryDevArticleWithItsAttributions() throws Exception {
    PolnearCorpus c = PolnearCorpus.read(devDir());
    assertThat(c.articles()).hasSize(84);
    assertThat(c.skipped()).isEmpty();
    int n = c.articles().stream().mapToInt(a -> a.attributions().size()).sum();
    assertThat(n).isGreaterThan(2000);
    for (var a : c.articles()) {
      for (var g : a.attributions()) {
        assertThat(g.cue()).isNotEmpty();
        for (var s : g.cue()) {
          assertThat(s.end()).isLessThanOrEqualTo(a.document().text().length());
        }
      }
    }
  }

  @Test
  void perfectPredictionsScoreOneHundred() throws Exception {
    PolnearCorpus c = PolnearCorpus.read(devDir());
    PolnearScorer s = new PolnearScorer();
    for (var a : c.articles()) {
      s.add(a.document().text(), a.attributions(), a.attributions());
    }
    assertThat(s.cueF1()).isEqualTo(1.0);
    assertThat(s.sourceAccuracy()).isEqualTo(1.0);
    assertThat(s.contentF1()).isGreaterThan(0.999);
  }
}
