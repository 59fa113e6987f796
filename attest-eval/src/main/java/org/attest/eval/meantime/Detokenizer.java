package org.attest.eval.meantime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attest.model.Span;

/**
 * Rebuilds running text from MEANTIME's tokens the way a newspaper prints it: no space before
 * closing punctuation and clitics ({@code , . ; : ) ] 's n't}), none after opening brackets,
 * currency signs and opening quotes, and a newline between sentences. PTB quotes become plain
 * {@code "}; a plain {@code "} opens or closes by alternation within the sentence.
 */
final class Detokenizer {

  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(",", ".", ";", ":", ")", "]", "}", "!", "?", "%", "...", "''", "”", "’", "'",
          "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", "'RE", "'VE", "'LL", "'D", "'M");
  private static final Set<String> NO_SPACE_AFTER =
      Set.of("(", "[", "{", "``", "“", "‘", "`", "$", "US$", "CA$", "AU$", "NZ$", "HK$", "£", "€", "¥", "#");
  /** Contractions split after the apostrophe ({@code I'} + {@code ll}). */
  private static final Set<String> CLITIC_TAILS = Set.of("ll", "m", "ve", "re", "d", "s", "t");

  private Detokenizer() {}

  /** A token as read from the file: id, sentence number and form. */
  record RawToken(int id, int sentence, String form) {}

  static List<MeantimeToken> layout(List<RawToken> raw, StringBuilder text) {
    List<MeantimeToken> out = new ArrayList<>(raw.size());
    RawToken previous = null;
    boolean plainQuoteOpen = false;
    boolean previousOpens = false;
    for (RawToken token : raw) {
      String surface = surface(token.form());
      boolean isPlainQuote = surface.equals("\"") && !token.form().equals("''") && !token.form().equals("``");
      boolean closes;
      boolean opens;
      if (isPlainQuote) {
        closes = plainQuoteOpen;
        opens = !plainQuoteOpen;
      } else {
        closes = NO_SPACE_BEFORE.contains(token.form());
        opens = NO_SPACE_AFTER.contains(token.form());
      }
      if (previous != null) {
        if (token.sentence() != previous.sentence()) {
          text.append('\n');
          plainQuoteOpen = false;
          if (isPlainQuote) {
            closes = false;
            opens = true;
          }
        } else if (!closes && !previousOpens && !joinsClitic(previous.form(), token.form())) {
          text.append(' ');
        }
      }
      if (isPlainQuote) {
        plainQuoteOpen = opens;
      }
      int begin = text.length();
      text.append(surface);
      out.add(new MeantimeToken(token.id(), token.sentence(), token.form(), surface, Span.of(begin, text.length())));
      previous = token;
      previousOpens = opens;
    }
    return out;
  }

  private static boolean joinsClitic(String previous, String current) {
    return previous.length() > 1 && previous.endsWith("'") && CLITIC_TAILS.contains(current.toLowerCase());
  }

  private static String surface(String form) {
    return switch (form) {
      case "``", "''" -> "\"";
      case "-LRB-" -> "(";
      case "-RRB-" -> ")";
      default -> form;
    };
  }
}
