package org.attest.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attest.model.SourceDocument;
import org.attest.model.Span;

/**
 * Builds an {@link AnnotatedDocument} by hand, for tests that must not load an NLP library.
 * Tokens are added sentence by sentence with a head given as the 1-based position in the
 * sentence (0 for the root), as in CoNLL-U; the text is the words joined by single spaces (none
 * before closing punctuation and clitics, none after opening quotes), so offsets are exact.
 *
 * <pre>{@code
 * AnnotatedDocument d = new DocumentBuilder("d1").published("2025-07-01")
 *     .conll("""
 *         1 Iran    Iran  NNP LOCATION 2 nsubj
 *         2 denied  deny  VBD O        0 root
 *         3 it      it    PRP O        2 obj
 *         4 .       .     .   O        2 punct
 *         """)
 *     .build();
 * }</pre>
 */
public final class DocumentBuilder {

  private static final Set<String> NO_SPACE_BEFORE = Set.of(
      ",", ".", "!", "?", ";", ":", "'s", "’s", "n't", "'", "’", "”", ")", "%", "'re", "'ll", "'ve", "'m", "'d");
  private static final Set<String> NO_SPACE_AFTER = Set.of("“", "(", "$");

  private record Row(String word, String lemma, String pos, String ner, int head, String rel) {}

  private final String id;
  private String published;
  private String title;
  private final List<List<Row>> sentences = new ArrayList<>();

  public DocumentBuilder(String id) {
    this.id = id;
  }

  public DocumentBuilder published(String isoDate) {
    this.published = isoDate;
    return this;
  }

  public DocumentBuilder title(String title) {
    this.title = title;
    return this;
  }

  /** Starts a new sentence; tokens added after it belong to it. */
  public DocumentBuilder sentence() {
    sentences.add(new ArrayList<>());
    return this;
  }

  /** Adds a token to the current sentence: head is 1-based within the sentence, 0 for the root. */
  public DocumentBuilder token(String word, String lemma, String pos, String ner, int head, DepRel rel) {
    return token(word, lemma, pos, ner, head, rel.label());
  }

  /** A token without a named-entity tag. */
  public DocumentBuilder token(String word, String lemma, String pos, int head, DepRel rel) {
    return token(word, lemma, pos, "O", head, rel.label());
  }

  private DocumentBuilder token(String word, String lemma, String pos, String ner, int head, String rel) {
    if (sentences.isEmpty()) {
      sentence();
    }
    List<Row> s = sentences.get(sentences.size() - 1);
    if (head < 0) {
      throw new IllegalArgumentException("token '" + word + "': head must be 0 (root) or a 1-based position");
    }
    s.add(new Row(word, lemma, pos, ner, head, rel));
    return this;
  }

  /**
   * Adds sentences written one token a line: {@code position word lemma POS NER head relation}
   * ({@code _} for a lemma repeats the word, for NER means "O"); a blank line starts a new
   * sentence; positions are checked to count from 1.
   */
  public DocumentBuilder conll(String block) {
    boolean fresh = true;
    for (String raw : block.split("\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        fresh = true;
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      if (f.length != 7) {
        throw new IllegalArgumentException("conll line needs 7 fields (position word lemma POS NER head rel): " + line);
      }
      if (fresh) {
        sentence();
        fresh = false;
      }
      int pos = Integer.parseInt(f[0]);
      int expected = sentences.get(sentences.size() - 1).size() + 1;
      if (pos != expected) {
        throw new IllegalArgumentException("conll line has position " + pos + ", expected " + expected + ": " + line);
      }
      token(f[1], f[2].equals("_") ? f[1] : f[2], f[3], f[4].equals("_") ? "O" : f[4], Integer.parseInt(f[5]), f[6]);
    }
    return this;
  }

  public AnnotatedDocument build() {
    StringBuilder text = new StringBuilder();
    List<int[]> offsets = new ArrayList<>();
    String prev = null;
    for (List<Row> s : sentences) {
      for (Row r : s) {
        if (prev != null && !NO_SPACE_BEFORE.contains(r.word()) && !NO_SPACE_AFTER.contains(prev)) {
          text.append(' ');
        }
        offsets.add(new int[] {text.length(), text.length() + r.word().length()});
        text.append(r.word());
        prev = r.word();
      }
    }
    SourceDocument src = SourceDocument.of(id, text.toString(), title, null, null, published, null);
    if (!src.text().equals(text.toString())) {
      throw new IllegalArgumentException("the built text changes under normalization; use plain words: " + text);
    }
    List<Token> tokens = new ArrayList<>();
    List<Sentence> out = new ArrayList<>();
    int k = 0;
    for (List<Row> s : sentences) {
      if (s.isEmpty()) {
        continue;
      }
      int first = tokens.size();
      for (int i = 0; i < s.size(); i++) {
        Row r = s.get(i);
        if (r.head() > s.size()) {
          throw new IllegalArgumentException("token '" + r.word() + "': head " + r.head() + " is outside its sentence");
        }
        int[] o = offsets.get(k++);
        tokens.add(new Token(first + i, out.size(), new Span(o[0], o[1]), r.word(), r.lemma(), r.pos(), r.ner(),
            r.head() == 0 ? -1 : first + r.head() - 1, r.head() == 0 ? "root" : r.rel()));
      }
      out.add(new Sentence(out.size(), new Span(tokens.get(first).begin(), tokens.get(tokens.size() - 1).end()), first,
          tokens.size()));
    }
    return new AnnotatedDocument(src, out, tokens);
  }
}
