package org.attest.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.model.Span;
import org.attest.time.Resolution.Result;
import org.attest.time.Rules.Rule;

/**
 * Finds and normalizes time expressions in English news text. Deterministic: the only date it
 * knows is the anchor it is given (the publication date), never the wall clock. Thread-safe.
 *
 * <p>Three steps: every rule of {@link Rules} proposes matches; overlaps are resolved (longest
 * first, then rule order); the survivors are interpreted in text order, each against the anchor,
 * the last date mentioned before it and the tense of its sentence. A modifier before an
 * expression ("about", "more than", "by") then sets its {@code mod}; see docs/time.md.
 */
public final class TimeNormalizer {

  public TimeNormalizer() {}

  private record Candidate(int rule, int begin, int end) {
    int length() {
      return end - begin;
    }
  }

  /**
   * All time expressions in {@code text}, in text order, not overlapping.
   *
   * @param anchor the document's publication date, or null when unknown (relative expressions then
   *     keep {@code X} digits)
   */
  public List<Timex> annotate(String text, LocalDate anchor) {
    Objects.requireNonNull(text, "text");
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < Rules.ALL.size(); i++) {
      Rule rule = Rules.ALL.get(i);
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        if (m.end() > m.start() && rule.guard().accept(text, m)) {
          candidates.add(new Candidate(i, m.start(), m.end()));
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt(Candidate::length).reversed()
            .thenComparingInt(Candidate::rule)
            .thenComparingInt(Candidate::begin));
    BitSet taken = new BitSet(text.length());
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      if (taken.get(c.begin(), c.end()).isEmpty()) {
        taken.set(c.begin(), c.end());
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(Candidate::begin));

    List<Timex> out = new ArrayList<>();
    TimePoint reference = null;
    java.util.EnumMap<TimePoint.Grain, TimePoint> mentioned = new java.util.EnumMap<>(TimePoint.Grain.class);
    int previousEnd = 0;
    for (Candidate c : chosen) {
      Rule rule = Rules.ALL.get(c.rule());
      Matcher m = rule.pattern().matcher(text);
      if (!m.find(c.begin()) || m.start() != c.begin() || m.end() != c.end()) {
        continue; // cannot happen: the same pattern on the same text finds the same match
      }
      Result r = rule.interpreter().apply(m, new Resolution(text, anchor, reference, java.util.Collections.unmodifiableMap(mentioned), c.begin(), c.end()));
      if (r == null) {
        continue;
      }
      int begin = c.begin();
      String mod = r.mod();
      Modifier pre = Modifier.before(text, begin, previousEnd, r.type(), text.substring(begin, c.end()));
      if (pre != null) {
        if (pre.inSpan()) {
          begin = pre.begin();
        }
        if (mod == null) {
          mod = pre.mod();
        }
      }
      out.add(new Timex(Span.of(begin, c.end()), text.substring(begin, c.end()), r.type(), r.value(), mod));
      previousEnd = c.end();
      if (r.point() != null && !r.comparison() && (r.type().equals("DATE") || r.type().equals("TIME"))) {
        reference = r.point();
        mentioned.put(r.point().grain(), r.point());
      }
    }
    return List.copyOf(out);
  }

  /** A word before an expression that qualifies it: "about two years", "more than a year", "by 2025". */
  private record Modifier(int begin, String mod, boolean inSpan) {

    private static final Pattern BEFORE =
        Pattern.compile(
            "(?<![\\p{L}])(about|around|approximately|roughly|some|nearly|almost|more\\s+than|over|less\\s+than|under"
                + "|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|no\\s+less\\s+than|just\\s+over|just\\s+under"
                + "|by|no\\s+later\\s+than|not\\s+later\\s+than|before|after|no\\s+earlier\\s+than|not\\s+before)\\s+$",
            Pattern.CASE_INSENSITIVE);

    static Modifier before(String text, int begin, int floor, String type, String expression) {
      int from = Math.max(floor, begin - 24);
      Matcher m = BEFORE.matcher(text).region(from, begin);
      m.useTransparentBounds(true);
      if (!m.find()) {
        return null;
      }
      String w = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      boolean duration = type.equals("DURATION");
      // "over the past decade" is a period, not "more than": only a bare amount takes these
      boolean amount = !expression.regionMatches(true, 0, "the ", 0, 4);
      if (!amount && (w.equals("over") || w.equals("under") || w.equals("some") || w.equals("just over")
          || w.equals("just under"))) {
        return null;
      }
      return switch (w) {
        case "about", "around", "approximately", "roughly" -> new Modifier(m.start(1), "APPROX", true);
        case "some" -> duration ? new Modifier(m.start(1), "APPROX", true) : null;
        case "nearly", "almost", "less than", "under", "just under" ->
            duration ? new Modifier(m.start(1), "LESS_THAN", true) : null;
        case "more than", "over", "just over" -> duration ? new Modifier(m.start(1), "MORE_THAN", true) : null;
        case "at least", "no less than" -> duration ? new Modifier(m.start(1), "EQUAL_OR_MORE", true) : null;
        case "at most", "up to", "no more than" -> duration ? new Modifier(m.start(1), "EQUAL_OR_LESS", true) : null;
        case "by", "no later than", "not later than" -> duration ? null : new Modifier(m.start(1), "ON_OR_BEFORE", false);
        case "before" -> duration ? null : new Modifier(m.start(1), "BEFORE", false);
        case "after" -> duration ? null : new Modifier(m.start(1), "AFTER", false);
        case "no earlier than", "not before" -> duration ? null : new Modifier(m.start(1), "ON_OR_AFTER", false);
        default -> null;
      };
    }
  }
}
