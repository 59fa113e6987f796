package org.attest.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.model.Attribution;
import org.attest.model.Certainty;
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
import org.attest.model.Stance;

/**
 * A test double of the document pipeline, for store and ingest tests (the end-to-end tests use the
 * real one): capitalized word runs become entities, each "said" an event in the author's voice.
 * Deterministic; can be made slow (to kill a run part-way) and to fail on a marker word.
 */
final class WordsExtractor implements LedgerExtractor {

  static final Provenance PROVENANCE = Provenance.of("words-test-double", "1");
  private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]+(?: [A-Z][a-z]+)*");
  private final long delayMillis;

  WordsExtractor(long delayMillis) {
    this.delayMillis = delayMillis;
  }

  WordsExtractor() {
    this(0);
  }

  @Override
  public Ledger extract(SourceDocument d) {
    if (d.text().contains("EXPLODE")) {
      throw new IllegalStateException("the test double refuses EXPLODE");
    }
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Map<String, List<Mention>> names = new LinkedHashMap<>();
    Matcher m = NAME.matcher(d.text());
    while (m.find()) {
      names.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(new Mention(d.id(), m.start(), m.end()));
    }
    List<Entity> entities = new ArrayList<>();
    int n = 0;
    for (var e : names.entrySet()) {
      entities.add(new Entity("e" + (++n), e.getKey(), EntityType.OTHER, List.of(e.getKey()), e.getValue(), PROVENANCE));
    }
    List<Event> events = new ArrayList<>();
    List<Attribution> attributions = new ArrayList<>();
    Matcher said = Pattern.compile("\\bsaid\\b").matcher(d.text());
    int k = 0;
    while (said.find()) {
      k++;
      events.add(new Event("v" + k, d.id(), said.start(), said.end(), "said", null, EventType.CONSULT, "say", List.of(), null,
          null, null, null, Modality.ACTUAL, Polarity.POSITIVE, null, PROVENANCE));
      attributions.add(new Attribution("a" + k, "v" + k, Attribution.AUTHOR, null, d.id(), said.start(), said.end(), null,
          null, null, Stance.ASSERT, Certainty.CERTAIN, null, PROVENANCE));
    }
    return new Ledger(Ledger.FORMAT, List.of(d.info()), entities, List.of(), events, attributions, List.of(), List.of());
  }
}
