package org.attest.model;

import java.math.BigDecimal;

/**
 * How many took part in an event: {@code about 1,500} is value 1500 approx; {@code up to 12,000}
 * is max 12000; {@code between 5 and 10} is min 5, max 10. {@code unit} says what is counted.
 */
public record Quantity(
    String text, BigDecimal value, BigDecimal min, BigDecimal max, boolean approx, String unit) {

  public Quantity {
    value = plain(value);
    min = plain(min);
    max = plain(max);
  }

  /** Numbers print as written, never in exponent form and without trailing zeros. */
  private static BigDecimal plain(BigDecimal d) {
    if (d == null) {
      return null;
    }
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** The number to compare by: the value, else the max, else the min. */
  public BigDecimal best() {
    return value != null ? value : max != null ? max : min;
  }
}
