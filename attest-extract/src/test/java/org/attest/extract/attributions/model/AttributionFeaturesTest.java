package org.attest.extract.attributions.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.extract.attributions.model.AttributionFeatures.DocView;
import org.attest.nlp.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class AttributionFeaturesTest {

  @Test
  void aReportingVerbSeesItsLemmaTheLexiconItsSubjectAndItsClause() {
    DocView v = new DocView(TinyDoc.officialsSaid(), TinyDoc.LEXICON);
    List<String> f = AttributionFeatures.cue(v, 1, "O");
    assertThat(f).contains("l=say", "p=VBD", "lex=ASSERT", "cr=nsubj", "cr=ccomp", "prev=O", "w-1=officials", "w1=the",
        "sc=truetrue|VB", "inq=false");
    // A plain verb is not in the cue lexicon.
    assertThat(AttributionFeatures.cue(v, 4, "O")).contains("l=fail").noneMatch(x -> x.startsWith("lex="));
  }

  @Test
  void aSpeakerAfterAQuotationSeesTheQuotationBeforeIt() {
    DocView v = new DocView(TinyDoc.quoteThenSpeaker(), TinyDoc.LEXICON);
    assertThat(AttributionFeatures.cue(v, 7, "O")).contains("qb=true|qa=false");
    assertThat(AttributionFeatures.cue(v, 2, "O")).contains("inq=true");
  }

  @Test
  void roleFeaturesNameTheBranchOfTheCueATokenLiesIn() {
    AnnotatedDocument d = TinyDoc.officialsSaid();
    DocView v = new DocView(d, TinyDoc.LEXICON);
    List<Integer> cue = List.of(1);
    int h = AttributionFeatures.cueHead(d, cue);
    assertThat(h).isEqualTo(1);
    assertThat(AttributionFeatures.role(v, cue, h, 0)).contains("br=nsubj", "under=true|L", "pu=nsubj/");
    // "plan" is the subject of the clause: under the cue through ccomp.
    assertThat(AttributionFeatures.role(v, cue, h, 3)).contains("br=ccomp", "pu=nsubj/ccomp/", "under=true|R");
    assertThat(AttributionFeatures.window(v, cue)).containsExactly(0, 2, 3, 4, 5);
  }

  @Test
  void theWindowTakesInAQuotationThatRunsOverSeveralSentences() {
    AnnotatedDocument d = TinyDoc.of(
        "\u201C/\u201C/``/O/2/punct Go/go/VB/O/0/root ./././O/2/punct",
        "Now/now/RB/O/0/root ,/,/,/O/1/punct \u201D/\u201D/''/O/1/punct he/he/PRP/O/5/nsubj said/say/VBD/O/1/parataxis");
    DocView v = new DocView(d, TinyDoc.LEXICON);
    assertThat(v.quotes().size()).isEqualTo(1);
    assertThat(AttributionFeatures.window(v, List.of(7))).containsExactly(0, 1, 2, 3, 4, 5, 6);
  }

  /** "“ Go , ” he said . “ Now . ” He left ." — the speaker's quotation goes on after his sentence. */
  private static AnnotatedDocument quoteGoesOn() {
    return TinyDoc.of(
        "\u201C/\u201C/``/O/2/punct Go/go/VB/O/6/ccomp ,/,/,/O/2/punct \u201D/\u201D/''/O/2/punct he/he/PRP/O/6/nsubj "
            + "said/say/VBD/O/0/root ./././O/6/punct",
        "\u201C/\u201C/``/O/2/punct Now/now/RB/O/0/root ./././O/2/punct \u201D/\u201D/''/O/2/punct",
        "He/he/PRP/O/2/nsubj left/leave/VBD/O/0/root ./././O/2/punct");
  }

  @Test
  void theWindowTakesInTheQuotationThatGoesOnAfterTheCuesSentence() {
    DocView v = new DocView(quoteGoesOn(), TinyDoc.LEXICON);
    // The cue's sentence and the next quotation; not the sentence after it.
    assertThat(AttributionFeatures.window(v, List.of(5))).containsExactly(0, 1, 2, 3, 4, 6, 7, 8, 9, 10);
  }

  @Test
  void aQuotationInTheNextParagraphOrAfterAnUnquotedSentenceIsNotTakenIn() {
    // Without a quotation in the cue's sentence the next one is someone else's business.
    DocView plain = new DocView(TinyDoc.of(
        "He/he/PRP/O/2/nsubj said/say/VBD/O/0/root so/so/RB/O/2/advmod ./././O/2/punct",
        "\u201C/\u201C/``/O/2/punct Now/now/RB/O/0/root ./././O/2/punct \u201D/\u201D/''/O/2/punct"), TinyDoc.LEXICON);
    assertThat(AttributionFeatures.window(plain, List.of(1))).containsExactly(0, 2, 3);
  }

  @Test
  void roleFeaturesSayWhichClausesLieBetweenTheTokenAndTheCue() {
    AnnotatedDocument d = TinyDoc.officialsSaid();
    DocView v = new DocView(d, TinyDoc.LEXICON);
    assertThat(AttributionFeatures.role(v, List.of(1), 1, 3)).contains("on=ccomp|true", "on=nsubj|true",
        "othercue=false|R|true", "tpm=DT|NN|R", "tpn=NN|VBD|R");
  }

  @Test
  void aMultiWordCueHasItsHeadWhereItsDependencyLeavesIt() {
    AnnotatedDocument d = TinyDoc.of(
        "According/accord/VBG/O/3/case to/to/TO/O/1/fixed officials/official/NNS/O/5/obl ,/,/,/O/5/punct "
            + "it/it/PRP/O/5/nsubj ended/end/VBD/O/0/root");
    assertThat(AttributionFeatures.cueHead(d, List.of(0, 1))).isEqualTo(0);
  }
}
