package org.attest.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.model.Attribution.AUTHOR;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.attest.model.EntityType;
import org.attest.model.EventType;
import org.attest.model.Finding;
import org.attest.model.FindingKind;
import org.attest.model.Ledger;
import org.attest.model.Modality;
import org.attest.model.Stance;
import org.junit.jupiter.api.Test;

class CrossDocumentTest {

  private static CorpusLedger resolve(Map<String, String> copyOf, Doc... docs) {
    List<Ledger> ledgers = Arrays.stream(docs).map(Doc::ledger).toList();
    return new CorpusResolver().resolve(new CorpusInput(ledgers, copyOf, List.of()));
  }

  private static List<Finding> findings(CorpusLedger c, FindingKind kind) {
    return c.ledger().findings().stream().filter(f -> f.kind() == kind).toList();
  }

  /** A document reporting that Ruritania sent troops to Freedonia, in its own voice. */
  private static Doc deployment(String id, String outlet, String time, String qtyText, long qty, Modality modality) {
    Doc d = new Doc(id).outlet(outlet);
    String ru = d.entity("Ruritania", EntityType.COUNTRY);
    String fr = d.entity("Freedonia", EntityType.COUNTRY);
    String t = time == null ? null : d.time(time);
    String v = d.event(EventType.MOBILIZE, "sent", ru, fr, null, t, qtyText == null ? null : Doc.qty(qtyText, qty, "troops"),
        modality);
    d.attribute(v, AUTHOR, Stance.ASSERT);
    return d;
  }

  @Test
  void mentionsWithNestedTimesClusterWithEvidence() {
    CorpusLedger out = resolve(Map.of(),
        deployment("d1", "Outlet A", "2024", null, 0, Modality.ACTUAL),
        deployment("d2", "Outlet B", "2024-10", null, 0, Modality.ACTUAL),
        deployment("d3", "Outlet C", "2024-10-05", null, 0, Modality.ACTUAL));
    assertThat(out.clusters()).singleElement().satisfies(c -> {
      assertThat(c.events()).containsExactly("v1", "v2", "v3");
      assertThat(c.time()).isEqualTo("2024-10-05");
      assertThat(c.actors()).containsExactly("e1");
      assertThat(c.evidence()).hasSize(2);
      assertThat(c.evidence().get(1)).contains("v3 (d3) joined v1 (d1)").contains("same type MOBILIZE")
          .contains("shared actor e1 'Ruritania'").contains("same target e2 'Freedonia'").contains("2024 / 2024-10-05 compatible");
    });
    assertThat(out.corroboration()).singleElement().satisfies(c -> {
      assertThat(c.independentSources()).containsExactly("outlet:Outlet A", "outlet:Outlet B", "outlet:Outlet C");
      assertThat(c.singleSource()).isFalse();
    });
    assertThat(findings(out, FindingKind.CORROBORATION)).singleElement()
        .satisfies(f -> assertThat(f.explanation()).startsWith("3 independent sources support c1"));
    assertThat(out.ledger().findings()).extracting(Finding::kind).containsExactly(FindingKind.CORROBORATION);
  }

  @Test
  void differentFactsAreDifferentEventsAndNeverConflict() {
    // 1,500 troops sent vs 12,000 planned: not one event, so no quantity conflict.
    CorpusLedger out = resolve(Map.of(),
        deployment("d1", "Outlet A", "2024-10", "1,500", 1500, Modality.ACTUAL),
        deployment("d2", "Outlet B", "2024-10", "12,000", 12000, Modality.PLANNED));
    assertThat(out.clusters()).hasSize(2);
    assertThat(out.ledger().findings()).isEmpty();
    assertThat(out.corroboration()).allSatisfy(c -> assertThat(c.singleSource()).isTrue());
  }

  @Test
  void differentNumbersWithoutADateAreNotJoined() {
    CorpusLedger out = resolve(Map.of(),
        deployment("d1", "Outlet A", null, "1,500", 1500, Modality.ACTUAL),
        deployment("d2", "Outlet B", null, "3,000", 3000, Modality.ACTUAL));
    assertThat(out.clusters()).hasSize(2);
    assertThat(findings(out, FindingKind.QUANTITY_CONFLICT)).isEmpty();
  }

