package org.attest.eval.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.attest.model.LedgerExtractor;
import org.attest.model.SourceDocument;

/** What a benchmark times: one shared, thread-safe processor of documents. */
public interface BenchEngine {

  String name();

  /** What exactly runs (annotator list, pipeline class), for the report. */
  String configuration();

  void process(SourceDocument document);

  /** Our extractor: {@code extract} as the CLI runs it. */
  static BenchEngine of(String name, LedgerExtractor extractor) {
    return of(name, extractor, extractor.getClass().getName());
  }

  /** Our extractor, with a description of its settings for the report. */
  static BenchEngine of(String name, LedgerExtractor extractor, String configuration) {
    return new BenchEngine() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String configuration() {
        return configuration;
      }

      @Override
      public void process(SourceDocument document) {
        extractor.extract(document);
      }
    };
  }

  /** The annotators CoreNLP's bundled StanfordCoreNLP.properties loads, plus natlog and openie. */
  String CORENLP_FULL = "tokenize,ssplit,pos,lemma,ner,depparse,coref,natlog,openie,kbp";

  /** CoreNLP's own pipeline with the given annotators, every other property at its default. */
  static BenchEngine coreNlp(String annotators) {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    return new BenchEngine() {
      @Override
      public String name() {
        return "corenlp";
      }

      @Override
      public String configuration() {
        return "StanfordCoreNLP annotators=" + annotators;
      }

      @Override
      public void process(SourceDocument document) {
        pipeline.annotate(new Annotation(document.text()));
      }
    };
  }
}
