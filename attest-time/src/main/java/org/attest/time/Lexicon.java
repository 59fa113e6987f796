package org.attest.time;

import java.util.Locale;
import java.util.Map;

/** Words for months, weekdays, numbers and units, and the regular-expression fragments built from them. */
final class Lexicon {

  private Lexicon() {}

  /** Full month names, capitalized ("may" and "march" in lower case are verbs). */
  static final String MONTH_FULL =
      "(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)";

  /** Full names or abbreviations; only used next to digits, where "Mar" or "Jan" cannot be a word. */
  static final String MONTH =
      "(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
          + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

  static final String WEEKDAY =
      "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  static final String DAY_NUM = "(?:[12]\\d|3[01]|0?[1-9])(?:\\s?(?:st|nd|rd|th))?";

  static final String YEAR4 = "(?:1[0-9]\\d\\d|20\\d\\d)";

  private static final String UNITS =
      "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          + "|sixteen|seventeen|eighteen|nineteen";
  private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

  /** A cardinal: digits ("5 1/2" too), words up to ninety-nine, "a"/"an", "a couple of", "a dozen"; optional "and a half". */
  static final String NUMBER =
      "(?:\\d+(?:\\.\\d+|\\s+1/2)?|(?:" + TENS + ")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
          + "|" + UNITS + "|a\\s+couple\\s+of|a\\s+dozen|a\\s+half|half\\s+an?|an?)"
          + "(?:\\s+and\\s+a\\s+half)?";

  /** A year in words: "nineteen ninety-six", "nineteen eighty", "two thousand", "two thousand and one". */
  static final String SPELLED_YEAR =
      "(?:(?:nineteen|eighteen)\\s+(?:(?:" + TENS + ")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
          + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)"
          + "|two\\s+thousand(?:\\s+(?:and\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
          + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)";

  /** The year a {@link #SPELLED_YEAR} match names, or null. */
  static Integer spelledYear(String s) {
    String t = s.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    if (t.startsWith("two thousand")) {
      String rest = t.substring("two thousand".length()).trim();
      if (rest.startsWith("and ")) rest = rest.substring(4);
      if (rest.isEmpty()) return 2000;
      String n = number(rest);
      return n == null ? null : 2000 + Integer.parseInt(n);
    }
    String[] parts = t.split(" ", 2);
    int century = parts[0].equals("nineteen") ? 1900 : 1800;
    if (parts.length < 2) return null;
    if (parts[1].equals("hundred")) return century;
    String n = number(parts[1]);
    return n == null || n.contains(".") ? null : century + Integer.parseInt(n);
  }

  /** A vague quantity: the value keeps X ("several years" is PXY). */
  static final String VAGUE = "(?:several|a\\s+few|few|many|some|numerous|a\\s+number\\s+of|dozens\\s+of|hundreds\\s+of)";

  static final String ORDINAL_WORD =
      "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
          + "|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)";

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final Map<String, Integer> WEEKDAYS =
      Map.of("mon", 1, "tue", 2, "wed", 3, "thu", 4, "fri", 5, "sat", 6, "sun", 7);

  private static final Map<String, Integer> SMALL =
      Map.ofEntries(
          Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
          Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
          Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
          Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
          Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
          Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
          Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
          Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
          Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
          Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
          Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
          Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
          Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("twenty-first", 21),
          Map.entry("final", 4), Map.entry("last", 4), Map.entry("latter", 2));

  static int month(String s) {
    return MONTHS.get(s.toLowerCase(Locale.ROOT).substring(0, 3));
  }

  static int weekday(String s) {
    return WEEKDAYS.get(s.toLowerCase(Locale.ROOT).substring(0, 3));
  }

  static int dayNumber(String s) {
    return Integer.parseInt(s.replaceAll("\\D", ""));
  }

  /** An ordinal word or "1st"-style number; "final"/"last" mean the 4th (quarter), "latter" the 2nd (half). */
  static int ordinal(String s) {
    String t = s.toLowerCase(Locale.ROOT);
    Integer v = ORDINALS.get(t);
    if (v != null) {
      return v;
    }
    return Integer.parseInt(t.replaceAll("\\D", ""));
  }

  /**
   * The value of a {@link #NUMBER} match, formatted for a TIMEX3 duration ("2", "2.5", "1"); null for
   * words this method cannot read.
   */
  static String number(String s) {
    String t = s.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    boolean half = false;
    if (t.endsWith(" and a half")) {
      half = true;
      t = t.substring(0, t.length() - " and a half".length()).trim();
    }
    if (t.matches("\\d+ 1/2")) {
      half = true;
      t = t.substring(0, t.length() - " 1/2".length());
    }
    double v;
    if (t.matches("\\d+(\\.\\d+)?")) {
      v = Double.parseDouble(t);
    } else if (t.equals("a") || t.equals("an")) {
      v = 1;
    } else if (t.equals("a couple of")) {
      v = 2;
    } else if (t.equals("a dozen")) {
      v = 12;
    } else if (t.equals("a half") || t.startsWith("half a")) {
      v = 0.5;
    } else {
      String[] parts = t.split("[- ]");
      v = 0;
      for (String p : parts) {
        Integer n = SMALL.get(p);
        if (n == null) {
          return null;
        }
        v += n;
      }
    }
    if (half) {
      v += 0.5;
    }
    if (v == Math.rint(v)) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
