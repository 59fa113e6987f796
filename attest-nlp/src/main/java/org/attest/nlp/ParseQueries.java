package org.attest.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The questions extractors ask of a dependency parse, answered one way for all of them: the
 * preposition marking a phrase, the time a word governs, negation, coordination, the passive
 * agent and the clausal complement. Tokens are named by their document-level index. Immutable;
 * one per document (see {@link AnnotatedDocument#queries(FunctionWords)}).
 */
public final class ParseQueries {

  private final AnnotatedDocument doc;
  private final FunctionWords words;

  public ParseQueries(AnnotatedDocument doc, FunctionWords words) {
    this.doc = doc;
    this.words = words;
  }

  public AnnotatedDocument doc() {
    return doc;
  }

  public FunctionWords functionWords() {
    return words;
  }

  // ------------------------------------------------------------------ children

  /** The dependents of a token with this relation (or one of its subtypes), in text order. */
  public List<Integer> children(int tok, DepRel rel) {
    List<Integer> out = new ArrayList<>(2);
    for (int ch : doc.children(tok)) {
      if (doc.token(ch).is(rel)) {
        out.add(ch);
      }
    }
    return out;
  }

  /** The first dependent with exactly this relation, or -1. */
  public int child(int tok, DepRel rel) {
    for (int ch : doc.children(tok)) {
      if (doc.token(ch).relation() == rel) {
        return ch;
      }
    }
    return -1;
  }

  public boolean hasChild(int tok, DepRel rel) {
    return child(tok, rel) >= 0;
  }

  // ------------------------------------------------------------------ case marking

  /** The case markers of a phrase ("because", "of"), lower case, in text order. */
  public List<String> caseWords(int tok) {
    return caseWords(doc, tok);
  }

  /** {@link #caseWords(int)} for code that holds the document but no queries (needs no function words). */
  public static List<String> caseWords(AnnotatedDocument doc, int tok) {
    List<String> out = new ArrayList<>(1);
    for (int ch : doc.children(tok)) {
      Token c = doc.token(ch);
      if (c.relation() == DepRel.CASE) {
        out.add(c.lowerWord());
      }
    }
    return out;
  }

  /** The preposition marking a phrase ("to" in "to Russia"; "because of"), lower case, or "". */
  public String caseWord(int tok) {
    return caseWord(doc, tok);
  }

  /** {@link #caseWord(int)} for code that holds the document but no queries. */
  public static String caseWord(AnnotatedDocument doc, int tok) {
    return String.join(" ", caseWords(doc, tok));
  }

  /** True when the token is the first of its sentence (a headline's first word too). */
  public static boolean opensSentence(AnnotatedDocument doc, int tok) {
    return tok == 0 || doc.token(tok - 1).sentence() != doc.token(tok).sentence();
  }

  /**
   * A common noun's words as they would stand inside a sentence: a capital that is there only
   * because the words open a sentence or headline ("Rebels say ...") is lowered; an acronym or a
   * word capitalised throughout ("UN", "NATO") is left alone. Callers decide that the words open a
   * sentence and are not a name.
   */
  public static String withoutOpeningCapital(String words) {
    if (words.isEmpty() || !Character.isUpperCase(words.charAt(0))
        || words.length() > 1 && Character.isUpperCase(words.charAt(1))) {
      return words;
    }
    return Character.toLowerCase(words.charAt(0)) + words.substring(1);
  }

  /** True when a subordinating marker with this word ("that") introduces the clause at tok. */
  public boolean hasMark(int tok, String word) {
    for (int ch : doc.children(tok)) {
      Token c = doc.token(ch);
      if (c.relation() == DepRel.MARK && c.word().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ time

  /**
   * The first item {@code at} finds on a dependent that can carry a word's time: an oblique or
   * nominal phrase ("on Monday"), an adverb ("yesterday") or a temporal modifier. {@code at}
   * maps a token index to what covers it (a time expression), or null.
   */
  public <T> T governedTime(int tok, IntFunction<T> at) {
    for (int ch : doc.children(tok)) {
      DepRel r = doc.token(ch).relation();
      if (r.isObliqueOrNominal() || r == DepRel.ADVMOD) {
        T x = at.apply(ch);
        if (x != null) {
          return x;
        }
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ negation

  /** True when a negating adverb or determiner attaches to the word ("did not attack", "no attack"). */
  public boolean negated(int tok) {
    for (int ch : doc.children(tok)) {
      if (isNegator(ch)) {
        return true;
      }
    }
    return false;
  }

  /** True when the token is a negating adverb or determiner ("not", "never", "no") of its head. */
  public boolean isNegator(int tok) {
    Token c = doc.token(tok);
    return (c.relation() == DepRel.ADVMOD || c.relation() == DepRel.DET) && words.negators().contains(c.lowerWord());
  }

  /**
   * True when the token is a negating adverb of its head ("not", "n't", "never"): how a reporting
   * cue is negated ("did not say"); a determiner is not ("offered no proof").
   */
  public boolean isNegatingAdverb(int tok) {
    Token c = doc.token(tok);
    return c.relation() == DepRel.ADVMOD && words.negatingAdverbs().contains(c.lowerWord());
  }

  /**
   * True when a core participant is negated: "no vessel was detained", "detained no one",
   * "nobody came". The subject counts only when {@code withSubject} (a verb's, not a noun's).
   */
  public boolean negatedParticipant(int tok, boolean withSubject) {
    for (int ch : doc.children(tok)) {
      Token c = doc.token(ch);
      DepRel r = c.relation();
      if (r == DepRel.NSUBJ_PASS || r == DepRel.OBJ || withSubject && r == DepRel.NSUBJ) {
        for (int g : doc.children(ch)) {
          Token x = doc.token(g);
          if (x.relation() == DepRel.DET && words.negativeDeterminers().contains(x.lowerWord())) {
            return true;
          }
        }
        if (words.negativePronouns().contains(c.lowerWord())) {
          return true;
        }
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ coordination

  /** The conjuncts coordinated under tok ("B" and "C" in "A, B and C" headed at A). */
  public List<Integer> conjuncts(int tok) {
    return children(tok, DepRel.CONJ);
  }

  /** The first conjunct of the coordination tok belongs to, or -1 when tok is not a later conjunct. */
  public int coordinationHead(int tok) {
    Token t = doc.token(tok);
    return t.relation() == DepRel.CONJ && t.head() >= 0 ? t.head() : -1;
  }

  // ------------------------------------------------------------------ passive

  /** True when the word has a passive subject ("was seized"). */
  public boolean isPassive(int tok) {
    return hasChild(tok, DepRel.NSUBJ_PASS);
  }

  /** True when the dependent at ch is a passive agent: {@code obl:agent}, or an {@code obl} marked "by". */
  public boolean isAgent(int ch) {
    Token c = doc.token(ch);
    return c.relation() == DepRel.OBL_AGENT || c.relation() == DepRel.OBL && caseWord(ch).equals("by");
  }

  /** The passive agents of a word ("by the navy"), in text order. */
  public List<Integer> passiveAgents(int tok) {
    List<Integer> out = new ArrayList<>(1);
    for (int ch : doc.children(tok)) {
      if (isAgent(ch)) {
        out.add(ch);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ complements

  /** The clausal complement of a verb ("joined" in "said they joined"), or -1. */
  public int clausalComplement(int tok) {
    return child(tok, DepRel.CCOMP);
  }

  /**
   * True when a word has a clausal complement or any clausal modifier, relative clauses included
   * ("the reports that X", "the accusations he made"): looser than {@link #hasClause}.
   */
  public boolean hasClausalDependent(int tok) {
    for (int ch : doc.children(tok)) {
      DepRel r = doc.token(ch).relation();
      if (r == DepRel.CCOMP || r.is(DepRel.ACL)) {
        return true;
      }
    }
    return false;
  }

  /** True when a noun has a clause of its own: "the report that X", "the claim X". */
  public boolean hasClause(int noun) {
    for (int ch : doc.children(noun)) {
      DepRel r = doc.token(ch).relation();
      if (r == DepRel.CCOMP || r == DepRel.ACL && hasMark(ch, "that")) {
        return true;
      }
    }
    return false;
  }
}
