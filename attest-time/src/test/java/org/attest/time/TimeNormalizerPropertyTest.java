package org.attest.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The normalizer reads no clock: its output is a function of (text, anchor) alone. Shown by
 * running the same documents repeatedly, in shuffled order, from several threads and under other
 * default time zones and locales, and comparing the outputs.
 */
class TimeNormalizerPropertyTest {

  private static final List<String> SENTENCES = List.of(
      "Sales fell in January.", "The plant will open in March.", "They met on Tuesday.",
      "It happened two weeks ago.", "Profit rose in the first half of the year.", "Q1 2025 was weak.",
      "The next day it was approved.", "The following month prices rose.", "Earlier this year, it grew.",
      "It opened yesterday.", "It opens next year.", "By October 2024 it must be done.",
      "It was built in late 2024.", "About two years ago it began.", "It took more than two years.",
      "They meet every week.", "It is open now.", "It recently opened.", "In the future it will grow.",
      "The fire started last night at 5 p.m.", "It rose in the fourth quarter.", "This summer was hot.",
      "It lasted twenty-one months.", "Music of the 1990s.", "May I ask why?", "It cut 2,000 jobs.",
      "On June 18 it rained.", "The 2008 model year.", "It will launch on Monday morning.", "");

  @Provide
  Arbitrary<Doc> docs() {
    Arbitrary<String> text = Arbitraries.of(SENTENCES).list().ofMinSize(1).ofMaxSize(8).map(l -> String.join(" ", l));
    Arbitrary<LocalDate> anchor = Arbitraries.oneOf(
        Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2035, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay),
        Arbitraries.just(null));
    return Combinators.combine(text, anchor).as(Doc::new);
  }

  @Provide
  Arbitrary<List<Doc>> docLists() {
    return docs().list().ofMinSize(1).ofMaxSize(12);
  }

  record Doc(String text, LocalDate anchor) {}

  @Property(tries = 60)
  void outputDependsOnlyOnTextAndAnchor(@ForAll("docLists") List<Doc> docs, @ForAll long seed)
      throws Exception {
    TimeNormalizer shared = new TimeNormalizer();
    List<List<Timex>> first = new ArrayList<>();
    for (Doc d : docs) {
      first.add(shared.annotate(d.text(), d.anchor()));
    }
    // shuffled order, a fresh instance
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) order.add(i);
    Collections.shuffle(order, new Random(seed));
    TimeNormalizer fresh = new TimeNormalizer();
    for (int i : order) {
      assertThat(fresh.annotate(docs.get(i).text(), docs.get(i).anchor())).isEqualTo(first.get(i));
    }
    // another time zone and locale
    TimeZone tz = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone(new Random(seed).nextBoolean() ? "Pacific/Kiritimati" : "Etc/GMT+12"));
      Locale.setDefault(new Random(seed).nextBoolean() ? Locale.forLanguageTag("tr-TR") : Locale.JAPAN);
      for (int i : order) {
        assertThat(shared.annotate(docs.get(i).text(), docs.get(i).anchor())).isEqualTo(first.get(i));
      }
    } finally {
      TimeZone.setDefault(tz);
      Locale.setDefault(locale);
    }
    // concurrently
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<List<Timex>>> futures = new ArrayList<>();
      for (int i : order) {
        Doc d = docs.get(i);
        futures.add(pool.submit(() -> shared.annotate(d.text(), d.anchor())));
      }
      for (int k = 0; k < order.size(); k++) {
        assertThat(futures.get(k).get()).isEqualTo(first.get(order.get(k)));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Property(tries = 200)
  void spansAreOrderedDisjointAndMatchTheText(@ForAll("docs") Doc d) {
    List<Timex> all = new TimeNormalizer().annotate(d.text(), d.anchor());
    int end = 0;
    for (Timex t : all) {
      assertThat(t.span().begin()).isGreaterThanOrEqualTo(end);
      assertThat(t.span().of(d.text())).isEqualTo(t.text());
      assertThat(t.type()).isIn("DATE", "TIME", "DURATION", "SET");
      assertThat(t.value()).isNotBlank();
      end = t.span().end();
    }
  }

  private static final List<String> WORDS = List.of(
      "the", "a", "in", "on", "by", "last", "next", "this", "following", "previous", "same", "early", "late",
      "mid-", "about", "more", "than", "ago", "later", "earlier", "from", "now", "year", "years", "month",
      "months", "week", "day", "days", "quarter", "half", "first", "fourth", "of", "May", "March", "June",
      "Monday", "spring", "fall", "decade", "century", "21st", "1990s", "'70s", "Q3", "H2", "FY", "fiscal",
      "every", "twice", "per", "p.m.", "UTC", "noon", "today", "yesterday", ",", ".", "\n", "-", "/", ":",
      "twenty-one", "and", "half", "will", "was", "said", "2,000", "$", "%", "effective", "ended", "year-end",
      "coming", "future", "full");

  @Provide
  Arbitrary<String> noise() {
    Arbitrary<String> number = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 40).map(String::valueOf),
        Arbitraries.integers().between(1000, 2099).map(String::valueOf),
        Arbitraries.longs().between(0, Long.MAX_VALUE).map(String::valueOf),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30));
    return Arbitraries.oneOf(Arbitraries.of(WORDS), number).list().ofMaxSize(25).map(l -> String.join(" ", l));
  }

  /** Odd input (huge numbers, invalid dates, stray punctuation) never throws and keeps the invariants. */
  @Property(tries = 500)
  void noiseNeverBreaksIt(@ForAll("noise") String text, @ForAll("docs") Doc anchorSource) {
    List<Timex> all = new TimeNormalizer().annotate(text, anchorSource.anchor());
    int end = 0;
    for (Timex t : all) {
      assertThat(t.span().begin()).isGreaterThanOrEqualTo(end);
      assertThat(t.span().of(text)).isEqualTo(t.text());
      assertThat(t.value()).isNotBlank();
      end = t.span().end();
    }
  }

  /** Sentences whose time expressions are all relative: none names a year, so none can be dated without an anchor. */
  private static final List<String> RELATIVE = List.of(
      "Sales fell in January.", "The plant will open in March.", "They met on Tuesday.", "It happened two weeks ago.",
      "Profit rose in the first half of the year.", "The next day it was approved.", "The following month prices rose.",
      "Earlier this year, it grew.", "It opened yesterday.", "It opens next year.", "It was built in late spring.",
      "About two years ago it began.", "Profit fell in the past quarter.", "Profit fell in the last quarter.",
      "Sales rose from the year-ago quarter.", "Sales rose from the same period last year.", "It fell a year earlier.",
      "They met over the weekend.", "They met on Thanksgiving Day.", "It was signed Friday, Oct. 23.",
      "It opens at noon Thursday.", "It closed this morning.", "The fire started last night.", "It rose in the fourth quarter.",
      "This summer was hot.", "On June 18 it rained.", "It will launch on Monday morning.", "It ended the week before.",
      "It opened last spring.", "Net income rose in the latest quarter.", "It opened later this year.",
      "It happened three days later.", "It opens the day after tomorrow.", "They met last Thanksgiving.",
      "Shares rose early this week.", "It was paid Dec. 15.", "It opened in this year's third quarter.",
      "They appealed against Wednesday's ruling.", "It declared a dividend payable Jan. 2.",
      "It agreed to acquire the bank in January.", "It was the largest rally since early December, when he said it would grow.");

  @Provide
  Arbitrary<String> relativeTexts() {
    return Arbitraries.of(RELATIVE).list().ofMinSize(1).ofMaxSize(8).map(l -> String.join(" ", l));
  }

  /**
   * No value without an anchor: where every expression is relative, a DATE or TIME keeps X digits
   * (or is a PAST/PRESENT/FUTURE reference) instead of a calendar date — whatever the rule.
   */
  @Property(tries = 300)
  void withoutAnAnchorRelativeValuesKeepX(@ForAll("relativeTexts") String text) {
    List<Timex> all = new TimeNormalizer().annotate(text, null);
    assertThat(all).isNotEmpty();
    for (Timex t : all) {
      if (t.type().equals("DATE") || t.type().equals("TIME")) {
        assertThat(t.value()).as("%s in: %s", t.text(), text).satisfiesAnyOf(
            v -> assertThat(v).contains("X"), v -> assertThat(v).endsWith("_REF"));
        assertThat(t.value()).as("%s in: %s", t.text(), text).doesNotContainPattern("^\\d{2}");
      }
    }
  }

  /** The same texts with an anchor are dated: the X placeholders above come from the missing anchor alone. */
  @Property(tries = 100)
  void withAnAnchorTheyAreDated(@ForAll("relativeTexts") String text, @ForAll("docs") Doc d) {
    LocalDate anchor = d.anchor() == null ? LocalDate.of(2011, 10, 3) : d.anchor();
    for (Timex t : new TimeNormalizer().annotate(text, anchor)) {
      if (t.type().equals("DATE") && !t.value().endsWith("_REF")) {
        assertThat(t.value()).as("%s in: %s", t.text(), text).doesNotContain("X");
      }
    }
  }
}
