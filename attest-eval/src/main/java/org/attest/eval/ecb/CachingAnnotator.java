package org.attest.eval.ecb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.attest.model.DocumentText;
import org.attest.model.SourceDocument;
import org.attest.model.Span;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.DocumentAnnotator;
import org.attest.nlp.Sentence;
import org.attest.nlp.Token;

/**
 * Keeps the linguistic annotation (the CPU-heavy part: parsing) of each text in a folder, keyed by
 * the SHA-256 of the text and a tag naming the annotator's configuration, so that an evaluation can
 * re-run the (cheap) extractors without parsing again. A cache file that cannot be read is parsed
 * again and rewritten. Files are written atomically (temporary file, then move). Never point the
 * cache into the repository: it holds corpus text.
 */
public final class CachingAnnotator implements DocumentAnnotator {

  /** Change when the annotator's output changes (annotators, models, options). */
  public static final String TAG = "corenlp-4.5.10-attest-1";
  private static final String HEADER = "attest-annotation/1";

  private final DocumentAnnotator inner;
  private final Path dir;
  private int hits;
  private int misses;

  public CachingAnnotator(DocumentAnnotator inner, Path dir) {
    this.inner = inner;
    this.dir = dir;
  }

  public synchronized int hits() {
    return hits;
  }

  public synchronized int misses() {
    return misses;
  }

  /** Whether the annotation of this document is cached. */
  public boolean cached(SourceDocument doc) {
    return Files.isRegularFile(file(doc));
  }

  private Path file(SourceDocument doc) {
    String key = DocumentText.sha256(TAG + "\n" + doc.text());
    return dir.resolve(key.substring(0, 2)).resolve(key + ".tsv");
  }

  @Override
  public AnnotatedDocument annotate(SourceDocument doc) {
    Path f = file(doc);
    if (Files.isRegularFile(f)) {
      try {
        AnnotatedDocument a = read(doc, Files.readString(f, StandardCharsets.UTF_8));
        synchronized (this) {
          hits++;
        }
        return a;
      } catch (IOException | RuntimeException e) {
        // unreadable or stale: parse again below
      }
    }
    AnnotatedDocument a = inner.annotate(doc);
    synchronized (this) {
      misses++;
    }
    try {
      Files.createDirectories(f.getParent());
      Path tmp = Files.createTempFile(f.getParent(), "ann", ".tmp");
      Files.writeString(tmp, write(a), StandardCharsets.UTF_8);
      Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // a cache that cannot be written only costs time
    }
    return a;
  }

  static String write(AnnotatedDocument a) {
    StringBuilder sb = new StringBuilder();
    sb.append(HEADER).append('\t').append(a.source().info().sha256()).append('\n');
    for (Sentence s : a.sentences()) {
      sb.append("S\t").append(s.index()).append('\t').append(s.span().begin()).append('\t').append(s.span().end())
          .append('\t').append(s.firstToken()).append('\t').append(s.endToken()).append('\n');
    }
    for (Token t : a.tokens()) {
      sb.append("T\t").append(t.index()).append('\t').append(t.sentence()).append('\t').append(t.begin()).append('\t')
          .append(t.end()).append('\t').append(esc(t.word())).append('\t').append(esc(t.lemma())).append('\t')
          .append(esc(t.pos())).append('\t').append(esc(t.ner())).append('\t').append(t.head()).append('\t')
          .append(esc(t.rel())).append('\n');
    }
    return sb.toString();
  }

  static AnnotatedDocument read(SourceDocument doc, String data) throws IOException {
    String[] lines = data.split("\n", -1);
    if (lines.length == 0 || !lines[0].equals(HEADER + "\t" + doc.info().sha256())) {
      throw new IOException("stale or foreign cache file");
    }
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      String[] f = lines[i].split("\t", -1);
      if (f[0].equals("S") && f.length == 6) {
        sentences.add(new Sentence(Integer.parseInt(f[1]), Span.of(Integer.parseInt(f[2]), Integer.parseInt(f[3])),
            Integer.parseInt(f[4]), Integer.parseInt(f[5])));
      } else if (f[0].equals("T") && f.length == 11) {
        tokens.add(new Token(Integer.parseInt(f[1]), Integer.parseInt(f[2]),
            Span.of(Integer.parseInt(f[3]), Integer.parseInt(f[4])), unesc(f[5]), unesc(f[6]), unesc(f[7]), unesc(f[8]),
            Integer.parseInt(f[9]), unesc(f[10])));
      } else {
        throw new IOException("bad cache line " + (i + 1));
      }
    }
    return new AnnotatedDocument(doc, sentences, tokens);
  }

  private static String esc(String s) {
    if (s == null) {
      return "\\0";
    }
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
  }

  private static String unesc(String s) {
    if (s.equals("\\0")) {
      return null;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
