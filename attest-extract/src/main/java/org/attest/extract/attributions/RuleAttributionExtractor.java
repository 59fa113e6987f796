package org.attest.extract.attributions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attest.extract.ExtractionContext;
import org.attest.extract.times.StatementTimes;
import org.attest.extract.ExtractionContext.EntityMention;
import org.attest.extract.ExtractionContext.EventMention;
import org.attest.extract.Extractor;
import org.attest.extract.Layer;
import org.attest.extract.lexicon.Lexicon;
import org.attest.extract.lexicon.Lexicon.Cue;
import org.attest.model.Attribution;
import org.attest.model.Certainty;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Quote;
import org.attest.model.Span;
import org.attest.model.Stance;
import org.attest.model.TimeExpression;
import org.attest.extract.lexicon.WordSet;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.DepRel;
import org.attest.nlp.ParseQueries;
import org.attest.nlp.Sentence;
import org.attest.nlp.Token;

/**
 * The hand-written attribution rules of release 0.1, kept as the baseline that the trained model
 * ({@link AttributionExtractor}) is measured against ({@code attest eval polnear --attributions rules})
 * and as its fallback for relays, report nouns and anaphoric contents. Not registered as a service.
 * Who is credited with each event. Reads reporting verbs with their subject and their clause or
 * event-noun object ("X stated that …", "X confirmed the deployment …"), passives with an agent
 * ("… was reported by X"), "according to X", unnamed "reports that …" (the author relays them),
 * relays ("X, citing Y" makes X's attribution go via Y's), content nouns that point back at the
 * previous sentence ("denies these accusations"), and quotations with their speaker. Every event
 * left without a source is the article's own voice: an AUTHOR attribution.
 */
public final class RuleAttributionExtractor extends Extractor {

  public static final String NAME = "attributions";


