package org.attest.extract.attributions.model;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Span;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.Token;

/**
 * Quotations found from the quotation marks alone (“…”, "…"): each token's quotation index, or -1.
 * A quotation left open at a line break ends there (news paragraphs re-open a continued quote).
 */
public final class QuoteRegions {

  private final List<Span> quotes;
  private final int[] quoteOf;

  public QuoteRegions(AnnotatedDocument d) {
    String text = d.text();
    List<Span> qs = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u201C' || c == '"' && open < 0) {
        if (open < 0 || c == '\u201C') {
          open = i;
        }
      } else if ((c == '\u201D' || c == '"') && open >= 0) {
        qs.add(new Span(open, i + 1));
        open = -1;
      } else if (c == '\n' && open >= 0) {
        qs.add(new Span(open, i));
        open = -1;
      }
    }
    if (open >= 0) {
      qs.add(new Span(open, text.length()));
    }
    this.quotes = List.copyOf(qs);
    this.quoteOf = new int[d.tokens().size()];
    int q = 0;
    for (Token t : d.tokens()) {
      while (q < qs.size() && qs.get(q).end() <= t.begin()) {
        q++;
      }
      quoteOf[t.index()] = q < qs.size() && qs.get(q).contains(t.span()) ? q : -1;
    }
  }

  /** The quotation holding the token (its marks included), or -1. */
  public int quoteOf(int token) {
    return quoteOf[token];
  }

  public Span quote(int q) {
    return quotes.get(q);
  }

  public int size() {
    return quotes.size();
  }
}
