package org.attest.ingest;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.attest.extract.lexicon.LanguageBundle;
import org.attest.extract.lexicon.Lexicons;

/**
 * Refuses text that is clearly not in the pipeline's language. Two cheap signals, both robust on
 * news prose: the share of Latin letters among all letters, and the share of words that are the
 * language's common words (the language bundle's {@code common-words.txt}: for English news prose
 * 35–50 % of tokens are; in French, German or Spanish text under 10 %, because only a handful of
 * short forms like "a", "in", "so" collide). Short texts carry too little evidence and are let
 * through unless they have no common word at all. The skip reason keeps its stored name
 * {@link SkipReason#NOT_ENGLISH}. Immutable.
 */
public final class LanguageCheck {

  /** Below this share of common words a text of at least {@link #MIN_WORDS} is refused. */
  static final double MIN_STOPWORD_RATIO = 0.15;
  /** Below this many words the ratio is too noisy to judge by. */
  static final int MIN_WORDS = 25;

  private final String language;
  private final Set<String> commonWords;

  /** A check for the language named {@code language} in messages ("English"). */
  public LanguageCheck(String language, Collection<String> commonWords) {
    this.language = language;
    this.commonWords = Set.copyOf(commonWords);
  }

  /** The check of a language bundle. */
  public static LanguageCheck of(LanguageBundle bundle) {
    return new LanguageCheck(bundle.displayName(), bundle.commonWords());
  }

  /** The check of the only registered language bundle (read once). */
  public static LanguageCheck defaults() {
    return Default.CHECK;
  }

  private static final class Default {
    static final LanguageCheck CHECK = of(Lexicons.defaultBundle());
  }

  /** Throws {@link SkipReason#NOT_ENGLISH} with the evidence when the text is clearly not in the language. */
  public void require(String text) throws InputRejectedException {
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
      if (commonWords.contains(w)) {
        function++;
      }
    }
    double ratio = words == 0 ? 0 : function / (double) words;
    if ((words >= MIN_WORDS && ratio < MIN_STOPWORD_RATIO) || (words >= 8 && function == 0)) {
      throw new InputRejectedException(SkipReason.NOT_ENGLISH,
          String.format(Locale.ROOT, "only %.0f%% of %d words are common %s words (need %.0f%%)",
              ratio * 100, words, language, MIN_STOPWORD_RATIO * 100));
    }
  }
}
