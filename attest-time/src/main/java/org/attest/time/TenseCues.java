package org.attest.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way an underspecified expression ("January", "Tuesday", "the fourth quarter") points from
 * the publication date, read from the words of its sentence: the cue word nearest to the expression
 * wins (a future marker such as "will", "plans", "expected", "next"; or a past marker such as
 * "was", "said", "ago", a past-tense verb in -ed). No cue: {@link Direction#NONE}.
 */
final class TenseCues {

  enum Direction {
    PAST,
    FUTURE,
    NONE
  }

  private TenseCues() {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

  private static final Set<String> FUTURE =
      Set.of(
          "will", "'ll", "shall", "wo", "going", "plan", "plans", "planning", "expect",
          "expects", "expected", "scheduled", "slated", "upcoming", "forthcoming", "intend",
          "intends", "aim", "aims", "would", "next", "hope", "hopes", "forecast", "forecasts",
          "anticipate", "anticipates", "await", "awaits", "tomorrow", "coming", "until",
          "should", "predicts", "projected", "targets", "may",
          "might", "must", "deadline", "want", "wants", "seek", "seeks", "seeking", "later");

  private static final Set<String> PAST =
      Set.of(
          "was", "were", "had", "did", "said", "ago", "last", "yesterday", "went", "came", "made",
          "took", "gave", "told", "began", "saw", "got", "won", "lost", "sold", "bought", "paid",
          "left", "held", "met", "rose", "fell", "grew", "spent", "built", "brought", "became", "ran",
          "earlier", "previously", "since", "former", "thought", "knew", "found", "kept", "wrote",
          "spoke", "chose", "led", "sent", "struck", "flew", "hit", "cut", "quit", "reported");

  /** Words in -ed that are not past-tense verbs. */
  private static final Set<String> NOT_PAST =
      Set.of(
          "need", "needed", "speed", "red", "bed", "seed", "feed", "indeed", "proceed", "succeed",
          "exceed", "united", "based", "limited", "listed", "related", "advanced", "used",
          "hundred", "shed", "bred", "wed", "weed", "greed", "deed", "freed", "breed", "unprecedented");

  /** The direction cued in {@code text} around {@code [begin, end)}, within its sentence. */
  static Direction direction(String text, int begin, int end) {
    int sBegin = sentenceBegin(text, begin);
    int sEnd = sentenceEnd(text, end);
    int bestDist = Integer.MAX_VALUE;
    Direction best = Direction.NONE;
    Matcher m = WORD.matcher(text).region(sBegin, sEnd);
    while (m.find()) {
      if (m.start() >= begin && m.end() <= end) {
        continue;
      }
      String w = m.group().toLowerCase(Locale.ROOT);
      Direction d = cue(w);
      String prev = wordBefore(text, m.start());
      if (d == Direction.PAST && (prev.equals("be") || prev.equals("being") || prev.equals("has")
          || prev.equals("have") || prev.equals("'s"))) {
        continue; // "will be built", "has announced": the participle does not date what is reported
      }
      if (w.equals("be") && prev.equals("to")) {
        d = Direction.FUTURE; // "to be held on October 12"
      }
      if (w.equals("next") && nextWordIs(text, m.end(), "to")) {
        continue; // "next to the embassy" is a place
      }
      if (w.equals("effective") && m.end() <= begin && text.substring(m.end(), begin).isBlank()) {
        d = Direction.FUTURE; // "a pact effective June 1", "effective Feb. 1": when a change takes effect
      }
      if (w.equals("set") && nextWordIs(text, m.end(), "to")) {
        d = Direction.FUTURE; // "is set to begin on Wednesday"
      }
      if ((w.equals("soon") || w.equals("early")) && prev.equals("as")) {
        d = Direction.FUTURE; // "as soon as Tuesday", "as early as Tuesday"
      }
      if (d == Direction.NONE) {
        continue;
      }
      int dist = m.end() <= begin ? begin - m.end() : m.start() - end;
      // cues before the expression (the verb governing "in March") count a little more
      if (m.start() >= end) {
        dist += 4;
      }
      if (dist < bestDist) {
        bestDist = dist;
        best = d;
      }
    }
    return best;
  }

  private static boolean nextWordIs(String text, int from, String word) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
    return text.regionMatches(true, i, word, 0, word.length())
        && (i + word.length() == text.length() || !Character.isLetter(text.charAt(i + word.length())));
  }

  private static String wordBefore(String text, int wordStart) {
    int j = wordStart;
    while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) j--;
    int i = j;
    while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '\'')) i--;
    return text.substring(i, j).toLowerCase(Locale.ROOT);
  }

  /** Whether the sentence around {@code [begin, end)} has any future cue at all (reported plans). */
  static boolean sentenceHasFuture(String text, int begin, int end) {
    Matcher m = WORD.matcher(text).region(sentenceBegin(text, begin), sentenceEnd(text, end));
    String prev = "";
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if ((m.start() < begin || m.end() > end) && (STRONG_FUTURE.contains(w) || w.equals("be") && prev.equals("to"))) {
        return true;
      }
      prev = w;
    }
    return false;
  }

  private static final Set<String> STRONG_FUTURE =
      Set.of("will", "'ll", "shall", "would", "may", "might", "scheduled", "slated", "deadline", "upcoming",
          "plans", "plan", "planned", "expected", "expects", "next", "until");

  static Direction cue(String w) {
    if (FUTURE.contains(w)) {
      return Direction.FUTURE;
    }
    if (w.endsWith("n't")) {
      return w.startsWith("wo") || w.startsWith("sha") ? Direction.FUTURE
          : (w.startsWith("did") || w.startsWith("was") || w.startsWith("were") || w.startsWith("had")
              ? Direction.PAST : Direction.NONE);
    }
    if (PAST.contains(w)) {
      return Direction.PAST;
    }
    if (w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w)) {
      return Direction.PAST;
    }
    return Direction.NONE;
  }

  static int sentenceBegin(String text, int pos) {
    for (int i = pos - 1; i > 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u2029') {
        return i + 1;
      }
      if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i + 1)) && !abbreviationBefore(text, i)) {
        return i + 1;
      }
    }
    return 0;
  }

  static int sentenceEnd(String text, int pos) {
    for (int i = pos; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u2029') {
        return i;
      }
      if ((c == '.' || c == '!' || c == '?')
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
          && !abbreviationBefore(text, i)) {
        return i + 1;
      }
    }
    return text.length();
  }

  /** "p.m." "U.S." "Jan." "Mr.": a period after a short word is not a sentence end. */
  private static boolean abbreviationBefore(String text, int dot) {
    int i = dot - 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    int len = dot - 1 - i;
    return len >= 1 && len <= 3 && (i < 0 || text.charAt(i) == '.' || Character.isUpperCase(text.charAt(i + 1))
        || len == 1);
  }
}
