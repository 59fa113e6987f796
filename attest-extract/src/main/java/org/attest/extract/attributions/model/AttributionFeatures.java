package org.attest.extract.attributions.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attest.extract.lexicon.Lexicon;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.DepRel;
import org.attest.nlp.NerTag;
import org.attest.nlp.PosClass;
import org.attest.nlp.Sentence;
import org.attest.nlp.Token;

/**
 * The features the attribution model reads, computed from an {@link AnnotatedDocument} alone (no
 * other extractor's output), so that training and extraction see exactly the same thing.
 *
 * <p>Cue features describe one token: its word, lemma, part of speech, dependency relation, head
 * and dependents, neighbours, the cue lexicon, quotation marks and colons around it, and the label
 * given to the token before it. Role features describe a token relative to a cue: the dependency
 * path between them, the branch of the cue it lies in (ccomp, nsubj, obj, parataxis …), direction
 * and distance, quotations, sentence distance, and the cue's lemma and part of speech.
 */
public final class AttributionFeatures {

  private AttributionFeatures() {}

  /** Per-document data the features share (the quotation regions). */
  public static final class DocView {
    final AnnotatedDocument doc;
    final QuoteRegions quotes;
    final Lexicon lexicon;

    public DocView(AnnotatedDocument doc, Lexicon lexicon) {
      this.doc = doc;
      this.quotes = new QuoteRegions(doc);
      this.lexicon = lexicon;
    }

    public AnnotatedDocument doc() {
      return doc;
    }

    public QuoteRegions quotes() {
      return quotes;
    }
  }

  /**
   * A token's relation as the features write it: the typed relation's UD label ("nmod:poss"), the
   * text the shipped model was trained on; a label the typed view does not know keeps the parser's
   * text, as it did in training.
   */
  static String dep(Token t) {
    DepRel r = t.relation();
    return r == DepRel.OTHER ? t.rel() : r.label();
  }

  /** A token's named-entity tag as the features write it ("ORGANIZATION", "O"), likewise. */
  static String ner(Token t) {
    NerTag n = t.nerTag();
    return n == NerTag.OTHER ? t.ner() : n.label();
  }

  static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  private static boolean isQuoteMark(Token t) {
    String w = t.word();
    return w.equals("\u201C") || w.equals("\u201D") || w.equals("\"") || w.equals("``") || w.equals("''");
  }

