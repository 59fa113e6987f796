package org.attest.extract.attributions.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.extract.attributions.model.AttributionTagger.Tagged;
import org.junit.jupiter.api.Test;

class AttributionTaggerTest {

  /** A hand-set model: "say" is a cue; a subject is the source, a clause the content. */
  static AttributionTagger handMade() {
    LinearModel cue = new LinearModel(new String[] {"B", "I", "O"}, new String[] {"l=say", "prev=B"},
        new float[] {3, 0, 0, /* prev=B */ 0, 0.5f, 0}, new float[] {0, -1, 1});
    LinearModel role = new LinearModel(new String[] {"S", "C", "O"}, new String[] {"br=ccomp", "br=nsubj", "tp=."},
        new float[] {0, 2, 0, 2, 0, 0, 0, 0, 5}, new float[] {0, 0, 1});
    return new AttributionTagger(cue, role);
  }

  @Test
  void decodesACueItsSourceAndItsContent() {
    List<Tagged> ts = handMade().tag(TinyDoc.officialsSaid(), TinyDoc.LEXICON);
    assertThat(ts).singleElement().satisfies(t -> {
      assertThat(t.cue()).containsExactly(1);
      assertThat(t.source()).containsExactly(0);
      assertThat(t.content()).containsExactly(2, 3, 4);
    });
  }

  @Test
  void runsBridgeSmallGapsAndTheNearestSourceRunWins() {
    assertThat(AttributionTagger.runs(List.of(1, 2, 5, 9), 2)).containsExactly(List.of(1, 2, 3, 4, 5), List.of(9));
    assertThat(AttributionTagger.nearestRun(List.of(0, 1, 8), 6, 0)).containsExactly(8);
    assertThat(AttributionTagger.nearestRun(List.of(), 6, 0)).isEmpty();
  }

  @Test
  void theContentIsTheStretchWithTheLargestSumOfMargins() {
    AttributionTagger t = handMade().maxSpan(0, 1);
    List<Integer> win = List.of(0, 1, 2, 3, 5, 6, 7);
    // A doubted word (-0.5) inside a strong stretch is kept; a weak stretch further on is not chosen.
    assertThat(t.bestStretch(win, new double[] {-1, 2, -0.5, 2, -3, 0.5, 0.5}, List.of(4)))
        .containsExactly(1, 2, 3);
    // The cue between two strong stretches costs its penalty: bridged when both sides outweigh it.
    assertThat(t.bestStretch(win, new double[] {-1, 2, 2, 2, 3, -1, -1}, List.of(4)))
        .containsExactly(1, 2, 3, 5);
    assertThat(t.maxSpan(0, 10).bestStretch(win, new double[] {-1, 2, 2, 2, 3, -1, -1}, List.of(4)))
        .containsExactly(1, 2, 3);
    assertThat(t.bestStretch(win, new double[] {-1, -1, -1, -1, -1, -1, -1}, List.of(4))).isEmpty();
  }

  @Test
  void theModelFileRoundTripsByteForByte() throws Exception {
    AttributionTagger t = handMade();
    byte[] bytes = t.toBytes();
    AttributionTagger back = AttributionTagger.read(bytes);
    assertThat(back.toBytes()).isEqualTo(bytes);
    assertThat(back.sha256()).isEqualTo(t.sha256()).hasSize(64);
    assertThat(back.cueModel().featureCount()).isEqualTo(2);
  }

  @Test
  void unknownFeaturesScoreNothing() {
    LinearModel m = handMade().cueModel();
    assertThat(m.scores(List.of("never-seen"))).containsExactly(0, -1, 1);
    assertThat(LinearModel.argmax(m.scores(List.of("l=say")))).isEqualTo(m.label("B"));
  }
}
