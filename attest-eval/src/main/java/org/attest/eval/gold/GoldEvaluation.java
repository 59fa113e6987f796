package org.attest.eval.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attest.model.Ledger;
import org.attest.model.LedgerExtractor;
import org.attest.model.SourceDocument;

/** Runs an extractor on one article and scores its ledger against a gold file. */
public final class GoldEvaluation {

  private GoldEvaluation() {}

  /** The article a gold file names: its {@code document}, relative to the gold file's folder or its parent. */
  public static Path documentOf(Path goldFile, GoldFile gold) {
    if (gold.document() == null) {
      throw new IllegalArgumentException(goldFile + " names no document: give the article with --doc");
    }
    Path base = goldFile.toAbsolutePath().getParent();
    for (Path dir = base; dir != null; dir = dir.getParent()) {
      Path p = dir.resolve(gold.document());
      if (Files.isRegularFile(p)) {
        return p;
      }
      if (!dir.equals(base)) {
        break; // the gold file's folder and its parent only
      }
    }
    throw new IllegalArgumentException("cannot find " + gold.document() + " beside " + goldFile + ": give the article with --doc");
  }

  /** The article as a source document, with the publication date given (or the gold file's). */
  public static SourceDocument document(Path article, String published) throws IOException {
    String raw = Files.readString(article);
    return SourceDocument.of("d1", raw, null, null, null, published, article.toString());
  }

  public static GoldReport evaluate(LedgerExtractor extractor, GoldFile gold, SourceDocument document) {
    Ledger ledger = extractor.extract(document);
    return GoldScorer.score(gold, ledger, document.text());
  }
}
