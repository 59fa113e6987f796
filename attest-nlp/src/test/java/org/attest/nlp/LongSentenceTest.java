package org.attest.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.attest.model.SourceDocument;
import org.junit.jupiter.api.Test;

/** A run-on sentence is bounded before CoreNLP tags and parses it; the sane sentences still are. */
class LongSentenceTest {

  @Test
  void aRunOnSentenceIsTokenizedButNotParsedAndTheOthersAre() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
    p.setProperty("attest.maxSentenceTokens", "40");
    CoreNlpAnnotator a = new CoreNlpAnnotator(p);
    StringBuilder text = new StringBuilder("The minister visited the harbor on Monday.\n\n");
    for (int i = 0; i < 300; i++) {
      text.append("and the boats kept coming ");
    }
    text.append("\n\nThe council met again on Friday.\n");
    AnnotatedDocument d = a.annotate(SourceDocument.of("d1", text.toString(), null, null, null, null, "t"));
    List<Sentence> s = d.sentences();
    assertThat(s).hasSize(3);
    Sentence runOn = s.get(1);
    assertThat(runOn.endToken() - runOn.firstToken()).isGreaterThan(1000);
    for (int t = runOn.firstToken(); t < runOn.endToken(); t++) {
      assertThat(d.tokens().get(t).pos()).isEqualTo("X");
      assertThat(d.tokens().get(t).head()).isEqualTo(-1);
    }
    for (Sentence sane : List.of(s.get(0), s.get(2))) {
      Token first = d.tokens().get(sane.firstToken());
      assertThat(first.pos()).isEqualTo("DT");
      assertThat(d.tokens().subList(sane.firstToken(), sane.endToken())).anyMatch(t -> t.rel().equals("root"));
    }
    // offsets stay exact
    Token last = d.tokens().get(d.tokens().size() - 2);
    assertThat(d.text().substring(last.begin(), last.end())).isEqualTo(last.word());
  }
}
