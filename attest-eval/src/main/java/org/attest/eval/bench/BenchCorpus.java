package org.attest.eval.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attest.model.SourceDocument;

/** The articles a benchmark runs over: every {@code .txt} file under a folder, in path order. */
public record BenchCorpus(List<SourceDocument> documents, long words, long chars) {

  public static BenchCorpus read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a directory: " + dir);
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    List<SourceDocument> docs = new ArrayList<>();
    long words = 0;
    long chars = 0;
    for (Path f : files) {
      String text;
      try {
        text = Files.readString(f);
      } catch (IOException e) {
        continue; // not UTF-8 or unreadable: not part of the benchmark corpus
      }
      if (text.isBlank()) {
        continue;
      }
      SourceDocument d = SourceDocument.of("d" + (docs.size() + 1), text, null, null, null, null, f.toString());
      docs.add(d);
      words += words(d.text());
      chars += d.text().length();
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no readable .txt articles under " + dir);
    }
    return new BenchCorpus(List.copyOf(docs), words, chars);
  }

  /** Words as a reader counts them: whitespace-separated runs holding a letter or digit. */
  public static long words(String text) {
    long n = 0;
    for (String w : text.split("\\s+")) {
      if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }
}
