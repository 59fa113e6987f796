package org.attest.extract.attributions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attest.extract.ExtractionContext;
import org.attest.extract.ExtractionContext.EntityMention;
import org.attest.extract.ExtractionContext.EventMention;
import org.attest.extract.Extractor;
import org.attest.extract.Layer;
import org.attest.extract.attributions.model.AttributionTagger;
import org.attest.extract.attributions.model.AttributionTagger.Tagged;
import org.attest.extract.lexicon.Lexicon;
import org.attest.extract.lexicon.Lexicon.Cue;
import org.attest.extract.lexicon.WordSet;
import org.attest.model.Attribution;
import org.attest.model.Certainty;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Mention;
import org.attest.model.Quote;
import org.attest.model.Span;
import org.attest.model.Stance;
import org.attest.model.TimeExpression;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.DepRel;
import org.attest.nlp.NerTag;
import org.attest.nlp.ParseQueries;
import org.attest.nlp.PosClass;
import org.attest.nlp.Token;

/**
 * Who claims what, found by the trained attribution model ({@link AttributionTagger}, learned from
 * PolNeAR): every cue the model tags — reporting verbs in any form, "according to", colons before
 * a statement, nominal cues — with the source and content spans it selects. This class is the thin
 * adapter from the model's token spans to ledger items:
 *
 * <ul>
 *   <li>the source span is resolved to an entity: the entity mention it holds, a pronoun's or a
 *       description's ("the agency") antecedent among earlier entities and sources, or else a new
 *       entity named by the span (people and organisations need no country);
 *   <li>every event inside the content gets the attribution; a content that holds no event is kept
 *       with {@code event} null;
 *   <li>stance and certainty come from the cue lemma (the cue lexicon), negation and modality (see
 *       docs/architecture.md);
 *   <li>relays ("X, citing Y") get Y's attribution and X's goes {@code via} it;
 *   <li>a quotation with a speaker but no attribution yet is credited to its speaker, and events no
 *       one is credited with are the article's own voice ({@code AUTHOR}).
 * </ul>
 *
 * The model is registered as {@value #MODEL} in {@code META-INF/attest/models.properties}; the
 * provenance {@code config} hash of every item covers the model's name and SHA-256, so it says
 * which weights produced it.
 */
public final class AttributionExtractor extends Extractor {

  public static final String NAME = "attributions";
  /** The learned model this extractor reads from the configuration's {@code Models}. */
  public static final String MODEL = "attribution";

  private final AttributionTagger tagger;
  private final boolean ruleFallback;

  /** The shipped extractor: the configuration's {@value #MODEL} model, with the rule fallback. */
  public AttributionExtractor() {
    this(null, true);
  }

