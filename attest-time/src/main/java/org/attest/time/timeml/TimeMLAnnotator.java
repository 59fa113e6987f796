package org.attest.time.timeml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attest.model.Span;
import org.attest.time.TimeNormalizer;
import org.attest.time.Timex;

/** Tags a TimeML document's TEXT with a time tagger (ours or another engine) and writes it back. */
public final class TimeMLAnnotator {

  /** Anything that finds TIMEX3 expressions in text given a document creation date. */
  @FunctionalInterface
  public interface Tagger {
    List<Timex> annotate(String text, LocalDate anchor);
  }

  private final Tagger tagger;

  public TimeMLAnnotator(Tagger tagger) {
    this.tagger = tagger;
  }

  /** Our normalizer. */
  public static TimeMLAnnotator attest() {
    TimeNormalizer n = new TimeNormalizer();
    return new TimeMLAnnotator(n::annotate);
  }

  /** The timexes of {@code doc}'s TEXT, in plain-text offsets; those crossing markup are dropped. */
  public List<Timex> tag(TimeMLDocument doc) {
    TimeMLDocument.TaggingView view = doc.taggingView();
    LocalDate anchor = doc.dct() != null ? doc.dct() : dateline(view.text());
    List<Timex> out = new ArrayList<>();
    int lastEnd = 0;
    for (Timex t : tagger.annotate(view.text(), anchor)) {
      int[] p = view.toPlain(t.span().begin(), t.span().end());
      if (p == null || p[0] < lastEnd) {
        continue;
      }
      out.add(new Timex(Span.of(p[0], p[1]), doc.text().substring(p[0], p[1]), t.type(), t.value(), t.mod()));
      lastEnd = p[1];
    }
    return out;
  }

  /**
   * Without a creation time, news carries its date on a dateline: the first full date (year, month
   * and day) in the first three lines, read by our normalizer whatever the tagger. Null if none.
   */
  static LocalDate dateline(String text) {
    int cut = 0;
    for (int i = 0; i < 3 && cut >= 0; i++) {
      cut = text.indexOf('\n', cut + 1);
    }
    String head = cut < 0 ? text : text.substring(0, cut);
    for (Timex t : DATELINE.annotate(head, null)) {
      if (t.type().equals("DATE") && t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(t.value());
      }
    }
    return null;
  }

  private static final TimeNormalizer DATELINE = new TimeNormalizer();

  /** The document rewritten with this tagger's TIMEX3 elements. */
  public String annotate(TimeMLDocument doc) {
    return TimeMLWriter.write(doc, tag(doc));
  }
}
