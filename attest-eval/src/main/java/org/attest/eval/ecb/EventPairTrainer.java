package org.attest.eval.ecb;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attest.crossdoc.CorpusInput;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.CorpusResolver;
import org.attest.crossdoc.EventPair;
import org.attest.crossdoc.EventPairModel;
import org.attest.crossdoc.EventWeights;
import org.attest.model.Event;
import org.attest.model.Span;

/**
 * Trains the {@link EventPairModel} on ECB+ topics (the training topics only): every candidate
 * event pair the resolver judges (not vetoed) whose two events both match gold event mentions is
 * an example, positive when the two gold mentions are in one chain. L2-regularised logistic
 * regression (LIBLINEAR, primal trust region, seeded); the same topics and options always give the
 * same model bytes.
 */
public final class EventPairTrainer {

  /** Regularisation C, the name the model is known by, the seed, and which features to leave out (prefixes). */
  public record Options(double c, String name, long seed, List<String> without) {
    public static Options defaults() {
      return new Options(1.0, "ecbplus-train-lr", 1L, List.of());
    }
  }

  /**
   * The examples' count and the model; {@code missed}: how the same-event pairs of matched events
   * fared (judged and not vetoed, vetoed by reason, or never candidates), for diagnosis.
   */
  public record Result(EventPairModel model, int examples, int positives, Map<String, Integer> sameEventPairs) {}

  private EventPairTrainer() {}

  public static Result train(EcbEvaluation.Prepared p, Options o) {
    Map<String, Integer> fate = new TreeMap<>();
    List<Map<String, Double>> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    // The features do not depend on the weights or the model: the shipped resolver judges the pairs.
    CorpusResolver resolver = new CorpusResolver(EventWeights.DEFAULT);
    for (EcbEvaluation.Topic topic : p.data()) {
      List<EventPair> pairs = new ArrayList<>();
      CorpusLedger corpus = resolver.resolve(new CorpusInput(topic.ledgers(), Map.of(), List.of()), pairs::add);
      Map<String, String> chain = goldChains(topic, corpus, p.scored());
      Map<String, Integer> perChain = new TreeMap<>();
      chain.values().forEach(c -> perChain.merge(c, 1, Integer::sum));
      int judgedSame = 0;
      for (EventPair pair : pairs) {
        String ca = chain.get(pair.a());
        String cb = chain.get(pair.b());
        if (ca == null || cb == null) {
          continue;
        }
        if (ca.equals(cb)) {
          judgedSame++;
          fate.merge(pair.veto() ? "vetoed: " + pair.why().replaceAll(" [^ ]*[0-9][^ ]* / [^ ]*", " X / Y") : "judged",
              1, Integer::sum);
        }
        if (pair.veto()) {
          continue;
        }
        Map<String, Double> f = new TreeMap<>();
        pair.features().forEach((k, v) -> {
          if (o.without().stream().noneMatch(k::startsWith)) {
            f.put(k, v);
          }
        });
        xs.add(f);
        ys.add(ca.equals(cb));
      }
      int all = perChain.values().stream().mapToInt(k -> k * (k - 1) / 2).sum();
      fate.merge("never candidates", all - judgedSame, Integer::sum);
    }
    TreeSet<String> names = new TreeSet<>();
    xs.forEach(x -> names.addAll(x.keySet()));
    // Evidence against may not count for: a contradiction feature that learns a positive weight
    // (on ECB+ many gold pairs have partial, differing actors) is left out and the model refitted.
    while (true) {
      Result r = fit(xs, ys, new ArrayList<>(names), o);
      List<String> wrongWay = r.model().weights().entrySet().stream()
          .filter(e -> AGAINST.stream().anyMatch(e.getKey()::equals) && e.getValue() > 0).map(Map.Entry::getKey).toList();
      if (wrongWay.isEmpty()) {
        return new Result(r.model(), r.examples(), r.positives(), fate);
      }
      names.removeAll(wrongWay);
    }
  }

  /** The features that say two events differ: their weight may not be positive. */
  static final List<String> AGAINST = List.of("actor.clash", "actor.clashNamed", "target.clash", "place.other", "type.other",
      "factuality.differs", "time.clash", "quantity.conflict");

