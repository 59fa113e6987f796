package org.attest.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shared parse queries on hand-built parses: no NLP library is loaded. */
class ParseQueriesTest {

  static final FunctionWords EN = new FunctionWords(Set.of("not", "n't", "never", "no"), Set.of("no", "neither"),
      Set.of("nobody", "nothing"), Set.of("not", "n't", "never"));

  // "The navy did not seize the ship on Friday because of the storm ."
  static final AnnotatedDocument SEIZE = new DocumentBuilder("d1").published("2030-05-10").conll("""
      1  The     the     DT  O            2 det
      2  navy    navy    NN  ORGANIZATION 5 nsubj
      3  did     do      VBD O            5 aux
      4  not     not     RB  O            5 advmod
      5  seize   seize   VB  O            0 root
      6  the     the     DT  O            7 det
      7  ship    ship    NN  O            5 obj
      8  on      on      IN  O            9 case
      9  Friday  Friday  NNP DATE         5 obl
      10 because because IN  O            13 case
      11 of      of      IN  O            13 case
      12 the     the     DT  O            13 det
      13 storm   storm   NN  O            5 obl
      14 .       .       .   O            5 punct
      """).build();

  // "Officials said the port was closed by the army and reopened ."
  static final AnnotatedDocument CLOSED = new DocumentBuilder("d2").conll("""
      1  Officials official NNS O 2 nsubj
      2  said      say      VBD O 0 root
      3  the       the      DT  O 4 det
      4  port      port     NN  O 6 nsubj:pass
      5  was       be       VBD O 6 aux:pass
      6  closed    close    VBN O 2 ccomp
      7  by        by       IN  O 9 case
      8  the       the      DT  O 9 det
      9  army      army     NN  O 6 obl:agent
      10 and       and      CC  O 11 cc
      11 reopened  reopen   VBD O 6 conj
      12 .         .        .   O 2 punct
      """).build();

  @Test
  void numberAndPronounsAreReadFromTheTagsByTheTypedView() {
    assertThat(CLOSED.token(0).isPluralNoun()).isTrue(); // Officials NNS
    assertThat(CLOSED.token(3).isPluralNoun()).isFalse(); // port NN
    assertThat(SEIZE.token(8).isPluralNoun()).isFalse(); // Friday NNP
    assertThat(PosClass.pluralNoun("NNPS")).isTrue();
    assertThat(PosClass.pluralNoun("VBZ")).isFalse();
    assertThat(PosClass.of("PRP").isPronominal()).isTrue();
    assertThat(PosClass.of("PRP$").isPronominal()).isTrue();
    assertThat(PosClass.of("WDT").isPronominal()).isTrue();
    assertThat(PosClass.of("NN").isPronominal()).isFalse();
    // the static case word answers as the instance one does
    assertThat(ParseQueries.caseWord(SEIZE, 12)).isEqualTo("because of").isEqualTo(SEIZE.queries(EN).caseWord(12));
    assertThat(ParseQueries.caseWord(SEIZE, 6)).isEmpty();
  }

  @Test
  void theBuilderLaysOutTextAndOffsets() {
    assertThat(SEIZE.text()).isEqualTo("The navy did not seize the ship on Friday because of the storm.");
    Token friday = SEIZE.token(8);
    assertThat(SEIZE.text(friday.span())).isEqualTo("Friday");
    assertThat(friday.relation()).isEqualTo(DepRel.OBL);
    assertThat(SEIZE.head(friday).word()).isEqualTo("seize");
    assertThat(SEIZE.head(SEIZE.token(4))).isNull();
    assertThat(SEIZE.source().info().published()).isEqualTo("2030-05-10");
    assertThat(SEIZE.token(1).posClass()).isEqualTo(PosClass.NOUN);
    assertThat(SEIZE.token(8).posClass()).isEqualTo(PosClass.PROPER_NOUN);
    assertThat(SEIZE.token(4).isVerb()).isTrue();
  }

  @Test
  void relationsKnowTheirUniversalBase() {
    assertThat(DepRel.of("nsubj:pass").is(DepRel.NSUBJ)).isTrue();
    assertThat(DepRel.of("nmod:poss").base()).isEqualTo(DepRel.NMOD);
    assertThat(DepRel.of("obl:tmod").isTemporal()).isTrue();
    assertThat(DepRel.of("obl").isObliqueOrNominal()).isTrue();
    assertThat(DepRel.of("amod").isObliqueOrNominal()).isFalse();
    assertThat(DepRel.of("made-up")).isEqualTo(DepRel.OTHER);
    assertThat(CLOSED.token(3).relation()).isEqualTo(DepRel.NSUBJ_PASS);
    assertThat(CLOSED.token(3).is(DepRel.NSUBJ)).isTrue();
  }