  /** Features of token {@code i} as a cue word; {@code prev} is the label of the token before it in its sentence. */
  public static List<String> cue(DocView v, int i, String prev) {
    AnnotatedDocument d = v.doc;
    Token t = d.token(i);
    Sentence s = d.sentenceOf(t);
    List<String> f = new ArrayList<>(48);
    String w = lower(t), l = t.key(), p = t.pos();
    f.add("w=" + w);
    f.add("l=" + l);
    f.add("p=" + p);
    f.add("lp=" + l + "|" + p);
    String rel = dep(t);
    f.add("r=" + rel);
    f.add("lr=" + l + "|" + rel);
    f.add("n=" + ner(t));
    f.add("prev=" + prev);
    f.add("prevl=" + prev + "|" + l);
    Lexicon.Cue lc = v.lexicon.cue(l);
    if (lc != null) {
      f.add("lex=" + lc.stance());
      f.add("lexp=" + lc.stance() + "|" + p);
    }
    if (t.head() >= 0) {
      Token h = d.token(t.head());
      f.add("hl=" + h.key());
      f.add("hp=" + h.pos());
      f.add("rhp=" + rel + "|" + h.pos());
      f.add("lhl=" + l + "|" + h.key());
    } else {
      f.add("root");
    }
    boolean hasSubj = false, hasClause = false;
    for (int c : d.children(i)) {
      Token ch = d.token(c);
      DepRel cr = ch.relation();
      String r = dep(ch);
      f.add("cr=" + r);
      f.add("lcr=" + l + "|" + r);
      if (cr.is(DepRel.NSUBJ)) {
        hasSubj = true;
        f.add("subjn=" + ner(ch));
        f.add("subjp=" + ch.pos());
        f.add("lsubjp=" + l + "|" + ch.pos());
      }
      if (cr == DepRel.CCOMP || cr == DepRel.PARATAXIS || cr == DepRel.XCOMP) {
        hasClause = true;
      }
      if (cr == DepRel.MARK || cr == DepRel.CASE || cr == DepRel.AUX || cr == DepRel.ADVMOD) {
        f.add("cw=" + r + "|" + lower(ch));
      }
    }
    f.add("sc=" + hasSubj + hasClause + "|" + p.substring(0, Math.min(2, p.length())));
    f.add("lsc=" + l + "|" + hasSubj + hasClause);
    for (int k = -2; k <= 2; k++) {
      if (k == 0) {
        continue;
      }
      int j = i + k;
      if (j < s.firstToken() || j >= s.endToken()) {
        f.add("w" + k + "=<s>");
        continue;
      }
      Token o = d.token(j);
      f.add("w" + k + "=" + lower(o));
      f.add("p" + k + "=" + o.pos());
      if (k == -1 || k == 1) {
        f.add("l" + k + "l=" + (k < 0 ? o.key() + "|" + l : l + "|" + o.key()));
        f.add("p" + k + "l=" + o.pos() + "|" + l);
      }
    }
    int q = v.quotes.quoteOf(i);
    f.add("inq=" + (q >= 0));
    // A quotation just before or after ("…,” she said" / "said: “…"), skipping commas and colons.
    f.add("qb=" + quoteNear(v, i, -1, s) + "|qa=" + quoteNear(v, i, 1, s));
    f.add("lqb=" + l + "|" + quoteNear(v, i, -1, s) + quoteNear(v, i, 1, s));
    if (i + 1 < s.endToken() && d.token(i + 1).word().equals(":")) {
      f.add("colon-next");
      f.add("colon-next|" + p);
    }
    if (w.equals(":")) {
      f.add("colon|" + (i + 1 < s.endToken() && isQuoteMark(d.token(i + 1))));
    }
    int pos = i - s.firstToken(), left = s.endToken() - 1 - i;
    f.add("sp=" + (pos == 0 ? "first" : left <= 1 ? "last" : "mid"));
    return f;
  }

  private static boolean quoteNear(DocView v, int i, int dir, Sentence s) {
    AnnotatedDocument d = v.doc;
    for (int j = i + dir, n = 0; n < 4 && j >= 0 && j < d.tokens().size(); j += dir, n++) {
      Token o = d.token(j);
      if (isQuoteMark(o)) {
        return true;
      }
      String w = o.word();
      // Proper nouns (NNP) are nouns; personal pronouns (PRP) and determiners (DT) only.
      if (!(w.equals(",") || w.equals(":") || o.posClass() == PosClass.PRONOUN || o.posClass() == PosClass.DETERMINER
          || o.isNoun())) {
        return false;
      }
    }
    return false;
  }

  /**
   * The tokens a cue's source and content are looked for in: the cue's sentence, every quotation
   * that overlaps it (a quotation may run over several sentences) and a quotation that continues
   * right after it in the same paragraph, minus the cue.
   */
  public static List<Integer> window(DocView v, List<Integer> cue) {
    AnnotatedDocument d = v.doc;
    Sentence s = d.sentenceOf(d.token(cue.get(0)));
    int lo = s.firstToken(), hi = s.endToken();
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      int q = v.quotes.quoteOf(i);
      if (q >= 0) {
        var span = v.quotes.quote(q);
        while (lo > 0 && d.token(lo - 1).begin() >= span.begin() && lo > s.firstToken() - 200) {
          lo--;
        }
        while (hi < d.tokens().size() && d.token(hi).end() <= span.end() && hi < s.endToken() + 200) {
          hi++;
        }
      }
    }
    hi = continuation(v, s, lo, hi);
    List<Integer> out = new ArrayList<>(hi - lo);
    for (int i = lo; i < hi; i++) {
      if (!cue.contains(i)) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * A quotation that opens right after the window, in the same paragraph, when the cue's sentence
   * holds a quotation too ("“…,” he said. “…”"): the speaker's quote goes on there.
   */
  static int continuation(DocView v, Sentence s, int lo, int hi) {
    AnnotatedDocument d = v.doc;
    boolean quoted = false;
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      quoted |= v.quotes.quoteOf(i) >= 0;
    }
    if (!quoted || hi >= d.tokens().size()) {
      return hi;
    }
    int q = v.quotes.quoteOf(hi);
    if (q < 0 || d.text().substring(d.token(hi - 1).end(), d.token(hi).begin()).contains("\n")) {
      return hi;
    }
    var span = v.quotes.quote(q);
    int end = hi;
    while (end < d.tokens().size() && d.token(end).end() <= span.end() && end < hi + 200) {
      end++;
    }
    return end;
  }

