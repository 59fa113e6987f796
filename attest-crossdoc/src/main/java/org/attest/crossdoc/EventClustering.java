package org.attest.crossdoc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.attest.model.Event;
import org.attest.model.EventType;
import org.attest.model.Modality;
import org.attest.model.Polarity;
import org.attest.model.TimexInterval;

/**
 * Groups event mentions into real-world events. Candidates are pairs sharing a blocking key
 * ({@link EventKeys}: lemma, event class, PLOVER type); each candidate pair gets a score from what
 * the two mentions share or contradict (predicate, type, participants, place, time, quantity,
 * factuality) and how alike their two reports are ({@link DocumentContext}); hard contradictions
 * veto. Clusters are then built by average-link agglomeration: the two clusters with the highest
 * mean pair score merge while that mean is above the threshold and no pair between them is
 * vetoed. Rules and weights: {@code docs/crossdoc.md}.
 */
final class EventClustering {

  /** Below this likeness, two reports need a shared participant, place or date for their events to be candidates. */
  static final double MIN_CONTEXT = 0.08;
  /** Reports this alike (and no place against it) pin two dated counts to one event. */
  static final double ALIKE_REPORTS = 0.3;

  /** A scored candidate pair. */
  record Judgement(double score, boolean veto, String why, Map<String, Double> features) {
    Judgement(double score, boolean veto, String why) {
      this(score, veto, why, Map.of());
    }
  }


  /**
   * The features of a pair that neither a learned model scores nor a trainer reads: every put is
   * dropped (the hand weights score pairs without them; building them cost a map per judged pair).
   */
  private static final Map<String, Double> UNUSED_FEATURES = new java.util.AbstractMap<>() {
    @Override
    public Double put(String key, Double value) {
      return null;
    }

    @Override
    public java.util.Set<Map.Entry<String, Double>> entrySet() {
      return java.util.Set.of();
    }
  };

  private final Map<String, String> timeValue;
  private final Map<String, String> entityName;
  private final DocumentContext context;
  private final EventWeights params;
  /** The learned pair scorer, null when the weights are hand-set ({@code learned} 0). */
  private final EventPairModel model;
  /** Where every judged candidate pair goes (training), or null. */
  private final java.util.function.Consumer<EventPair> pairs;
  final List<EventCluster> clusters = new ArrayList<>();
  final Map<String, String> clusterOf = new HashMap<>();

  private final java.util.function.Function<List<List<String>>, List<String>> clusterIds;
  /** Each document's story ({@link DocumentContext#stories}). */
  private final Map<String, Integer> stories;

  EventClustering(List<Event> events, Map<String, String> timeValue, Map<String, String> entityName) {
    this(events, timeValue, entityName, DocumentContext.NONE, EventWeights.DEFAULT, EventPairModel.shipped(), null, null);
  }

  /**
   * @param clusterIds ids for the clusters, given each cluster's event ids in order (the stable
   *     ids); null numbers them c1, c2 … in order
   */
  EventClustering(List<Event> events, Map<String, String> timeValue, Map<String, String> entityName,
      DocumentContext context, EventWeights params, EventPairModel model,
      java.util.function.Function<List<List<String>>, List<String>> clusterIds, java.util.function.Consumer<EventPair> pairs) {
    this.timeValue = timeValue;
    this.model = params.learned() > 0 ? model : null;
    this.pairs = pairs;
    this.entityName = entityName;
    this.context = context;
    this.params = params;
    this.clusterIds = clusterIds;
    // Stories cost a pass over every pair of alike reports: computed only when a weight uses them.
    boolean useStories = params.sameStory() != 0 || params.otherStory() != 0 || params.storyRelax() != 0;
    this.stories = useStories ? context.stories(params.storyThreshold()) : Map.of();
    build(events);
  }

  private record Link(double sum, int candidates, boolean veto) {
    Link plus(Link o) {
      return new Link(sum + o.sum, candidates + o.candidates, veto || o.veto);
    }
  }

  private record Entry(double mean, int a, int b, int versionA, int versionB) {}

