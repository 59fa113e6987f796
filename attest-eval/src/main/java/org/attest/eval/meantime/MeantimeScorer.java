package org.attest.eval.meantime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import org.attest.model.Attribution;
import org.attest.model.Certainty;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Event;
import org.attest.model.Ledger;
import org.attest.model.Mention;
import org.attest.model.Modality;
import org.attest.model.Polarity;
import org.attest.model.Span;
import org.attest.model.TimeExpression;

/**
 * Scores one ledger against one MEANTIME document whose reconstructed text it was extracted from.
 * The matching rules and the factuality mapping are written down in {@code docs/evaluation.md};
 * each metric is a {@link Prf} so documents add up (micro-average).
 */
public final class MeantimeScorer {

  public static final String ENTITY_OVERLAP = "entity mentions (overlap)";
  public static final String ENTITY_EXACT = "entity mentions (exact)";
  public static final String ENTITY_TYPED = "entity mentions (overlap + type)";
  public static final String TIMEX_STRICT = "TIMEX3 spans (strict)";
  public static final String TIMEX_RELAXED = "TIMEX3 spans (relaxed)";
  public static final String TIMEX_VALUE = "TIMEX3 value (relaxed + value)";
  public static final String TIMEX_TYPE = "TIMEX3 type (relaxed + type)";
  public static final String EVENT = "event mentions (trigger overlap)";
  public static final String EVENT_OR_CUE = "event mentions incl. attribution cues";
  public static final String CERTAINTY = "factuality: certainty";
  public static final String POLARITY = "factuality: polarity";
  public static final String FACTUALITY = "factuality: certainty + polarity";
  public static final String CERTAINTY_ACCURACY = "certainty accuracy on matched events";
  public static final String POLARITY_ACCURACY = "polarity accuracy on matched events";
  public static final String NEGATIVE = "NEG polarity class on matched events";
  public static final String UNCERTAIN = "non-CERTAIN class on matched events";

  /** The metrics in report order. */
  public static final List<String> METRICS = List.of(ENTITY_OVERLAP, ENTITY_EXACT, ENTITY_TYPED, TIMEX_STRICT,
      TIMEX_RELAXED, TIMEX_VALUE, TIMEX_TYPE, EVENT, EVENT_OR_CUE, CERTAINTY, POLARITY, FACTUALITY,
      CERTAINTY_ACCURACY, POLARITY_ACCURACY, NEGATIVE, UNCERTAIN);

  /**
   * MEANTIME annotates the headline and the first five sentences after it (sentences 0–5, the
   * date line being sentence 1) fully; later sentences carry only the few mentions linked across
   * documents, and no TIMEX3 at all. Only that annotated region is scored, gold and system alike.
   */
  public static final int ANNOTATED_SENTENCES = 6;

  private MeantimeScorer() {}

  /** End offset (in the reader's text) of the fully annotated region. */
  public static int annotatedEnd(MeantimeDocument doc) {
    int end = 0;
    for (MeantimeToken t : doc.tokens()) {
      if (t.sentence() < ANNOTATED_SENTENCES) {
        end = Math.max(end, t.span().end());
      }
    }
    return end;
  }

  /** Metric name → counts, in {@link #METRICS} order. Only items of {@code docId} count. */
  public static Map<String, Prf> score(MeantimeDocument gold, Ledger ledger, String docId) {
    return score(gold, ledger, docId, IntUnaryOperator.identity());
  }

  /**
   * As above, for a ledger extracted from a re-laid-out text: {@code toGold} maps its offsets to
   * the reader's text (see {@link ArticleLayout}).
   */
  public static Map<String, Prf> score(MeantimeDocument gold, Ledger ledger, String docId, IntUnaryOperator toGold) {
    Map<String, Prf> m = new LinkedHashMap<>();
    Function<Span, Span> g = s -> Span.of(toGold.applyAsInt(s.begin()), toGold.applyAsInt(s.end()));
    gold = annotatedRegion(gold);
    int limit = annotatedEnd(gold);
    ledger = inRegion(perMention(ledger), g, limit);
    scoreEntities(gold, ledger, docId, m, g);
    scoreTimexes(gold, ledger, docId, m, g);
    scoreEvents(gold, ledger, docId, m, g);
    Map<String, Prf> ordered = new LinkedHashMap<>();
    METRICS.forEach(k -> ordered.put(k, m.getOrDefault(k, Prf.ZERO)));
    return ordered;
  }