  /** The cue's head: its first token whose dependency head lies outside the cue. */
  public static int cueHead(AnnotatedDocument d, List<Integer> cue) {
    for (int i : cue) {
      int h = d.token(i).head();
      if (h < 0 || !cue.contains(h)) {
        return i;
      }
    }
    return cue.get(0);
  }

  private static List<Integer> ancestors(AnnotatedDocument d, int t) {
    List<Integer> a = new ArrayList<>();
    for (int x = t, n = 0; x >= 0 && n < 60; x = d.token(x).head(), n++) {
      a.add(x);
    }
    return a;
  }

  /** Features of token {@code t} as part of the source or content of the cue with head {@code h}. */
  public static List<String> role(DocView v, List<Integer> cue, int h, int t) {
    AnnotatedDocument d = v.doc;
    Token tt = d.token(t), ht = d.token(h);
    List<String> f = new ArrayList<>(40);
    String cl = ht.key();
    String cp = ht.pos().substring(0, Math.min(2, ht.pos().length()));
    String dir = t < h ? "L" : "R";
    List<Integer> at = ancestors(d, t), ah = ancestors(d, h);
    int lca = -1;
    for (int x : at) {
      if (ah.contains(x)) {
        lca = x;
        break;
      }
    }
    StringBuilder up = new StringBuilder();
    String branch = "none";
    if (lca >= 0) {
      int n = 0;
      for (int x : at) {
        if (x == lca) {
          break;
        }
        if (n < 3) {
          up.append(dep(d.token(x))).append('/');
        }
        n++;
        branch = dep(d.token(x));
      }
      if (n >= 3) {
        up.append("…").append(n);
      }
    } else {
      up.append("nolca");
    }
    StringBuilder down = new StringBuilder();
    if (lca >= 0) {
      int n = 0;
      for (int x : ah) {
        if (x == lca) {
          break;
        }
        if (n < 3) {
          down.append(dep(d.token(x))).append('/');
        }
        n++;
      }
    }
    String pu = up.toString(), pd = down.toString();
    boolean under = lca == h;
    f.add("pu=" + pu);
    f.add("pd=" + pd);
    f.add("pp=" + pu + "^" + pd);
    f.add("ppc=" + pu + "^" + pd + "|" + cp);
    f.add("under=" + under + "|" + dir);
    if (under) {
      f.add("br=" + branch);
      f.add("brd=" + branch + "|" + dir);
      f.add("brl=" + branch + "|" + cl);
      f.add("brc=" + branch + "|" + cp);
    } else {
      f.add("hr=" + dep(ht) + "|" + dir);
      f.add("hrl=" + dep(ht) + "|" + cl + "|" + dir);
    }
    int dist = Math.abs(t - h);
    String db = dist <= 3 ? String.valueOf(dist) : dist <= 6 ? "4-6" : dist <= 12 ? "7-12" : dist <= 25 ? "13-25" : "26+";
    f.add("dist=" + db + "|" + dir);
    f.add("tp=" + tt.pos());
    f.add("tpd=" + tt.pos() + "|" + dir + "|" + under);
    f.add("tl=" + tt.key());
    f.add("tn=" + ner(tt));
    f.add("tr=" + dep(tt));
    f.add("cl=" + cl + "|" + dir);
    f.add("cp=" + cp + "|" + dir);
    int sd = tt.sentence() - ht.sentence();
    f.add("sd=" + Math.max(-2, Math.min(2, sd)));
    int qt = v.quotes.quoteOf(t), qh = v.quotes.quoteOf(h);
    String qs = (qt >= 0 ? "T" : "t") + (qh >= 0 ? "H" : "h") + (qt >= 0 && qt == qh ? "=" : "");
    f.add("q=" + qs + "|" + dir);
    f.add("qb=" + qs + "|" + branch);
    // Punctuation between the token and the cue.
    int lo = Math.min(t, h), hi = Math.max(t, h);
    boolean comma = false, colon = false, quote = false;
    for (int j = lo + 1; j < hi && j - lo < 60; j++) {
      String w = d.token(j).word();
      comma |= w.equals(",");
      colon |= w.equals(":");
      quote |= isQuoteMark(d.token(j));
    }
    f.add("between=" + comma + colon + quote + "|" + dir);
    if (tt.head() == h) {
      f.add("child=" + dep(tt) + "|" + cl);
    }
    if (cue.size() > 1) {
      f.add("multi");
    }
    clauseFeatures(v, cue, h, t, f, at, lca, under, dir, branch, qs);
    return f;
  }

