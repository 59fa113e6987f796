package org.attest.extract.lexicon;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * When an event trigger of {@code events.tsv} applies, parsed once when the lexicon loads; an
 * unknown condition or word class is an error there, never a silent "true" at run time.
 *
 * <ul>
 *   <li>{@code party}: someone to act with — an entity object or a "with" phrase ("met Putin");
 *   <li>{@code obj=CLASS}, {@code subj=CLASS}: the object / subject is of that noun class;
 *   <li>{@code prep=WORD[/WORD…][:CLASS]}: a dependent marked by one of the prepositions
 *       (of that class, when given);
 *   <li>{@code arg}: an event noun with a participant in its own phrase ("his visit");
 *   <li>{@code prt=WORD}: a phrasal verb's particle follows the verb ("pulled out", "turned it down").
 * </ul>
 */
public sealed interface Condition
    permits Condition.Party, Condition.ObjectIn, Condition.SubjectIn, Condition.Prep, Condition.HasArgument,
    Condition.Particle {

  /** The condition as the lexicon writes it. */
  String text();

  record Party() implements Condition {
    @Override
    public String text() {
      return "party";
    }
  }

  record ObjectIn(String wordClass) implements Condition {
    @Override
    public String text() {
      return "obj=" + wordClass;
    }
  }

  record SubjectIn(String wordClass) implements Condition {
    @Override
    public String text() {
      return "subj=" + wordClass;
    }
  }

  /** A dependent marked by one of {@code prepositions}; of {@code wordClass} unless it is null. */
  record Prep(List<String> prepositions, String wordClass) implements Condition {
    public Prep {
      prepositions = List.copyOf(prepositions);
    }

    @Override
    public String text() {
      return "prep=" + String.join("/", prepositions) + (wordClass == null ? "" : ":" + wordClass);
    }
  }

  record HasArgument() implements Condition {
    @Override
    public String text() {
      return "arg";
    }
  }

  /** A phrasal verb's particle ("out" of "pull out"). */
  record Particle(String word) implements Condition {
    @Override
    public String text() {
      return "prt=" + word;
    }
  }

  /** Parses a condition; {@code classes} are the noun classes the lexicon defines. */
  static Condition parse(String text, Set<String> classes) {
    String t = text.strip();
    if (t.equals("party")) {
      return new Party();
    }
    if (t.equals("arg")) {
      return new HasArgument();
    }
    if (t.startsWith("obj=")) {
      return new ObjectIn(known(t.substring(4), classes, t));
    }
    if (t.startsWith("subj=")) {
      return new SubjectIn(known(t.substring(5), classes, t));
    }
    if (t.startsWith("prt=")) {
      String w = t.substring(4).strip();
      if (w.isEmpty() || w.contains(" ")) {
        throw new IllegalArgumentException("malformed condition '" + t + "': expected prt=WORD");
      }
      return new Particle(w);
    }
    if (t.startsWith("prep=")) {
      String[] f = t.substring(5).split(":", -1);
      if (f.length > 2 || f[0].isEmpty()) {
        throw new IllegalArgumentException("malformed condition '" + t + "': expected prep=WORD[/WORD][:CLASS]");
      }
      List<String> preps = Arrays.asList(f[0].split("/"));
      if (preps.stream().anyMatch(String::isEmpty)) {
        throw new IllegalArgumentException("malformed condition '" + t + "': empty preposition");
      }
      return new Prep(preps, f.length == 2 ? known(f[1], classes, t) : null);
    }
    throw new IllegalArgumentException("unknown condition '" + t + "'; known: party, arg, obj=CLASS, subj=CLASS, prep=WORD[:CLASS], prt=WORD");
  }

  private static String known(String cls, Set<String> classes, String condition) {
    if (!classes.contains(cls)) {
      throw new IllegalArgumentException("condition '" + condition + "' names unknown word class '" + cls + "'; known: "
          + classes.stream().sorted().toList());
    }
    return cls;
  }
}
