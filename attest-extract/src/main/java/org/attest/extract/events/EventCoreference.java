package org.attest.extract.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.attest.model.Event;
import org.attest.model.EventType;
import org.attest.model.Quantity;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.DepRel;
import org.attest.nlp.ParseQueries;
import org.attest.nlp.Token;

/**
 * Within-document event coreference: mentions of one event become one event with several
 * mentions (headline "falls", body "fell"; "the attack ... the assault"; "held talks").
 *
 * <p>A later mention joins an earlier event when they are the same kind of event — the same
 * predicate (a noun counts as the verb it nominalizes: "deployment" = "deploy"), or the same
 * PLOVER category where the later one is a definite noun pointing back ("the assault") or they
 * share a participant — and nothing they say disagrees: polarity, modality, actors (when both
 * name some), target, place, time and quantity (when both give one). Two mentions in one sentence
 * join only as a support verb and its event noun ("held talks"), and a plain repetition of a
 * predicate needs a shared participant, so "prices rose ... wages rose" stay apart. Deterministic:
 * candidates are taken in text order and join the most recent compatible event.
 */
final class EventCoreference {

  private EventCoreference() {}

  /** An extracted event before ids are given: the event, its trigger token, and what identifies it. */
  record Candidate(Event event, int token, Set<String> arguments, String base, boolean definite, boolean supportVerb,
      String timeValue) {}

  /** Mentions of one event, in text order. */
  record Chain(List<Candidate> members) {

    /** The event with the given id: the first mention's trigger, slots filled from later mentions. */
    Event merged(String id) {
      Candidate first = members.get(0);
      Event e = first.event();
      List<String> actors = e.actor();
      String target = e.target();
      String location = e.location();
      String time = e.time();
      Quantity quantity = e.quantity();
      EventType type = e.type();
      String mode = e.mode();
      for (Candidate c : members.subList(1, members.size())) {
        Event x = c.event();
        actors = actors.isEmpty() ? x.actor() : actors;
        target = target == null ? x.target() : target;
        location = location == null ? x.location() : location;
        time = time == null ? x.time() : time;
        quantity = quantity == null ? x.quantity() : quantity;
        if (type == EventType.OTHER && x.type() != EventType.OTHER) {
          type = x.type();
          mode = x.mode();
        }
      }
      List<Event.EventMention> ms = new ArrayList<>();
      if (members.size() > 1) {
        for (Candidate c : members) {
          ms.add(new Event.EventMention(c.event().begin(), c.event().end(), c.event().trigger(), c.event().sentence()));
        }
      }
      return new Event(id, e.doc(), e.begin(), e.end(), e.trigger(), e.sentence(), type, e.predicate(), actors, target,
          location, time, quantity, e.modality(), e.polarity(), e.summary(), e.extractor(), mode, ms);
    }
  }

  private static final int ANAPHOR_SENTENCES = 8;

  /** Groups the candidates (in text order) into chains, ordered by their first mention. */
  static List<Chain> chains(List<Candidate> cs) {
    List<List<Candidate>> chains = new ArrayList<>();
    for (Candidate c : cs) {
      List<Candidate> into = null;
      for (int i = chains.size() - 1; i >= 0 && into == null; i--) {
        List<Candidate> ch = chains.get(i);
        if (joins(ch, c)) {
          into = ch;
        }
      }
      if (into != null) {
        into.add(c);
      } else {
        List<Candidate> l = new ArrayList<>();
        l.add(c);
        chains.add(l);
      }
    }
    return chains.stream().map(Chain::new).toList();
  }

