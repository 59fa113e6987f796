package org.attest.time.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * TempEval-3 style TIMEX3 scoring. Spans match strictly (same offsets) or relaxed (overlap, one
 * system timex per gold timex, in text order). Type and value accuracy are taken over the relaxed
 * matches; the attribute F1 is relaxed F1 × accuracy, as TempEval-3 reports. Per-type figures put
 * each system timex under the gold type it matched, or under its own type when it matched nothing,
 * so the per-type counts add up to the totals. Callers leave out the creation-time timex.
 */
public final class TimexScorer {

  /** One annotated time expression: offsets in the document's text, its words, type and value. */
  public record Annotation(int begin, int end, String text, String type, String value) {
    boolean overlaps(Annotation o) {
      return begin < o.end && o.begin < end;
    }
  }

  /** A pair that went wrong, for error analysis. */
  public record Miss(String doc, Annotation gold, Annotation system) {}

  /** Counts for one slice (all, or one type). */
  public static final class Counts {
    int gold;
    int system;
    int strict;
    int relaxed;
    int typeCorrect;
    int valueCorrect;

    public int gold() { return gold; }
    public int system() { return system; }
    public int strictMatches() { return strict; }
    public int relaxedMatches() { return relaxed; }

    public double strictPrecision() { return ratio(strict, system); }
    public double strictRecall() { return ratio(strict, gold); }
    public double strictF1() { return f1(strictPrecision(), strictRecall()); }
    public double relaxedPrecision() { return ratio(relaxed, system); }
    public double relaxedRecall() { return ratio(relaxed, gold); }
    public double relaxedF1() { return f1(relaxedPrecision(), relaxedRecall()); }
    public double typeAccuracy() { return ratio(typeCorrect, relaxed); }
    public double valueAccuracy() { return ratio(valueCorrect, relaxed); }
    public double typeF1() { return relaxedF1() * typeAccuracy(); }
    public double valueF1() { return relaxedF1() * valueAccuracy(); }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final Counts total = new Counts();
  private final Map<String, Counts> byType = new TreeMap<>();
  private final List<Miss> misses = new ArrayList<>();
  private int documents;

  /** Adds one document's gold and system timexes (both without the creation time). */
  public void add(String doc, List<Annotation> gold, List<Annotation> system) {
    documents++;
    boolean[] systemUsed = new boolean[system.size()];
    for (Annotation g : gold) {
      Counts t = slice(g.type());
      count(g, t, c -> c.gold++);
      int match = -1;
      for (int i = 0; i < system.size(); i++) {
        if (!systemUsed[i] && system.get(i).begin() == g.begin() && system.get(i).end() == g.end()) {
          match = i;
          break;
        }
      }
      if (match < 0) {
        for (int i = 0; i < system.size(); i++) {
          if (!systemUsed[i] && system.get(i).overlaps(g)) {
            match = i;
            break;
          }
        }
      }
      if (match < 0) {
        misses.add(new Miss(doc, g, null));
        continue;
      }
      systemUsed[match] = true;
      Annotation s = system.get(match);
      boolean strict = s.begin() == g.begin() && s.end() == g.end();
      boolean typeOk = eq(s.type(), g.type());
      boolean valueOk = eq(s.value(), g.value());
      count(g, t, c -> {
        c.system++;
        c.relaxed++;
        if (strict) c.strict++;
        if (typeOk) c.typeCorrect++;
        if (valueOk) c.valueCorrect++;
      });
      if (!typeOk || !valueOk || !strict) {
        misses.add(new Miss(doc, g, s));
      }
    }
    for (int i = 0; i < system.size(); i++) {
      if (!systemUsed[i]) {
        Annotation s = system.get(i);
        count(s, slice(s.type()), c -> c.system++);
        misses.add(new Miss(doc, null, s));
      }
    }
  }

  private static boolean eq(String a, String b) {
    return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
  }

  private Counts slice(String type) {
    return byType.computeIfAbsent(type == null ? "?" : type.toUpperCase(Locale.ROOT), k -> new Counts());
  }

  private void count(Annotation a, Counts typeSlice, java.util.function.Consumer<Counts> f) {
    f.accept(total);
    f.accept(typeSlice);
  }

  public Counts total() {
    return total;
  }

  public Map<String, Counts> byType() {
    return byType;
  }

  public List<Miss> misses() {
    return misses;
  }

  public int documents() {
    return documents;
  }

  /** A fixed-width table: one row for all timexes, then one per gold type. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-9s %5s %5s | %6s %6s %6s | %6s %6s %6s | %6s %6s | %6s %6s%n",
        "type", "gold", "sys", "strP", "strR", "strF1", "relP", "relR", "relF1", "typAcc", "valAcc", "typF1", "valF1"));
    row(sb, "ALL", total);
    byType.forEach((k, c) -> row(sb, k, c));
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, Counts c) {
    sb.append(String.format(Locale.ROOT, "%-9s %5d %5d | %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f | %6.2f %6.2f | %6.2f %6.2f%n",
        name, c.gold, c.system, 100 * c.strictPrecision(), 100 * c.strictRecall(), 100 * c.strictF1(),
        100 * c.relaxedPrecision(), 100 * c.relaxedRecall(), 100 * c.relaxedF1(),
        100 * c.typeAccuracy(), 100 * c.valueAccuracy(), 100 * c.typeF1(), 100 * c.valueF1()));
  }
}
