package org.attest.eval.polnear;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.attest.eval.polnear.PolnearCorpus.GoldAttribution;
import org.attest.model.Span;

/**
 * Scores predicted attributions against PolNeAR gold, on word tokens of the text (maximal runs of
 * letters and digits; punctuation and quotation marks never count):
 *
 * <ul>
 *   <li><b>Cue</b>: a predicted cue matches a gold cue when they share a token (here a
 *       punctuation mark counts too: a colon can be a cue); matching is one to one, pairs with more
 *       shared tokens first (then text order). P = matched / predicted, R =
 *       matched / gold.
 *   <li><b>Source</b> accuracy on matched cues: right when both sources are empty (an attribution
 *       without a source, or the author's voice) or when they share a word.
 *   <li><b>Content</b>: the Dice coefficient of the two contents' word sets, per matched pair;
 *       content P = ΣDice / predicted, R = ΣDice / gold, F1 their harmonic mean. An unmatched cue
 *       contributes 0, so content F1 is never above cue F1.
 * </ul>
 */
public final class PolnearScorer {

  private long gold;
  private long predicted;
  private long matched;
  private long sourceRight;
  private double diceSum;
  private double sourceDiceSum;

  /** Adds one article: gold and predicted attributions over the same text. */
  public void add(String text, List<GoldAttribution> goldList, List<GoldAttribution> predList) {
    int[] wordOf = wordIndex(text, false);
    int[] tokOf = wordIndex(text, true);
    List<BitSet> gc = new ArrayList<>(), pc = new ArrayList<>();
    for (GoldAttribution g : goldList) {
      gc.add(words(g.cue(), tokOf));
    }
    for (GoldAttribution p : predList) {
      pc.add(words(p.cue(), tokOf));
    }
    record Pair(int g, int p, int shared) {}
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < gc.size(); i++) {
      for (int j = 0; j < pc.size(); j++) {
        BitSet x = (BitSet) gc.get(i).clone();
        x.and(pc.get(j));
        if (!x.isEmpty()) {
          pairs.add(new Pair(i, j, x.cardinality()));
        }
      }
    }
    pairs.sort(Comparator.comparingInt((Pair x) -> -x.shared()).thenComparingInt(Pair::g).thenComparingInt(Pair::p));
    boolean[] gUsed = new boolean[gc.size()], pUsed = new boolean[pc.size()];
    for (Pair x : pairs) {
      if (gUsed[x.g()] || pUsed[x.p()]) {
        continue;
      }
      gUsed[x.g()] = pUsed[x.p()] = true;
      matched++;
      GoldAttribution g = goldList.get(x.g()), p = predList.get(x.p());
      BitSet gs = words(g.source(), wordOf), ps = words(p.source(), wordOf);
      if (gs.isEmpty() && ps.isEmpty() || gs.intersects(ps)) {
        sourceRight++;
      }
      sourceDiceSum += gs.isEmpty() && ps.isEmpty() ? 1 : dice(gs, ps);
      diceSum += dice(words(g.content(), wordOf), words(p.content(), wordOf));
    }
    gold += goldList.size();
    predicted += predList.size();
  }

  static double dice(BitSet a, BitSet b) {
    int n = a.cardinality() + b.cardinality();
    if (n == 0) {
      return 1;
    }
    BitSet x = (BitSet) a.clone();
    x.and(b);
    return 2.0 * x.cardinality() / n;
  }

  /**
   * For every char, the index of the token it belongs to, or -1: tokens are maximal runs of
   * letters and digits and, with {@code punctuation}, also every other non-space character alone.
   */
  static int[] wordIndex(String text, boolean punctuation) {
    int[] w = new int[text.length()];
    int n = -1;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean wc = Character.isLetterOrDigit(c);
      if (wc && !in) {
        n++;
      }
      in = wc;
      if (wc) {
        w[i] = n;
      } else if (punctuation && !Character.isWhitespace(c)) {
        w[i] = ++n;
      } else {
        w[i] = -1;
      }
    }
    return w;
  }

  static BitSet words(List<Span> spans, int[] wordOf) {
    BitSet b = new BitSet();
    for (Span s : spans) {
      for (int i = s.begin(); i < s.end() && i < wordOf.length; i++) {
        if (wordOf[i] >= 0) {
          b.set(wordOf[i]);
        }
      }
    }
    return b;
  }

  public long gold() {
    return gold;
  }

  public long predicted() {
    return predicted;
  }

  public long matched() {
    return matched;
  }

  public double cuePrecision() {
    return ratio(matched, predicted);
  }

  public double cueRecall() {
    return ratio(matched, gold);
  }

  public double cueF1() {
    return f1(cuePrecision(), cueRecall());
  }

  public double sourceAccuracy() {
    return ratio(sourceRight, matched);
  }

  public double sourceDice() {
    return matched == 0 ? 0 : sourceDiceSum / matched;
  }

  public double contentPrecision() {
    return predicted == 0 ? 0 : diceSum / predicted;
  }

  public double contentRecall() {
    return gold == 0 ? 0 : diceSum / gold;
  }

  public double contentF1() {
    return f1(contentPrecision(), contentRecall());
  }

  /** Mean Dice of contents over matched cues only. */
  public double contentDiceMatched() {
    return matched == 0 ? 0 : diceSum / matched;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The figures as a few lines of text. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "attributions: %d gold, %d predicted, %d cues matched%n", gold, predicted, matched));
    sb.append(String.format(Locale.ROOT, "cue      P %5.1f  R %5.1f  F1 %5.1f%n",
        100 * cuePrecision(), 100 * cueRecall(), 100 * cueF1()));
    sb.append(String.format(Locale.ROOT, "source   accuracy on matched cues %5.1f  (mean token Dice %5.1f)%n",
        100 * sourceAccuracy(), 100 * sourceDice()));
    sb.append(String.format(Locale.ROOT, "content  P %5.1f  R %5.1f  F1 %5.1f  (mean token Dice on matched cues %5.1f)%n",
        100 * contentPrecision(), 100 * contentRecall(), 100 * contentF1(), 100 * contentDiceMatched()));
    return sb.toString();
  }
}
