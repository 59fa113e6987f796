package org.attest.crossdoc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attest.model.Entity;
import org.attest.model.Event;
import org.attest.model.Mention;
import org.attest.model.TimeExpression;

/**
 * How alike two reports are: the cosine of their bags of features — the corpus entities they name,
 * the event lemmas they report, the dates they give — each weighted by how rare it is in the
 * corpus (idf = ln(1 + N / df)) and by a dampened count (1 + ln n). Two reports of one happening
 * name the same people and places; two reports of two earthquakes share "earthquake" but not the
 * places. A syndicated copy is as alike as its original (1). Deterministic: sums run in key order.
 */
final class DocumentContext {

  static final DocumentContext NONE = new DocumentContext(Map.of(), Map.of(), Map.of());

  private final Map<String, Map<String, Double>> vectors;
  /** The same bags without the corpus-wide rarity weight: each report's own counts only. */
  private final Map<String, Map<String, Double>> plainVectors;
  private final Map<String, String> copyRoot;
  private final Map<Long, Double> memo = new HashMap<>();
  private final Map<String, Integer> docIndex = new HashMap<>();

  private DocumentContext(Map<String, Map<String, Double>> vectors, Map<String, Map<String, Double>> plainVectors,
      Map<String, String> copyRoot) {
    this.vectors = vectors;
    this.plainVectors = plainVectors;
    this.copyRoot = copyRoot;
    int i = 0;
    for (String d : new TreeMap<>(vectors).keySet()) {
      docIndex.put(d, i++);
    }
  }

