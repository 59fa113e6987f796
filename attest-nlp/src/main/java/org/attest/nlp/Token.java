package org.attest.nlp;

import org.attest.model.Span;

/**
 * One token of an annotated document. {@code index} counts tokens across the whole document;
 * {@code head} is the document-level index of its dependency head, or -1 for a sentence root;
 * {@code rel} the Universal Dependencies relation to it. {@code word} is the text as written.
 */
public record Token(
    int index, int sentence, Span span, String word, String lemma, String pos, String ner, int head, String rel) {

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public int begin() {
    return span.begin();
  }

  public int end() {
    return span.end();
  }

  /** Lower-cased lemma, the key lexicons look up. */
  public String key() {
    return lemma.toLowerCase(java.util.Locale.ROOT);
  }
}
