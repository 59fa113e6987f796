package org.attest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Attribution;
import org.attest.model.Certainty;
import org.attest.model.Entity;
import org.attest.model.Ledger;
import org.attest.model.Stance;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.DocumentBuilder;
import org.junit.jupiter.api.Test;

/**
 * Claims held by a noun ("rejected claims that ...") and sources named by a description
 * ("Rebels say ...", "the army said"), through the shipped pipeline and model on hand-built
 * parses of sentences written for these tests (no NLP library loaded).
 */
class ClaimsAndDescriptionsTest {

  static Ledger extract(AnnotatedDocument d) {
    return HandBuiltPipeline.extract(d);
  }

  static String id(Ledger l, String name) {
    return l.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + l.entities().stream().map(Entity::name).toList()))
        .id();
  }

  static String eventId(Ledger l, String trigger) {
    return l.events().stream().filter(e -> e.trigger().equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no event " + trigger + " in " + l.events())).id();
  }

  static List<Attribution> withCue(Ledger l, String cue) {
    return l.attributions().stream().filter(a -> cue.equals(a.cue())).toList();
  }

  // Kenya rejected Somali claims that the raid violated the treaty .
  static final AnnotatedDocument REJECTED = new DocumentBuilder("d1").published("2030-05-10").conll("""
      1  Kenya     Kenya    NNP LOCATION 2  nsubj
      2  rejected  reject   VBD O        0  root
      3  Somali    Somali   JJ  MISC     4  amod
      4  claims    claim    NNS O        2  obj
      5  that      that     IN  O        8  mark
      6  the       the      DT  O        7  det
      7  raid      raid     NN  O        8  nsubj
      8  violated  violate  VBD O        4  ccomp
      9  the       the      DT  O        10 det
      10 treaty    treaty   NN  O        8  obj
      11 .         .        .   O        2  punct
      """).build();

  @Test
  void aRejectedClaimIsTheClaimantsAssertionAndTheRejectersDenial() {
    Ledger l = extract(REJECTED);
    String violated = eventId(l, "violated");
    assertThat(withCue(l, "claims")).singleElement().satisfies(a -> {
      assertThat(a.source()).isEqualTo(id(l, "Somalia"));
      assertThat(a.stance()).isEqualTo(Stance.ASSERT);
      assertThat(a.certainty()).isEqualTo(Certainty.PROBABLE);
      assertThat(a.event()).isEqualTo(violated);
      assertThat(REJECTED.text(a.content())).isEqualTo("the raid violated the treaty");
    });
    List<Attribution> rejected = withCue(l, "rejected");
    assertThat(rejected).isNotEmpty().allSatisfy(a -> {
      assertThat(a.source()).isEqualTo(id(l, "Kenya"));
      assertThat(a.stance()).isEqualTo(Stance.DENY);
      assertThat(REJECTED.text(a.content())).isEqualTo("the raid violated the treaty");
    });
    assertThat(rejected).anySatisfy(a -> assertThat(a.event()).isEqualTo(violated));
    // "the raid" is taken for granted by the claim: Kenya denies the violation, not the raid.
    l.events().stream().filter(e -> e.trigger().equals("raid")).findFirst()
        .ifPresent(raid -> assertThat(rejected).noneMatch(a -> raid.id().equals(a.event())));
  }

  // Chile dismissed Peru 's claims that its navy had shelled a village .
  static final AnnotatedDocument DISMISSED = new DocumentBuilder("d1").published("2030-05-10").conll("""
      1  Chile      Chile     NNP LOCATION 2  nsubj
      2  dismissed  dismiss   VBD O        0  root
      3  Peru       Peru      NNP LOCATION 5  nmod:poss
      4  's         's        POS O        3  case
      5  claims     claim     NNS O        2  obj
      6  that       that      IN  O        10 mark
      7  its        its       PRP$ O       8  nmod:poss
      8  navy       navy      NN  O        10 nsubj
      9  had        have      VBD O        10 aux
      10 shelled    shell     VBN O        5  ccomp
      11 a          a         DT  O        12 det
      12 village    village   NN  O        10 obj
      13 .          .         .   O        2  punct
      """).build();

  @Test
  void aPossessorIsTheSourceOfItsClaimAndTheDismissalDeniesWhatTheClaimSays() {
    Ledger l = extract(DISMISSED);
    String shelled = eventId(l, "shelled");
    List<Attribution> about = l.attributions().stream().filter(a -> shelled.equals(a.event())).toList();
    assertThat(about).anySatisfy(a -> {
      assertThat(a.source()).isEqualTo(id(l, "Peru"));
      assertThat(a.cue()).isEqualTo("claims");
      assertThat(a.stance()).isEqualTo(Stance.ASSERT);
    });
    assertThat(about).anySatisfy(a -> {
      assertThat(a.source()).isEqualTo(id(l, "Chile"));
      assertThat(a.stance()).isEqualTo(Stance.DENY);
    });
    assertThat(about).noneSatisfy(a -> {
      assertThat(a.source()).isEqualTo(id(l, "Chile"));
      assertThat(a.stance()).isNotEqualTo(Stance.DENY);
    });
  }

  // Rebels say the truce will hold          (the headline)
  // The Mountain Liberation Army said on Monday that the truce would hold until May .
  static final AnnotatedDocument HEADLINE = new DocumentBuilder("d1").published("2030-05-10")
      .title("Rebels say the truce will hold").conll("""
      1  Rebels    rebel    NNS O            2  nsubj
      2  say       say      VBP O            0  root
      3  the       the      DT  O            4  det
      4  truce     truce    NN  O            6  nsubj
      5  will      will     MD  O            6  aux
      6  hold      hold     VB  O            2  ccomp

      1  The       the      DT  O            4  det
      2  Mountain  Mountain NNP ORGANIZATION 4  compound
      3  Liberation Liberation NNP ORGANIZATION 4 compound
      4  Army      Army     NNP ORGANIZATION 5  nsubj
      5  said      say      VBD O            0  root
      6  on        on       IN  O            7  case
      7  Monday    Monday   NNP DATE         5  obl
      8  that      that     IN  O            12 mark
      9  the       the      DT  O            10 det
      10 truce     truce    NN  O            12 nsubj
      11 would     would    MD  O            12 aux
      12 hold      hold     VB  O            5  ccomp
      13 until     until    IN  O            14 case
      14 May       May      NNP DATE         12 obl
      15 .         .        .   O            5  punct
      """).build();

  @Test
  void aHeadlinesDescriptionIsTheBodysNamedSourceOfTheSameClaim() {
    Ledger l = extract(HEADLINE);
    String army = id(l, "Mountain Liberation Army");
    assertThat(withCue(l, "say")).isNotEmpty().allSatisfy(a -> assertThat(a.source()).isEqualTo(army));
    assertThat(withCue(l, "said")).isNotEmpty().allSatisfy(a -> assertThat(a.source()).isEqualTo(army));
    // The capital that opens the headline does not make "Rebels" a name.
    assertThat(l.entities()).noneMatch(e -> e.name().equals("Rebels"));
  }

  // Rebels say the bridge collapsed         (the headline)
  // The Mountain Liberation Army said on Monday that the truce would hold until May .
  @Test
  void aHeadlinesDescriptionWithADifferentClaimStaysItself() {
    AnnotatedDocument d = new DocumentBuilder("d1").published("2030-05-10").title("Rebels say the bridge collapsed").conll("""
        1  Rebels    rebel    NNS O            2  nsubj
        2  say       say      VBP O            0  root
        3  the       the      DT  O            4  det
        4  bridge    bridge   NN  O            5  nsubj
        5  collapsed collapse VBD O            2  ccomp

        1  The       the      DT  O            4  det
        2  Mountain  Mountain NNP ORGANIZATION 4  compound
        3  Liberation Liberation NNP ORGANIZATION 4 compound
        4  Army      Army     NNP ORGANIZATION 5  nsubj
        5  said      say      VBD O            0  root
        6  on        on       IN  O            7  case
        7  Monday    Monday   NNP DATE         5  obl
        8  that      that     IN  O            12 mark
        9  the       the      DT  O            10 det
        10 truce     truce    NN  O            12 nsubj
        11 would     would    MD  O            12 aux
        12 hold      hold     VB  O            5  ccomp
        13 until     until    IN  O            14 case
        14 May       May      NNP DATE         12 obl
        15 .         .        .   O            5  punct
        """).build();
    Ledger l = extract(d);
    String army = id(l, "Mountain Liberation Army");
    assertThat(withCue(l, "say")).isNotEmpty().noneMatch(a -> a.source().equals(army));
  }

  // The Mountain Liberation Army said that the truce would hold .
  // The army said the talks would start in May .
  static final AnnotatedDocument THE_ARMY = new DocumentBuilder("d1").published("2030-05-10").conll("""
      1  The       the      DT  O            4  det
      2  Mountain  Mountain NNP ORGANIZATION 4  compound
      3  Liberation Liberation NNP ORGANIZATION 4 compound
      4  Army      Army     NNP ORGANIZATION 5  nsubj
      5  said      say      VBD O            0  root
      6  that      that     IN  O            10 mark
      7  the       the      DT  O            8  det
      8  truce     truce    NN  O            10 nsubj
      9  would     would    MD  O            10 aux
      10 hold      hold     VB  O            5  ccomp
      11 .         .        .   O            5  punct

      1  The       the      DT  O            2  det
      2  army      army     NN  O            3  nsubj
      3  said      say      VBD O            0  root
      4  the       the      DT  O            5  det
      5  talks     talk     NNS O            7  nsubj
      6  would     would    MD  O            7  aux
      7  start     start    VB  O            3  ccomp
      8  in        in       IN  O            9  case
      9  May       May      NNP DATE         7  obl
      10 .         .        .   O            3  punct
      """).build();

  @Test
  void aDescriptionIsTheEarlierOrganisationNamedWithItsNoun() {
    Ledger l = extract(THE_ARMY);
    String army = id(l, "Mountain Liberation Army");
    assertThat(withCue(l, "said")).hasSizeGreaterThanOrEqualTo(2).allSatisfy(a -> assertThat(a.source()).isEqualTo(army));
  }
}