  static DocumentContext of(List<Entity> entities, List<Event> events, List<TimeExpression> times,
      Map<String, String> copyOf) {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        counts.computeIfAbsent(m.doc(), k -> new TreeMap<>()).merge("e:" + e.id(), 1, Integer::sum);
      }
    }
    for (Event v : events) {
      String l = EventKeys.lemma(v);
      if (!l.isEmpty()) {
        counts.computeIfAbsent(v.doc(), k -> new TreeMap<>()).merge("l:" + l, 1, Integer::sum);
      }
    }
    for (TimeExpression t : times) {
      if (t.value() != null && t.value().matches("\\d{4}-\\d{2}(-\\d{2})?")) {
        counts.computeIfAbsent(t.doc(), k -> new TreeMap<>()).merge("t:" + t.value(), 1, Integer::sum);
      }
    }
    int n = counts.size();
    Map<String, Integer> df = new TreeMap<>();
    for (Map<String, Integer> c : counts.values()) {
      for (String f : c.keySet()) {
        df.merge(f, 1, Integer::sum);
      }
    }
    Map<String, Map<String, Double>> vectors = new TreeMap<>();
    Map<String, Map<String, Double>> plain = new TreeMap<>();
    for (var e : counts.entrySet()) {
      Map<String, Double> p = new TreeMap<>();
      for (var f : e.getValue().entrySet()) {
        p.put(f.getKey(), 1 + Math.log(f.getValue()));
      }
      plain.put(e.getKey(), normalised(p));
      Map<String, Double> v = new TreeMap<>();
      for (var f : e.getValue().entrySet()) {
        v.put(f.getKey(), (1 + Math.log(f.getValue())) * Math.log(1 + (double) n / df.get(f.getKey())));
      }
      vectors.put(e.getKey(), normalised(v));
    }
    Map<String, String> roots = new HashMap<>();
    if (copyOf != null) {
      for (String d : copyOf.keySet()) {
        String r = d;
        for (int guard = 0; copyOf.containsKey(r) && guard < 100; guard++) {
          r = copyOf.get(r);
        }
        roots.put(d, r);
      }
    }
    return new DocumentContext(vectors, plain, roots);
  }

  private static Map<String, Double> normalised(Map<String, Double> v) {
    double norm = 0;
    for (double w : v.values()) {
      norm += w * w;
    }
    double len = Math.sqrt(norm);
    if (len > 0) {
      v.replaceAll((k, w) -> w / len);
    }
    return v;
  }

  /**
   * Cosine of the two reports' bags without the corpus-wide rarity weight (each feature counts
   * 1 + ln n): depends on the two reports alone, not on which other reports the corpus holds.
   * 1 for a document and its copies.
   */
  double plainSimilarity(String a, String b) {
    if (a.equals(b) || root(a).equals(root(b))) {
      return 1;
    }
    Map<String, Double> va = plainVectors.get(a);
    Map<String, Double> vb = plainVectors.get(b);
    return va == null || vb == null ? 0 : dot(va, vb);
  }

  private String root(String doc) {
    return copyRoot.getOrDefault(doc, doc);
  }

  /** Whether the two documents name at least one common corpus entity (or one copies the other). */
  boolean shareAnEntity(String a, String b) {
    if (a.equals(b) || root(a).equals(root(b))) {
      return true;
    }
    Map<String, Double> va = vectors.get(a);
    Map<String, Double> vb = vectors.get(b);
    if (va == null || vb == null) {
      return false;
    }
    for (String k : va.keySet()) {
      if (k.startsWith("e:") && vb.containsKey(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Groups the documents into stories: reports of one happening. Average-link agglomeration over
   * {@link #similarity}: the two groups whose documents are most alike on average merge while that
   * mean is at least {@code threshold}. Only documents sharing a feature are ever compared (an
   * inverted index), pairs never compared count 0 in the mean. Returns each document's story
   * number (the index of its earliest document in key order); deterministic.
   */
  Map<String, Integer> stories(double threshold) {
    List<String> docs = new java.util.ArrayList<>(new TreeMap<>(vectors).keySet());
    int n = docs.size();
    Map<String, List<Integer>> index = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      for (String f : vectors.get(docs.get(i)).keySet()) {
        index.computeIfAbsent(f, k -> new java.util.ArrayList<>()).add(i);
      }
    }
    List<Map<Integer, Double>> sum = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      sum.add(new HashMap<>());
    }
    for (List<Integer> block : index.values()) {
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          int i = block.get(x);
          int j = block.get(y);
          if (!sum.get(i).containsKey(j)) {
            double s = similarity(docs.get(i), docs.get(j));
            sum.get(i).put(j, s);
            sum.get(j).put(i, s);
          }
        }
      }
    }
    int[] size = new int[n];
    int[] version = new int[n];
    boolean[] alive = new boolean[n];
    List<List<Integer>> members = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      alive[i] = true;
      members.add(new java.util.ArrayList<>(List.of(i)));
    }
    // Lazily updated queue of (mean, a, b); ties break on the lower indices.
    java.util.PriorityQueue<double[]> queue = new java.util.PriorityQueue<>((x, y) -> x[0] != y[0]
        ? Double.compare(y[0], x[0]) : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
    for (int a = 0; a < n; a++) {
      for (var e : new TreeMap<>(sum.get(a)).entrySet()) {
        if (e.getKey() > a) {
          queue.add(new double[] {e.getValue(), a, e.getKey(), 0, 0});
        }
      }
    }
    while (!queue.isEmpty()) {
      double[] top = queue.poll();
      int a = (int) top[1];
      int b = (int) top[2];
      if (!alive[a] || !alive[b] || version[a] != (int) top[3] || version[b] != (int) top[4]) {
        continue;
      }
      if (top[0] < threshold) {
        break;
      }
      alive[b] = false;
      size[a] += size[b];
      version[a]++;
      members.get(a).addAll(members.get(b));
      Map<Integer, Double> la = sum.get(a);
      la.remove(b);
      for (var e : sum.get(b).entrySet()) {
        int c = e.getKey();
        if (c == a || !alive[c]) {
          continue;
        }
        la.merge(c, e.getValue(), Double::sum);
        sum.get(c).remove(b);
        sum.get(c).put(a, la.get(c));
      }
      sum.get(b).clear();
      for (var e : new TreeMap<>(la).entrySet()) {
        int c = e.getKey();
        if (alive[c]) {
          int lo = Math.min(a, c);
          int hi = Math.max(a, c);
          queue.add(new double[] {e.getValue() / ((double) size[a] * size[c]), lo, hi, version[lo], version[hi]});
        }
      }
    }
    int[] story = new int[n];
    for (int i = 0; i < n; i++) {
      if (alive[i]) {
        for (int m : members.get(i)) {
          story[m] = i;
        }
      }
    }
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(docs.get(i), story[i]);
    }
    return out;
  }

  /** Cosine similarity of two documents' feature vectors, 1 for a document and its copies. */
  double similarity(String a, String b) {
    if (a.equals(b) || root(a).equals(root(b))) {
      return 1;
    }
    Integer ia = docIndex.get(a);
    Integer ib = docIndex.get(b);
    if (ia == null || ib == null) {
      return 0;
    }
    long key = PairKeys.of(ia, ib);
    Double cached = memo.get(key);
    if (cached != null) {
      return cached;
    }
    double dot = dot(vectors.get(a), vectors.get(b));
    memo.put(key, dot);
    return dot;
  }

  /** The dot product of two sparse vectors (the smaller one iterated, in key order). */
  private static double dot(Map<String, Double> va, Map<String, Double> vb) {
    if (va.size() > vb.size()) {
      Map<String, Double> t = va;
      va = vb;
      vb = t;
    }
    double dot = 0;
    for (var e : va.entrySet()) {
      Double w = vb.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot;
  }
}
