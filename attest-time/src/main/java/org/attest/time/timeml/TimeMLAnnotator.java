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
    List<Timex> out = new ArrayList<>();
    int lastEnd = 0;
    for (Timex t : tagger.annotate(view.text(), doc.dct())) {
      int[] p = view.toPlain(t.span().begin(), t.span().end());
      if (p == null || p[0] < lastEnd) {
        continue;
      }
      out.add(new Timex(Span.of(p[0], p[1]), doc.text().substring(p[0], p[1]), t.type(), t.value(), t.mod()));
      lastEnd = p[1];
    }
    return out;
  }

  /** The document rewritten with this tagger's TIMEX3 elements. */
  public String annotate(TimeMLDocument doc) {
    return TimeMLWriter.write(doc, tag(doc));
  }
}
