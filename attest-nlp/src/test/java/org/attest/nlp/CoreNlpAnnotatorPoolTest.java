package org.attest.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attest.model.SourceDocument;
import org.junit.jupiter.api.Test;

/** Pipelines in a pool are independent: documents annotated on two threads equal one thread's. */
class CoreNlpAnnotatorPoolTest {

  private static final String[] TEXTS = {
    "The harbour authority in Port Velm said on Tuesday that two cargo ships had collided.",
    "Mayor Ilse Varga denied the report. \"Nothing of the kind happened,\" she told reporters.",
    "According to the ministry, 300 workers joined the strike in the northern province.",
    "Officials in Daravia announced the talks would resume next month in the capital.",
    "The company's chief executive, Tom Reyes, resigned after the board voted against him.",
    "Protesters marched through the old town, and police detained twelve of them.",
  };

  @Test
  void twoThreadsGiveTheSameAnnotationsAsOne() throws Exception {
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(new Properties(), 2);
    assertThat(annotator.pipelinesLoaded()).isEqualTo(1);
    List<SourceDocument> docs = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < TEXTS.length; i++) {
        docs.add(SourceDocument.of("d" + round + "-" + i, TEXTS[i], null, null, null, null, "t" + i));
      }
    }
    List<String> sequential = new ArrayList<>();
    for (SourceDocument d : docs) {
      sequential.add(render(annotator.annotate(d)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (SourceDocument d : docs) {
        futures.add(pool.submit(() -> render(annotator.annotate(d))));
      }
      for (int i = 0; i < docs.size(); i++) {
        assertThat(futures.get(i).get()).as(docs.get(i).id()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(annotator.pipelinesLoaded()).isBetween(1, 2);
    assertThat(sequential.get(0)).contains("said/VBD/O/-1/root").contains("Velm/NNP/");
  }

  @Test
  void rejectsAnEmptyPool() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CoreNlpAnnotator(new Properties(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String render(AnnotatedDocument d) {
    StringBuilder sb = new StringBuilder();
    for (Token t : d.tokens()) {
      sb.append(t.word()).append('/').append(t.pos()).append('/').append(t.ner()).append('/')
          .append(t.head()).append('/').append(t.rel()).append(' ');
    }
    return sb.toString();
  }
}
