package org.attest.extract.lexicon;

import java.util.List;

/**
 * A language's lexicons, found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.attest.extract.lexicon.LanguageBundle}). Adding a language is a
 * new bundle with its own files, not an edit to the extractors.
 */
public interface LanguageBundle {

  /** The language's BCP 47 tag, as documents carry it. */
  String language();

  /** The language's name in messages ("English"): "only 3% of 200 words are common English words". */
  String displayName();

  /** Loads the bundle's files (once per configuration: parsing takes milliseconds). */
  Lexicons load();

  /**
   * The language's most common words, lower case, in file order: what ingest's language check
   * counts (see {@code org.attest.ingest.LanguageCheck}). Read on its own, without {@link #load}.
   */
  List<String> commonWords();
}
