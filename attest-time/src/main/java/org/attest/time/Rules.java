package org.attest.time;

import static org.attest.time.Lexicon.DAY_NUM;
import static org.attest.time.Lexicon.MONTH;
import static org.attest.time.Lexicon.MONTH_FULL;
import static org.attest.time.Lexicon.NUMBER;
import static org.attest.time.Lexicon.ORDINAL_WORD;
import static org.attest.time.Lexicon.VAGUE;
import static org.attest.time.Lexicon.WEEKDAY;
import static org.attest.time.Lexicon.YEAR4;
import static org.attest.time.Resolution.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.time.Resolution.Result;
import org.attest.time.TimePoint.Grain;

/**
 * The rule table. Each rule is a regular expression (case-insensitive, word-bounded) and an
 * interpreter that turns a match into a TIMEX3 type, value and mod. Where matches overlap the
 * longest wins, then the earlier rule. To add a rule, add one {@code rule(...)} line in the right
 * group and a unit test with its anchor date (see docs/time.md).
 */
final class Rules {

  private Rules() {}

  interface Interpreter {
    /** The interpretation of match {@code m}, or null to reject it. */
    Result apply(Matcher m, Resolution r);
  }

  interface Guard {
    /** False rejects the match before the overlap resolution (e.g. "2008" in "2008 jobs"). */
    boolean accept(String text, Matcher m);
  }

  record Rule(String name, Pattern pattern, Guard guard, Interpreter interpreter) {}

  /** Possessives before "30s": a person's age. */
  private static final Set<String> AGE_OWNERS = Set.of("his", "her", "their", "my", "your", "our", "its");

  /** Words after "the year" that make it relative to another time ("the year before"), not the report's year. */
  private static final Set<String> RELATIVE_AFTER_THE_YEAR = Set.of("ago", "earlier", "before", "after", "later", "previous", "prior", "of");

  /** Words after "the year" that make it a twelve-month period ("the year ended March 31"). */
  private static final Set<String> PERIOD_AFTER_THE_YEAR = Set.of("ended", "ending");

  /** Filled once by the static initializer below, then frozen into {@link #ALL}. */
  private static final List<Rule> TABLE = new ArrayList<>();

  /** The rules in priority order (earlier wins between equally long matches); immutable. */
  static final List<Rule> ALL;

  private static void rule(String name, String regex, Interpreter fn) {
    rule(name, regex, (t, m) -> true, fn);
  }

  private static void rule(String name, String regex, Guard guard, Interpreter fn) {
    Pattern p =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    TABLE.add(new Rule(name, p, guard, fn));
  }

  // ---------------------------------------------------------------- small helpers

  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  static int year(String s) {
    return Integer.parseInt(s);
  }

  private static final String UNIT =
      "(?<u>years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarters?|weekends?|nights?)";

  /** Duration designator for a unit word: Y, M, W, D, TH, TM, TS, DE (decade, as 10Y), CE, Q (as 3M). */
  static String unitCode(String u) {
    String t = lower(u);
    if (t.startsWith("year")) return "Y";
    if (t.startsWith("month")) return "M";
    if (t.startsWith("weekend")) return "WE";
    if (t.startsWith("week")) return "W";
    if (t.startsWith("day") || t.startsWith("night")) return "D";
    if (t.startsWith("hour")) return "TH";
    if (t.startsWith("minute")) return "TM";
    if (t.startsWith("second")) return "TS";
    if (t.startsWith("decade")) return "DE";
    if (t.startsWith("centur")) return "CE";
    if (t.startsWith("quarter")) return "Q";
    throw new IllegalArgumentException(u);
  }

  static Grain unitGrain(String code) {
    return switch (code) {
      case "Y" -> Grain.YEAR;
      case "M" -> Grain.MONTH;
      case "W" -> Grain.WEEK;
      case "WE" -> Grain.WEEKEND;
      case "D" -> Grain.DAY;
      case "DE" -> Grain.DECADE;
      case "CE" -> Grain.CENTURY;
      case "Q" -> Grain.QUARTER;
      default -> null; // hours and below have no calendar grain
    };
  }

  /** P2Y, P2.5Y, PT30M, P10Y for a decade, P6M for two quarters, PXY for an unknown number. */
  static String duration(String number, String code) {
    if (number == null) {
      return switch (code) {
        case "TH", "TM", "TS" -> "PTX" + code.substring(1);
        case "DE", "CE" -> "PXY";
        case "Q" -> "PXQ";
        case "WE" -> "PXWE";
        default -> "PX" + code;
      };
    }
    if (number.endsWith(".5")) {
      // half an hour, minute or day is written in the next smaller unit (PT5H30M, PT1M30S, P1DT12H);
      // calendar units keep the decimal (P2.5Y), as MEANTIME writes them
      String whole = number.substring(0, number.length() - 2);
      String w = whole.equals("0") ? "" : whole;
      switch (code) {
        case "TH": return "PT" + (w.isEmpty() ? "" : w + "H") + "30M";
        case "TM": return "PT" + (w.isEmpty() ? "" : w + "M") + "30S";
        case "D": return "P" + (w.isEmpty() ? "" : w + "D") + "T12H";
        default: break;
      }
    }
    return switch (code) {
      case "TH", "TM", "TS" -> "PT" + number + code.substring(1);
      case "DE" -> "P" + scale(number, 10) + "Y";
      case "CE" -> "P" + scale(number, 100) + "Y";
      case "Q" -> "P" + scale(number, 3) + "M";
      case "WE" -> "P" + number + "WE";
      default -> "P" + number + code;
    };
  }

