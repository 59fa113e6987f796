package org.attest.eval.ecb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Coreference scores of a response partition against a key partition, as the CoNLL-2012 reference
 * scorer (v8) computes them (Pradhan et al. 2014): MUC (Vilain et al. 1995), B³ (Bagga and Baldwin
 * 1998), CEAF-e (Luo 2005, entity similarity φ4, optimal one-to-one alignment) and CoNLL F1, their
 * mean. Key and response may hold different mentions (predicted mentions): a key mention missing
 * from the response counts only against recall, a response mention missing from the key only
 * against precision. Singletons count. Plus cross-document link precision/recall: pairs of mentions
 * of different documents in one cluster.
 */
public final class CorefMetrics {

  private CorefMetrics() {}

  /** Recall, precision and F1 (fractions 0–1). */
  public record Score(double recall, double precision) {
    public double f1() {
      return recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
    }

    static Score of(double rNum, double rDen, double pNum, double pDen) {
      return new Score(rDen == 0 ? 0 : rNum / rDen, pDen == 0 ? 0 : pNum / pDen);
    }
  }

  /** All scores of one comparison. */
  public record Scores(Score muc, Score b3, Score ceafe, Score links) {
    public double conll() {
      return (muc.f1() + b3.f1() + ceafe.f1()) / 3;
    }
  }

  public static Scores all(List<? extends Set<String>> key, List<? extends Set<String>> response,
      Function<String, String> documentOf) {
    return new Scores(muc(key, response), b3(key, response), ceafe(key, response), links(key, response, documentOf));
  }

