package org.attest.store;

import java.util.List;
import org.attest.crossdoc.CorpusInput;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.Corroboration;
import org.attest.crossdoc.EventCluster;
import org.attest.model.Attribution;
import org.attest.model.Certainty;
import org.attest.model.DocumentInfo;
import org.attest.model.DocumentText;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Event;
import org.attest.model.EventType;
import org.attest.model.Ledger;
import org.attest.model.Ledgers;
import org.attest.model.Mention;
import org.attest.model.Modality;
import org.attest.model.Polarity;
import org.attest.model.Provenance;
import org.attest.model.Span;
import org.attest.model.Stance;
import org.attest.model.TimeExpression;

/** Small hand-built documents and ledgers for store tests. */
final class Fixtures {

  static final Provenance BY_HAND = Provenance.of("by-hand", "1");

  private Fixtures() {}

  /**
   * A document "ORG said on Tuesday that it closed the bridge." with its ledger: the organization,
   * the time, a CLOSE event and the organization's attribution. {@code band} controls the fake
   * near-duplicate keys: documents with equal band share every key and signature.
   */
  static NewDocument doc(String org, String extra, String source, int band) {
    String text = DocumentText.normalize(org + " said on Tuesday that it closed the bridge. " + extra + "\n");
    String sha = DocumentText.sha256(text);
    String id = DocumentIds.of(sha);
    DocumentInfo info = new DocumentInfo(id, sha, "Bridge " + band, "Outlet " + org, null, "2025-03-04", source, "en", text.length());
    int said = text.indexOf("said");
    int tue = text.indexOf("Tuesday");
    int closed = text.indexOf("closed");
    Entity e = new Entity("e1", org, EntityType.ORGANIZATION, List.of(org), List.of(new Mention(id, 0, org.length())), BY_HAND);
    TimeExpression t = new TimeExpression("t1", id, tue, tue + 7, "Tuesday", "DATE", "2025-03-04", null, BY_HAND);
    Event v = new Event("v1", id, closed, closed + 6, "closed", new Span(0, text.indexOf('.') + 1), EventType.COERCE, "close",
        List.of("e1"), null, null, "t1", null, Modality.ACTUAL, Polarity.POSITIVE, org + " closed the bridge", BY_HAND);
    Attribution a = new Attribution("a1", "v1", "e1", null, id, said, said + 4, "said", new Span(0, org.length()),
        new Span(said + 5, text.indexOf('.')), Stance.ASSERT, Certainty.CERTAIN, "t1", BY_HAND);
    Ledger l = new Ledger(Ledger.FORMAT, List.of(info), List.of(e), List.of(t), List.of(v), List.of(a), List.of(), List.of());
    int[] sig = new int[] {band, band + 1, band + 2};
    long[] keys = new long[] {band * 10L, band * 10L + 1};
    return new NewDocument(info, "A. Writer", source, text, l, sig, keys);
  }

  /** The near-duplicate rule of these tests: the earliest candidate with an equal first hash. */
  static final NearDuplicateRule SAME_FIRST_HASH = (sig, candidates) -> candidates.stream()
      .filter(k -> k.signature()[0] == sig[0])
      .findFirst()
      .map(k -> new NearDuplicateRule.Match(k, 0.9));

  /**
   * A stand-in for the cross-document resolver in store tests (the real one lives in
   * attest-crossdoc): concatenates the ledgers and makes one cluster per event, each corroborated
   * by its attributions' sources. Enough to exercise materialization, not a resolver.
   */
  static CorpusLedger concatResolver(CorpusInput in) {
    Ledger l = Ledgers.concat(in.documents());
    List<EventCluster> clusters = l.events().stream()
        .map(v -> new EventCluster("c" + v.id(), List.of(v.id()), v.type(), v.actor(), null, List.of("alone")))
        .toList();
    List<Corroboration> co = l.events().stream()
        .map(v -> new Corroboration("c" + v.id(),
            l.attributions().stream().filter(a -> v.id().equals(a.event())).map(Attribution::source).distinct().toList(),
            List.of(), l.attributions().stream().filter(a -> v.id().equals(a.event())).map(Attribution::id).toList()))
        .toList();
    return new CorpusLedger(l, List.of(), clusters, co);
  }
}
