package org.attest.extract.events;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attest.extract.ExtractionContext;
import org.attest.extract.ExtractionContext.EntityMention;
import org.attest.extract.Extractor;
import org.attest.extract.Layer;
import org.attest.extract.lexicon.Lexicon;
import org.attest.extract.lexicon.Condition;
import org.attest.extract.lexicon.Lexicon.Trigger;
import org.attest.extract.plover.CameoCoder;
import org.attest.extract.lexicon.Lexicon.TriggerPos;
import org.attest.extract.lexicon.WordSet;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Event;
import org.attest.model.EventType;
import org.attest.model.Modality;
import org.attest.model.Polarity;
import org.attest.model.Quantity;
import org.attest.model.Span;
import org.attest.model.TimeExpression;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.DepRel;
import org.attest.nlp.ParseQueries;
import org.attest.nlp.PosClass;
import org.attest.nlp.Token;

/**
 * Events typed with PLOVER, read from verbs and event nouns of the trigger lexicon, with their
 * participants taken from the dependency parse: actor (subject, or possessor / "of" phrase of a
 * noun, inherited through control and coordination), target (object, "against" phrase), place
 * (locative phrases naming a place), time (a time expression governed by the trigger), quantity
 * (a number on the object, with "about", "up to", "at least"), and modality (planned, possible,
 * negated).
 */
public final class EventExtractor extends Extractor {

  public static final String NAME = "events";

  /** Relations on which a word modifies a noun rather than naming a happening. */
  private static final Set<DepRel> NOT_EVENT_RELS = EnumSet.of(
      DepRel.AMOD, DepRel.COMPOUND, DepRel.CASE, DepRel.DET, DepRel.NUMMOD, DepRel.FLAT);

