package org.attest.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.attest.model.SourceDocument;
import org.attest.model.Span;

/**
 * Stanford CoreNLP with only what the extractors use: tokens, sentences, POS, lemmas, statistical
 * NER and the dependency parse. SUTime, numeric and fine-grained NER are off (our own time
 * normalizer and number reader replace them, and they cost more than half of NER's time);
 * coreference is off (1/3 of full-pipeline time; our entity extractor resolves what it needs).
 * Measured in docs/benchmarks.md.
 */
public final class CoreNlpAnnotator implements DocumentAnnotator {

  private static volatile CoreNlpAnnotator shared;

  /**
   * The longest sentence (in tokens) that is tagged and parsed. A longer one is a run-on, a list
   * or a dump, never a news sentence; tagging and parsing it costs time and memory that grow
   * faster than its length (a 1 MB run-on ran out of stack after minutes). Such a sentence keeps
   * its tokens and offsets but gets no part of speech, entity tag or parse.
   */
  public static final int MAX_SENTENCE_TOKENS = 250;

  private final StanfordCoreNLP split;
  private final StanfordCoreNLP deep;
  private final int maxSentenceTokens;

  public CoreNlpAnnotator(Properties overrides) {
    Properties p = defaults();
    p.putAll(overrides);
    this.maxSentenceTokens = Integer.parseInt(p.getProperty("attest.maxSentenceTokens", "" + MAX_SENTENCE_TOKENS));
    String annotators = p.getProperty("annotators");
    if (!annotators.matches("^\\s*tokenize\\s*,\\s*ssplit\\b.*")) {
      this.split = new StanfordCoreNLP(p); // an unusual pipeline: run as configured, unbounded
      this.deep = null;
      return;
    }
    Properties first = new Properties();
    first.putAll(p);
    first.setProperty("annotators", "tokenize,ssplit");
    this.split = new StanfordCoreNLP(first);
    String rest = annotators.replaceFirst("^\\s*tokenize\\s*,\\s*ssplit\\s*,?\\s*", "");
    if (rest.isBlank()) {
      this.deep = null;
    } else {
      Properties second = new Properties();
      second.putAll(p);
      second.setProperty("annotators", rest);
      second.setProperty("enforceRequirements", "false");
      this.deep = new StanfordCoreNLP(second);
    }
  }

  /** The process-wide annotator with default settings (loading takes seconds). */
  public static CoreNlpAnnotator shared() {
    CoreNlpAnnotator a = shared;
    if (a == null) {
      synchronized (CoreNlpAnnotator.class) {
        a = shared;
        if (a == null) {
          a = new CoreNlpAnnotator(new Properties());
          shared = a;
        }
      }
    }
    return a;
  }

  public static Properties defaults() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    // A "– Name" line under a quotation must stay its own sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("tokenize.options", "invertible=true");
    return p;
  }

  @Override
  public AnnotatedDocument annotate(SourceDocument document) {
    Annotation ann = new Annotation(document.text());
    split.annotate(ann);
    List<CoreMap> sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
    if (deep != null) {
      // Tag and parse only the sentences of a sane length (see MAX_SENTENCE_TOKENS).
      List<CoreMap> sane = new ArrayList<>();
      for (CoreMap s : sents) {
        if (s.get(CoreAnnotations.TokensAnnotation.class).size() <= maxSentenceTokens) {
          sane.add(s);
        }
      }
      if (sane.size() == sents.size()) {
        deep.annotate(ann);
      } else if (!sane.isEmpty()) {
        ann.set(CoreAnnotations.SentencesAnnotation.class, sane);
        List<CoreLabel> saneTokens = new ArrayList<>();
        for (CoreMap s : sane) {
          saneTokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        List<CoreLabel> allTokens = ann.get(CoreAnnotations.TokensAnnotation.class);
        ann.set(CoreAnnotations.TokensAnnotation.class, saneTokens);
        try {
          deep.annotate(ann);
        } finally {
          ann.set(CoreAnnotations.SentencesAnnotation.class, sents);
          ann.set(CoreAnnotations.TokensAnnotation.class, allTokens);
        }
      }
    }
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (CoreMap s : sents) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      int first = tokens.size();
      int[] heads = new int[labels.size()];
      String[] rels = new String[labels.size()];
      java.util.Arrays.fill(heads, -2);
      SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (g != null) {
        for (IndexedWord root : g.getRoots()) {
          heads[root.index() - 1] = -1;
          rels[root.index() - 1] = "root";
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
          int dep = e.getDependent().index() - 1;
          heads[dep] = first + e.getGovernor().index() - 1;
          rels[dep] = e.getRelation().toString();
        }
      }
      int si = sentences.size();
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        int b = l.beginPosition(), e = l.endPosition();
        String word = document.text().substring(b, e);
        String ner = l.ner() == null ? "O" : l.ner();
        int head = heads[i] == -2 ? -1 : heads[i];
        String rel = rels[i] == null ? "dep" : rels[i];
        tokens.add(new Token(first + i, si, new Span(b, e), word, l.lemma() == null ? word : l.lemma(),
            l.tag() == null ? "X" : l.tag(), ner, head, rel));
      }
      Span span = new Span(tokens.get(first).begin(), tokens.get(tokens.size() - 1).end());
      sentences.add(new Sentence(si, span, first, tokens.size()));
    }
    return new AnnotatedDocument(document, sentences, tokens);
  }
}
