package org.attest.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.EventCluster;
import org.attest.crossdoc.NameKey;
import org.attest.crossdoc.NaturalOrder;
import org.attest.model.TimexInterval;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Event;
import org.attest.model.Mention;
import org.attest.model.Modality;
import org.attest.model.Polarity;
import org.attest.model.Span;
import org.attest.model.TimeExpression;

/**
 * Writes SemEval-2015 Task 4 timelines from a corpus ledger: one file per target entity; a line
 * per real-world event (cluster) the entity takes part in and date, {@code ORDER<TAB>DATE<TAB>mentions},
 * mentions as {@code docid-sentence-token}, dates as {@code YYYY-MM-DD} with {@code XX} where
 * the date is less precise, lines with the same date sharing an ORDER, undated lines ORDER 0.
 *
 * <p>What a line holds, following the task's definition of a timeline (the events the target is
 * a participant of, anchored in time and ordered; mentions of one event on one line):
 *
 * <ul>
 *   <li>only the mentions the target takes part in ({@link Participation}); the other members of
 *       the mention's cross-document cluster are not the target's by that alone;
 *   <li>every mention of a within-document coreference chain, each once (the chain is one event);
 *   <li>no event said only to be possible, or not to have happened ({@link #onTimeline});
 *   <li>each mention dated by its own report ({@link #ownDate}); the members of one cluster share a
 *       line only where those dates agree ({@link #byDate}), so a cross-document join never moves
 *       a mention to a date its own report does not give.
 * </ul>
 */
final class TimelineWriter {

  /** Which events an entity "takes part in". */
  enum Participation {
    /** The entity is the event's actor, target or location: a participant, as the task defines a timeline. */
    ROLES,
    /** As ROLES, or the entity is named in the event's sentence (more recall, much less precision). */
    SENTENCE
  }

  /** What date an event without a calendar date gets. */
  enum Undated {
    /** Its document's creation time (news reports mostly tell what happened that day). */
    DCT,
    /** None: the line is written with ORDER 0 (ignored by the scorer). */
    NONE
  }

  private final TimelineCorpus corpus;
  private final CorpusLedger ledger;
  private final Participation participation;
  private final Undated undated;
  private final Map<String, TimelineCorpus.Doc> docs = new HashMap<>();
  private final Map<String, String> timeValue = new HashMap<>();
  private final Map<String, Event> events = new HashMap<>();
  private final Map<String, List<TimeExpression>> timesByDoc = new HashMap<>();

  TimelineWriter(TimelineCorpus corpus, CorpusLedger ledger, Participation participation, Undated undated) {
    this.corpus = corpus;
    this.ledger = ledger;
    this.participation = participation;
    this.undated = undated;
    corpus.documents.forEach(d -> docs.put(d.id(), d));
    for (TimeExpression t : ledger.ledger().times()) {
      timeValue.put(t.id(), t.value());
      timesByDoc.computeIfAbsent(t.doc(), k -> new ArrayList<>()).add(t);
    }
    ledger.ledger().events().forEach(e -> events.put(e.id(), e));
  }

  /** File name to content, for every target entity (an entity we did not find gets an empty timeline). */
  Map<String, String> timelines() {
    Map<String, String> out = new TreeMap<>();
    for (String target : corpus.targets) {
      out.put(TimelineCorpus.fileName(target), timeline(target));
    }
    return out;
  }

  /** The corpus entities that are the target: same name or alias, its acronym, or a distinctive part of it. */
  Set<String> entitiesFor(String target) {
    String key = NameKey.of(target);
    List<String> words = Arrays.asList(key.split(" "));
    String acronym = words.size() > 1 ? words.stream().map(w -> w.substring(0, 1)).reduce("", String::concat) : null;
    Set<String> otherTargets = new HashSet<>();
    for (String t : corpus.targets) {
      if (!t.equals(target)) {
        otherTargets.add(NameKey.of(t));
      }
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Entity e : ledger.ledger().entities()) {
      for (String alias : e.aliases()) {
        String a = NameKey.of(alias);
        if (a.isEmpty() || otherTargets.contains(a)) {
          continue;
        }
        boolean exact = a.equals(key);
        boolean isAcronym = acronym != null && a.equals(acronym) && NameKey.isProperName(alias);
        // "Dreamliner" for "Boeing 787 Dreamliner", "Obama" for "Barack Obama"; not "Singapore" (a
        // place) for "Singapore Airlines", and never another target's own name.
        boolean part = !exact && NameKey.isProperName(alias) && e.type() != EntityType.COUNTRY
            && e.type() != EntityType.LOCATION && containsWords(words, Arrays.asList(a.split(" ")));
        if (exact || isAcronym || part) {
          ids.add(e.id());
          break;
        }
      }
    }
    return ids;
  }

