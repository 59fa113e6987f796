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
import org.attest.extract.ExtractionContext.EntityMention;
import org.attest.extract.ExtractionContext.EventMention;
import org.attest.extract.Extractor;
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
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.Sentence;
import org.attest.nlp.Token;

/**
 * Who is credited with each event. Reads reporting verbs with their subject and their clause or
 * event-noun object ("X stated that …", "X confirmed the deployment …"), passives with an agent
 * ("… was reported by X"), "according to X", unnamed "reports that …" (the author relays them),
 * relays ("X, citing Y" makes X's attribution go via Y's), content nouns that point back at the
 * previous sentence ("denies these accusations"), and quotations with their speaker. Every event
 * left without a source is the article's own voice: an AUTHOR attribution.
 */
public final class AttributionExtractor extends Extractor {

  public static final String NAME = "attributions";
  public static final String VERSION = "1.0";

  private static final Set<String> REPORT_NOUNS = Set.of(
      "report", "claim", "allegation", "rumor", "rumour", "accusation", "suggestion", "speculation", "assertion");
  private static final Set<String> HEDGES = Set.of("reportedly", "allegedly", "apparently", "purportedly", "likely", "probably");

  public AttributionExtractor() {
    super(NAME, VERSION);
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
    Lexicon lex = Lexicon.get();
    List<Draft> drafts = new ArrayList<>();
    for (Token t : d.tokens()) {
      if (t.isVerb() && !t.rel().equals("amod")) {
        Cue cue = lex.cue(t.key());
        if (cue != null && !t.key().equals("cite")) {
          verbCue(ctx, t, cue, drafts);
        }
      }
      if (t.word().equalsIgnoreCase("according") && t.rel().equals("case")) {
        accordingTo(ctx, t, drafts);
      }
      if (t.isNoun() && REPORT_NOUNS.contains(t.key())) {
        reportNoun(ctx, t, drafts);
      }
    }
    quoteAttributions(ctx, drafts);
    authorVoice(ctx, drafts);
    finish(ctx, drafts);
  }

  // ------------------------------------------------------------------ cues

