package org.attest.extract.events;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attest.extract.ExtractionContext;
import org.attest.extract.ExtractionContext.EntityMention;
import org.attest.extract.Extractor;
import org.attest.extract.lexicon.Lexicon;
import org.attest.extract.lexicon.Lexicon.Trigger;
import org.attest.extract.plover.CameoCoder;
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
  public static final String VERSION = "1.0";

  private static final Set<String> PLAN_GOVERNORS = Set.of(
      "plan", "intend", "aim", "prepare", "seek", "want", "decide", "pledge", "promise", "vow", "hope", "schedule",
      "threaten", "propose", "expect", "readiness", "willingness", "intention", "desire", "commitment", "offer",
      "ready", "willing", "set");
  private static final Set<String> POSSIBLE_AUX = Set.of("may", "might", "could", "would", "can", "should");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> RECIPROCAL = Set.of(
      "sign", "agree", "meet", "clash", "talk", "negotiate", "cooperate", "fight", "ally", "partner", "collaborate");
  private static final Set<String> PLACE_PREPS = Set.of("in", "on", "at", "near", "inside", "across", "into", "to", "within", "outside");
  private static final Set<String> APPROX = Set.of("about", "around", "approximately", "nearly", "almost", "roughly",
      "some", "estimated", "circa", "approx.", "reportedly");
  /** Condition text of a trigger read from the CAMEO dictionary: {@code cameo:CODE[:mode]}. */
  static final String CAMEO_CONDITION = "cameo:";
  private static final Set<String> NOT_EVENT_RELS = Set.of("amod", "compound", "case", "det", "nummod", "flat");

  public EventExtractor() {
    super(NAME, VERSION);
  }

  @Override
  protected void extract(ExtractionContext ctx) {
    AnnotatedDocument d = ctx.doc();
    Lexicon lex = Lexicon.get();
    List<Token> toks = d.tokens();
    List<EventCoreference.Candidate> found = new ArrayList<>();
    for (Token t : toks) {
      Trigger trig = trigger(ctx, t, lex);
      if (trig == null) {
        continue;
      }
      EventType type = retype(d, t, trig.type(), lex);
      List<String> actors = new ArrayList<>();
      String target = null;
      if (t.isVerb()) {
        actors.addAll(verbActors(ctx, t));
        target = verbTarget(ctx, t);
        if (target == null && actors.size() > 1 && RECIPROCAL.contains(t.key())) {
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
      String location = location(ctx, t, actors, target);
      TimeExpression time = governedTime(ctx, t);
      Quantity quantity = quantity(ctx, t);
      Modality modality = modality(d, t);
      type = ploverFuture(type, modality);
      Polarity polarity = modality == Modality.NEGATED ? Polarity.NEGATIVE : Polarity.POSITIVE;
      Span sentence = d.sentenceOf(t).span();
      String predicate = t.key() + (trig.condition() != null && trig.condition().equals("prep=for") ? " for" : "");
      String mode = trig.condition() != null && trig.condition().startsWith(CAMEO_CONDITION)
          && trig.condition().indexOf(':', CAMEO_CONDITION.length()) > 0
          ? trig.condition().substring(trig.condition().indexOf(':', CAMEO_CONDITION.length()) + 1) : null;
      Event e = new Event("v?", ctx.docId(), t.begin(), t.end(), t.word(), sentence, type, predicate,
          actors, target, location, time == null ? null : time.id(), quantity, modality, polarity,
          summary(ctx, t, actors), provenance(), mode, List.of());
      found.add(new EventCoreference.Candidate(e, t.index(), EventCoreference.argumentHeads(d, t),
          baseOrSelf(t, lex), definite(d, t), t.isVerb() && (lex.isLightVerb(t.key()) || SUPPORT_VERBS.contains(t.key())),
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

  /** The verb a noun trigger nominalizes ("deployment" → "deploy"), else the trigger's own lemma. */
  private static String baseOrSelf(Token t, Lexicon lex) {
    if (t.isVerb()) {
      return t.key();
    }
    String b = Nominalizations.baseVerb(t.key(), v -> !CameoCoder.bundled().dictionary().verbs(v).isEmpty()
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
      if (c.rel().equals("det") && Set.of("the", "this", "that", "these", "those").contains(c.word().toLowerCase(Locale.ROOT))
          || c.rel().equals("nmod:poss")) {
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

  private Trigger trigger(ExtractionContext ctx, Token t, Lexicon lex) {
    AnnotatedDocument d = ctx.doc();
    boolean verb = t.isVerb();
    boolean noun = t.pos().equals("NN") || t.pos().equals("NNS");
    if (!verb && !noun) {
      return null;
    }
    if (NOT_EVENT_RELS.contains(t.rel())) {
      return null;
    }
    Trigger lexical = null;
    boolean known = false;
    for (Trigger tr : lex.triggers(t.key())) {
      if (tr.pos().equals("V") && !verb || tr.pos().equals("N") && !noun) {
        continue;
      }
      known = true;
      if (conditionHolds(ctx, t, tr.condition(), lex)) {
        lexical = tr;
        break;
      }
    }
    return verb ? verbTrigger(ctx, t, lex, lexical, known) : nounTrigger(d, t, lex, lexical, known);
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
  private Trigger verbTrigger(ExtractionContext ctx, Token t, Lexicon lex, Trigger lexical, boolean known) {
    AnnotatedDocument d = ctx.doc();
    if (t.rel().startsWith("aux") || t.rel().equals("cop")) {
      return null;
    }
    boolean cue = lex.cue(t.key()) != null;
    CameoCoder.Result cameo = governsPlannedEvent(d, t, lex) ? null : CameoCoder.bundled().code(d, t.index());
    if (cue && cameo != null && !cueActs(d, t, cameo)) {
      cameo = null;
    }
    if (lexical != null && lexical.condition() != null) {
      return lexical; // a hand-written reading with its condition ("joined the war") is as specific as a pattern
    }
    // The dictionary codes events between actors, as PETRARCH does ("the recession deepened" is no COOPERATE).
    boolean actors = cameo != null && cameo.type() != null && (hasNamedParticipant(ctx, t) || !verbActors(ctx, t).isEmpty());
    // A pattern overrides the lexicon's plain reading where it changes the quad class ("strike a deal" is
    // no assault); within one class the lexicon keeps PLOVER's finer line (an arrest is COERCE, sending is AID).
    if (actors && cameo.specific() && (lexical == null || lexical.type().quadClass() != cameo.type().quadClass())) {
      return cameoTrigger(t, cameo);
    }
    if (lexical != null) {
      return lexical;
    }
    if (actors && !known && !lex.isLightVerb(t.key())) {
      return cameoTrigger(t, cameo);
    }
    if (!lex.isLightVerb(t.key()) && !cue && t.key().length() > 2 && t.key().chars().allMatch(Character::isLetter)) {
      return new Trigger(t.key(), EventType.OTHER, "V", null);
    }
    return null;
  }

  private static Trigger cameoTrigger(Token t, CameoCoder.Result r) {
    return new Trigger(t.key(), r.type(), "V", CAMEO_CONDITION + r.code()
        + (r.coding() == null || r.coding().mode().isEmpty() ? "" : ":" + r.coding().mode()));
  }

  /** "plans to send": the plan is the sent event's modality, not an event (but "offered to help" is an offer). */
  private static boolean governsPlannedEvent(AnnotatedDocument d, Token t, Lexicon lex) {
    if (!PLAN_GOVERNORS.contains(t.key())) {
      return false;
    }
    for (int ch : d.children(t.index())) {
      if (d.token(ch).rel().equals("xcomp") && !lex.isLightVerb(d.token(ch).key())) {
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
      String rel = d.token(ch).rel();
      if (rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("xcomp")) {
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
  private Trigger nounTrigger(AnnotatedDocument d, Token t, Lexicon lex, Trigger lexical, boolean known) {
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
        if (!tr.pos().equals("V")) {
          return new Trigger(key, tr.type(), "N", null);
        }
      }
      return new Trigger(key, verbTypeOf(lex.isEventNoun(key) ? key : sing, lex), "N", null);
    }
    if (known) {
      // The lexicon has the noun but its condition failed: a nominalization that refers ("the
      // deployment was delayed") is still that event; other nouns are not ("the demands of modern life").
      String b = Nominalizations.baseVerb(key, v -> !lex.triggers(v).isEmpty()
          || !CameoCoder.bundled().dictionary().verbs(v).isEmpty());
      if (b != null && definite(d, t)) {
        for (Trigger tr : lex.triggers(key)) {
          if (!tr.pos().equals("V")) {
            return new Trigger(key, tr.type(), "N", null);
          }
        }
      }
      return null;
    }
    String base = Nominalizations.baseVerb(key, v -> !CameoCoder.bundled().dictionary().verbs(v).isEmpty()
        || lex.triggers(v).stream().anyMatch(tr -> !tr.pos().equals("N")));
    if (base == null || lex.isLightVerb(base) || lex.cue(base) != null) {
      return null;
    }
    return new Trigger(key, verbTypeOf(base, lex), "N", null);
  }

  /** The PLOVER type of a verb on its own: the lexicon's unconditional reading, else its CAMEO code, else OTHER. */
  private static EventType verbTypeOf(String verb, Lexicon lex) {
    for (Trigger tr : lex.triggers(verb)) {
      if (!tr.pos().equals("N") && tr.condition() == null) {
        return tr.type();
      }
    }
    for (var v : CameoCoder.bundled().dictionary().verbs(verb)) {
      var c = CameoCoder.bundled().mapping().coding(v.effectiveCode());
      if (c != null) {
        return c.type();
      }
    }
    return EventType.OTHER;
  }

  private static boolean hasAttackObject(AnnotatedDocument d, Token t, Lexicon lex) {
    for (int ch : d.children(t.index())) {
      if (d.token(ch).rel().equals("obj") && lex.inClass("attack", d.token(ch).key())) {
        return true;
      }
    }
    return false;
  }

  private boolean hasNamedParticipant(ExtractionContext ctx, Token t) {
    for (int ch : ctx.doc().children(t.index())) {
      String rel = ctx.doc().token(ch).rel();
      if (rel.equals("nsubj") || rel.equals("nsubj:pass") || rel.equals("obj")) {
        EntityMention m = ctx.mentionAt(ch);
        if (m != null && !m.kind().equals("PRONOUN") || m != null && ctx.entity(m.entity()) != null) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean conditionHolds(ExtractionContext ctx, Token t, String cond, Lexicon lex) {
    AnnotatedDocument d = ctx.doc();
    if (cond == null) {
      return true;
    }
    if (cond.equals("party")) {
      // "met Putin", "met with the minister": someone to meet, not "meet the demands".
      for (int ch : d.children(t.index())) {
        Token c = d.token(ch);
        boolean arg = c.rel().equals("obj") || (c.rel().startsWith("obl") || c.rel().startsWith("nmod"))
            && caseWord(d, ch).equals("with");
        if (arg && !entitiesOf(ctx, ch, false).stream().filter(e -> isActorType(ctx, e)).toList().isEmpty()) {
          return true;
        }
      }
      return false;
    }
    if (cond.startsWith("obj=")) {
      String cls = cond.substring(4);
      for (int ch : d.children(t.index())) {
        Token c = d.token(ch);
        if (c.rel().equals("obj") && lex.inClass(cls, c.key())) {
          return true;
        }
      }
      return false;
    }
    if (cond.startsWith("subj=")) {
      String cls = cond.substring(5);
      for (int ch : d.children(t.index())) {
        Token c = d.token(ch);
        if (c.rel().equals("nsubj") && lex.inClass(cls, c.key())) {
          return true;
        }
      }
      return false;
    }
    if (cond.startsWith("prep=")) {
      String[] f = cond.substring(5).split(":");
      for (int ch : d.children(t.index())) {
        Token c = d.token(ch);
        if ((c.rel().startsWith("obl") || c.rel().startsWith("nmod")) && Set.of(f[0].split("/")).contains(caseWord(d, ch))) {
          if (f.length == 1 || lex.inClass(f[1], c.key()) || anyChildInClass(d, ch, f[1], lex)) {
            return true;
          }
        }
      }
      return false;
    }
    if (cond.equals("arg")) {
      // An event noun needs a participant named in its own phrase: "his visit", "the deployment
      // of North Korean troops", "clashes between A and B" -- not "the demands of modern warfare".
      for (int ch : d.children(t.index())) {
        Token c = d.token(ch);
        String cw = caseWord(d, ch);
        if (c.rel().equals("nmod:poss") || c.rel().startsWith("nmod") && (cw.equals("of") || cw.equals("between")
            || cw.equals("by") || cw.equals("with"))) {
          if (entitiesOf(ctx, ch, true).stream().anyMatch(e -> isActorType(ctx, e))) {
            return true;
          }
        }
      }
      return false;
    }
    return true;
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
        if ((c.rel().equals("obj") || c.rel().equals("nsubj:pass")) && lex.inClass("attack", c.key())) {
          return EventType.ASSAULT; // "carried out airstrikes", "launched a raid"
        }
      }
    }
    if ((type == EventType.AID || type == EventType.COOPERATE) && t.isVerb()) {
      for (int ch : d.children(t.index())) {
        Token c = d.token(ch);
        if (c.rel().equals("obj") && lex.inClass("military", c.key())) {
          return EventType.MOBILIZE;
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
        if (c.rel().equals("nsubj")) {
          subj.addAll(entitiesOf(ctx, ch, true));
        } else if (c.rel().equals("nsubj:pass")) {
          passive = true;
        } else if (c.rel().equals("obl:agent") || c.rel().equals("obl") && caseWord(d, ch).equals("by")) {
          if (v == t) {
            subj.addAll(entitiesOf(ctx, ch, true));
          }
        }
      }
      if (!subj.isEmpty() || passive && v == t) {
        return dedupe(subj);
      }
      // No subject of its own: controlled ("plans to involve") or coordinated ("sent ... and plans").
      if ((v.rel().equals("xcomp") || v.rel().equals("conj")) && v.head() >= 0
          && !isReportingVerb(d.token(v.head()))) {
        v = d.token(v.head());
      } else {
        return List.of();
      }
    }
    return List.of();
  }

  /** A verb that reports rather than acts ("confirmed ... to participate"): no subject passes through it. */
  private static boolean isReportingVerb(Token v) {
    var cue = Lexicon.get().cue(v.key());
    return cue != null && cue.stance() != org.attest.model.Stance.PLAN;
  }

  private String verbTarget(ExtractionContext ctx, Token t) {
    AnnotatedDocument d = ctx.doc();
    for (int ch : d.children(t.index())) {
      Token c = d.token(ch);
      if (c.rel().equals("obj") || c.rel().equals("iobj") || c.rel().equals("nsubj:pass")) {
        if (Lexicon.get().inClass("military", c.key()) && ctx.mentionAt(ch) != null
            && "AGENT".equals(ctx.mentionAt(ch).kind())) {
          continue; // "sent 200 troops": the troops are what is sent, not the recipient
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
    List<String> out = new ArrayList<>();
    for (int ch : d.children(t.index())) {
      Token c = d.token(ch);
      String cw = caseWord(d, ch);
      if (c.rel().equals("nmod:poss") || c.rel().startsWith("nmod") && (cw.equals("of") || cw.equals("between") || cw.equals("by"))) {
        for (String e : entitiesOf(ctx, ch, true)) {
          if (isActorType(ctx, e)) {
            out.add(e);
          }
        }
        if (!out.isEmpty()) {
          break;
        }
      }
    }
    return dedupe(out);
  }

  private String againstTarget(ExtractionContext ctx, Token t) {
    AnnotatedDocument d = ctx.doc();
    List<Integer> frontier = new ArrayList<>(d.children(t.index()));
    for (int depth = 0; depth < 2; depth++) {
      List<Integer> next = new ArrayList<>();
      for (int ch : frontier) {
        Token c = d.token(ch);
        if (c.rel().equals("case") || c.rel().equals("punct") || c.rel().startsWith("conj") || c.rel().equals("ccomp")) {
          continue;
        }
        if (caseWord(d, ch).equals("against")) {
          List<String> es = entitiesOf(ctx, ch, false);
          if (!es.isEmpty()) {
            return es.get(0);
          }
        }
        if (c.rel().equals("obj") || c.rel().startsWith("nmod") || c.rel().startsWith("obl")) {
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
        boolean arg = c.rel().startsWith("obl") || c.rel().startsWith("nmod") || c.rel().equals("obj");
        if (!arg || c.rel().equals("nmod:poss")) {
          continue;
        }
        if (PLACE_PREPS.contains(caseWord(d, ch))) {
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
      String rel = ctx.doc().token(ch).rel();
      if (rel.equals("amod") || rel.equals("compound")) {
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
    if (m == null && isPartitive(d.token(tok))) {
      // "thousands of protesters", "a group of rebels": the group named in the "of" phrase acts.
      for (int ch : d.children(tok)) {
        if (d.token(ch).rel().startsWith("nmod") && caseWord(d, ch).equals("of") && ctx.mentionAt(ch) != null) {
          m = ctx.mentionAt(ch);
          break;
        }
      }
    }
    if (m != null) {
      out.add(m.entity());
    } else {
      // "the deployment of North Korean troops": a modifier names the acting country.
      for (int ch : d.children(tok)) {
        Token c = d.token(ch);
        if (c.rel().equals("amod") || c.rel().equals("compound") || c.rel().equals("nmod:poss")) {
          EntityMention mm = ctx.mentionAt(ch);
          if (mm != null) {
            out.add(mm.entity());
            break;
          }
        }
      }
    }
    if (withConj) {
      for (int ch : d.children(tok)) {
        if (d.token(ch).rel().equals("conj")) {
          out.addAll(entitiesOf(ctx, ch, false));
        }
      }
    }
    return dedupe(out);
  }

  /** Verbs that carry an event noun as their object: "held talks", "carried out an attack", "launched an offensive". */
  private static final Set<String> SUPPORT_VERBS = Set.of("hold", "conduct", "carry", "stage", "launch", "wage", "mount",
      "take", "give", "resume", "undertake", "perform", "sign", "reach", "conclude");

  private static final Set<String> PARTITIVES = Set.of("thousand", "thousands", "hundred", "hundreds", "dozen", "dozens",
      "million", "millions", "group", "crowd", "number", "some", "many", "most", "all", "several", "band", "unit", "team");

  private static boolean isPartitive(Token t) {
    return t.pos().equals("CD") || PARTITIVES.contains(t.key()) || PARTITIVES.contains(t.word().toLowerCase(Locale.ROOT));
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

  /** A time expression governed by the trigger (directly, or through its case-marked phrase). */
  private TimeExpression governedTime(ExtractionContext ctx, Token t) {
    AnnotatedDocument d = ctx.doc();
    for (int ch : d.children(t.index())) {
      Token c = d.token(ch);
      if (c.rel().startsWith("obl") || c.rel().startsWith("nmod") || c.rel().equals("advmod")
          || c.rel().endsWith("tmod")) {
        TimeExpression x = ctx.timeAt(ch);
        if (x != null) {
          return x;
        }
      }
    }
    return null;
  }

  private Quantity quantity(ExtractionContext ctx, Token t) {
    AnnotatedDocument d = ctx.doc();
    List<Integer> heads = new ArrayList<>();
    if (t.isVerb()) {
      for (int ch : d.children(t.index())) {
        String rel = d.token(ch).rel();
        if (rel.equals("obj") || rel.equals("nsubj:pass")) {
          heads.add(ch);
        }
      }
    } else {
      heads.add(t.index());
      for (int ch : d.children(t.index())) {
        if (d.token(ch).rel().startsWith("nmod") && caseWord(d, ch).equals("of")) {
          heads.add(ch);
        }
      }
    }
    for (int h : heads) {
      for (int ch : d.children(h)) {
        Token num = d.token(ch);
        if (!num.rel().equals("nummod") || ctx.timeAt(ch) != null) {
          continue;
        }
        BigDecimal v = Numbers.parse(num.word());
        if (v == null) {
          continue;
        }
        int last = num.index();
        if (last + 1 < d.tokens().size() && Numbers.scale(d.token(last + 1).word()) != null && last + 1 < h) {
          v = v.multiply(Numbers.scale(d.token(last + 1).word()));
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
    String[] maxCues = {"up to ", "as many as ", "at most ", "no more than ", "fewer than ", "less than ", "under "};
    String[] minCues = {"at least ", "more than ", "over ", "no fewer than ", "upwards of ", "in excess of "};
    for (String c : maxCues) {
      if (before.endsWith(c)) {
        value = null;
        max = v;
        start = num.begin() - c.length();
      }
    }
    for (String c : minCues) {
      if (before.endsWith(c)) {
        value = null;
        min = v;
        start = num.begin() - c.length();
      }
    }
    for (String c : APPROX) {
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
      if (countryWord || u.rel().equals("punct")) {
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

  private Modality modality(AnnotatedDocument d, Token t) {
    for (int ch : d.children(t.index())) {
      Token c = d.token(ch);
      String w = c.word().toLowerCase(Locale.ROOT);
      if ((c.rel().equals("advmod") || c.rel().equals("det")) && NEGATORS.contains(w)) {
        return Modality.NEGATED;
      }
      // "no vessel had been detained", "detained no one": the participant is negated.
      if (c.rel().equals("nsubj:pass") || c.rel().equals("obj") || t.isVerb() && c.rel().equals("nsubj")) {
        for (int g : d.children(ch)) {
          Token x = d.token(g);
          if (x.rel().equals("det") && (x.word().equalsIgnoreCase("no") || x.word().equalsIgnoreCase("neither"))) {
            return Modality.NEGATED;
          }
        }
        if (c.word().equalsIgnoreCase("nobody") || c.word().equalsIgnoreCase("nothing")) {
          return Modality.NEGATED;
        }
      }
    }
    for (int ch : d.children(t.index())) {
      Token c = d.token(ch);
      String w = c.word().toLowerCase(Locale.ROOT);
      if (c.rel().startsWith("aux") && FUTURE_AUX.contains(w)) {
        return Modality.PLANNED;
      }
      if (c.rel().startsWith("aux") && POSSIBLE_AUX.contains(w)) {
        return Modality.POSSIBLE;
      }
    }
    // "plans to involve", "expressed readiness to accept".
    if ((t.rel().equals("xcomp") || t.rel().equals("acl")) && t.head() >= 0) {
      Token gov = d.token(t.head());
      if (PLAN_GOVERNORS.contains(gov.key())) {
        return Modality.PLANNED;
      }
      for (int ch : d.children(gov.index())) {
        Token c = d.token(ch);
        if (c.rel().equals("obj") && PLAN_GOVERNORS.contains(c.key())) {
          return Modality.PLANNED;
        }
      }
    }
    return Modality.ACTUAL;
  }

  // ------------------------------------------------------------------ summary

  private static final Set<String> SUMMARY_SKIP = Set.of(
      "punct", "cc", "conj", "advcl", "parataxis", "dep", "ccomp", "acl:relcl", "mark", "discourse", "appos");

  /** The event in words: the trigger's own phrase (without asides), led by its actor. */
  private String summary(ExtractionContext ctx, Token t, List<String> actors) {
    AnnotatedDocument d = ctx.doc();
    java.util.TreeSet<Integer> keep = new java.util.TreeSet<>();
    keep.add(t.index());
    for (int ch : d.children(t.index())) {
      Token c = d.token(ch);
      if (SUMMARY_SKIP.contains(c.rel()) || c.rel().startsWith("obl") && ctx.timeAt(ch) != null
          || c.rel().startsWith("obl") && caseWord(d, ch).equals("according")
          || c.rel().equals("advmod") && c.index() < t.index()) {
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
    if (t.rel().equals("acl:relcl") || t.rel().equals("parataxis") || t.rel().equals("appos")) {
      return;
    }
    keep.add(tok);
    for (int ch : d.children(tok)) {
      collect(d, ch, keep);
    }
  }

  // ------------------------------------------------------------------ helpers

  /** The preposition marking a phrase ("to" in "to Russia"), lower case, or "". */
  static String caseWord(AnnotatedDocument d, int tok) {
    StringBuilder sb = new StringBuilder();
    for (int ch : d.children(tok)) {
      Token c = d.token(ch);
      if (c.rel().equals("case")) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(c.word().toLowerCase(Locale.ROOT));
      }
    }
    return sb.toString();
  }

  private static List<String> dedupe(List<String> ids) {
    return new ArrayList<>(new LinkedHashSet<>(ids));
  }
}
