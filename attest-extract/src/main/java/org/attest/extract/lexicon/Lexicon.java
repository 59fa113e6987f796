package org.attest.extract.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.math.BigDecimal;
import org.attest.extract.events.Numbers;
import org.attest.extract.plover.ActorDictionary;
import org.attest.extract.plover.CameoCoder;
import org.attest.extract.plover.CameoDictionary;
import org.attest.extract.plover.PloverMapping;
import org.attest.model.Certainty;
import org.attest.model.EventType;
import org.attest.model.Stance;
import org.attest.nlp.FunctionWords;

/**
 * The general-purpose word lists the extractors read: countries with their demonyms and
 * capitals, roles, institutions, metonyms, geographic nouns, attribution cues and event triggers.
 * Parsed once from a bundle's files ({@link Lexicons}); immutable and thread-safe.
 */
public final class Lexicon {

  /** How a gazetteer phrase names a country. */
  public enum CountryForm {
    NAME,
    DEMONYM,
    CAPITAL
  }

  public record CountryPhrase(List<String> words, String country, CountryForm form) {}

  public record Cue(String lemma, Stance stance, Certainty certainty) {}

  /** Which words a trigger applies to: verbs, common nouns, or both. */
  public enum TriggerPos {
    VERB,
    NOUN,
    ANY;

    /** {@code V}, {@code N} or {@code *}, as {@code events.tsv} writes it. */
    public static TriggerPos of(String code) {
      return switch (code) {
        case "V" -> VERB;
        case "N" -> NOUN;
        case "*" -> ANY;
        default -> throw new IllegalArgumentException("unknown part of speech '" + code + "' (V, N or *)");
      };
    }
  }

  /** An event trigger: its lemma, PLOVER type, the words it applies to and its condition (null: none). */
  public record Trigger(String lemma, EventType type, TriggerPos pos, Condition condition) {}

  private final LexiconFiles files;
  private final Map<String, List<CountryPhrase>> countryPhrasesByFirstWord = new HashMap<>();
  private final List<List<String>> roles;
  private final List<List<String>> institutions;
  private final List<List<String>> metonyms;
  private final Set<String> geoNouns;
  private final Set<String> contentNouns;
  private final Set<String> lightVerbs;
  private final Set<String> eventNouns;
  private final Set<String> notEventNouns;
  private final List<java.util.Map.Entry<java.util.regex.Pattern, String>> nominalizations = new ArrayList<>();
  private final Map<String, Cue> cues = new HashMap<>();
  private final Map<String, List<Trigger>> triggers = new HashMap<>();
  private final Map<String, Set<String>> wordClasses = new HashMap<>();

  private final FunctionWords functionWords;
  private final Map<WordSet.Name, WordSet> wordSets = new java.util.EnumMap<>(WordSet.Name.class);
  private final Numbers numbers;
  private final CameoCoder cameo;
  private final ActorDictionary actors;

