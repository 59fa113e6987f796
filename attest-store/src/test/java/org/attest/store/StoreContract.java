package org.attest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.attest.crossdoc.CorpusInput;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.EventCluster;
import org.attest.crossdoc.ManualDecision;
import org.attest.model.DocumentInfo;
import org.attest.model.EventType;
import org.attest.model.Ledger;
import org.junit.jupiter.api.Test;

/** The store's behaviour, the same on every database: subclasses say which database. */
abstract class StoreContract {

  /** A new, empty store. */
  abstract LedgerStore newStore();

  /** The same store again (a second connection, as a second process would have). */
  abstract LedgerStore reopen();

  @Test
  void commitsADocumentWithItsLedgerAndReadsItBack() {
    try (LedgerStore s = newStore()) {
      NewDocument d = Fixtures.doc("Riverton council", "Lorries must detour.", "/in/a.txt", 1);
      CommitOutcome out = s.commitDocument(d, Fixtures.SAME_FIRST_HASH);
      assertThat(out.status()).isEqualTo(IngestStatus.INGESTED);
      assertThat(out.docId()).isEqualTo(d.info().id());
      assertThat(s.documentIdOfHash(d.info().sha256())).contains(d.info().id());
      assertThat(s.text(d.info().id())).contains(d.text());
      assertThat(s.ledger(d.info().id())).contains(d.ledger());
      assertThat(s.documents()).singleElement().satisfies(sd -> {
        assertThat(sd.info()).isEqualTo(d.info());
        assertThat(sd.author()).isEqualTo("A. Writer");
        assertThat(sd.seq()).isEqualTo(1);
        assertThat(sd.copyOf()).isNull();
      });
      assertThat(s.result("/in/a.txt")).contains(new IngestResult("/in/a.txt", IngestStatus.INGESTED, null, null, d.info().id(), null));
      String dump = s.canonicalDump();
      // the ledger is kept as its JSON, offsets and all, and the canonical dump shows it
      assertThat(dump).contains("\"type\":\"ORGANIZATION\"").contains("\"value\":\"2025-03-04\"").contains("\"stance\":\"ASSERT\"")
          .contains("\"content\":{\"begin\":" + d.ledger().attributions().get(0).content().begin() + ",");
    }
  }

  @Test
  void sameTextTwiceIsADuplicateAndChangesNothing() {
    try (LedgerStore s = newStore()) {
      s.commitDocument(Fixtures.doc("Riverton council", "x", "/in/a.txt", 1), Fixtures.SAME_FIRST_HASH);
      String before = s.canonicalDump();
      CommitOutcome again = s.commitDocument(Fixtures.doc("Riverton council", "x", "/in/a.txt", 1), Fixtures.SAME_FIRST_HASH);
      assertThat(again.status()).isEqualTo(IngestStatus.DUPLICATE);
      assertThat(s.documentCount()).isEqualTo(1);
      // the same input recorded as a duplicate of itself: the dump says so, nothing else moved
      assertThat(s.canonicalDump().replace("status=DUPLICATE", "status=INGESTED")).isEqualTo(before);
    }
  }

  @Test
  void nearDuplicatesLinkToTheEarliestOriginalNeverToACopy() {
    try (LedgerStore s = newStore()) {
      NewDocument original = Fixtures.doc("Riverton council", "one", "/in/1.txt", 5);
      NewDocument copy = Fixtures.doc("Riverton council", "two", "/in/2.txt", 5);
      NewDocument copyOfCopy = Fixtures.doc("Riverton council", "three", "/in/3.txt", 5);
      NewDocument other = Fixtures.doc("Port Alder police", "four", "/in/4.txt", 9);
      assertThat(s.commitDocument(original, Fixtures.SAME_FIRST_HASH).status()).isEqualTo(IngestStatus.INGESTED);
      CommitOutcome c2 = s.commitDocument(copy, Fixtures.SAME_FIRST_HASH);
      assertThat(c2.status()).isEqualTo(IngestStatus.NEAR_DUPLICATE);
      assertThat(c2.ofDoc()).isEqualTo(original.info().id());
      // a rule that prefers the latest candidate still ends at the root original
      NearDuplicateRule latest = (sig, cands) -> cands.isEmpty() ? java.util.Optional.empty()
          : java.util.Optional.of(new NearDuplicateRule.Match(cands.get(cands.size() - 1), 0.8));
      assertThat(s.commitDocument(copyOfCopy, latest).ofDoc()).isEqualTo(original.info().id());
      assertThat(s.commitDocument(other, Fixtures.SAME_FIRST_HASH).status()).isEqualTo(IngestStatus.INGESTED);
      assertThat(s.corpusInput().copyOf()).containsOnly(
          java.util.Map.entry(copy.info().id(), original.info().id()),
          java.util.Map.entry(copyOfCopy.info().id(), original.info().id()));
      assertThat(s.result("/in/2.txt").orElseThrow().status()).isEqualTo(IngestStatus.NEAR_DUPLICATE);
    }
  }