  private void build(List<Event> events) {
    int n = events.size();
    List<List<String>> keys = new ArrayList<>(n);
    Map<String, List<Integer>> byKey = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      List<String> k = EventKeys.of(events.get(i));
      keys.add(k);
      for (String key : k) {
        byKey.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
      }
    }
    // Candidate pairs (i < j), scored once.
    Map<Integer, Map<Integer, Link>> adj = new HashMap<>();
    Set<Long> seen = new HashSet<>();
    for (List<Integer> block : byKey.values()) {
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          int i = block.get(x);
          int j = block.get(y);
          if (!seen.add(PairKeys.of(i, j))) {
            continue;
          }
          Judgement jd = judge(events.get(i), events.get(j));
          if (jd == null) {
            continue;
          }
          if (pairs != null) {
            pairs.accept(new EventPair(events.get(i).id(), events.get(j).id(), jd.veto(), jd.score(), jd.why(), jd.features()));
          }
          Link l = new Link(jd.score(), 1, jd.veto());
          adj.computeIfAbsent(i, k -> new HashMap<>()).put(j, l);
          adj.computeIfAbsent(j, k -> new HashMap<>()).put(i, l);
        }
      }
    }
    // Average-link agglomeration with a lazily updated priority queue; ties break on ids.
    int[] size = new int[n];
    int[] version = new int[n];
    boolean[] alive = new boolean[n];
    List<List<Integer>> members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      alive[i] = true;
      List<Integer> m = new ArrayList<>();
      m.add(i);
      members.add(m);
    }
    PriorityQueue<Entry> queue = new PriorityQueue<>(Comparator.comparingDouble((Entry e) -> -e.mean())
        .thenComparingInt(Entry::a).thenComparingInt(Entry::b));
    for (var e : new TreeMap<>(adj).entrySet()) {
      for (var f : new TreeMap<>(e.getValue()).entrySet()) {
        if (e.getKey() < f.getKey()) {
          offer(queue, e.getKey(), f.getKey(), f.getValue(), size, version);
        }
      }
    }
    while (!queue.isEmpty()) {
      Entry top = queue.poll();
      if (!alive[top.a()] || !alive[top.b()] || version[top.a()] != top.versionA() || version[top.b()] != top.versionB()) {
        continue;
      }
      if (top.mean() <= params.threshold()) {
        break;
      }
      int a = top.a();
      int b = top.b();
      // b joins a (a < b: the surviving cluster is the one with the earlier event).
      alive[b] = false;
      members.get(a).addAll(members.get(b));
      size[a] += size[b];
      version[a]++;
      Map<Integer, Link> la = adj.computeIfAbsent(a, k -> new HashMap<>());
      Map<Integer, Link> lb = adj.getOrDefault(b, Map.of());
      la.remove(b);
      for (var e : lb.entrySet()) {
        int c = e.getKey();
        if (c == a || !alive[c]) {
          continue;
        }
        Link merged = la.containsKey(c) ? la.get(c).plus(e.getValue()) : e.getValue();
        la.put(c, merged);
        Map<Integer, Link> lc = adj.get(c);
        lc.remove(b);
        lc.put(a, merged);
      }
      adj.remove(b);
      for (var e : new TreeMap<>(la).entrySet()) {
        int c = e.getKey();
        if (alive[c]) {
          offer(queue, Math.min(a, c), Math.max(a, c), e.getValue(), size, version);
        }
      }
    }
    List<List<Event>> result = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (alive[i]) {
        List<Integer> m = new ArrayList<>(members.get(i));
        m.sort(Integer::compare);
        result.add(m.stream().map(events::get).toList());
      }
    }
    // Clusters in corpus order of their first event.
    List<String> ids = clusterIds == null ? null
        : clusterIds.apply(result.stream().map(m -> m.stream().map(Event::id).toList()).toList());
    for (int i = 0; i < result.size(); i++) {
      List<Event> m = result.get(i);
      String id = ids == null ? "c" + (i + 1) : ids.get(i);
      Set<String> actors = new LinkedHashSet<>();
      List<String> evidence = new ArrayList<>();
      for (int k = 0; k < m.size(); k++) {
        Event e = m.get(k);
        actors.addAll(e.actor());
        clusterOf.put(e.id(), id);
        if (k > 0) {
          evidence.add(evidenceLine(m, k));
        }
      }
      clusters.add(new EventCluster(id, m.stream().map(Event::id).toList(), m.get(0).type(),
          new ArrayList<>(actors), clusterTime(m), evidence));
    }
  }

  private void offer(PriorityQueue<Entry> q, int a, int b, Link l, int[] size, int[] version) {
    if (l.veto()) {
      return;
    }
    double pairs = (double) size[a] * size[b];
    double mean = (l.sum() + params.nonCandidate() * (pairs - l.candidates())) / pairs;
    q.add(new Entry(mean, a, b, version[a], version[b]));
  }

  /** "v3 (d3) joined v1 (d1): why" against the first member, else the best-scoring earlier member. */
  private String evidenceLine(List<Event> m, int k) {
    Event e = m.get(k);
    Judgement best = null;
    Event bestWith = null;
    for (int j = 0; j < k; j++) {
      Judgement jd = judge(m.get(j), e);
      if (jd == null || jd.veto()) {
        continue;
      }
      if (j == 0) {
        best = jd;
        bestWith = m.get(0);
        break;
      }
      if (best == null || jd.score() > best.score()) {
        best = jd;
        bestWith = m.get(j);
      }
    }
    if (best == null) {
      return e.id() + " (" + e.doc() + ") joined " + m.get(0).id() + " (" + m.get(0).doc() + "): through the cluster's other members";
    }
    return e.id() + " (" + e.doc() + ") joined " + bestWith.id() + " (" + bestWith.doc() + "): " + best.why();
  }

  /** ACTUAL and NEGATED talk about the same fact (one affirms, one negates); PLANNED and POSSIBLE do not. */
  static String factuality(Event e) {
    Modality m = e.modality() == null ? Modality.ACTUAL : e.modality();
    return m == Modality.NEGATED ? "ACTUAL" : m.name();
  }

  static boolean negated(Event e) {
    return e.modality() == Modality.NEGATED || e.polarity() == Polarity.NEGATIVE;
  }

  static boolean actual(Event e) {
    return (e.modality() == null || e.modality() == Modality.ACTUAL) && e.polarity() != Polarity.NEGATIVE;
  }

  String time(Event e) {
    return e.time() == null ? null : timeValue.get(e.time());
  }

  /**
   * The score of two mentions being one event, with the reasons; {@code veto} when they may not be
   * one event whatever else they share; null when they are not candidates at all. The score is the
   * learned model's log-odds over the pair's {@code features} when the weights say {@code learned},
   * else the hand-weighted sum.
   */
  Judgement judge(Event a, Event b) {
    boolean sameDoc = a.doc().equals(b.doc());
    String la = EventKeys.lemma(a);
    String lb = EventKeys.lemma(b);
    List<String> why = new ArrayList<>();
    boolean collect = model != null || pairs != null;
    Map<String, Double> f = collect ? new TreeMap<>() : UNUSED_FEATURES;
    double score = 0;
    boolean sameLemma = !la.isEmpty() && la.equals(lb);
    boolean typed = a.type() != null && a.type() != EventType.OTHER && b.type() != null && b.type() != EventType.OTHER;
    boolean sameType = typed && a.type() == b.type();
    String sharedClass = null;
    for (String c : EventKeys.classes(la)) {
      if (EventKeys.classes(lb).contains(c)) {
        sharedClass = c;
        break;
      }
    }
    String kindFeature;
    if (sameLemma) {
      score += params.sameLemma();
      kindFeature = "lemma";
      why.add("same predicate '" + la + "'");
    } else if (sameDoc) {
      return null; // within one report, only the same predicate repeated names the same event
    } else if (sharedClass != null) {
      score += params.sameClass();
      kindFeature = "class";
      why.add("related predicates '" + la + "'/'" + lb + "' (" + sharedClass + ")");
    } else if (!sameType) {
      return null;
    } else {
      kindFeature = "typeOnly";
    }
    f.put(kindFeature, 1.0);
    if (EventKeys.nominal(a) != EventKeys.nominal(b)) {
      f.put("nounVerb", 1.0);
    }
    if (sameType) {
      score += params.sameType();
      f.put("type.same", 1.0);
      why.add("same type " + a.type());
    } else if (typed) {
      score += params.otherType();
      f.put("type.other", 1.0);
      why.add("types " + a.type() + "/" + b.type());
    }
    // In one story (reports of one happening) different named actors and different dates are
    // evidence against, not vetoes: the extractor's actors and dates are often partial.
    boolean relaxed = !sameDoc && params.storyRelax() > 0 && sameStory(a.doc(), b.doc());
    boolean factualityDiffers = !factuality(a).equals(factuality(b));
    if (factualityDiffers) {
      if (a.quantity() != null && b.quantity() != null) {
        return new Judgement(0, true, "a plan and a deed with figures");
      }
      score += params.factualityClash();
      f.put("factuality.differs", 1.0);
      why.add(factuality(a) + " / " + factuality(b));
    }
    // Participants.
    Set<String> shared = new LinkedHashSet<>(a.actor());
    shared.retainAll(b.actor());
    boolean sharedActor = !shared.isEmpty();
    boolean sharedTarget = a.target() != null && a.target().equals(b.target());
    boolean reversed = a.target() != null && b.target() != null && b.actor().contains(a.target())
        && a.actor().contains(b.target()) && !sharedActor;
    if (reversed) {
      return new Judgement(0, true, "roles reversed");
    }
    if (sharedActor) {
      score += params.sharedParticipant();
      f.put("actor.shared", 1.0);
      why.add("shared actor " + names(shared));
    } else if (!a.actor().isEmpty() && !b.actor().isEmpty()) {
      if (named(a.actor()) && named(b.actor())) {
        if (!relaxed) {
          // Greece condemned it, the United States condemned it: two statements, not one.
          return new Judgement(0, true, "different actors");
        }
        f.put("actor.clashNamed", 1.0);
      }
      score += params.actorClash(); // "police" and "officers" may be one actor described twice
      f.put("actor.clash", 1.0);
      why.add("different actors");
    } else if (a.actor().isEmpty() != b.actor().isEmpty()) {
      f.put("actor.oneUnknown", 1.0);
    }
    if (sharedTarget) {
      score += params.sharedParticipant();
      f.put("target.shared", 1.0);
      why.add("same target " + name(a.target()));
    } else if (a.target() != null && b.target() != null) {
      score += params.actorClash();
      f.put("target.clash", 1.0);
      why.add("different targets");
    }
    boolean samePlace = a.location() != null && a.location().equals(b.location());
    if (samePlace) {
      score += params.samePlace();
      f.put("place.same", 1.0);
      why.add("same place " + name(a.location()));
    } else if (a.location() != null && b.location() != null) {
      score += params.otherPlace();
      f.put("place.other", 1.0);
      why.add("different places");
    }
    String ua = QuantityRange.unitKey(a.quantity());
    String ub = QuantityRange.unitKey(b.quantity());
    if (ua != null && ub != null && !ua.equals(ub)) {
      return new Judgement(0, true, "they count different things");
    }
    // Time: known and compatible is evidence; unknown is none; known and different vetoes.
    String ta = time(a);
    String tb = time(b);
    boolean timesKnown = TimexInterval.parse(ta) != null && TimexInterval.parse(tb) != null;
    boolean timesAgree = TimexInterval.compatible(ta, tb);
    boolean quantitiesConflict = QuantityRange.conflicting(a.quantity(), b.quantity());
    boolean quantitiesAgree = QuantityRange.agreeing(a.quantity(), b.quantity());
    boolean kind = sameLemma || sameType || sharedClass != null;
    boolean pinned = kind && sharedActor && (sharedTarget || samePlace);
    if (!timesAgree) {
      // Different dates join only when everything else pins one event (then it is a DATE_CONFLICT).
      // (inside one story, with relaxed vetoes, the clash is a penalty instead).
      if (pinned && quantitiesAgree) {
        f.put("time.clashPinned", 1.0);
        why.add("same quantity (" + a.quantity().text() + " / " + b.quantity().text() + ") despite times " + ta + " / " + tb);
      } else if (relaxed) {
        score += params.timeClash();
        f.put("time.clash", 1.0);
        why.add("times " + ta + " / " + tb + " differ");
      } else {
        return new Judgement(0, true, "times " + ta + " / " + tb + " differ");
      }
    } else if (timesKnown) {
      score += params.timeAgree();
      f.put("time.agree", 1.0);
      why.add("times " + ta + " / " + tb + " compatible");
    } else {
      f.put("time.unknown", 1.0);
      why.add("time unknown on one side");
    }
    if (quantitiesConflict) {
      // Different numbers join only for one dated event pinned by a participant or the place
      // (then it is a QUANTITY_CONFLICT); passive reports ("120 killed in X") have no actor.
      boolean placesAgree = a.location() == null || b.location() == null || samePlace;
      boolean alike = !sameDoc && placesAgree && context.similarity(a.doc(), b.doc()) >= ALIKE_REPORTS;
      boolean anchored = kind && (sharedActor || sharedTarget || samePlace || alike) && timesKnown && timesAgree;
      if (!anchored) {
        return new Judgement(0, true, "different quantities without a shared date and participant or place");
      }
      f.put("quantity.conflict", 1.0);
      why.add("different quantities (" + a.quantity().text() + " / " + b.quantity().text() + ")");
    } else if (quantitiesAgree && timesAgree) {
      f.put("quantity.agree", 1.0);
      why.add("same quantity");
    }
    double ctx = sameDoc ? 1 : context.similarity(a.doc(), b.doc());
    boolean anchor = sharedActor || sharedTarget || samePlace || (timesKnown && timesAgree) || ctx >= MIN_CONTEXT
        || sameDoc || context.shareAnEntity(a.doc(), b.doc());
    if (!anchor) {
      // The same word in two unrelated reports ("accused") is not one event: a participant, the
      // place, the date, a name both reports give, or a likeness of the two reports must tie them.
      return new Judgement(0, true, "nothing ties the two reports");
    }
    score += params.context() * (ctx - params.contextOffset());
    if (sameDoc) {
      f.put("sameReport", 1.0);
    } else if (collect) {
      reportFeatures(f, kindFeature, ctx, a.doc(), b.doc());
    }
    if (!sameDoc) {
      why.add(String.format(java.util.Locale.ROOT, "reports alike %.2f", ctx));
      if (sameStory(a.doc(), b.doc())) {
        score += params.sameStory();
        why.add("one story");
      } else if (stories.containsKey(a.doc()) && stories.containsKey(b.doc())) {
        score += params.otherStory();
        why.add("different stories");
      }
    } else {
      why.add("same report");
    }
    if (model != null) {
      score = model.score(f);
    }
    return new Judgement(score, false, String.join("; ", why), f);
  }

  /** What the two reports share, as features: likeness (overall and by the pair's kind of match), in bands. */
  private void reportFeatures(Map<String, Double> f, String kindFeature, double ctx, String da, String db) {
    f.put("report.alike", ctx);
    f.put("report.alike*" + kindFeature, ctx);
    for (double band : new double[] {0.05, 0.1, 0.2, 0.3, 0.5}) {
      if (ctx >= band) {
        f.put("report.alike>=" + band, 1.0);
      }
    }
    if (context.shareAnEntity(da, db)) {
      f.put("report.shareAName", 1.0);
    }
    double plain = context.plainSimilarity(da, db);
    f.put("report.plain", plain);
    f.put("report.plain*" + kindFeature, plain);
  }

  /** The learned pair scorer in use, or null when the hand weights score the pairs. */
  EventPairModel model() {
    return model;
  }

  /** Whether two documents' reports were grouped into one story. */
  boolean sameStory(String a, String b) {
    Integer x = stories.get(a);
    return x != null && x.equals(stories.get(b));
  }

  /** Whether every actor is known by a proper name (not a description such as "the officers"). */
  private boolean named(List<String> actors) {
    for (String id : actors) {
      String n = entityName.get(id);
      if (n == null || !NameKey.isProperName(n)) {
        return false;
      }
    }
    return true;
  }

  private String name(String id) {
    String n = entityName.get(id);
    return n == null ? id : id + " '" + n + "'";
  }

  private String names(Set<String> ids) {
    return String.join(", ", ids.stream().map(this::name).toList());
  }

  /** The most precise member time compatible with every other member time, else the first's. */
  private String clusterTime(List<Event> m) {
    String best = null;
    TimexInterval bestRange = null;
    for (Event e : m) {
      String t = time(e);
      TimexInterval r = TimexInterval.parse(t);
      if (r == null) {
        continue;
      }
      boolean agreesWithAll = m.stream().allMatch(x -> TimexInterval.compatible(t, time(x)));
      if (agreesWithAll && (bestRange == null || r.days() < bestRange.days())) {
        best = t;
        bestRange = r;
      }
    }
    if (best != null) {
      return best;
    }
    return m.stream().map(this::time).filter(Objects::nonNull).findFirst().orElse(null);
  }
}