  private static boolean joins(List<Candidate> chain, Candidate c) {
    boolean kind = false;
    for (Candidate m : chain) {
      if (!compatible(m, c)) {
        return false;
      }
    }
    for (Candidate m : chain) {
      boolean sameSentence = m.event().sentence().equals(c.event().sentence());
      boolean support = sameSentence && supportPair(m, c);
      if (sameSentence && !support) {
        continue;
      }
      boolean participants = sharesParticipant(m, c);
      if (support) {
        return true;
      }
      if (m.base().equals(c.base())) {
        kind |= participants || c.definite() && near(m, c);
      } else if (m.event().type() == c.event().type() && m.event().type() != EventType.OTHER) {
        kind |= c.definite() && near(m, c) || participants && (c.definite() || m.definite());
      }
    }
    return kind;
  }

  /** "held talks", "carried out an attack": a verb and the event noun that is its object. */
  private static boolean supportPair(Candidate a, Candidate b) {
    return a.supportVerb() && a.arguments().contains("#" + b.token()) || b.supportVerb() && b.arguments().contains("#" + a.token());
  }

  private static boolean near(Candidate a, Candidate b) {
    return Math.abs(b.token() - a.token()) < 40 * ANAPHOR_SENTENCES;
  }

  private static boolean compatible(Candidate a, Candidate b) {
    Event x = a.event();
    Event y = b.event();
    if (x.polarity() != y.polarity() || x.modality() != y.modality()) {
      return false;
    }
    if (!x.actor().isEmpty() && !y.actor().isEmpty() && x.actor().stream().noneMatch(y.actor()::contains)) {
      return false;
    }
    if (x.target() != null && y.target() != null && !x.target().equals(y.target())) {
      return false;
    }
    // Roles reversed ("clashes between A and B" vs "B's offensive against A") are two events.
    if (x.target() != null && y.actor().contains(x.target()) || y.target() != null && x.actor().contains(y.target())) {
      return false;
    }
    if (x.location() != null && y.location() != null && !x.location().equals(y.location())) {
      return false;
    }
    if (a.timeValue() != null && b.timeValue() != null && !compatibleTime(a.timeValue(), b.timeValue())) {
      return false;
    }
    if (x.quantity() != null && y.quantity() != null && x.quantity().value() != null && y.quantity().value() != null
        && x.quantity().value().compareTo(y.quantity().value()) != 0) {
      return false;
    }
    return x.type() == y.type() || x.type() == EventType.OTHER || y.type() == EventType.OTHER;
  }

  /** 2024 ⊇ 2024-10 ⊇ 2024-10-05: one value is a prefix of the other. */
  private static boolean compatibleTime(String a, String b) {
    return a.startsWith(b) || b.startsWith(a);
  }

  private static boolean sharesParticipant(Candidate a, Candidate b) {
    Set<String> pa = participants(a.event());
    for (String p : participants(b.event())) {
      if (pa.contains(p)) {
        return true;
      }
    }
    for (String w : a.arguments()) {
      if (!w.startsWith("#") && b.arguments().contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> participants(Event e) {
    Set<String> s = new HashSet<>(e.actor());
    if (e.target() != null) {
      s.add(e.target());
    }
    return s;
  }

  /**
   * The head lemmas of the trigger's core arguments (subject, object, passive subject, possessor,
   * "of" phrase), without pronouns; "#N" for an argument that is itself token N (a support verb's
   * event noun).
   */
  static Set<String> argumentHeads(ParseQueries q, Token t) {
    AnnotatedDocument d = q.doc();
    Set<String> out = new TreeSet<>();
    for (int ch : d.children(t.index())) {
      Token c = d.token(ch);
      DepRel rel = c.relation();
      boolean core = rel == DepRel.NSUBJ || rel == DepRel.NSUBJ_PASS || rel == DepRel.OBJ || rel.is(DepRel.NMOD)
          && (rel == DepRel.NMOD_POSS || q.caseWord(ch).equals("of"));
      // a pronoun (wh-words too: "which" is never an event, so its "#N" could match nothing)
      if (!core || c.posClass().isPronominal()) {
        continue;
      }
      if (rel == DepRel.OBJ) {
        out.add("#" + ch);
      }
      if (c.isNoun()) {
        out.add(c.key());
      }
    }
    return out;
  }
}
