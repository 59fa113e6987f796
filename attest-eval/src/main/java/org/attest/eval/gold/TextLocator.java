package org.attest.eval.gold;

import java.util.Optional;
import org.attest.model.Span;

/**
 * Finds a gold snippet in a document's text. Exact first; failing that, with typographic
 * apostrophes and quotes folded to ASCII and whitespace runs read as one space, so a snippet
 * typed by hand still finds text copied from the web.
 */
final class TextLocator {

  private final String text;
  private final String folded;
  /** {@code offsets[i]} is the index in {@code text} of {@code folded.charAt(i)}. */
  private final int[] offsets;

  TextLocator(String text) {
    this.text = text;
    StringBuilder sb = new StringBuilder(text.length());
    int[] map = new int[text.length() + 1];
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        if (inSpace) {
          continue;
        }
        inSpace = true;
        c = ' ';
      } else {
        inSpace = false;
        c = fold(c);
      }
      map[sb.length()] = i;
      sb.append(c);
    }
    map[sb.length()] = text.length();
    this.folded = sb.toString();
    this.offsets = map;
  }

  Optional<Span> locate(String snippet) {
    if (snippet == null || snippet.isBlank()) {
      return Optional.empty();
    }
    int at = text.indexOf(snippet);
    if (at >= 0) {
      return Optional.of(Span.of(at, at + snippet.length()));
    }
    String f = foldAll(snippet.strip());
    int fat = folded.indexOf(f);
    if (fat < 0) {
      return Optional.empty();
    }
    int begin = offsets[fat];
    int end = offsets[fat + f.length() - 1] + 1;
    return Optional.of(Span.of(begin, end));
  }

  static char fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201B', '\u02BC', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
      default -> c;
    };
  }

  static String foldAll(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean inSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        if (!inSpace) {
          sb.append(' ');
        }
        inSpace = true;
      } else {
        sb.append(fold(c));
        inSpace = false;
      }
    }
    return sb.toString();
  }
}