  @Test
  void aFailedCommitLeavesNothingBehind() {
    try (LedgerStore s = newStore()) {
      NewDocument good = Fixtures.doc("Riverton council", "fine", "/in/a.txt", 1);
      s.commitDocument(good, Fixtures.SAME_FIRST_HASH);
      String before = s.canonicalDump();
      NewDocument d = Fixtures.doc("Port Alder police", "bad", "/in/b.txt", 2);
      // a language tag longer than its column is a value the database refuses
      DocumentInfo odd = d.info().withLanguage("x".repeat(40));
      Ledger l = d.ledger();
      Ledger broken = new Ledger(l.format(), List.of(odd), l.entities(), l.times(), l.events(), l.attributions(), l.quotes(),
          l.findings());
      NewDocument bad = new NewDocument(odd, d.author(), d.source(), d.text(), broken, d.signature(), d.bandKeys());
      assertThatThrownBy(() -> s.commitDocument(bad, Fixtures.SAME_FIRST_HASH)).isInstanceOf(StoreException.class)
          .hasMessageContaining("nothing was changed");
      assertThat(s.canonicalDump()).isEqualTo(before);
      assertThat(s.commitDocument(d, Fixtures.SAME_FIRST_HASH).status()).isEqualTo(IngestStatus.INGESTED);
    }
  }

  @Test
  void resultsAreKeptPerInputAndFailuresListed() {
    try (LedgerStore s = newStore()) {
      s.recordResult(new IngestResult("/in/x.bin", IngestStatus.SKIPPED, "BINARY", "binary, not text", null, null));
      s.recordResult(new IngestResult("/in/y.txt", IngestStatus.FAILED, "EXTRACTION_FAILED", "boom", null, null));
      s.recordResult(new IngestResult("/in/z.txt", IngestStatus.DUPLICATE, null, null, "abc", null));
      assertThat(s.failures()).extracting(IngestResult::source).containsExactly("/in/x.bin", "/in/y.txt");
      s.recordResult(new IngestResult("/in/y.txt", IngestStatus.INGESTED, null, null, "def", null));
      assertThat(s.failures()).extracting(IngestResult::source).containsExactly("/in/x.bin");
      assertThat(s.results()).hasSize(3);
    }
  }

  @Test
  void decisionsAreRecordedUndoableAndSurviveReopening() {
    try (LedgerStore s = newStore()) {
      ManualDecision m1 = s.addDecision(ManualDecision.Action.MERGE, List.of("Riverton council", "the council"), "same body");
      ManualDecision m2 = s.addDecision(ManualDecision.Action.SPLIT, List.of("Riverton", "Riverton FC"), null);
      assertThat(m1.id()).isEqualTo("m1");
      assertThat(m2.id()).isEqualTo("m2");
      assertThat(s.undoDecision("m1")).isTrue();
      assertThat(s.undoDecision("m1")).isFalse();
      assertThat(s.undoDecision("m9")).isFalse();
    }
    try (LedgerStore s = reopen()) {
      assertThat(s.decisions()).containsExactly(
          new ManualDecision("m2", ManualDecision.Action.SPLIT, List.of("Riverton", "Riverton FC"), null));
      assertThat(s.corpusInput().decisions()).hasSize(1);
      assertThat(s.canonicalDump()).contains("id=m1").contains("undone=true");
    }
  }

