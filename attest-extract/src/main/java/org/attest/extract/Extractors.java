package org.attest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.attest.extract.attributions.AttributionExtractor;
import org.attest.extract.attributions.QuoteExtractor;
import org.attest.extract.entities.EntityExtractor;
import org.attest.extract.events.EventExtractor;
import org.attest.extract.findings.FindingExtractor;
import org.attest.extract.times.TimeExtractor;

/**
 * The registry of extractors by name, in the order the default pipeline runs them: each step may
 * read what the steps before it produced.
 */
public final class Extractors {

  private static final Map<String, Supplier<Extractor>> REGISTRY = new LinkedHashMap<>();

  static {
    register(EntityExtractor.NAME, EntityExtractor::new);
    register(TimeExtractor.NAME, TimeExtractor::new);
    register(EventExtractor.NAME, EventExtractor::new);
    register(QuoteExtractor.NAME, QuoteExtractor::new);
    register(AttributionExtractor.NAME, AttributionExtractor::new);
    register(FindingExtractor.NAME, FindingExtractor::new);
  }

  private Extractors() {}

  private static void register(String name, Supplier<Extractor> factory) {
    REGISTRY.put(name, factory);
  }

  /** Registered names, in pipeline order. */
  public static List<String> names() {
    return Collections.unmodifiableList(new ArrayList<>(REGISTRY.keySet()));
  }

  public static Extractor byName(String name) {
    Supplier<Extractor> s = REGISTRY.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no extractor named '" + name + "'; known: " + REGISTRY.keySet());
    }
    return s.get();
  }

  /** A fresh instance of every registered extractor, in pipeline order. */
  public static List<Extractor> defaults() {
    return REGISTRY.values().stream().map(Supplier::get).toList();
  }
}
