package org.attest.nlp;

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

/**
 * The one on-disk cache of linguistic annotation (the CPU-heavy part: parsing), so that training
 * and evaluating on a corpus parse each text once. A text's file is keyed by the SHA-256 of the
 * annotator's configuration tag and the text: an annotator whose output changes gets a new tag and
 * so a new file. A file that cannot be read, or belongs to another text, is parsed again and
 * rewritten; files are written atomically (temporary file, then move). The inner annotator is
 * called only on a miss, so a fully cached run never loads the models. Never point the cache into
 * the repository: it holds corpus text.
 */
public final class CachedAnnotator implements DocumentAnnotator {

  private static final String HEADER = "attest-annotation/1";

  private final DocumentAnnotator inner;
  private final Path dir;
  private final String tag;
  private int hits;
  private int misses;

  /**
   * @param inner the annotator on a miss (may be null for a read-only cache: a miss then fails)
   * @param tag names the inner annotator's configuration ({@link CoreNlpAnnotator#CACHE_TAG})
   */
  public CachedAnnotator(DocumentAnnotator inner, Path dir, String tag) {
    this.inner = inner;
    this.dir = dir;
    this.tag = tag;
  }

  /** A cache in front of the process-wide CoreNLP annotator, loaded on the first miss. */
  public static CachedAnnotator coreNlp(Path dir) {
    return new CachedAnnotator(d -> CoreNlpAnnotator.shared().annotate(d), dir, CoreNlpAnnotator.CACHE_TAG);
  }

  /** {@code $ATTEST_PARSE_CACHE}, else {@code /tmp/attest-cache/parses}. */
  public static Path defaultDir() {
    String env = System.getenv("ATTEST_PARSE_CACHE");
    return Path.of(env != null && !env.isBlank() ? env : "/tmp/attest-cache/parses");
  }

  public synchronized int hits() {
    return hits;
  }

  public synchronized int misses() {
    return misses;
  }

  /** Whether the annotation of this document is cached. */
  public boolean isCached(SourceDocument doc) {
    return Files.isRegularFile(file(doc));
  }

  /** The cached annotation of the document, or null when it is not cached (or unreadable). */
  public AnnotatedDocument cached(SourceDocument doc) {
    Path f = file(doc);
    if (!Files.isRegularFile(f)) {
      return null;
    }
    try {
      AnnotatedDocument a = read(doc, Files.readString(f, StandardCharsets.UTF_8));
      synchronized (this) {
        hits++;
      }
      return a;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private Path file(SourceDocument doc) {
    String key = DocumentText.sha256(tag + "\n" + doc.text());
    return dir.resolve(key.substring(0, 2)).resolve(key + ".tsv");
  }

  @Override
  public AnnotatedDocument annotate(SourceDocument doc) {
    AnnotatedDocument a = cached(doc);
    if (a != null) {
      return a;
    }
    if (inner == null) {
      throw new IllegalStateException("no cached annotation of " + doc.id() + " in " + dir);
    }
    a = inner.annotate(doc);
    synchronized (this) {
      misses++;
    }
    Path f = file(doc);
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
