package org.attest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.attest.model.Attribution;
import org.attest.model.Event;
import org.attest.model.Ledger;
import org.attest.model.LedgerJson;
import org.attest.model.Mention;
import org.attest.model.Provenance;
import org.attest.model.SourceDocument;
import org.attest.nlp.AnnotatedDocument;
import org.attest.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/**
 * The one randomized harness every registered extractor must pass: on generated news-like text
 * with hostile insertions, each pipeline prefix ends with this extractor, and the items it adds
 * must carry its provenance, stay inside the text, reference only items that exist, and come out
 * the same on a second run. A new extractor is covered by registering it.
 */
class ExtractorHarnessTest {

  private static final long SEED = Long.getLong("attest.harness.seed", 20251127L);
  private static final int DOCUMENTS = Integer.getInteger("attest.harness.docs", 12);

  private static final String[] SENTENCES = {
    "Canadian officials said on Monday that Arctic patrols would resume next month.",
    "According to the Brazilian health ministry, about 1,200 people were evacuated from Recife.",
    "Seoul denied the reports, calling them \"groundless.\"",
    "In March 2021, Peru and Bolivia signed a border agreement.",
    "The Kenyan president, William Ruto, visited Nairobi's main port on Friday.",
    "Indonesian forces detained up to 40 fishermen near the Natuna islands last week.",
    "“We will not accept this,” the Mexican foreign minister told reporters.",
    "Egypt confirmed the deployment of Egyptian troops to the border in early 2023.",
    "Reports that Vietnam had expelled two diplomats could not be verified.",
    "Morocco later acknowledged the arrest of Moroccan citizens in Spain.",
    "It was not clear whether the talks would continue.",
    "He said she had left.",
  };

  private static final String[] HOSTILE = {
    "", "\"", "“", "”", "–", "\u0000", "\uFFFD", "😀🚀", "שלום עולם", "<script>alert(1)</script>", "&amp;",
    "\t\t", "..........", "A", "1,2,3,4,5,6,7,8,9", "Mr.", "U.S.", "–– Name", "e.g.", "\u200B",
  };

