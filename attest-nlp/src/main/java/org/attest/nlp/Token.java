package org.attest.nlp;

import java.util.Locale;
import java.util.Objects;
import org.attest.model.Span;

/**
 * One token of an annotated document. {@code index} counts tokens across the whole document;
 * {@code head} is the document-level index of its dependency head, or -1 for a sentence root;
 * {@code rel} the Universal Dependencies label of the relation to it, typed as {@link #relation()};
 * {@code pos} the parser's fine tag, typed as {@link #posClass()}; {@code ner} the named-entity
 * tag, typed as {@link #nerTag()}. {@code word} is the text as
 * written. Immutable; equal when every field is.
 */
public final class Token {

  private final int index;
  private final int sentence;
  private final Span span;
  private final String word;
  private final String lemma;
  private final String pos;
  private final String ner;
  private final int head;
  private final String rel;
  private final DepRel relation;
  private final PosClass posClass;
  private final NerTag nerTag;
  private final boolean plural;
  private final String key;

  public Token(int index, int sentence, Span span, String word, String lemma, String pos, String ner, int head, String rel) {
    this.index = index;
    this.sentence = sentence;
    this.span = Objects.requireNonNull(span, "span");
    this.word = Objects.requireNonNull(word, "word");
    this.lemma = Objects.requireNonNull(lemma, "lemma");
    this.pos = Objects.requireNonNull(pos, "pos");
    this.ner = Objects.requireNonNull(ner, "ner");
    this.head = head;
    this.rel = Objects.requireNonNull(rel, "rel");
    this.relation = DepRel.of(rel);
    this.posClass = PosClass.of(pos);
    this.nerTag = NerTag.of(ner);
    this.plural = PosClass.pluralNoun(pos);
    this.key = lemma.toLowerCase(Locale.ROOT);
  }

  /** A token with a typed relation. */
  public Token(int index, int sentence, Span span, String word, String lemma, String pos, String ner, int head, DepRel rel) {
    this(index, sentence, span, word, lemma, pos, ner, head, rel.label());
  }

  public int index() {
    return index;
  }

  public int sentence() {
    return sentence;
  }

  public Span span() {
    return span;
  }

  public String word() {
    return word;
  }

  public String lemma() {
    return lemma;
  }

  /** The parser's fine tag ("NNS"); extractors should prefer {@link #posClass()}. */
  public String pos() {
    return pos;
  }

  /** The named-entity tag as the recognizer wrote it ("ORGANIZATION"); extractors should prefer {@link #nerTag()}. */
  public String ner() {
    return ner;
  }

  /** The named-entity tag, typed. */
  public NerTag nerTag() {
    return nerTag;
  }

  /** Document-level index of the dependency head, -1 for a root. */
  public int head() {
    return head;
  }

  public boolean isRoot() {
    return head < 0;
  }

  /** The relation's label as the parser wrote it ("nsubj:pass"); extractors should prefer {@link #relation()}. */
  public String rel() {
    return rel;
  }

  /** The relation to the head, typed. */
  public DepRel relation() {
    return relation;
  }

  /** True when the relation to the head is this one or one of its subtypes. */
  public boolean is(DepRel universal) {
    return relation.is(universal);
  }

  public PosClass posClass() {
    return posClass;
  }

  public boolean isVerb() {
    return posClass == PosClass.VERB;
  }

  /** A noun, common or proper. */
  public boolean isNoun() {
    return posClass.isNominal();
  }

  /** A common noun (NN, NNS). */
  public boolean isCommonNoun() {
    return posClass == PosClass.NOUN;
  }

  public boolean isProperNoun() {
    return posClass == PosClass.PROPER_NOUN;
  }

  /** A plural noun (NNS, NNPS): "the Houthis", "officials". */
  public boolean isPluralNoun() {
    return plural;
  }

  public int begin() {
    return span.begin();
  }

  public int end() {
    return span.end();
  }

  /** Lower-cased lemma, the key lexicons look up. */
  public String key() {
    return key;
  }

  /** Lower-cased word as written. */
  public String lowerWord() {
    return word.toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t && index == t.index && sentence == t.sentence && head == t.head && span.equals(t.span)
        && word.equals(t.word) && lemma.equals(t.lemma) && pos.equals(t.pos) && ner.equals(t.ner) && rel.equals(t.rel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, sentence, span, word, lemma, pos, ner, head, rel);
  }

  @Override
  public String toString() {
    return index + ":" + word + "/" + pos + "<-" + rel + "-" + head;
  }
}
