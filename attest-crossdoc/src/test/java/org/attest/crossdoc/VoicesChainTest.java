package org.attest.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Attribution;
import org.attest.model.Certainty;
import org.attest.model.DocumentInfo;
import org.attest.model.Ledger;
import org.attest.model.Provenance;
import org.attest.model.Span;
import org.attest.model.Stance;
import org.junit.jupiter.api.Test;

/** The one relay walk: from an attribution through its "via" links to the origin, safe on loops and gaps. */
class VoicesChainTest {

  static Attribution a(String id, String source, String via) {
    return new Attribution(id, "v1", source, via, "d1", 0, 1, "said", null, new Span(0, 1), Stance.REPORT,
        Certainty.CERTAIN, null, Provenance.of("test", "1"));
  }

  static Voices voices(Attribution... as) {
    return new Voices(new Ledger(Ledger.FORMAT, List.of(new DocumentInfo("d1", "x", null, "Wire", null, null, null, "en", 1)),
        null, null, null, List.of(as), null, null));
  }

  @Test
  void theChainRunsFromTheVoiceInTheDocumentToTheOrigin() {
    Attribution wire = a("a1", "e1", "a2"), media = a("a2", "e2", "a3"), origin = a("a3", "e3", null);
    Voices v = voices(wire, media, origin);
    assertThat(v.chain(wire)).extracting(Attribution::id).containsExactly("a1", "a2", "a3");
    assertThat(v.origin(wire).id()).isEqualTo("a3");
    assertThat(v.chain(origin)).containsExactly(origin);
  }

  @Test
  void aLoopOrAMissingLinkEndsTheChain() {
    Attribution x = a("a1", "e1", "a2"), y = a("a2", "e2", "a1"), gap = a("a3", "e3", "a9");
    Voices v = voices(x, y, gap);
    assertThat(v.chain(x)).extracting(Attribution::id).containsExactly("a1", "a2", "a1");
    assertThat(v.chain(gap)).extracting(Attribution::id).containsExactly("a3");
    assertThat(v.origin(gap).id()).isEqualTo("a3");
  }
}
