package org.attest.extract.lexicon;

/** English: the word lists under {@code org/attest/extract/lexicon/}. The only place the language is named. */
public final class EnglishBundle implements LanguageBundle {

  public static final String LANGUAGE = "en";

  @Override
  public String language() {
    return LANGUAGE;
  }

  @Override
  public Lexicons load() {
    return Lexicons.fromFiles(LANGUAGE, new LexiconFiles(EnglishBundle.class.getClassLoader(), "org/attest/extract/lexicon"));
  }
}
