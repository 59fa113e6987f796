package org.attest.extract.events;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** Reads a number as written in news text: "1,500", "2.5", "two", "twenty-one", with "million". */
public final class Numbers {

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("dozens", 24));

  private static final Map<String, BigDecimal> SCALES = Map.of(
      "hundred", BigDecimal.valueOf(100), "thousand", BigDecimal.valueOf(1_000),
      "million", BigDecimal.valueOf(1_000_000), "billion", BigDecimal.valueOf(1_000_000_000L),
      "trillion", BigDecimal.valueOf(1_000_000_000_000L));

  private Numbers() {}

  /** The value of one number word or numeral, or null. */
  public static BigDecimal parse(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(",", "");
    if (w.matches("\\d+(\\.\\d+)?")) {
      return new BigDecimal(w);
    }
    if (WORDS.containsKey(w)) {
      return BigDecimal.valueOf(WORDS.get(w));
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      Integer tens = WORDS.get(w.substring(0, dash));
      Integer ones = WORDS.get(w.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && ones < 10) {
        return BigDecimal.valueOf(tens + ones);
      }
    }
    return null;
  }

  /** The multiplier a scale word stands for ("million"), or null. */
  public static BigDecimal scale(String word) {
    return SCALES.get(word.toLowerCase(Locale.ROOT));
  }
}
