package org.attest.eval.ecb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attest.model.Span;

/**
 * One-to-one matching of gold mention spans to system spans of one document: overlapping pairs,
 * the largest overlap first (ties: identical boundaries, then the smaller length difference, then
 * leftmost), so one long system span cannot claim several gold mentions. Deterministic.
 */
final class MentionMatcher {

  private MentionMatcher() {}

  /** gold index → system index. */
  static Map<Integer, Integer> match(List<Span> gold, List<Span> system) {
    record Pair(int g, int s, int overlap, boolean same, int lengthDiff) {}
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      Span gs = gold.get(g);
      for (int s = 0; s < system.size(); s++) {
        Span ss = system.get(s);
        if (gs.overlaps(ss)) {
          int overlap = Math.min(gs.end(), ss.end()) - Math.max(gs.begin(), ss.begin());
          pairs.add(new Pair(g, s, overlap, gs.equals(ss), Math.abs(gs.length() - ss.length())));
        }
      }
    }
    pairs.sort(Comparator.comparingInt((Pair p) -> -p.overlap())
        .thenComparing(p -> !p.same())
        .thenComparingInt(Pair::lengthDiff)
        .thenComparingInt(Pair::g)
        .thenComparingInt(Pair::s));
    boolean[] gUsed = new boolean[gold.size()];
    boolean[] sUsed = new boolean[system.size()];
    Map<Integer, Integer> out = new TreeMap<>();
    for (Pair p : pairs) {
      if (!gUsed[p.g()] && !sUsed[p.s()]) {
        gUsed[p.g()] = true;
        sUsed[p.s()] = true;
        out.put(p.g(), p.s());
      }
    }
    return out;
  }
}