  @Test
  void everyRegisteredExtractorPassesTheHarness() {
    Random random = new Random(SEED);
    CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
    PipelineConfig config = PipelineConfig.defaults();
    List<String> names = Extractors.names();
    assertThat(names).isNotEmpty();
    for (int n = 0; n < DOCUMENTS; n++) {
      String text = randomText(random);
      SourceDocument doc = SourceDocument.of("d1", text, null, null, null, random.nextBoolean() ? "2024-02-29" : null, null);
      AnnotatedDocument ad = annotator.annotate(doc);
      Ledger previous = null;
      for (int k = 1; k <= names.size(); k++) {
        List<Extractor> prefix = new ArrayList<>();
        for (String name : names.subList(0, k)) {
          prefix.add(Extractors.byName(name));
        }
        Extractor newest = prefix.get(prefix.size() - 1);
        AttestPipeline pipeline = new AttestPipeline(annotator, prefix, config);
        Ledger l = pipeline.extract(ad);
        String context = "extractor " + newest + " on seed " + SEED + " document " + n + ": " + text;
        checkInvariants(l, text, context);
        Ledger again = new AttestPipeline(annotator, prefix, config).extract(ad);
        assertThat(LedgerJson.write(again)).as("deterministic: " + context).isEqualTo(LedgerJson.write(l));
        if (previous != null) {
          assertAddedItemsCarry(previous, l, pipeline.provenanceOf(newest.name()), context);
        }
        previous = l;
      }
    }
  }

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int sentences = 1 + random.nextInt(6);
    for (int i = 0; i < sentences; i++) {
      if (random.nextInt(4) == 0) {
        sb.append(HOSTILE[random.nextInt(HOSTILE.length)]).append(' ');
      }
      sb.append(SENTENCES[random.nextInt(SENTENCES.length)]);
      sb.append(random.nextInt(5) == 0 ? "\n\n" : " ");
    }
    return sb.toString().replace("\u0000", "");
  }

  private static void checkInvariants(Ledger l, String text, String context) {
    int len = text.length();
    Set<String> ids = new HashSet<>();
    Set<String> entityIds = new HashSet<>(), timeIds = new HashSet<>(), eventIds = new HashSet<>(), attrIds = new HashSet<>();
    l.entities().forEach(e -> {
      assertThat(ids.add(e.id())).as("unique id " + e.id() + " " + context).isTrue();
      entityIds.add(e.id());
      assertThat(e.mentions()).as(context).isNotEmpty();
      for (Mention m : e.mentions()) {
        assertThat(m.begin()).as(context).isBetween(0, m.end());
        assertThat(m.end()).as(context).isLessThanOrEqualTo(len);
        assertThat(m.doc()).isEqualTo("d1");
      }
    });
    l.times().forEach(t -> {
      assertThat(ids.add(t.id())).as(context).isTrue();
      timeIds.add(t.id());
      assertThat(t.end()).as(context).isLessThanOrEqualTo(len);
      assertThat(text.substring(t.begin(), t.end())).as(context).isEqualTo(t.text());
      assertThat(t.value()).as(context).isNotBlank();
    });
    for (Event e : l.events()) {
      assertThat(ids.add(e.id())).as(context).isTrue();
      eventIds.add(e.id());
      assertThat(text.substring(e.begin(), e.end())).as(context).isEqualTo(e.trigger());
      assertThat(e.sentence().contains(e.span())).as(context).isTrue();
      assertThat(entityIds).as("actors exist " + context).containsAll(e.actor());
      if (e.target() != null) assertThat(entityIds).as(context).contains(e.target());
      if (e.location() != null) assertThat(entityIds).as(context).contains(e.location());
      if (e.time() != null) assertThat(timeIds).as(context).contains(e.time());
    }
    for (Attribution a : l.attributions()) {
      assertThat(ids.add(a.id())).as(context).isTrue();
      attrIds.add(a.id());
    }
    for (Attribution a : l.attributions()) {
      assertThat(a.end()).as(context).isLessThanOrEqualTo(len);
      assertThat(a.content()).as("content " + context).isNotNull();
      assertThat(a.content().end()).as(context).isLessThanOrEqualTo(len);
      if (a.event() != null) assertThat(eventIds).as(context).contains(a.event());
      if (!a.isAuthor()) {
        assertThat(entityIds).as(context).contains(a.source());
        assertThat(a.sourceMention()).as(context).isNotNull();
      }
      if (a.via() != null) assertThat(attrIds).as(context).contains(a.via());
      if (a.time() != null) assertThat(timeIds).as(context).contains(a.time());
    }
    l.quotes().forEach(q -> {
      assertThat(text.substring(q.begin(), q.end())).as(context).isEqualTo(q.text());
      if (q.speaker() != null) assertThat(entityIds).as(context).contains(q.speaker());
    });
    l.findings().forEach(f -> {
      assertThat(f.items()).as(context).isNotEmpty();
      for (String item : f.items()) {
        assertThat(eventIds.contains(item) || attrIds.contains(item)).as(context).isTrue();
      }
      assertThat(f.explanation()).as(context).isNotBlank();
    });
  }

  /** Items that appear when an extractor is added to the pipeline carry that extractor's name. */
  private static void assertAddedItemsCarry(Ledger before, Ledger after, Provenance p, String context) {
    List<Provenance> added = new ArrayList<>();
    // Entities may be added by a later step (the attribution extractor names sources no earlier
    // step named): the new ones, not those already there, must carry the adding step's name.
    java.util.Set<String> known = new java.util.HashSet<>();
    before.entities().forEach(x -> known.add(x.id()));
    if (after.entities().size() > before.entities().size()) {
      after.entities().stream().filter(x -> !known.contains(x.id())).forEach(x -> added.add(x.extractor()));
    }
    if (after.times().size() > before.times().size()) after.times().forEach(x -> added.add(x.extractor()));
    if (after.events().size() > before.events().size()) after.events().forEach(x -> added.add(x.extractor()));
    if (after.attributions().size() > before.attributions().size()) after.attributions().forEach(x -> added.add(x.extractor()));
    if (after.quotes().size() > before.quotes().size()) after.quotes().forEach(x -> added.add(x.extractor()));
    if (after.findings().size() > before.findings().size()) after.findings().forEach(x -> added.add(x.extractor()));
    assertThat(added).as("provenance " + context).allMatch(x -> x.equals(p));
  }
}