  @Test
  void caseWordsJoinEveryMarkerOfAPhrase() {
    ParseQueries q = SEIZE.queries(EN);
    assertThat(q.caseWord(8)).isEqualTo("on");
    assertThat(q.caseWord(12)).isEqualTo("because of");
    assertThat(q.caseWords(12)).containsExactly("because", "of");
    assertThat(q.caseWord(6)).isEmpty();
  }

  @Test
  void governedTimeIsFoundOnObliquePhrasesOnly() {
    ParseQueries q = SEIZE.queries(EN);
    Map<Integer, String> times = Map.of(8, "t1", 6, "not-a-time-slot");
    // The object "ship" is not where a verb's time goes, even when something covers it.
    assertThat(q.governedTime(4, times::get)).isEqualTo("t1");
    assertThat(q.governedTime(6, times::get)).isNull();
    assertThat(q.<String>governedTime(4, i -> null)).isNull();
  }

  @Test
  void negationReadsTheLanguagesFunctionWords() {
    assertThat(SEIZE.queries(EN).negated(4)).isTrue();
    assertThat(SEIZE.queries(FunctionWords.none()).negated(4)).isFalse();
    assertThat(CLOSED.queries(EN).negated(5)).isFalse();
    AnnotatedDocument noVessel = new DocumentBuilder("d3").conll("""
        1 No     no     DT  O 2 det
        2 vessel vessel NN  O 4 nsubj:pass
        3 was    be     VBD O 4 aux:pass
        4 held   hold   VBN O 0 root
        """).build();
    ParseQueries q = noVessel.queries(EN);
    assertThat(q.negated(3)).isFalse();
    assertThat(q.negatedParticipant(3, false)).isTrue();
    AnnotatedDocument nobody = new DocumentBuilder("d4").conll("""
        1 Nobody nobody NN  O 2 nsubj
        2 left   leave  VBD O 0 root
        """).build();
    assertThat(nobody.queries(EN).negatedParticipant(1, true)).isTrue();
    assertThat(nobody.queries(EN).negatedParticipant(1, false)).isFalse();
  }

  @Test
  void namedEntityTagsAndPredeterminersAreTyped() {
    assertThat(SEIZE.token(1).nerTag()).isEqualTo(NerTag.ORGANIZATION);
    assertThat(SEIZE.token(0).nerTag()).isEqualTo(NerTag.NONE);
    assertThat(SEIZE.token(0).nerTag().isEntity()).isFalse();
    assertThat(SEIZE.token(8).nerTag()).isEqualTo(NerTag.DATE);
    assertThat(NerTag.of("PERSON").label()).isEqualTo("PERSON");
    assertThat(NerTag.of("O")).isEqualTo(NerTag.NONE);
    assertThat(NerTag.of("SPACESHIP")).isEqualTo(NerTag.OTHER);
    assertThat(PosClass.of("DT")).isEqualTo(PosClass.DETERMINER);
    assertThat(PosClass.of("PDT")).isEqualTo(PosClass.PREDETERMINER);
    assertThat(DepRel.of("nmod:poss").label()).isEqualTo("nmod:poss");
  }

  @Test
  void aCueIsNegatedByAnAdverbNotByADeterminer() {
    // "He never offered no proof ." (hand-built: both a negating adverb and a determiner)
    AnnotatedDocument d = new DocumentBuilder("d5").conll("""
        1 He      he      PRP O 3 nsubj
        2 never   never   RB  O 3 advmod
        3 offered offer   VBD O 0 root
        4 no      no      DT  O 5 det
        5 proof   proof   NN  O 3 obj
        """).build();
    ParseQueries q = d.queries(EN);
    assertThat(q.isNegatingAdverb(1)).isTrue();
    assertThat(q.isNegatingAdverb(3)).isFalse();
    assertThat(q.isNegator(3)).isTrue();
    assertThat(q.negated(4)).isTrue();
  }

  @Test
  void aClausalDependentIsAComplementOrAnyClausalModifier() {
    // "the accusations he made" (acl:relcl) and "the report that X" (acl with "that")
    AnnotatedDocument d = new DocumentBuilder("d6").conll("""
        1 the         the        DT  O 2 det
        2 accusations accusation NNS O 0 root
        3 he          he         PRP O 4 nsubj
        4 made        make       VBD O 2 acl:relcl
        """).build();
    ParseQueries q = d.queries(EN);
    assertThat(q.hasClausalDependent(1)).isTrue();
    assertThat(q.hasClause(1)).isFalse(); // a relative clause is not the noun's own content
    assertThat(q.hasClausalDependent(3)).isFalse();
  }