  /** Parses the word lists of a bundle (see {@link Lexicons}, which callers use). */
  Lexicon(LexiconFiles files) {
    this.files = files;
    for (String line : lines("countries.tsv")) {
      String[] f = line.split("\t", -1);
      String canonical = f[0];
      addCountry(canonical, canonical, CountryForm.NAME);
      for (String a : split(f, 1)) {
        addCountry(a, canonical, CountryForm.NAME);
      }
      for (String d : split(f, 2)) {
        addCountry(d, canonical, CountryForm.DEMONYM);
      }
      for (String c : split(f, 3)) {
        addCountry(c, canonical, CountryForm.CAPITAL);
      }
    }
    for (List<CountryPhrase> l : countryPhrasesByFirstWord.values()) {
      l.sort(Comparator.comparingInt((CountryPhrase p) -> -p.words().size()));
    }
    roles = phrases("roles.txt");
    institutions = phrases("institutions.txt");
    metonyms = phrases("metonyms.txt");
    geoNouns = new HashSet<>(lines("geo-nouns.txt"));
    contentNouns = new HashSet<>(lines("content-nouns.txt"));
    lightVerbs = new HashSet<>(lines("light-verbs.txt"));
    eventNouns = new HashSet<>(lines("event-nouns.txt"));
    notEventNouns = new HashSet<>(lines("not-event-nouns.txt"));
    for (String line : lines("nominalizations.tsv")) {
      String[] f = line.split("\t", -1);
      if (f.length != 2) {
        throw new IllegalStateException(files.dir() + "nominalizations.tsv: expected 'pattern<TAB>replacement': " + line);
      }
      try {
        nominalizations.add(java.util.Map.entry(java.util.regex.Pattern.compile("\\A(?:" + f[0] + ")\\z"), f[1]));
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new IllegalStateException(files.dir() + "nominalizations.tsv: " + e.getDescription() + ": " + line, e);
      }
    }
    for (String line : lines("cues.tsv")) {
      String[] f = line.split("\t");
      cues.put(f[0], new Cue(f[0], Stance.valueOf(f[1]), Certainty.valueOf(f[2])));
    }
    for (String line : lines("word-classes.tsv")) {
      String[] f = line.split("\t");
      wordClasses.put(f[0], new HashSet<>(Arrays.asList(f[1].split(";"))));
    }
    for (String line : lines("events.tsv")) {
      String[] f = line.split("\t");
      try {
        if (f.length < 3 || f.length > 4) {
          throw new IllegalArgumentException("expected lemma<TAB>TYPE<TAB>V|N|*[<TAB>condition]");
        }
        Trigger t = new Trigger(f[0], EventType.valueOf(f[1]), TriggerPos.of(f[2]),
            f.length > 3 ? Condition.parse(f[3], wordClasses.keySet()) : null);
        triggers.computeIfAbsent(f[0], k -> new ArrayList<>()).add(t);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(files.dir() + "events.tsv: " + e.getMessage() + ": " + line, e);
      }
    }
    // A conditional reading ("seize" a place: ASSAULT) is tried before the plain one ("seize": COERCE).
    for (List<Trigger> l : triggers.values()) {
      l.sort(Comparator.comparingInt((Trigger t) -> t.condition() == null ? 1 : 0));
    }
    Map<String, Set<String>> fw = new HashMap<>();
    for (String line : lines("function-words.tsv")) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(files.dir() + "function-words.tsv: expected 'class<TAB>word;word': " + line);
      }
      fw.put(f[0], Set.copyOf(split(f, 1)));
    }
    functionWords = new FunctionWords(need(fw, "negator"), need(fw, "negative-determiner"), need(fw, "negative-pronoun"),
        need(fw, "negating-adverb"));
    Map<String, WordSet.Name> byFileName = new HashMap<>();
    for (WordSet.Name n : WordSet.Name.values()) {
      byFileName.put(n.fileName(), n);
    }
    for (String line : lines("word-sets.tsv")) {
      String[] f = line.split("\t");
      WordSet.Name n = f.length == 2 ? byFileName.get(f[0]) : null;
      if (n == null) {
        throw new IllegalStateException(files.dir() + "word-sets.tsv: unknown set or malformed line (expected one of "
            + byFileName.keySet().stream().sorted().toList() + "<TAB>word;word): " + line);
      }
      if (wordSets.put(n, new WordSet(n, split(f, 1))) != null) {
        throw new IllegalStateException(files.dir() + "word-sets.tsv: set '" + f[0] + "' is defined twice");
      }
    }
    for (WordSet.Name n : WordSet.Name.values()) {
      if (!wordSets.containsKey(n)) {
        throw new IllegalStateException(files.dir() + "word-sets.tsv: no line for set '" + n.fileName() + "'");
      }
    }
    Map<String, Integer> numberWords = new HashMap<>();
    Map<String, BigDecimal> scales = new HashMap<>();
    for (String line : lines("numbers.tsv")) {
      String[] f = line.split("\t");
      try {
        if (f.length == 3 && f[0].equals("scale")) {
          scales.put(f[1], new BigDecimal(f[2]));
        } else if (f.length == 2) {
          numberWords.put(f[0], Integer.parseInt(f[1]));
        } else {
          throw new NumberFormatException("expected 'word<TAB>value' or 'scale<TAB>word<TAB>multiplier'");
        }
      } catch (NumberFormatException e) {
        throw new IllegalStateException(files.dir() + "numbers.tsv: " + e.getMessage() + ": " + line);
      }
    }
    numbers = new Numbers(numberWords, scales);
    // The PLOVER coding resources of the bundle, parsed here once like every other list (and so in
    // its hash): PETRARCH2's CAMEO verb dictionary with the CAMEO2PLOVER table and our decisions,
    // and the Phoenix actor and agent dictionaries.
    cameo = new CameoCoder(CameoDictionary.parse(files.rawLines(CAMEO_VERBS)),
        PloverMapping.parse(files.rawLines(CAMEO_TO_PLOVER), files.rawLines(PLOVER_DECISIONS)));
    actors = ActorDictionary.parse(files.rawLines(PHOENIX_COUNTRIES),
        List.of(files.rawLines(PHOENIX_INTERNATIONAL), files.rawLines(PHOENIX_NON_STATE)), files.rawLines(PHOENIX_AGENTS));
  }

  /** The bundle's folder of PLOVER coding resources (PETRARCH2 and Phoenix files, as they are published). */
  public static final String PLOVER_DIR = "plover/";

  private static final String CAMEO_VERBS = PLOVER_DIR + "CAMEO.2.0.txt";
  private static final String CAMEO_TO_PLOVER = PLOVER_DIR + "CAMEO2PLOVER-2021.txt";
  private static final String PLOVER_DECISIONS = PLOVER_DIR + "plover-decisions.tsv";
  private static final String PHOENIX_COUNTRIES = PLOVER_DIR + "Phoenix.Countries.actors.txt";
  private static final String PHOENIX_INTERNATIONAL = PLOVER_DIR + "Phoenix.International.actors.txt";
  private static final String PHOENIX_NON_STATE = PLOVER_DIR + "Phoenix.MilNonState.actors.txt";
  private static final String PHOENIX_AGENTS = PLOVER_DIR + "Phoenix.agents.txt";

  /** The bundle's PLOVER coding files, relative to its directory. */
  public static final List<String> PLOVER_FILES = List.of(CAMEO_VERBS, CAMEO_TO_PLOVER, PLOVER_DECISIONS, PHOENIX_COUNTRIES,
      PHOENIX_INTERNATIONAL, PHOENIX_NON_STATE, PHOENIX_AGENTS);

  /** The CAMEO verb-pattern coder with its PLOVER mapping. */
  public CameoCoder cameo() {
    return cameo;
  }

  /** The Phoenix actors (named, with dated codes) and generic agents. */
  public ActorDictionary actors() {
    return actors;
  }

  /** A closed word set by name. */
  public WordSet words(WordSet.Name name) {
    return wordSets.get(name);
  }

  /** Number words and scales ("two", "million"). */
  public Numbers numbers() {
    return numbers;
  }

  private Set<String> need(Map<String, Set<String>> fw, String cls) {
    Set<String> s = fw.get(cls);
    if (s == null) {
      throw new IllegalStateException(files.dir() + "function-words.tsv: no line for '" + cls + "'");
    }
    return s;
  }

  /** The closed-class words the parse queries read. */
  public FunctionWords functionWords() {
    return functionWords;
  }

  private void addCountry(String phrase, String canonical, CountryForm form) {
    List<String> words = Arrays.asList(phrase.trim().split("\\s+"));
    countryPhrasesByFirstWord
        .computeIfAbsent(words.get(0), k -> new ArrayList<>())
        .add(new CountryPhrase(List.copyOf(words), canonical, form));
  }

  /** Gazetteer phrases starting with this word, longest first (case-sensitive). */
  public List<CountryPhrase> countryPhrases(String firstWord) {
    return countryPhrasesByFirstWord.getOrDefault(firstWord, List.of());
  }

  /** Multi-word role nouns, longest first, lower case. */
  public List<List<String>> roles() {
    return roles;
  }

  public List<List<String>> institutions() {
    return institutions;
  }

  public List<List<String>> metonyms() {
    return metonyms;
  }

  public boolean isGeoNoun(String lowerWord) {
    return geoNouns.contains(lowerWord);
  }

  public boolean isContentNoun(String lemma) {
    return contentNouns.contains(lemma);
  }

  /** Verbs that name no happening of their own ("be", "have", "seem", "express" ...). */
  public boolean isLightVerb(String lemma) {
    return lightVerbs.contains(lemma);
  }

  /** Nouns that name a happening by themselves ("recession", "clashes"). */
  public boolean isEventNoun(String lemma) {
    return eventNouns.contains(lemma);
  }

  /**
   * The verbs a noun lemma may nominalize ("deployment" → "deploy"), by the bundle's rules
   * ({@code nominalizations.tsv}), in rule order; unchecked against any verb list.
   */
  public List<String> nominalizationCandidates(String noun) {
    List<String> out = new ArrayList<>();
    for (var r : nominalizations) {
      java.util.regex.Matcher m = r.getKey().matcher(noun);
      if (m.find()) {
        out.add(m.replaceFirst(r.getValue()));
      }
    }
    return out;
  }

  /**
   * The base verb of a noun lemma: the first candidate ({@link #nominalizationCandidates}) longer
   * than two letters that {@code isVerb} knows as a verb, or null.
   */
  public String baseVerb(String noun, java.util.function.Predicate<String> isVerb) {
    for (String c : nominalizationCandidates(noun)) {
      if (c.length() > 2 && isVerb.test(c)) {
        return c;
      }
    }
    return null;
  }

  /** Nominalizations that name a thing or a body, not a happening ("government"). */
  public boolean isNotEventNoun(String lemma) {
    return notEventNouns.contains(lemma);
  }

  public Cue cue(String lemma) {
    return cues.get(lemma);
  }

  public List<Trigger> triggers(String lemma) {
    return triggers.getOrDefault(lemma, List.of());
  }

  /** True when the lemma belongs to the named noun class (military, combat, pact, sanction). */
  public boolean inClass(String className, String lemma) {
    Set<String> s = wordClasses.get(className);
    if (s == null) {
      return false;
    }
    // Lemmatizers disagree on plurals ("troops"); a trailing -s is tried off too.
    return s.contains(lemma) || lemma.endsWith("s") && s.contains(lemma.substring(0, lemma.length() - 1));
  }

  private static List<String> split(String[] f, int i) {
    if (i >= f.length || f[i].isBlank()) {
      return List.of();
    }
    return Arrays.stream(f[i].split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private List<List<String>> phrases(String resource) {
    List<List<String>> out = new ArrayList<>();
    for (String l : lines(resource)) {
      out.add(List.of(l.toLowerCase(Locale.ROOT).split("\\s+")));
    }
    out.sort(Comparator.comparingInt((List<String> p) -> -p.size()));
    return List.copyOf(out);
  }

  private List<String> lines(String resource) {
    return files.lines(resource);
  }
}
