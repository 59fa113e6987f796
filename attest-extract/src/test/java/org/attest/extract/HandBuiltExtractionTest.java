package org.attest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Attribution;
import org.attest.model.Event;
import org.attest.model.Ledger;
import org.attest.model.Modality;
import org.attest.model.Stance;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.DocumentBuilder;
import org.junit.jupiter.api.Test;

/**
 * The registered extractors on hand-built parses: no NLP library is loaded, so these run in
 * milliseconds and pin what the shared parse queries give the extractors (negation, governed
 * time, passive agent, clausal complement, coordination, case words).
 */
class HandBuiltExtractionTest {

  static Ledger extract(AnnotatedDocument d) {
    return HandBuiltPipeline.extract(d);
  }

  static Event event(Ledger l, String trigger) {
    return l.events().stream().filter(e -> e.trigger().equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no event " + trigger + " in " + l.events()));
  }

  static String entityName(Ledger l, String id) {
    return l.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().name();
  }

  static List<Attribution> about(Ledger l, Event e) {
    return l.attributions().stream().filter(a -> e.id().equals(a.event())).toList();
  }

  // Greece said on Tuesday that Iran had not seized the tanker on Monday .
  static final AnnotatedDocument DENIAL = new DocumentBuilder("d1").published("2030-05-10").conll("""
      1  Greece  Greece  NNP LOCATION 2  nsubj
      2  said    say     VBD O        0  root
      3  on      on      IN  O        4  case
      4  Tuesday Tuesday NNP DATE     2  obl
      5  that    that    IN  O        9  mark
      6  Iran    Iran    NNP LOCATION 9  nsubj
      7  had     have    VBD O        9  aux
      8  not     not     RB  O        9  advmod
      9  seized  seize   VBN O        2  ccomp
      10 the     the     DT  O        11 det
      11 tanker  tanker  NN  O        9  obj
      12 on      on      IN  O        13 case
      13 Monday  Monday  NNP DATE     9  obl
      14 .       .       .   O        2  punct
      """).build();

  @Test
  void aNegatedEventInAReportedClauseGetsItsTimeAndSource() {
    Ledger l = extract(DENIAL);
    Event seized = event(l, "seized");
    assertThat(seized.modality()).isEqualTo(Modality.NEGATED);
    assertThat(entityName(l, seized.actor().get(0))).isEqualTo("Iran");
    assertThat(l.times().stream().filter(t -> t.id().equals(seized.time())).findFirst().orElseThrow().text()).isEqualTo("Monday");
    List<Attribution> credited = about(l, seized);
    assertThat(credited).hasSize(1);
    Attribution a = credited.get(0);
    assertThat(entityName(l, a.source())).isEqualTo("Greece");
    assertThat(a.stance()).isEqualTo(Stance.ASSERT);
    assertThat(a.cue()).isEqualTo("said");
    // The cue's own time ("on Tuesday"), read through the same governed-time query.
    assertThat(l.times().stream().filter(t -> t.id().equals(a.time())).findFirst().orElseThrow().text()).isEqualTo("Tuesday");
    // The reported clause (whether the "that" is included is the attribution extractor's choice).
    assertThat(a.content().contains(new org.attest.model.Span(DENIAL.text().indexOf("Iran"), DENIAL.text().indexOf(" on Monday") + 10)))
        .isTrue();
    assertThat(a.content().begin()).isGreaterThanOrEqualTo(DENIAL.text().indexOf("that"));
    assertThat(seized.extractor().name()).isEqualTo("events");
    assertThat(seized.extractor().config()).hasSize(16);
  }

  // Iran did not deny that the tanker was seized by the navy .
  static final AnnotatedDocument PASSIVE = new DocumentBuilder("d2").published("2030-05-10").conll("""
      1  Iran    Iran    NNP LOCATION      4  nsubj
      2  did     do      VBD O             4  aux
      3  not     not     RB  O             4  advmod
      4  deny    deny    VB  O             0  root
      5  that    that    IN  O             9  mark
      6  the     the     DT  O             7  det
      7  tanker  tanker  NN  O             9  nsubj:pass
      8  was     be      VBD O             9  aux:pass
      9  seized  seize   VBN O             4  ccomp
      10 by      by      IN  O             12 case
      11 the     the     DT  O             12 det
      12 Navy    Navy    NNP ORGANIZATION  9  obl:agent
      13 .       .       .   O             4  punct
      """).build();

  @Test
  void aNegatedDenialAcknowledgesAndThePassiveAgentActs() {
    Ledger l = extract(PASSIVE);
    Event seized = event(l, "seized");
    assertThat(seized.modality()).isEqualTo(Modality.ACTUAL);
    assertThat(seized.actor()).hasSize(1);
    assertThat(entityName(l, seized.actor().get(0))).isEqualTo("Navy");
    Attribution a = about(l, seized).get(0);
    assertThat(entityName(l, a.source())).isEqualTo("Iran");
    assertThat(a.stance()).isEqualTo(Stance.ACKNOWLEDGE);
  }

  // Chile and Peru signed a treaty in Lima .
  static final AnnotatedDocument TREATY = new DocumentBuilder("d3").published("2030-05-10").conll("""
      1 Chile  Chile  NNP LOCATION 4 nsubj
      2 and    and    CC  O        3 cc
      3 Peru   Peru   NNP LOCATION 1 conj
      4 signed sign   VBD O        0 root
      5 a      a      DT  O        6 det
      6 treaty treaty NN  O        4 obj
      7 in     in     IN  O        8 case
      8 Lima   Lima   NNP LOCATION 4 obl
      9 .      .      .   O        4 punct
      """).build();

  @Test
  void coordinatedSubjectsOfAReciprocalVerbAreActorAndTargetAndTheCaseWordGivesThePlace() {
    Ledger l = extract(TREATY);
    Event signed = event(l, "signed");
    assertThat(entityName(l, signed.actor().get(0))).isEqualTo("Chile");
    assertThat(entityName(l, signed.target())).isEqualTo("Peru");
    assertThat(signed.location()).isNotNull();
    assertThat(entityName(l, signed.location())).isEqualTo("Lima");
  }
}
