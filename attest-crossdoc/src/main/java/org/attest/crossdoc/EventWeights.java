package org.attest.crossdoc;

/**
 * The weights of cross-document event coreference ({@code docs/crossdoc.md}, section 2): what a
 * candidate pair's score gains or loses per piece of evidence, and the mean pair score two
 * clusters need to merge. {@link #DEFAULT} was tuned on the ECB+ training topics and selected on
 * the development topics ({@code docs/benchmarks.md}).
 */
public record EventWeights(double sameLemma, double sameClass, double sameType, double otherType, double context,
    double contextOffset, double sharedParticipant, double actorClash, double samePlace, double otherPlace,
    double timeAgree, double factualityClash, double nonCandidate, double threshold) {

  public static final EventWeights DEFAULT =
      new EventWeights(0.5, 0.25, 0.15, -0.1, 1.5, 0.1, 0.3, -0.3, 0.2, -0.2, 0.15, -0.3, -0.2, 0.3);

  /** A copy with one weight changed by name (for tuning runs), e.g. {@code with("threshold", 0.4)}. */
  public EventWeights with(String name, double v) {
    double[] w = {sameLemma, sameClass, sameType, otherType, context, contextOffset, sharedParticipant, actorClash,
        samePlace, otherPlace, timeAgree, factualityClash, nonCandidate, threshold};
    var comps = EventWeights.class.getRecordComponents();
    for (int i = 0; i < comps.length; i++) {
      if (comps[i].getName().equals(name)) {
        w[i] = v;
        return new EventWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10], w[11], w[12], w[13]);
      }
    }
    throw new IllegalArgumentException("no event weight named " + name);
  }
}
