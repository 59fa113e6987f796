package org.attest.extract.events;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a number as written in news text: "1,500", "2.5", "two", "twenty-one", with "million".
 * The words come from the language's lexicon ({@code numbers.tsv}); immutable.
 */
public final class Numbers {

  private final Map<String, Integer> words;
  private final Map<String, BigDecimal> scales;

  public Numbers(Map<String, Integer> words, Map<String, BigDecimal> scales) {
    this.words = Map.copyOf(words);
    this.scales = Map.copyOf(scales);
  }

  /** The value of one number word or numeral, or null. */
  public BigDecimal parse(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(",", "");
    if (w.matches("\\d+(\\.\\d+)?")) {
      return new BigDecimal(w);
    }
    if (words.containsKey(w)) {
      return BigDecimal.valueOf(words.get(w));
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      Integer tens = words.get(w.substring(0, dash));
      Integer ones = words.get(w.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && ones < 10) {
        return BigDecimal.valueOf(tens + ones);
      }
    }
    return null;
  }

  /** The multiplier a scale word stands for ("million"), or null. */
  public BigDecimal scale(String word) {
    return scales.get(word.toLowerCase(Locale.ROOT));
  }
}