  private static String scale(String number, int k) {
    double v = Double.parseDouble(number) * k;
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static String nextWord(String text, int from) {
    int i = skipBlanks(text, from);
    int j = i;
    while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '%')) j++;
    return text.substring(i, j);
  }

  private static String previousWord(String text, int before) {
    int j = before;
    while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) j--;
    int i = j;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
    return text.substring(i, j);
  }

  private static char previousChar(String text, int before) {
    int j = before;
    while (j > 0 && text.charAt(j - 1) == ' ') j--;
    return j == 0 ? '\n' : text.charAt(j - 1);
  }

  /** Counted nouns after a number show it is a quantity, not a year ("2000 jobs"). */
  private static final Set<String> COUNTED =
      Set.of(
          "people", "jobs", "employees", "workers", "units", "aircraft", "planes", "jets", "cars",
          "vehicles", "shares", "dollars", "euros", "pounds", "yen", "miles", "km", "kilometres",
          "kilometers", "metres", "meters", "feet", "ft", "tons", "tonnes", "barrels", "points", "votes",
          "seats", "passengers", "staff", "members", "customers", "stores", "copies", "songs", "users",
          "sq", "square", "hp", "mph", "cc", "rpm", "pages", "times", "years", "hours", "minutes",
          "seconds", "days", "months", "weeks", "million", "billion", "thousand", "bn", "m", "per",
          "percent", "%", "kg", "lb", "lbs", "mm", "cm", "gb", "mb", "x",
          "flights", "orders", "routes", "homes", "troops", "soldiers", "deaths", "cases", "dealers",
          "dealerships", "plants", "retailers", "applications", "apps", "devices", "computers", "machines");

  private static final Set<String> YEAR_PREPOSITIONS =
      Set.of("in", "since", "by", "of", "from", "until", "till", "to", "before", "after", "during",
          "circa", "and", "through", "year", "early", "late", "mid", "around", "between", "fiscal");

  /** Guard for a bare four-digit year. */
  private static boolean plausibleYear(String text, Matcher m) {
    int y = Integer.parseInt(m.group("y"));
    char before = previousChar(text, m.start());
    if ("$£€#¥".indexOf(before) >= 0 || (m.start() > 0 && text.charAt(m.start() - 1) == '-')
        || (m.start() > 0 && text.charAt(m.start() - 1) == '.') || before == '/') {
      return false;
    }
    String next = nextWord(text, m.end()).toLowerCase(Locale.ROOT);
    if (m.end() < text.length() && (text.charAt(m.end()) == '%' || text.charAt(m.end()) == '.'
        && m.end() + 1 < text.length() && Character.isDigit(text.charAt(m.end() + 1)))) {
      return false;
    }
    if (COUNTED.contains(next)) {
      return false;
    }
    if (y < 1900 || y > 2040) {
      return YEAR_PREPOSITIONS.contains(previousWord(text, m.start()).toLowerCase(Locale.ROOT));
    }
    return true;
  }

  private static final Set<String> MONTH_CONTEXT =
      Set.of("in", "of", "since", "by", "until", "till", "from", "to", "early", "late", "mid", "and", "or",
          "during", "before", "after", "last", "next", "this", "that", "through", "between", "on", "the",
          "end", "beginning", "start", "middle");

  /** Rejects a capitalized "May" that starts a sentence without a number ("May I ..."). */
  private static boolean plausibleBareMonth(String text, Matcher m) {
    String w = m.group("mo");
    if (w.equals("May") || w.equals("March")) {
      char before = previousChar(text, m.start());
      String prev = previousWord(text, m.start()).toLowerCase(Locale.ROOT);
      if (before == '\n' || before == '.' || before == '"' || m.start() == 0) {
        return false;
      }
      if (!MONTH_CONTEXT.contains(prev)) {
        return false;
      }
    }
    return true;
  }

  /** A year phrase after "of": YEAR4, "this year", "last year", "next year", "the year", "the previous year" ... */
  private static final String YEAR_PHRASE =
      "(?:(?<y>" + YEAR4 + ")|(?<yrel>this|last|next|the|that|the\\s+same|the\\s+previous|the\\s+following"
          + "|the\\s+current|the\\s+coming|the\\s+past)\\s+year)";

  /** The year a {@link #YEAR_PHRASE} names, or null when unknown. */
  private static TimePoint yearOf(Matcher m, Resolution r) {
    if (group(m, "y") != null) {
      return TimePoint.year(year(m.group("y")));
    }
    Relative rel = Relative.of(m.group("yrel"), Grain.YEAR);
    return rel == null ? r.anchor(Grain.YEAR) : rel.resolve(r);
  }

  /** A named group's text, or null where the pattern has no such group or it did not take part. */
  static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String modOf(String word) {
    String w = lower(word);
    if (w == null) return null;
    if (w.startsWith("early") || w.contains("beginning") || w.contains("start") || w.contains("early part")
        || w.contains("first part")) return "START";
    if (w.startsWith("late") || w.contains("end") || w.contains("latter part") || w.contains("close")) return "END";
    if (w.startsWith("mid") || w.contains("middle")) return "MID";
    return null;
  }

  private static final String EDGE =
      "(?<edge>early|late|mid|the\\s+(?:very\\s+)?(?:beginning|start|end|middle|close|early\\s+part|latter\\s+part)\\s+of)";

  private static Result withEdge(Result res, Matcher m) {
    if (res == null) return null;
    String mod = modOf(m.group("edge"));
    return mod == null ? res : res.withMod(mod);
  }

  private static int quarterIndex(String s) {
    String t = lower(s);
    if (t.equals("final") || t.equals("last") || t.equals("fourth") || t.equals("4th")) return 4;
    return Lexicon.ordinal(t);
  }

  /**
   * The day a clock time names after it: "12:00 UTC Monday" and "5 p.m. today" take it into the
   * span; "16:15 UTC, June 1st" only reads it (the date is an expression of its own).
   */
  private static final String CLOCK_DAY =
      "(?:\\s*,?\\s+(?:on\\s+)?(?:(?<wd>" + WEEKDAY + ")|(?<td>today|yesterday|tomorrow)))?"
          + "(?=\\s*,?\\s+(?:on\\s+)?(?<cmo>" + MONTH + ")\\s*(?<cd>" + DAY_NUM + ")(?:\\s*,\\s*(?<cy>" + YEAR4 + "))?)?";

  private static final String QUARTER_ORD = "(?<q>first|second|third|fourth|final|1st|2nd|3rd|4th)";
  private static final String HALF_ORD = "(?<h>first|second|latter|1st|2nd)";

  static {
    // ------------------------------------------------------------ absolute dates
    rule("iso-date", "(?<y>" + YEAR4 + ")-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])"
        + "(?:T(?<hh>[01]\\d|2[0-4]):(?<mi>[0-5]\\d)(?::[0-5]\\d)?)?",
        (m, r) -> {
          LocalDate d = Resolution.dayOrNull(year(m.group("y")), Integer.parseInt(m.group("m")),
              Integer.parseInt(m.group("d")));
          if (d == null) return null;
          TimePoint p = new TimePoint(d, Grain.DAY);
          if (m.group("hh") != null) {
            return new Result("TIME", p.value() + "T" + m.group("hh") + ":" + m.group("mi"), null, p);
          }
          return date(p);
        });
    rule("numeric-date", "(?<m>1[0-2]|0?[1-9])/(?<d>[12]\\d|3[01]|0?[1-9])/(?<y>\\d{4}|\\d{2})",
        (m, r) -> {
          int y = year(m.group("y"));
          if (m.group("y").length() == 2) y += y < 50 ? 2000 : 1900;
          LocalDate d = Resolution.dayOrNull(y, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
          return d == null ? null : date(new TimePoint(d, Grain.DAY));
        });
    rule("month-day-year", "(?<mo>" + MONTH + ")\\s*(?<d>" + DAY_NUM + ")(?:\\s*,\\s*|\\s+)(?<y>" + YEAR4 + ")",
        (m, r) -> {
          LocalDate d = Resolution.dayOrNull(year(m.group("y")), Lexicon.month(m.group("mo")),
              Lexicon.dayNumber(m.group("d")));
          return d == null ? null : date(new TimePoint(d, Grain.DAY));
        });
    rule("day-month-year", "(?:the\\s+)?(?<d>" + DAY_NUM + ")\\s+(?:of\\s+)?(?<mo>" + MONTH + ")\\s*,?\\s*(?<y>" + YEAR4 + ")",
        (m, r) -> {
          LocalDate d = Resolution.dayOrNull(year(m.group("y")), Lexicon.month(m.group("mo")),
              Lexicon.dayNumber(m.group("d")));
          return d == null ? null : date(new TimePoint(d, Grain.DAY));
        });
    rule("month-day", "(?<mo>" + MONTH + ")\\s*(?<d>" + DAY_NUM + ")",
        (t, m) -> !(m.end() < t.length() && t.charAt(m.end()) == ':'),
        (m, r) -> r.monthDay(Lexicon.month(m.group("mo")), Lexicon.dayNumber(m.group("d"))));
    rule("day-month", "(?:the\\s+)?(?<d>" + DAY_NUM + ")\\s+(?:of\\s+)?(?<mo>" + MONTH + ")",
        (m, r) -> r.monthDay(Lexicon.month(m.group("mo")), Lexicon.dayNumber(m.group("d"))));
    rule("month-year", "(?:" + EDGE + "[\\s-]*)?(?<mo>" + MONTH + ")\\s*,?\\s*(?:of\\s+)?(?<y>" + YEAR4 + ")",
        (m, r) -> withEdge(date(TimePoint.month(year(m.group("y")), Lexicon.month(m.group("mo")))), m));
    rule("month-of-year-phrase", "(?:" + EDGE + "[\\s-]*)?(?<mo>" + MONTH_FULL + ")\\s+(?:of\\s+)?"
        + "(?<yrel>this|last|next)\\s+year",
        (m, r) -> {
          TimePoint y = yearOf(m, r);
          int mo = Lexicon.month(m.group("mo"));
          return withEdge(y == null ? new Result("DATE", String.format("XXXX-%02d", mo), null, null)
              : date(TimePoint.month(y.year(), mo)), m);
        });
    rule("month-edge", EDGE + "[\\s-]*(?<mo>" + MONTH_FULL + ")",
        (m, r) -> withEdge(r.month(Lexicon.month(m.group("mo"))), m));
    rule("month-relative", "(?<rel>last|next|this|the\\s+following|the\\s+previous|the\\s+same|that)\\s+(?<mo>" + MONTH_FULL + ")",
        (m, r) -> {
          int mo = Lexicon.month(m.group("mo"));
          TimePoint p = Relative.of(m.group("rel"), Grain.MONTH).occurrence(r, Grain.MONTH, y -> TimePoint.month(y, mo));
          return p == null ? new Result("DATE", String.format("XXXX-%02d", mo), null, null) : date(p);
        });
    // holidays: the year as for a dated day ("on Christmas Day" read in December is this one)
    rule("holiday", "(?:(?<rel>last|next|this)\\s+)?(?<h>" + Holidays.NAMES + ")(?:\\s*,?\\s*(?<y>" + YEAR4 + "))?",
        // "the Christmas sales period", "the Easter holidays": a season named after the day
        (t, m) -> m.group("y") != null || !Set.of("season", "period", "sales", "shopping", "holiday", "holidays", "break",
            "rush", "trading", "week", "weekend", "recess", "vacation", "spending", "quarter")
            .contains(nextWord(t, m.end()).toLowerCase(Locale.ROOT)),
        (m, r) -> {
          Holidays.Holiday h = Holidays.of(m.group("h"));
          if (m.group("y") != null) {
            LocalDate d = h.in(year(m.group("y")));
            return d == null ? null : date(new TimePoint(d, Grain.DAY));
          }
          if (m.group("rel") != null) {
            TimePoint p = Relative.of(m.group("rel"), Grain.DAY).occurrence(r, Grain.DAY, y -> new TimePoint(h.in(y), Grain.DAY));
            return p == null ? Resolution.ref("DATE", "XXXX-XX-XX") : date(p);
          }
          return r.yearly(h::in, h.unknownValue());
        });
    rule("spelled-year", "(?:(?:the\\s+)?year\\s+)?(?<sy>" + Lexicon.SPELLED_YEAR + ")",
        (t, m) -> Lexicon.spelledYear(m.group("sy")) != null
            && (lower(m.group()).startsWith("the year") || lower(m.group()).startsWith("year")
                || !lower(m.group("sy")).startsWith("two thousand")
                || Set.of("in", "since", "by", "until", "of").contains(previousWord(t, m.start()).toLowerCase(Locale.ROOT))),
        (m, r) -> date(TimePoint.year(Lexicon.spelledYear(m.group("sy")))));
    rule("month-spelled-year", "(?<mo>" + MONTH_FULL + ")\\s*,?\\s*(?:of\\s+)?(?<sy>" + Lexicon.SPELLED_YEAR + ")",
        (t, m) -> Lexicon.spelledYear(m.group("sy")) != null,
        (m, r) -> date(TimePoint.month(Lexicon.spelledYear(m.group("sy")), Lexicon.month(m.group("mo")))));
    rule("month", "(?<mo>" + MONTH_FULL + ")", Rules::plausibleBareMonth,
        (m, r) -> r.month(Lexicon.month(m.group("mo"))));

    // ------------------------------------------------------------ years, decades, centuries
    rule("year-edge", EDGE + "[\\s-]*(?<y>" + YEAR4 + ")",
        (m, r) -> withEdge(date(TimePoint.year(year(m.group("y")))), m));
    // "fiscal 1989" is written as the year it is named by, as TimeBank does (TimeML's FY1989 is not used there)
    rule("fiscal-year", "(?:fiscal(?:\\s+year)?\\s*|FY\\s*)(?<y>" + YEAR4 + ")",
        (m, r) -> date(TimePoint.year(year(m.group("y")))));
    rule("year", "(?:the\\s+year\\s+)?(?<y>" + YEAR4 + ")", Rules::plausibleYear,
        (m, r) -> date(TimePoint.year(year(m.group("y")))));
    // "the year", "the full year", "the fiscal year": the year the text is about; "for the year ended
    // March 31" is a twelve-month period, not a calendar year
    rule("the-year", "the\\s+(?:(?<which>full|current|latest|most\\s+recent)\\s+)?(?:fiscal\\s+)?year(?![-'\u2019])",
        (t, m) -> !RELATIVE_AFTER_THE_YEAR.contains(nextWord(t, m.end()).toLowerCase(Locale.ROOT)),
        (m, r) -> {
          if (PERIOD_AFTER_THE_YEAR.contains(nextWord(r.text, m.end()).toLowerCase(Locale.ROOT))) {
            return new Result("DURATION", "P1Y", null, null);
          }
          String which = lower(m.group("which"));
          // "the full year" a forecast is about is the publication year, whatever year was named last
          Relative rel = which == null ? Relative.of("the", Grain.YEAR)
              : which.equals("current") || which.equals("full") ? Relative.anchored(0, Grain.YEAR)
              : Relative.anchored(-1, Grain.YEAR);
          return date(rel.resolve(r), Grain.YEAR);
        });
    // "by year-end", "by year's end": the end of the publication year; "since year-end" the last one
    rule("year-end", "year[-\\s]end|year['\u2019]s\\s+end",
        (t, m) -> !nextWord(t, m.end()).matches("\\p{L}.*"),
        (m, r) -> date(Relative.anchored(previousWord(r.text, m.start()).equalsIgnoreCase("since") ? -1 : 0, Grain.YEAR)
            .resolve(r), Grain.YEAR).withMod("END"));
    rule("year-edge-relative", EDGE + "\\s+(?<yrel>this|last|next|the|the\\s+previous|the\\s+following|the\\s+same|that)\\s+(?<u>year|month|week|decade|century|quarter)",
        (m, r) -> {
          Grain g = unitGrain(unitCode(m.group("u")));
          return withEdge(date(Relative.of(m.group("yrel"), g).resolve(r), g), m);
        });
    rule("decade", "(?:the\\s+)?(?:(?<edge>early|mid|late)[\\s-]*)?(?:(?<c>1[0-9]|20)(?<d>\\d)0|'(?<d2>\\d)0)'?s",
        (m, r) -> {
          String v = m.group("c") != null ? m.group("c") + m.group("d") : "19" + m.group("d2");
          TimePoint p = new TimePoint(LocalDate.of(Integer.parseInt(v) * 10, 1, 1), Grain.DECADE);
          return withEdge(date(p), m);
        });
    rule("decade-short", "(?:the\\s+)?(?:(?<edge>early|mid|late)[\\s-]*)?(?<d2>[2-9])0s",
        // "in his 30s", "in their early 20s": an age, not a decade
        (t, m) -> !Character.isDigit(previousChar(t, m.start()))
            && !AGE_OWNERS.contains(previousWord(t, m.start()).toLowerCase(Locale.ROOT)),
        (m, r) -> withEdge(date(new TimePoint(LocalDate.of(1900 + 10 * Integer.parseInt(m.group("d2")), 1, 1), Grain.DECADE)), m));
    rule("century", "(?:the\\s+)?(?:(?<edge>early|mid|late)[\\s-]*)?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<w>" + ORDINAL_WORD + "))[\\s-]+century",
        (m, r) -> {
          int n = m.group("n") != null ? Integer.parseInt(m.group("n")) : Lexicon.ordinal(m.group("w"));
          if (n < 1) return null;
          return withEdge(date(new TimePoint(LocalDate.of((n - 1) * 100, 1, 1), Grain.CENTURY)), m);
        });

    // ------------------------------------------------------------ quarters, halves, seasons
    rule("quarter-of-year", "(?:the\\s+)?(?:fiscal\\s+)?" + QUARTER_ORD + "[\\s-]+quarter\\s*(?:(?:of|in)\\s+)?,?\\s*" + YEAR_PHRASE,
        (m, r) -> {
          TimePoint y = yearOf(m, r);
          int q = quarterIndex(m.group("q"));
          return y == null ? Resolution.ref("DATE", "XXXX-Q" + q) : date(TimePoint.quarter(y.year(), q));
        });
    rule("quarter-code", "(?:Q(?<q>[1-4])\\s*[-/]?\\s*'?(?<y>" + YEAR4 + "|\\d\\d))|(?:(?<y2>" + YEAR4 + ")\\s*[-/]?\\s*Q(?<q2>[1-4]))",
        (m, r) -> {
          String ys = m.group("y") != null ? m.group("y") : m.group("y2");
          int y = year(ys) + (ys.length() == 2 ? 2000 : 0);
          int q = Integer.parseInt(m.group("q") != null ? m.group("q") : m.group("q2"));
          return date(TimePoint.quarter(y, q));
        });
    rule("quarter", "(?:the\\s+)?(?:fiscal\\s+)?" + QUARTER_ORD + "[\\s-]+quarter|Q(?<qq>[1-4])",
        (t, m) -> !nextWord(t, m.end()).equalsIgnoreCase("of"),
        (m, r) -> {
          int q = m.group("qq") != null ? Integer.parseInt(m.group("qq")) : quarterIndex(m.group("q"));
          return r.partOfYear(Grain.QUARTER, q, "XXXX-Q" + q);
        });
    // the period a financial report is about, and the same period a year before
    rule("quarter-year-ago", "(?:the\\s+)?(?:comparable\\s+|corresponding\\s+|same\\s+)?(?:year-(?:ago|earlier)|year\\s+(?:ago|earlier)|prior-year|year-before)"
            + "(?:\\s+(?:" + QUARTER_ORD + "[\\s-]+)?(?:fiscal\\s+)?(?<u>quarter|period))?"
            + "|the\\s+(?:same|comparable|corresponding|year-earlier|year-ago)\\s+(?<u2>quarter|period|month|week)\\s+(?:of\\s+)?(?:last\\s+year|a\\s+year\\s+(?:ago|earlier|before)|the\\s+(?:previous|prior|last)\\s+year)"
            + "|the\\s+(?<u3>quarter|period)\\s+a\\s+year\\s+(?:ago|earlier)"
            + "|last\\s+year's\\s+(?:(?<q4>first|second|third|fourth|final|1st|2nd|3rd|4th)[\\s-]+)?(?:fiscal\\s+)?(?<u4>quarter|period)",
        (m, r) -> {
          String u2 = lower(group(m, "u2"));
          if (u2 != null && !u2.equals("quarter")) {
            // "the same month last year", "the same period last year" after a month: that grain, a year back
            Grain g = u2.equals("month") ? Grain.MONTH : u2.equals("week") ? Grain.WEEK : null;
            TimePoint ref = r.reference;
            if (g == null && ref != null && (ref.grain() == Grain.MONTH || ref.grain() == Grain.HALF)) g = ref.grain();
            if (g != null) {
              TimePoint base = r.reference(g);
              return base == null ? Resolution.ref("DATE", TimePoint.unknown(g))
                  : date(base.plus(-1, Grain.YEAR)).asComparison();
            }
          }
          TimePoint q = r.discourse(Grain.QUARTER);
          if (q == null) return Resolution.ref("DATE", "XXXX-QX");
          String qi = group(m, "q") != null ? m.group("q") : group(m, "q4");
          if (qi != null) q = TimePoint.quarter(q.year(), quarterIndex(qi));
          TimePoint p = q.plus(-1, Grain.YEAR);
          boolean bare = m.group("u") == null && m.group("u2") == null && m.group("u3") == null && m.group("u4") == null;
          if (bare && r.mentioned(Grain.QUARTER) == null) {
            p = Relative.anchored(-1, Grain.YEAR).resolve(r); // "year-earlier profit" with no quarter in sight
          }
          return date(p).asComparison();
        });
    rule("quarter-discourse", "the\\s+(?:(?<latest>latest|most\\s+recent|just[-\\s]ended|recent)\\s+)?(?:fiscal\\s+)?(?<u>quarter|period)",
        (t, m) -> !nextWord(t, m.end()).equalsIgnoreCase("of") && !t.substring(m.start(), m.end()).endsWith("Quarter")
            && (m.group("latest") != null || lower(m.group("u")).equals("quarter")),
        (m, r) -> date(m.group("latest") != null ? Relative.anchored(-1, Grain.QUARTER).resolve(r) : r.discourse(Grain.QUARTER),
            Grain.QUARTER));
    rule("quarter-of-named-year", "(?:(?:the\\s+)?(?<y>" + YEAR4 + ")|(?<yrel>this|last|next)\\s+year's)\\s+(?:(?:fiscal\\s+)?" + QUARTER_ORD
            + "[\\s-]+)?(?:fiscal\\s+)?(?<u>quarter|period)",
        (m, r) -> {
          TimePoint y = group(m, "y") != null ? TimePoint.year(year(m.group("y"))) : Relative.of(m.group("yrel"), Grain.YEAR).resolve(r);
          if (y == null) return Resolution.ref("DATE", group(m, "q") == null ? "XXXX-QX" : "XXXX-Q" + quarterIndex(m.group("q")));
          int q;
          if (group(m, "q") != null) {
            q = quarterIndex(m.group("q"));
          } else {
            TimePoint d = r.discourse(Grain.QUARTER);
            if (d == null) return date(y);
            q = (d.start().getMonthValue() - 1) / 3 + 1;
          }
          return date(TimePoint.quarter(y.year(), q));
        });
    rule("quarter-relative", "(?<rel>this|last|next|the\\s+last|the\\s+past|the\\s+previous|the\\s+following|the\\s+current|the\\s+coming|the\\s+same|the\\s+next|that)\\s+quarter",
        (m, r) -> date(Relative.of(m.group("rel"), Grain.QUARTER).resolve(r), Grain.QUARTER));
    rule("half-of-year", "(?:the\\s+)?(?<h>first|second|latter|last|1st|2nd)\\s+half\\s*(?:(?:of|in)\\s+)?,?\\s*" + YEAR_PHRASE,
        (m, r) -> {
          TimePoint y = yearOf(m, r);
          int h = lower(m.group("h")).equals("last") ? 2 : Lexicon.ordinal(m.group("h")); // "the last half of 1989"
          return y == null ? Resolution.ref("DATE", "XXXX-H" + h) : date(TimePoint.half(y.year(), h));
        });
    rule("half-code", "(?:H(?<h>[12])\\s*[-/]?\\s*'?(?<y>" + YEAR4 + "))|(?:(?<y2>" + YEAR4 + ")\\s*[-/]?\\s*H(?<h2>[12]))",
        (m, r) -> {
          int y = year(m.group("y") != null ? m.group("y") : m.group("y2"));
          int h = Integer.parseInt(m.group("h") != null ? m.group("h") : m.group("h2"));
          return date(TimePoint.half(y, h));
        });
    rule("half", "(?:the\\s+)?" + HALF_ORD + "\\s+half|H(?<hh>[12])",
        (t, m) -> !nextWord(t, m.end()).equalsIgnoreCase("of"),
        (m, r) -> {
          int h = m.group("hh") != null ? Integer.parseInt(m.group("hh")) : Lexicon.ordinal(m.group("h"));
          return r.partOfYear(Grain.HALF, h, "XXXX-H" + h);
        });
    rule("season", "(?:(?<rel>this|last|next|the|early|late|mid|the\\s+following|the\\s+previous|the\\s+coming|the\\s+past|the\\s+same)[\\s-]+)?"
            + "(?<s>spring|summer|autumn|fall|winter)(?:\\s*(?:of\\s+)?(?<y>" + YEAR4 + ")|\\s+of\\s+(?<sy>" + Lexicon.SPELLED_YEAR + "))?",
        (t, m) -> m.group("rel") != null || m.group("y") != null || m.group("sy") != null
            || (!lower(m.group("s")).equals("fall") && Set.of("in", "during", "this", "by", "until", "since")
                .contains(previousWord(t, m.start()).toLowerCase(Locale.ROOT))),
        (m, r) -> {
          String s = lower(m.group("s"));
          int idx = switch (s) {
            case "spring" -> 0;
            case "summer" -> 1;
            case "winter" -> 3;
            default -> 2;
          };
          String rel = lower(m.group("rel"));
          String mod = rel == null ? null : modOf(rel);
          Result res;
          Integer spelled = m.group("sy") == null ? null : Lexicon.spelledYear(m.group("sy"));
          if (m.group("y") != null || spelled != null) {
            res = date(TimePoint.season(spelled != null ? spelled : year(m.group("y")), idx));
          } else if (rel != null && !rel.equals("the") && Relative.isRelativeWord(rel)) {
            TimePoint p = Relative.of(rel, Grain.SEASON).occurrence(r, Grain.SEASON, y -> TimePoint.season(y, idx));
            if (p == null) return Resolution.ref("DATE", "XXXX-" + new String[] {"SP", "SU", "FA", "WI"}[idx]);
            res = date(p);
          } else {
            res = r.partOfYear(Grain.SEASON, idx, "XXXX-" + new String[] {"SP", "SU", "FA", "WI"}[idx]);
          }
          return mod == null ? res : res.withMod(mod);
        });

    // ------------------------------------------------------------ days relative to the anchor
    rule("today", "(?<w>today|tonight|yesterday|tomorrow|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)"
            + "(?:\\s+(?<pod>morning|afternoon|evening|night))?",
        // "today's youth", "today's computers": the present era, not the day
        (t, m) -> !(lower(m.group("w")).equals("today") && m.group("pod") == null && t.startsWith("'s", m.end())
            && !Set.of("meeting", "vote", "talks", "session", "announcement", "decision", "deadline", "game", "match",
                "trading", "election", "hearing", "summit", "ruling", "statement", "rally", "attack")
                .contains(nextWord(t, m.end() + 2).toLowerCase(Locale.ROOT))),
        (m, r) -> {
          String w = lower(m.group("w"));
          int off = switch (w) {
            case "yesterday" -> -1;
            case "tomorrow" -> 1;
            case "the day before yesterday" -> -2;
            case "the day after tomorrow" -> 2;
            default -> 0;
          };
          TimePoint p = Relative.anchored(off, Grain.DAY).resolve(r);
          String pod = w.equals("tonight") ? "night" : lower(m.group("pod"));
          return withPartOfDay(p, pod);
        });
    rule("today-edge", "(?<w>earlier|later)\\s+(?:today|this\\s+(?<u>week|month|year|decade|quarter))",
        (m, r) -> {
          Grain g = m.group("u") == null ? Grain.DAY : unitGrain(unitCode(m.group("u")));
          return date(Relative.anchored(0, g).resolve(r), g);
        });
    rule("part-of-day", "(?<rel>this|last|yesterday|tomorrow)\\s+(?<pod>morning|afternoon|evening|night)",
        (m, r) -> {
          String rel = lower(m.group("rel"));
          int off = rel.equals("last") || rel.equals("yesterday") ? -1 : rel.equals("tomorrow") ? 1 : 0;
          return withPartOfDay(Relative.anchored(off, Grain.DAY).resolve(r), lower(m.group("pod")));
        });
    rule("weekday-date", "(?<wd>" + WEEKDAY + ")\\s*,?\\s+(?<mo>" + MONTH + ")\\s*(?<d>" + DAY_NUM + ")(?:\\s*,\\s*(?<y>" + YEAR4 + "))?",
        (m, r) -> {
          int mo = Lexicon.month(m.group("mo"));
          int d = Lexicon.dayNumber(m.group("d"));
          if (m.group("y") != null) {
            LocalDate day = Resolution.dayOrNull(year(m.group("y")), mo, d);
            return day == null ? null : date(new TimePoint(day, Grain.DAY));
          }
          return r.monthDay(mo, d);
        });
    rule("the-weekend", "(?:the|this\\s+past)\\s+weekend",
        (m, r) -> r.weekend(lower(m.group()).startsWith("this past")));
    rule("weekday", "(?:(?<rel>last|next|this|past|coming)\\s+)?(?<wd>" + WEEKDAY + ")(?:\\s*,?\\s*(?<pod>morning|afternoon|evening|night))?",
        (m, r) -> {
          int dow = Lexicon.weekday(m.group("wd"));
          // "Wednesday's ruling", "as of Friday's close": a possessive weekday names what has happened
          boolean possessive = m.group("rel") == null && m.group("pod") == null
              && (r.text.startsWith("'s", m.end()) || r.text.startsWith("\u2019s", m.end()));
          Result d = possessive ? r.weekdayOnOrBefore(dow) : r.weekday(dow, lower(m.group("rel")));
          if (m.group("pod") == null) return d;
          if (d.point() == null) return new Result("TIME", d.value() + "T" + podCode(lower(m.group("pod"))), null, null);
          return withPartOfDay(d.point(), lower(m.group("pod")));
        });

    // ------------------------------------------------------------ relative to the last mentioned date
    rule("day-after", "(?<rel>the\\s+next|the\\s+following|the\\s+previous|the\\s+same|that|the\\s+prior)\\s+(?<u>day|morning|evening|night|afternoon)",
        (m, r) -> {
          TimePoint p = Relative.of(m.group("rel"), Grain.DAY).resolve(r);
          String u = lower(m.group("u"));
          return u.equals("day") ? date(p, Grain.DAY) : withPartOfDay(p, u);
        });
    rule("day-before", "the\\s+(?<u>day|week|month|year)\\s+(?<rel>before|after|earlier|later|previous|prior)",
        // "the day before authorities issued a warrant", "the day before the plunge": before an event
        // the text names, not before the date last mentioned
        (t, m) -> !Set.of("before", "after").contains(lower(m.group("rel")))
            || !nextWord(t, m.end()).matches("[\\p{L}\\p{N}].*"),
        (m, r) -> {
          Grain g = unitGrain(unitCode(m.group("u")));
          String rel = lower(m.group("rel"));
          int off = rel.equals("after") || rel.equals("later") ? 1 : -1;
          return date(Relative.referenced(off, g).resolve(r), g);
        });
    rule("unit-relative", "(?<rel>this|last|next|past|previous|coming|current|the\\s+following|the\\s+previous|the\\s+past"
            + "|the\\s+coming|the\\s+next|the\\s+same|the\\s+last|the\\s+current|that|the\\s+prior)\\s+(?<u>week|month|year|weekend|decade|century)",
        (m, r) -> {
          String rel = lower(m.group("rel"));
          String code = unitCode(m.group("u"));
          if ((rel.equals("the past") || rel.equals("past")) && (code.equals("DE") || code.equals("CE"))) {
            return new Result("DURATION", duration("1", code), null, null); // "over the past decade": a period
          }
          Grain g = unitGrain(code);
          return date(Relative.of(rel, g).resolve(r), g);
        });
    rule("ago", "(?<n>" + NUMBER + "|" + VAGUE + ")\\s+" + UNIT + "\\s+(?<dir>ago|earlier|later|from\\s+now|hence)",
        (m, r) -> {
          String dir = lower(m.group("dir"));
          String code = unitCode(m.group("u"));
          Grain g = unitGrain(code);
          String n = Lexicon.number(m.group("n"));
          boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("before") || dir.equals("prior");
          if (n == null || g == null || n.contains(".")) {
            if (g == null) return null;
            return Resolution.ref("DATE", back ? "PAST_REF" : "FUTURE_REF");
          }
          if (n.length() > 6) return null; // not a calendar distance
          long k = Long.parseLong(n) * (back ? -1 : 1);
          if (code.equals("DE")) { k *= 10; g = Grain.YEAR; }
          if (code.equals("CE")) { k *= 100; g = Grain.YEAR; }
          boolean fromAnchor = dir.equals("ago") || dir.equals("from now") || dir.equals("hence");
          Relative rel = fromAnchor ? Relative.anchored(k, g) : Relative.referenced(k, g);
          if (g == Grain.YEAR && k < 0 && r.mentioned(Grain.QUARTER) != null) {
            // "up from $3 a year earlier" after "the third quarter": the same quarter a year before
            TimePoint q = r.discourse(Grain.QUARTER);
            return date(q.plus(k, Grain.YEAR)).asComparison();
          }
          Result res = date(rel.resolve(r), g);
          return g == Grain.YEAR && k < 0 ? res.asComparison() : res;
        });

    // ------------------------------------------------------------ sets
    rule("set-every", "(?:every|each|per)\\s+(?<u>day|week|month|year|quarter|morning|evening|night|hour|minute|" + WEEKDAY
            + "|" + MONTH_FULL + "|spring|summer|autumn|fall|winter)",
        (m, r) -> setOf(m.group("u")));
    rule("set-times", "(?:once|twice|three\\s+times|four\\s+times|\\d+\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<u>day|week|month|year|quarter|hour|minute)",
        (m, r) -> setOf(m.group("u")));
    rule("set-rate", "(?:a|per)\\s+(?<u>day|week|month|year)",
        (t, m) -> {
          String prev = previousWord(t, m.start()).toLowerCase(Locale.ROOT);
          char c = previousChar(t, m.start());
          return Character.isDigit(c) || Set.of("million", "billion", "thousand", "hundred", "dollars", "euros",
              "pounds", "times", "people", "units", "flights", "aircraft", "planes").contains(prev)
              || Lexicon.number(prev.isEmpty() ? "x" : prev) != null && !prev.equals("a") && !prev.equals("an");
        },
        (m, r) -> setOf(m.group("u")));
    rule("set-adverb", "(?<w>daily|weekly|monthly|annually|yearly|annual|biannual|hourly|nightly)",
        (m, r) -> {
          String w = lower(m.group("w"));
          String v = switch (w) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "monthly" -> "P1M";
            case "quarterly" -> "P3M";
            case "annual" -> "P1Y";
            case "hourly" -> "PT1H";
            case "biannual" -> "P6M";
            default -> "P1Y";
          };
          // "annual sales" is a one-year period; "annually", "yearly", "daily" ... recur
          return new Result(w.equals("annual") ? "DURATION" : "SET", v, null, null);
        });

    // ------------------------------------------------------------ durations
    rule("duration", "(?:the\\s+(?<lead>past|last|next|previous|first|coming|following|final|remaining)\\s+)?(?<n>" + NUMBER + ")[\\s-]+" + UNIT
            + "(?<half>\\s+and\\s+a\\s+half)?(?:[\\s-]+(?<tail>long|old))?",
        Rules::plausibleDuration,
        (m, r) -> {
          // "a minute and a half" is the number and a half
          String n = Lexicon.number(m.group("n") + (m.group("half") != null ? " and a half" : ""));
          return new Result("DURATION", duration(n, unitCode(m.group("u"))), null, null);
        });
    rule("duration-vague", "(?:(?:the\\s+)?(?:past|last|next|coming|first)\\s+)?(?<n>" + VAGUE + ")\\s+" + UNIT,
        (m, r) -> m.group("u").toLowerCase(Locale.ROOT).endsWith("s") || m.group("u").toLowerCase(Locale.ROOT).endsWith("ies")
            ? new Result("DURATION", duration(null, unitCode(m.group("u"))), null, null) : null);
    rule("duration-plural", "(?:(?<lead>over\\s+the|recent|the\\s+past|the\\s+last|the\\s+coming|the\\s+next|over)\\s+)"
            + "(?<u>years|months|weeks|days|decades|centuries|hours)|(?<u2>decades|years)(?:-long)"
            + "|(?<=\\bfor\\s)(?<u3>years|months|weeks|decades|hours)",
        (m, r) -> {
          String u = m.group("u") != null ? m.group("u") : m.group("u2") != null ? m.group("u2") : m.group("u3");
          return new Result("DURATION", duration(null, unitCode(u)), null, null);
        });
    rule("duration-unit", "(?<u>decades|centuries)", (m, r) -> new Result("DURATION", duration(null, unitCode(m.group("u"))), null, null));

    // ------------------------------------------------------------ times of day
    rule("clock-ampm", "(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>a\\.\\s?m\\.|p\\.\\s?m\\.|am|pm|a\\.m|p\\.m)"
            + "(?:\\s*\\(?(?<tz>UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST)(?:\\s*[+-]\\s*\\d{1,2})?\\)?)?"
            + CLOCK_DAY,
        (m, r) -> {
          int h = Integer.parseInt(m.group("h"));
          boolean pm = lower(m.group("ap")).startsWith("p");
          if (pm && h < 12) h += 12;
          if (!pm && h == 12) h = 0;
          return clock(m, r, h, m.group("mi") == null ? 0 : Integer.parseInt(m.group("mi")));
        });
    rule("clock-24h", "(?<h>[01]?\\d|2[0-3])[:.](?<mi>[0-5]\\d)(?:\\s*\\(?(?<tz>UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST)\\)?|\\s*(?<hrs>hours|hrs|h))?"
            + CLOCK_DAY,
        (t, m) -> (m.group("tz") != null || m.group("hrs") != null || t.charAt(m.start() + m.group("h").length()) == ':')
            && !Character.isDigit(previousChar(t, m.start())),
        (m, r) -> clock(m, r, Integer.parseInt(m.group("h")), Integer.parseInt(m.group("mi"))));
    rule("noon", "(?<w>noon|midday|midnight)(?:\\s+(?:on\\s+)?(?<wd>" + WEEKDAY + ")|\\s+(?<td>today|yesterday|tomorrow))?", (m, r) -> {
      TimePoint d;
      if (m.group("wd") != null) {
        d = r.weekday(Lexicon.weekday(m.group("wd")), null).point();
      } else if (m.group("td") != null) {
        String td = lower(m.group("td"));
        d = Relative.anchored(td.equals("yesterday") ? -1 : td.equals("tomorrow") ? 1 : 0, Grain.DAY).resolve(r);
      } else {
        d = r.reference(Grain.DAY);
      }
      String hm = lower(m.group("w")).equals("midnight") ? "T24:00" : "T12:00";
      return new Result("TIME", (d == null ? TimePoint.unknown(Grain.DAY) : d.value()) + hm, null, d);
    });

    // ------------------------------------------------------------ present, past, future
    rule("present-ref", "(?<w>now|right\\s+now|currently|nowadays|at\\s+present|these\\s+days|the\\s+present|(?<=\\bat\\s)the\\s+moment|at\\s+this\\s+time)",
        (m, r) -> Resolution.ref("DATE", "PRESENT_REF"));
    rule("past-ref", "(?<w>(?:more\\s+|most\\s+|very\\s+|only\\s+)?recently|lately|the\\s+past|recent\\s+times)",
        (t, m) -> {
          String nw = nextWord(t, m.end()).toLowerCase(Locale.ROOT);
          return !(lower(m.group("w")).endsWith("past") && (Lexicon.number(nw) != null || nw.matches("\\d+|few|several|year|month|week|decade|day|years|months|weeks|decades|days")));
        },
        (m, r) -> {
          String w = lower(m.group("w"));
          return Resolution.ref("DATE", "PAST_REF");
        });
    // "in coming months", "future quarters", "in past years": an unnumbered stretch ahead or behind
    rule("ref-plural", "(?<w>coming|future|past)\\s+(?<u>years|months|weeks|quarters|days|decades)",
        (m, r) -> Resolution.ref("DATE", lower(m.group("w")).equals("past") ? "PAST_REF" : "FUTURE_REF"));
    rule("future-ref", "(?<w>the\\s+future|the\\s+near\\s+future|the\\s+long\\s+term|the\\s+short\\s+term|the\\s+near\\s+term|(?:very|quite|too)\\s+soon|the\\s+years\\s+to\\s+come)",
        (m, r) -> Resolution.ref("DATE", "FUTURE_REF"));

    ALL = List.copyOf(TABLE);
  }

  private static boolean plausibleDuration(String text, Matcher m) {
    String n = lower(m.group("n"));
    String u = lower(m.group("u"));
    if ("old".equals(lower(group(m, "tail")))) {
      return false; // an age ("a 6-year-old", "52 years old") describes a person, not a time
    }
    if ((n.equals("a") || n.equals("an") || n.equals("one")) && u.startsWith("second")) {
      return false; // "a second plant"
    }
    if ((n.equals("a") || n.equals("an")) && (u.equals("quarter") || u.equals("night"))) {
      return false; // "a quarter of the staff"
    }
    if (u.equals("second") && !n.matches("\\d.*")) {
      return false;
    }
    if (u.startsWith("quarter") && nextWord(text, m.end()).equalsIgnoreCase("of")
        && !nextWord(text, skipBlanks(text, m.end()) + "of".length()).matches("(?i)\\d{4}|the|this|last|next|fiscal")) {
      return false; // "three-quarters of its food", "two quarters of the market": a fraction
    }
    return true;
  }

  /** The index of the first character at or after {@code from} that is not a space or tab. */
  private static int skipBlanks(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
    return i;
  }

  private static Result setOf(String unit) {
    String u = lower(unit);
    String v;
    if (u.matches("monday|tuesday|wednesday|thursday|friday|saturday|sunday")) {
      v = "XXXX-WXX-" + Lexicon.weekday(u);
    } else if (u.equals("morning") || u.equals("evening") || u.equals("night")) {
      v = "XXXX-XX-XXT" + podCode(u);
    } else if (u.matches("spring|summer|autumn|fall|winter")) {
      v = "XXXX-" + switch (u) { case "spring" -> "SP"; case "summer" -> "SU"; case "winter" -> "WI"; default -> "FA"; };
    } else if (!u.matches("day|week|month|year|quarter|hour|minute")) {
      v = String.format("XXXX-%02d", Lexicon.month(u)); // "each July"
    } else {
      v = duration("1", unitCode(u));
    }
    return new Result("SET", v, null, null);
  }

  static String podCode(String pod) {
    return switch (pod) {
      case "morning" -> "MO";
      case "afternoon" -> "AF";
      case "evening" -> "EV";
      case "night" -> "NI";
      default -> throw new IllegalArgumentException(pod);
    };
  }

  private static Result withPartOfDay(TimePoint day, String pod) {
    if (pod == null) {
      return date(day, Grain.DAY);
    }
    String d = day == null ? TimePoint.unknown(Grain.DAY) : day.value();
    return new Result("TIME", d + "T" + podCode(pod), null, day);
  }

  private static Result clock(Matcher m, Resolution r, int h, int mi) {
    TimePoint day;
    if (m.group("wd") != null) {
      Result d = r.weekday(Lexicon.weekday(m.group("wd")), null);
      day = d.point();
    } else if (m.group("cmo") != null) {
      if (m.group("cy") != null) {
        LocalDate d = Resolution.dayOrNull(year(m.group("cy")), Lexicon.month(m.group("cmo")), Lexicon.dayNumber(m.group("cd")));
        day = d == null ? null : new TimePoint(d, Grain.DAY);
      } else {
        Result d = r.monthDay(Lexicon.month(m.group("cmo")), Lexicon.dayNumber(m.group("cd")));
        day = d == null ? null : d.point();
      }
    } else if (m.group("td") != null) {
      String td = lower(m.group("td"));
      day = Relative.anchored(td.equals("yesterday") ? -1 : td.equals("tomorrow") ? 1 : 0, Grain.DAY).resolve(r);
    } else {
      day = r.reference(Grain.DAY);
    }
    String tz = m.group("tz");
    String z = tz != null && (tz.equalsIgnoreCase("UTC") || tz.equalsIgnoreCase("GMT")) ? "Z" : "";
    String v = (day == null ? TimePoint.unknown(Grain.DAY) : day.value()) + String.format("T%02d:%02d", h, mi) + z;
    return new Result("TIME", v, null, day);
  }
}
