package org.attest.extract.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.DocumentBuilder;
import org.junit.jupiter.api.Test;

/** How a source no extractor named is called, and when a description matches a name (hand-built parses). */
class SourceNameTest {

  // The officials said Officials in Lima ...  (two sentences; the second opens with a capitalised common noun)
  static final AnnotatedDocument DOC = new DocumentBuilder("d1").title("Officials say talks failed").conll("""
      1  Officials official NNS O   2  nsubj
      2  say       say      VBP O   0  root
      3  talks     talk     NNS O   4  nsubj
      4  failed    fail     VBD O   2  ccomp

      1  The       the      DT  O   2  det
      2  officials official NNS O   3  nsubj
      3  said      say      VBD O   0  root
      4  NATO      NATO     NNP ORGANIZATION 5 nsubj
      5  left      leave    VBD O   3  ccomp
      6  .         .        .   O   3  punct
      """).build();

  @Test
  void aFreshSourceIsNamedWithoutItsDeterminerAndWithoutASentencesCapital() {
    assertThat(AttributionExtractor.freshName(DOC, List.of(0))).isEqualTo("officials");
    assertThat(AttributionExtractor.freshName(DOC, List.of(4, 5))).isEqualTo("officials");
    assertThat(AttributionExtractor.freshName(DOC, List.of(7))).isEqualTo("NATO");
  }

  @Test
  void aDescriptionMatchesAWordOfTheNameInAnyCaseAndNumber() {
    assertThat(AttributionExtractor.nameHasWord("Officials of the Treasury", DOC.token(5))).isTrue();
    assertThat(AttributionExtractor.nameHasWord("Official Gazette", DOC.token(5))).isTrue();
    assertThat(AttributionExtractor.nameHasWord("Officialdom Watch", DOC.token(5))).isFalse();
  }

  @Test
  void theTitlesLineWithoutAFullStopIsAHeadline() {
    assertThat(AttributionExtractor.isHeadline(DOC, 0)).isTrue();
    assertThat(AttributionExtractor.isHeadline(DOC, 1)).isFalse();
    AnnotatedDocument untitled = new DocumentBuilder("d2").conll("""
        1  Officials official NNS O   2  nsubj
        2  say       say      VBP O   0  root
        3  .         .        .   O   2  punct

        1  Talks     talk     NNS O   2  nsubj
        2  failed    fail     VBD O   0  root
        3  .         .        .   O   2  punct
        """).build();
    assertThat(AttributionExtractor.isHeadline(untitled, 0)).isFalse();
  }
}