  /** The store names no language of its own: a document whose extractor stated none is kept with none. */
  @Test
  void aDocumentWithoutAStatedLanguageIsKeptWithout() {
    try (LedgerStore s = newStore()) {
      NewDocument d = Fixtures.doc("Riverton council", "Lorries must detour.", "/in/a.txt", 1);
      NewDocument unstated = new NewDocument(d.info().withLanguage(null), d.author(), d.source(), d.text(), d.ledger(),
          d.signature(), d.bandKeys());
      s.commitDocument(unstated, Fixtures.SAME_FIRST_HASH);
      assertThat(s.documents()).singleElement().satisfies(sd -> assertThat(sd.info().language()).isNull());
    }
  }

  @Test
  void corpusViewIsMaterializedDeterministicallyAndOnlyRecomputedWhenItsInputChanges() {
    try (LedgerStore s = newStore()) {
      s.commitDocument(Fixtures.doc("Riverton council", "Lorries must detour.", "/in/a.txt", 1), Fixtures.SAME_FIRST_HASH);
      s.commitDocument(Fixtures.doc("Port Alder police", "Boats were sent.", "/in/b.txt", 2), Fixtures.SAME_FIRST_HASH);
      AtomicInteger calls = new AtomicInteger();
      CorpusView v = s.refreshCorpusView(in -> {
        calls.incrementAndGet();
        return Fixtures.concatResolver(in);
      });
      assertThat(v.available()).isTrue();
      assertThat(v.documents()).isEqualTo(2);
      assertThat(s.corpusViewCurrent()).isTrue();
      String dump = s.canonicalDump();
      s.refreshCorpusView(in -> {
        calls.incrementAndGet();
        return Fixtures.concatResolver(in);
      });
      assertThat(calls).hasValue(1);
      assertThat(s.corpusView().orElseThrow().ledger()).isEqualTo(v.ledger());
      s.addDecision(ManualDecision.Action.MERGE, List.of("Riverton council", "Port Alder police"), null);
      assertThat(s.corpusViewCurrent()).isFalse();
      s.refreshCorpusView(Fixtures::concatResolver);
      assertThat(s.corpusInput().decisions()).hasSize(1);
      s.undoDecision("m1");
      s.refreshCorpusView(Fixtures::concatResolver);
      assertThat(s.canonicalDump().replaceAll("(?m)^id=m1.*\\n", "").replaceAll("(?s)== manual_decision\\n.*?(?=== corpus_view)", ""))
          .isEqualTo(dump.replaceAll("(?s)== manual_decision\\n.*?(?=== corpus_view)", ""));
      // the view is its JSON: read back from a second connection, clusters and their corroboration
      // are as the resolver gave them, and the canonical dump holds them
      try (LedgerStore other = reopen()) {
        CorpusLedger stored = other.corpusView().orElseThrow().ledger();
        assertThat(stored.clusters()).extracting(EventCluster::id, EventCluster::type, k -> k.events().size())
            .contains(tuple("cv1", EventType.COERCE, 1));
        assertThat(stored.corroboration()).filteredOn(k -> k.cluster().equals("cv1")).singleElement()
            .satisfies(k -> {
              assertThat(k.independentSources()).hasSize(1);
              assertThat(k.deniedBy()).isEmpty();
            });
      }
      assertThat(dump).contains("\"clusters\":[{\"id\":\"cv1\"").doesNotContain("== corpus_cluster");
    }
  }

  @Test
  void aFailingResolverLeavesAnExplainedView() {
    try (LedgerStore s = newStore()) {
      s.commitDocument(Fixtures.doc("Riverton council", "x", "/in/a.txt", 1), Fixtures.SAME_FIRST_HASH);
      CorpusView v = s.refreshCorpusView(in -> {
        throw new UnsupportedOperationException("not yet");
      });
      assertThat(v.available()).isFalse();
      assertThat(v.error()).isEqualTo("not yet");
      assertThat(s.corpusView().orElseThrow().error()).isEqualTo("not yet");
    }
  }

