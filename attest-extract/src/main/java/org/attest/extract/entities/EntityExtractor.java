package org.attest.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attest.extract.ExtractionContext;
import org.attest.extract.ExtractionContext.EntityMention;
import org.attest.extract.Extractor;
import org.attest.extract.Layer;
import org.attest.extract.lexicon.Lexicon;
import org.attest.extract.lexicon.WordSet;
import org.attest.extract.lexicon.Lexicon.CountryForm;
import org.attest.extract.lexicon.Lexicon.CountryPhrase;
import org.attest.extract.plover.ActorDictionary;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Mention;
import org.attest.model.Span;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.NerTag;
import org.attest.nlp.ParseQueries;
import org.attest.nlp.DepRel;
import org.attest.nlp.PosClass;
import org.attest.nlp.Token;

/**
 * Finds entity mentions and groups them into entities. Beyond the NLP library's named entities it
 * knows what analysts need: a country is also named by its demonym ("North Korean"), by its
 * capital when the capital acts ("Pyongyang denies"), and by the forces that act for it
 * ("Ukrainian forces"); an institution named by description ("South Korean intelligence") is an
 * organization of its own; a person is also named by office ("the North Korean leader") once an
 * apposition or a title has told who holds it; pronouns take the nearest fitting antecedent.
 */
public final class EntityExtractor extends Extractor {

  public static final String NAME = "entities";