  public EventExtractor() {
    super(NAME);
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.ENTITIES, Layer.TIMES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.EVENTS);
  }

  @Override
  protected void extract(ExtractionContext ctx) {
    AnnotatedDocument d = ctx.doc();
    Lexicon lex = ctx.lexicon();
    List<Token> toks = d.tokens();
    List<EventCoreference.Candidate> found = new ArrayList<>();
    for (Token t : toks) {
      Reading reading = trigger(ctx, t, lex);
      EventType carried = carriedType(ctx, t, lex);
      if (reading == null && carried == null) {
        continue;
      }
      if (reading == null) {
        reading = new Reading(new Trigger(t.key(), carried, TriggerPos.VERB, null), null);
      }
      Trigger trig = reading.trigger();
      EventType type = carried != null ? carried : retype(d, t, trig.type(), lex);
      List<String> actors = new ArrayList<>();
      String target = null;
      if (t.isVerb()) {
        actors.addAll(verbActors(ctx, t));
        target = verbTarget(ctx, t);
        if (target == null && actors.size() > 1 && lex.words(WordSet.Name.RECIPROCAL).contains(t.key())) {
          target = actors.remove(actors.size() - 1);
        }
      } else {
        actors.addAll(nounActors(ctx, t));
      }
      if (target == null) {
        target = againstTarget(ctx, t);
      }
      if (target != null && actors.contains(target)) {
        // One entity cannot be both; the subject is the surer reading.
        target = null;
      }
      type = civilianProtest(ctx, type, actors);
      String location = location(ctx, t, actors, target);
      TimeExpression time = ctx.parse().governedTime(t.index(), ctx::timeAt);
      Quantity quantity = quantity(ctx, t);
      Modality modality = modality(ctx, t);
      type = ploverFuture(type, modality == Modality.POSSIBLE && reportedFuture(ctx, t) ? Modality.PLANNED : modality);
      Polarity polarity = modality == Modality.NEGATED ? Polarity.NEGATIVE : Polarity.POSITIVE;
      Span sentence = d.sentenceOf(t).span();
      String predicate = t.key() + (isPrepFor(trig.condition()) ? " for" : "");
      String mode = reading.mode();
      Event e = new Event("v?", ctx.docId(), t.begin(), t.end(), t.word(), sentence, type, predicate,
          actors, target, location, time == null ? null : time.id(), quantity, modality, polarity,
          summary(ctx, t, actors), provenance(ctx), mode, List.of());
      found.add(new EventCoreference.Candidate(e, t.index(), EventCoreference.argumentHeads(ctx.parse(), t),
          baseOrSelf(t, lex), definite(d, t), t.isVerb() && (lex.isLightVerb(t.key())
              || lex.words(WordSet.Name.SUPPORT_VERBS).contains(t.key()) || carried != null),
          time == null ? null : time.value()));
    }
    int n = 0;
    for (EventCoreference.Chain c : EventCoreference.chains(found)) {
      Event e = c.merged("v" + (++n));
      for (EventCoreference.Candidate m : c.members()) {
        ctx.addEvent(e, m.token(), m.event().span());
      }
    }
  }

  /**
   * A carrier verb ("expressed", "gave", "filed") whose object is a PLOVER event noun of the trigger
   * lexicon is that event: "expressed regret" is a concession, "gave the rebels an ultimatum" a threat.
   * The verb supplies the participants, so the noun's own argument condition does not apply. Null
   * otherwise.
   */
  private static EventType carriedType(ExtractionContext ctx, Token t, Lexicon lex) {
    if (!t.isVerb() || !lex.words(WordSet.Name.CARRIER_VERBS).contains(t.key())) {
      return null;
    }
    AnnotatedDocument d = ctx.doc();
    for (int ch : d.children(t.index())) {
      Token c = d.token(ch);
      if (c.relation() != DepRel.OBJ || !c.isCommonNoun()) {
        continue;
      }
      for (Trigger tr : lex.triggers(c.key())) {
        if (tr.pos() != TriggerPos.VERB && tr.type() != EventType.OTHER) {
          return tr.type();
        }
      }
    }
    return null;
  }

  /**
   * PLOVER's PROTEST covers the collective actions of civilians: a boycott, a blockade or a riot by
   * protesters, workers, students or farmers (civilian agent roles) is a protest, not a sanction,
   * coercion or assault; assaults become protests only for the protest and labour roles.
   */
  private static EventType civilianProtest(ExtractionContext ctx, EventType type, List<String> actors) {
    if (type != EventType.SANCTION && type != EventType.COERCE && type != EventType.ASSAULT || actors.isEmpty()) {
      return type;
    }
    WordSet civilian = ctx.lexicon().words(WordSet.Name.CIVILIAN_ROLES);
    for (String id : actors) {
      Entity e = ctx.entity(id);
      String role = e == null || e.affiliation() == null || e.affiliation().role() == null ? null
          : e.affiliation().role().toLowerCase(Locale.ROOT);
      if (role == null || !civilian.contains(role) || e.affiliation().code() != null) {
        return type; // every actor a civilian group; a named organisation or a state keeps the reading
      }
      if (type == EventType.ASSAULT && !role.equals("opp") && !role.equals("lab")) {
        return type;
      }
    }
    return EventType.PROTEST;
  }

  /** The verb a noun trigger nominalizes ("deployment" → "deploy"), else the trigger's own lemma. */
  private static String baseOrSelf(Token t, Lexicon lex) {
    if (t.isVerb()) {
      return t.key();
    }
    String b = lex.baseVerb(t.key(), v -> !lex.cameo().dictionary().verbs(v).isEmpty()
        || !lex.triggers(v).isEmpty());
    return b == null ? t.key() : b;
  }

  /** A noun with a definite or demonstrative determiner ("the attack", "this assault") may point back. */
  private static boolean definite(AnnotatedDocument d, Token t) {
    if (t.isVerb()) {
      return false;
    }
    for (int ch : d.children(t.index())) {
      Token c = d.token(ch);
      if (c.relation() == DepRel.DET && Set.of("the", "this", "that", "these", "those").contains(c.word().toLowerCase(Locale.ROOT))
          || c.relation() == DepRel.NMOD_POSS) {
        return true;
      }
    }
    return false;
  }

  /**
   * "said it would withdraw": "would" under a reporting verb is the future of the report, not a
   * possibility.
   */
  private static boolean reportedFuture(ExtractionContext ctx, Token t) {
    AnnotatedDocument d = ctx.doc();
    if (t.relation() != DepRel.CCOMP || t.head() < 0 || ctx.lexicon().cue(d.head(t).key()) == null) {
      return false;
    }
    for (int ch : d.children(t.index())) {
      if (d.token(ch).is(DepRel.AUX) && d.token(ch).lowerWord().equals("would")) {
        return true;
      }
    }
    return false;
  }

  /**
   * PLOVER's rule for announced cooperation: CONSULT, SUPPORT, COOPERATE and AID in the future are
   * AGREE (an intention to cooperate); a retreat announced for the future is CONCEDE.
   */
  static EventType ploverFuture(EventType type, Modality modality) {
    if (modality != Modality.PLANNED) {
      return type;
    }
    return switch (type) {
      case CONSULT, SUPPORT, COOPERATE, AID -> EventType.AGREE;
      case RETREAT -> EventType.CONCEDE;
      default -> type;
    };
  }

  // ------------------------------------------------------------------ triggers

  /** "call for", "push for": the preposition belongs to the predicate. */
  private static boolean isPrepFor(Condition c) {
    return c instanceof Condition.Prep p && p.wordClass() == null && p.prepositions().equals(List.of("for"));
  }

  /** A trigger and, where the CAMEO dictionary typed it, the PLOVER mode of its coding. */
  private record Reading(Trigger trigger, String mode) {
    static Reading of(Trigger t) {
      return t == null ? null : new Reading(t, null);
    }
  }

  private Reading trigger(ExtractionContext ctx, Token t, Lexicon lex) {
    AnnotatedDocument d = ctx.doc();
    boolean verb = t.isVerb();
    boolean noun = t.isCommonNoun();
    if (!verb && !noun) {
      return null;
    }
    if (NOT_EVENT_RELS.contains(t.relation())) {
      return null;
    }
    if (noun && ctx.mentionAt(t.index()) != null && "AGENT".equals(ctx.mentionAt(t.index()).kind())) {
      return null; // a group that acts ("the opposition", "the resistance") is a participant, not an event
    }
    Trigger lexical = null;
    boolean known = false;
    for (Trigger tr : lex.triggers(t.key())) {
      if (tr.pos() == TriggerPos.VERB && !verb || tr.pos() == TriggerPos.NOUN && !noun) {
        continue;
      }
      known = true;
      if (conditionHolds(ctx, t, tr.condition(), lex)) {
        lexical = tr;
        break;
      }
    }
    return verb ? verbTrigger(ctx, t, lex, lexical, known) : Reading.of(nounTrigger(ctx, t, lex, lexical, known));
  }

  /**
   * A verb's reading: a hand-written trigger whose condition holds ("joined the war"), then a
   * specific CAMEO pattern (the verb with its object or preposition: "called for a ceasefire",
   * "held talks"), then the trigger lexicon's plain reading, then the CAMEO code of the verb alone;
   * the dictionary types only verbs with an actor taking part. Any other content verb is an OTHER
   * event (the predicate says what).
   * Reporting verbs stay attribution cues, and a verb that only governs a planned event ("plans
   * to send") is not one itself.
   */
  private Reading verbTrigger(ExtractionContext ctx, Token t, Lexicon lex, Trigger lexical, boolean known) {
    AnnotatedDocument d = ctx.doc();
    if (t.is(DepRel.AUX) || t.relation() == DepRel.COP) {
      return null;
    }
    boolean cue = lex.cue(t.key()) != null;
    CameoCoder.Result cameo = governsPlannedEvent(d, t, lex) ? null : lex.cameo().code(d, t.index());
    if (cue && cameo != null && !cueActs(d, t, cameo)) {
      cameo = null;
    }
    if (lexical != null && lexical.condition() != null) {
      return Reading.of(lexical); // a hand-written reading with its condition ("joined the war") is as specific as a pattern
    }
    // The dictionary codes events between actors, as PETRARCH does ("the recession deepened" is no COOPERATE).
    boolean actors = cameo != null && cameo.type() != null && (hasNamedParticipant(ctx, t) || !verbActors(ctx, t).isEmpty());
    // A pattern overrides the lexicon's plain reading where it changes the quad class ("strike a deal" is
    // no assault); within one class the lexicon keeps PLOVER's finer line (an arrest is COERCE, sending is AID).
    if (actors && cameo.specific() && (lexical == null || lexical.type().quadClass() != cameo.type().quadClass())) {
      return cameoTrigger(t, cameo);
    }
    if (lexical != null) {
      return Reading.of(lexical);
    }
    if (actors && !known && !lex.isLightVerb(t.key())) {
      return cameoTrigger(t, cameo);
    }
    if (!lex.isLightVerb(t.key()) && !cue && t.key().length() > 2 && t.key().chars().allMatch(Character::isLetter)) {
      return new Reading(new Trigger(t.key(), EventType.OTHER, TriggerPos.VERB, null), null);
    }
    return null;
  }

  private static Reading cameoTrigger(Token t, CameoCoder.Result r) {
    return new Reading(new Trigger(t.key(), r.type(), TriggerPos.VERB, null),
        r.coding() == null || r.coding().mode().isEmpty() ? null : r.coding().mode());
  }

  /** "plans to send": the plan is the sent event's modality, not an event (but "offered to help" is an offer). */
  private static boolean governsPlannedEvent(AnnotatedDocument d, Token t, Lexicon lex) {
    if (!lex.words(WordSet.Name.PLAN_GOVERNORS).contains(t.key())) {
      return false;
    }
    for (int ch : d.children(t.index())) {
      if (d.token(ch).relation() == DepRel.XCOMP && !lex.isLightVerb(d.token(ch).key())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<EventType> VERBAL_CONFLICT = Set.of(
      EventType.THREATEN, EventType.DEMAND, EventType.DISAPPROVE, EventType.REJECT);

  /**
   * A reporting verb is an act of its own where it has no reported clause ("recognized the new
   * government", "warned Iraq") or where what it says is itself verbal conflict ("warned that it
   * would retaliate" threatens); otherwise it only introduces what someone says.
   */
  private static boolean cueActs(AnnotatedDocument d, Token t, CameoCoder.Result cameo) {
    if (cameo.type() != null && VERBAL_CONFLICT.contains(cameo.type())) {
      return true;
    }
    for (int ch : d.children(t.index())) {
      DepRel rel = d.token(ch).relation();
      if (rel == DepRel.CCOMP || rel == DepRel.PARATAXIS || rel == DepRel.XCOMP) {
        return false;
      }
    }
    return cameo.specific();
  }

  /**
   * A noun's reading: the trigger lexicon with its conditions; a noun that names a happening by
   * itself ("clashes", "the recession", "the attack") even without a participant; and the
   * nominalization of a known event verb ("the deployment", "negotiations"), typed like its verb.
   */
  private Trigger nounTrigger(ExtractionContext ctx, Token t, Lexicon lex, Trigger lexical, boolean known) {
    AnnotatedDocument d = ctx.doc();
    if (lexical != null) {
      return lexical;
    }
    String key = t.key();
    if (lex.isNotEventNoun(key)) {
      return null;
    }
    String sing = key.endsWith("s") && !lex.isEventNoun(key) ? key.substring(0, key.length() - 1) : key;
    if (lex.isEventNoun(key) || lex.isEventNoun(sing)) {
      for (Trigger tr : lex.triggers(lex.isEventNoun(key) ? key : sing)) {
        if (tr.pos() != TriggerPos.VERB) {
          return new Trigger(key, tr.type(), TriggerPos.NOUN, null);
        }
      }
      return new Trigger(key, verbTypeOf(lex.isEventNoun(key) ? key : sing, lex), TriggerPos.NOUN, null);
    }
    if (known) {
      // The lexicon has the noun but its condition failed: a nominalization that refers ("the
      // deployment was delayed") is still that event; other nouns are not ("the demands of modern life").
      String b = lex.baseVerb(key, v -> !lex.triggers(v).isEmpty()
          || !lex.cameo().dictionary().verbs(v).isEmpty());
      if (b != null && definite(d, t)) {
        for (Trigger tr : lex.triggers(key)) {
          if (tr.pos() != TriggerPos.VERB) {
            return new Trigger(key, tr.type(), TriggerPos.NOUN, null);
          }
        }
      }
      return null;
    }
    String base = lex.baseVerb(key, v -> !lex.cameo().dictionary().verbs(v).isEmpty()
        || lex.triggers(v).stream().anyMatch(tr -> tr.pos() != TriggerPos.NOUN));
    if (base == null || lex.isLightVerb(base) || lex.cue(base) != null) {
      return null;
    }
    // A bare nominalization ("the decision") names a happening, but PLOVER codes it only with a
    // participant in its own phrase ("Iran's decision"); without one it is an untyped event.
    boolean participant = conditionHolds(ctx, t, new Condition.HasArgument(), lex);
    return new Trigger(key, participant ? verbTypeOf(base, lex) : EventType.OTHER, TriggerPos.NOUN, null);
  }

  /** The PLOVER type of a verb on its own: the lexicon's unconditional reading, else its CAMEO code, else OTHER. */
  private static EventType verbTypeOf(String verb, Lexicon lex) {
    for (Trigger tr : lex.triggers(verb)) {
      if (tr.pos() != TriggerPos.NOUN && tr.condition() == null) {
        return tr.type();
      }
    }
    for (var v : lex.cameo().dictionary().verbs(verb)) {
      var c = lex.cameo().mapping().coding(v.effectiveCode());
      if (c != null) {
        return c.type();
      }
    }
    return EventType.OTHER;
  }

  private static boolean hasAttackObject(AnnotatedDocument d, Token t, Lexicon lex) {
    for (int ch : d.children(t.index())) {
      if (d.token(ch).relation() == DepRel.OBJ && lex.inClass("attack", d.token(ch).key())) {
        return true;
      }
    }
    return false;
  }

  private boolean hasNamedParticipant(ExtractionContext ctx, Token t) {
    for (int ch : ctx.doc().children(t.index())) {
      DepRel rel = ctx.doc().token(ch).relation();
      if (rel == DepRel.NSUBJ || rel == DepRel.NSUBJ_PASS || rel == DepRel.OBJ) {
        EntityMention m = ctx.mentionAt(ch);
        if (m != null && !m.kind().equals("PRONOUN") || m != null && ctx.entity(m.entity()) != null) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean conditionHolds(ExtractionContext ctx, Token t, Condition cond, Lexicon lex) {
    AnnotatedDocument d = ctx.doc();
    ParseQueries q = ctx.parse();
    if (cond == null) {
      return true;
    }
    if (cond instanceof Condition.Party) {
      // "met Putin", "met with the minister": someone to meet, not "meet the demands".
      for (int ch : d.children(t.index())) {
        Token c = d.token(ch);
        boolean arg = c.relation() == DepRel.OBJ || c.relation().isObliqueOrNominal() && q.caseWord(ch).equals("with");
        if (arg && !entitiesOf(ctx, ch, false).stream().filter(e -> isActorType(ctx, e)).toList().isEmpty()) {
          return true;
        }
      }
      return false;
    }
    if (cond instanceof Condition.ObjectIn o) {
      for (int ch : d.children(t.index())) {
        Token c = d.token(ch);
        // the object, or the passive subject ("relations were severed")
        if (c.relation().isPatient() && lex.inClass(o.wordClass(), c.key())) {
          return true;
        }
      }
      return false;
    }
    if (cond instanceof Condition.SubjectIn sc) {
      for (int ch : d.children(t.index())) {
        Token c = d.token(ch);
        if (c.relation() == DepRel.NSUBJ && lex.inClass(sc.wordClass(), c.key())) {
          return true;
        }
      }
      return false;
    }
    if (cond instanceof Condition.Prep p) {
      for (int ch : d.children(t.index())) {
        Token c = d.token(ch);
        if (c.relation().isObliqueOrNominal() && p.prepositions().contains(q.caseWord(ch))) {
          if (p.wordClass() == null || lex.inClass(p.wordClass(), c.key()) || anyChildInClass(d, ch, p.wordClass(), lex)) {
            return true;
          }
        }
      }
      return false;
    }
    if (cond instanceof Condition.Particle prt) {
      // The particle is the verb's dependent ("handed the suspect over") or follows it closely
      // ("pulled out of the city", where the parse may attach it to the phrase instead).
      for (int ch : d.children(t.index())) {
        Token c = d.token(ch);
        if ((c.relation() == DepRel.COMPOUND_PRT || c.relation() == DepRel.ADVMOD) && c.lowerWord().equals(prt.word())) {
          return true;
        }
      }
      int next = t.index() + 1;
      return next < d.tokens().size() && d.token(next).sentence() == t.sentence()
          && d.token(next).lowerWord().equals(prt.word()) && !d.token(next).isNoun();
    }
    if (cond instanceof Condition.HasArgument) {
      // An event noun needs a participant named in its own phrase: "his visit", "the deployment
      // of North Korean troops", "clashes between A and B" -- not "the demands of modern warfare".
      for (int ch : d.children(t.index())) {
        Token c = d.token(ch);
        String cw = q.caseWord(ch);
        if (c.relation() == DepRel.NMOD_POSS || c.is(DepRel.NMOD) && (cw.equals("of") || cw.equals("between")
            || cw.equals("by") || cw.equals("with"))) {
          if (entitiesOf(ctx, ch, true).stream().anyMatch(e -> isActorType(ctx, e))) {
            return true;
          }
        }
      }
      return false;
    }
    throw new IllegalStateException("condition not handled: " + cond.text());
  }

  /** The noun at tok is of the class, or counts members of it ("thousands of troops"). */
  private static boolean inClassOrCounted(AnnotatedDocument d, int tok, String cls, Lexicon lex) {
    Token t = d.token(tok);
    if (lex.inClass(cls, t.key())) {
      return true;
    }
    if (!isPartitive(t, lex)) {
      return false;
    }
    for (int ch : d.children(tok)) {
      if (d.token(ch).is(DepRel.NMOD) && lex.inClass(cls, d.token(ch).key())) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyChildInClass(AnnotatedDocument d, int tok, String cls, Lexicon lex) {
    for (int ch : d.children(tok)) {
      if (lex.inClass(cls, d.token(ch).key())) {
        return true;
      }
    }
    return false;
  }

  /** Sending or moving forces is mobilization; sending goods is aid; carrying out strikes is an assault. */
  private EventType retype(AnnotatedDocument d, Token t, EventType type, Lexicon lex) {
    if (type == EventType.OTHER && t.isVerb()) {
      for (int ch : d.children(t.index())) {
        Token c = d.token(ch);
        if (c.relation().isPatient() && lex.inClass("attack", c.key())) {
          return EventType.ASSAULT; // "carried out airstrikes", "launched a raid"
        }
      }
    }
    if ((type == EventType.AID || type == EventType.COOPERATE) && t.isVerb()) {
      for (int ch : d.children(t.index())) {
        Token c = d.token(ch);
        if (c.relation().isPatient() && inClassOrCounted(d, ch, "military", lex)) {
          return EventType.MOBILIZE; // "sent troops", "thousands of troops were sent"
        }
      }
    }
    return type;
  }

  // ------------------------------------------------------------------ participants

  private List<String> verbActors(ExtractionContext ctx, Token t) {
    AnnotatedDocument d = ctx.doc();
    Token v = t;
    for (int hops = 0; hops < 4 && v != null; hops++) {
      List<String> subj = new ArrayList<>();
      boolean passive = false;
      for (int ch : d.children(v.index())) {
        Token c = d.token(ch);
        if (c.relation() == DepRel.NSUBJ) {
          subj.addAll(entitiesOf(ctx, ch, true));
        } else if (c.relation() == DepRel.NSUBJ_PASS) {
          passive = true;
        } else if (ctx.parse().isAgent(ch)) {
          if (v == t) {
            subj.addAll(entitiesOf(ctx, ch, true));
          }
        }
      }
      if (!subj.isEmpty() || passive && v == t) {
        return dedupe(subj);
      }
      // No subject of its own: controlled ("plans to involve") or coordinated ("sent ... and plans").
      if ((v.relation() == DepRel.XCOMP || v.relation() == DepRel.CONJ) && v.head() >= 0
          && !isReportingVerb(ctx.lexicon(), d.token(v.head()))) {
        v = d.token(v.head());
      } else {
        return List.of();
      }
    }
    return List.of();
  }

  /** A verb that reports rather than acts ("confirmed ... to participate"): no subject passes through it. */
  private static boolean isReportingVerb(Lexicon lex, Token v) {
    var cue = lex.cue(v.key());
    return cue != null && cue.stance() != org.attest.model.Stance.PLAN;
  }

  private String verbTarget(ExtractionContext ctx, Token t) {
    AnnotatedDocument d = ctx.doc();
    for (int ch : d.children(t.index())) {
      Token c = d.token(ch);
      if (c.relation() == DepRel.OBJ || c.relation() == DepRel.IOBJ || c.relation() == DepRel.NSUBJ_PASS) {
        if (ctx.mentionAt(ch) != null && "AGENT".equals(ctx.mentionAt(ch).kind())) {
          // A generic group as the object ("sent 200 troops", "arrested protesters") is left out of
          // the target: the troops are what is sent, and descriptions never join across reports,
          // so a description as target would keep reports of one event apart.
          continue;
        }
        List<String> es = entitiesOf(ctx, ch, false);
        if (!es.isEmpty() && isActorType(ctx, es.get(0))) {
          return es.get(0);
        }
      }
    }
    return null;
  }

  private List<String> nounActors(ExtractionContext ctx, Token t) {
    AnnotatedDocument d = ctx.doc();
    // The possessor or the "by" phrase is the agent ("the release of the journalists by Iran"); an
    // "of" or "between" phrase only when there is neither ("the deployment of Turkish troops").
    for (boolean agentive : new boolean[] {true, false}) {
      List<String> out = new ArrayList<>();
      for (int ch : d.children(t.index())) {
        Token c = d.token(ch);
        String cw = ctx.parse().caseWord(ch);
        boolean agent = c.relation() == DepRel.NMOD_POSS || c.is(DepRel.NMOD) && cw.equals("by");
        boolean other = c.is(DepRel.NMOD) && (cw.equals("of") || cw.equals("between"));
        int at = ch;
        if (agentive && !agent && c.is(DepRel.NMOD) && cw.equals("of")) {
          // "the release of [the sailors by Yemen]": the parse may hang the by-phrase on the of-phrase
          for (int g : d.children(ch)) {
            if (d.token(g).is(DepRel.NMOD) && ctx.parse().caseWord(g).equals("by")) {
              agent = true;
              at = g;
            }
          }
        }
        if (agentive ? agent : other) {
          for (String e : entitiesOf(ctx, at, true)) {
            if (isActorType(ctx, e)) {
              out.add(e);
            }
          }
          if (!out.isEmpty()) {
            return dedupe(out);
          }
        }
      }
    }
    return List.of();
  }

  private String againstTarget(ExtractionContext ctx, Token t) {
    AnnotatedDocument d = ctx.doc();
    List<Integer> frontier = new ArrayList<>(d.children(t.index()));
    for (int depth = 0; depth < 2; depth++) {
      List<Integer> next = new ArrayList<>();
      for (int ch : frontier) {
        Token c = d.token(ch);
        DepRel r = c.relation();
        if (r == DepRel.CASE || r == DepRel.PUNCT || r == DepRel.CONJ || r == DepRel.CCOMP) {
          continue;
        }
        if (ctx.parse().caseWord(ch).equals("against")) {
          List<String> es = entitiesOf(ctx, ch, false);
          if (!es.isEmpty()) {
            return es.get(0);
          }
        }
        if (r == DepRel.OBJ || r.isObliqueOrNominal()) {
          next.addAll(d.children(ch));
        }
      }
      frontier = next;
    }
    return null;
  }

  private String location(ExtractionContext ctx, Token t, List<String> actors, String target) {
    AnnotatedDocument d = ctx.doc();
    List<Integer> frontier = new ArrayList<>(d.children(t.index()));
    for (int depth = 0; depth < 3; depth++) {
      List<Integer> next = new ArrayList<>();
      for (int ch : frontier) {
        Token c = d.token(ch);
        boolean arg = c.relation().isObliqueOrNominal() || c.relation() == DepRel.OBJ;
        if (!arg || c.relation() == DepRel.NMOD_POSS) {
          continue;
        }
        if (ctx.lexicon().words(WordSet.Name.PLACE_PREPS).contains(ctx.parse().caseWord(ch))) {
          for (String e : placeEntities(ctx, ch)) {
            if (!actors.contains(e) && !e.equals(target)) {
              return e;
            }
          }
        }
        next.addAll(d.children(ch));
      }
      frontier = next;
    }
    return null;
  }

  /** Places named at a token: the entity there, or one on its modifiers ("Russian territory"). */
  private List<String> placeEntities(ExtractionContext ctx, int tok) {
    List<String> out = new ArrayList<>();
    EntityMention m = ctx.mentionAt(tok);
    if (m != null && isPlaceType(ctx, m.entity())) {
      out.add(m.entity());
    }
    for (int ch : ctx.doc().children(tok)) {
      DepRel rel = ctx.doc().token(ch).relation();
      if (rel == DepRel.AMOD || rel == DepRel.COMPOUND) {
        EntityMention mm = ctx.mentionAt(ch);
        if (mm != null && isPlaceType(ctx, mm.entity())) {
          out.add(mm.entity());
        }
      }
    }
    return out;
  }

  /** Entities named by the phrase headed at tok, with its coordinated members ("A and B"). */
  private List<String> entitiesOf(ExtractionContext ctx, int tok, boolean withConj) {
    AnnotatedDocument d = ctx.doc();
    List<String> out = new ArrayList<>();
    EntityMention m = ctx.mentionAt(tok);
    if (m == null && isPartitive(d.token(tok), ctx.lexicon())) {
      // "thousands of protesters", "a group of rebels": the group named in the "of" phrase acts.
      for (int ch : d.children(tok)) {
        if (d.token(ch).is(DepRel.NMOD) && ctx.parse().caseWord(ch).equals("of") && ctx.mentionAt(ch) != null) {
          m = ctx.mentionAt(ch);
          break;
        }
      }
    }
    String actsFor = m != null && "AGENT".equals(m.kind()) ? actsFor(ctx, tok, m.entity()) : null;
    if (actsFor != null) {
      // "envoys of Armenia", "NATO defence ministers": PLOVER codes a group by whom it acts for.
      out.add(actsFor);
      for (int c : ctx.parse().conjuncts(principal(ctx, tok, m.entity()))) {
        EntityMention cm = ctx.mentionAt(c);
        if (cm != null && isStateOrOrganization(ctx, cm.entity())) {
          out.add(cm.entity());
        }
      }
    } else if (m != null) {
      out.add(m.entity());
    } else {
      // "the deployment of North Korean troops": a modifier names the acting country.
      for (int ch : d.children(tok)) {
        Token c = d.token(ch);
        if (c.relation() == DepRel.AMOD || c.relation() == DepRel.COMPOUND || c.relation() == DepRel.NMOD_POSS) {
          EntityMention mm = ctx.mentionAt(ch);
          if (mm != null) {
            out.add(mm.entity());
            break;
          }
        }
      }
    }
    if (withConj) {
      for (int ch : ctx.parse().conjuncts(tok)) {
        out.addAll(entitiesOf(ctx, ch, false));
      }
    }
    return dedupe(out);
  }

  /**
   * The state or organisation a generic agent group without a country of its own is named with: its
   * "of" phrase ("envoys of Armenia") or a name compounded with it ("NATO defence ministers"); null
   * when there is none.
   */
  private String actsFor(ExtractionContext ctx, int tok, String agent) {
    Entity e = ctx.entity(agent);
    if (e == null || e.affiliation() != null && e.affiliation().country() != null) {
      return null;
    }
    int p = principal(ctx, tok, agent);
    return p < 0 ? null : ctx.mentionAt(p).entity();
  }

  /** The token of the "of" phrase or compound of tok that names a state or organisation, else -1. */
  private int principal(ExtractionContext ctx, int tok, String agent) {
    AnnotatedDocument d = ctx.doc();
    for (int ch : d.children(tok)) {
      Token c = d.token(ch);
      boolean of = c.is(DepRel.NMOD) && ctx.parse().caseWord(ch).equals("of");
      if (!of && c.relation() != DepRel.COMPOUND) {
        continue;
      }
      EntityMention cm = ctx.mentionAt(ch);
      if (cm != null && !cm.entity().equals(agent) && isStateOrOrganization(ctx, cm.entity())) {
        return ch;
      }
    }
    return -1;
  }

  private boolean isStateOrOrganization(ExtractionContext ctx, String entityId) {
    Entity e = ctx.entity(entityId);
    return e != null && (e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION);
  }

  private static boolean isPartitive(Token t, Lexicon lex) {
    WordSet partitives = lex.words(WordSet.Name.PARTITIVES);
    return t.posClass() == PosClass.NUMBER || partitives.contains(t.key()) || partitives.contains(t.word().toLowerCase(Locale.ROOT));
  }

  private boolean isActorType(ExtractionContext ctx, String entityId) {
    Entity e = ctx.entity(entityId);
    return e != null && e.type() != EntityType.OTHER && e.type() != EntityType.FACILITY;
  }

  private boolean isPlaceType(ExtractionContext ctx, String entityId) {
    Entity e = ctx.entity(entityId);
    return e != null && (e.type() == EntityType.COUNTRY || e.type() == EntityType.LOCATION || e.type() == EntityType.FACILITY);
  }

  // ------------------------------------------------------------------ time, quantity, modality

  private Quantity quantity(ExtractionContext ctx, Token t) {
    AnnotatedDocument d = ctx.doc();
    List<Integer> heads = new ArrayList<>();
    if (t.isVerb()) {
      for (int ch : d.children(t.index())) {
        DepRel rel = d.token(ch).relation();
        if (rel.isPatient()) {
          heads.add(ch);
        }
      }
    } else {
      heads.add(t.index());
      for (int ch : d.children(t.index())) {
        if (d.token(ch).is(DepRel.NMOD) && ctx.parse().caseWord(ch).equals("of")) {
          heads.add(ch);
        }
      }
    }
    for (int h : heads) {
      for (int ch : d.children(h)) {
        Token num = d.token(ch);
        if (num.relation() != DepRel.NUMMOD || ctx.timeAt(ch) != null) {
          continue;
        }
        Numbers numbers = ctx.lexicon().numbers();
        BigDecimal v = numbers.parse(num.word());
        if (v == null) {
          continue;
        }
        int last = num.index();
        if (last + 1 < d.tokens().size() && numbers.scale(d.token(last + 1).word()) != null && last + 1 < h) {
          v = v.multiply(numbers.scale(d.token(last + 1).word()));
          last++;
        }
        return readQuantity(ctx, num, last, v, h);
      }
    }
    return null;
  }

  private Quantity readQuantity(ExtractionContext ctx, Token num, int lastNumToken, BigDecimal v, int headNoun) {
    AnnotatedDocument d = ctx.doc();
    String text = d.text();
    int start = num.begin();
    // The words right before the number say how exact it is.
    String before = text.substring(Math.max(d.sentenceOf(num).span().begin(), num.begin() - 24), num.begin())
        .toLowerCase(Locale.ROOT);
    BigDecimal value = v, min = null, max = null;
    boolean approx = false;
    Lexicon lex = ctx.lexicon();
    for (String c : lex.words(WordSet.Name.MAX_CUES).words()) {
      if (before.endsWith(c + " ")) {
        value = null;
        max = v;
        start = num.begin() - c.length() - 1;
      }
    }
    for (String c : lex.words(WordSet.Name.MIN_CUES).words()) {
      if (before.endsWith(c + " ")) {
        value = null;
        min = v;
        start = num.begin() - c.length() - 1;
      }
    }
    for (String c : lex.words(WordSet.Name.APPROX).words()) {
      if (before.endsWith(c + " ") || before.endsWith("an " + c + " ")) {
        approx = true;
        start = num.begin() - c.length() - 1 - (before.endsWith("an " + c + " ") ? 3 : 0);
      }
    }
    // What is counted: the words from the number to the noun, without the country that owns them.
    StringBuilder unit = new StringBuilder();
    for (int k = lastNumToken + 1; k <= headNoun; k++) {
      Token u = d.token(k);
      EntityMention m = ctx.mentionAt(k);
      boolean countryWord = m != null && ctx.entity(m.entity()) != null
          && ctx.entity(m.entity()).type() == EntityType.COUNTRY && !u.isNoun();
      if (countryWord || u.relation() == DepRel.PUNCT) {
        continue;
      }
      if (unit.length() > 0) {
        unit.append(' ');
      }
      unit.append(u.word());
    }
    return new Quantity(text.substring(start, d.token(lastNumToken).end()), value, min, max, approx,
        unit.length() == 0 ? null : unit.toString());
  }

  private Modality modality(ExtractionContext ctx, Token t) {
    AnnotatedDocument d = ctx.doc();
    ParseQueries q = ctx.parse();
    Lexicon lex = ctx.lexicon();
    // "did not attack", "no attack"; "no vessel had been detained", "detained no one".
    if (q.negated(t.index()) || q.negatedParticipant(t.index(), t.isVerb())) {
      return Modality.NEGATED;
    }
    for (int ch : d.children(t.index())) {
      Token c = d.token(ch);
      String w = c.lowerWord();
      if (c.is(DepRel.AUX) && lex.words(WordSet.Name.FUTURE_AUX).contains(w)) {
        return Modality.PLANNED;
      }
      if (c.is(DepRel.AUX) && lex.words(WordSet.Name.POSSIBLE_AUX).contains(w)) {
        return Modality.POSSIBLE;
      }
    }
    // "plans to involve", "expressed readiness to accept".
    if ((t.relation() == DepRel.XCOMP || t.relation() == DepRel.ACL) && t.head() >= 0) {
      Token gov = d.head(t);
      WordSet plan = lex.words(WordSet.Name.PLAN_GOVERNORS);
      if (plan.contains(gov.key())) {
        return Modality.PLANNED;
      }
      for (int ch : d.children(gov.index())) {
        Token c = d.token(ch);
        if (c.relation() == DepRel.OBJ && plan.contains(c.key())) {
          return Modality.PLANNED;
        }
      }
    }
    return Modality.ACTUAL;
  }

  // ------------------------------------------------------------------ summary

  private static final Set<DepRel> SUMMARY_SKIP = EnumSet.of(DepRel.PUNCT, DepRel.CC, DepRel.CONJ, DepRel.ADVCL,
      DepRel.PARATAXIS, DepRel.DEP, DepRel.CCOMP, DepRel.ACL_RELCL, DepRel.MARK, DepRel.DISCOURSE, DepRel.APPOS);

  /** The event in words: the trigger's own phrase (without asides), led by its actor. */
  private String summary(ExtractionContext ctx, Token t, List<String> actors) {
    AnnotatedDocument d = ctx.doc();
    java.util.TreeSet<Integer> keep = new java.util.TreeSet<>();
    keep.add(t.index());
    for (int ch : d.children(t.index())) {
      Token c = d.token(ch);
      if (SUMMARY_SKIP.contains(c.relation()) || c.is(DepRel.OBL) && ctx.timeAt(ch) != null
          || c.is(DepRel.OBL) && ctx.parse().caseWord(ch).equals("according")
          || c.relation() == DepRel.ADVMOD && c.index() < t.index()) {
        continue;
      }
      collect(d, ch, keep);
    }
    StringBuilder sb = new StringBuilder();
    int prev = -1;
    boolean lastComma = false;
    for (int k : keep) {
      boolean comma = d.token(k).word().equals(",");
      if (prev >= 0 && k != prev + 1) {
        // A gap where an aside was left out: no comma on either side of it.
        if (lastComma) {
          sb.setLength(sb.length() - 1);
        }
        if (comma) {
          prev = k;
          continue;
        }
        sb.append(' ');
      } else if (prev >= 0) {
        sb.append(d.text(), d.token(prev).end(), d.token(k).begin());
      }
      sb.append(d.token(k).word());
      lastComma = comma;
      prev = k;
    }
    // Punctuation inside the phrase stays ("units, containers, and equipment"); at its edges it goes.
    String phrase = sb.toString().replaceAll("\\s+", " ").replaceAll("^[\\p{Punct}“”‘’\\s]+|[\\p{Punct}“”‘’\\s]+$", "");
    if (phrase.length() > 160) {
      phrase = phrase.substring(0, 159) + "…";
    }
    // An actor not named in the phrase itself (inherited through "plans to", or a pronoun) leads it.
    String who = actors.isEmpty() || ctx.entity(actors.get(0)) == null ? null : ctx.entity(actors.get(0)).name();
    boolean named = false;
    for (int k : keep) {
      var m = ctx.mentionAt(k);
      if (m != null && !actors.isEmpty() && m.entity().equals(actors.get(0)) && !m.kind().equals("PRONOUN")) {
        named = true;
      }
    }
    return who == null || named ? phrase : who + ": " + phrase;
  }

  private static void collect(AnnotatedDocument d, int tok, java.util.Set<Integer> keep) {
    Token t = d.token(tok);
    if (t.relation() == DepRel.ACL_RELCL || t.relation() == DepRel.PARATAXIS || t.relation() == DepRel.APPOS) {
      return;
    }
    keep.add(tok);
    for (int ch : d.children(tok)) {
      collect(d, ch, keep);
    }
  }

  // ------------------------------------------------------------------ helpers

  private static List<String> dedupe(List<String> ids) {
    return new ArrayList<>(new LinkedHashSet<>(ids));
  }
}
