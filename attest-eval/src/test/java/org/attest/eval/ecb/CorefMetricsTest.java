package org.attest.eval.ecb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CorefMetricsTest {

  private static final Offset<Double> EPS = within(1e-9);

  private static Set<String> c(String... m) {
    return new LinkedHashSet<>(List.of(m));
  }

  /**
   * The worked example of Pradhan et al. (2014), "Scoring Coreference Partitions of Predicted
   * Mentions: A Reference Implementation" (the CoNLL-2012 scorer's paper): key {a,b,c} {d,e,f,g},
   * response {a,b} {c,d} {f,g,h,i}. Published values: MUC R 40 P 40; B³ R 41.67 P 50; CEAF-e R 65
   * P 43.33.
   */
  private static final List<Set<String>> KEY = List.of(c("a", "b", "c"), c("d", "e", "f", "g"));
  private static final List<Set<String>> RESPONSE = List.of(c("a", "b"), c("c", "d"), c("f", "g", "h", "i"));

  @Test
  void mucOfThePaperExample() {
    CorefMetrics.Score s = CorefMetrics.muc(KEY, RESPONSE);
    assertThat(s.recall()).isCloseTo(0.4, EPS);
    assertThat(s.precision()).isCloseTo(0.4, EPS);
    assertThat(s.f1()).isCloseTo(0.4, EPS);
  }

  @Test
  void b3OfThePaperExample() {
    CorefMetrics.Score s = CorefMetrics.b3(KEY, RESPONSE);
    assertThat(s.recall()).isCloseTo(35.0 / 84, EPS);
    assertThat(s.precision()).isCloseTo(0.5, EPS);
    assertThat(s.f1()).isCloseTo(2 * (35.0 / 84) * 0.5 / (35.0 / 84 + 0.5), EPS);
  }

  @Test
  void ceafeOfThePaperExample() {
    CorefMetrics.Score s = CorefMetrics.ceafe(KEY, RESPONSE);
    assertThat(s.recall()).isCloseTo(0.65, EPS);
    assertThat(s.precision()).isCloseTo(1.3 / 3, EPS);
    assertThat(s.f1()).isCloseTo(0.52, EPS);
  }

  @Test
  void conllIsTheMeanOfTheThreeF1s() {
    CorefMetrics.Scores s = CorefMetrics.all(KEY, RESPONSE, m -> m);
    assertThat(s.conll()).isCloseTo((s.muc().f1() + s.b3().f1() + s.ceafe().f1()) / 3, EPS);
  }

  @Test
  void identicalPartitionsScoreOne() {
    List<Set<String>> key = List.of(c("a", "b"), c("c"), c("d", "e", "f"));
    CorefMetrics.Scores s = CorefMetrics.all(key, key, m -> m);
    assertThat(s.muc().f1()).isCloseTo(1, EPS);
    assertThat(s.b3().f1()).isCloseTo(1, EPS);
    assertThat(s.ceafe().f1()).isCloseTo(1, EPS);
  }

  @Test
  void allSingletonsHaveNoMucLinksButFullB3Precision() {
    List<Set<String>> key = List.of(c("a", "b", "c"), c("d"));
    List<Set<String>> response = List.of(c("a"), c("b"), c("c"), c("d"));
    assertThat(CorefMetrics.muc(key, response).f1()).isZero();
    CorefMetrics.Score b3 = CorefMetrics.b3(key, response);
    assertThat(b3.precision()).isCloseTo(1, EPS);
    assertThat(b3.recall()).isCloseTo((3 * (1.0 / 3) + 1) / 4, EPS);
    // CEAF-e: one of the singletons {a} aligns with {a,b,c} (phi4 = 2/4), {d} with {d} (1).
    CorefMetrics.Score ce = CorefMetrics.ceafe(key, response);
    assertThat(ce.recall()).isCloseTo(1.5 / 2, EPS);
    assertThat(ce.precision()).isCloseTo(1.5 / 4, EPS);
  }

  @Test
  void oneBigClusterHasFullMucRecall() {
    List<Set<String>> key = List.of(c("a", "b"), c("c", "d"));
    List<Set<String>> response = List.of(c("a", "b", "c", "d"));
    CorefMetrics.Score muc = CorefMetrics.muc(key, response);
    assertThat(muc.recall()).isCloseTo(1, EPS);
    assertThat(muc.precision()).isCloseTo(2.0 / 3, EPS);
    assertThat(CorefMetrics.b3(key, response).precision()).isCloseTo(0.5, EPS);
  }

  @Test
  void mentionsMissingFromTheResponseCostRecallOnly() {
    List<Set<String>> key = List.of(c("a", "b", "x"));
    List<Set<String>> response = List.of(c("a", "b"));
    CorefMetrics.Score muc = CorefMetrics.muc(key, response);
    assertThat(muc.recall()).isCloseTo(0.5, EPS); // {a,b} and {x}: 3 - 2 of 2 links
    assertThat(muc.precision()).isCloseTo(1, EPS);
    CorefMetrics.Score b3 = CorefMetrics.b3(key, response);
    assertThat(b3.recall()).isCloseTo((2 * 2.0 / 3) / 3, EPS);
    assertThat(b3.precision()).isCloseTo(1, EPS);
  }

  @Test
  void hungarianFindsTheBestAssignmentNotTheGreedyOne() {
    // Greedy would take 0.9 and then 0.1 (total 1.0); the best pairs 0.8 + 0.8.
    double[][] w = {{0.9, 0.8}, {0.8, 0.1}};
    assertThat(CorefMetrics.maxAssignment(w)).isCloseTo(1.6, EPS);
    double[][] rect = {{0.5}, {0.7}, {0.2}};
    assertThat(CorefMetrics.maxAssignment(rect)).isCloseTo(0.7, EPS);
  }

  @Test
  void linksCountOnlyPairsAcrossDocuments() {
    // Mention ids are doc/m; d1/a, d1/b in one document.
    List<Set<String>> key = List.of(c("d1/a", "d1/b", "d2/c"), c("d2/d", "d3/e"));
    List<Set<String>> response = List.of(c("d1/a", "d2/c", "d2/d"), c("d1/b"), c("d3/e"));
    CorefMetrics.Score l = CorefMetrics.links(key, response, EcbEvaluation::documentOf);
    // Key cross-document links: a-c, b-c, d-e = 3. Response: a-c, a-d = 2; correct: a-c.
    assertThat(l.recall()).isCloseTo(1.0 / 3, EPS);
    assertThat(l.precision()).isCloseTo(0.5, EPS);
  }
}