  @Test
  void differentDatesWithoutAnythingElsePinningTheEventAreDifferentEvents() {
    CorpusLedger out = resolve(Map.of(),
        deployment("d1", "Outlet A", "2024-10", null, 0, Modality.ACTUAL),
        deployment("d2", "Outlet B", "2024-11", null, 0, Modality.ACTUAL));
    assertThat(out.clusters()).hasSize(2);
    assertThat(findings(out, FindingKind.DATE_CONFLICT)).isEmpty();
  }

  @Test
  void quantityConflictBetweenTwoActualCountsOfOneDatedEvent() {
    CorpusLedger out = resolve(Map.of(),
        deployment("d1", "Outlet A", "2024-10", "1,500", 1500, Modality.ACTUAL),
        deployment("d2", "Outlet B", "2024-10-05", "3,000", 3000, Modality.ACTUAL));
    assertThat(out.clusters()).hasSize(1);
    assertThat(findings(out, FindingKind.QUANTITY_CONFLICT)).singleElement().satisfies(f -> {
      assertThat(f.items()).containsExactly("v1", "v2");
      assertThat(f.explanation()).contains("d1 says 1,500 troops (v1)").contains("d2 says 3,000 troops (v2)");
    });
  }

  @Test
  void aValueUnderAStatedMaximumIsNoConflict() {
    Doc a = deployment("d1", "Outlet A", "2024-10", "1,500", 1500, Modality.ACTUAL);
    Doc b = new Doc("d2").outlet("Outlet B");
    String ru = b.entity("Ruritania", EntityType.COUNTRY);
    String fr = b.entity("Freedonia", EntityType.COUNTRY);
    String v = b.event(EventType.MOBILIZE, "sent", ru, fr, null, b.time("2024-10"), Doc.upTo("up to 12,000", 12000, "troops"),
        Modality.ACTUAL);
    b.attribute(v, AUTHOR, Stance.ASSERT);
    CorpusLedger out = resolve(Map.of(), a, b);
    assertThat(out.clusters()).hasSize(1);
    assertThat(findings(out, FindingKind.QUANTITY_CONFLICT)).isEmpty();
  }

  @Test
  void dateConflictWhenEverythingElsePinsOneEvent() {
    CorpusLedger out = resolve(Map.of(),
        deployment("d1", "Outlet A", "2024-10", "1,500", 1500, Modality.ACTUAL),
        deployment("d2", "Outlet B", "2024-11", "1,500", 1500, Modality.ACTUAL));
    assertThat(out.clusters()).hasSize(1);
    assertThat(out.clusters().get(0).evidence().get(0)).contains("same quantity").contains("despite times 2024-10 / 2024-11");
    assertThat(findings(out, FindingKind.DATE_CONFLICT)).singleElement().satisfies(f -> {
      assertThat(f.items()).containsExactly("v1", "v2");
      assertThat(f.explanation()).contains("d1 dates it 2024-10").contains("d2 dates it 2024-11");
    });
  }

  @Test
  void syndicatedCopiesCountOnceAsTheirOriginal() {
    Doc original = deployment("d1", "Wire Service", "2024-10", null, 0, Modality.ACTUAL);
    Doc copy1 = deployment("d2", "Local Paper", "2024-10", null, 0, Modality.ACTUAL);
    Doc copy2 = deployment("d3", "Other Paper", "2024-10", null, 0, Modality.ACTUAL);
    CorpusLedger out = resolve(Map.of("d2", "d1", "d3", "d2"), original, copy1, copy2);
    assertThat(out.clusters()).hasSize(1);
    assertThat(out.corroboration()).singleElement().satisfies(c -> {
      assertThat(c.independentSources()).containsExactly("outlet:Wire Service");
      assertThat(c.singleSource()).isTrue();
      assertThat(c.attributions()).hasSize(3);
    });
    assertThat(findings(out, FindingKind.CORROBORATION)).isEmpty();
  }

