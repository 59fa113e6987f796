package org.attest.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attest.model.Certainty;
import org.attest.model.EventType;
import org.attest.model.Stance;

/**
 * The general-purpose word lists the extractors read: countries with their demonyms and
 * capitals, roles, institutions, metonyms, geographic nouns, attribution cues and event triggers.
 * Loaded once from resources; immutable and thread-safe.
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

  public record Trigger(String lemma, EventType type, String pos, String condition) {}

  private static final Lexicon INSTANCE = new Lexicon();

  private final Map<String, List<CountryPhrase>> countryPhrasesByFirstWord = new HashMap<>();
  private final List<List<String>> roles;
  private final List<List<String>> institutions;
  private final List<List<String>> metonyms;
  private final Set<String> geoNouns;
  private final Set<String> contentNouns;
  private final Set<String> lightVerbs;
  private final Set<String> eventNouns;
  private final Set<String> notEventNouns;
  private final Map<String, Cue> cues = new HashMap<>();
  private final Map<String, List<Trigger>> triggers = new HashMap<>();
  private final Map<String, Set<String>> wordClasses = new HashMap<>();

  private Lexicon() {
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
    for (String line : lines("cues.tsv")) {
      String[] f = line.split("\t");
      cues.put(f[0], new Cue(f[0], Stance.valueOf(f[1]), Certainty.valueOf(f[2])));
    }
    for (String line : lines("events.tsv")) {
      String[] f = line.split("\t");
      Trigger t = new Trigger(f[0], EventType.valueOf(f[1]), f[2], f.length > 3 ? f[3] : null);
      triggers.computeIfAbsent(f[0], k -> new ArrayList<>()).add(t);
    }
    // A conditional reading ("seize" a place: ASSAULT) is tried before the plain one ("seize": COERCE).
    for (List<Trigger> l : triggers.values()) {
      l.sort(Comparator.comparingInt((Trigger t) -> t.condition() == null ? 1 : 0));
    }
    for (String line : lines("word-classes.tsv")) {
      String[] f = line.split("\t");
      wordClasses.put(f[0], new HashSet<>(Arrays.asList(f[1].split(";"))));
    }
  }

  public static Lexicon get() {
    return INSTANCE;
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

  private static List<List<String>> phrases(String resource) {
    List<List<String>> out = new ArrayList<>();
    for (String l : lines(resource)) {
      out.add(List.of(l.toLowerCase(Locale.ROOT).split("\\s+")));
    }
    out.sort(Comparator.comparingInt((List<String> p) -> -p.size()));
    return List.copyOf(out);
  }

  private static List<String> lines(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon resource " + resource);
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String l; (l = r.readLine()) != null; ) {
          if (!l.isBlank() && !l.startsWith("#")) {
            out.add(l.strip());
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
