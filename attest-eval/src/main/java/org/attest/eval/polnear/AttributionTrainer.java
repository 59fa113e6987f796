package org.attest.eval.polnear;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.attest.eval.polnear.PolnearCorpus.GoldAttribution;
import org.attest.extract.attributions.model.AttributionFeatures;
import org.attest.extract.attributions.model.AttributionFeatures.DocView;
import org.attest.extract.attributions.model.AttributionTagger;
import org.attest.extract.attributions.model.LinearModel;
import org.attest.model.Span;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.Sentence;
import org.attest.nlp.Token;

/**
 * Trains the {@link AttributionTagger} from annotated documents with gold attributions: two linear
 * SVMs (LIBLINEAR, L2-regularized L2-loss, dual coordinate descent, one against the rest, seeded),
 * one over cue tokens (B/I/O, the previous gold label as a feature) and one over the tokens in each
 * gold cue's window (SOURCE/CONTENT/neither). Features seen fewer than {@code minCount} times are
 * dropped. The same documents and options always give the same model bytes.
 */
public final class AttributionTrainer {

  /**
   * Training options: the regularization of each tagger, the feature count cut-off, the seed, and
   * the decision thresholds moved after training (added to the B/I and to the CONTENT scores;
   * chosen on the dev split).
   */
  public record Options(double cueC, double roleC, int minCount, long seed, double cueShift, double contentShift) {
    public Options(double cueC, double roleC, int minCount, long seed) {
      this(cueC, roleC, minCount, seed, 0, 0);
    }

    /** The options of the shipped model. */
    public static Options defaults() {
      return new Options(0.1, 0.1, 2, 1L, DEFAULT_CUE_SHIFT, DEFAULT_CONTENT_SHIFT);
    }
  }

  public static final double DEFAULT_CUE_SHIFT = 0.3;
  public static final double DEFAULT_CONTENT_SHIFT = 0;

  /** A document with its gold attributions. */
  public record Example(AnnotatedDocument doc, List<GoldAttribution> gold) {}

  /** The word lists the features read: the default language's, as the shipped pipeline uses. */
  public static final org.attest.extract.lexicon.Lexicon LEXICON = org.attest.extract.lexicon.Lexicons.defaults().lexicon();

  private AttributionTrainer() {}

  /** Token indices overlapping the spans, in order. */
  static List<Integer> tokens(AnnotatedDocument d, List<Span> spans) {
    TreeSet<Integer> out = new TreeSet<>();
    for (Span s : spans) {
      for (Token t : d.tokensIn(s)) {
        out.add(t.index());
      }
    }
    return new ArrayList<>(out);
  }

  /** Feature ids with counts, growing as features are seen. */
  private static final class Dict {
    final Map<String, Integer> ids = new HashMap<>();
    final List<String> names = new ArrayList<>();
    int[] counts = new int[1024];

    int[] encode(List<String> feats) {
      int[] out = new int[feats.size()];
      int n = 0;
      for (String f : feats) {
        Integer id = ids.get(f);
        if (id == null) {
          id = names.size();
          ids.put(f, id);
          names.add(f);
          if (id >= counts.length) {
            counts = Arrays.copyOf(counts, counts.length * 2);
          }
        }
        out[n++] = id;
      }
      int[] u = Arrays.stream(out).distinct().toArray();
      for (int id : u) {
        counts[id]++;
      }
      return u;
    }
  }

  private static final class Data {
    final Dict dict = new Dict();
    final List<int[]> x = new ArrayList<>();
    final List<Integer> y = new ArrayList<>();

    void add(List<String> feats, int label) {
      x.add(dict.encode(feats));
      y.add(label);
    }
  }

  public static AttributionTagger train(List<Example> examples, Options opt) {
    return train(examples, opt, null);
  }