  /**
   * With a given tagger (null: the configuration's {@value #MODEL} model); with {@code
   * ruleFallback}, the rules' relays, report nouns and anaphoric contents where the model found no
   * cue are kept too.
   */
  public AttributionExtractor(AttributionTagger tagger, boolean ruleFallback) {
    super(NAME);
    this.tagger = tagger;
    this.ruleFallback = ruleFallback;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.ENTITIES, Layer.TIMES, Layer.EVENTS, Layer.QUOTES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ATTRIBUTIONS);
  }

  @Override
  public List<String> models() {
    return tagger == null ? List.of(MODEL) : List.of();
  }

  /** The tagger this run uses: the injected one or the configuration's model (read once per bundle). */
  private AttributionTagger tagger(ExtractionContext ctx) {
    return tagger != null ? tagger : ctx.models().load(MODEL, in -> AttributionTagger.read(in.readAllBytes()));
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
    int head = -1;
    int sentence = -1;
  }

  /** New entities for sources no earlier extractor named, keyed by lower-cased name. */
  private static final class NewEntities {
    final Map<String, String> idByName = new LinkedHashMap<>();
    final Map<String, EntityType> typeById = new HashMap<>();
    final Map<String, String> nameById = new HashMap<>();
    final Map<String, List<Span>> mentionsById = new LinkedHashMap<>();
    final List<EntityMention> mentions = new ArrayList<>();
  }

  @Override
  protected void extract(ExtractionContext ctx) {
    AnnotatedDocument d = ctx.doc();
    List<Draft> drafts = new ArrayList<>();
    NewEntities fresh = new NewEntities();
    List<Tagged> tagged = tagger(ctx).tag(d, ctx.lexicon());
    Set<Integer> relayCites = new HashSet<>();
    for (Tagged t : tagged) {
      if (t.content().isEmpty()) {
        continue;
      }
      Token head = d.token(t.head());
      if (head.key().equals("cite") && head.isVerb() && head.head() >= 0) {
        relayCites.add(t.head());
      }
    }
    Map<Integer, List<Draft>> byHead = new HashMap<>();
    for (Tagged t : tagged) {
      if (t.content().isEmpty() || relayCites.contains(t.head())) {
        continue;
      }
      Token head = d.token(t.head());
      Span cue = cover(d, t.cue());
      Source src = resolveSource(ctx, t, drafts, fresh);
      // "rejected British claims that X": the verb speaks to X, what the claim noun says.
      int claimNoun = head.isVerb() ? claimObject(ctx, t.head()) : -1;
      RuleAttributionExtractor.NounClaim claim = claimNoun < 0 ? null : RuleAttributionExtractor.nounClaim(ctx, claimNoun);
      Span content = claim != null ? claim.content() : anaphoric(d, ctx.parse(), ctx.lexicon(), t);
      boolean pointsBack = claim == null && content != null;
      if (content == null) {
        content = cover(d, t.content());
      }
      Stance stance;
      Certainty certainty;
      Cue lc = ctx.lexicon().cue(head.key());
      if (lc != null && (head.isVerb() || lc.stance() != Stance.ASSERT)) {
        stance = lc.stance();
        certainty = lc.certainty();
      } else if (head.isVerb() && ctx.lexicon().words(WordSet.Name.REJECTION_VERBS).contains(head.key())
          && (claim != null || pointsBack || ctx.parse().clausalComplement(head.index()) >= 0)) {
        // A verb of rejection whose object is a claim ("rejected the claims", "rejected claims that
        // X", "rejected that X") denies it; with any other object it is not a stance on a claim.
        stance = Stance.DENY;
        certainty = Certainty.CERTAIN;
      } else if (ctx.lexicon().words(WordSet.Name.STORY_NOUNS).contains(head.key())
          || ctx.lexicon().words(WordSet.Name.CLAIM_NOUNS).contains(head.key()) || lc != null) {
        NounCueStance s = NounCueStance.of(ctx.lexicon(), head.key());
        stance = s.stance();
        certainty = s.certainty();
      } else {
        stance = Stance.ASSERT;
        certainty = Certainty.CERTAIN;
      }
      if (negated(ctx.parse(), t)) {
        stance = stance == Stance.DENY ? Stance.ACKNOWLEDGE : Stance.DOUBT;
      }
      if (hedged(d, t.head(), ctx.lexicon().words(WordSet.Name.HEDGES))) {
        certainty = certainty == Certainty.POSSIBLE ? Certainty.POSSIBLE : Certainty.PROBABLE;
      }
      if (hedged(d, t.head(), ctx.lexicon().words(WordSet.Name.POSSIBLE_MODALS))) {
        certainty = Certainty.POSSIBLE;
      }
      List<String> events = eventsIn(ctx, content, cue, stance == Stance.DENY || stance == Stance.DOUBT);
      String time = org.attest.extract.times.StatementTimes.governingId(ctx, head.index());
      List<Draft> made = add(drafts, events, src, cue, d.text(cue), content, stance, certainty, time);
      for (Draft m : made) {
        m.head = t.head();
        m.sentence = head.sentence();
      }
      byHead.put(t.head(), made);
      relay(ctx, head, src, made, drafts);
      if (claim != null && !taggedCue(tagged, claimNoun)) {
        nounClaim(ctx, claimNoun, claim, drafts);
      }
    }
    if (ruleFallback) {
      fromRules(ctx, drafts);
    }
    headlineSources(ctx, drafts, fresh);
    quoteAttributions(ctx, drafts);
    authorVoice(ctx, drafts);
    addEntities(ctx, fresh);
    finish(ctx, drafts);
  }

  // ------------------------------------------------------------------ claims

  /**
   * The claim noun a cue verb takes as its object, when the noun has a "that" clause of its own
   * ("rejected British claims that X", "confirmed reports that X"), else -1.
   */
  private static int claimObject(ExtractionContext ctx, int verb) {
    AnnotatedDocument d = ctx.doc();
    for (int ch : d.children(verb)) {
      Token c = d.token(ch);
      if (c.relation() == DepRel.OBJ && c.isNoun() && isClaimNoun(ctx.lexicon(), c.key())
          && RuleAttributionExtractor.nounClaim(ctx, ch) != null) {
        return ch;
      }
    }
    return -1;
  }

  private static boolean isClaimNoun(Lexicon lex, String lemma) {
    return lex.words(WordSet.Name.REPORT_NOUNS).contains(lemma) || lex.words(WordSet.Name.CLAIM_NOUNS).contains(lemma)
        || lex.words(WordSet.Name.STORY_NOUNS).contains(lemma);
  }

  /** True when the model tagged a cue on this token (with a content). */
  private static boolean taggedCue(List<Tagged> tagged, int token) {
    for (Tagged t : tagged) {
      if (!t.content().isEmpty() && (t.head() == token || t.cue().contains(token))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The claim noun's own attribution, where the model tagged no cue on it: its content is the
   * noun's clause, its source the possessor or modifier ("Britain's claims", "British claims",
   * "claims by Britain"; unnamed: the article relays it), its stance as for any nominal cue.
   */
  private void nounClaim(ExtractionContext ctx, int noun, RuleAttributionExtractor.NounClaim claim, List<Draft> drafts) {
    AnnotatedDocument d = ctx.doc();
    Token n = d.token(noun);
    NounCueStance s = NounCueStance.of(ctx.lexicon(), n.key());
    Source src = claim.source() == null ? null : new Source(claim.source(), claim.sourceMention(), claim.sourceHead());
    List<Draft> made = add(drafts, eventsIn(ctx, claim.content(), n.span(), true), src, n.span(), n.word(), claim.content(),
        s.stance(), s.certainty(), null);
    for (Draft m : made) {
      m.head = noun;
      m.sentence = n.sentence();
    }
  }

  /**
   * A headline's source named by a description ("Rebels say ceasefire agreed") is the one the body
   * names for the same claim ("The Northern Liberation Front said it had agreed to a ceasefire"):
   * a headline sums up the story, its full names come in the body. The body source must be named
   * (not a description itself), of a fitting kind, and its content must share the most content
   * words with the headline's; the first such one in the text wins ties. With no shared word, the
   * description stays.
   */
  private void headlineSources(ExtractionContext ctx, List<Draft> drafts, NewEntities fresh) {
    AnnotatedDocument d = ctx.doc();
    if (!isHeadline(d, 0)) {
      return;
    }
    Map<String, String> resolved = new HashMap<>();
    for (Draft x : drafts) {
      if (x.sentence != 0 || x.source == null || x.source.equals(Attribution.AUTHOR) || x.content == null
          || !isDescription(ctx, fresh, x.source)) {
        continue;
      }
      String to = resolved.get(x.source);
      if (to == null) {
        Set<String> words = contentWords(ctx, x.content);
        int best = 0;
        for (Draft y : drafts) {
          if (y.sentence <= 0 || y.source == null || y.source.equals(Attribution.AUTHOR) || y.content == null
              || y.source.equals(x.source) || isDescription(ctx, fresh, y.source)
              || !fits(typeOf(ctx, fresh, x.source), typeOf(ctx, fresh, y.source))) {
            continue;
          }
          Set<String> shared = new HashSet<>(contentWords(ctx, y.content));
          shared.retainAll(words);
          if (shared.size() > best) {
            best = shared.size();
            to = y.source;
          }
        }
        if (to == null) {
          continue;
        }
        resolved.put(x.source, to);
      }
      x.source = to;
    }
  }

  /** A description of a group fits an organisation or country; of a person, a person; an unknown kind, any. */
  private static boolean fits(EntityType description, EntityType named) {
    if (description == EntityType.OTHER) {
      return named == EntityType.PERSON || named == EntityType.ORGANIZATION || named == EntityType.COUNTRY;
    }
    if (description == EntityType.ORGANIZATION) {
      return named == EntityType.ORGANIZATION || named == EntityType.COUNTRY;
    }
    return description == named;
  }

  /** Sentence {@code s} is a headline: the first one, on a line of its own, without a closing full stop. */
  static boolean isHeadline(AnnotatedDocument d, int s) {
    if (s != 0 || d.sentences().size() < 2) {
      return false;
    }
    var first = d.sentences().get(0);
    var next = d.sentences().get(1);
    String text = d.text(first.span()).strip();
    String gap = d.text().substring(first.span().end(), next.span().begin());
    String title = d.source().info().title();
    return (gap.contains("\n") || title != null && title.strip().equals(text)) && !text.endsWith(".");
  }

  /** Lemmas of the nouns, verbs and adjectives in a span, lower case, cues and function words left out. */
  private static Set<String> contentWords(ExtractionContext ctx, Span span) {
    Set<String> out = new HashSet<>();
    for (Token t : ctx.doc().tokensIn(span)) {
      boolean content = t.isNoun() || t.isVerb() || t.posClass() == PosClass.ADJECTIVE;
      String lemma = t.key().toLowerCase(Locale.ROOT);
      if (content && !ctx.lexicon().words(WordSet.Name.AUXILIARY_VERBS).contains(lemma) && ctx.lexicon().cue(lemma) == null
          && Character.isLetter(lemma.charAt(0))) {
        out.add(lemma);
      }
    }
    return out;
  }

  /**
   * An entity this article names only by description — a common noun ("rebels", "the officials",
   * "the ministry"), never by a proper name: no mention of it holds a proper noun or a word the
   * tagger recognised as part of a name (a capital at the start of a sentence or headline does not
   * make one).
   */
  private static boolean isDescription(ExtractionContext ctx, NewEntities fresh, String id) {
    AnnotatedDocument d = ctx.doc();
    List<Span> spans = new ArrayList<>();
    for (EntityMention m : ctx.entityMentions()) {
      if (m.entity().equals(id) && !"PRONOUN".equals(m.kind())) {
        spans.add(m.span());
      }
    }
    spans.addAll(fresh.mentionsById.getOrDefault(id, List.of()));
    if (spans.isEmpty()) {
      return false;
    }
    for (Span sp : spans) {
      for (Token t : d.tokensIn(sp)) {
        if (named(d, t)) {
          return false;
        }
      }
    }
    return true;
  }

  /** A word of a proper name: tagged as a name, or a proper noun not merely capitalised at a sentence start. */
  private static boolean named(AnnotatedDocument d, Token t) {
    return t.nerTag().isName() || t.isProperNoun() && !ParseQueries.opensSentence(d, t.index());
  }

  // ------------------------------------------------------------------ sources

  private record Source(String entity, Span mention, int head) {}

  private Source resolveSource(ExtractionContext ctx, Tagged t, List<Draft> drafts, NewEntities fresh) {
    AnnotatedDocument d = ctx.doc();
    List<Integer> s = phrase(d, t.source());
    if (s.isEmpty()) {
      return parseSource(ctx, t.head());
    }
    Span mention = cover(d, s);
    int head = s.get(s.size() - 1);
    for (int i : s) {
      int h = d.token(i).head();
      if (h < 0 || !s.contains(h)) {
        head = i;
        break;
      }
    }
    // 1. An entity mention on the head, else on any word (the last one first: "the agency's chief Kim").
    EntityMention m = ctx.mentionAt(head);
    if (m == null) {
      for (int k = s.size() - 1; k >= 0 && m == null; k--) {
        m = ctx.mentionAt(s.get(k));
      }
    }
    // A description the entity extractor knows ("the army", a generic agent) may stand for a named
    // organisation: step 3 first.
    String description = null;
    if (m != null && ctx.entity(m.entity()) != null) {
      if (!isDescription(ctx, fresh, m.entity())) {
        return new Source(m.entity(), mention, head);
      }
      description = m.entity();
    }
    Token ht = d.token(head);
    String w = ht.word().toLowerCase(Locale.ROOT);
    WordSet personPronouns = ctx.lexicon().words(WordSet.Name.SOURCE_PERSON_PRONOUNS);
    // 2. A pronoun: the latest earlier source of a fitting kind within three sentences.
    if (description == null && (ht.posClass() == PosClass.PRONOUN || ht.posClass() == PosClass.POSSESSIVE_PRONOUN)) {
      boolean person = personPronouns.contains(w);
      for (int k = drafts.size() - 1; k >= 0; k--) {
        Draft x = drafts.get(k);
        if (x.sentence >= 0 && ht.sentence() - x.sentence > 3) {
          break;
        }
        if (x.source == null || x.source.equals(Attribution.AUTHOR) || x.cue.begin() >= ht.begin()) {
          continue;
        }
        EntityType type = typeOf(ctx, fresh, x.source);
        if (!person || type == EntityType.PERSON) {
          return new Source(x.source, mention, head);
        }
      }
    }
    // 3. A description ("the agency", "the ministry", "the front"): the latest earlier organisation
    //    whose name has that noun as a word ("the Northern Liberation Front"). The determiner may
    //    lie just outside the model's span.
    WordSet descriptive = ctx.lexicon().words(WordSet.Name.SOURCE_DETERMINERS);
    int before = s.get(0) - 1;
    boolean determined = descriptive.contains(d.token(s.get(0)).word().toLowerCase(Locale.ROOT))
        || before >= 0 && d.token(before).sentence() == ht.sentence()
            && descriptive.contains(d.token(before).word().toLowerCase(Locale.ROOT));
    if (s.size() <= 3 && determined && ht.isNoun() && !ht.isProperNoun()) {
      EntityMention best = null;
      for (EntityMention em : ctx.entityMentions()) {
        Entity e = ctx.entity(em.entity());
        if (e == null || em.span().begin() >= mention.begin() || e.type() != EntityType.ORGANIZATION
            || em.entity().equals(description)) {
          continue;
        }
        if (nameHasWord(e.name(), ht) && (best == null || em.span().begin() > best.span().begin())
            && !isDescription(ctx, fresh, em.entity())) {
          best = em;
        }
      }
      if (best != null) {
        return new Source(best.entity(), mention, head);
      }
    }
    if (description != null) {
      return new Source(description, mention, head);
    }
    // 4. The same words as an earlier source in this sentence ("The front said ... and called on"):
    //    the same source.
    for (int k = drafts.size() - 1; k >= 0; k--) {
      Draft x = drafts.get(k);
      if (x.sentence == ht.sentence() && x.sourceMention != null && x.sourceMention.contains(ht.span()) && x.source != null
          && !x.source.equals(Attribution.AUTHOR)) {
        return new Source(x.source, mention, head);
      }
    }
    // 5. A new entity named by the span.
    String name = freshName(d, s);
    String key = name.toLowerCase(Locale.ROOT);
    String id = fresh.idByName.get(key);
    if (id == null) {
      id = "e" + (ctx.entities().size() + fresh.idByName.size() + 1);
      fresh.idByName.put(key, id);
      fresh.nameById.put(id, name);
      NerTag ner = ht.nerTag();
      EntityType type = ner == NerTag.PERSON || personPronouns.contains(w) ? EntityType.PERSON
          : ner == NerTag.ORGANIZATION ? EntityType.ORGANIZATION : EntityType.OTHER;
      fresh.typeById.put(id, type);
      fresh.mentionsById.put(id, new ArrayList<>());
    }
    fresh.mentionsById.get(id).add(mention);
    fresh.mentions.add(new EntityMention(mention, id, head, "source"));
    return new Source(id, mention, head);
  }

  /** The name's words include the description's noun, in any case and number ("front", "fronts"). */
  static boolean nameHasWord(String name, Token noun) {
    String lemma = noun.key().toLowerCase(Locale.ROOT);
    String word = noun.word().toLowerCase(Locale.ROOT);
    for (String w : name.toLowerCase(Locale.ROOT).split("[\\s'’-]+")) {
      if (w.equals(lemma) || w.equals(word) || w.equals(lemma + "s") || (w + "s").equals(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name of a source no earlier extractor named: its words, without a leading determiner ("The
   * officials" → "officials"), the first word in lower case when it is a common noun capitalised
   * only because it opens a sentence or headline ("Officials say ..." → "officials"), so that one
   * description has one name however the sentence starts.
   */
  static String freshName(AnnotatedDocument d, List<Integer> span) {
    int from = 0;
    while (from < span.size() - 1 && d.token(span.get(from)).posClass() == PosClass.DETERMINER) {
      from++;
    }
    Token first = d.token(span.get(from));
    String name = d.text().substring(first.begin(), d.token(span.get(span.size() - 1)).end()).replaceAll("\\s+", " ");
    boolean initial = ParseQueries.opensSentence(d, span.get(from)) || from > 0 && ParseQueries.opensSentence(d, span.get(0));
    return initial && !first.nerTag().isName() && !first.isProperNoun() ? ParseQueries.withoutOpeningCapital(name) : name;
  }

  /**
   * The model's source tokens cut to one noun phrase: a source names someone, so a run that strays
   * over a verb ("The front said the truce ... and called on") keeps the words before the verb (or,
   * when it starts with one, after the last verb), with the determiner just before them ("The
   * front"), so that a description can be resolved to the organisation it refers to.
   */
  static List<Integer> phrase(AnnotatedDocument d, List<Integer> run) {
    int firstVerb = -1;
    int lastVerb = -1;
    for (int k = 0; k < run.size(); k++) {
      if (d.token(run.get(k)).isVerb()) {
        lastVerb = k;
        if (firstVerb < 0) {
          firstVerb = k;
        }
      }
    }
    if (firstVerb < 0) {
      return run;
    }
    List<Integer> kept = new ArrayList<>(firstVerb > 0 ? run.subList(0, firstVerb) : run.subList(lastVerb + 1, run.size()));
    while (!kept.isEmpty() && d.token(kept.get(kept.size() - 1)).posClass() == PosClass.DETERMINER) {
      kept.remove(kept.size() - 1);
    }
    if (kept.isEmpty()) {
      return kept;
    }
    int before = kept.get(0) - 1;
    if (before >= 0 && d.token(before).sentence() == d.token(kept.get(0)).sentence()
        && d.token(before).posClass() == PosClass.DETERMINER) {
      kept.add(0, before);
    }
    return kept;
  }

  private static Source parseSource(ExtractionContext ctx, int cueHead) {
    AnnotatedDocument d = ctx.doc();
    ParseQueries q = ctx.parse();
    for (int ch : d.children(cueHead)) {
      Token c = d.token(ch);
      if (c.relation() == DepRel.NSUBJ || q.isAgent(ch)) {
        // The word itself or a name modifying it ("the Yonhap agency").
        List<Integer> look = new ArrayList<>();
        look.add(ch);
        for (int g : d.children(ch)) {
          DepRel r = d.token(g).relation();
          if (r == DepRel.COMPOUND || r == DepRel.AMOD) {
            look.add(g);
          }
        }
        for (int x : look) {
          EntityMention m = ctx.mentionAt(x);
          if (m != null && ctx.entity(m.entity()) != null) {
            Span phrase = new Span(Math.min(m.span().begin(), c.begin()), Math.max(m.span().end(), c.end()));
            return new Source(m.entity(), phrase, ch);
          }
        }
      }
    }
    return null;
  }

  private static EntityType typeOf(ExtractionContext ctx, NewEntities fresh, String id) {
    Entity e = ctx.entity(id);
    if (e != null) {
      return e.type();
    }
    return fresh.typeById.getOrDefault(id, EntityType.OTHER);
  }

  private void addEntities(ExtractionContext ctx, NewEntities fresh) {
    if (fresh.idByName.isEmpty()) {
      return;
    }
    List<Entity> all = new ArrayList<>(ctx.entities());
    for (var e : fresh.mentionsById.entrySet()) {
      String id = e.getKey();
      List<Mention> ms = new ArrayList<>();
      for (Span s : e.getValue()) {
        ms.add(Mention.of(ctx.docId(), s));
      }
      ms.sort(null);
      String name = fresh.nameById.get(id);
      all.add(new Entity(id, name, fresh.typeById.get(id), List.of(name), ms, provenance(ctx)));
    }
    List<EntityMention> mentions = new ArrayList<>(ctx.entityMentions());
    mentions.addAll(fresh.mentions);
    ctx.setEntities(all, mentions);
  }

  // ------------------------------------------------------------------ relays, quotes, author

  /** "X, citing Y": Y's attribution of the same content, which X's goes via. */
  private void relay(ExtractionContext ctx, Token cueVerb, Source src, List<Draft> made, List<Draft> drafts) {
    AnnotatedDocument d = ctx.doc();
    List<Integer> places = new ArrayList<>(d.children(cueVerb.index()));
    if (src != null && src.head() >= 0) {
      places.addAll(d.children(src.head()));
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
        EntityMention om = ctx.mentionAt(ch);
        String origin = om != null && ctx.entity(om.entity()) != null ? om.entity() : null;
        if (origin == null) {
          continue;
        }
        for (Draft m : made) {
          Draft o = new Draft();
          o.event = m.event;
          o.source = origin;
          o.cue = cite.span();
          o.cueText = cite.word();
          o.sourceMention = om.span();
          o.content = m.content;
          o.stance = Stance.REPORT;
          o.certainty = Certainty.CERTAIN;
          o.sentence = cite.sentence();
          drafts.add(o);
          m.via = o;
        }
        return;
      }
    }
  }

  /**
   * The rule extractor's attributions whose cue no model attribution overlaps ("X reported, citing
   * Y", "reports that …", "denies these accusations" where the model saw no cue): a fallback
   * for patterns the training corpus rarely shows. Relay links among them are kept.
   */
  private void fromRules(ExtractionContext ctx, List<Draft> drafts) {
    List<Span> modelCues = new ArrayList<>();
    for (Draft x : drafts) {
      modelCues.add(x.cue);
    }
    Map<String, Draft> byId = new HashMap<>();
    List<Attribution> rules = RuleAttributionExtractor.on(ctx);
    List<Attribution> kept = new ArrayList<>();
    for (Attribution a : rules) {
      if (a.cue() == null) {
        continue;
      }
      boolean overlaps = false;
      for (Span c : modelCues) {
        overlaps |= c.overlaps(a.span());
      }
      if (overlaps || !fallbackKind(ctx, a, rules)) {
        continue;
      }
      Draft x = new Draft();
      x.event = a.event();
      x.source = a.source();
      x.cue = a.span();
      x.cueText = a.cue();
      x.sourceMention = a.sourceMention();
      x.content = a.content();
      x.stance = a.stance();
      x.certainty = a.certainty();
      x.time = a.time();
      Token t = ctx.doc().tokenAt(a.begin());
      x.sentence = t == null ? -1 : t.sentence();
      byId.put(a.id(), x);
      kept.add(a);
    }
    for (Attribution a : kept) {
      Draft x = byId.get(a.id());
      if (a.via() != null) {
        x.via = byId.get(a.via());
      }
      drafts.add(x);
    }
  }

  /**
   * The rule patterns kept as a fallback, the ones the corpus rarely shows: a relay ("citing"),
   * a report noun ("reports that …"), a content in an earlier sentence ("denies these accusations").
   */
  private static boolean fallbackKind(ExtractionContext ctx, Attribution a, List<Attribution> all) {
    if (a.via() != null || a.cue().equalsIgnoreCase("citing") || a.cue().equalsIgnoreCase("cited")) {
      return true;
    }
    for (Attribution o : all) {
      if (a.id().equals(o.via())) {
        return true;
      }
    }
    Token t = ctx.doc().tokenAt(a.begin());
    if (t != null && t.isNoun()) {
      return true;
    }
    return t != null && a.content() != null && a.content().end() <= ctx.doc().sentenceOf(t).span().begin();
  }

  /** A quotation whose speaker is not yet credited for it gets its own attribution. */
  private void quoteAttributions(ExtractionContext ctx, List<Draft> drafts) {
    AnnotatedDocument d = ctx.doc();
    for (Quote q : ctx.quotes()) {
      if (q.speaker() == null || d.tokensIn(q.span()).isEmpty()) {
        continue;
      }
      boolean credited = false;
      for (Draft x : drafts) {
        if (x.content != null && x.content.overlaps(q.span()) && x.cueText != null) {
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
      List<String> events = eventsIn(ctx, q.span(), s.cue());
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
      a.source = src == null ? Attribution.AUTHOR : src.entity();
      a.sourceMention = src == null ? null : src.mention();
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
        .thenComparingInt(x -> x.cue.end())
        .thenComparingInt(x -> x.event == null ? -1 : eventOrder.get(x.event))
        .thenComparing(x -> x.source));
    Map<Draft, String> ids = new IdentityHashMap<>();
    for (Draft x : sorted) {
      ids.put(x, "a" + (ids.size() + 1));
    }
    for (Draft x : sorted) {
      ctx.addAttribution(new Attribution(ids.get(x), x.event, x.source, x.via == null ? null : ids.get(x.via), ctx.docId(),
          x.cue.begin(), x.cue.end(), x.cueText, x.sourceMention, x.content, x.stance, x.certainty, x.time, provenance(ctx),
          org.attest.extract.times.StatementTimes.of(ctx, x.time)));
    }
  }

  // ------------------------------------------------------------------ helpers

  /**
   * A content that is only a noun pointing back ("denied the accusations", "confirmed the
   * reports"): what it points at, the previous sentence with a verb; else null.
   */
  private static Span anaphoric(AnnotatedDocument d, ParseQueries q, Lexicon lex, Tagged t) {
    List<Integer> content = t.content();
    int head = -1;
    for (int i : content) {
      int h = d.token(i).head();
      if (h < 0 || !content.contains(h)) {
        head = i;
        break;
      }
    }
    // The cue's direct object, when it is a content noun with no clause of its own.
    for (int ch : d.children(t.head())) {
      Token c = d.token(ch);
      if (c.relation().isPatient() && c.isNoun() && lex.isContentNoun(c.key())) {
        if (!q.hasClausalDependent(ch)) {
          head = ch;
          content = List.of(ch);
        }
      }
    }
    if (head < 0 || content.size() > 4) {
      return null;
    }
    Token ht = d.token(head);
    if (!ht.isNoun() || !lex.isContentNoun(ht.key())) {
      return null;
    }
    for (int s = ht.sentence() - 1; s >= 0; s--) {
      var prev = d.sentences().get(s);
      if (d.tokensOf(prev).stream().anyMatch(Token::isVerb)) {
        return prev.span();
      }
    }
    return null;
  }

  private static Span cover(AnnotatedDocument d, List<Integer> toks) {
    return new Span(d.token(toks.get(0)).begin(), d.token(toks.get(toks.size() - 1)).end());
  }

  /** Events whose trigger lies in the content and not in the cue. */
  private static List<String> eventsIn(ExtractionContext ctx, Span content, Span cue) {
    return eventsIn(ctx, content, cue, false);
  }

  /**
   * Events whose trigger lies in the content and not in the cue. With {@code denial}, an event
   * named by a noun that is a participant of another event of the content is left out: a denial
   * of "the seizure violated the law" denies the violation, not the seizure it takes for granted.
   */
  static List<String> eventsIn(ExtractionContext ctx, Span content, Span cue, boolean denial) {
    List<EventMention> in = new ArrayList<>();
    for (EventMention m : ctx.eventMentions()) {
      Span s = m.span();
      if (content.contains(s) && !cue.overlaps(s)) {
        in.add(m);
      }
    }
    List<String> out = new ArrayList<>();
    WordSet definiteWords = ctx.lexicon().words(WordSet.Name.DEFINITE_DETERMINERS);
    for (EventMention m : in) {
      if (!out.contains(m.event().id()) && !(denial && presupposed(ctx.doc(), definiteWords, m, in))) {
        out.add(m.event().id());
      }
    }
    return out;
  }

  /** A noun with a definite determiner or a possessor ("the seizure", "this attack", "Iran's attack"). */
  private static boolean definite(AnnotatedDocument d, WordSet definiteWords, int noun) {
    for (int ch : d.children(noun)) {
      Token c = d.token(ch);
      if (c.relation() == DepRel.DET && definiteWords.contains(c.lowerWord()) || c.relation() == DepRel.NMOD_POSS) {
        return true;
      }
    }
    return false;
  }

  /**
   * A definite noun-triggered event mention ("the seizure", "its attack") inside the phrase of
   * another, verb-triggered one of {@code in}: taken for granted, not said. An indefinite one ("a
   * ceasefire had been agreed") is part of what is said.
   */
  private static boolean presupposed(AnnotatedDocument d, WordSet definiteWords, EventMention m, List<EventMention> in) {
    if (m.triggerToken() < 0 || !d.token(m.triggerToken()).isNoun() || !definite(d, definiteWords, m.triggerToken())) {
      return false;
    }
    Set<Integer> verbs = new HashSet<>();
    for (EventMention o : in) {
      if (o != m && o.triggerToken() >= 0 && d.token(o.triggerToken()).isVerb() && !o.event().id().equals(m.event().id())) {
        verbs.add(o.triggerToken());
      }
    }
    int sentence = d.token(m.triggerToken()).sentence();
    for (int h = d.token(m.triggerToken()).head(), steps = 0; h >= 0 && steps < 50; h = d.token(h).head(), steps++) {
      if (d.token(h).sentence() != sentence) {
        return false;
      }
      if (verbs.contains(h)) {
        return true;
      }
    }
    return false;
  }

  /** A negation in the cue ("did not say", "never confirmed") or on its head. */
  private static boolean negated(ParseQueries q, Tagged t) {
    AnnotatedDocument d = q.doc();
    List<Integer> look = new ArrayList<>(t.cue());
    look.addAll(d.children(t.head()));
    for (int i : look) {
      Token x = d.token(i);
      if (q.isNegatingAdverb(i) && (x.head() == t.head() || t.cue().contains(x.head()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hedged(AnnotatedDocument d, int head, WordSet words) {
    for (int ch : d.children(head)) {
      if (words.contains(d.token(ch).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
