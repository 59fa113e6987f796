package org.attest.extract.models;

import org.attest.model.DocumentText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The learned models a pipeline may use, each a file on the classpath with a name and the
 * SHA-256 of its bytes (which goes into the provenance of every item it helps produce). A model
 * is registered by a line {@code name=path/to/model.bin} in a
 * {@code META-INF/attest/models.properties} file on the classpath; {@link #fromClasspath} reads
 * all of them. Parsed forms are built once per bundle by {@link #load}. Thread-safe.
 */
public final class Models {

  /** Reads a model's bytes into its usable form. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  /** A registered model: its name, classpath resource and the SHA-256 of its bytes. */
  public record Model(String name, String resource, String sha256) {}

  public static final String INDEX = "META-INF/attest/models.properties";

  private final Map<String, Model> models;
  private final Map<String, byte[]> bytes;
  private final Map<String, Object> loaded = new ConcurrentHashMap<>();

  private Models(Map<String, Model> models, Map<String, byte[]> bytes) {
    this.models = Collections.unmodifiableMap(new TreeMap<>(models));
    this.bytes = Map.copyOf(bytes);
  }

  /** No models. */
  public static Models none() {
    return new Models(Map.of(), Map.of());
  }

  /** Every model registered in a {@value #INDEX} on the class loader's classpath. */
  public static Models fromClasspath(ClassLoader loader) {
    TreeMap<String, String> resources = new TreeMap<>();
    try {
      Enumeration<URL> indexes = loader.getResources(INDEX);
      while (indexes.hasMoreElements()) {
        URL u = indexes.nextElement();
        Properties p = new Properties();
        try (InputStream in = u.openStream()) {
          p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String name : p.stringPropertyNames()) {
          String prior = resources.putIfAbsent(name, p.getProperty(name).strip());
          if (prior != null && !prior.equals(p.getProperty(name).strip())) {
            throw new IllegalStateException("model '" + name + "' is registered twice: " + prior + ", " + p.getProperty(name));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(loader, resources);
  }

  /** The named models at these classpath resources. */
  public static Models of(ClassLoader loader, Map<String, String> resources) {
    Map<String, Model> models = new TreeMap<>();
    Map<String, byte[]> bytes = new TreeMap<>();
    for (Map.Entry<String, String> e : new TreeMap<>(resources).entrySet()) {
      String path = e.getValue().startsWith("/") ? e.getValue().substring(1) : e.getValue();
      try (InputStream in = loader.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("model '" + e.getKey() + "': no classpath resource " + path);
        }
        byte[] b = in.readAllBytes();
        bytes.put(e.getKey(), b);
        models.put(e.getKey(), new Model(e.getKey(), path, DocumentText.sha256(b)));
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }
    return new Models(models, bytes);
  }

  /** Registered names, sorted. */
  public List<String> names() {
    return List.copyOf(models.keySet());
  }

  public boolean has(String name) {
    return models.containsKey(name);
  }

  public Model model(String name) {
    Model m = models.get(name);
    if (m == null) {
      throw new IllegalArgumentException("no model named '" + name + "'; registered: " + models.keySet());
    }
    return m;
  }

  /** The model's bytes. */
  public InputStream open(String name) {
    model(name);
    return new ByteArrayInputStream(bytes.get(name));
  }

  /** The model read into its usable form, once per bundle (later calls return the same object). */
  @SuppressWarnings("unchecked")
  public <T> T load(String name, Reader<T> reader) {
    model(name);
    return (T) loaded.computeIfAbsent(name, n -> {
      try (InputStream in = open(n)) {
        return reader.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("model '" + n + "': " + e.getMessage(), e);
      }
    });
  }

}