  /** With {@code base}, only the role tagger is trained and the base's cue tagger kept (model selection). */
  public static AttributionTagger train(List<Example> examples, Options opt, AttributionTagger base) {
    String[] cueLabels = {"B", "I", "O"};
    String[] roleLabels = {"S", "C", "O"};
    Data cue = new Data(), role = new Data();
    for (Example ex : examples) {
      AnnotatedDocument d = ex.doc();
      DocView v = new DocView(d, LEXICON);
      String[] lab = new String[d.tokens().size()];
      Arrays.fill(lab, "O");
      List<List<Integer>> cues = new ArrayList<>();
      for (GoldAttribution g : ex.gold()) {
        List<Integer> ct = tokens(d, g.cue());
        if (ct.isEmpty()) {
          continue;
        }
        cues.add(ct);
        for (Span frag : g.cue()) {
          List<Integer> ft = tokens(d, List.of(frag));
          for (int k = 0; k < ft.size(); k++) {
            int t = ft.get(k);
            if (lab[t].equals("O")) {
              lab[t] = k == 0 ? "B" : "I";
            }
          }
        }
      }
      for (Sentence s : base != null ? List.<Sentence>of() : d.sentences()) {
        String prev = "O";
        for (int t = s.firstToken(); t < s.endToken(); t++) {
          String l = lab[t];
          if (l.equals("I") && prev.equals("O")) {
            l = "B";
          }
          cue.add(AttributionFeatures.cue(v, t, prev), index(cueLabels, l));
          prev = l;
        }
      }
      int gi = 0;
      for (GoldAttribution g : ex.gold()) {
        List<Integer> ct = tokens(d, g.cue());
        if (ct.isEmpty()) {
          continue;
        }
        gi++;
        int h = AttributionFeatures.cueHead(d, ct);
        List<Integer> src = tokens(d, g.source()), content = tokens(d, g.content());
        for (int t : AttributionFeatures.window(v, ct)) {
          String l = content.contains(t) ? "C" : src.contains(t) ? "S" : "O";
          role.add(AttributionFeatures.role(v, ct, h, t), index(roleLabels, l));
        }
      }
    }
    // The two taggers are fitted independently, each with its own seeded solver: in parallel, the
    // same weights as one after the other.
    CompletableFuture<LinearModel> cueFit = base != null
        ? CompletableFuture.completedFuture(base.cueModel())
        : CompletableFuture.supplyAsync(() -> fit(cue, cueLabels, opt.cueC(), opt));
    LinearModel roleModel = fit(role, roleLabels, opt.roleC(), opt);
    LinearModel cueModel = cueFit.join();
    AttributionTagger t = new AttributionTagger(cueModel, roleModel);
    return opt.cueShift() == 0 && opt.contentShift() == 0 ? t : t.shifted(opt.cueShift(), opt.contentShift(), 0);
  }

  private static int index(String[] labels, String l) {
    for (int i = 0; i < labels.length; i++) {
      if (labels[i].equals(l)) {
        return i;
      }
    }
    throw new IllegalArgumentException(l);
  }

  private static LinearModel fit(Data data, String[] labels, double c, Options opt) {
    // Kept features in sorted order; liblinear indices are 1-based, the bias feature is the last.
    List<String> kept = new ArrayList<>();
    for (int id = 0; id < data.dict.names.size(); id++) {
      if (data.dict.counts[id] >= opt.minCount()) {
        kept.add(data.dict.names.get(id));
      }
    }
    kept.sort(null);
    int[] remap = new int[data.dict.names.size()];
    Arrays.fill(remap, -1);
    for (int i = 0; i < kept.size(); i++) {
      remap[data.dict.ids.get(kept.get(i))] = i + 1;
    }
    int n = kept.size() + 1;
    Problem p = new Problem();
    p.l = data.x.size();
    p.n = n;
    p.bias = 1;
    p.x = new Feature[p.l][];
    p.y = new double[p.l];
    for (int i = 0; i < p.l; i++) {
      int[] row = Arrays.stream(data.x.get(i)).map(id -> remap[id]).filter(x -> x > 0).sorted().toArray();
      Feature[] fs = new Feature[row.length + 1];
      for (int k = 0; k < row.length; k++) {
        fs[k] = new FeatureNode(row[k], 1.0);
      }
      fs[row.length] = new FeatureNode(n, 1.0);
      p.x[i] = fs;
      p.y[i] = data.y.get(i);
      data.x.set(i, null);
    }
    Parameter param = new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, c, 0.1);
    param.setRandom(new Random(opt.seed()));
    Linear.disableDebugOutput();
    Model m = Linear.train(p, param);
    int[] ml = m.getLabels();
    float[] w = new float[kept.size() * labels.length];
    float[] bias = new float[labels.length];
    for (int li = 0; li < labels.length; li++) {
      int mi = -1;
      for (int k = 0; k < ml.length; k++) {
        if (ml[k] == li) {
          mi = k;
        }
      }
      if (mi < 0 || ml.length < 2) {
        // A label never seen in training: never predicted.
        bias[li] = ml.length < 2 && mi == 0 ? 1f : -1e6f;
        continue;
      }
      for (int f = 0; f < kept.size(); f++) {
        w[f * labels.length + li] = (float) m.getDecfunCoef(f + 1, mi);
      }
      bias[li] = (float) m.getDecfunBias(mi);
    }
    return new LinearModel(labels, kept.toArray(new String[0]), w, bias);
  }
}
