package org.attest.eval.meantime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Event;
import org.attest.model.EventType;
import org.attest.model.Ledger;
import org.attest.model.LedgerExtractor;
import org.attest.model.Mention;
import org.attest.model.Modality;
import org.attest.model.Polarity;
import org.attest.model.Provenance;
import org.attest.model.SourceDocument;
import org.attest.model.Span;
import org.attest.model.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * The whole MEANTIME evaluation loop on the real development corpora with an oracle extractor
 * that returns each file's own annotation as a ledger: every span metric must come out perfect,
 * which proves reader, text, offsets, document ids and matching agree end to end.
 */
class MeantimeEvaluationTest {

  static final Provenance P = Provenance.of("oracle", "0");

  /** Reads the gold back for each document it is given (by the path the evaluation records). */
  static final class Oracle implements LedgerExtractor {
    final List<String> published = new ArrayList<>();

    @Override
    public Ledger extract(SourceDocument d) {
      MeantimeDocument gold;
      try {
        gold = MeantimeReader.read(Path.of(d.info().path()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ArticleLayout layout = ArticleLayout.of(gold);
      assertThat(d.text()).isEqualTo(layout.text());
      published.add(d.info().published());
      List<Entity> entities = new ArrayList<>();
      for (MeantimeEntityMention m : gold.entityMentions()) {
        if (m.anchored()) {
          EntityType t = m.entityType() == null ? EntityType.OTHER : switch (m.entityType()) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.LOCATION;
            default -> EntityType.OTHER;
          };
          entities.add(new Entity("e" + m.id(), m.span().of(d.text()), t, List.of(), List.of(Mention.of(d.id(), layout.fromGold(m.span()))), P));
        }
      }
      List<TimeExpression> times = new ArrayList<>();
      for (MeantimeTimex t : gold.timexes()) {
        if (t.anchored()) {
          Span s = layout.fromGold(t.span());
          times.add(new TimeExpression("t" + t.id(), d.id(), s.begin(), s.end(), t.span().of(d.text()), t.type(),
              t.value(), null, P));
        }
      }
      List<Event> events = new ArrayList<>();
      for (MeantimeEventMention e : gold.eventMentions()) {
        if (e.anchored()) {
          boolean neg = "NEG".equals(e.polarity());
          Modality mod = "POSSIBLE".equals(e.certainty()) ? Modality.POSSIBLE
              : "PROBABLE".equals(e.certainty()) ? Modality.PLANNED : Modality.ACTUAL;
          Span s = layout.fromGold(e.span());
          events.add(new Event("v" + e.id(), d.id(), s.begin(), s.end(), s.of(d.text()), null,
              EventType.OTHER, null, List.of(), null, null, null, null, mod, neg ? Polarity.NEGATIVE : Polarity.POSITIVE, null, P));
        }
      }
      return new Ledger(Ledger.FORMAT, List.of(d.info()), entities, times, events, List.of(), List.of(), List.of());
    }
  }

  @Test
  void oracleLedgersScorePerfectlyOnEverySpanMetric() throws IOException {
    List<Path> files = MeantimeReader.listFiles(MeantimeReaderTest.meantimeDir());
    Oracle oracle = new Oracle();
    MeantimeEvaluation.Report r = MeantimeEvaluation.run(oracle, files, null);
    assertThat(r.errors()).isEmpty();
    assertThat(r.corpora()).extracting(MeantimeEvaluation.CorpusScore::corpus)
        .containsExactly("corpus_airbus", "corpus_apple", "corpus_gm");
    Map<String, Prf> all = r.overall().metrics();
    assertThat(r.overall().documents()).isEqualTo(files.size());
    // Spans shared by two gold mentions appear once in a ledger: near, not exactly, 1.
    assertThat(all.get(MeantimeScorer.ENTITY_OVERLAP).precision()).isEqualTo(1.0);
    assertThat(all.get(MeantimeScorer.ENTITY_EXACT).recall()).isGreaterThan(0.98);
    assertThat(all.get(MeantimeScorer.TIMEX_STRICT).f1()).isEqualTo(1.0);
    assertThat(all.get(MeantimeScorer.TIMEX_VALUE).f1()).isEqualTo(1.0);
    assertThat(all.get(MeantimeScorer.EVENT).precision()).isEqualTo(1.0);
    assertThat(all.get(MeantimeScorer.EVENT).recall()).isGreaterThan(0.98);
    // The oracle's polarity is the gold's wherever the gold is POS or NEG.
    Prf neg = all.get(MeantimeScorer.NEGATIVE);
    assertThat(neg.gold()).isPositive();
    assertThat(neg.correct()).isEqualTo(neg.gold());
    assertThat(neg.predicted()).isEqualTo(neg.gold());
    assertThat(r.renderText()).contains("corpus_gm: 30 documents").contains("all: " + files.size() + " documents");
    // Publication dates are the DCTs (a few files lack one).
    Map<Boolean, Long> dated = new HashMap<>();
    oracle.published.forEach(p -> dated.merge(p != null, 1L, Long::sum));
    assertThat(dated.getOrDefault(true, 0L)).isGreaterThan(files.size() - 5L);
  }
}
