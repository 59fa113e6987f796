package org.attest.extract.plover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The PETRARCH2 CAMEO verb-pattern dictionary ({@code CAMEO.2.0.txt}), parsed into typed structures:
 * noun synonym sets ({@code &MILITARY}), verb blocks (synonymous verbs with their own or the block's
 * CAMEO code, multi-word verbs such as {@code +SHOOT_DOWN}) and the block's phrase patterns
 * ({@code - * (FOR &CEASEFIRE) [0256]}: words before the verb belong to its subject, words after it
 * to its objects and prepositional phrases). Read once; immutable and thread-safe.
 *
 * <p>Format (PETRARCH2 documentation): {@code &NAME} opens a synset whose {@code +PHRASE} lines follow
 * (regular plurals are added unless the name or phrase ends in {@code _}); {@code --- NAME [CODE] ---}
 * opens a verb block; verb lines are {@code VERB {IRREGULAR FORMS} [CODE]}; pattern lines start with
 * {@code -}. {@code $} marks the source, {@code +} the target, {@code ^} a skipped word, {@code %} a
 * compound actor; {@code {A B}} is a noun phrase, {@code (PREP ...)} a prepositional phrase. A code
 * {@code ---} means "no event". Parsing stops at the transformations section.
 */
public final class CameoDictionary {

  /** One element of a pattern. */
  public sealed interface Element permits Words, Prep, Marker {}

  /** A word, a phrase or a synset: any of the alternatives (each a list of lower-case words). */
  public record Words(String source, List<List<String>> alternatives) implements Element {
    public Words {
      alternatives = List.copyOf(alternatives);
    }
  }

  /** A prepositional phrase: one of the prepositions, with the elements inside it. */
  public record Prep(List<String> prepositions, List<Element> inside) implements Element {
    public Prep {
      prepositions = List.copyOf(prepositions);
      inside = List.copyOf(inside);
    }
  }

  /** {@code $} source, {@code +} target, {@code ^} skip, {@code %} compound. */
  public record Marker(char kind) implements Element {}

  /** A phrase pattern: elements before the verb (its subject), after it, and the CAMEO code. */
  public record Pattern(List<Element> before, List<Element> after, String code, String text) {
    public Pattern {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }

    /** How many words and phrases the pattern asks for: more is more specific. */
    public int specificity() {
      return count(before) + count(after);
    }

    private static int count(List<Element> es) {
      int n = 0;
      for (Element e : es) {
        if (e instanceof Words) {
          n++;
        } else if (e instanceof Prep p) {
          n += 1 + count(p.inside());
        }
      }
      return n;
    }
  }

  /**
   * A verb of a block: its head word (lower case), the words that must follow it for a multi-word
   * verb ("down" in SHOOT_DOWN), and its own code or null (then the block's code applies).
   */
  public record Verb(String head, List<String> particles, String code, Block block) {
    public Verb {
      particles = List.copyOf(particles);
    }

    /** The code of the verb on its own: its own, else the block's; null when neither codes an event. */
    public String effectiveCode() {
      return code != null ? code : block.code();
    }

    @Override
    public String toString() {
      return head + (particles.isEmpty() ? "" : "_" + String.join("_", particles)) + " [" + effectiveCode() + "] in " + block.name();
    }
  }

  /** A verb block: name, default code (null for {@code ---}), verbs and patterns. */
  public static final class Block {
    private final String name;
    private final String code;
    private final List<Verb> verbs = new ArrayList<>();
    private final List<Pattern> patterns = new ArrayList<>();

    Block(String name, String code) {
      this.name = name;
      this.code = code;
    }

    public String name() {
      return name;
    }

    public String code() {
      return code;
    }

    public List<Verb> verbs() {
      return List.copyOf(verbs);
    }

    public List<Pattern> patterns() {
      return List.copyOf(patterns);
    }

    List<Pattern> patternsView() {
      return patterns;
    }
  }

  /** The code meaning "this is not an event". */
  public static final String NULL_CODE = "---";

  private final Map<String, List<List<String>>> synsets = new LinkedHashMap<>();
  private final List<Block> blocks = new ArrayList<>();
  private final Map<String, List<Verb>> verbsByForm = new HashMap<>();
  private int skippedPatterns;

  /** Parses a dictionary from its lines. */
  public static CameoDictionary parse(List<String> lines) {
    CameoDictionary d = new CameoDictionary();
    d.read(lines);
    return d;
  }

  private CameoDictionary() {}

  public Map<String, List<List<String>>> synsets() {
    return java.util.Collections.unmodifiableMap(synsets);
  }

