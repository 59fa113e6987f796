package org.attest.store;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tokens of full-text search: lower-cased letters and digits, common function words dropped,
 * plural endings folded ("protests" finds "protest"). Documents, claims and queries go through the
 * same function, so a query matches what it would match in the text.
 */
public final class SearchTokens {

  static final int MAX_TOKEN = 64;

  private static final Set<String> STOP = Set.of(
      "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "he", "her", "his", "i",
      "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their", "they", "this", "to", "was",
      "were", "will", "with");

  private SearchTokens() {}

  /** Token → count, in token order (deterministic). */
  public static Map<String, Integer> count(String text) {
    Map<String, Integer> out = new TreeMap<>();
    if (text == null) {
      return out;
    }
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      String t = fold(w);
      if (t != null) {
        out.merge(t, 1, Integer::sum);
      }
    }
    return out;
  }

  static String fold(String w) {
    if (w.isEmpty() || STOP.contains(w)) {
      return null;
    }
    String t = w;
    if (t.length() > 4 && t.endsWith("ies")) {
      t = t.substring(0, t.length() - 3) + "y";
    } else if (t.length() > 4 && (t.endsWith("ches") || t.endsWith("shes") || t.endsWith("sses") || t.endsWith("xes"))) {
      t = t.substring(0, t.length() - 2);
    } else if (t.length() > 3 && t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us") && !t.endsWith("is")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.length() > MAX_TOKEN ? t.substring(0, MAX_TOKEN) : t;
  }
}
