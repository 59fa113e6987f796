package org.attest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The registry of extractors: every {@link Extractor} named in a
 * {@code META-INF/services/org.attest.extract.Extractor} file on the classpath (Attest's own
 * in attest-extract; a plug-in's in its jar; a test's in its test resources). {@link #names()}
 * lists them in the order the pipeline runs them, planned from their declared requirements
 * ({@link ExtractorPlan}).
 */
public final class Extractors {

  private Extractors() {}

  private static Map<String, ServiceLoader.Provider<Extractor>> registry() {
    Map<String, ServiceLoader.Provider<Extractor>> out = new LinkedHashMap<>();
    for (ServiceLoader.Provider<Extractor> p : ServiceLoader.load(Extractor.class, Extractors.class.getClassLoader())
        .stream().toList()) {
      Extractor x = p.get();
      ServiceLoader.Provider<Extractor> prior = out.putIfAbsent(x.name(), p);
      if (prior != null && !prior.type().equals(p.type())) {
        throw new IllegalStateException("two extractors named '" + x.name() + "': " + prior.type().getName() + ", "
            + p.type().getName());
      }
    }
    return out;
  }

  /** Registered names, in pipeline order. */
  public static List<String> names() {
    return defaults().stream().map(Extractor::name).toList();
  }

  public static Extractor byName(String name) {
    ServiceLoader.Provider<Extractor> p = registry().get(name);
    if (p == null) {
      throw new IllegalArgumentException("no extractor named '" + name + "'; known: " + registry().keySet());
    }
    return p.get();
  }

  /** A fresh instance of every registered extractor, in pipeline order. */
  public static List<Extractor> defaults() {
    List<Extractor> all = new ArrayList<>();
    for (ServiceLoader.Provider<Extractor> p : registry().values()) {
      all.add(p.get());
    }
    return ExtractorPlan.order(all);
  }
}
