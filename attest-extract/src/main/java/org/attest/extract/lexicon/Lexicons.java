package org.attest.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.attest.nlp.FunctionWords;

/**
 * One language's word lists, parsed once into typed structures: the extractors' {@link Lexicon}
 * and the {@link FunctionWords} the parse queries read. Immutable and thread-safe; passed to the
 * pipeline in its configuration, never looked up from a static.
 */
public final class Lexicons {

  private final String language;
  private final Lexicon lexicon;
  private final FunctionWords functionWords;
  private final String hash;

  private Lexicons(String language, Lexicon lexicon, FunctionWords functionWords, String hash) {
    this.language = language;
    this.lexicon = lexicon;
    this.functionWords = functionWords;
    this.hash = hash;
  }

  /** Parses a bundle's files; fails with the file and line on a malformed entry. */
  public static Lexicons fromFiles(String language, LexiconFiles files) {
    Lexicon lex = new Lexicon(files);
    FunctionWords fw = lex.functionWords();
    return new Lexicons(language, lex, fw, files.hash());
  }

  /** The bundle registered for a language. */
  public static Lexicons forLanguage(String language) {
    return bundle(language).load();
  }

  /** The bundle of the only registered language; with several, name one ({@link #forLanguage}). */
  public static Lexicons defaults() {
    return defaultBundle().load();
  }

  /** The registered bundle of a language, unloaded. */
  public static LanguageBundle bundle(String language) {
    TreeMap<String, LanguageBundle> all = bundles();
    LanguageBundle b = all.get(language);
    if (b == null) {
      throw new IllegalArgumentException("no lexicon bundle for language '" + language + "'; known: " + all.keySet());
    }
    return b;
  }

  /** The only registered bundle, unloaded (for code that needs one of its lists, not the lexicons). */
  public static LanguageBundle defaultBundle() {
    TreeMap<String, LanguageBundle> all = bundles();
    if (all.size() != 1) {
      throw new IllegalStateException("expected one registered language bundle, found " + all.keySet()
          + "; choose one with Lexicons.forLanguage");
    }
    return all.firstEntry().getValue();
  }

  /** The languages with a registered bundle, sorted. */
  public static List<String> languages() {
    return new ArrayList<>(bundles().keySet());
  }

  private static TreeMap<String, LanguageBundle> bundles() {
    TreeMap<String, LanguageBundle> out = new TreeMap<>();
    for (LanguageBundle b : ServiceLoader.load(LanguageBundle.class, Lexicons.class.getClassLoader())) {
      LanguageBundle prior = out.putIfAbsent(b.language(), b);
      if (prior != null && !prior.getClass().equals(b.getClass())) {
        throw new IllegalStateException("two lexicon bundles for language '" + b.language() + "': "
            + prior.getClass().getName() + ", " + b.getClass().getName());
      }
    }
    return out;
  }

  public String language() {
    return language;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public FunctionWords functionWords() {
    return functionWords;
  }

  /** The hash of every file the bundle read (16 hex digits): changes when any word list does. */
  public String hash() {
    return hash;
  }
}
