package org.attest.extract.plover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The Phoenix actor and agent dictionaries of PETRARCH2, parsed: named actors (people,
 * organisations, armed groups) with their synonyms and dated codes ({@code [PRKGOV >041201]}: a
 * North Korean government actor from 2004-12-01), and generic agents ({@code POLICE [~COP]}). A
 * code's first three letters name a country (ISO 3166 alpha-3, e.g. {@code PRK}) or a group
 * ({@code IGO}, {@code NGO} ...); the rest is the role ({@code GOV}, {@code MIL}, {@code REB} ...).
 * {@link #resolve} gives an actor's country and role on a date. Immutable and thread-safe.
 */
public final class ActorDictionary {

  /** A code valid from {@code from} to {@code to} (inclusive; null = open). */
  public record Term(String code, LocalDate from, LocalDate to) {
    boolean covers(LocalDate d) {
      return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    boolean dated() {
      return from != null || to != null;
    }
  }

  /** A named actor: its primary phrase and its terms in file order. */
  public record Actor(String name, List<Term> terms) {
    public Actor {
      terms = List.copyOf(terms);
    }
  }

  /** What an actor was on a date: its code, the country it acted for (null when none) and its role. */
  public record Resolution(String name, String code, String country, String role) {}

  private final Map<String, Actor> actors = new HashMap<>();
  private final Map<String, String> agents = new HashMap<>();
  private final Map<String, String> countries = new LinkedHashMap<>();

  /** Parses actor lines (and agent lines) given as text; 3-letter entries of {@code actorLines} name countries. */
  public static ActorDictionary parse(List<String> actorLines, List<String> agentLines) {
    return parse(actorLines, List.of(), agentLines);
  }

  /**
   * Parses the country actor file (its 3-letter entries name countries), further actor files
   * (international, non-state) and the agent file, in that order.
   */
  public static ActorDictionary parse(List<String> countryLines, List<List<String>> otherActorFiles, List<String> agentLines) {
    ActorDictionary x = new ActorDictionary();
    x.readActors(countryLines, true);
    for (List<String> f : otherActorFiles) {
      x.readActors(f, false);
    }
    x.readAgents(agentLines);
    return x;
  }

  private ActorDictionary() {}

  /** The actor a phrase names (case and spacing do not matter), or null. */
  public Actor actor(String phrase) {
    return actors.get(key(phrase));
  }

  /** The agent code of a generic noun phrase ("police" → {@code ~COP}), or null. */
  public String agent(String phrase) {
    return agents.get(key(phrase));
  }

  /** The country a three-letter code names ("PRK" → "North Korea"), or null. */
  public String country(String iso3) {
    return countries.get(iso3);
  }

  public int actorCount() {
    return actors.size();
  }

  public int agentCount() {
    return agents.size();
  }

  /**
   * What the named actor was on the date: the term covering it, else the undated (default) term;
   * without a date, the latest term. Null when the phrase is unknown or has no code.
   */
  public Resolution resolve(String phrase, LocalDate date) {
    Actor a = actor(phrase);
    if (a == null) {
      return null;
    }
    Term chosen = null;
    if (date != null) {
      for (Term t : a.terms()) {
        if (t.dated() && t.covers(date)) {
          chosen = t;
          break;
        }
      }
      if (chosen == null) {
        for (Term t : a.terms()) {
          if (!t.dated()) {
            chosen = t;
            break;
          }
        }
      }
    } else {
      for (Term t : a.terms()) {
        if (chosen == null || later(t, chosen)) {
          chosen = t;
        }
      }
    }
    if (chosen == null || chosen.code().equals("---")) {
      return null;
    }
    return split(a.name(), chosen.code());
  }

  private static boolean later(Term a, Term b) {
    LocalDate x = a.to() != null ? a.to() : a.from() != null ? a.from() : null;
    LocalDate y = b.to() != null ? b.to() : b.from() != null ? b.from() : null;
    if (a.to() == null && a.dated()) {
      return true; // open-ended: still current at the end of the dictionary
    }
    return x != null && (y == null || x.isAfter(y));
  }

  private Resolution split(String name, String code) {
    String c = code.length() >= 3 ? code.substring(0, 3) : code;
    String country = countries.get(c);
    return new Resolution(name, code, country, country == null ? code : code.substring(3));
  }

  // ------------------------------------------------------------------ reading

  private static final java.util.regex.Pattern TERM = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]");

  private void readActors(List<String> lines, boolean countryFile) {
    List<String> names = new ArrayList<>();
    List<Term> terms = new ArrayList<>();
    boolean inRecord = false;
    for (String raw : lines) {
      String line = raw;
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      int semi = line.indexOf(';');
      if (semi >= 0) {
        line = line.substring(0, semi);
      }
      if (line.isBlank()) {
        continue;
      }
      boolean indented = Character.isWhitespace(line.charAt(0));
      String s = line.strip();
      if (s.startsWith("+")) {
        names.add(s.substring(1).replaceAll("\\[.*", "").strip());
        terms.addAll(terms(s));
        continue;
      }
      if (indented && s.startsWith("[")) {
        terms.addAll(terms(s));
        continue;
      }
      // A new primary phrase: the previous record is complete.
      if (inRecord) {
        store(names, terms, countryFile);
      }
      names = new ArrayList<>();
      terms = new ArrayList<>();
      inRecord = true;
      int br = s.indexOf('[');
      names.add((br >= 0 ? s.substring(0, br) : s).strip());
      terms.addAll(terms(s));
    }
    if (inRecord) {
      store(names, terms, countryFile);
    }
  }

  private void store(List<String> names, List<Term> terms, boolean countryFile) {
    if (names.isEmpty() || names.get(0).isEmpty() || terms.isEmpty()) {
      return;
    }
    String primary = display(names.get(0));
    Actor a = new Actor(primary, terms);
    if (countryFile && terms.size() == 1 && !terms.get(0).dated() && terms.get(0).code().matches("[A-Z]{3}")) {
      countries.putIfAbsent(terms.get(0).code(), primary);
    }
    for (String n : names) {
      String k = key(n);
      if (!k.isEmpty()) {
        actors.putIfAbsent(k, a);
      }
    }
  }

  private static List<Term> terms(String s) {
    List<Term> out = new ArrayList<>();
    Matcher m = TERM.matcher(s);
    while (m.find()) {
      String[] f = m.group(1).strip().split("\\s+", 2);
      if (f[0].isEmpty()) {
        continue;
      }
      String code = f[0];
      LocalDate from = null;
      LocalDate to = null;
      if (f.length > 1) {
        String r = f[1].replace(" ", "");
        try {
          if (r.startsWith(">")) {
            from = date(r.substring(1));
          } else if (r.startsWith("<")) {
            to = date(r.substring(1));
          } else if (r.contains("-")) {
            String[] ab = r.split("-", 2);
            from = date(ab[0]);
            to = date(ab[1]);
          }
        } catch (RuntimeException e) {
          continue; // an unreadable date restriction: skip that term
        }
      }
      out.add(new Term(code, from, to));
    }
    return out;
  }

  /** YYMMDD (years up to 30 are 20xx) or YYYYMMDD. */
  static LocalDate date(String s) {
    String t = s.strip();
    if (t.length() == 8) {
      return LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)), Integer.parseInt(t.substring(6)));
    }
    if (t.length() == 6) {
      int yy = Integer.parseInt(t.substring(0, 2));
      int y = yy <= 30 ? 2000 + yy : 1900 + yy;
      int mo = Math.max(1, Math.min(12, Integer.parseInt(t.substring(2, 4))));
      int day = Math.max(1, Integer.parseInt(t.substring(4)));
      return LocalDate.of(y, mo, Math.min(day, java.time.YearMonth.of(y, mo).lengthOfMonth()));
    }
    throw new IllegalArgumentException("bad date " + s);
  }

  private void readAgents(List<String> lines) {
    Map<String, List<String>> subst = new HashMap<>();
    for (String raw : lines) {
      String line = raw;
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      line = line.replaceAll("<!--.*?-->", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("!") && line.contains("=")) {
        String[] f = line.split("=", 2);
        List<String> vals = new ArrayList<>();
        for (String v : f[1].split(",")) {
          vals.add(v.strip());
        }
        subst.put(f[0].strip(), vals);
        continue;
      }
      int br = line.indexOf('[');
      if (br < 0) {
        continue;
      }
      int close = line.indexOf(']', br);
      if (close < 0) {
        close = line.indexOf('}', br);
      }
      String code = (close > br ? line.substring(br + 1, close) : line.substring(br + 1)).strip();
      String phrase = line.substring(0, br).strip();
      String plural = null;
      int brace = phrase.indexOf('{');
      if (brace >= 0) {
        int bc = phrase.indexOf('}', brace);
        plural = bc > brace ? phrase.substring(brace + 1, bc).strip() : "";
        phrase = phrase.substring(0, brace).strip();
      }
      List<String> forms = new ArrayList<>();
      Matcher m = java.util.regex.Pattern.compile("!([A-Z]+)!").matcher(phrase);
      if (m.find() && subst.containsKey("!" + m.group(1) + "!")) {
        for (String v : subst.get("!" + m.group(1) + "!")) {
          forms.add(phrase.replace(m.group(0), v));
        }
      } else {
        forms.add(phrase);
        if (plural == null) {
          List<String> w = CameoDictionary.words(phrase);
          if (!w.isEmpty()) {
            w.set(w.size() - 1, CameoDictionary.plural(w.get(w.size() - 1)));
            forms.add(String.join(" ", w));
          }
        } else if (!plural.isEmpty()) {
          forms.add(plural);
        }
      }
      for (String f : forms) {
        String k = key(f);
        if (!k.isEmpty()) {
          agents.putIfAbsent(k, code);
        }
      }
    }
  }

  /** "KIM_JONG_IL_" → "kim jong il". */
  static String key(String phrase) {
    return String.join(" ", CameoDictionary.words(phrase.replace('-', ' '))).toLowerCase(Locale.ROOT);
  }

  /** "NORTH_KOREA_" → "North Korea". */
  static String display(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (String w : CameoDictionary.words(phrase)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return sb.toString();
  }
}
