package org.attest.extract.plover;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.attest.extract.plover.CameoDictionary.Element;
import org.attest.extract.plover.CameoDictionary.Pattern;
import org.attest.extract.plover.CameoDictionary.Prep;
import org.attest.extract.plover.CameoDictionary.Verb;
import org.attest.extract.plover.CameoDictionary.Words;
import org.attest.model.EventType;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.DepRel;
import org.attest.nlp.ParseQueries;
import org.attest.nlp.Token;

/**
 * Codes a verb of a parsed sentence with the CAMEO dictionary and maps the code to PLOVER: the verb's
 * lemma (or form) finds its blocks; a multi-word verb needs its particle ("shoot down"); the most
 * specific pattern whose words are found in the verb's subject (before {@code *}) and in its
 * objects and prepositional phrases (after {@code *}) gives the code, else the verb's own code.
 * A passive subject counts as an object ("the base was attacked"), a by-phrase as the subject.
 * Stateless and thread-safe.
 */
public final class CameoCoder {

  /**
   * The result: the CAMEO code ({@code ---} for "not an event"), the pattern that gave it (null when
   * the verb's own code), the verb entry, and its PLOVER coding (null when the code maps to none).
   */
  public record Result(String code, Pattern pattern, Verb verb, PloverMapping.Coding coding) {

    /** True when a pattern with at least one word, or a multi-word verb ("meet with"), decided the code. */
    public boolean specific() {
      return pattern != null && pattern.specificity() > 0 || !verb.particles().isEmpty();
    }

    public EventType type() {
      return coding == null ? null : coding.type();
    }

    /** True when the dictionary says this reading is not an event. */
    public boolean nullCode() {
      return CameoDictionary.NULL_CODE.equals(code);
    }
  }

  private static final Set<DepRel> NOT_OBJECT_RELS = EnumSet.of(DepRel.NSUBJ, DepRel.CSUBJ, DepRel.AUX, DepRel.AUX_PASS,
      DepRel.COP, DepRel.PUNCT, DepRel.MARK, DepRel.CC, DepRel.CCOMP, DepRel.ADVCL, DepRel.PARATAXIS, DepRel.CONJ,
      DepRel.ACL_RELCL, DepRel.DISCOURSE, DepRel.DEP, DepRel.OBL_AGENT, DepRel.EXPL, DepRel.VOCATIVE);
  private static final Set<DepRel> SUBJECT_RELS = EnumSet.of(DepRel.NSUBJ, DepRel.CSUBJ);
  private static final int DEPTH = 3;

  private final CameoDictionary dictionary;
  private final PloverMapping mapping;

  public CameoCoder(CameoDictionary dictionary, PloverMapping mapping) {
    this.dictionary = dictionary;
    this.mapping = mapping;
  }

  public CameoDictionary dictionary() {
    return dictionary;
  }

  public PloverMapping mapping() {
    return mapping;
  }