  @Test
  void aRelayChainCountsItsOrigin() {
    // d1: Yonhap reports, citing KCNA. d2: an outlet reports it citing Yonhap citing KCNA.
    Doc a = new Doc("d1").outlet("Yonhap");
    String ru = a.entity("Ruritania", EntityType.COUNTRY);
    String fr = a.entity("Freedonia", EntityType.COUNTRY);
    String kcna = a.entity("KCNA", EntityType.ORGANIZATION);
    String v = a.event(EventType.MOBILIZE, "sent", ru, fr, null, null, null, Modality.ACTUAL);
    String origin = a.attribute(v, kcna, Stance.ASSERT);
    a.attribute(v, AUTHOR, Stance.REPORT, origin, null);
    Doc b = new Doc("d2").outlet("Daily");
    String ru2 = b.entity("Ruritania", EntityType.COUNTRY);
    String fr2 = b.entity("Freedonia", EntityType.COUNTRY);
    String kcna2 = b.entity("KCNA", EntityType.ORGANIZATION);
    String yon = b.entity("Yonhap", EntityType.ORGANIZATION);
    String v2 = b.event(EventType.MOBILIZE, "sent", ru2, fr2, null, null, null, Modality.ACTUAL);
    String o2 = b.attribute(v2, kcna2, Stance.ASSERT);
    String y2 = b.attribute(v2, yon, Stance.REPORT, o2, null);
    b.attribute(v2, AUTHOR, Stance.REPORT, y2, null);
    CorpusLedger out = resolve(Map.of(), a, b);
    assertThat(out.clusters()).hasSize(1);
    String kcnaId = out.ledger().entities().stream().filter(e -> e.name().equals("KCNA")).findFirst().orElseThrow().id();
    assertThat(out.corroboration().get(0).independentSources()).containsExactly(kcnaId);
    assertThat(out.corroboration().get(0).singleSource()).isTrue();
    assertThat(out.sourceName(kcnaId)).isEqualTo("KCNA");
  }

  @Test
  void anOutletsOwnVoiceIsTheOutletEntityWhenOthersCiteIt() {
    Doc a = deployment("d1", "Yonhap", "2024-10", null, 0, Modality.ACTUAL);
    Doc b = new Doc("d2").outlet("Daily");
    String ru = b.entity("Ruritania", EntityType.COUNTRY);
    String fr = b.entity("Freedonia", EntityType.COUNTRY);
    String yon = b.entity("Yonhap", EntityType.ORGANIZATION);
    String v = b.event(EventType.MOBILIZE, "sent", ru, fr, null, null, null, Modality.ACTUAL);
    String y = b.attribute(v, yon, Stance.REPORT);
    b.attribute(v, AUTHOR, Stance.REPORT, y, null);
    CorpusLedger out = resolve(Map.of(), a, b);
    assertThat(out.corroboration().get(0).independentSources()).containsExactly("e3");
    assertThat(out.sourceName("e3")).isEqualTo("Yonhap");
  }

  @Test
  void contradictionAcrossDocumentsAndStanceReversalOrderedByStatementTime() {
    // d1 (published later) has Ruritania confirming; d2 (earlier) has it denying; d3 has an outlet asserting.
    Doc a = new Doc("d1").outlet("Outlet A").published("2024-12-01");
    String ru = a.entity("Ruritania", EntityType.COUNTRY);
    String fr = a.entity("Freedonia", EntityType.COUNTRY);
    String v = a.event(EventType.MOBILIZE, "sent", ru, fr, null, null, null, Modality.ACTUAL);
    a.attribute(v, ru, Stance.CONFIRM);
    Doc b = new Doc("d2").outlet("Outlet B").published("2024-12-20");
    String ru2 = b.entity("Ruritania", EntityType.COUNTRY);
    String fr2 = b.entity("Freedonia", EntityType.COUNTRY);
    String v2 = b.event(EventType.MOBILIZE, "sent", ru2, fr2, null, null, null, Modality.ACTUAL);
    // The statement itself is dated (by the attribution's time), earlier than d1's publication.
    b.attribute(v2, ru2, Stance.DENY, null, b.time("2024-10-25"));
    CorpusLedger out = resolve(Map.of(), a, b);
    assertThat(out.clusters()).hasSize(1);
    assertThat(findings(out, FindingKind.STANCE_REVERSAL)).singleElement().satisfies(f -> {
      assertThat(f.items()).containsExactly("a2", "a1");
      assertThat(f.explanation()).startsWith("Ruritania denied c1").contains("(d2, 2024-10-25), then confirmed it (d1, 2024-12-01, publication date)")
          .endsWith("ordered by when the statements were made");
    });
    // Same source both ways is a reversal, not a contradiction.
    assertThat(findings(out, FindingKind.CONTRADICTION)).isEmpty();

    Doc c = deployment("d3", "Outlet C", null, null, 0, Modality.ACTUAL);
    CorpusLedger out3 = resolve(Map.of(), a, b, c);
    assertThat(findings(out3, FindingKind.CONTRADICTION)).singleElement().satisfies(f -> {
      assertThat(f.items()).containsExactly("a2", "a3");
      assertThat(f.explanation()).contains("Outlet C supports c1").contains("Ruritania denies or doubts it");
    });
    assertThat(out3.corroboration().get(0).deniedBy()).containsExactly("e1");
  }