  public RuleAttributionExtractor() {
    super(NAME);
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.ENTITIES, Layer.TIMES, Layer.EVENTS, Layer.QUOTES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ATTRIBUTIONS);
  }

  /** An attribution before ids are assigned. */
  private static final class Draft {
    String event;
    String source;
    Draft via;
    Span cue;
    String cueText;
    Span sourceMention;
    Span content;
    Stance stance;
    Certainty certainty;
    String time;
  }

  @Override
  protected void extract(ExtractionContext ctx) {
    AnnotatedDocument d = ctx.doc();
    Lexicon lex = ctx.lexicon();
    List<Draft> drafts = new ArrayList<>();
    for (Token t : d.tokens()) {
      if (t.isVerb() && t.relation() != DepRel.AMOD) {
        Cue cue = lex.cue(t.key());
        if (cue != null && !t.key().equals("cite")) {
          verbCue(ctx, t, cue, drafts);
        }
      }
      if (t.word().equalsIgnoreCase("according") && t.relation() == DepRel.CASE) {
        accordingTo(ctx, t, drafts);
      }
      if (t.isNoun() && lex.words(WordSet.Name.REPORT_NOUNS).contains(t.key())) {
        reportNoun(ctx, t, drafts);
      }
    }
    quoteAttributions(ctx, drafts);
    authorVoice(ctx, drafts);
    finish(ctx, drafts);
  }

  /** The rules' attributions for a document, found on a copy of the context (which is left unchanged). */
  static List<Attribution> on(ExtractionContext ctx) {
    ExtractionContext scratch = new ExtractionContext(ctx.doc(), ctx.config(),
        java.util.Map.of(NAME, org.attest.model.Provenance.of(NAME, "rules")));
    scratch.setEntities(ctx.entities(), ctx.entityMentions());
    for (TimeExpression t : ctx.times()) {
      scratch.addTime(t);
    }
    for (EventMention m : ctx.eventMentions()) {
      scratch.addEvent(m.event(), m.triggerToken());
    }
    for (Quote q : ctx.quotes()) {
      scratch.addQuote(q);
    }
    new RuleAttributionExtractor().extract(scratch);
    return scratch.attributions();
  }

  // ------------------------------------------------------------------ cues

  private void verbCue(ExtractionContext ctx, Token v, Cue cue, List<Draft> drafts) {
    AnnotatedDocument d = ctx.doc();
    ParseQueries q = ctx.parse();
    Source src = null;
    boolean passive = false;
    Integer contentHead = null;
    boolean anaphoric = false;
    for (int ch : d.children(v.index())) {
      Token c = d.token(ch);
      DepRel rel = c.relation();
      if (rel == DepRel.NSUBJ) {
        src = source(ctx, ch);
      } else if (rel == DepRel.NSUBJ_PASS) {
        passive = true;
        if (ctx.lexicon().isContentNoun(c.key())) {
          anaphoric = !q.hasClause(ch);
          contentHead = ch;
        }
      } else if (q.isAgent(ch)) {
        Source s = source(ctx, ch);
        if (s != null) {
          src = s;
        }
      }
    }
    if (src == null && !passive && v.relation() == DepRel.CONJ) {
      src = coordinatedSource(ctx, v);
    }
    if (src == null && !passive) {
      return;
    }
    List<String> events = new ArrayList<>();
    Span content = null;
    for (int ch : d.children(v.index())) {
      Token c = d.token(ch);
      DepRel rel = c.relation();
      if (rel == DepRel.CCOMP || rel == DepRel.PARATAXIS && cue.stance() == Stance.ASSERT
          || rel == DepRel.XCOMP && cue.stance() == Stance.PLAN) {
        content = subtree(ctx, ch, true);
        events.addAll(eventsIn(ctx, content));
        break;
      }
      if (rel == DepRel.OBJ) {
        if (ctx.lexicon().isContentNoun(c.key()) && !q.hasClause(ch)) {
          anaphoric = true;
          contentHead = ch;
        } else {
          content = subtree(ctx, ch, false);
          events.addAll(eventsIn(ctx, content));
        }
      }
    }
    if (anaphoric) {
      Sentence prev = previousSentence(d, v);
      if (prev != null) {
        content = prev.span();
        events.clear();
        events.addAll(eventsIn(ctx, content));
      }
    } else if (content == null && contentHead != null) {
      content = subtree(ctx, contentHead, false);
      events.addAll(eventsIn(ctx, content));
    }
    if (content == null && v.relation() == DepRel.PARATAXIS && v.head() >= 0) {
      // "X confirmed that ..., state media reported": the clause the cue hangs on is the content.
      Span cueClause = subtree(ctx, v.index(), false);
      Span gov = subtree(ctx, v.head(), false);
      if (gov.begin() < cueClause.begin()) {
        content = new Span(gov.begin(), cueClause.begin());
        events.addAll(eventsIn(ctx, content));
      }
    }
    if (content == null && src != null) {
      // "A happened, the ministry said on Sunday." however the parser attached the cue: a report
      // after a comma that closes its sentence speaks for the clause before the comma.
      Span tail = subtree(ctx, v.index(), false).union(src.mention());
      Span sentence = d.sentenceOf(v).span();
      int comma = d.text().lastIndexOf(',', tail.begin());
      if (comma > sentence.begin() && d.text().substring(comma + 1, tail.begin()).isBlank()
          && d.text().substring(tail.end(), sentence.end()).matches("[\\s.!?\"”’']*")) {
        content = new Span(sentence.begin(), comma);
        events.addAll(eventsIn(ctx, content));
      }
    }
    if (content == null) {
      // "“…,” X said": the quotation in the sentence is what was said.
      for (Quote quote : ctx.quotes()) {
        if (d.sentenceOf(v).span().contains(quote.span()) && !quote.span().contains(v.span())) {
          content = quote.span();
          events.addAll(eventsIn(ctx, content));
          break;
        }
      }
    }
    if (content == null) {
      return;
    }
    Stance stance = cue.stance();
    if (q.negated(v.index())) {
      stance = stance == Stance.DENY ? Stance.ACKNOWLEDGE : Stance.DOUBT;
    }
    Certainty certainty = hedged(ctx, v) ? Certainty.PROBABLE : cue.certainty();
    String time = StatementTimes.governingId(ctx, v.index());
    List<Draft> made = add(drafts, events, src, new Span(v.begin(), v.end()), v.word(), content, stance, certainty, time);
    relay(ctx, v, src, made, drafts);
  }

  /**
   * The source of a coordinated report without a subject of its own: "X denied that A, but later
   * confirmed that B" (parsers often hang "confirmed" on A): the nearest reporting ancestor's subject.
   */
  private Source coordinatedSource(ExtractionContext ctx, Token v) {
    AnnotatedDocument d = ctx.doc();
    Token up = v;
    for (int hops = 0; hops < 4 && up.head() >= 0; hops++) {
      up = d.token(up.head());
      if (up.isVerb() && ctx.lexicon().cue(up.key()) != null) {
        for (int ch : d.children(up.index())) {
          if (d.token(ch).relation() == DepRel.NSUBJ) {
            return source(ctx, ch);
          }
        }
      }
    }
    return null;
  }

  /** "According to X, …": X is the source of the clause it modifies. */
  private void accordingTo(ExtractionContext ctx, Token according, List<Draft> drafts) {
    AnnotatedDocument d = ctx.doc();
    if (according.head() < 0) {
      return;
    }
    int x = according.head();
    Source src = source(ctx, x);
    if (src == null || d.token(x).head() < 0) {
      return;
    }
    int clause = d.token(x).head();
    Span phrase = subtree(ctx, x, false).union(according.span());
    Span whole = subtree(ctx, clause, false);
    Span content = phrase.end() <= whole.begin() || phrase.begin() > whole.begin()
        ? whole
        : new Span(Math.min(whole.end(), nextWordStart(d, phrase.end())), whole.end());
    List<String> events = new ArrayList<>();
    for (String e : eventsIn(ctx, whole)) {
      if (!phrase.contains(ctx.event(e).span())) {
        events.add(e);
      }
    }
    Token to = d.tokenAt(according.end() + 1);
    Span cue = to != null && to.word().equalsIgnoreCase("to") ? according.span().union(to.span()) : according.span();
    add(drafts, events, src, cue, d.text(cue), content, Stance.ASSERT, Certainty.CERTAIN, null);
  }

  /** "reports that …", "claims by X that …": a named or unnamed source of the clause. */
  private void reportNoun(ExtractionContext ctx, Token noun, List<Draft> drafts) {
    NounClaim c = nounClaim(ctx, noun.index());
    if (c == null) {
      return;
    }
    Source src = c.source() == null ? null : new Source(c.source(), c.sourceMention(), c.sourceHead());
    List<String> events = eventsIn(ctx, c.content());
    NounCueStance s = NounCueStance.of(ctx.lexicon(), noun.key());
    add(drafts, events, src, noun.span(), noun.word(), c.content(), s.stance(), s.certainty(), null);
  }

  /**
   * What a report noun with a "that" clause says and who says it: the clause (without "that") and,
   * when one is named, its possessor ("Britain's claims"), the entity of a modifier ("British
   * claims") or of a "by/from/of" phrase ("claims by Britain"). Source null when unnamed.
   */
  record NounClaim(int clause, Span content, String source, Span sourceMention, int sourceHead) {}

  /** The claim of the noun at {@code noun}, or null when it has no "that" clause. */
  static NounClaim nounClaim(ExtractionContext ctx, int noun) {
    AnnotatedDocument d = ctx.doc();
    ParseQueries q = ctx.parse();
    Integer clause = null;
    Source src = null;
    for (int ch : d.children(noun)) {
      Token c = d.token(ch);
      if ((c.relation() == DepRel.CCOMP || c.relation() == DepRel.ACL) && q.hasMark(ch, "that")) {
        clause = ch;
      } else if (c.relation() == DepRel.NMOD_POSS || c.relation() == DepRel.AMOD && ctx.mentionAt(ch) != null
          || c.is(DepRel.NMOD) && ctx.lexicon().words(WordSet.Name.REPORT_SOURCE_PREPS).contains(q.caseWord(ch))) {
        Source s = source(ctx, ch);
        if (s != null) {
          src = s;
        }
      }
    }
    if (clause == null) {
      return null;
    }
    Span content = subtree(ctx, clause, true);
    return src == null ? new NounClaim(clause, content, null, null, -1) : new NounClaim(clause, content, src.entity, src.mention, src.head);
  }

  /** "X, citing Y": Y's attribution of the same content, which X's goes via. */
  private void relay(ExtractionContext ctx, Token cueVerb, Source src, List<Draft> made, List<Draft> drafts) {
    AnnotatedDocument d = ctx.doc();
    List<Integer> places = new ArrayList<>(d.children(cueVerb.index()));
    if (src != null && src.head >= 0) {
      places.addAll(d.children(src.head));
    }
    for (int p : places) {
      Token cite = d.token(p);
      if (!cite.key().equals("cite") || !cite.isVerb()) {
        continue;
      }
      for (int ch : d.children(p)) {
        if (d.token(ch).relation() != DepRel.OBJ) {
          continue;
        }
        Source origin = source(ctx, ch);
        if (origin == null) {
          continue;
        }
        for (Draft m : made) {
          Draft o = new Draft();
          o.event = m.event;
          o.source = origin.entity;
          o.cue = cite.span();
          o.cueText = cite.word();
          o.sourceMention = origin.mention;
          o.content = m.content;
          o.stance = Stance.REPORT;
          o.certainty = Certainty.CERTAIN;
          drafts.add(o);
          m.via = o;
        }
        return;
      }
    }
  }

  /** A quotation whose speaker is not yet credited in its sentence gets its own attribution. */
  private void quoteAttributions(ExtractionContext ctx, List<Draft> drafts) {
    AnnotatedDocument d = ctx.doc();
    for (Quote q : ctx.quotes()) {
      if (q.speaker() == null) {
        continue;
      }
      // Credited already when the speaker has an attribution in the quotation's sentence.
      Span sentence = d.sentenceOf(d.tokensIn(q.span()).get(0)).span();
      boolean credited = false;
      for (Draft x : drafts) {
        if (q.speaker().equals(x.source) && (x.content != null && x.content.overlaps(q.span()) || sentence.contains(x.cue))) {
          credited = true;
        }
      }
      if (credited) {
        continue;
      }
      QuoteExtractor.Speaker s = QuoteExtractor.dashSpeaker(ctx, q.span());
      if (s == null) {
        s = QuoteExtractor.governingSpeaker(ctx, q.span());
      }
      if (s == null) {
        continue;
      }
      List<String> events = eventsIn(ctx, q.span());
      add(drafts, events, new Source(q.speaker(), s.mention(), -1), s.cue(), d.text(s.cue()), q.span(), Stance.ASSERT,
          Certainty.CERTAIN, null);
    }
  }

  /** Every event no one is credited with is said in the article's own voice. */
  private void authorVoice(ExtractionContext ctx, List<Draft> drafts) {
    Set<String> credited = new HashSet<>();
    for (Draft x : drafts) {
      if (x.event != null) {
        credited.add(x.event);
      }
    }
    for (EventMention m : ctx.eventMentions()) {
      var e = m.event();
      if (credited.contains(e.id())) {
        continue;
      }
      Draft a = new Draft();
      a.event = e.id();
      a.source = Attribution.AUTHOR;
      a.cue = e.span();
      a.cueText = null;
      a.content = e.sentence();
      a.stance = Stance.ASSERT;
      a.certainty = Certainty.CERTAIN;
      drafts.add(a);
    }
  }

  private List<Draft> add(List<Draft> drafts, List<String> events, Source src, Span cue, String cueText, Span content,
      Stance stance, Certainty certainty, String time) {
    List<Draft> made = new ArrayList<>();
    List<String> targets = events.isEmpty() ? java.util.Collections.singletonList(null) : events;
    for (String e : targets) {
      Draft a = new Draft();
      a.event = e;
      a.source = src == null ? Attribution.AUTHOR : src.entity;
      a.sourceMention = src == null ? null : src.mention;
      a.cue = cue;
      a.cueText = cueText;
      a.content = content;
      a.stance = src == null && stance == Stance.ASSERT ? Stance.REPORT : stance;
      a.certainty = certainty;
      a.time = time;
      drafts.add(a);
      made.add(a);
    }
    return made;
  }

  private void finish(ExtractionContext ctx, List<Draft> drafts) {
    Map<String, Integer> eventOrder = new HashMap<>();
    for (int i = 0; i < ctx.eventMentions().size(); i++) {
      eventOrder.put(ctx.eventMentions().get(i).event().id(), i);
    }
    List<Draft> sorted = new ArrayList<>(drafts);
    sorted.sort(Comparator.<Draft>comparingInt(x -> x.cue.begin())
        .thenComparingInt(x -> x.event == null ? -1 : eventOrder.get(x.event))
        .thenComparing(x -> x.source));
    Map<Draft, String> ids = new IdentityHashMap<>();
    for (Draft x : sorted) {
      ids.put(x, "a" + (ids.size() + 1));
    }
    for (Draft x : sorted) {
      ctx.addAttribution(new Attribution(ids.get(x), x.event, x.source, x.via == null ? null : ids.get(x.via), ctx.docId(),
          x.cue.begin(), x.cue.end(), x.cueText, x.sourceMention, x.content, x.stance, x.certainty, x.time, provenance(ctx),
          StatementTimes.of(ctx, x.time)));
    }
  }

  // ------------------------------------------------------------------ helpers

  private record Source(String entity, Span mention, int head) {}

  private static Source source(ExtractionContext ctx, int tok) {
    EntityMention m = ctx.mentionAt(tok);
    if (m == null) {
      for (int ch : ctx.doc().children(tok)) {
        DepRel rel = ctx.doc().token(ch).relation();
        if (rel == DepRel.AMOD || rel == DepRel.COMPOUND) {
          m = ctx.mentionAt(ch);
          if (m != null) {
            break;
          }
        }
      }
    }
    if (m == null) {
      return null;
    }
    Entity e = ctx.entity(m.entity());
    if (e == null || !(e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION || e.type() == EntityType.COUNTRY)) {
      return null;
    }
    return new Source(e.id(), m.span(), tok);
  }

  private static List<String> eventsIn(ExtractionContext ctx, Span span) {
    List<String> out = new ArrayList<>();
    for (EventMention m : ctx.eventMentions()) {
      if (span.contains(m.event().span())) {
        out.add(m.event().id());
      }
    }
    return out;
  }

  private static boolean hedged(ExtractionContext ctx, Token v) {
    for (int ch : ctx.doc().children(v.index())) {
      if (ctx.lexicon().words(WordSet.Name.HEDGES).contains(ctx.doc().token(ch).lowerWord())) {
        return true;
      }
    }
    return false;
  }

  private static Sentence previousSentence(AnnotatedDocument d, Token t) {
    int s = t.sentence() - 1;
    // Skip headings and dash lines: a sentence with no verb says nothing to point back at.
    while (s >= 0) {
      Sentence prev = d.sentences().get(s);
      if (d.tokensOf(prev).stream().anyMatch(Token::isVerb)) {
        return prev;
      }
      s--;
    }
    return null;
  }

  /** The span of a token's subtree; without a leading "that"/"whether" when {@code dropMark}. */
  static Span subtree(ExtractionContext ctx, int tok, boolean dropMark) {
    AnnotatedDocument d = ctx.doc();
    int[] r = {d.token(tok).begin(), d.token(tok).end()};
    grow(d, ctx.lexicon(), tok, r, tok, dropMark);
    return new Span(r[0], r[1]);
  }

  private static void grow(AnnotatedDocument d, Lexicon lex, int tok, int[] r, int root, boolean dropMark) {
    for (int ch : d.children(tok)) {
      Token c = d.token(ch);
      if (c.relation() == DepRel.PUNCT && (c.begin() < d.token(root).begin() || c.end() > r[1])) {
        continue;
      }
      if (dropMark && tok == root && c.relation() == DepRel.MARK) {
        continue;
      }
      // "... denied that X, but later confirmed that Y": a coordinated report is not content.
      Cue conjCue = c.relation() == DepRel.CONJ && c.isVerb() ? lex.cue(c.key()) : null;
      if (conjCue != null && conjCue.stance() != Stance.PLAN) {
        continue;
      }
      r[0] = Math.min(r[0], c.begin());
      r[1] = Math.max(r[1], c.end());
      grow(d, lex, ch, r, root, dropMark);
    }
  }

  private static int nextWordStart(AnnotatedDocument d, int offset) {
    String text = d.text();
    int i = offset;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
      i++;
    }
    return i;
  }
}
