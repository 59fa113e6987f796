package org.attest.eval.meantime;

import java.util.function.IntUnaryOperator;
import org.attest.model.Span;

/**
 * The MEANTIME text laid out as a news article is printed: the headline and the date line each a
 * paragraph of their own (a blank line after each), the body sentences one per line. Extractors
 * treat a single newline as a space, so without the blank lines the headline would run into the
 * date line and the first sentence. {@link #toGold} maps offsets in the article back to the
 * reader's text, in which the markables are annotated.
 */
public record ArticleLayout(String text, int firstBreak, int secondBreak) {

  /** Doubles the newline after line 1 (headline) and line 2 (usually the date line). */
  public static ArticleLayout of(MeantimeDocument doc) {
    String t = doc.text();
    int first = t.indexOf('\n');
    int second = first < 0 ? -1 : t.indexOf('\n', first + 1);
    StringBuilder sb = new StringBuilder(t.length() + 2);
    for (int i = 0; i < t.length(); i++) {
      sb.append(t.charAt(i));
      if (i == first || i == second) {
        sb.append('\n');
      }
    }
    return new ArticleLayout(sb.toString(), first, second);
  }

  /** The reader-text offset of article offset {@code a} (an inserted newline maps to the line end). */
  public int toGold(int a) {
    int shift = 0;
    if (firstBreak >= 0 && a > firstBreak + 1) {
      shift++;
    }
    if (secondBreak >= 0 && a > secondBreak + 2) {
      shift++;
    }
    return a - shift;
  }

  /** The article offset of reader-text offset {@code o}. */
  public int fromGold(int o) {
    return o + (firstBreak >= 0 && o > firstBreak ? 1 : 0) + (secondBreak >= 0 && o > secondBreak ? 1 : 0);
  }

  public Span fromGold(Span s) {
    return Span.of(fromGold(s.begin()), fromGold(s.end()));
  }

  public IntUnaryOperator toGold() {
    return this::toGold;
  }

  public Span toGold(Span s) {
    return Span.of(toGold(s.begin()), toGold(s.end()));
  }
}
