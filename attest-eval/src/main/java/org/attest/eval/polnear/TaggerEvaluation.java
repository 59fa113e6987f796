package org.attest.eval.polnear;

import java.util.ArrayList;
import java.util.List;
import org.attest.eval.polnear.PolnearCorpus.GoldAttribution;
import org.attest.extract.attributions.model.AttributionTagger;
import org.attest.extract.attributions.model.AttributionTagger.Tagged;
import org.attest.model.Span;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.CachedAnnotator;
import org.attest.nlp.CoreNlpAnnotator;

/** The tagger's own output as PolNeAR relations (no entity resolution, no pipeline), for model selection. */
public final class TaggerEvaluation {

  private TaggerEvaluation() {}

  public static List<GoldAttribution> predictions(AttributionTagger tagger, AnnotatedDocument d) {
    List<GoldAttribution> out = new ArrayList<>();
    for (Tagged t : tagger.tag(d, AttributionTrainer.LEXICON)) {
      out.add(new GoldAttribution(List.of(cover(d, t.cue())), t.source().isEmpty() ? List.of() : List.of(cover(d, t.source())),
          t.content().isEmpty() ? List.of() : List.of(cover(d, t.content()))));
    }
    return out;
  }

  static Span cover(AnnotatedDocument d, List<Integer> toks) {
    return new Span(d.token(toks.get(0)).begin(), d.token(toks.get(toks.size() - 1)).end());
  }

  /**
   * Model selection: {@code TaggerEvaluation TRAIN_DIR DEV_DIR CACHE MAX_TRAIN CUE_C ROLE_C MIN_COUNT [OUT]}
   * trains on the cached train articles (at most MAX_TRAIN) and scores the tagger on dev.
   */
  /** {@code decode MODEL DEV_DIR CACHE CUE_SHIFT GAP:BRIDGE...}: dev scores of decoding variants of one model. */
  static void decode(String[] args) throws Exception {
    AttributionTagger base = AttributionTagger.read(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[1])));
    PolnearCorpus dev = PolnearCorpus.read(java.nio.file.Path.of(args[2]));
    CachedAnnotator cache = new CachedAnnotator(null, java.nio.file.Path.of(args[3]), CoreNlpAnnotator.CACHE_TAG);
    base = base.shifted(Double.parseDouble(args[4]), 0, 0);
    for (int k = 5; k < args.length; k++) {
      AttributionTagger t = decoded(base, args[k]);
      PolnearScorer s = new PolnearScorer();
      for (PolnearCorpus.Article a : dev.articles()) {
        AnnotatedDocument d = cache.cached(a.document());
        if (d != null) {
          s.add(d.text(), a.attributions(), predictions(t, d));
        }
      }
      System.out.println("dev decoding " + args[k] + ":");
      System.out.print(s.render());
      System.out.flush();
    }
  }

  /** A decoding spec: {@code max:BIAS:CUE_PENALTY} (the stretch decoder) or {@code GAP:BRIDGE} (the run decoder). */
  private static AttributionTagger decoded(AttributionTagger t, String spec) {
    String[] v = spec.split(":");
    return v[0].equals("max") ? t.maxSpan(Double.parseDouble(v[1]), Double.parseDouble(v[2]))
        : t.decoding(Integer.parseInt(v[0]), Boolean.parseBoolean(v[1]));
  }

  private static double[] parse(String csv) {
    return java.util.Arrays.stream(csv.split(",")).mapToDouble(Double::parseDouble).toArray();
  }

  public static void main(String[] args) throws Exception {
    if (args[0].equals("decode")) {
      decode(args);
      return;
    }
    PolnearCorpus train = PolnearCorpus.read(java.nio.file.Path.of(args[0]));
    PolnearCorpus dev = PolnearCorpus.read(java.nio.file.Path.of(args[1]));
    CachedAnnotator cache = new CachedAnnotator(null, java.nio.file.Path.of(args[2]), CoreNlpAnnotator.CACHE_TAG);
    int max = Integer.parseInt(args[3]);
    AttributionTrainer.Options opt = new AttributionTrainer.Options(Double.parseDouble(args[4]), Double.parseDouble(args[5]),
        Integer.parseInt(args[6]), 1L);
    List<AttributionTrainer.Example> ex = new ArrayList<>();
    for (PolnearCorpus.Article a : train.articles()) {
      AnnotatedDocument d = cache.cached(a.document());
      if (d != null && ex.size() < max) {
        ex.add(new AttributionTrainer.Example(d, a.attributions()));
      }
    }
    long t0 = System.nanoTime();
    String base = System.getProperty("base");
    AttributionTagger tagger = AttributionTrainer.train(ex, opt,
        base == null ? null : AttributionTagger.read(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(base))));
    System.out.printf("trained on %d articles in %.1f s: %s%n", ex.size(), (System.nanoTime() - t0) / 1e9, tagger);
    if (args.length > 7) {
      java.nio.file.Files.write(java.nio.file.Path.of(args[7]), tagger.toBytes());
    }
    PolnearScorer trainScore = new PolnearScorer();
    int scored = Math.min(Integer.getInteger("trainScore", 100), ex.size());
    for (AttributionTrainer.Example e : ex.subList(0, scored)) {
      trainScore.add(e.doc().text(), e.gold(), predictions(tagger, e.doc()));
    }
    System.out.println("train (first " + scored + "):");
    System.out.print(trainScore.render());
    List<AnnotatedDocument> devDocs = new ArrayList<>();
    List<PolnearCorpus.Article> devArts = new ArrayList<>();
    for (PolnearCorpus.Article a : dev.articles()) {
      AnnotatedDocument d = cache.cached(a.document());
      if (d != null) {
        devDocs.add(d);
        devArts.add(a);
      }
    }
    double[] cueDeltas = args.length > 8 ? parse(args[8]) : new double[] {0};
    double[] contentDeltas = args.length > 9 ? parse(args[9]) : new double[] {0};
    for (double cd : cueDeltas) {
      for (double ctd : contentDeltas) {
        AttributionTagger t = tagger.shifted(cd, ctd, 0);
        String dec = System.getProperty("decode");
        if (dec != null) {
          t = decoded(t, dec);
        }
        PolnearScorer s = new PolnearScorer();
        for (int k = 0; k < devDocs.size(); k++) {
          s.add(devDocs.get(k).text(), devArts.get(k).attributions(), predictions(t, devDocs.get(k)));
        }
        System.out.printf("dev (cue shift %.2f, content shift %.2f):%n", cd, ctd);
        System.out.print(s.render());
      }
    }
  }
}
