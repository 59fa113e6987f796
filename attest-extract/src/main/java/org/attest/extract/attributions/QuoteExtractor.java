package org.attest.extract.attributions;

import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import org.attest.extract.ExtractionContext;
import org.attest.extract.ExtractionContext.EntityMention;
import org.attest.extract.Extractor;
import org.attest.extract.Layer;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Quote;
import org.attest.model.Span;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.DepRel;
import org.attest.nlp.Token;

/**
 * Direct quotations and their speakers: the name on a dash line under the quotation ("“…” – Name"),
 * or the subject of the verb the quotation depends on ("X denies …, calling them “…”", "“…,” X
 * said").
 */
public final class QuoteExtractor extends Extractor {

  public static final String NAME = "quotes";

  /** Longest quotation we accept; an unbalanced quote mark must not swallow the article. */
  private static final int MAX_QUOTE = 2000;

  public QuoteExtractor() {
    super(NAME);
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  protected void extract(ExtractionContext ctx) {
    String text = ctx.doc().text();
    int n = 0;
    for (Span q : quotations(text)) {
      Speaker s = dashSpeaker(ctx, q);
      if (s == null) {
        s = governingSpeaker(ctx, q);
      }
      ctx.addQuote(new Quote("q" + (++n), ctx.docId(), q.begin(), q.end(), q.of(text), s == null ? null : s.entity,
          provenance(ctx)));
    }
  }

  /** A speaker and where the text says so (the dash, or the governing verb). */
  record Speaker(String entity, Span cue, Span mention) {}

  /** Spans of quotations, quotation marks included: “…” pairs, and "…" pairs within a paragraph. */
  static List<Span> quotations(String text) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '“') {
        int close = text.indexOf('”', i + 1);
        int nextOpen = text.indexOf('“', i + 1);
        if (close > 0 && (nextOpen < 0 || close < nextOpen) && close - i < MAX_QUOTE) {
          if (close - i > 1) {
            out.add(new Span(i, close + 1));
          }
          i = close + 1;
          continue;
        }
      } else if (c == '"') {
        int close = text.indexOf('"', i + 1);
        int para = text.indexOf("\n\n", i + 1);
        if (close > 0 && (para < 0 || close < para) && close - i < MAX_QUOTE) {
          if (close - i > 1) {
            out.add(new Span(i, close + 1));
          }
          i = close + 1;
          continue;
        }
      }
      i++;
    }
    return out;
  }

  /** "“…”\n\n– Kim Jong Un": a dash line naming the speaker right after the quotation. */
  static Speaker dashSpeaker(ExtractionContext ctx, Span q) {
    String text = ctx.doc().text();
    int i = q.end();
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= text.length() || "–—-―".indexOf(text.charAt(i)) < 0) {
      return null;
    }
    int dash = i;
    i++;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    Token t = ctx.doc().tokenAt(i);
    if (t == null) {
      return null;
    }
    EntityMention m = ctx.mentionAt(t.index());
    if (m == null || !isSpeakerType(ctx, m.entity())) {
      return null;
    }
    return new Speaker(m.entity(), new Span(dash, dash + 1), m.span());
  }

  /**
   * The subject of the nearest verb outside the quotation that governs it, or of the reporting
   * verb the parser hung on the quotation ("“…,” X said" often parses with "said" under the quote).
   */
  static Speaker governingSpeaker(ExtractionContext ctx, Span q) {
    AnnotatedDocument d = ctx.doc();
    List<Token> inside = d.tokensIn(q);
    if (inside.isEmpty()) {
      return null;
    }
    for (Token t : d.tokensOf(d.sentenceOf(inside.get(inside.size() - 1)))) {
      if (q.contains(t.span()) || t.head() < 0 || !q.contains(d.token(t.head()).span()) || !t.isVerb()) {
        continue;
      }
      for (int ch : d.children(t.index())) {
        Token c = d.token(ch);
        if (c.is(DepRel.NSUBJ) && !q.contains(c.span())) {
          EntityMention m = ctx.mentionAt(ch);
          if (m != null && isSpeakerType(ctx, m.entity())) {
            return new Speaker(m.entity(), t.span(), m.span());
          }
        }
      }
    }
    for (Token t : inside) {
      if (t.head() < 0 || q.contains(d.token(t.head()).span())) {
        continue;
      }
      Token v = d.token(t.head());
      for (int hops = 0; hops < 3 && v != null; hops++) {
        for (int ch : d.children(v.index())) {
          Token c = d.token(ch);
          if (c.is(DepRel.NSUBJ) && !q.contains(c.span())) {
            EntityMention m = ctx.mentionAt(ch);
            if (m != null && isSpeakerType(ctx, m.entity())) {
              return new Speaker(m.entity(), v.span(), m.span());
            }
          }
        }
        v = v.head() >= 0 ? d.token(v.head()) : null;
      }
    }
    return null;
  }

  static boolean isSpeakerType(ExtractionContext ctx, String entity) {
    Entity e = ctx.entity(entity);
    return e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION || e.type() == EntityType.COUNTRY);
  }
}
