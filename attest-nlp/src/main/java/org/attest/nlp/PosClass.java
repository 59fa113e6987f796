package org.attest.nlp;

/**
 * A coarse part-of-speech class over the parser's fine tag set (Penn Treebank for English).
 * Extractors ask for classes; only {@link #of} knows the tags.
 */
public enum PosClass {
  /** A common noun (NN, NNS). */
  NOUN,
  /** A proper noun (NNP, NNPS). */
  PROPER_NOUN,
  /** A verb in any form (VB, VBD, VBG, VBN, VBP, VBZ). */
  VERB,
  /** A modal auxiliary (MD). */
  MODAL,
  ADJECTIVE,
  ADVERB,
  /** A personal pronoun (PRP). */
  PRONOUN,
  /** A possessive pronoun (PRP$). */
  POSSESSIVE_PRONOUN,
  /** Wh-words (WDT, WP, WP$, WRB). */
  WH,
  /** A determiner (DT). */
  DETERMINER,
  /** A predeterminer (PDT): "all" in "all the men". */
  PREDETERMINER,
  ADPOSITION,
  NUMBER,
  CONJUNCTION,
  PARTICLE,
  PUNCTUATION,
  OTHER;

  /** The class of a Penn Treebank tag; {@link #OTHER} for tags outside the set. */
  public static PosClass of(String tag) {
    if (tag == null || tag.isEmpty()) {
      return OTHER;
    }
    if (tag.startsWith("NNP")) {
      return PROPER_NOUN;
    }
    if (tag.startsWith("NN")) {
      return NOUN;
    }
    if (tag.startsWith("VB")) {
      return VERB;
    }
    if (tag.startsWith("JJ")) {
      return ADJECTIVE;
    }
    if (tag.startsWith("RB")) {
      return ADVERB;
    }
    return switch (tag) {
      case "MD" -> MODAL;
      case "PRP" -> PRONOUN;
      case "PRP$" -> POSSESSIVE_PRONOUN;
      case "WDT", "WP", "WP$", "WRB" -> WH;
      case "DT" -> DETERMINER;
      case "PDT" -> PREDETERMINER;
      case "IN", "TO" -> ADPOSITION;
      case "CD" -> NUMBER;
      case "CC" -> CONJUNCTION;
      case "RP", "POS" -> PARTICLE;
      case ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "#", "$", "HYPH", "NFP" -> PUNCTUATION;
      default -> OTHER;
    };
  }

  /** True for a plural noun's tag (NNS, NNPS). */
  public static boolean pluralNoun(String tag) {
    return "NNS".equals(tag) || "NNPS".equals(tag);
  }

  /** A pronoun: personal, possessive or wh- ("he", "its", "which"). */
  public boolean isPronominal() {
    return this == PRONOUN || this == POSSESSIVE_PRONOUN || this == WH;
  }

  /** A noun, common or proper. */
  public boolean isNominal() {
    return this == NOUN || this == PROPER_NOUN;
  }
}