  private static boolean containsWords(List<String> whole, List<String> part) {
    return part.size() < whole.size() && java.util.Collections.indexOfSubList(whole, part) >= 0
        && part.stream().anyMatch(w -> w.length() > 2 && !w.matches("\\d+"));
  }

  String timeline(String target) {
    Set<String> ids = entitiesFor(target);
    // Sentences (doc, task sentence id) in which the target is named.
    Set<String> namedIn = new HashSet<>();
    for (Entity e : ledger.ledger().entities()) {
      if (!ids.contains(e.id())) {
        continue;
      }
      for (Mention m : e.mentions()) {
        TimelineCorpus.Doc d = docs.get(m.doc());
        if (d != null) {
          d.tokensIn(m.begin(), m.end()).forEach(t -> namedIn.add(m.doc() + "/" + t.sentence()));
        }
      }
    }
    record Line(String date, TimexInterval range, List<String> mentions) {}
    List<Line> lines = new ArrayList<>();
    for (EventCluster c : ledger.clusters()) {
      List<Event> members = c.events().stream().map(events::get).toList();
      // Only the mentions the target takes part in, each a statement that the event happened or will.
      List<Event> listed = members.stream().filter(e -> onTimeline(e) && takesPart(e, ids, namedIn)).toList();
      // One line per date the members' own reports give: the cluster's join is trusted to put
      // mentions on one line where their dates agree, never to re-date a mention from another report.
      for (List<Dated> group : byDate(listed.stream().map(e -> new Dated(e, ownDate(e))).toList())) {
        Set<String> mentions = new LinkedHashSet<>();
        for (Dated m : group) {
          mentions.addAll(mentions(m.event()));
        }
        if (!mentions.isEmpty()) {
          TimexInterval range = lineDate(group);
          lines.add(new Line(taskDate(range), range, new ArrayList<>(mentions)));
        }
      }
    }
    // ORDER: one number per distinct date, in time order (a year before the days inside it).
    Map<String, TimexInterval> dates = new TreeMap<>();
    for (Line l : lines) {
      if (l.range() != null) {
        dates.putIfAbsent(l.date(), l.range());
      }
    }
    List<String> ordered = new ArrayList<>(dates.keySet());
    ordered.sort(Comparator.comparing((String d) -> dates.get(d).start()).thenComparing(d -> -dates.get(d).days())
        .thenComparing(d -> d));
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      order.put(ordered.get(i), i + 1);
    }
    List<String> rows = new ArrayList<>();
    for (Line l : lines) {
      int o = l.range() == null ? 0 : order.get(l.date());
      rows.add(o + "\t" + l.date() + "\t" + String.join("\t", l.mentions()));
    }
    rows.sort(Comparator.comparing((String r) -> Integer.parseInt(r.substring(0, r.indexOf('\t'))))
        .thenComparing(NaturalOrder.INSTANCE));
    StringBuilder sb = new StringBuilder(target).append('\n');
    rows.stream().distinct().forEach(r -> sb.append(r).append('\n'));
    return sb.toString();
  }

  /** An event and the date its own report gives it (null: none). */
  record Dated(Event event, TimexInterval date) {}

  /**
   * The date an event's own report gives it: its time, else the date written nearest to it in its
   * sentence, else (with {@link Undated#DCT}) its report's creation date; null when none.
   */
  TimexInterval ownDate(Event e) {
    TimexInterval r = usable(TimexInterval.parse(e.time() == null ? null : timeValue.get(e.time())));
    if (r == null) {
      r = sentenceDate(e);
    }
    if (r == null && undated == Undated.DCT) {
      TimelineCorpus.Doc d = docs.get(e.doc());
      r = usable(TimexInterval.parse(d == null ? null : d.dct()));
    }
    return r;
  }

  /**
   * Splits the mentions of one event cluster into timeline lines: a mention joins the first line
   * whose every date it agrees with (one contains the other: 2009-06 and 2009-06-01); undated
   * mentions share a line of their own. Members keep their order.
   */
  static List<List<Dated>> byDate(List<Dated> members) {
    List<List<Dated>> lines = new ArrayList<>();
    for (Dated m : members) {
      List<Dated> home = null;
      for (List<Dated> l : lines) {
        if (l.stream().allMatch(x -> agree(x.date(), m.date()))) {
          home = l;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        lines.add(home);
      }
      home.add(m);
    }
    return lines;
  }

  private static boolean agree(TimexInterval a, TimexInterval b) {
    return a == null || b == null ? a == b : a.contains(b) || b.contains(a);
  }

  /** A line's date: the most precise of its members' dates (they are nested), or null. */
  static TimexInterval lineDate(List<Dated> line) {
    TimexInterval best = null;
    for (Dated m : line) {
      if (m.date() != null && (best == null || m.date().days() < best.days())) {
        best = m.date();
      }
    }
    return best;
  }

  /**
   * For an event the extractor did not date: the calendar date written nearest to its trigger in
   * the same task sentence ("the contract signed on 12 June ..."), or null.
   */
  private TimexInterval sentenceDate(Event e) {
    TimelineCorpus.Doc d = docs.get(e.doc());
    if (d == null) {
      return null;
    }
    List<TimelineCorpus.Token> trigger = d.tokensIn(e.begin(), e.end());
    if (trigger.isEmpty()) {
      return null;
    }
    String sentence = trigger.get(0).sentence();
    TimexInterval best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression t : timesByDoc.getOrDefault(e.doc(), List.of())) {
      if (!"DATE".equals(t.type()) && !"TIME".equals(t.type())) {
        continue;
      }
      TimexInterval r = usable(TimexInterval.parse(t.value()));
      List<TimelineCorpus.Token> at = d.tokensIn(t.begin(), t.end());
      if (r == null || at.isEmpty() || !at.get(0).sentence().equals(sentence)) {
        continue;
      }
      int distance = Math.abs(t.begin() - e.begin());
      if (distance < bestDistance) {
        best = r;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** A range the task's date format can show (a decade or century cannot). */
  private static TimexInterval usable(TimexInterval r) {
    return r == null || r.precision() == TimexInterval.Precision.DECADE || r.precision() == TimexInterval.Precision.CENTURY
        ? null : r;
  }

  private boolean takesPart(Event e, Set<String> ids, Set<String> namedIn) {
    if (e.actor().stream().anyMatch(ids::contains) || ids.contains(e.target()) || ids.contains(e.location())) {
      return true;
    }
    if (participation == Participation.SENTENCE) {
      TimelineCorpus.Doc d = docs.get(e.doc());
      if (d != null) {
        for (TimelineCorpus.Token t : d.tokensIn(e.begin(), e.end())) {
          if (namedIn.contains(e.doc() + "/" + t.sentence())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether an event is a point of a timeline at all: it is said to have happened, to be happening
   * or to be planned; an event the report only calls possible, or says did not happen, has no time
   * at which it took place.
   */
  static boolean onTimeline(Event e) {
    return e.modality() != Modality.NEGATED && e.modality() != Modality.POSSIBLE && e.polarity() != Polarity.NEGATIVE;
  }

  /**
   * Every mention of one event in its document, in text order: the within-document coreference
   * chain ("wins" in the headline, "won" in the body) is one event, so all its mentions stand on
   * its line, each once.
   */
  List<String> mentions(Event e) {
    Set<String> out = new LinkedHashSet<>();
    for (Span s : e.mentionSpans()) {
      String m = mention(e.doc(), s.begin(), s.end());
      if (m != null) {
        out.add(m);
      }
    }
    return new ArrayList<>(out);
  }

  /** {@code docid-sentence-token}: the task's tokens under a mention, joined by "_" when several. */
  private String mention(String doc, int begin, int end) {
    TimelineCorpus.Doc d = docs.get(doc);
    if (d == null) {
      return null;
    }
    List<TimelineCorpus.Token> tokens = d.tokensIn(begin, end);
    if (tokens.isEmpty()) {
      return null;
    }
    String sentence = tokens.get(0).sentence();
    String words = String.join("_", tokens.stream().filter(t -> t.sentence().equals(sentence))
        .map(TimelineCorpus.Token::text).toList());
    return d.id() + "-" + sentence + "-" + words;
  }

  /** The task's date: as precise as the value, XX for the rest; XXXX-XX-XX when unknown. */
  static String taskDate(TimexInterval r) {
    if (r == null) {
      return "XXXX-XX-XX";
    }
    var s = r.start();
    String y = String.format(Locale.ROOT, "%04d", s.getYear());
    String m = String.format(Locale.ROOT, "%02d", s.getMonthValue());
    String d = String.format(Locale.ROOT, "%02d", s.getDayOfMonth());
    return switch (r.precision()) {
      case DAY -> y + "-" + m + "-" + d;
      case WEEK, MONTH -> y + "-" + m + "-XX";
      case YEAR, HALF, QUARTER, SEASON -> y + "-XX-XX";
      case DECADE, CENTURY -> "XXXX-XX-XX";
    };
  }

  /** Every target's timeline, for logging: how many lines each has. */
  Map<String, Integer> sizes(Map<String, String> timelines) {
    Map<String, Integer> out = new LinkedHashMap<>();
    timelines.forEach((k, v) -> out.put(k, (int) v.lines().count() - 1));
    return out;
  }
}