  public EntityExtractor() {
    super(NAME);
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.PARSE);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ENTITIES);
  }

  /** A candidate mention before grouping. Token range is [first, last]. */
  private static final class Cand {
    final int first;
    int last;
    final Kind kind;
    String country; // canonical country, where known
    String role; // role words, for ROLE mentions
    String institution; // institution words, for INSTITUTION mentions
    int nameFirst = -1; // for titled persons: the name's own tokens
    Key key; // grouping key, set when resolved
    int head;

    Cand(int first, int last, Kind kind) {
      this.first = first;
      this.last = last;
      this.kind = kind;
      this.head = last;
    }
  }

  private enum Kind {
    COUNTRY, PLACE, INSTITUTION, ROLE, PERSON, ORG, OTHER, PRONOUN, AGENT
  }

  @Override
  protected void extract(ExtractionContext ctx) {
    AnnotatedDocument d = ctx.doc();
    List<Token> toks = d.tokens();
    Cand[] at = new Cand[toks.size()];
    List<Cand> cands = new ArrayList<>();
    Lexicon lex = ctx.lexicon();

    // Pass 1: gazetteer phrases, named entities, places, pronouns.
    for (int i = 0; i < toks.size(); ) {
      Cand c = matchCountry(d, i, lex);
      if (c == null) {
        c = matchNamed(d, i, lex);
      }
      if (c == null) {
        c = matchPronoun(d, lex, i);
      }
      if (c != null) {
        cands.add(c);
        for (int k = c.first; k <= c.last; k++) {
          at[k] = c;
        }
        i = c.last + 1;
      } else {
        i++;
      }
    }
    // Pass 2: role descriptions and bare institution names, which need pass 1's countries.
    for (int i = 0; i < toks.size(); i++) {
      if (at[i] != null) {
        continue;
      }
      Cand c = matchRoleOf(d, i, at, lex);
      if (c == null) {
        c = matchBareInstitution(d, i, at, cands, lex);
      }
      if (c == null) {
        c = matchAgent(d, i, at, cands, lex);
      }
      if (c != null) {
        cands.add(c);
        for (int k = c.first; k <= c.last; k++) {
          if (at[k] == null) {
            at[k] = c;
          }
        }
        i = c.last;
      }
    }
    cands.sort(Comparator.comparingInt((Cand c) -> c.first).thenComparingInt(c -> -c.last));

    // Who holds which office, from appositions ("X, the leader of Y") and titles.
    Map<Office, Key> officeHolders = new HashMap<>();
    Map<String, Key> personKeys = new LinkedHashMap<>();
    for (Cand c : cands) {
      if (c.kind == Kind.PERSON) {
        c.key = personKey(d, c, personKeys);
        if (c.role != null) {
          officeHolders.put(new Office(c.role, c.country), c.key);
        }
      }
    }
    for (Cand c : cands) {
      if (c.kind == Kind.ROLE) {
        Cand person = appositivePerson(d, c, at);
        if (person != null && person.key != null) {
          officeHolders.putIfAbsent(new Office(c.role, c.country), person.key);
        }
      }
    }

    // Group into entities.
    Map<Key, Group> groups = new LinkedHashMap<>();
    List<Cand> lastPersons = new ArrayList<>();
    for (Cand c : cands) {
      switch (c.kind) {
        case COUNTRY -> c.key = new Key(KeyKind.COUNTRY, c.country, null);
        case PLACE -> c.key = new Key(KeyKind.PLACE, null, norm(text(d, c.nameFirst >= 0 ? c.nameFirst : c.first, c.last)));
        case INSTITUTION -> {
          if (c.key == null) {
            c.key = new Key(KeyKind.INSTITUTION, c.country, c.institution);
          }
        }
        case ROLE -> {
          Key holder = officeHolders.get(new Office(c.role, c.country));
          c.key = holder != null ? holder : new Key(KeyKind.ROLE, c.country, c.role);
        }
        case PERSON -> { /* keyed above */ }
        case AGENT -> { /* keyed when matched */ }
        case ORG -> c.key = new Key(KeyKind.ORG, null, norm(text(d, c.first, c.last)));
        case OTHER -> c.key = new Key(KeyKind.OTHER, null, norm(text(d, c.first, c.last)));
        case PRONOUN -> c.key = antecedent(d, lex, c, cands);
      }
      if (c.key == null) {
        continue;
      }
      groups.computeIfAbsent(c.key, k -> new Group(k, groupType(c))).add(d, c);
    }

    // Build entities ordered by first mention.
    List<Group> ordered = new ArrayList<>(groups.values());
    ordered.removeIf(g -> g.named.isEmpty());
    ordered.sort(Comparator.comparingInt(g -> g.cands.get(0).first));
    List<Entity> entities = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    Map<Key, String> idByKey = new HashMap<>();
    for (Group g : ordered) {
      idByKey.put(g.key, "e" + (entities.size() + 1));
      String id = idByKey.get(g.key);
      List<Mention> ms = new ArrayList<>();
      for (Cand c : g.cands) {
        Span span = new Span(d.token(c.first).begin(), d.token(c.last).end());
        ms.add(Mention.of(d.id(), span));
        mentions.add(new EntityMention(span, id, c.head, c.kind.name()));
      }
      entities.add(new Entity(id, g.name(d), g.type, new ArrayList<>(g.aliases), ms, provenance(ctx),
          affiliation(d, g, ctx.anchor(), lex)));
    }
    ctx.setEntities(entities, mentions);
  }

  // ---------------------------------------------------------------- pass 1 matchers

  private Cand matchCountry(AnnotatedDocument d, int i, Lexicon lex) {
    List<Token> toks = d.tokens();
    Token t = toks.get(i);
    // A lone "person" word that is a country's name ("Chad", "Jordan") is the country; a longer
    // personal name ("Michael Jordan") is not.
    boolean lonePerson = t.nerTag() == NerTag.PERSON && personRun(d, i) == 1
        && (i == 0 || d.token(i - 1).nerTag() != NerTag.PERSON);
    if (t.nerTag() == NerTag.PERSON && !lonePerson) {
      return null;
    }
    // "the Russians said": a plural demonym stands for its country.
    if (t.word().endsWith("s") && t.word().length() > 4) {
      for (CountryPhrase p : lex.countryPhrases(t.word().substring(0, t.word().length() - 1))) {
        if (p.form() == CountryForm.DEMONYM && p.words().size() == 1) {
          Cand c = new Cand(i, i, Kind.COUNTRY);
          c.country = p.country();
          return c;
        }
      }
    }
    for (CountryPhrase p : lex.countryPhrases(t.word())) {
      if (t.nerTag() == NerTag.PERSON && p.form() != CountryForm.NAME) {
        continue;
      }
      int n = p.words().size();
      if (!wordsMatch(d, i, p.words(), false)) {
        continue;
      }
      int j = i + n - 1;
      if (insideLargerName(d, i, j)) {
        continue;
      }
      Token next = j + 1 < toks.size() && toks.get(j + 1).sentence() == t.sentence() ? toks.get(j + 1) : null;
      switch (p.form()) {
        case DEMONYM -> {
          return afterDemonym(d, i, j, p.country(), lex);
        }
        case NAME -> {
          if (next != null && (next.word().equals("'s") || next.word().equals("’s") || next.word().equals("'"))) {
            Cand c = afterDemonym(d, i, j + 1, p.country(), lex);
            if (c.kind != Kind.COUNTRY || c.last > j + 1) {
              return c; // "Ukraine's defense minister", "Sudan's army"
            }
          }
          Cand c = new Cand(i, j, Kind.COUNTRY);
          c.country = p.country();
          return c;
        }
        case CAPITAL -> {
          int first = i;
          while (first > 0 && toks.get(first - 1).sentence() == t.sentence() && toks.get(first - 1).head() == j
              && toks.get(first - 1).relation() == DepRel.COMPOUND && Character.isUpperCase(toks.get(first - 1).word().charAt(0))) {
            first--;
          }
          Token before = first > 0 ? toks.get(first - 1) : null;
          if (before != null && before.sentence() == t.sentence() && lex.words(WordSet.Name.LOCATIVE).contains(before.lowerWord())) {
            Cand c = new Cand(i, j, Kind.PLACE);
            return withGeoNoun(d, c, lex);
          }
          Cand c = new Cand(first, j, Kind.COUNTRY);
          c.country = p.country();
          return c;
        }
      }
    }
    return null;
  }

  /**
   * After a demonym (or "Country's") at [i, j]: a group acting for the country, an institution of
   * its own, an office (and maybe its holder's name), or just the demonym.
   */
  private Cand afterDemonym(AnnotatedDocument d, int i, int j, String country, Lexicon lex) {
    List<Token> toks = d.tokens();
    int first = i;
    if (i > 0 && toks.get(i - 1).word().equalsIgnoreCase("the") && toks.get(i - 1).sentence() == toks.get(i).sentence()) {
      first = i - 1;
    }
    int inst = matchPhrase(d, j + 1, lex.institutions());
    if (inst > 0) {
      Cand c = new Cand(first, j + inst, Kind.INSTITUTION);
      c.country = country;
      c.institution = lower(d, j + 1, j + inst);
      return c;
    }
    int role = matchPhrase(d, j + 1, lex.roles());
    if (role > 0) {
      int end = j + role;
      int name = personRun(d, end + 1);
      if (name > 0) {
        Cand c = new Cand(i, end + name, Kind.PERSON);
        c.nameFirst = end + 1;
        c.country = country;
        c.role = lower(d, j + 1, end);
        return c;
      }
      Cand c = new Cand(first, end, Kind.ROLE);
      c.country = country;
      c.role = lower(d, j + 1, end);
      c.head = phraseHead(d, j + 1, end);
      return c;
    }
    for (int skip = 0; skip <= 1; skip++) {
      int start = j + 1 + skip;
      if (skip == 1 && (start - 1 >= toks.size() || toks.get(start - 1).posClass() != PosClass.ADJECTIVE)) {
        break;
      }
      int met = matchPhrase(d, start, lex.metonyms());
      if (met > 0) {
        Cand c = new Cand(first, start + met - 1, Kind.COUNTRY);
        c.country = country;
        return c;
      }
    }
    boolean possessive = toks.get(j).word().equals("'s") || toks.get(j).word().equals("’s") || toks.get(j).word().equals("'");
    Cand c = new Cand(i, possessive ? j - 1 : j, Kind.COUNTRY);
    c.country = country;
    return c;
  }

  private Cand matchNamed(AnnotatedDocument d, int i, Lexicon lex) {
    List<Token> toks = d.tokens();
    Token t = toks.get(i);
    NerTag ner = t.nerTag();
    boolean pluralName = t.isProperNoun() && (t.isPluralNoun() || t.word().endsWith("s") && t.word().length() > 3
        && i > 0 && d.token(i - 1).word().equalsIgnoreCase("the"));
    if (pluralName && (ner == NerTag.NONE || ner == NerTag.LOCATION || ner == NerTag.MISC) && Character.isUpperCase(t.word().charAt(0))
        && lex.countryPhrases(t.word()).isEmpty() && (i == 0 || !d.token(i - 1).isProperNoun())
        && (i + 1 >= d.tokens().size() || !d.token(i + 1).isProperNoun())) {
      return new Cand(i, i, Kind.ORG); // "the Houthis", "the Taliban"-like groups the tagger misses
    }
    if (ner == NerTag.PERSON && !afterPlaceNoun(d, i, lex)) {
      int n = personRun(d, i);
      Cand c = new Cand(i, i + n - 1, Kind.PERSON);
      // A title before the name: "President Joe Biden".
      int r = titleBefore(d, i, lex);
      if (r >= 0) {
        c = new Cand(r, i + n - 1, Kind.PERSON);
        c.role = lower(d, r, i - 1);
      }
      c.nameFirst = i;
      return c;
    }
    if (ner == NerTag.PERSON || ner == NerTag.ORGANIZATION || ner == NerTag.LOCATION || ner == NerTag.MISC) {
      int j = i;
      while (j + 1 < toks.size() && toks.get(j + 1).nerTag() == ner && toks.get(j + 1).sentence() == t.sentence()
          && !isPunct(toks.get(j + 1))) {
        j++;
      }
      // A "person" after "the port of" is a place the tagger misread.
      Kind kind = ner == NerTag.ORGANIZATION ? Kind.ORG
          : ner == NerTag.LOCATION || ner == NerTag.PERSON ? Kind.PLACE : Kind.OTHER;
      Cand c = new Cand(i, j, kind);
      if (kind == Kind.PLACE) {
        c = withGeoNoun(d, c, lex);
      }
      return c;
    }
    // A capitalized name the tagger missed, before a geographic noun: "the Kursk region".
    if (t.isProperNoun() && i + 1 < toks.size() && toks.get(i + 1).sentence() == t.sentence()
        && lex.isGeoNoun(toks.get(i + 1).word()) && Character.isUpperCase(t.word().charAt(0))) {
      return withGeoNoun(d, new Cand(i, i, Kind.PLACE), lex);
    }
    return null;
  }

  /** "the port of X", "the city of X": X names a place whatever the tagger says. */
  private static boolean afterPlaceNoun(AnnotatedDocument d, int i, Lexicon lex) {
    return i >= 2 && d.token(i - 1).word().equals("of") && lex.isGeoNoun(d.token(i - 2).word().toLowerCase(Locale.ROOT))
        && d.token(i - 2).sentence() == d.token(i).sentence();
  }

  private Cand withGeoNoun(AnnotatedDocument d, Cand c, Lexicon lex) {
    List<Token> toks = d.tokens();
    int j = c.last + 1;
    if (j < toks.size() && toks.get(j).sentence() == toks.get(c.last).sentence() && lex.isGeoNoun(toks.get(j).word())) {
      Cand g = new Cand(c.first, j, Kind.PLACE);
      g.nameFirst = c.first;
      return g;
    }
    return c;
  }

  private Cand matchPronoun(AnnotatedDocument d, Lexicon lex, int i) {
    Token t = d.token(i);
    String w = t.word().toLowerCase(Locale.ROOT);
    if ((t.posClass() == PosClass.PRONOUN || t.posClass() == PosClass.POSSESSIVE_PRONOUN) && (lex.words(WordSet.Name.PERSON_PRONOUNS).contains(w) || lex.words(WordSet.Name.THING_PRONOUNS).contains(w))) {
      Cand c = new Cand(i, i, Kind.PRONOUN);
      // "its military": the pronoun and the group acting for its antecedent.
      Token head = t.head() >= 0 ? d.token(t.head()) : null;
      if (head != null && t.relation() == DepRel.NMOD_POSS && head.index() == i + 1
          && matchPhrase(d, i + 1, lex.metonyms()) == 1) {
        c = new Cand(i, i + 1, Kind.PRONOUN);
        c.head = i;
      }
      return c;
    }
    return null;
  }

  // ---------------------------------------------------------------- pass 2 matchers

  /** "the leader of North Korea", "the Chief of the General Staff of the Russian Armed Forces". */
  private Cand matchRoleOf(AnnotatedDocument d, int i, Cand[] at, Lexicon lex) {
    int n = matchPhrase(d, i, lex.roles());
    if (n == 0) {
      return null;
    }
    int end = i + n - 1;
    // The country comes from an "of" phrase on the role's head (or first) word.
    for (int headIdx : new int[] {end, i}) {
      for (int ch : d.children(headIdx)) {
        Token c = d.token(ch);
        if (!c.is(DepRel.NMOD) || !hasCase(d, ch, "of")) {
          continue;
        }
        Cand m = at[ch];
        if (m != null && m.kind == Kind.COUNTRY) {
          int first = i > 0 && d.token(i - 1).word().equalsIgnoreCase("the") ? i - 1 : i;
          Cand r = new Cand(first, Math.max(m.last, end), Kind.ROLE);
          r.country = m.country;
          r.role = lower(d, i, end);
          r.head = phraseHead(d, i, end);
          return r;
        }
      }
    }
    return null;
  }

  /** "state media" after an earlier "North Korean state media": the same institution. */
  private Cand matchBareInstitution(AnnotatedDocument d, int i, Cand[] at, List<Cand> cands, Lexicon lex) {
    int n = matchPhrase(d, i, lex.institutions());
    if (n == 0) {
      return null;
    }
    Cand latest = null;
    String words = lower(d, i, i + n - 1);
    for (Cand c : cands) {
      if (c.kind == Kind.INSTITUTION && c.first < i && words.equals(c.institution)) {
        if (latest == null || c.first > latest.first) {
          latest = c;
        }
      }
    }
    if (latest == null) {
      return null;
    }
    int first = i > 0 && d.token(i - 1).word().equalsIgnoreCase("the") ? i - 1 : i;
    Cand c = new Cand(first, i + n - 1, Kind.INSTITUTION);
    c.country = latest.country;
    c.institution = latest.institution;
    c.key = new Key(KeyKind.INSTITUTION, latest.country, latest.institution);
    return c;
  }

  /**
   * A generic agent of the Phoenix agents dictionary ("police", "rebels", "protesters", "the
   * ministry"): a group that acts, named by a common noun. After a demonym it acts for that
   * country ("Sudanese rebels"); the same agent noun (by lemma) and country is one entity.
   */
  private Cand matchAgent(AnnotatedDocument d, int i, Cand[] at, List<Cand> cands, Lexicon lex) {
    Token first = d.token(i);
    // A capitalised first word of a sentence may be tagged a proper noun ("Farmers blocked ...").
    boolean initialCap = first.isProperNoun() && first.nerTag() == NerTag.NONE && ParseQueries.opensSentence(d, i);
    if (!first.isNoun() || first.isProperNoun() && !initialCap) {
      return null;
    }
    ActorDictionary actors = lex.actors();
    for (int n = Math.min(3, d.tokens().size() - i); n >= 1; n--) {
      int end = i + n - 1;
      Token last = d.token(end);
      if (last.sentence() != first.sentence() || !last.isNoun() || last.isProperNoun() && !(initialCap && end == i)) {
        continue;
      }
      if (end + 1 < d.tokens().size() && d.token(end + 1).isNoun() && d.token(end + 1).sentence() == first.sentence()) {
        continue; // "police station": the agent word only modifies another noun
      }
      boolean free = true;
      for (int k = i; k <= end; k++) {
        free &= at[k] == null;
      }
      if (!free) {
        continue;
      }
      String code = actors.agent(lower(d, i, end));
      if (code == null || code.startsWith("~BUS")) {
        continue; // business agents name things as often as groups ("tanker", "firm"): not actors by themselves
      }
      int from = i > 0 && d.token(i - 1).word().equalsIgnoreCase("the") ? i - 1 : i;
      Cand c = new Cand(from, end, Kind.AGENT);
      Cand before = i > 0 ? at[i - 1] : null;
      c.country = before != null && before.kind == Kind.COUNTRY && before.last == i - 1 ? before.country : null;
      String noun = (n > 1 ? lower(d, i, end - 1) + " " : "") + last.key().toLowerCase(Locale.ROOT);
      c.key = new Key(KeyKind.AGENT, c.country, noun);
      if (c.country == null) {
        // "the rebels" after "Nigerien rebels": the same group.
        for (Cand x : cands) {
          if (x.kind == Kind.AGENT && x.first < i && x.key.name().equals(noun)) {
            c.key = x.key;
            c.country = x.country;
          }
        }
      }
      c.head = end;
      return c;
    }
    return null;
  }

  /**
   * Whom the entity acts for: a person or organisation of the Phoenix actor dictionaries resolved on
   * the article's date (dated terms: a minister acts for the government only while in office), else
   * the country named with it ("the North Korean leader", "Sudanese police", "Ukraine's foreign
   * ministry"), with the role of its agent words; a generic agent alone has a role and no country.
   */
  private static Entity.Affiliation affiliation(AnnotatedDocument d, Group g, java.time.LocalDate date, Lexicon lex) {
    if (g.type == EntityType.COUNTRY || g.type == EntityType.LOCATION || g.type == EntityType.FACILITY) {
      return null;
    }
    ActorDictionary ad = lex.actors();
    for (Cand c : g.named) {
      if (c.kind == Kind.PERSON || c.kind == Kind.ORG) {
        ActorDictionary.Resolution r = ad.resolve(text(d, c.nameFirst >= 0 ? c.nameFirst : c.first, c.last), date);
        if (r != null) {
          return new Entity.Affiliation(r.country() == null ? null : countryName(r.country(), lex), role(r.role()), r.code());
        }
      }
    }
    for (Cand c : g.named) {
      if (c.country != null) {
        return new Entity.Affiliation(c.country, agentRole(d, c, ad), null);
      }
    }
    for (Cand c : g.named) {
      if (c.kind == Kind.AGENT) {
        String r = agentRole(d, c, ad);
        return r == null ? null : new Entity.Affiliation(null, r, null);
      }
    }
    return null;
  }

  private static String agentRole(AnnotatedDocument d, Cand c, ActorDictionary ad) {
    String words = c.role != null ? c.role : c.institution != null ? c.institution
        : lower(d, d.token(c.first).word().equalsIgnoreCase("the") ? c.first + 1 : c.first, c.last);
    String code = ad.agent(words);
    return code == null ? null : role(code.replace("~", ""));
  }

  /** The three-letter role of a code's remainder ("GOVPRS" → "GOV"), or null. */
  private static String role(String rest) {
    if (rest == null || rest.isBlank()) {
      return null;
    }
    return rest.length() > 3 ? rest.substring(0, 3) : rest;
  }

  /** A Phoenix country name ("United States") as the gazetteer names it, where it knows it. */
  private static String countryName(String phoenix, Lexicon lex) {
    List<String> words = List.of(phoenix.split(" "));
    for (CountryPhrase p : lex.countryPhrases(words.get(0))) {
      if (p.words().equals(words)) {
        return p.country();
      }
    }
    return phoenix;
  }

  // ---------------------------------------------------------------- resolution

  private Key personKey(AnnotatedDocument d, Cand c, Map<String, Key> personKeys) {
    int from = c.nameFirst >= 0 ? c.nameFirst : c.first;
    List<String> words = new ArrayList<>();
    for (int k = from; k <= c.last; k++) {
      words.add(d.token(k).word());
    }
    String full = String.join(" ", words);
    if (personKeys.containsKey(full)) {
      return personKeys.get(full);
    }
    // A shorter form of a name seen before: "Zelensky" after "Volodymyr Zelensky".
    for (Map.Entry<String, Key> e : personKeys.entrySet()) {
      List<String> known = List.of(e.getKey().split(" "));
      if (known.size() > words.size() && known.subList(known.size() - words.size(), known.size()).equals(words)) {
        return e.getValue();
      }
      if (known.size() > words.size() && known.subList(0, words.size()).equals(words) && words.size() >= 2) {
        return e.getValue();
      }
    }
    Key key = new Key(KeyKind.PERSON, null, full);
    personKeys.put(full, key);
    return key;
  }

  /** The person a role description stands in apposition to ("X, the leader of Y" or "the chief, X"). */
  private Cand appositivePerson(AnnotatedDocument d, Cand role, Cand[] at) {
    Token head = d.token(role.head);
    if (head.relation() == DepRel.APPOS && head.head() >= 0) {
      Cand p = at[head.head()];
      if (p != null && p.kind == Kind.PERSON) {
        return p;
      }
    }
    for (int ch : d.children(role.head)) {
      if (d.token(ch).relation() == DepRel.APPOS) {
        Cand p = at[ch];
        if (p != null && p.kind == Kind.PERSON) {
          return p;
        }
      }
    }
    return null;
  }

  /** The nearest fitting antecedent of a pronoun: a person for he/she, a country or organization for it. */
  private Key antecedent(AnnotatedDocument d, Lexicon lex, Cand pron, List<Cand> cands) {
    String w = d.token(pron.first).lowerWord();
    boolean person = lex.words(WordSet.Name.PERSON_PRONOUNS).contains(w);
    int sentence = d.token(pron.first).sentence();
    Cand best = null;
    for (Cand c : cands) {
      if (c.first >= pron.first || c.key == null || c.kind == Kind.PRONOUN) {
        continue;
      }
      int s = d.token(c.first).sentence();
      if (sentence - s > 4) {
        continue;
      }
      boolean fits = person
          ? c.kind == Kind.PERSON || (c.kind == Kind.ROLE && c.key.kind() == KeyKind.PERSON) || isPersonAgent(d, lex, c)
          : (c.kind == Kind.COUNTRY || c.kind == Kind.ORG || c.kind == Kind.INSTITUTION)
              && (s < sentence || isSubject(d, c.head));
      if (!fits) {
        continue;
      }
      if (!person && s == sentence && !isSubject(d, c.head)) {
        continue;
      }
      // Prefer subjects of the same or previous sentence; else the nearest.
      if (best == null || c.first > best.first) {
        best = c;
      }
    }
    return best == null ? null : best.key;
  }

  /** Agent codes of the Phoenix dictionary whose singular nouns name one person: civilians, people, elites, health workers, labour, criminals, gunmen. */
  private static final Set<String> PERSON_AGENT_CODES = Set.of("~CVL", "~PPL", "~ELI", "~HLH", "~LAB", "~CRM", "~UAF");

  /**
   * A generic agent that is one person ("a woman", "the surgeon", "the gunman"): a singular noun
   * whose agent code names people, not an institution ("the ministry") or a force ("police").
   */
  private static boolean isPersonAgent(AnnotatedDocument d, Lexicon lex, Cand c) {
    if (c.kind != Kind.AGENT || c.key == null || d.token(c.head).isPluralNoun()) {
      return false;
    }
    String code = lex.actors().agent(c.key.name());
    return code != null && PERSON_AGENT_CODES.contains(code);
  }

  private static boolean isSubject(AnnotatedDocument d, int token) {
    Token t = d.token(token);
    return t.is(DepRel.NSUBJ) || t.relation() == DepRel.CONJ && t.head() >= 0
        && d.token(d.token(token).head()).is(DepRel.NSUBJ);
  }

  // ---------------------------------------------------------------- grouping

  private static EntityType groupType(Cand c) {
    return switch (c.kind) {
      case COUNTRY -> EntityType.COUNTRY;
      case PLACE -> EntityType.LOCATION;
      case INSTITUTION, ORG, AGENT -> EntityType.ORGANIZATION;
      case ROLE, PERSON -> EntityType.PERSON;
      case OTHER -> EntityType.OTHER;
      case PRONOUN -> c.key != null && c.key.kind() == KeyKind.COUNTRY ? EntityType.COUNTRY
          : c.key != null && c.key.kind() == KeyKind.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION;
    };
  }

  private static final class Group {
    final Key key;
    final EntityType type;
    final List<Cand> cands = new ArrayList<>();
    final List<Cand> named = new ArrayList<>();
    final Set<String> aliases = new LinkedHashSet<>();

    Group(Key key, EntityType type) {
      this.key = key;
      this.type = type;
    }

    void add(AnnotatedDocument d, Cand c) {
      cands.add(c);
      if (c.kind != Kind.PRONOUN) {
        named.add(c);
        aliases.add(c.kind == Kind.AGENT ? agentText(d, c) : text(d, c.first, c.last));
        if (c.nameFirst > c.first) {
          aliases.add(text(d, c.nameFirst, c.last));
        }
      }
    }

    String name(AnnotatedDocument d) {
      if (key.kind() == KeyKind.COUNTRY) {
        return key.country();
      }
      if (key.kind() == KeyKind.ROLE) {
        return key.country() == null ? key.name() : possessive(key.country()) + " " + key.name();
      }
      if (key.kind() == KeyKind.PERSON) {
        // The longest proper name given.
        String best = key.name();
        for (Cand c : named) {
          if (c.kind == Kind.PERSON) {
            String n = text(d, c.nameFirst >= 0 ? c.nameFirst : c.first, c.last);
            if (n.length() > best.length()) {
              best = n;
            }
          }
        }
        return best;
      }
      Cand first = named.get(0);
      String n = first.kind == Kind.AGENT ? agentText(d, first) : text(d, first.first, first.last);
      return n.regionMatches(true, 0, "the ", 0, 4) ? n.substring(4) : n;
    }
  }

  /**
   * The words of a generic agent ("rebels", "the police"): common nouns, so a capital that only
   * opens a sentence or headline ("Rebels say ...") is lowered; one description has one spelling
   * wherever it stands, and is never taken for a proper name.
   */
  private static String agentText(AnnotatedDocument d, Cand c) {
    String n = text(d, c.first, c.last);
    return ParseQueries.opensSentence(d, c.first) ? ParseQueries.withoutOpeningCapital(n) : n;
  }

  private static String possessive(String country) {
    return country.endsWith("s") ? country + "'" : country + "'s";
  }

  // ---------------------------------------------------------------- token helpers

  /** What an entity group is: a country, a place, an institution or office of a country, a person ... */
  private enum KeyKind {
    COUNTRY,
    PLACE,
    INSTITUTION,
    ROLE,
    PERSON,
    ORG,
    OTHER,
    AGENT
  }

  /** The grouping key of a mention: kind, the country it belongs to (or null) and its normalized name. */
  private record Key(KeyKind kind, String country, String name) {}

  /** An office of a country ("foreign minister" of Greece; country null when unnamed). */
  private record Office(String role, String country) {}

  /** Words of a phrase match the tokens at i; case-insensitive when {@code ignoreCase}. */
  private static boolean wordsMatch(AnnotatedDocument d, int i, List<String> words, boolean ignoreCase) {
    List<Token> toks = d.tokens();
    if (i + words.size() > toks.size()) {
      return false;
    }
    int s = toks.get(i).sentence();
    for (int k = 0; k < words.size(); k++) {
      Token t = toks.get(i + k);
      if (t.sentence() != s) {
        return false;
      }
      if (ignoreCase ? !t.word().equalsIgnoreCase(words.get(k)) : !t.word().equals(words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Length of the longest lexicon phrase (lower case) at i, or 0. */
  private static int matchPhrase(AnnotatedDocument d, int i, List<List<String>> phrases) {
    if (i >= d.tokens().size()) {
      return 0;
    }
    for (List<String> p : phrases) {
      if (wordsMatch(d, i, p, true)) {
        // Lexicon nouns match their plural too ("forces" and "force" are both listed where needed).
        return p.size();
      }
    }
    return 0;
  }

  private static int personRun(AnnotatedDocument d, int i) {
    List<Token> toks = d.tokens();
    int n = 0;
    while (i + n < toks.size() && toks.get(i + n).nerTag() == NerTag.PERSON
        && (n == 0 || toks.get(i + n).sentence() == toks.get(i).sentence())) {
      n++;
    }
    return n;
  }

  /** Start of a capitalized role title right before a name ("President", "Prime Minister"), or -1. */
  private static int titleBefore(AnnotatedDocument d, int i, Lexicon lex) {
    for (List<String> r : lex.roles()) {
      int start = i - r.size();
      if (start >= 0 && wordsMatch(d, start, r, true) && Character.isUpperCase(d.token(start).word().charAt(0))) {
        return start;
      }
    }
    return -1;
  }

  /** True when the named-entity run containing [i, j] starts before i or ends after j. */
  private static boolean insideLargerName(AnnotatedDocument d, int i, int j) {
    List<Token> toks = d.tokens();
    NerTag ner = toks.get(i).nerTag();
    if (ner == NerTag.NONE) {
      return false;
    }
    boolean before = i > 0 && toks.get(i - 1).nerTag() == ner && toks.get(i - 1).sentence() == toks.get(i).sentence()
        && toks.get(i - 1).isProperNoun() && ner != NerTag.MISC;
    boolean after = j + 1 < toks.size() && toks.get(j + 1).nerTag() == ner && ner == NerTag.LOCATION
        && toks.get(j + 1).isProperNoun() && toks.get(j + 1).sentence() == toks.get(j).sentence();
    return before || after;
  }

  /** The token of [first, last] whose dependency head lies outside it. */
  private static int phraseHead(AnnotatedDocument d, int first, int last) {
    for (int k = first; k <= last; k++) {
      int h = d.token(k).head();
      if (h < first || h > last) {
        return k;
      }
    }
    return last;
  }

  private static boolean hasCase(AnnotatedDocument d, int token, String prep) {
    for (int ch : d.children(token)) {
      Token c = d.token(ch);
      if (c.relation() == DepRel.CASE && c.word().equalsIgnoreCase(prep)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPunct(Token t) {
    return !Character.isLetterOrDigit(t.word().charAt(0));
  }

  private static String text(AnnotatedDocument d, int first, int last) {
    return d.text().substring(d.token(first).begin(), d.token(last).end());
  }

  private static String lower(AnnotatedDocument d, int first, int last) {
    StringBuilder sb = new StringBuilder();
    for (int k = first; k <= last; k++) {
      if (k > first) {
        sb.append(' ');
      }
      sb.append(d.token(k).word().toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  private static String norm(String s) {
    String t = s.replace('’', '\'').strip();
    return t.regionMatches(true, 0, "the ", 0, 4) ? t.substring(4) : t;
  }
}
