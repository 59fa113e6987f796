package org.attest.time.timeml;

import java.time.LocalDate;
import java.util.List;

/**
 * A TempEval-3 style TimeML document as read: the raw file, its TEXT content as plain characters
 * (markup removed, entities decoded; byte-for-byte what a reader sees), the creation date from
 * {@code <DCT><TIMEX3 functionInDocument="CREATION_TIME" value=...>}, and the gold TIMEX3 elements
 * inside TEXT. {@code breaks} are the plain-text offsets where kept markup such as {@code <s>}
 * sits: no time expression may cross one.
 */
public record TimeMLDocument(
    String name,
    String raw,
    String text,
    String dctValue,
    LocalDate dct,
    List<TimeMLTimex> timexes,
    int[] breaks,
    int textContentBegin,
    int textContentEnd) {

  /** What the tagging view puts where markup sits (U+2029 PARAGRAPH SEPARATOR). */
  public static final char SEPARATOR = '\u2029';

  /** The text the tagger reads: {@link #text()} with {@link #SEPARATOR} wherever markup sits. */
  public TaggingView taggingView() {
    StringBuilder sb = new StringBuilder(text.length() + breaks.length);
    int[] toPlain = new int[text.length() + breaks.length + 1];
    int n = 0;
    int bi = 0;
    for (int p = 0; p <= text.length(); p++) {
      while (bi < breaks.length && breaks[bi] == p) {
        // a paragraph separator: not whitespace to the rules' patterns, so no match runs across markup
        if (sb.length() == 0 || sb.charAt(sb.length() - 1) != SEPARATOR) {
          sb.append(SEPARATOR);
          toPlain[n++] = -1;
        }
        bi++;
      }
      if (p < text.length()) {
        sb.append(text.charAt(p));
        toPlain[n++] = p;
      }
    }
    return new TaggingView(sb.toString(), java.util.Arrays.copyOf(toPlain, n), breaks);
  }

  /** Text for a tagger, with a map from its offsets back to the document's plain text. */
  public record TaggingView(String text, int[] toPlain, int[] breaks) {

    /** The plain-text span of view span {@code [begin, end)}, or null if it crosses markup. */
    public int[] toPlain(int begin, int end) {
      if (begin >= end) {
        return null;
      }
      for (int i = begin; i < end; i++) {
        if (toPlain[i] < 0) {
          return null;
        }
      }
      int b = toPlain[begin];
      int e = toPlain[end - 1] + 1;
      for (int br : breaks) {
        if (br > b && br < e) {
          return null;
        }
      }
      return new int[] {b, e};
    }
  }
}
