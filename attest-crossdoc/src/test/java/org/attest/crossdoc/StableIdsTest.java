package org.attest.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.EventType;
import org.attest.model.Ledger;
import org.attest.model.Modality;
import org.junit.jupiter.api.Test;

class StableIdsTest {

  private static CorpusLedger resolve(StableIds previous, List<ManualDecision> decisions, Doc... docs) {
    List<Ledger> ledgers = Arrays.stream(docs).map(Doc::ledger).toList();
    return new CorpusResolver().resolve(new CorpusInput(ledgers, Map.of(), decisions, previous));
  }

  private static String idOf(CorpusLedger c, String name) {
    return c.ledger().entities().stream().filter(e -> e.name().equals(name)).map(Entity::id).findFirst().orElseThrow();
  }

  private static Doc report(String id, String... names) {
    Doc d = new Doc(id);
    List<String> ids = new ArrayList<>();
    for (String n : names) {
      ids.add(d.entity(n, n.endsWith("a") ? EntityType.COUNTRY : EntityType.PERSON));
    }
    d.event(EventType.MOBILIZE, "sent", ids.get(0), ids.size() > 1 ? ids.get(1) : null, null, null, null, Modality.ACTUAL);
    return d;
  }

  @Test
  void aNewDocumentWhoseNamesComeFirstChangesNoExistingId() {
    Doc a = report("d2", "Ruritania", "Freedonia");
    Doc b = report("d3", "Ruritania", "Corvania");
    CorpusLedger first = resolve(StableIds.EMPTY, List.of(), a, b);
    assertThat(first.ledger().entities()).extracting(Entity::id).containsExactly("e1", "e2", "e3");
    // d1 sorts before d2 and names a new country first: a plain renumbering would shift every id.
    Doc c = report("d1", "Osterlich", "Freedonia");
    CorpusLedger second = resolve(first.ids(), List.of(), a, b, c);
    assertThat(idOf(second, "Ruritania")).isEqualTo(idOf(first, "Ruritania"));
    assertThat(idOf(second, "Freedonia")).isEqualTo(idOf(first, "Freedonia"));
    assertThat(idOf(second, "Corvania")).isEqualTo(idOf(first, "Corvania"));
    assertThat(idOf(second, "Osterlich")).isEqualTo("e4");
    // Events and clusters keep theirs too.
    assertThat(second.origins()).containsEntry("v1", "d2/v1").containsEntry("v2", "d3/v1");
    assertThat(second.clusterOf("v1").id()).isEqualTo(first.clusterOf("v1").id());
    assertThat(second.idChanges()).isEmpty();
  }

  @Test
  void aMergedAwayIdSaysWhereItWentAndIsNeverReused() {
    Doc a = report("d1", "Korean Central News Agency");
    Doc b = report("d2", "Pyongyang Agency");
    CorpusLedger first = resolve(StableIds.EMPTY, List.of(), a, b);
    String kept = idOf(first, "Korean Central News Agency");
    String gone = idOf(first, "Pyongyang Agency");
    List<ManualDecision> merge = List.of(new ManualDecision("m1", ManualDecision.Action.MERGE,
        List.of("Korean Central News Agency", "Pyongyang Agency"), null));
    CorpusLedger second = resolve(first.ids(), merge, a, b);
    assertThat(second.ledger().entities()).extracting(Entity::id).containsExactly(kept);
    assertThat(second.idChanges()).anySatisfy(ch -> {
      assertThat(ch.id()).isEqualTo(gone);
      assertThat(ch.kind()).isEqualTo(StableIds.Change.Kind.MERGED);
      assertThat(ch.into()).containsExactly(kept);
    });
    // Undone: the split-off part gets a fresh number, not the merged-away one.
    CorpusLedger third = resolve(second.ids(), List.of(), a, b);
    assertThat(idOf(third, "Korean Central News Agency")).isEqualTo(kept);
    assertThat(idOf(third, "Pyongyang Agency")).isNotEqualTo(gone).isNotEqualTo(kept);
    assertThat(third.idChanges()).anySatisfy(ch -> {
      assertThat(ch.id()).isEqualTo(kept);
      assertThat(ch.kind()).isEqualTo(StableIds.Change.Kind.SPLIT);
      assertThat(ch.into()).containsExactly(kept, idOf(third, "Pyongyang Agency"));
    });
  }

  @Test
  void theSameInputAndPreviousIdsGiveTheSameOutput() {
    Doc a = report("d1", "Ruritania", "Freedonia");
    Doc b = report("d2", "Ruritania", "Freedonia");
    CorpusLedger first = resolve(StableIds.EMPTY, List.of(), a, b);
    CorpusLedger again = resolve(first.ids(), List.of(), a, b);
    assertThat(org.attest.model.LedgerJson.write(again.ledger())).isEqualTo(org.attest.model.LedgerJson.write(first.ledger()));
    assertThat(again.clusters()).isEqualTo(first.clusters());
    assertThat(again.ids()).isEqualTo(first.ids());
  }
}