  /** Codes the verb at token {@code verb}; null when the dictionary does not know the verb. */
  public Result code(AnnotatedDocument d, int verb) {
    Token t = d.token(verb);
    List<Verb> candidates = new ArrayList<>(dictionary.verbs(t.key()));
    for (Verb v : dictionary.verbs(t.word())) {
      if (!candidates.contains(v)) {
        candidates.add(v);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    TreeSet<Integer> after = new TreeSet<>();
    TreeSet<Integer> before = new TreeSet<>();
    regions(d, t, before, after);
    Result best = null;
    int bestScore = -1;
    boolean bestMulti = false;
    for (Verb v : candidates) {
      boolean multi = !v.particles().isEmpty();
      if (multi && !particlesFollow(d, t, v.particles(), after)) {
        continue;
      }
      if (bestMulti && !multi) {
        continue; // a matched multi-word verb ("fight back") beats the single verb
      }
      Pattern bestP = null;
      int score = -1;
      for (Pattern p : v.block().patterns()) {
        int s = p.specificity();
        if (s <= score) {
          continue;
        }
        if (matchAll(d, p.before(), before) && matchAll(d, p.after(), after)) {
          bestP = p;
          score = s;
        }
      }
      Pattern used = bestP != null && (bestP.specificity() > 0 || v.effectiveCode() == null) ? bestP : null;
      String code = used != null ? used.code() : v.effectiveCode();
      if (code == null) {
        continue;
      }
      int total = (multi ? 100 : 0) + (used == null ? 0 : used.specificity());
      if (best == null || total > bestScore || multi && !bestMulti) {
        best = new Result(code, used, v, mapping.coding(code));
        bestScore = total;
        bestMulti = multi;
      }
    }
    return best;
  }

  private static boolean particlesFollow(AnnotatedDocument d, Token t, List<String> particles, Set<Integer> after) {
    // The particle words follow the verb in order, close to it, or are its dependents.
    int at = t.index();
    for (String p : particles) {
      int found = -1;
      for (int k = at + 1; k <= Math.min(at + 3, d.tokens().size() - 1); k++) {
        if (d.token(k).sentence() == t.sentence() && same(d.token(k), p)) {
          found = k;
          break;
        }
      }
      if (found < 0) {
        return false;
      }
      at = found;
    }
    return true;
  }

  private static void regions(AnnotatedDocument d, Token t, Set<Integer> before, Set<Integer> after) {
    for (int ch : d.children(t.index())) {
      Token c = d.token(ch);
      if (SUBJECT_RELS.contains(c.relation()) || c.relation() == DepRel.OBL_AGENT
          || c.is(DepRel.OBL) && ParseQueries.caseWord(d, ch).equals("by") && hasPassiveAux(d, t)) {
        collect(d, ch, before, DEPTH);
      } else if (c.relation() == DepRel.XCOMP) {
        after.add(ch); // "agreed to withdraw": the verb word, not its clause
      } else if (!NOT_OBJECT_RELS.contains(c.relation())) {
        collect(d, ch, after, DEPTH);
      }
    }
    if (before.isEmpty() && (t.relation() == DepRel.XCOMP || t.relation() == DepRel.CONJ) && t.head() >= 0) {
      for (int ch : d.children(t.head())) {
        if (SUBJECT_RELS.contains(d.token(ch).relation())) {
          collect(d, ch, before, DEPTH);
        }
      }
    }
  }

  private static boolean hasPassiveAux(AnnotatedDocument d, Token t) {
    for (int ch : d.children(t.index())) {
      if (d.token(ch).relation() == DepRel.AUX_PASS || d.token(ch).relation() == DepRel.NSUBJ_PASS) {
        return true;
      }
    }
    return false;
  }

  /** Relations inside a noun or prepositional phrase: a pattern looks at the phrase, not at clauses hanging off it. */
  private static final Set<DepRel> PHRASE_RELS = EnumSet.of(DepRel.COMPOUND, DepRel.AMOD, DepRel.DET, DepRel.NUMMOD,
      DepRel.CASE, DepRel.FLAT, DepRel.FIXED, DepRel.NMOD, DepRel.NMOD_POSS, DepRel.CONJ, DepRel.CC, DepRel.COMPOUND_PRT,
      DepRel.OBJ, DepRel.OBL, DepRel.NMOD_TMOD, DepRel.OBL_TMOD, DepRel.ADVMOD, DepRel.DET_PREDET, DepRel.NMOD_NPMOD,
      DepRel.OBL_NPMOD, DepRel.IOBJ);

  private static void collect(AnnotatedDocument d, int tok, Set<Integer> into, int depth) {
    into.add(tok);
    if (depth == 0) {
      return;
    }
    for (int ch : d.children(tok)) {
      if (PHRASE_RELS.contains(d.token(ch).relation())) {
        collect(d, ch, into, depth - 1);
      }
    }
  }

  private static boolean matchAll(AnnotatedDocument d, List<Element> es, TreeSet<Integer> region) {
    for (Element e : es) {
      if (!match(d, e, region)) {
        return false;
      }
    }
    return true;
  }

  private static boolean match(AnnotatedDocument d, Element e, TreeSet<Integer> region) {
    if (e instanceof Words w) {
      for (List<String> alt : w.alternatives()) {
        if (phraseIn(d, alt, region)) {
          return true;
        }
      }
      return false;
    }
    if (e instanceof Prep p) {
      // "were put on alert": the preposition is the verb's particle and the phrase its object.
      for (int k : region) {
        Token c = d.token(k);
        if (c.relation() == DepRel.COMPOUND_PRT && p.prepositions().contains(c.word().toLowerCase(Locale.ROOT))
            && matchAll(d, p.inside(), region)) {
          return true;
        }
      }
      for (int k : region) {
        Token c = d.token(k);
        if (c.relation() == DepRel.CASE || c.relation() == DepRel.MARK) {
          continue;
        }
        String cw = ParseQueries.caseWord(d, k);
        boolean prepOk = p.prepositions().isEmpty()
            || p.prepositions().stream().anyMatch(x -> (" " + cw + " ").contains(" " + x + " "));
        if (!prepOk || cw.isEmpty() && !p.prepositions().isEmpty()) {
          continue;
        }
        if (p.inside().isEmpty()) {
          return true;
        }
        TreeSet<Integer> sub = new TreeSet<>();
        collect(d, k, sub, 2);
        if (matchAll(d, p.inside(), sub)) {
          return true;
        }
      }
      return false;
    }
    return true; // markers constrain nothing here
  }

  private static boolean phraseIn(AnnotatedDocument d, List<String> words, TreeSet<Integer> region) {
    for (int k : region) {
      if (!same(d.token(k), words.get(0))) {
        continue;
      }
      // A single pattern word is a head, not a modifier of another noun ("aid" in "aid workers"),
      // and a noun, not a verb of a clause further down.
      if (words.size() == 1 && (d.token(k).relation() == DepRel.COMPOUND || d.token(k).relation() == DepRel.AMOD
          || d.token(k).isVerb() && d.token(k).relation() == DepRel.XCOMP)) {
        continue;
      }
      int at = k;
      boolean ok = true;
      for (int i = 1; i < words.size() && ok; i++) {
        ok = false;
        for (int j = at + 1; j <= at + 3; j++) {
          if (region.contains(j) && same(d.token(j), words.get(i))) {
            at = j;
            ok = true;
            break;
          }
        }
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(Token t, String w) {
    return t.key().equals(w) || t.word().toLowerCase(Locale.ROOT).equals(w);
  }
}
