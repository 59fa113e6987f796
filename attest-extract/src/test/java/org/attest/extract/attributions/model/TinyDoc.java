package org.attest.extract.attributions.model;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.SourceDocument;
import org.attest.model.Span;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.Sentence;
import org.attest.nlp.Token;

/**
 * Hand-built annotated documents for tests that need no CoreNLP: each sentence is a list of
 * "word/lemma/POS/NER/head/rel" tokens (head 1-based within the sentence, 0 for the root), joined
 * with single spaces; sentences are joined with a space.
 */
public final class TinyDoc {

  public static final org.attest.extract.lexicon.Lexicon LEXICON = org.attest.extract.lexicon.Lexicons.defaults().lexicon();

  private TinyDoc() {}

  public static AnnotatedDocument of(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sents = new ArrayList<>();
    for (String s : sentences) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int first = tokens.size();
      String[] toks = s.trim().split(" ");
      for (int i = 0; i < toks.length; i++) {
        String[] f = toks[i].split("/", -1);
        if (f.length != 6) {
          throw new IllegalArgumentException("token needs word/lemma/POS/NER/head/rel: " + toks[i]);
        }
        if (i > 0) {
          text.append(' ');
        }
        int b = text.length();
        text.append(f[0]);
        int head = Integer.parseInt(f[4]);
        tokens.add(new Token(tokens.size(), sents.size(), new Span(b, text.length()), f[0], f[1], f[2], f[3],
            head == 0 ? -1 : first + head - 1, f[5]));
      }
      sents.add(new Sentence(sents.size(), new Span(tokens.get(first).begin(), tokens.get(tokens.size() - 1).end()), first,
          tokens.size()));
    }
    SourceDocument doc = SourceDocument.of("d1", text.toString(), null, null, null, null, null);
    return new AnnotatedDocument(doc, sents, tokens);
  }

  /** "Officials said the plan failed ." */
  public static AnnotatedDocument officialsSaid() {
    return of("Officials/official/NNS/O/2/nsubj said/say/VBD/O/0/root the/the/DT/O/4/det plan/plan/NN/O/5/nsubj "
        + "failed/fail/VBD/O/2/ccomp ./././O/2/punct");
  }

  /** "“ We will stay , ” she said ." */
  public static AnnotatedDocument quoteThenSpeaker() {
    return of("\u201C/\u201C/``/O/4/punct We/we/PRP/O/4/nsubj will/will/MD/O/4/aux stay/stay/VB/O/8/ccomp ,/,/,/O/4/punct "
        + "\u201D/\u201D/''/O/4/punct she/she/PRP/O/8/nsubj said/say/VBD/O/0/root ./././O/8/punct");
  }
}
