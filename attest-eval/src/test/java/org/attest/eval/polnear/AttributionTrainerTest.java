package org.attest.eval.polnear;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attest.eval.polnear.PolnearCorpus.GoldAttribution;
import org.attest.extract.attributions.model.AttributionTagger;
import org.attest.model.Span;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.DocumentBuilder;
import org.junit.jupiter.api.Test;

/** Training on a tiny hand-written sample: deterministic to the byte, and it learns the sample. */
class AttributionTrainerTest {

  private static AnnotatedDocument doc(String id, String subject, String verb, String verbLemma, String obj) {
    return new DocumentBuilder(id).conll("""
        1 %s     _      NNP O 2 nsubj
        2 %s     %s     VBD O 0 root
        3 the    _      DT  O 4 det
        4 %s     _      NN  O 5 nsubj
        5 failed fail   VBD O 2 ccomp
        6 .      _      .   O 2 punct

        1 The    _      DT  O 2 det
        2 river  _      NN  O 3 nsubj
        3 rose   rise   VBD O 0 root
        4 .      _      .   O 3 punct
        """.formatted(subject, verb, verbLemma, obj)).build();
  }

  private static GoldAttribution gold(AnnotatedDocument d) {
    // source = token 0, cue = token 1, content = tokens 2..4
    return new GoldAttribution(List.of(d.token(1).span()), List.of(d.token(0).span()),
        List.of(new Span(d.token(2).begin(), d.token(4).end())));
  }

  private static List<AttributionTrainer.Example> sample() {
    String[][] rows = {
        {"Ana", "said", "say", "plan"}, {"Ben", "stated", "state", "deal"}, {"Cara", "said", "say", "bid"},
        {"Dev", "claimed", "claim", "vote"}, {"Eli", "said", "say", "talk"}, {"Fay", "stated", "state", "plan"},
    };
    List<AttributionTrainer.Example> ex = new ArrayList<>();
    int i = 0;
    for (String[] r : rows) {
      AnnotatedDocument d = doc("d" + i++, r[0], r[1], r[2], r[3]);
      ex.add(new AttributionTrainer.Example(d, List.of(gold(d))));
    }
    return ex;
  }

  @Test
  void trainingTwiceGivesByteIdenticalModels() {
    var opt = new AttributionTrainer.Options(0.5, 0.5, 1, 7L);
    byte[] a = AttributionTrainer.train(sample(), opt).toBytes();
    byte[] b = AttributionTrainer.train(sample(), opt).toBytes();
    assertThat(a).isEqualTo(b);
    assertThat(a.length).isGreaterThan(100);
  }

  @Test
  void theTrainedModelTagsASentenceLikeItsTrainingSample() throws Exception {
    AttributionTagger t = AttributionTagger.read(
        AttributionTrainer.train(sample(), new AttributionTrainer.Options(0.5, 0.5, 1, 7L)).toBytes());
    AnnotatedDocument d = doc("x", "Gil", "said", "say", "plan");
    var tagged = t.tag(d, AttributionTrainer.LEXICON);
    assertThat(tagged).singleElement().satisfies(x -> {
      assertThat(x.cue()).containsExactly(1);
      assertThat(x.source()).containsExactly(0);
      assertThat(x.content()).contains(3, 4);
    });
  }

  @Test
  void theScorerMatchesCuesByASharedWordAndWeighsContentByDice() {
    String text = "Ana said the plan failed badly.";
    var g = new GoldAttribution(List.of(new Span(4, 8)), List.of(new Span(0, 3)), List.of(new Span(9, 30)));
    var p = new GoldAttribution(List.of(new Span(4, 8)), List.of(new Span(0, 3)), List.of(new Span(9, 23)));
    var wrong = new GoldAttribution(List.of(new Span(18, 24)), List.of(), List.of(new Span(9, 17)));
    PolnearScorer s = new PolnearScorer();
    s.add(text, List.of(g), List.of(p, wrong));
    assertThat(s.matched()).isEqualTo(1);
    assertThat(s.cuePrecision()).isEqualTo(0.5);
    assertThat(s.cueRecall()).isEqualTo(1.0);
    assertThat(s.sourceAccuracy()).isEqualTo(1.0);
    // content: gold {the, plan, failed, badly}, predicted {the, plan, failed}: Dice 6/7.
    assertThat(s.contentRecall()).isCloseTo(6.0 / 7, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.contentPrecision()).isCloseTo(3.0 / 7, org.assertj.core.data.Offset.offset(1e-9));
  }
}