  private static Result fit(List<Map<String, Double>> xs, List<Boolean> ys, List<String> feats, Options o) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < feats.size(); i++) {
      index.put(feats.get(i), i + 1);
    }
    int n = feats.size() + 1;
    Problem prob = new Problem();
    prob.l = xs.size();
    prob.n = n;
    prob.bias = 1;
    prob.x = new Feature[prob.l][];
    prob.y = new double[prob.l];
    int positives = 0;
    for (int i = 0; i < prob.l; i++) {
      Map<String, Double> x = xs.get(i);
      List<Feature> fs = new ArrayList<>();
      for (var e : new TreeMap<>(x).entrySet()) {
        Integer id = index.get(e.getKey());
        if (id != null) {
          fs.add(new FeatureNode(id, e.getValue()));
        }
      }
      fs.add(new FeatureNode(n, 1.0));
      prob.x[i] = fs.toArray(new Feature[0]);
      prob.y[i] = ys.get(i) ? 1 : 0;
      positives += ys.get(i) ? 1 : 0;
    }
    if (positives == 0 || positives == prob.l) {
      throw new IllegalArgumentException("event-pair training needs both same-event and different-event pairs");
    }
    Parameter param = new Parameter(SolverType.L2R_LR, o.c(), 1e-4);
    param.setRandom(new Random(o.seed()));
    Linear.disableDebugOutput();
    Model m = Linear.train(prob, param);
    // Binary: one weight vector, for the model's first label; make it the log-odds of "same event".
    double sign = m.getLabels()[0] == 1 ? 1 : -1;
    Map<String, Double> w = new TreeMap<>();
    for (int i = 0; i < feats.size(); i++) {
      w.put(feats.get(i), round(sign * m.getDecfunCoef(i + 1, 0)));
    }
    return new Result(new EventPairModel(o.name(), round(sign * m.getDecfunBias(0)), w), prob.l, positives, Map.of());
  }

  /** Nine significant digits, as the model file writes them: a trained model and its reread copy score alike. */
  private static double round(double v) {
    return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.9g", v));
  }

  /**
   * Each corpus event's gold chain, through the same one-to-one span matching the evaluation uses
   * (every mention of the event in the scored sentences; the chain most of its matched mentions are
   * in, the first on ties); events none of whose mentions match are left out.
   */
  static Map<String, String> goldChains(EcbEvaluation.Topic topic, CorpusLedger corpus, Map<String, Set<Integer>> scored) {
    Map<String, String> out = new TreeMap<>();
    for (EcbDocument d : topic.docs()) {
      Set<Integer> region = scored.getOrDefault(d.name(), Set.of());
      List<EcbDocument.Mention> gold = d.mentions().stream()
          .filter(m -> m.kind() == EcbDocument.Kind.EVENT && region.contains(m.sentence())).toList();
      Map<Span, String> eventOfSpan = new TreeMap<>();
      for (Event v : corpus.ledger().events()) {
        if (v.doc().equals(d.name())) {
          for (Event.EventMention m : v.allMentions()) {
            if (EcbEvaluation.inRegion(d, m.span(), region)) {
              eventOfSpan.putIfAbsent(m.span(), v.id());
            }
          }
        }
      }
      List<Span> spans = new ArrayList<>(eventOfSpan.keySet());
      Map<String, Map<String, Integer>> votes = new TreeMap<>();
      Map<Integer, Integer> match = MentionMatcher.match(gold.stream().map(EcbDocument.Mention::span).toList(), spans);
      for (var e : new TreeMap<>(match).entrySet()) {
        String v = eventOfSpan.get(spans.get(e.getValue()));
        votes.computeIfAbsent(v, k -> new LinkedHashMap<>()).merge(gold.get(e.getKey()).cluster(), 1, Integer::sum);
      }
      votes.forEach((v, c) -> {
        String best = null;
        for (var e : c.entrySet()) {
          if (best == null || e.getValue() > c.get(best)) {
            best = e.getKey();
          }
        }
        out.put(v, best);
      });
    }
    return out;
  }
}
