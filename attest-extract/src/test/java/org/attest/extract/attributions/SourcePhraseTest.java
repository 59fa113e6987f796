package org.attest.extract.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.DocumentBuilder;
import org.junit.jupiter.api.Test;

/** The learned source span is cut to one noun phrase (no CoreNLP: a hand-built parse). */
class SourcePhraseTest {

  // The front said the truce would hold and called on the army .
  static final AnnotatedDocument DOC = new DocumentBuilder("d1").conll("""
      1  The     the     DT  O 2  det
      2  front   front   NN  O 3  nsubj
      3  said    say     VBD O 0  root
      4  the     the     DT  O 5  det
      5  truce   truce   NN  O 7  nsubj
      6  would   would   MD  O 7  aux
      7  hold    hold    VB  O 3  ccomp
      8  and     and     CC  O 9  cc
      9  called  call    VBD O 3  conj
      10 on      on      IN  O 12 case
      11 the     the     DT  O 12 det
      12 army    army    NN  O 9  obl
      13 .       .       .   O 3  punct
      """).build();

  @Test
  void aRunOverAVerbKeepsTheNounPhraseBeforeItWithItsDeterminer() {
    // token indexes are 0-based: "front said the" -> "The front"
    assertThat(AttributionExtractor.phrase(DOC, List.of(1, 2, 3))).containsExactly(0, 1);
  }

  @Test
  void aRunStartingWithAVerbKeepsWhatFollowsTheLastVerb() {
    assertThat(AttributionExtractor.phrase(DOC, List.of(8, 9, 10, 11))).containsExactly(9, 10, 11);
  }

  @Test
  void aRunWithoutAVerbIsKeptAsItIs() {
    assertThat(AttributionExtractor.phrase(DOC, List.of(0, 1))).containsExactly(0, 1);
    assertThat(AttributionExtractor.phrase(DOC, List.of(2))).isEmpty();
  }
}
