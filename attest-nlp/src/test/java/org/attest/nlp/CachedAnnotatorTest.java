package org.attest.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedAnnotatorTest {

  private static final AnnotatedDocument DOC = new DocumentBuilder("d1").published("2025-07-01")
      .conll("""
          1 Iran    Iran  NNP LOCATION 2 nsubj
          2 denied  deny  VBD O        0 root
          3 it      it    PRP O        2 obj
          4 .       .     .   O        2 punct
          """)
      .build();

  private static final class Counting implements DocumentAnnotator {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public AnnotatedDocument annotate(org.attest.model.SourceDocument document) {
      calls.incrementAndGet();
      return DOC;
    }
  }

  private static String dump(AnnotatedDocument a) {
    return CachedAnnotator.write(a);
  }

  @Test
  void aSecondRunReadsTheParseInsteadOfAnnotatingAgain(@TempDir Path dir) {
    Counting inner = new Counting();
    CachedAnnotator first = new CachedAnnotator(inner, dir, "tag-1");
    assertThat(first.isCached(DOC.source())).isFalse();
    AnnotatedDocument a = first.annotate(DOC.source());
    CachedAnnotator second = new CachedAnnotator(inner, dir, "tag-1");
    AnnotatedDocument b = second.annotate(DOC.source());
    assertThat(inner.calls).hasValue(1);
    assertThat(second.hits()).isEqualTo(1);
    assertThat(dump(b)).isEqualTo(dump(a)).isEqualTo(dump(DOC));
    assertThat(b.tokens().get(1).lemma()).isEqualTo("deny");
  }

  @Test
  void anotherAnnotatorConfigurationDoesNotReadTheFirstOnesParses(@TempDir Path dir) {
    Counting inner = new Counting();
    new CachedAnnotator(inner, dir, "tag-1").annotate(DOC.source());
    CachedAnnotator other = new CachedAnnotator(inner, dir, "tag-2");
    assertThat(other.isCached(DOC.source())).isFalse();
    other.annotate(DOC.source());
    assertThat(inner.calls).hasValue(2);
  }

  @Test
  void aDamagedFileIsParsedAgainAndRewritten(@TempDir Path dir) throws Exception {
    Counting inner = new Counting();
    CachedAnnotator cache = new CachedAnnotator(inner, dir, "tag-1");
    cache.annotate(DOC.source());
    Path file;
    try (Stream<Path> s = Files.walk(dir)) {
      file = s.filter(p -> p.toString().endsWith(".tsv")).findFirst().orElseThrow();
    }
    Files.writeString(file, "attest-annotation/1\tsomething else\n");
    assertThat(cache.cached(DOC.source())).isNull();
    assertThat(dump(cache.annotate(DOC.source()))).isEqualTo(dump(DOC));
    assertThat(inner.calls).hasValue(2);
    assertThat(cache.cached(DOC.source())).isNotNull();
  }

  @Test
  void aReadOnlyCacheSaysWhichDocumentIsMissing(@TempDir Path dir) {
    CachedAnnotator cache = new CachedAnnotator(null, dir, "tag-1");
    assertThatThrownBy(() -> cache.annotate(DOC.source())).hasMessageContaining("no cached annotation of d1");
  }
}
