package org.attest.crossdoc;

import org.attest.model.DocumentText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The learned score of two event mentions being one event: a logistic regression over the pair's
 * features ({@link EventClustering#judge}: what the two events and their two reports share or
 * contradict), trained on the ECB+ training topics ({@code attest train event-coref}). The score
 * is the log-odds {@code bias + Σ weight × value}; unknown features count nothing.
 *
 * <p>File format ({@code attest-event-pair/1}): a header line with the model's name, then one {@code name TAB weight}
 * line per feature in name order, {@code bias} first — plain text, so the same weights always give
 * the same bytes and a reviewer can read what was learned. Known by its name and SHA-256.
 */
public final class EventPairModel {

  public static final String FORMAT = "attest-event-pair/1";
  /** The shipped model's classpath resource, beside this class. */
  public static final String RESOURCE = "event-pair-model.tsv";

  private static volatile EventPairModel shipped;

  private final String name;
  private final double bias;
  private final Map<String, Double> weights;
  private final String sha256;

  public EventPairModel(String name, double bias, Map<String, Double> weights) {
    this.name = name;
    this.bias = bias;
    this.weights = Collections.unmodifiableMap(new TreeMap<>(weights));
    this.sha256 = DocumentText.sha256(toBytes());
  }

  /** The shipped model (read once from the classpath). */
  public static EventPairModel shipped() {
    EventPairModel m = shipped;
    if (m == null) {
      try (InputStream in = EventPairModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " missing from the classpath");
        }
        m = read(RESOURCE, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      shipped = m;
    }
    return m;
  }

  /** The log-odds of the features' pair being one event. */
  public double score(Map<String, Double> features) {
    double s = bias;
    for (var e : features.entrySet()) {
      Double w = weights.get(e.getKey());
      if (w != null) {
        s += w * e.getValue();
      }
    }
    return s;
  }

  public String name() {
    return name;
  }

  public String sha256() {
    return sha256;
  }

  public double bias() {
    return bias;
  }

  public Map<String, Double> weights() {
    return weights;
  }

  /** The model file's bytes: header, bias, then the weights in name order (17 significant digits, locale-free). */
  public byte[] toBytes() {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(FORMAT).append(' ').append(name).append('\n');
    sb.append("bias\t").append(number(bias)).append('\n');
    for (var e : weights.entrySet()) {
      sb.append(e.getKey()).append('\t').append(number(e.getValue())).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.9g", v);
  }

  /** Reads a model file; {@code where} names it in errors. The model's name is on its header line. */
  public static EventPairModel read(String where, byte[] bytes) {
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
    if (lines.length == 0 || !lines[0].startsWith("# " + FORMAT + " ") || lines[0].length() <= FORMAT.length() + 3) {
      throw new IllegalArgumentException(where + ": not an " + FORMAT + " model");
    }
    String name = lines[0].substring(FORMAT.length() + 3).strip();
    double bias = 0;
    Map<String, Double> w = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] f = lines[i].split("\t");
      if (f.length != 2) {
        throw new IllegalArgumentException(where + ": line " + (i + 1) + " is not NAME<TAB>WEIGHT");
      }
      double v = Double.parseDouble(f[1]);
      if (f[0].equals("bias")) {
        bias = v;
      } else {
        w.put(f[0], v);
      }
    }
    return new EventPairModel(name, bias, w);
  }


  @Override
  public String toString() {
    return name + " (" + weights.size() + " features, sha256 " + sha256.substring(0, 16) + ")";
  }
}
