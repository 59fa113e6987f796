package org.attest.eval.meantime;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Counts for one metric: {@code correct} of {@code predicted} system items and of {@code gold}
 * items. Precision = correct/predicted, recall = correct/gold, F1 their harmonic mean (0 where a
 * denominator is 0). Counts add across documents (micro-average).
 */
public record Prf(int correct, int predicted, int gold) {

  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf plus(Prf o) {
    return new Prf(correct + o.correct, predicted + o.predicted, gold + o.gold);
  }

  @JsonProperty("precision")
  public double precision() {
    return predicted == 0 ? 0 : round((double) correct / predicted);
  }

  @JsonProperty("recall")
  public double recall() {
    return gold == 0 ? 0 : round((double) correct / gold);
  }

  @JsonProperty("f1")
  public double f1() {
    double p = predicted == 0 ? 0 : (double) correct / predicted;
    double r = gold == 0 ? 0 : (double) correct / gold;
    return p + r == 0 ? 0 : round(2 * p * r / (p + r));
  }

  /** Four decimals: enough for a benchmark table, stable in JSON. */
  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }
}
