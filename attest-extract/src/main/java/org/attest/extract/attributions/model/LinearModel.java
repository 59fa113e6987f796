package org.attest.extract.attributions.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multi-class linear model over string features: one weight per (feature, label) plus a bias
 * per label; the score of a label is the sum of its weights over the features present. Written
 * with features in sorted order, so the same weights always give the same bytes.
 */
public final class LinearModel {

  private final String[] labels;
  private final Map<String, Integer> index;
  private final String[] features;
  private final float[] weights; // features.length * labels.length, then the biases
  private final float[] bias;

  /** Features must be sorted and distinct; {@code weights[f * labels + l]}. */
  public LinearModel(String[] labels, String[] features, float[] weights, float[] bias) {
    if (weights.length != features.length * labels.length || bias.length != labels.length) {
      throw new IllegalArgumentException("weights do not fit " + features.length + " features x " + labels.length + " labels");
    }
    this.labels = labels.clone();
    this.features = features.clone();
    this.weights = weights.clone();
    this.bias = bias.clone();
    this.index = new HashMap<>(features.length * 2);
    for (int i = 0; i < features.length; i++) {
      if (i > 0 && features[i - 1].compareTo(features[i]) >= 0) {
        throw new IllegalArgumentException("features must be sorted and distinct");
      }
      index.put(features[i], i);
    }
  }

  public List<String> labels() {
    return List.of(labels);
  }

  public int featureCount() {
    return features.length;
  }

  public int label(String name) {
    for (int i = 0; i < labels.length; i++) {
      if (labels[i].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no label " + name);
  }

  /** The same model with {@code delta} added to the bias of one label (a decision threshold). */
  public LinearModel shifted(String label, double delta) {
    float[] b = bias.clone();
    b[label(label)] += (float) delta;
    return new LinearModel(labels, features, weights, b);
  }

  /** The score of every label, in {@link #labels()} order; unknown features count nothing. */
  public double[] scores(List<String> feats) {
    double[] s = new double[labels.length];
    for (int l = 0; l < labels.length; l++) {
      s[l] = bias[l];
    }
    for (String f : feats) {
      Integer i = index.get(f);
      if (i != null) {
        int base = i * labels.length;
        for (int l = 0; l < labels.length; l++) {
          s[l] += weights[base + l];
        }
      }
    }
    return s;
  }

  /** The best label's index (the first on ties). */
  public static int argmax(double[] s) {
    int best = 0;
    for (int i = 1; i < s.length; i++) {
      if (s[i] > s[best]) {
        best = i;
      }
    }
    return best;
  }

  public void write(DataOutputStream out) throws IOException {
    out.writeUTF("attest-linear/1");
    out.writeInt(labels.length);
    for (String l : labels) {
      out.writeUTF(l);
    }
    for (float b : bias) {
      out.writeFloat(b);
    }
    out.writeInt(features.length);
    for (int i = 0; i < features.length; i++) {
      out.writeUTF(features[i]);
      for (int l = 0; l < labels.length; l++) {
        out.writeFloat(weights[i * labels.length + l]);
      }
    }
  }

  public static LinearModel read(DataInputStream in) throws IOException {
    String magic = in.readUTF();
    if (!magic.equals("attest-linear/1")) {
      throw new IOException("not a linear model (" + magic + ")");
    }
    int nl = in.readInt();
    String[] labels = new String[nl];
    for (int i = 0; i < nl; i++) {
      labels[i] = in.readUTF();
    }
    float[] bias = new float[nl];
    for (int i = 0; i < nl; i++) {
      bias[i] = in.readFloat();
    }
    int nf = in.readInt();
    String[] feats = new String[nf];
    float[] w = new float[nf * nl];
    for (int i = 0; i < nf; i++) {
      feats[i] = in.readUTF();
      for (int l = 0; l < nl; l++) {
        w[i * nl + l] = in.readFloat();
      }
    }
    return new LinearModel(labels, feats, w, bias);
  }

  @Override
  public String toString() {
    return "LinearModel" + Arrays.toString(labels) + " x " + features.length + " features";
  }
}
