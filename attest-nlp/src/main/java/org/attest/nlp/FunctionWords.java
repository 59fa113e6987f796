package org.attest.nlp;

import java.util.Set;

/**
 * The closed-class words the parse queries need to read negation, one set per language (the
 * language's lexicon bundle loads them from its files). All lower case.
 *
 * @param negators adverbs or determiners that negate the word they attach to ("not", "never")
 * @param negativeDeterminers determiners that negate their noun's participation ("no vessel")
 * @param negativePronouns pronouns that are a negated participant by themselves ("nobody")
 * @param negatingAdverbs adverbs that negate a reporting cue ("did not say", "never confirmed"); a
 *     determiner does not ("offered no proof" is an offer)
 */
public record FunctionWords(Set<String> negators, Set<String> negativeDeterminers, Set<String> negativePronouns,
    Set<String> negatingAdverbs) {

  public FunctionWords {
    negators = Set.copyOf(negators);
    negatingAdverbs = Set.copyOf(negatingAdverbs);
    negativeDeterminers = Set.copyOf(negativeDeterminers);
    negativePronouns = Set.copyOf(negativePronouns);
  }

  /** No function words: no negation is ever read. */
  public static FunctionWords none() {
    return new FunctionWords(Set.of(), Set.of(), Set.of(), Set.of());
  }
}
