package org.attest.crossdoc;

import java.lang.reflect.RecordComponent;

/**
 * The weights of cross-document event coreference ({@code docs/crossdoc.md}, section 2): what a
 * candidate pair's score gains or loses per piece of evidence, and the mean pair score two
 * clusters need to merge. {@link #DEFAULT} was tuned on the ECB+ training topics and selected on
 * the development topics ({@code docs/benchmarks.md}).
 *
 * <p>{@code storyThreshold} is the mean report likeness at which reports group into one story
 * (reports of one happening, {@link DocumentContext#stories}); {@code sameStory} and {@code
 * otherStory} are what two events gain from their reports being in one story or in two.
 *
 * <p>{@code learned} 1 scores a pair by the learned model ({@link EventPairModel}: log-odds over
 * the pair's features) instead of the hand weights above; {@code threshold} and {@code
 * nonCandidate} then apply to log-odds (dev chose -1.5 and -3). The default is 0, the hand-weighted
 * sum: the learned scorer changes the bundled samples' findings ({@code docs/benchmarks.md}).
 */
public record EventWeights(double sameLemma, double sameClass, double sameType, double otherType, double context,
    double contextOffset, double sharedParticipant, double actorClash, double samePlace, double otherPlace,
    double timeAgree, double factualityClash, double nonCandidate, double threshold, double storyThreshold,
    double sameStory, double otherStory, double storyRelax, double timeClash, double learned) {

  public static final EventWeights DEFAULT =
      new EventWeights(0.5, 0.25, 0.15, -0.1, 1.5, 0.1, 0.3, -0.3, 0.2, -0.2, 0.15, -0.3, -0.2, 0.3, 0.04, 0, 0, 0, -0.1, 0);

  /** A copy with one weight changed by name (for tuning runs), e.g. {@code with("threshold", 0.4)}. */
  public EventWeights with(String name, double v) {
    RecordComponent[] comps = EventWeights.class.getRecordComponents();
    Object[] w = new Object[comps.length];
    Class<?>[] types = new Class<?>[comps.length];
    boolean found = false;
    try {
      for (int i = 0; i < comps.length; i++) {
        types[i] = double.class;
        w[i] = comps[i].getName().equals(name) ? (Object) v : comps[i].getAccessor().invoke(this);
        found |= comps[i].getName().equals(name);
      }
      if (!found) {
        throw new IllegalArgumentException("no event weight named " + name);
      }
      return EventWeights.class.getDeclaredConstructor(types).newInstance(w);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