  @Test
  void fullTextSearchFindsDocumentsClaimsAndEntities() {
    try (LedgerStore s = newStore()) {
      NewDocument a = Fixtures.doc("Riverton council", "Lorries must detour around the bridges.", "/in/a.txt", 1);
      NewDocument b = Fixtures.doc("Port Alder police", "Boats were sent to the flooded streets.", "/in/b.txt", 2);
      s.commitDocument(a, Fixtures.SAME_FIRST_HASH);
      s.commitDocument(b, Fixtures.SAME_FIRST_HASH);
      s.refreshCorpusView(Fixtures::concatResolver);
      assertThat(s.search("lorry detours", SearchKind.DOCUMENT, 10)).extracting(SearchHit::ref).containsExactly(a.info().id());
      assertThat(s.search("bridge", SearchKind.DOCUMENT, 10)).hasSize(2);
      assertThat(s.search("bridge flooded", SearchKind.DOCUMENT, 10)).extracting(SearchHit::ref).containsExactly(b.info().id());
      assertThat(s.search("nothing-like-this", SearchKind.DOCUMENT, 10)).isEmpty();
      assertThat(s.search("the", SearchKind.DOCUMENT, 10)).isEmpty();
      assertThat(s.search("police", SearchKind.ENTITY, 10)).extracting(SearchHit::ref).containsExactly("e2");
      // the claim is the attribution's content ("that it closed the bridge") with its source
      assertThat(s.search("closed bridge police", SearchKind.CLAIM, 10)).extracting(SearchHit::ref).containsExactly("a2");
    }
  }

  /**
   * The view's claim and entity tokens are written as the difference from the previous view's:
   * after views whose items came, went and were renamed, the index holds exactly the rows a store
   * that computed only the last view holds.
   */
  @Test
  void viewTokensWrittenAsADifferenceEqualThoseOfOneFreshView() {
    java.util.function.Function<CorpusInput, CorpusLedger> renaming = in -> {
      CorpusLedger c = Fixtures.concatResolver(in);
      Ledger l = c.ledger();
      List<org.attest.model.Entity> renamed = l.entities().stream()
          .map(e -> new org.attest.model.Entity(e.id(), "Formerly " + e.name(), e.type(), List.of("Obsolete alias"), e.mentions(),
              e.extractor()))
          .toList();
      return new CorpusLedger(new Ledger(l.format(), l.documents(), renamed, l.times(), l.events(), l.attributions(),
          l.quotes(), l.findings()), c.entityMerges(), c.clusters(), c.corroboration());
    };
    String incremental;
    try (LedgerStore s = newStore()) {
      s.commitDocument(Fixtures.doc("Riverton council", "Lorries must detour.", "/in/a.txt", 1), Fixtures.SAME_FIRST_HASH);
      s.commitDocument(Fixtures.doc("Port Alder police", "Boats were sent.", "/in/b.txt", 2), Fixtures.SAME_FIRST_HASH);
      s.refreshCorpusView(renaming);
      assertThat(s.search("obsolete", SearchKind.ENTITY, 10)).hasSize(2);
      s.commitDocument(Fixtures.doc("Kelby trust", "Ferries ran late.", "/in/c.txt", 3), Fixtures.SAME_FIRST_HASH);
      s.refreshCorpusView(Fixtures::concatResolver);
      assertThat(s.search("obsolete", SearchKind.ENTITY, 10)).isEmpty();
      incremental = tokens(s.canonicalDump());
    }
    try (LedgerStore s = newStore()) {
      s.commitDocument(Fixtures.doc("Riverton council", "Lorries must detour.", "/in/a.txt", 1), Fixtures.SAME_FIRST_HASH);
      s.commitDocument(Fixtures.doc("Port Alder police", "Boats were sent.", "/in/b.txt", 2), Fixtures.SAME_FIRST_HASH);
      s.commitDocument(Fixtures.doc("Kelby trust", "Ferries ran late.", "/in/c.txt", 3), Fixtures.SAME_FIRST_HASH);
      s.refreshCorpusView(Fixtures::concatResolver);
      assertThat(incremental).isEqualTo(tokens(s.canonicalDump())).contains("kind=E\tref=e3");
    }
  }