  @Test
  void coordinationPassiveAgentAndClausalComplement() {
    ParseQueries q = CLOSED.queries(EN);
    assertThat(q.clausalComplement(1)).isEqualTo(5);
    assertThat(q.clausalComplement(5)).isEqualTo(-1);
    assertThat(q.isPassive(5)).isTrue();
    assertThat(q.isPassive(1)).isFalse();
    assertThat(q.passiveAgents(5)).containsExactly(8);
    assertThat(q.conjuncts(5)).containsExactly(10);
    assertThat(q.coordinationHead(10)).isEqualTo(5);
    assertThat(q.coordinationHead(5)).isEqualTo(-1);
    assertThat(q.children(5, DepRel.NSUBJ)).containsExactly(3);
    assertThat(q.child(5, DepRel.NSUBJ)).isEqualTo(-1);
  }

  @Test
  void anObliqueMarkedByIsAnAgentToo() {
    AnnotatedDocument d = new DocumentBuilder("d5").conll("""
        1 It   it   PRP O 3 nsubj:pass
        2 was  be   VBD O 3 aux:pass
        3 sent send VBN O 0 root
        4 by   by   IN  O 5 case
        5 Oslo Oslo NNP LOCATION 3 obl
        """).build();
    assertThat(d.queries(EN).passiveAgents(2)).containsExactly(4);
  }

  @Test
  void clausesOfNounsNeedAThatMarker() {
    AnnotatedDocument d = new DocumentBuilder("d6").conll("""
        1 the    the    DT  O 2 det
        2 claim  claim  NN  O 0 root
        3 that   that   IN  O 5 mark
        4 it     it     PRP O 5 nsubj
        5 sank   sink   VBD O 2 acl
        """).build();
    assertThat(d.queries(EN).hasClause(1)).isTrue();
    assertThat(d.queries(EN).hasMark(4, "THAT")).isTrue();
  }

  @Test
  void theBuilderRefusesMalformedRows() {
    assertThatThrownBy(() -> new DocumentBuilder("x").conll("1 a a DT O 0").build())
        .hasMessageContaining("7 fields");
    assertThatThrownBy(() -> new DocumentBuilder("x").conll("2 a a DT O 0 root").build())
        .hasMessageContaining("expected 1");
    assertThatThrownBy(() -> new DocumentBuilder("x").conll("1 a a DT O 5 det").build())
        .hasMessageContaining("outside its sentence");
  }

  @Test
  void sentencesAreSeparatedByBlankLines() {
    AnnotatedDocument d = new DocumentBuilder("d7").conll("""
        1 Ships ship NNS O 2 nsubj
        2 left  leave VBD O 0 root
        3 .     .    .   O 2 punct

        1 Rain  rain NN  O 2 nsubj
        2 fell  fall VBD O 0 root
        """).build();
    assertThat(d.sentences()).hasSize(2);
    assertThat(d.text()).isEqualTo("Ships left. Rain fell");
    assertThat(d.token(3).head()).isEqualTo(4);
    assertThat(d.token(3).sentence()).isEqualTo(1);
    assertThat(d.tokensOf(d.sentences().get(1))).extracting(Token::word).containsExactly("Rain", "fell");
  }

  @Test
  void aSentencesFirstWordLosesOnlyACapitalThatOpensIt() {
    AnnotatedDocument d = new DocumentBuilder("d8").conll("""
        1 Ships ship NNS O 2 nsubj
        2 left  leave VBD O 0 root
        3 .     .    .   O 2 punct

        1 Rain  rain NN  O 2 nsubj
        2 fell  fall VBD O 0 root
        """).build();
    assertThat(ParseQueries.opensSentence(d, 0)).isTrue();
    assertThat(ParseQueries.opensSentence(d, 1)).isFalse();
    assertThat(ParseQueries.opensSentence(d, 3)).isTrue();
    assertThat(ParseQueries.withoutOpeningCapital("Rebels")).isEqualTo("rebels");
    assertThat(ParseQueries.withoutOpeningCapital("UN officials")).isEqualTo("UN officials");
    assertThat(ParseQueries.withoutOpeningCapital("police")).isEqualTo("police");
    assertThat(ParseQueries.withoutOpeningCapital("")).isEmpty();
  }

  @Test
  void nameTagsAreTheProperNameClasses() {
    assertThat(NerTag.PERSON.isName()).isTrue();
    assertThat(NerTag.NATIONALITY.isName()).isTrue();
    assertThat(NerTag.DATE.isName()).isFalse();
    assertThat(NerTag.NONE.isName()).isFalse();
  }
}
