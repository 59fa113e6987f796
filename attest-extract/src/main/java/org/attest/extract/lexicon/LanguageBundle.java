package org.attest.extract.lexicon;

/**
 * A language's lexicons, found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.attest.extract.lexicon.LanguageBundle}). Adding a language is a
 * new bundle with its own files, not an edit to the extractors.
 */
public interface LanguageBundle {

  /** The language's BCP 47 tag, as documents carry it. */
  String language();

  /** Loads the bundle's files (once per configuration: parsing takes milliseconds). */
  Lexicons load();
}
