package org.attest.crossdoc;

import java.math.BigDecimal;
import java.util.Locale;
import org.attest.model.Quantity;

/**
 * The numbers a quantity allows: "1,500" is [1500, 1500], "about 1,500" is ±10%, "up to 12,000"
 * is [0, 12000], "between 5 and 10" is [5, 10]. Two quantities conflict only when their ranges are
 * disjoint and they count the same unit, so a value never conflicts with a maximum it fits under.
 */
record QuantityRange(BigDecimal low, BigDecimal high) {

  private static final BigDecimal APPROX = new BigDecimal("0.10");

  static QuantityRange of(Quantity q) {
    if (q == null) {
      return null;
    }
    BigDecimal lo;
    BigDecimal hi;
    if (q.value() != null) {
      lo = q.value();
      hi = q.value();
      if (q.approx()) {
        BigDecimal slack = q.value().abs().multiply(APPROX);
        lo = lo.subtract(slack);
        hi = hi.add(slack);
      }
    } else if (q.min() != null || q.max() != null) {
      lo = q.min() != null ? q.min() : BigDecimal.ZERO;
      hi = q.max(); // null: no upper bound ("more than 5,000")
    } else {
      return null;
    }
    return new QuantityRange(lo, hi);
  }

  boolean overlaps(QuantityRange o) {
    boolean belowOther = high != null && high.compareTo(o.low) < 0;
    boolean aboveOther = o.high != null && o.high.compareTo(low) < 0;
    return !belowOther && !aboveOther;
  }

  /** The unit as compared: lower case, plural "s" dropped; null when unknown. */
  static String unitKey(Quantity q) {
    if (q == null || q.unit() == null || q.unit().isBlank()) {
      return null;
    }
    // What is counted is the head noun: "Greek-owned oil tankers" and "foreign oil tankers" both count tankers.
    String[] words = q.unit().toLowerCase(Locale.ROOT).strip().split("\\s+");
    String u = words[words.length - 1];
    if (u.endsWith("s") && u.length() > 3 && !u.endsWith("ss")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }

  /** True when both count the same unit and no number fits both. */
  static boolean conflicting(Quantity a, Quantity b) {
    String ua = unitKey(a);
    String ub = unitKey(b);
    if (ua == null || !ua.equals(ub)) {
      return false;
    }
    QuantityRange x = of(a);
    QuantityRange y = of(b);
    return x != null && y != null && !x.overlaps(y);
  }

  /** True when both are stated, count the same unit and some number fits both. */
  static boolean agreeing(Quantity a, Quantity b) {
    String ua = unitKey(a);
    if (ua == null || !ua.equals(unitKey(b))) {
      return false;
    }
    QuantityRange x = of(a);
    QuantityRange y = of(b);
    return x != null && y != null && x.overlaps(y);
  }
}
