package org.attest.eval.meantime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.attest.model.Ledger;
import org.attest.model.LedgerExtractor;
import org.attest.model.SourceDocument;

/**
 * Runs an extractor over MEANTIME files (each file's reconstructed text, published on its DCT) and
 * scores every ledger with {@link MeantimeScorer}; totals per corpus (the file's folder) and
 * overall, micro-averaged. A file that cannot be read or extracted is reported and scored as an
 * empty ledger, so failures never raise the figures.
 */
public final class MeantimeEvaluation {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private MeantimeEvaluation() {}

  public record CorpusScore(String corpus, int documents, int words, Map<String, Prf> metrics) {}

  public record Report(List<CorpusScore> corpora, CorpusScore overall, List<String> errors) {

    public String renderText() {
      StringBuilder sb = new StringBuilder();
      List<CorpusScore> all = new ArrayList<>(corpora);
      if (corpora.size() > 1) {
        all.add(overall);
      }
      for (CorpusScore c : all) {
        sb.append(String.format(Locale.ROOT, "%s: %d documents, %,d words%n", c.corpus(), c.documents(), c.words()));
        sb.append(String.format(Locale.ROOT, "  %-40s %6s %6s %6s %7s %7s %7s%n", "metric", "gold", "system", "correct", "P", "R", "F1"));
        for (var e : c.metrics().entrySet()) {
          Prf p = e.getValue();
          sb.append(String.format(Locale.ROOT, "  %-40s %6d %6d %6d %7.3f %7.3f %7.3f%n", e.getKey(), p.gold(),
              p.predicted(), p.correct(), p.precision(), p.recall(), p.f1()));
        }
        sb.append('\n');
      }
      for (String e : errors) {
        sb.append("error: ").append(e).append('\n');
      }
      return sb.toString();
    }
  }

  /** The publication date to give the extractor: the DCT when it is a full ISO date, else none. */
  public static String publishedOf(MeantimeDocument doc) {
    return doc.creationTimeValue().filter(v -> ISO_DATE.matcher(v).matches()).orElse(null);
  }

  /** The reconstructed article ({@link ArticleLayout}) as a source document (id = MEANTIME doc id). */
  public static SourceDocument sourceOf(MeantimeDocument doc, Path file) {
    return SourceDocument.of(doc.id(), ArticleLayout.of(doc).text(), doc.title(), null, doc.url(), publishedOf(doc),
        file.toString());
  }

  public static Report run(LedgerExtractor extractor, List<Path> files, Consumer<String> progress) {
    Map<String, List<Map<String, Prf>>> byCorpus = new TreeMap<>();
    Map<String, int[]> sizes = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    for (Path f : files) {
      String corpus = f.getParent() == null ? "." : f.getParent().getFileName().toString();
      MeantimeDocument doc;
      try {
        doc = MeantimeReader.read(f);
      } catch (IOException | MeantimeFormatException e) {
        errors.add(f + ": " + e.getMessage());
        continue; // no gold to score against
      }
      SourceDocument source = sourceOf(doc, f);
      Ledger ledger;
      try {
        ledger = extractor.extract(source);
      } catch (RuntimeException e) {
        errors.add(f + ": extraction failed: " + e);
        ledger = Ledger.empty();
      }
      byCorpus.computeIfAbsent(corpus, k -> new ArrayList<>())
          .add(MeantimeScorer.score(doc, ledger, source.id(), ArticleLayout.of(doc).toGold()));
      int[] s = sizes.computeIfAbsent(corpus, k -> new int[2]);
      s[0]++;
      s[1] += doc.wordCount();
      if (progress != null) {
        progress.accept(corpus + "/" + doc.name());
      }
    }
    List<CorpusScore> corpora = new ArrayList<>();
    List<Map<String, Prf>> everything = new ArrayList<>();
    int docs = 0;
    int words = 0;
    for (var e : byCorpus.entrySet()) {
      int[] s = sizes.get(e.getKey());
      corpora.add(new CorpusScore(e.getKey(), s[0], s[1], sum(e.getValue())));
      everything.addAll(e.getValue());
      docs += s[0];
      words += s[1];
    }
    return new Report(corpora, new CorpusScore("all", docs, words, sum(everything)), errors);
  }

  private static Map<String, Prf> sum(List<Map<String, Prf>> scores) {
    Map<String, Prf> out = new LinkedHashMap<>();
    MeantimeScorer.METRICS.forEach(k -> out.put(k, Prf.ZERO));
    for (Map<String, Prf> s : scores) {
      s.forEach((k, v) -> out.merge(k, v, Prf::plus));
    }
    return out;
  }

  /**
   * Writes each file's reconstructed article ({@link ArticleLayout}) to {@code outDir/<corpus>/<doc name>.txt} (for the speed
   * benchmark, which reads plain articles). Returns how many were written.
   */
  public static int writeTexts(List<Path> files, Path outDir) throws IOException {
    int n = 0;
    for (Path f : files) {
      MeantimeDocument doc = MeantimeReader.read(f);
      String corpus = f.getParent() == null ? "." : f.getParent().getFileName().toString();
      Path dir = Files.createDirectories(outDir.resolve(corpus));
      Files.writeString(dir.resolve(doc.name() + ".txt"), ArticleLayout.of(doc).text() + "\n");
      n++;
    }
    return n;
  }
}