  /** The document with only the markables that begin in the annotated region. */
  private static MeantimeDocument annotatedRegion(MeantimeDocument d) {
    int limit = annotatedEnd(d);
    return new MeantimeDocument(d.id(), d.name(), d.url(), d.text(), d.tokens(),
        d.entityMentions().stream().filter(x -> inside(x, limit)).toList(),
        d.timexes().stream().filter(x -> inside(x, limit)).toList(),
        d.eventMentions().stream().filter(x -> inside(x, limit)).toList(),
        d.signals().stream().filter(x -> inside(x, limit)).toList(),
        d.values().stream().filter(x -> inside(x, limit)).toList(),
        d.instances(), d.links());
  }

  private static boolean inside(MeantimeMarkable x, int limit) {
    return x.anchored() && x.span().begin() < limit;
  }

  /**
   * One event per mention: an event the document mentions several times (within-document
   * coreference) is scored at each of its trigger mentions, as MEANTIME annotates every mention.
   */
  static Ledger perMention(Ledger l) {
    List<Event> out = new ArrayList<>();
    for (Event e : l.events()) {
      for (Event.EventMention m : e.allMentions()) {
        out.add(new Event(e.id(), e.doc(), m.begin(), m.end(), m.trigger(), m.sentence(), e.type(), e.predicate(),
            e.actor(), e.target(), e.location(), e.time(), e.quantity(), e.modality(), e.polarity(), e.summary(),
            e.extractor(), e.mode(), List.of()));
      }
    }
    return new Ledger(l.format(), l.documents(), l.entities(), l.times(), out, l.attributions(), l.quotes(), l.findings());
  }

  /** The ledger with only the mentions, times, events and cues that begin in the annotated region. */
  private static Ledger inRegion(Ledger l, Function<Span, Span> toGold, int limit) {
    List<Entity> entities = l.entities().stream()
        .map(e -> new Entity(e.id(), e.name(), e.type(), e.aliases(),
            e.mentions().stream().filter(x -> toGold.apply(x.span()).begin() < limit).toList(), e.extractor(),
            e.affiliation()))
        .toList();
    return new Ledger(l.format(), l.documents(), entities,
        l.times().stream().filter(x -> toGold.apply(x.span()).begin() < limit).toList(),
        l.events().stream().filter(x -> toGold.apply(x.span()).begin() < limit).toList(),
        l.attributions().stream().filter(x -> toGold.apply(x.span()).begin() < limit).toList(),
        l.quotes(), l.findings());
  }

  // ------------------------------------------------------------ entities

  private static void scoreEntities(MeantimeDocument gold, Ledger ledger, String docId, Map<String, Prf> m,
      Function<Span, Span> toGold) {
    List<MeantimeEntityMention> goldMentions = gold.entityMentions().stream().filter(MeantimeMarkable::anchored).toList();
    List<Span> goldSpans = goldMentions.stream().map(MeantimeMarkable::span).toList();
    // Every place the ledger names an entity; one span once (the first entity naming it keeps it).
    Map<Span, EntityType> system = new LinkedHashMap<>();
    for (Entity e : ledger.entities()) {
      for (Mention men : e.mentions()) {
        if (docId.equals(men.doc()) && men.end() > men.begin()) {
          system.putIfAbsent(toGold.apply(men.span()), e.type());
        }
      }
    }
    List<Span> sysSpans = new ArrayList<>(system.keySet());
    sysSpans.sort(null);
    Map<Integer, Integer> overlap = SpanMatcher.match(goldSpans, sysSpans, false);
    Map<Integer, Integer> exact = SpanMatcher.match(goldSpans, sysSpans, true);
    int typed = 0;
    for (var pair : overlap.entrySet()) {
      if (typeCompatible(goldMentions.get(pair.getKey()).entityType(), system.get(sysSpans.get(pair.getValue())))) {
        typed++;
      }
    }
    m.put(ENTITY_OVERLAP, new Prf(overlap.size(), sysSpans.size(), goldSpans.size()));
    m.put(ENTITY_EXACT, new Prf(exact.size(), sysSpans.size(), goldSpans.size()));
    m.put(ENTITY_TYPED, new Prf(typed, sysSpans.size(), goldSpans.size()));
  }