  /**
   * Where the token lies in the clause structure: its neighbours' parts of speech (span edges),
   * every clause or argument relation on its way up to the common ancestor with the cue (a token
   * under an adverbial clause or a conjunct of the cue is seldom its content), another reporting
   * verb or a sentence end between it and the cue.
   */
  private static void clauseFeatures(DocView v, List<Integer> cue, int h, int t, List<String> f, List<Integer> at, int lca,
      boolean under, String dir, String branch, String qs) {
    AnnotatedDocument d = v.doc;
    Token tt = d.token(t);
    Sentence s = d.sentenceOf(tt);
    // The token's neighbours' parts of speech (span edges: commas, sentence ends).
    String pm = t - 1 >= s.firstToken() ? d.token(t - 1).pos() : "<s>";
    String pn = t + 1 < s.endToken() ? d.token(t + 1).pos() : "</s>";
    f.add("tpm=" + pm + "|" + tt.pos() + "|" + dir);
    f.add("tpn=" + tt.pos() + "|" + pn + "|" + dir);
    // Every clause relation on the way up from the token to the common ancestor.
    if (lca >= 0) {
      java.util.Set<String> seen = new java.util.TreeSet<>();
      for (int x : at) {
        if (x == lca) {
          break;
        }
        DepRel r = d.token(x).relation();
        if (r == DepRel.CCOMP || r == DepRel.PARATAXIS || r == DepRel.ADVCL || r.is(DepRel.ACL) || r == DepRel.CONJ
            || r == DepRel.XCOMP || r == DepRel.CSUBJ || r.is(DepRel.NSUBJ) || r == DepRel.OBJ || r.is(DepRel.OBL)) {
          seen.add(r.label()); // sorted by label, as in training
        }
      }
      for (String r : seen) {
        f.add("on=" + r + "|" + under);
      }
    }
    // Another reporting word between the token and the cue: the token may belong to that cue.
    int lo = Math.min(t, h), hi = Math.max(t, h);
    boolean other = false, sentEnd = false;
    for (int j = lo + 1; j < hi && j - lo < 80; j++) {
      if (cue.contains(j)) {
        continue;
      }
      Token o = d.token(j);
      if (o.isVerb() && v.lexicon.cue(o.key()) != null) {
        other = true;
      }
      if (o.sentence() != tt.sentence() || o.word().equals(".")) {
        sentEnd = true;
      }
    }
    f.add("othercue=" + other + "|" + dir + "|" + under);
    f.add("sentend=" + sentEnd + "|" + qs);
    f.add("ubq=" + under + "|" + branch + "|" + qs);
  }
}
