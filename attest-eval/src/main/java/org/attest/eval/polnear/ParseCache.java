package org.attest.eval.polnear;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.attest.model.SourceDocument;
import org.attest.model.Span;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.DocumentAnnotator;
import org.attest.nlp.Sentence;
import org.attest.nlp.Token;

/**
 * A cache of annotated documents on disk, one gzip file per document keyed by the text's hash, so
 * that evaluating and training on a corpus parses each article once. The cache lives outside the
 * repository (default {@code $ATTEST_PARSE_CACHE} or {@code /tmp/attest-cache/parses}); a file
 * whose text hash or format version does not match is parsed again.
 */
public final class ParseCache {

  private static final int VERSION = 1;

  private final Path dir;
  private final DocumentAnnotator annotator;

  public ParseCache(Path dir, DocumentAnnotator annotator) {
    this.dir = dir;
    this.annotator = annotator;
  }

  public static Path defaultDir() {
    String env = System.getenv("ATTEST_PARSE_CACHE");
    return Path.of(env != null && !env.isBlank() ? env : "/tmp/attest-cache/parses");
  }

  /** The cached annotation of the document, or null when it is not cached. */
  public AnnotatedDocument cached(SourceDocument doc) {
    Path f = file(doc);
    if (Files.isRegularFile(f)) {
      try (InputStream in = Files.newInputStream(f)) {
        return read(in, doc);
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  private Path file(SourceDocument doc) {
    return dir.resolve(doc.info().sha256().substring(0, 32) + ".parse.gz");
  }

  /** The cached annotation of the document, or a fresh one (then stored). */
  public AnnotatedDocument get(SourceDocument doc) throws IOException {
    Path f = file(doc);
    AnnotatedDocument d = cached(doc);
    if (d != null) {
      return d;
    }
    d = annotator.annotate(doc);
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "parse", ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      write(d, out);
    }
    Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return d;
  }

  /** Writes the annotation (not the text) of a document. */
  public static void write(AnnotatedDocument d, OutputStream raw) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)));
    out.writeInt(VERSION);
    out.writeUTF(d.source().info().sha256());
    out.writeInt(d.sentences().size());
    for (Sentence s : d.sentences()) {
      out.writeInt(s.firstToken());
      out.writeInt(s.endToken());
    }
    out.writeInt(d.tokens().size());
    for (Token t : d.tokens()) {
      out.writeInt(t.sentence());
      out.writeInt(t.begin());
      out.writeInt(t.end());
      out.writeUTF(t.lemma());
      out.writeUTF(t.pos());
      out.writeUTF(t.ner());
      out.writeInt(t.head());
      out.writeUTF(t.rel());
    }
    out.flush();
    out.close();
  }

  /** Reads an annotation written by {@link #write} for this document, or null when it does not fit. */
  public static AnnotatedDocument read(InputStream raw, SourceDocument doc) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
    if (in.readInt() != VERSION || !in.readUTF().equals(doc.info().sha256())) {
      return null;
    }
    int ns = in.readInt();
    int[][] bounds = new int[ns][2];
    for (int i = 0; i < ns; i++) {
      bounds[i][0] = in.readInt();
      bounds[i][1] = in.readInt();
    }
    int nt = in.readInt();
    List<Token> tokens = new ArrayList<>(nt);
    String text = doc.text();
    for (int i = 0; i < nt; i++) {
      int sent = in.readInt();
      int b = in.readInt();
      int e = in.readInt();
      String lemma = in.readUTF();
      String pos = in.readUTF();
      String ner = in.readUTF();
      int head = in.readInt();
      String rel = in.readUTF();
      tokens.add(new Token(i, sent, new Span(b, e), text.substring(b, e), lemma, pos, ner, head, rel));
    }
    List<Sentence> sentences = new ArrayList<>(ns);
    for (int i = 0; i < ns; i++) {
      Span span = new Span(tokens.get(bounds[i][0]).begin(), tokens.get(bounds[i][1] - 1).end());
      sentences.add(new Sentence(i, span, bounds[i][0], bounds[i][1]));
    }
    return new AnnotatedDocument(doc, sentences, tokens);
  }

  /**
   * Parses every article of the given PolNeAR split directories into the cache: {@code ParseCache
   * CACHE_DIR THREADS SPLIT...}. The CLI's {@code eval polnear} and {@code train attribution} fill
   * the same cache as they go; this only warms it.
   */
  public static void main(String[] args) throws Exception {
    ParseCache cache = new ParseCache(Path.of(args[0]), org.attest.nlp.CoreNlpAnnotator.shared());
    int threads = Integer.parseInt(args[1]);
    List<SourceDocument> docs = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      for (PolnearCorpus.Article a : PolnearCorpus.read(Path.of(args[i])).articles()) {
        docs.add(a.document());
      }
    }
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    List<Thread> ts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread th = new Thread(() -> {
        for (int i; (i = next.getAndIncrement()) < docs.size(); ) {
          try {
            cache.get(docs.get(i));
          } catch (IOException e) {
            System.err.println(docs.get(i).id() + ": " + e.getMessage());
          }
          if (i % 20 == 0) {
            System.err.println("parsed " + i + "/" + docs.size());
          }
        }
      });
      th.start();
      ts.add(th);
    }
    for (Thread th : ts) {
      th.join();
    }
    System.err.println("done " + docs.size());
  }
}