  /**
   * MEANTIME PER/ORG/LOC/PRO/FIN against the ledger's types: PER = PERSON, ORG = ORGANIZATION,
   * LOC = COUNTRY, LOCATION or FACILITY, PRO (products), FIN (financial) and MIX = OTHER.
   */
  static boolean typeCompatible(String meantime, EntityType ours) {
    if (meantime == null || ours == null) {
      return false;
    }
    return switch (meantime) {
      case "PER" -> ours == EntityType.PERSON;
      case "ORG" -> ours == EntityType.ORGANIZATION;
      case "LOC" -> ours == EntityType.COUNTRY || ours == EntityType.LOCATION || ours == EntityType.FACILITY;
      default -> ours == EntityType.OTHER;
    };
  }

  // ------------------------------------------------------------ times

  private static void scoreTimexes(MeantimeDocument gold, Ledger ledger, String docId, Map<String, Prf> m,
      Function<Span, Span> toGold) {
    List<MeantimeTimex> goldTimes = gold.timexes().stream().filter(MeantimeMarkable::anchored).toList();
    List<TimeExpression> sys = ledger.times().stream().filter(t -> docId.equals(t.doc()) && t.end() > t.begin()).toList();
    List<Span> goldSpans = goldTimes.stream().map(MeantimeMarkable::span).toList();
    List<Span> sysSpans = sys.stream().map(t -> toGold.apply(t.span())).toList();
    Map<Integer, Integer> strict = SpanMatcher.match(goldSpans, sysSpans, true);
    Map<Integer, Integer> relaxed = SpanMatcher.match(goldSpans, sysSpans, false);
    int value = 0;
    int type = 0;
    for (var pair : relaxed.entrySet()) {
      MeantimeTimex g = goldTimes.get(pair.getKey());
      TimeExpression s = sys.get(pair.getValue());
      if (g.value() != null && g.value().equals(s.value())) {
        value++;
      }
      if (g.type() != null && g.type().equals(s.type())) {
        type++;
      }
    }
    m.put(TIMEX_STRICT, new Prf(strict.size(), sys.size(), goldTimes.size()));
    m.put(TIMEX_RELAXED, new Prf(relaxed.size(), sys.size(), goldTimes.size()));
    m.put(TIMEX_VALUE, new Prf(value, sys.size(), goldTimes.size()));
    m.put(TIMEX_TYPE, new Prf(type, sys.size(), goldTimes.size()));
  }

  // ------------------------------------------------------------ events and factuality

