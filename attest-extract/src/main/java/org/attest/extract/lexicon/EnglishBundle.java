package org.attest.extract.lexicon;

import java.util.List;

/** English: the word lists under {@code org/attest/extract/lexicon/}. The only place the language is named. */
public final class EnglishBundle implements LanguageBundle {

  public static final String LANGUAGE = "en";
  private static final String DIR = "org/attest/extract/lexicon";

  @Override
  public String language() {
    return LANGUAGE;
  }

  @Override
  public String displayName() {
    return "English";
  }

  @Override
  public Lexicons load() {
    return Lexicons.fromFiles(LANGUAGE, files());
  }

  @Override
  public List<String> commonWords() {
    return files().lines("common-words.txt");
  }

  private static LexiconFiles files() {
    return new LexiconFiles(EnglishBundle.class.getClassLoader(), DIR);
  }
}
