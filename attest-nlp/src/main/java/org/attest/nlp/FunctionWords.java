package org.attest.nlp;

import java.util.Set;

/**
 * The closed-class words the parse queries need to read negation, one set per language (the
 * language's lexicon bundle loads them from its files). All lower case.
 *
 * @param negators adverbs or determiners that negate the word they attach to ("not", "never")
 * @param negativeDeterminers determiners that negate their noun's participation ("no vessel")
 * @param negativePronouns pronouns that are a negated participant by themselves ("nobody")
 */
public record FunctionWords(Set<String> negators, Set<String> negativeDeterminers, Set<String> negativePronouns) {

  public FunctionWords {
    negators = Set.copyOf(negators);
    negativeDeterminers = Set.copyOf(negativeDeterminers);
    negativePronouns = Set.copyOf(negativePronouns);
  }

  /** No function words: no negation is ever read. */
  public static FunctionWords none() {
    return new FunctionWords(Set.of(), Set.of(), Set.of());
  }
}
