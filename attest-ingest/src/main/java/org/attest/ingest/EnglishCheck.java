package org.attest.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Refuses text that is clearly not English. Two cheap signals, both robust on news prose: the
 * share of Latin letters among all letters, and the share of words that are common English
 * function words (in English news prose 35–50 % of tokens are; in French, German or Spanish text
 * under 10 %, because only a handful of short forms like "a", "in", "so" collide). Short texts
 * carry too little evidence and are let through unless they have no English word at all.
 */
public final class EnglishCheck {

  /** Below this share of function words a text of at least {@link #MIN_WORDS} is not English. */
  static final double MIN_STOPWORD_RATIO = 0.15;
  /** Below this many words the ratio is too noisy to judge by. */
  static final int MIN_WORDS = 25;

  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "of", "and", "to", "a", "in", "that", "is", "was", "he", "for", "it", "with", "as", "his",
      "on", "be", "at", "by", "i", "this", "had", "not", "are", "but", "from", "or", "have", "an", "they",
      "which", "one", "you", "were", "her", "all", "she", "there", "would", "their", "we", "him", "been",
      "has", "when", "who", "will", "more", "no", "if", "out", "so", "said", "what", "up", "its", "about",
      "into", "than", "them", "can", "only", "other", "new", "some", "could", "time", "these", "two",
      "may", "then", "do", "first", "any", "my", "now", "such", "like", "our", "over", "man", "me",
      "even", "most", "made", "after", "also", "did", "many", "before", "must", "through", "back",
      "years", "where", "much", "your", "way", "well", "down", "should", "because", "each", "just",
      "those", "people", "how", "too", "little", "state", "good", "very", "make", "world", "still",
      "own", "see", "men", "work", "long", "get", "here", "between", "both", "life", "being", "under",
      "never", "day", "same", "another", "know", "while", "last", "might", "us", "great", "old", "year",
      "off", "come", "since", "against", "go", "came", "right", "used", "take", "three", "says", "told",
      "according", "officials", "government");

  private EnglishCheck() {}

  /** Throws {@link SkipReason#NOT_ENGLISH} with the evidence when the text is clearly not English. */
  public static void require(String text) throws InputRejectedException {
    int letters = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (c < 0x250) {
          latin++;
        }
      }
    }
    if (letters >= 50 && latin * 2 < letters) {
      throw new InputRejectedException(SkipReason.NOT_ENGLISH,
          String.format(Locale.ROOT, "%d%% of letters are not Latin", 100 - latin * 100 / letters));
    }
    int words = 0;
    int function = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      if (FUNCTION_WORDS.contains(w)) {
        function++;
      }
    }
    double ratio = words == 0 ? 0 : function / (double) words;
    if ((words >= MIN_WORDS && ratio < MIN_STOPWORD_RATIO) || (words >= 8 && function == 0)) {
      throw new InputRejectedException(SkipReason.NOT_ENGLISH,
          String.format(Locale.ROOT, "only %.0f%% of %d words are common English words (need %.0f%%)",
              ratio * 100, words, MIN_STOPWORD_RATIO * 100));
    }
  }
}