  private static void scoreEvents(MeantimeDocument gold, Ledger ledger, String docId, Map<String, Prf> m,
      Function<Span, Span> toGold) {
    List<MeantimeEventMention> goldEvents = gold.eventMentions().stream().filter(MeantimeMarkable::anchored).toList();
    List<Span> goldSpans = goldEvents.stream().map(MeantimeMarkable::span).toList();
    List<Event> sys = ledger.events().stream().filter(e -> docId.equals(e.doc()) && e.end() > e.begin()).toList();
    List<Span> sysSpans = sys.stream().map(e -> toGold.apply(e.span())).toList();
    Map<Integer, Integer> matched = SpanMatcher.match(goldSpans, sysSpans, false);
    m.put(EVENT, new Prf(matched.size(), sys.size(), goldSpans.size()));

    Set<Span> withCues = new LinkedHashSet<>(sysSpans);
    for (Attribution a : ledger.attributions()) {
      if (docId.equals(a.doc()) && a.cue() != null && a.end() > a.begin()) {
        withCues.add(toGold.apply(a.span()));
      }
    }
    List<Span> cueSpans = new ArrayList<>(withCues);
    cueSpans.sort(null);
    m.put(EVENT_OR_CUE, new Prf(SpanMatcher.match(goldSpans, cueSpans, false).size(), cueSpans.size(), goldSpans.size()));

    Map<String, List<Attribution>> attributionsByEvent = new HashMap<>();
    for (Attribution a : ledger.attributions()) {
      if (a.event() != null) {
        attributionsByEvent.computeIfAbsent(a.event(), k -> new ArrayList<>()).add(a);
      }
    }
    int goldFactual = (int) goldEvents.stream().filter(MeantimeEventMention::hasFactuality).count();
    int certainty = 0;
    int polarity = 0;
    int both = 0;
    int matchedFactual = 0;
    int negGold = 0;
    int negSys = 0;
    int negBoth = 0;
    int uncGold = 0;
    int uncSys = 0;
    int uncBoth = 0;
    for (var pair : matched.entrySet()) {
      MeantimeEventMention g = goldEvents.get(pair.getKey());
      if (!g.hasFactuality()) {
        continue;
      }
      Event e = sys.get(pair.getValue());
      String ourCertainty = certaintyOf(e, attributionsByEvent.getOrDefault(e.id(), List.of()));
      String ourPolarity = polarityOf(e);
      matchedFactual++;
      boolean c = g.certainty().equals(ourCertainty);
      boolean p = g.polarity().equals(ourPolarity);
      certainty += c ? 1 : 0;
      polarity += p ? 1 : 0;
      both += c && p ? 1 : 0;
      boolean gn = g.polarity().equals("NEG");
      boolean sn = ourPolarity.equals("NEG");
      negGold += gn ? 1 : 0;
      negSys += sn ? 1 : 0;
      negBoth += gn && sn ? 1 : 0;
      boolean gu = !g.certainty().equals("CERTAIN");
      boolean su = !ourCertainty.equals("CERTAIN");
      uncGold += gu ? 1 : 0;
      uncSys += su ? 1 : 0;
      uncBoth += gu && su ? 1 : 0;
    }
    m.put(CERTAINTY, new Prf(certainty, sys.size(), goldFactual));
    m.put(POLARITY, new Prf(polarity, sys.size(), goldFactual));
    m.put(FACTUALITY, new Prf(both, sys.size(), goldFactual));
    m.put(CERTAINTY_ACCURACY, new Prf(certainty, matchedFactual, matchedFactual));
    m.put(POLARITY_ACCURACY, new Prf(polarity, matchedFactual, matchedFactual));
    m.put(NEGATIVE, new Prf(negBoth, negSys, negGold));
    m.put(UNCERTAIN, new Prf(uncBoth, uncSys, uncGold));
  }

  /**
   * Our certainty in MEANTIME's terms: from the event's modality (ACTUAL and NEGATED → CERTAIN,
   * PLANNED → PROBABLE, POSSIBLE → POSSIBLE), lowered to the weakest certainty of any attribution
   * of the event (a source that is only PROBABLY right makes the event PROBABLE).
   */
  static String certaintyOf(Event e, List<Attribution> attributions) {
    Certainty c = e.modality() == Modality.POSSIBLE ? Certainty.POSSIBLE
        : e.modality() == Modality.PLANNED ? Certainty.PROBABLE : Certainty.CERTAIN;
    for (Attribution a : attributions) {
      if (a.certainty() != null && a.certainty().ordinal() > c.ordinal()) {
        c = a.certainty();
      }
    }
    return c.name();
  }

  /** NEG when the event's polarity is NEGATIVE or its modality NEGATED, else POS. */
  static String polarityOf(Event e) {
    return e.polarity() == Polarity.NEGATIVE || e.modality() == Modality.NEGATED ? "NEG" : "POS";
  }
}
