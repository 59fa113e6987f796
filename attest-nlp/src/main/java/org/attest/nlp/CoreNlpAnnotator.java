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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.attest.model.SourceDocument;
import org.attest.model.Span;

/**
 * Stanford CoreNLP with only what the extractors use: tokens, sentences, POS, lemmas, statistical
 * NER and the dependency parse. SUTime, numeric and fine-grained NER are off (our own time
 * normalizer and number reader replace them, and they cost more than half of NER's time);
 * coreference is off (1/3 of full-pipeline time; our entity extractor resolves what it needs).
 *
 * <p>Speed settings (measured in docs/benchmarks.md, "Speed"): NER runs the 3-class and CoNLL
 * 4-class models only (the 7-class MUC model adds money/percent/date/time tags that nothing here
 * reads, for 40 % of NER's time); the dependency parser caches 50,000 hidden-layer activations
 * instead of 5,000 (same parses, a quarter less parser time).
 *
 * <p>Threads: CoreNLP's parser keeps its activation cache behind one lock, so threads sharing a
 * pipeline wait for each other. This annotator keeps a pool of independent pipelines, created
 * lazily, at most one per concurrent caller and at most {@code maxPipelines} (default: the number
 * of processors, or the system property {@code attest.pipelines}); a caller borrows one for the
 * length of a document. Each pipeline holds its own models (about 0.5 GB of heap).
 */
public final class CoreNlpAnnotator implements DocumentAnnotator {

  /** NER models: CoreNLP's default list without the 7-class MUC model. */
  /**
   * Names the default configuration's output for {@link CachedAnnotator}: change it when what the
   * annotator produces changes (annotators, models, options), so that cached parses are redone.
   */
  public static final String CACHE_TAG = "corenlp-4.5.10-attest-1";

  public static final String NER_MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
      + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private static final String[] ANNOTATORS = {"tokenize", "ssplit", "pos", "lemma", "ner", "depparse"};

  /** Distinguishes this JVM's pipelines in CoreNLP's process-wide annotator cache. */
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private static volatile CoreNlpAnnotator shared;

  /**
   * The longest sentence (in tokens) that is tagged and parsed. A longer one is a run-on, a list
   * or a dump, never a news sentence; tagging and parsing it costs time and memory that grow
   * faster than its length (a 1 MB run-on ran out of stack after minutes). Such a sentence keeps
   * its tokens and offsets but gets no part of speech, entity tag or parse.
   */
  public static final int MAX_SENTENCE_TOKENS = 250;

  /** One pooled pipeline: tokenize+ssplit, then the rest over the sentences of a sane length. */
  private record Pipes(StanfordCoreNLP split, StanfordCoreNLP deep) {}

  private final Properties properties;
  private final int maxPipelines;
  private final int maxSentenceTokens;
  private final BlockingQueue<Pipes> idle = new LinkedBlockingQueue<>();
  private int created; // guarded by this

  public CoreNlpAnnotator(Properties overrides) {
    this(overrides, defaultPoolSize());
  }

  /** An annotator with at most {@code maxPipelines} pipelines; the first one is loaded now. */
  public CoreNlpAnnotator(Properties overrides, int maxPipelines) {
    if (maxPipelines < 1) {
      throw new IllegalArgumentException("maxPipelines must be at least 1");
    }
    Properties p = defaults();
    p.putAll(overrides);
    this.properties = p;
    this.maxPipelines = maxPipelines;
    this.maxSentenceTokens = Integer.parseInt(p.getProperty("attest.maxSentenceTokens", "" + MAX_SENTENCE_TOKENS));
    idle.add(newPipeline());
    created = 1;
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
    p.setProperty("annotators", String.join(",", ANNOTATORS));
    // A "– Name" line under a quotation must stay its own sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.model", NER_MODELS);
    p.setProperty("depparse.numCached", "50000");
    p.setProperty("tokenize.options", "invertible=true");
    return p;
  }

  /** Pipelines in the pool: the system property {@code attest.pipelines}, else the processors. */
  public static int defaultPoolSize() {
    String v = System.getProperty("attest.pipelines");
    if (v != null && v.strip().matches("[1-9][0-9]{0,2}")) {
      return Integer.parseInt(v.strip());
    }
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /** How many pipelines this annotator has loaded so far. */
  public synchronized int pipelinesLoaded() {
    return created;
  }

  public int maxPipelines() {
    return maxPipelines;
  }

  private Pipes newPipeline() {
    Properties p = new Properties();
    p.putAll(properties);
    // CoreNLP shares annotators between pipelines with equal properties; a per-instance key
    // gives this pipeline models of its own (unknown keys are otherwise ignored).
    int n = INSTANCES.incrementAndGet();
    for (String a : ANNOTATORS) {
      p.setProperty(a + ".attestInstance", Integer.toString(n));
    }
    String annotators = p.getProperty("annotators");
    if (!annotators.matches("^\\s*tokenize\\s*,\\s*ssplit\\b.*")) {
      return new Pipes(new StanfordCoreNLP(p), null); // an unusual pipeline: run as configured, unbounded
    }
    Properties first = new Properties();
    first.putAll(p);
    first.setProperty("annotators", "tokenize,ssplit");
    StanfordCoreNLP split = new StanfordCoreNLP(first);
    String rest = annotators.replaceFirst("^\\s*tokenize\\s*,\\s*ssplit\\s*,?\\s*", "");
    if (rest.isBlank()) {
      return new Pipes(split, null);
    }
    Properties second = new Properties();
    second.putAll(p);
    second.setProperty("annotators", rest);
    second.setProperty("enforceRequirements", "false");
    return new Pipes(split, new StanfordCoreNLP(second));
  }

  private Pipes borrow() {
    Pipes p = idle.poll();
    if (p != null) {
      return p;
    }
    boolean create;
    synchronized (this) {
      create = created < maxPipelines;
      if (create) {
        created++;
      }
    }
    if (create) {
      try {
        return newPipeline();
      } catch (RuntimeException | Error e) {
        synchronized (this) {
          created--;
        }
        throw e;
      }
    }
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an NLP pipeline", e);
    }
  }

  @Override
  public AnnotatedDocument annotate(SourceDocument document) {
    Annotation ann = new Annotation(document.text());
    Pipes pipes = borrow();
    List<CoreMap> sents;
    try {
      pipes.split().annotate(ann);
      sents = ann.get(CoreAnnotations.SentencesAnnotation.class);
      if (pipes.deep() != null) {
        // Tag and parse only the sentences of a sane length (see MAX_SENTENCE_TOKENS).
        List<CoreMap> sane = new ArrayList<>();
        for (CoreMap s : sents) {
          if (s.get(CoreAnnotations.TokensAnnotation.class).size() <= maxSentenceTokens) {
            sane.add(s);
          }
        }
        if (sane.size() == sents.size()) {
          pipes.deep().annotate(ann);
        } else if (!sane.isEmpty()) {
          ann.set(CoreAnnotations.SentencesAnnotation.class, sane);
          List<CoreLabel> saneTokens = new ArrayList<>();
          for (CoreMap s : sane) {
            saneTokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
          }
          List<CoreLabel> allTokens = ann.get(CoreAnnotations.TokensAnnotation.class);
          ann.set(CoreAnnotations.TokensAnnotation.class, saneTokens);
          try {
            pipes.deep().annotate(ann);
          } finally {
            ann.set(CoreAnnotations.SentencesAnnotation.class, sents);
            ann.set(CoreAnnotations.TokensAnnotation.class, allTokens);
          }
        }
      }
    } finally {
      idle.add(pipes);
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
