package org.attest.extract;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.attest.extract.lexicon.Lexicons;
import org.attest.extract.models.Models;

/**
 * What a pipeline runs with: one language's {@link Lexicons}, the learned {@link Models} and
 * settings by name ({@code "extractor.key" -> value}, read by extractors through
 * {@link ExtractionContext#setting}). Built once and passed in; nothing reads a static. Each
 * extractor's provenance carries the hash of the lexicons, of the models it declares and of the
 * settings under its name.
 */
public record PipelineConfig(Lexicons lexicons, Models models, SortedMap<String, String> settings) {

  public PipelineConfig {
    Objects.requireNonNull(lexicons, "lexicons");
    Objects.requireNonNull(models, "models");
    settings = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(settings == null ? Map.of() : settings));
  }

  /** The only registered language's lexicons and every model registered on the classpath. */
  public static PipelineConfig defaults() {
    return new PipelineConfig(Lexicons.defaults(), Models.fromClasspath(PipelineConfig.class.getClassLoader()), null);
  }

  public PipelineConfig withLexicons(Lexicons l) {
    return new PipelineConfig(l, models, settings);
  }

  public PipelineConfig withModels(Models m) {
    return new PipelineConfig(lexicons, m, settings);
  }

  /** This configuration with one more setting ({@code "events.max-hops" -> "4"}). */
  public PipelineConfig with(String key, String value) {
    TreeMap<String, String> s = new TreeMap<>(settings);
    s.put(key, value);
    return new PipelineConfig(lexicons, models, s);
  }

  /** The settings under an extractor's name ({@code name.*}), sorted. */
  public SortedMap<String, String> settingsOf(String extractor) {
    return settings.subMap(extractor + ".", extractor + "." + Character.MAX_VALUE);
  }
}