  private static Map<String, Integer> index(List<? extends Set<String>> clusters) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      for (String x : clusters.get(i)) {
        if (m.put(x, i) != null) {
          throw new IllegalArgumentException("mention " + x + " is in two clusters");
        }
      }
    }
    return m;
  }

  /** MUC: links needed to join each cluster, minus the parts the other partition splits it into. */
  public static Score muc(List<? extends Set<String>> key, List<? extends Set<String>> response) {
    double[] r = mucSide(key, index(response));
    double[] p = mucSide(response, index(key));
    return Score.of(r[0], r[1], p[0], p[1]);
  }

  private static double[] mucSide(List<? extends Set<String>> clusters, Map<String, Integer> other) {
    double num = 0;
    double den = 0;
    for (Set<String> c : clusters) {
      Set<Integer> parts = new HashSet<>();
      int unmatched = 0;
      for (String x : c) {
        Integer o = other.get(x);
        if (o == null) {
          unmatched++; // a mention the other side lacks is a part of its own
        } else {
          parts.add(o);
        }
      }
      num += c.size() - (parts.size() + unmatched);
      den += c.size() - 1;
    }
    return new double[] {num, den};
  }

  /** B³: per mention, the share of its cluster that the other partition puts with it. */
  public static Score b3(List<? extends Set<String>> key, List<? extends Set<String>> response) {
    double[] r = b3Side(key, index(response), response);
    double[] p = b3Side(response, index(key), key);
    return Score.of(r[0], r[1], p[0], p[1]);
  }

  private static double[] b3Side(List<? extends Set<String>> clusters, Map<String, Integer> otherIndex,
      List<? extends Set<String>> other) {
    double num = 0;
    double den = 0;
    for (Set<String> c : clusters) {
      Map<Integer, Integer> overlap = new HashMap<>();
      for (String x : c) {
        Integer o = otherIndex.get(x);
        if (o != null) {
          overlap.merge(o, 1, Integer::sum);
        }
      }
      for (int n : overlap.values()) {
        num += (double) n * n / c.size();
      }
      den += c.size();
    }
    return new double[] {num, den};
  }

  /** CEAF-e: the best one-to-one alignment of clusters under φ4 = 2|K∩R| / (|K| + |R|). */
  public static Score ceafe(List<? extends Set<String>> key, List<? extends Set<String>> response) {
    Map<String, Integer> rIndex = index(response);
    // Clusters that share no mention have φ4 = 0: align each connected component on its own.
    int nk = key.size();
    int[] parent = new int[nk + response.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<Long, Integer> overlap = new HashMap<>();
    for (int k = 0; k < nk; k++) {
      for (String x : key.get(k)) {
        Integer r = rIndex.get(x);
        if (r != null) {
          overlap.merge(((long) k << 32) | r, 1, Integer::sum);
          union(parent, k, nk + r);
        }
      }
    }
    Map<Integer, List<Integer>> kc = new HashMap<>();
    Map<Integer, List<Integer>> rc = new HashMap<>();
    for (int k = 0; k < nk; k++) {
      kc.computeIfAbsent(find(parent, k), x -> new ArrayList<>()).add(k);
    }
    for (int r = 0; r < response.size(); r++) {
      rc.computeIfAbsent(find(parent, nk + r), x -> new ArrayList<>()).add(r);
    }
    double total = 0;
    for (var e : kc.entrySet()) {
      List<Integer> ks = e.getValue();
      List<Integer> rs = rc.get(e.getKey());
      if (rs == null) {
        continue;
      }
      double[][] sim = new double[ks.size()][rs.size()];
      for (int i = 0; i < ks.size(); i++) {
        for (int j = 0; j < rs.size(); j++) {
          Integer n = overlap.get(((long) ks.get(i) << 32) | rs.get(j));
          if (n != null) {
            sim[i][j] = 2.0 * n / (key.get(ks.get(i)).size() + response.get(rs.get(j)).size());
          }
        }
      }
      total += maxAssignment(sim);
    }
    return Score.of(total, key.size(), total, response.size());
  }

  private static int find(int[] p, int x) {
    while (p[x] != x) {
      p[x] = p[p[x]];
      x = p[x];
    }
    return x;
  }

  private static void union(int[] p, int a, int b) {
    int ra = find(p, a);
    int rb = find(p, b);
    if (ra != rb) {
      p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** The largest total weight of a one-to-one assignment (Hungarian method, O(n³)). */
  static double maxAssignment(double[][] w) {
    int rows = w.length;
    if (rows == 0) {
      return 0;
    }
    int cols = w[0].length;
    int n = Math.max(rows, cols);
    // Minimise cost = max - w on a square matrix padded with zeros.
    double max = 0;
    for (double[] row : w) {
      for (double v : row) {
        max = Math.max(max, v);
      }
    }
    double[][] cost = new double[n + 1][n + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= n; j++) {
        double v = i <= rows && j <= cols ? w[i - 1][j - 1] : 0;
        cost[i][j] = max - v;
      }
    }
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] match = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      match[0] = i;
      int j0 = 0;
      double[] minv = new double[n + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = match[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double cur = cost[i0][j] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[match[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (match[j0] != 0);
      do {
        int j1 = way[j0];
        match[j0] = match[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    double total = 0;
    for (int j = 1; j <= n; j++) {
      int i = match[j];
      if (i >= 1 && i <= rows && j <= cols) {
        total += w[i - 1][j - 1];
      }
    }
    return total;
  }

  /** Cross-document links: unordered pairs of mentions of different documents in one cluster. */
  public static Score links(List<? extends Set<String>> key, List<? extends Set<String>> response,
      Function<String, String> documentOf) {
    Map<String, Integer> kIndex = index(key);
    Map<String, Integer> rIndex = index(response);
    long keyLinks = crossPairs(key, documentOf);
    long responseLinks = crossPairs(response, documentOf);
    long common = 0;
    for (Set<String> r : response) {
      List<String> m = new ArrayList<>(r);
      for (int i = 0; i < m.size(); i++) {
        for (int j = i + 1; j < m.size(); j++) {
          String a = m.get(i);
          String b = m.get(j);
          if (!documentOf.apply(a).equals(documentOf.apply(b))) {
            Integer ka = kIndex.get(a);
            if (ka != null && ka.equals(kIndex.get(b))) {
              common++;
            }
          }
        }
      }
    }
    if (rIndex.isEmpty() && kIndex.isEmpty()) {
      return new Score(0, 0);
    }
    return Score.of(common, keyLinks, common, responseLinks);
  }

  private static long crossPairs(List<? extends Set<String>> clusters, Function<String, String> documentOf) {
    long n = 0;
    for (Set<String> c : clusters) {
      Map<String, Integer> perDoc = new HashMap<>();
      for (String x : c) {
        perDoc.merge(documentOf.apply(x), 1, Integer::sum);
      }
      long size = c.size();
      long same = 0;
      for (int k : perDoc.values()) {
        same += (long) k * (k - 1) / 2;
      }
      n += size * (size - 1) / 2 - same;
    }
    return n;
  }
}