  private static String tokens(String dump) {
    return dump.substring(dump.indexOf("== search_token"));
  }

  @Test
  void twoStoresFedTheSameWayDumpTheSame() {
    String first;
    try (LedgerStore s = newStore()) {
      s.commitDocument(Fixtures.doc("Riverton council", "x", "/in/a.txt", 1), Fixtures.SAME_FIRST_HASH);
      s.refreshCorpusView(Fixtures::concatResolver);
      first = s.canonicalDump();
    }
    try (LedgerStore s = newStore()) {
      s.commitDocument(Fixtures.doc("Riverton council", "x", "/in/a.txt", 1), Fixtures.SAME_FIRST_HASH);
      s.refreshCorpusView(Fixtures::concatResolver);
      assertThat(s.canonicalDump()).isEqualTo(first);
    }
  }

  @Test
  void idsStayWithTheirItemsAcrossIngestsAndAMergedAwayIdRedirects() {
    try (LedgerStore s = newStore()) {
      s.commitDocument(Fixtures.doc("Riverton council", "a", "/in/a.txt", 1), Fixtures.SAME_FIRST_HASH);
      s.commitDocument(Fixtures.doc("Port Alder police", "b", "/in/b.txt", 2), Fixtures.SAME_FIRST_HASH);
      org.attest.crossdoc.CorpusResolver resolver = new org.attest.crossdoc.CorpusResolver();
      CorpusView first = s.refreshCorpusView(resolver::resolve);
      java.util.Map<String, String> before = new java.util.TreeMap<>();
      first.ledger().ledger().entities().forEach(e -> before.put(e.name(), e.id()));
      java.util.Map<String, String> clustersBefore = new java.util.TreeMap<>();
      first.ledger().clusters().forEach(c -> clustersBefore.put(first.ledger().origins().get(c.events().get(0)), c.id()));
      // Documents are ordered by their (hash) ids, so new ones land before and after the old ones.
      for (String org : List.of("Eastmoor board", "Kelby trust", "Northfold union", "Ashgrove club", "Wrenfield guild")) {
        s.commitDocument(Fixtures.doc(org, org, "/in/" + org + ".txt", org.length() + 10), Fixtures.SAME_FIRST_HASH);
      }
      CorpusView second = s.refreshCorpusView(resolver::resolve);
      second.ledger().ledger().entities().stream().filter(e -> before.containsKey(e.name()))
          .forEach(e -> assertThat(e.id()).as(e.name()).isEqualTo(before.get(e.name())));
      second.ledger().clusters().stream().filter(c -> clustersBefore.containsKey(second.ledger().origins().get(c.events().get(0))))
          .forEach(c -> assertThat(c.id()).isEqualTo(clustersBefore.get(second.ledger().origins().get(c.events().get(0)))));
      assertThat(second.ledger().ledger().entities()).hasSize(7);

      s.addDecision(ManualDecision.Action.MERGE, List.of("Riverton council", "Port Alder police"), "test");
      CorpusView third = s.refreshCorpusView(resolver::resolve);
      java.util.Set<String> now = new java.util.TreeSet<>();
      third.ledger().ledger().entities().forEach(e -> now.add(e.id()));
      String a = before.get("Riverton council");
      String b = before.get("Port Alder police");
      String survivor = now.contains(a) ? a : b;
      String gone = survivor.equals(a) ? b : a;
      assertThat(now).doesNotContain(gone);
      assertThat(s.idChange(gone)).hasValueSatisfying(ch -> {
        assertThat(ch.kind()).isEqualTo(org.attest.crossdoc.StableIds.Change.Kind.MERGED);
        assertThat(ch.into()).containsExactly(survivor);
      });
      assertThat(s.currentId(gone)).contains(survivor);
      assertThat(s.currentId(survivor)).contains(survivor);
      assertThat(s.idChange("e999")).isEmpty();
    }
    try (LedgerStore s = reopen()) {
      assertThat(s.canonicalDump()).contains("change_kind=MERGED");
    }
  }
}
