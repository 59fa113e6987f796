package org.attest.extract.lexicon;

import java.util.List;
import java.util.Set;

/**
 * A closed set of words from {@code word-sets.tsv}, in file order (some are tried in order, such
 * as the phrases before a bound). Lower case; immutable.
 */
public record WordSet(WordSet.Name name, List<String> words, Set<String> set) {

  /** The sets the extractors read; the file must define each of them and nothing else. */
  public enum Name {
    PLAN_GOVERNORS,
    POSSIBLE_AUX,
    FUTURE_AUX,
    RECIPROCAL,
    PLACE_PREPS,
    APPROX,
    MAX_CUES,
    MIN_CUES,
    REPORT_NOUNS,
    REJECTION_VERBS,
    HEDGES,
    REPORT_SOURCE_PREPS,
    LOCATIVE,
    PERSON_PRONOUNS,
    THING_PRONOUNS,
    STORY_NOUNS,
    CLAIM_NOUNS,
    POSSIBLE_MODALS,
    SOURCE_PERSON_PRONOUNS,
    SOURCE_DETERMINERS,
    DEFINITE_DETERMINERS,
    SUPPORT_VERBS,
    AUXILIARY_VERBS,
    PARTITIVES,
    CARRIER_VERBS,
    CIVILIAN_ROLES;

    /** The name as the file writes it ({@code plan-governors}). */
    public String fileName() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public WordSet(Name name, List<String> words) {
    this(name, List.copyOf(words), Set.copyOf(words));
  }

  public boolean contains(String word) {
    return set.contains(word);
  }
}
