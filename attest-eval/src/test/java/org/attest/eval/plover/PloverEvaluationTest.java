package org.attest.eval.plover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attest.extract.AttestPipeline;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Event;
import org.attest.model.EventType;
import org.attest.model.Ledger;
import org.attest.model.LedgerExtractor;
import org.attest.model.Modality;
import org.attest.model.Polarity;
import org.attest.model.Span;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PloverEvaluationTest {

  /** A fake extractor: "X attacks" → ASSAULT by X; anything else → one OTHER event without actor. */
  private static final LedgerExtractor FAKE = doc -> {
    String text = doc.text();
    String first = text.split(" ")[0];
    Entity x = new Entity("e1", first, EntityType.ORGANIZATION, List.of(first), List.of(), null,
        new Entity.Affiliation("Chad", "GOV", null));
    boolean attack = text.contains("attack");
    Event e = new Event("v1", doc.id(), 0, 1, text.substring(0, 1), new Span(0, text.length()),
        attack ? EventType.ASSAULT : EventType.OTHER, "p", attack ? List.of("e1") : List.of(), null, null, null, null,
        Modality.ACTUAL, Polarity.POSITIVE, "s", null);
    return new Ledger(Ledger.FORMAT, List.of(doc.info()), List.of(x), List.of(), List.of(e), List.of(), List.of(), List.of());
  };

  @Test
  void scoresTypeAndActorAndCountsTheConfusion(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("ex.tsv");
    Files.writeString(f, String.join("\n",
        "# comment",
        "ASSAULT\trebels\t-\trebels attack a town",
        "ASSAULT\tChad\t-\tsoldiers attack a base",
        "REQUEST\tMali\t-\tMali asks for help",
        ""));
    var report = PloverEvaluation.evaluate(FAKE, PloverEvaluation.read(f), "2025-01-01");
    assertThat(report.typeRight()).isEqualTo(2);
    assertThat(report.actorRight()).isEqualTo(2); // the second through the affiliation's country
    assertThat(report.confusion().get("ASSAULT")).containsEntry("ASSAULT", 2);
    assertThat(report.confusion().get("DEMAND")).containsEntry("OTHER", 1);
    assertThat(report.renderMatrix()).contains("| DEMAND |").contains("0/1");
  }

  @Test
  void aMalformedLineIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, "ASSAULT\tonly two fields\n");
    assertThatThrownBy(() -> PloverEvaluation.read(f)).hasMessageContaining("line 1");
  }

  @Test
  void accuseCoversDisapproveAndInvestigate() {
    assertThat(PloverEvaluation.typeMatches("ACCUSE", "INVESTIGATE")).isTrue();
    assertThat(PloverEvaluation.typeMatches("ACCUSE", "DISAPPROVE")).isTrue();
    assertThat(PloverEvaluation.typeMatches("REQUEST", "DEMAND")).isTrue();
    assertThat(PloverEvaluation.typeMatches("SUPPORT", "AGREE")).isFalse();
  }

  /** The written examples (one or more per PLOVER category) through the real pipeline. */
  @Test
  @Tag("corpus")
  void theWrittenExamplesAreMostlyTypedAndActedRight() throws Exception {
    Path f = Path.of(PloverEvaluationTest.class.getResource("plover-examples.tsv").toURI());
    var examples = PloverEvaluation.read(f);
    assertThat(examples.stream().map(PloverEvaluation.Example::category).distinct()).hasSize(16);
    var report = PloverEvaluation.evaluate(AttestPipeline.create(), examples, "2025-06-02");
    System.out.println(report.renderText(true));
    assertThat(report.typeRight()).isGreaterThanOrEqualTo(examples.size() * 7 / 10);
    assertThat(report.actorRight()).isGreaterThanOrEqualTo(examples.size() * 8 / 10);
  }

  /** The held-out sentences (every category and mode, written apart from the tuning examples). */
  @Test
  @Tag("corpus")
  void theHeldOutSentencesAreTypedAndActedRight() throws Exception {
    Path f = Path.of(PloverEvaluationTest.class.getResource("plover-dev.tsv").toURI());
    var examples = PloverEvaluation.read(f);
    assertThat(examples).hasSizeGreaterThanOrEqualTo(80);
    assertThat(examples.stream().map(PloverEvaluation.Example::category).distinct()).hasSize(16);
    var report = PloverEvaluation.evaluate(AttestPipeline.create(), examples, "2025-06-02");
    System.out.println(report.renderText(true));
    // measured 107 and 111 of 124 on 2026-12-02 (docs/benchmarks.md); a little slack for parser noise
    assertThat(report.typeRight()).isGreaterThanOrEqualTo(examples.size() * 80 / 100);
    assertThat(report.actorRight()).isGreaterThanOrEqualTo(examples.size() * 85 / 100);
  }
}
