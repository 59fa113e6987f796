package org.attest.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attest.model.Ledger;
import org.attest.model.LedgerExtractor;
import org.attest.model.Provenance;
import org.attest.model.SourceDocument;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.CoreNlpAnnotator;
import org.attest.nlp.DocumentAnnotator;

/**
 * The document-level pipeline: linguistic annotation, then the configured extractors in the
 * order their declared requirements give ({@link ExtractorPlan}: entities, times, events, quotes,
 * attributions, findings by default). Refuses at construction an extractor whose requirements no
 * other produces, or a model it needs that the configuration lacks. Loads its models once;
 * thread-safe.
 */
public final class AttestPipeline implements LedgerExtractor {

  private final DocumentAnnotator annotator;
  private final List<Extractor> extractors;
  private final PipelineConfig config;
  private final Map<String, Provenance> provenance;

  /** These extractors with the default configuration ({@link PipelineConfig#defaults()}). */
  public AttestPipeline(DocumentAnnotator annotator, List<Extractor> extractors) {
    this(annotator, extractors, PipelineConfig.defaults());
  }

  public AttestPipeline(DocumentAnnotator annotator, List<Extractor> extractors, PipelineConfig config) {
    this.annotator = annotator;
    this.extractors = ExtractorPlan.order(extractors);
    this.config = config;
    Map<String, Provenance> p = new LinkedHashMap<>();
    for (Extractor x : this.extractors) {
      for (String m : x.models()) {
        if (!config.models().has(m)) {
          throw new IllegalArgumentException("extractor '" + x.name() + "' needs model '" + m
              + "', which the configuration lacks (registered: " + config.models().names() + ")");
        }
      }
      p.put(x.name(), Provenance.of(x.name(), x.version(), configHash(x, config)));
    }
    this.provenance = Map.copyOf(p);
  }

  /** The pipeline with the default annotator, every registered extractor and the default configuration. */
  public static AttestPipeline create() {
    return create(PipelineConfig.defaults());
  }

  /** The default annotator and every registered extractor under this configuration. Loading takes seconds. */
  public static AttestPipeline create(PipelineConfig config) {
    return new AttestPipeline(CoreNlpAnnotator.shared(), Extractors.defaults(), config);
  }

  /** The extractors in the order they run. */
  public List<Extractor> extractors() {
    return extractors;
  }

  public PipelineConfig config() {
    return config;
  }

  /** The provenance the named extractor's items carry in this pipeline. */
  public Provenance provenanceOf(String extractor) {
    Provenance p = provenance.get(extractor);
    if (p == null) {
      throw new IllegalArgumentException("no extractor '" + extractor + "' in this pipeline");
    }
    return p;
  }

  @Override
  public Ledger extract(SourceDocument document) {
    return extract(annotator.annotate(document));
  }

  /** Runs the extractors on an already annotated document. */
  public Ledger extract(AnnotatedDocument doc) {
    ExtractionContext ctx = new ExtractionContext(doc, config, provenance);
    for (Extractor x : extractors) {
      x.run(ctx);
    }
    return ctx.toLedger();
  }

  /**
   * 16 hex digits of SHA-256 over what the extractor ran with: the language and lexicon hash,
   * each model it declares with its hash, and its settings.
   */
  static String configHash(Extractor x, PipelineConfig config) {
    StringBuilder sb = new StringBuilder();
    sb.append("lexicons\t").append(config.lexicons().language()).append('\t').append(config.lexicons().hash()).append('\n');
    for (String m : x.models().stream().sorted().toList()) {
      sb.append("model\t").append(m).append('\t').append(config.models().model(m).sha256()).append('\n');
    }
    config.settingsOf(x.name()).forEach((k, v) -> sb.append("setting\t").append(k).append('\t').append(v).append('\n'));
    return org.attest.model.DocumentText.sha256(sb.toString()).substring(0, 16);
  }
}