  private void verbCue(ExtractionContext ctx, Token v, Cue cue, List<Draft> drafts) {
    AnnotatedDocument d = ctx.doc();
    Source src = null;
    boolean passive = false;
    Integer contentHead = null;
    boolean anaphoric = false;
    for (int ch : d.children(v.index())) {
      Token c = d.token(ch);
      String rel = c.rel();
      if (rel.equals("nsubj")) {
        src = source(ctx, ch);
      } else if (rel.equals("nsubj:pass")) {
        passive = true;
        if (Lexicon.get().isContentNoun(c.key())) {
          anaphoric = !hasClause(d, ch);
          contentHead = ch;
        }
      } else if (rel.equals("obl:agent") || rel.equals("obl") && "by".equals(caseWord(d, ch))) {
        Source s = source(ctx, ch);
        if (s != null) {
          src = s;
        }
      }
    }
    if (src == null && !passive && v.rel().equals("conj")) {
      src = coordinatedSource(ctx, v);
    }
    if (src == null && !passive) {
      return;
    }
    List<String> events = new ArrayList<>();
    Span content = null;
    for (int ch : d.children(v.index())) {
      Token c = d.token(ch);
      String rel = c.rel();
      if (rel.equals("ccomp") || rel.equals("parataxis") && cue.stance() == Stance.ASSERT
          || rel.equals("xcomp") && cue.stance() == Stance.PLAN) {
        content = subtree(d, ch, true);
        events.addAll(eventsIn(ctx, content));
        break;
      }
      if (rel.equals("obj")) {
        if (Lexicon.get().isContentNoun(c.key()) && !hasClause(d, ch)) {
          anaphoric = true;
          contentHead = ch;
        } else {
          content = subtree(d, ch, false);
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
      content = subtree(d, contentHead, false);
      events.addAll(eventsIn(ctx, content));
    }
    if (content == null && v.rel().equals("parataxis") && v.head() >= 0) {
      // "X confirmed that ..., state media reported": the clause the cue hangs on is the content.
      Span cueClause = subtree(d, v.index(), false);
      Span gov = subtree(d, v.head(), false);
      if (gov.begin() < cueClause.begin()) {
        content = new Span(gov.begin(), cueClause.begin());
        events.addAll(eventsIn(ctx, content));
      }
    }
    if (content == null && src != null) {
      // "A happened, the ministry said on Sunday." however the parser attached the cue: a report
      // after a comma that closes its sentence speaks for the clause before the comma.
      Span tail = subtree(d, v.index(), false).union(src.mention());
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
      for (Quote q : ctx.quotes()) {
        if (d.sentenceOf(v).span().contains(q.span()) && !q.span().contains(v.span())) {
          content = q.span();
          events.addAll(eventsIn(ctx, content));
          break;
        }
      }
    }
    if (content == null) {
      return;
    }
    Stance stance = cue.stance();
    if (negated(d, v)) {
      stance = stance == Stance.DENY ? Stance.ACKNOWLEDGE : Stance.DOUBT;
    }
    Certainty certainty = hedged(d, v) ? Certainty.PROBABLE : cue.certainty();
    String time = governedTime(ctx, v);
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
      if (up.isVerb() && Lexicon.get().cue(up.key()) != null) {
        for (int ch : d.children(up.index())) {
          if (d.token(ch).rel().equals("nsubj")) {
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
    Span phrase = subtree(d, x, false).union(according.span());
    Span whole = subtree(d, clause, false);
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
    AnnotatedDocument d = ctx.doc();
    Integer clause = null;
    Source src = null;
    for (int ch : d.children(noun.index())) {
      Token c = d.token(ch);
      if ((c.rel().equals("ccomp") || c.rel().equals("acl")) && hasMark(d, ch, "that")) {
        clause = ch;
      } else if (c.rel().equals("nmod:poss") || c.rel().equals("amod") && ctx.mentionAt(ch) != null
          || c.rel().startsWith("nmod") && Set.of("by", "from", "of").contains(caseWord(d, ch))) {
        Source s = source(ctx, ch);
        if (s != null) {
          src = s;
        }
      }
    }
    if (clause == null) {
      return;
    }
    Span content = subtree(d, clause, true);
    List<String> events = eventsIn(ctx, content);
    Stance stance = noun.key().equals("report") ? Stance.REPORT : Stance.ASSERT;
    Certainty certainty = noun.key().equals("report") ? Certainty.CERTAIN : Certainty.PROBABLE;
    add(drafts, events, src, noun.span(), noun.word(), content, stance, certainty, null);
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
        if (!d.token(ch).rel().equals("obj")) {
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
      if (!credited.add(e.id())) {
        continue; // credited, or already given to the author through an earlier mention
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
      eventOrder.putIfAbsent(ctx.eventMentions().get(i).event().id(), i);
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
          x.cue.begin(), x.cue.end(), x.cueText, x.sourceMention, x.content, x.stance, x.certainty, x.time, provenance()));
    }
  }

  // ------------------------------------------------------------------ helpers

  private record Source(String entity, Span mention, int head) {}

  private Source source(ExtractionContext ctx, int tok) {
    EntityMention m = ctx.mentionAt(tok);
    if (m == null) {
      for (int ch : ctx.doc().children(tok)) {
        String rel = ctx.doc().token(ch).rel();
        if (rel.equals("amod") || rel.equals("compound")) {
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
      if (span.contains(m.span()) && !out.contains(m.event().id())) {
        out.add(m.event().id());
      }
    }
    return out;
  }

  private static String governedTime(ExtractionContext ctx, Token v) {
    for (int ch : ctx.doc().children(v.index())) {
      Token c = ctx.doc().token(ch);
      if (c.rel().startsWith("obl") || c.rel().endsWith("tmod") || c.rel().equals("advmod")) {
        TimeExpression x = ctx.timeAt(ch);
        if (x != null) {
          return x.id();
        }
      }
    }
    return null;
  }

  private static boolean negated(AnnotatedDocument d, Token v) {
    for (int ch : d.children(v.index())) {
      String w = d.token(ch).word().toLowerCase(Locale.ROOT);
      if (d.token(ch).rel().equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hedged(AnnotatedDocument d, Token v) {
    for (int ch : d.children(v.index())) {
      if (HEDGES.contains(d.token(ch).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasClause(AnnotatedDocument d, int noun) {
    for (int ch : d.children(noun)) {
      String rel = d.token(ch).rel();
      if (rel.equals("ccomp") || rel.equals("acl") && hasMark(d, ch, "that")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasMark(AnnotatedDocument d, int tok, String word) {
    for (int ch : d.children(tok)) {
      if (d.token(ch).rel().equals("mark") && d.token(ch).word().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  private static String caseWord(AnnotatedDocument d, int tok) {
    for (int ch : d.children(tok)) {
      if (d.token(ch).rel().equals("case")) {
        return d.token(ch).word().toLowerCase(Locale.ROOT);
      }
    }
    return "";
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
  private static Span subtree(AnnotatedDocument d, int tok, boolean dropMark) {
    int[] r = {d.token(tok).begin(), d.token(tok).end()};
    grow(d, tok, r, tok, dropMark);
    return new Span(r[0], r[1]);
  }

  private static void grow(AnnotatedDocument d, int tok, int[] r, int root, boolean dropMark) {
    for (int ch : d.children(tok)) {
      Token c = d.token(ch);
      if (c.rel().equals("punct") && (c.begin() < d.token(root).begin() || c.end() > r[1])) {
        continue;
      }
      if (dropMark && tok == root && c.rel().equals("mark")) {
        continue;
      }
      // "... denied that X, but later confirmed that Y": a coordinated report is not content.
      Cue conjCue = c.rel().equals("conj") && c.isVerb() ? Lexicon.get().cue(c.key()) : null;
      if (conjCue != null && conjCue.stance() != Stance.PLAN) {
        continue;
      }
      r[0] = Math.min(r[0], c.begin());
      r[1] = Math.max(r[1], c.end());
      grow(d, ch, r, root, dropMark);
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
