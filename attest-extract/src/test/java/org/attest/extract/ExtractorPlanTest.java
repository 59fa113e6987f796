package org.attest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.attest.model.Ledger;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.DocumentBuilder;
import org.junit.jupiter.api.Test;

/** Ordering and refusing configurations from declared requirements; no NLP library is loaded. */
class ExtractorPlanTest {

  /** A step that only declares. */
  static class Step extends Extractor {
    private final Set<Layer> requires;
    private final Set<Layer> produces;

    Step(String name, Set<Layer> requires, Set<Layer> produces) {
      super(name, "0");
      this.requires = requires;
      this.produces = produces;
    }

    @Override
    public Set<Layer> requires() {
      return requires;
    }

    @Override
    public Set<Layer> produces() {
      return produces;
    }

    @Override
    protected void extract(ExtractionContext ctx) {}
  }

  static final Layer CLAIMS = new Layer("claims");

  @Test
  void stepsRunAfterWhatTheyRequireWhateverTheOrderGiven() {
    Step a = new Step("a", Set.of(Layer.EVENTS), Set.of(Layer.ATTRIBUTIONS));
    Step e = new Step("e", Set.of(Layer.ENTITIES), Set.of(Layer.EVENTS));
    Step n = new Step("n", Set.of(Layer.PARSE), Set.of(Layer.ENTITIES));
    Step c = new Step("c", Set.of(Layer.ATTRIBUTIONS, Layer.EVENTS), Set.of(CLAIMS));
    assertThat(ExtractorPlan.order(List.of(c, a, e, n))).extracting(Extractor::name).containsExactly("n", "e", "a", "c");
    // Independent steps keep the order given.
    Step x = new Step("x", Set.of(), Set.of(new Layer("x")));
    assertThat(ExtractorPlan.order(List.of(x, n))).extracting(Extractor::name).containsExactly("x", "n");
    assertThat(ExtractorPlan.order(List.of(n, x))).extracting(Extractor::name).containsExactly("n", "x");
  }

  @Test
  void everyProducerOfALayerRunsBeforeItsReaders() {
    Step rules = new Step("rules", Set.of(Layer.EVENTS), Set.of(Layer.ATTRIBUTIONS));
    Step learned = new Step("learned", Set.of(Layer.EVENTS), Set.of(Layer.ATTRIBUTIONS));
    Step events = new Step("events", Set.of(), Set.of(Layer.EVENTS));
    Step findings = new Step("findings", Set.of(Layer.ATTRIBUTIONS), Set.of(Layer.FINDINGS));
    assertThat(ExtractorPlan.order(List.of(findings, rules, events, learned))).extracting(Extractor::name)
        .containsExactly("events", "rules", "learned", "findings");
  }

  @Test
  void anUnmetRequirementIsRefusedByName() {
    Step a = new Step("attributions", Set.of(Layer.QUOTES, Layer.EVENTS), Set.of(Layer.ATTRIBUTIONS));
    Step e = new Step("events", Set.of(), Set.of(Layer.EVENTS));
    assertThatThrownBy(() -> ExtractorPlan.order(List.of(e, a)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extractor 'attributions' requires quotes, which no configured extractor produces (configured: events, attributions)");
  }

  @Test
  void cyclesAndDuplicatesAreRefused() {
    Step a = new Step("a", Set.of(Layer.EVENTS), Set.of(Layer.ATTRIBUTIONS));
    Step b = new Step("b", Set.of(Layer.ATTRIBUTIONS), Set.of(Layer.EVENTS));
    assertThatThrownBy(() -> ExtractorPlan.order(List.of(a, b))).hasMessageContaining("cycle");
    assertThatThrownBy(() -> ExtractorPlan.order(List.of(a, a))).hasMessageContaining("configured twice");
  }

  @Test
  void theRegisteredExtractorsPlanInTheirHistoricalOrder() {
    assertThat(Extractors.names()).containsSubsequence("entities", "times", "events", "quotes", "attributions", "findings");
  }

  @Test
  void aPipelineRefusesAnExtractorWithoutItsModel() {
    Step needsModel = new Step("needs-model", Set.of(), Set.of(CLAIMS)) {
      @Override
      public List<String> models() {
        return List.of("absent-model");
      }
    };
    assertThatThrownBy(() -> new AttestPipeline(doc -> null, List.of(needsModel), PipelineConfig.defaults()))
        .hasMessageContaining("needs model 'absent-model'");
  }

  @Test
  void provenanceHashesTheSettingsUnderTheExtractorsName() {
    PipelineConfig base = PipelineConfig.defaults();
    Step s = new Step("s", Set.of(), Set.of(CLAIMS));
    String plain = AttestPipeline.configHash(s, base);
    assertThat(plain).hasSize(16);
    assertThat(AttestPipeline.configHash(s, base.with("other.k", "1"))).isEqualTo(plain);
    assertThat(AttestPipeline.configHash(s, base.with("s.k", "1"))).isNotEqualTo(plain);
    AnnotatedDocument d = new DocumentBuilder("d1").conll("1 Hello hello UH O 0 root").build();
    Ledger l = new AttestPipeline(doc -> d, List.of(s), base).extract(d);
    assertThat(l.documents()).hasSize(1);
  }
}
