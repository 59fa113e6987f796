package org.attest.crossdoc;

import java.util.Map;

/**
 * A judged candidate pair of event mentions (corpus event ids, {@code a} before {@code b} in
 * corpus order): whether it is vetoed, its score and the features the score was computed from
 * ({@code docs/crossdoc.md}, section 2), and the reasons ({@code why}: the veto's, else the evidence). Handed out for training and diagnosis.
 */
public record EventPair(String a, String b, boolean veto, double score, String why, Map<String, Double> features) {

  public EventPair {
    features = Map.copyOf(features);
  }
}