  public List<Block> blocks() {
    return java.util.Collections.unmodifiableList(blocks);
  }

  /** Verbs whose head is this lemma or word form (lower case), in file order. */
  public List<Verb> verbs(String form) {
    return verbsByForm.getOrDefault(form.toLowerCase(Locale.ROOT), List.of());
  }

  /** Patterns that could not be read (an undefined synset, an unbalanced bracket). */
  public int skippedPatterns() {
    return skippedPatterns;
  }

  // ------------------------------------------------------------------ reading

  private static final java.util.regex.Pattern BLOCK = java.util.regex.Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]");
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]\\s*$");

  private void read(List<String> lines) {
    boolean inVerbs = false;
    String synset = null;
    Block block = null;
    for (String raw : lines) {
      String line = stripComment(raw).strip();
      if (raw.startsWith("####### VERB PATTERNS")) {
        inVerbs = true;
        synset = null;
        continue;
      }
      if (raw.startsWith("######## TRANSFORMATIONS")) {
        break;
      }
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("&")) {
        // A synset may be defined anywhere; its label ends in "_" when no plurals are wanted.
        synset = line.split("\\s+")[0];
        synsets.putIfAbsent(synset.endsWith("_") ? synset.substring(0, synset.length() - 1) : synset, new ArrayList<>());
        continue;
      }
      if (synset != null && line.startsWith("+") && !inVerbs) {
        addSynonym(synset, line.substring(1).strip());
        continue;
      }
      if (!inVerbs) {
        continue;
      }
      synset = null;
      if (line.startsWith("---")) {
        Matcher m = BLOCK.matcher(line);
        if (m.find()) {
          block = new Block(m.group(1), primaryCode(m.group(2)));
          blocks.add(block);
        }
        continue;
      }
      if (block == null) {
        continue;
      }
      if (line.startsWith("-")) {
        Pattern p = parsePattern(line.substring(1).strip());
        if (p == null) {
          skippedPatterns++;
        } else {
          block.patternsView().add(p);
        }
        continue;
      }
      addVerb(block, line);
    }
  }

  private void addSynonym(String label, String phrase) {
    boolean noPlural = label.endsWith("_") || phrase.endsWith("_");
    String key = label.endsWith("_") ? label.substring(0, label.length() - 1) : label;
    List<String> words = words(phrase);
    if (words.isEmpty()) {
      return;
    }
    List<List<String>> alts = synsets.get(key);
    alts.add(words);
    if (!noPlural) {
      List<String> plural = new ArrayList<>(words);
      plural.set(plural.size() - 1, plural(words.get(words.size() - 1)));
      alts.add(List.copyOf(plural));
    }
  }

  /** Regular English plural as PETRARCH forms it: -ies after y, -es after ss, else -s. */
  static String plural(String w) {
    if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
      return w.substring(0, w.length() - 1) + "ies";
    }
    if (w.endsWith("ss") || w.endsWith("sh") || w.endsWith("ch") || w.endsWith("x")) {
      return w + "es";
    }
    return w + "s";
  }

  private void addVerb(Block block, String line) {
    String code = null;
    Matcher cm = CODE.matcher(line);
    if (cm.find()) {
      code = primaryCode(cm.group(1));
      line = line.substring(0, cm.start()).strip();
    }
    List<String> forms = new ArrayList<>();
    int brace = line.indexOf('{');
    if (brace >= 0) {
      int close = line.indexOf('}', brace);
      String inside = close > brace ? line.substring(brace + 1, close) : line.substring(brace + 1);
      for (String f : inside.strip().split("\\s+")) {
        if (!f.isBlank()) {
          forms.add(f.startsWith("+") ? f.substring(1) : f);
        }
      }
      line = line.substring(0, brace).strip();
    }
    String[] parts = line.split("\\s+");
    if (parts.length == 0 || parts[0].isEmpty()) {
      return;
    }
    String main = parts[0].startsWith("+") ? parts[0].substring(1) : parts[0];
    List<String> words = words(main);
    if (words.isEmpty() || !Character.isLetter(words.get(0).charAt(0))) {
      return;
    }
    Verb v = new Verb(words.get(0), words.subList(1, words.size()), code, block);
    block.verbs.add(v);
    index(words.get(0), v);
    // Irregular forms ("FOUGHT", "+SHOT_DOWN") point to the same verb under their head word.
    for (String f : forms) {
      List<String> fw = words(f);
      if (!fw.isEmpty() && !fw.get(0).equals(words.get(0))) {
        index(fw.get(0), v);
      }
    }
  }

  private void index(String form, Verb v) {
    List<Verb> l = verbsByForm.computeIfAbsent(form, k -> new ArrayList<>());
    if (!l.contains(v)) {
      l.add(v);
    }
  }

  /** "042:043" → "042"; ":110" → "110"; "---" → "---"; "" → null. */
  static String primaryCode(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return null;
    }
    for (String part : t.split(":")) {
      String p = part.strip();
      if (!p.isEmpty()) {
        return p;
      }
    }
    return null;
  }

  Pattern parsePattern(String text) {
    Matcher cm = CODE.matcher(text);
    if (!cm.find()) {
      return null;
    }
    String code = primaryCode(cm.group(1));
    if (code == null) {
      return null;
    }
    String body = text.substring(0, cm.start()).strip();
    List<String> toks = tokenize(body);
    if (toks == null) {
      return null;
    }
    int star = -1;
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).equals("*") || toks.get(i).equals("**")) {
        star = i;
        break;
      }
    }
    if (star < 0) {
      return null;
    }
    List<Element> before = elements(toks.subList(0, star));
    List<Element> after = elements(toks.subList(star + 1, toks.size()));
    if (before == null || after == null) {
      return null;
    }
    return new Pattern(before, after, code, body);
  }

  /** Splits a pattern into tokens, keeping {...} and (...) groups whole; null when unbalanced. */
  private static List<String> tokenize(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c == '{' || c == '(') {
        char close = c == '{' ? '}' : ')';
        int depth = 0;
        int j = i;
        for (; j < s.length(); j++) {
          char x = s.charAt(j);
          if (x == '{' || x == '(') {
            depth++;
          } else if (x == '}' || x == ')') {
            depth--;
            if (depth == 0) {
              break;
            }
          }
        }
        if (j >= s.length() || s.charAt(j) != close) {
          return null;
        }
        out.add(s.substring(i, j + 1));
        i = j + 1;
        continue;
      }
      int j = i;
      while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '{' && s.charAt(j) != '(') {
        j++;
      }
      out.add(s.substring(i, j));
      i = j;
    }
    return out;
  }

  private List<Element> elements(List<String> toks) {
    List<Element> out = new ArrayList<>();
    for (String t : toks) {
      Element e = element(t);
      if (e == null) {
        return null;
      }
      out.add(e);
    }
    return out;
  }

  private Element element(String t) {
    if (t.length() == 1 && "$+^%".indexOf(t.charAt(0)) >= 0) {
      return new Marker(t.charAt(0));
    }
    if (t.startsWith("(")) {
      List<String> inner = tokenize(t.substring(1, t.length() - 1).strip());
      if (inner == null) {
        return null;
      }
      if (inner.isEmpty()) {
        return new Prep(List.of(), List.of());
      }
      String head = inner.get(0);
      if (head.startsWith("&") || head.startsWith("{") || head.startsWith("(") || head.length() == 1) {
        List<Element> in = elements(inner);
        return in == null ? null : new Prep(List.of(), in);
      }
      List<String> preps = new ArrayList<>();
      for (String p : head.split("/")) {
        preps.addAll(words(p));
      }
      List<Element> in = elements(inner.subList(1, inner.size()));
      return in == null ? null : new Prep(preps, in);
    }
    if (t.startsWith("{")) {
      List<String> inner = tokenize(t.substring(1, t.length() - 1).strip());
      if (inner == null) {
        return null;
      }
      // A noun phrase of words and synsets: expanded into every combination (synsets are small).
      List<List<String>> alts = List.of(List.of());
      for (String w : inner) {
        List<List<String>> choices;
        if (w.startsWith("&")) {
          choices = synsets.get(w);
          if (choices == null) {
            return null;
          }
        } else {
          choices = List.of(words(w));
        }
        List<List<String>> next = new ArrayList<>();
        for (List<String> a : alts) {
          for (List<String> ch : choices) {
            List<String> x = new ArrayList<>(a);
            x.addAll(ch);
            next.add(x);
          }
        }
        if (next.size() > 2000) {
          return null;
        }
        alts = next;
      }
      return new Words(t, alts);
    }
    if (t.startsWith("&")) {
      List<List<String>> alts = synsets.get(t);
      return alts == null ? null : new Words(t, alts);
    }
    List<String> w = words(t);
    return w.isEmpty() ? new Marker('^') : new Words(t, List.of(w));
  }

  /** "PRIME_MINISTER_" → [prime, minister]. */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.toLowerCase(Locale.ROOT).split("[_\\s]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash >= 0 ? line.substring(0, hash) : line;
  }

}