  @Test
  void sayingItDidNotHappenIsADenial() {
    Doc a = deployment("d1", "Outlet A", null, null, 0, Modality.ACTUAL);
    Doc b = deployment("d2", "Outlet B", null, null, 0, Modality.NEGATED);
    CorpusLedger out = resolve(Map.of(), a, b);
    assertThat(out.clusters()).hasSize(1);
    assertThat(out.corroboration().get(0).independentSources()).containsExactly("outlet:Outlet A");
    assertThat(out.corroboration().get(0).deniedBy()).containsExactly("outlet:Outlet B");
    assertThat(findings(out, FindingKind.CONTRADICTION)).hasSize(1);
  }

  @Test
  void eventsOfOneDocumentAreNeverMergedAndDifferentActorsStayApart() {
    Doc a = new Doc("d1");
    String ru = a.entity("Ruritania", EntityType.COUNTRY);
    String fr = a.entity("Freedonia", EntityType.COUNTRY);
    a.event(EventType.ASSAULT, "shelled", ru, fr, null, null, null, Modality.ACTUAL);
    a.event(EventType.ASSAULT, "struck", ru, fr, null, null, null, Modality.ACTUAL);
    Doc b = new Doc("d2");
    String fr2 = b.entity("Freedonia", EntityType.COUNTRY);
    String ru2 = b.entity("Ruritania", EntityType.COUNTRY);
    b.event(EventType.ASSAULT, "shelled", fr2, ru2, null, null, null, Modality.ACTUAL);
    CorpusLedger out = resolve(Map.of(), a, b);
    assertThat(out.clusters()).hasSize(3);
  }

  @Test
  void theLearnedScorerJoinsOneDeploymentAndKeepsTheVetoes() {
    CorpusResolver learned = new CorpusResolver(EventWeights.DEFAULT.with("learned", 1).with("threshold", -1.5)
        .with("nonCandidate", -3));
    java.util.function.Function<Doc[], CorpusLedger> run = docs -> learned.resolve(
        new CorpusInput(Arrays.stream(docs).map(Doc::ledger).toList(), Map.of(), List.of()));
    CorpusLedger same = run.apply(new Doc[] {deployment("d1", "Outlet A", "2024-10-05", null, 0, Modality.ACTUAL),
        deployment("d2", "Outlet B", "2024-10", null, 0, Modality.ACTUAL)});
    assertThat(same.clusters()).hasSize(1);
    assertThat(findings(same, FindingKind.CORROBORATION)).singleElement()
        .satisfies(f -> assertThat(f.extractor().config()).isEqualTo(EventPairModel.shipped().sha256().substring(0, 16)));
    CorpusLedger dates = run.apply(new Doc[] {deployment("d1", "Outlet A", "2024-10", null, 0, Modality.ACTUAL),
        deployment("d2", "Outlet B", "2024-11", null, 0, Modality.ACTUAL)});
    assertThat(dates.clusters()).hasSize(2);
  }
}
