package org.attest.extract.attributions.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.SourceDocument;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped model loads from the classpath and tags sentences written for this test. */
class ShippedModelTest {

  static AttributionTagger tagger;

  @BeforeAll
  static void load() {
    tagger = AttributionTagger.shipped();
  }

  private static List<String> cues(String text) {
    AnnotatedDocument d = CoreNlpAnnotator.shared().annotate(SourceDocument.of("t", text, null, null, null, null, null));
    return tagger.tag(d, TinyDoc.LEXICON).stream().map(t -> d.text(new org.attest.model.Span(d.token(t.cue().get(0)).begin(),
        d.token(t.cue().get(t.cue().size() - 1)).end()))).toList();
  }

  @Test
  void theModelIsOnTheClasspathWithItsHash() {
    assertThat(tagger.sha256()).matches("[0-9a-f]{64}");
    assertThat(tagger.cueModel().featureCount()).isGreaterThan(1000);
    assertThat(tagger.roleModel().labels()).containsExactly("S", "C", "O");
  }

  @Test
  void findsCuesOfSeveralKinds() {
    String text = "The harbour master said that the ferry would sail on Tuesday. "
        + "\u201CWe will not leave,\u201D she said. "
        + "According to the port authority, the storm damaged two piers.";
    AnnotatedDocument d = CoreNlpAnnotator.shared().annotate(SourceDocument.of("t", text, null, null, null, null, null));
    List<AttributionTagger.Tagged> ts = tagger.tag(d, TinyDoc.LEXICON);
    List<String> cueWords = ts.stream().map(t -> d.token(t.head()).word()).toList();
    assertThat(cueWords).contains("said", "According");
    AttributionTagger.Tagged first = ts.get(0);
    assertThat(d.token(first.source().get(first.source().size() - 1)).word()).isEqualTo("master");
    assertThat(first.content().stream().map(i -> d.token(i).word()).toList()).contains("ferry", "sail");
  }

  @Test
  void aSentenceWithoutAReportHasNoCue() {
    assertThat(cues("The river rose two metres overnight and flooded the lower town.")).isEmpty();
  }
}
