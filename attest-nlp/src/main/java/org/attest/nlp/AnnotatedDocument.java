package org.attest.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.attest.model.SourceDocument;
import org.attest.model.Span;

/**
 * A document with its linguistic annotation: sentences, tokens with lemma, part of speech, named
 * entity tag and dependency head. Independent of the NLP library that produced it, so extractors
 * depend on this type only.
 */
public final class AnnotatedDocument {

  private final SourceDocument source;
  private final List<Sentence> sentences;
  private final List<Token> tokens;
  private final List<List<Integer>> children;

  public AnnotatedDocument(SourceDocument source, List<Sentence> sentences, List<Token> tokens) {
    this.source = source;
    this.sentences = List.copyOf(sentences);
    this.tokens = List.copyOf(tokens);
    List<List<Integer>> ch = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      ch.add(new ArrayList<>());
    }
    for (Token t : tokens) {
      if (t.head() >= 0) {
        ch.get(t.head()).add(t.index());
      }
    }
    List<List<Integer>> frozen = new ArrayList<>(ch.size());
    for (List<Integer> c : ch) {
      frozen.add(Collections.unmodifiableList(c));
    }
    this.children = Collections.unmodifiableList(frozen);
  }

  public SourceDocument source() {
    return source;
  }

  public String text() {
    return source.text();
  }

  public String id() {
    return source.id();
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** Document-level indices of the token's dependents, in text order. */
  public List<Integer> children(int token) {
    return children.get(token);
  }

  /** The token's dependency head, or null for a sentence root. */
  public Token head(Token t) {
    return t.head() < 0 ? null : tokens.get(t.head());
  }

  /** The token's dependents, in text order. */
  public List<Token> dependents(Token t) {
    List<Token> out = new ArrayList<>(children.get(t.index()).size());
    for (int ch : children.get(t.index())) {
      out.add(tokens.get(ch));
    }
    return out;
  }

  /** The parse queries over this document, reading negation with the language's function words. */
  public ParseQueries queries(FunctionWords words) {
    return new ParseQueries(this, words);
  }

  public Sentence sentenceOf(Token t) {
    return sentences.get(t.sentence());
  }

  public List<Token> tokensOf(Sentence s) {
    return tokens.subList(s.firstToken(), s.endToken());
  }

  /** Tokens overlapping the span, in order. */
  public List<Token> tokensIn(Span span) {
    int lo = firstTokenEndingAfter(span.begin());
    List<Token> out = new ArrayList<>();
    for (int i = lo; i < tokens.size() && tokens.get(i).begin() < span.end(); i++) {
      if (tokens.get(i).span().overlaps(span)) {
        out.add(tokens.get(i));
      }
    }
    return out;
  }

  /** The token whose span contains the offset, or null. */
  public Token tokenAt(int offset) {
    int i = firstTokenEndingAfter(offset);
    return i < tokens.size() && tokens.get(i).span().contains(offset) ? tokens.get(i) : null;
  }

  private int firstTokenEndingAfter(int offset) {
    int lo = 0, hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  public String text(Span span) {
    return span.of(source.text());
  }

  /** The span from the first to the last token of the list (which must be non-empty). */
  public static Span cover(List<Token> ts) {
    return new Span(ts.get(0).begin(), ts.get(ts.size() - 1).end());
  }
}
