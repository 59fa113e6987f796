package org.attest.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.model.Attribution.AUTHOR;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.attest.model.EntityType;
import org.attest.model.EventType;
import org.attest.model.Ledger;
import org.attest.model.LedgerJson;
import org.attest.model.Modality;
import org.attest.model.Stance;

class DeterminismPropertyTest {

  /** A small story: deployments, a denial, a relay, a copy, a plan; enough to exercise every rule. */
  private static List<Ledger> story() {
    List<Ledger> docs = new ArrayList<>();
    String[] months = {"2024-10", "2024-10-05", "2024", null, "2024-11", "2024-10"};
    long[] counts = {1500, 1500, 0, 3000, 1500, 12000};
    for (int i = 0; i < months.length; i++) {
      Doc d = new Doc("d" + (i + 1)).outlet(i % 3 == 0 ? "Wire" : "Paper " + i).published("2024-12-" + (10 + i));
      String ru = d.entity(i % 2 == 0 ? "Ruritania" : "the Ruritania", EntityType.COUNTRY, "Ruritanian government");
      String fr = d.entity("Freedonia", EntityType.COUNTRY);
      String min = d.entity("Rudolf Rassendyll", EntityType.PERSON, "the minister");
      String t = months[i] == null ? null : d.time(months[i]);
      Modality m = i == 5 ? Modality.PLANNED : Modality.ACTUAL;
      String v = d.event(EventType.MOBILIZE, "sent", ru, fr, null, t,
          counts[i] == 0 ? null : Doc.qty(String.format("%,d", counts[i]), counts[i], "troops"), m);
      String a = d.attribute(v, i == 2 ? ru : min, i == 2 ? Stance.DENY : Stance.ASSERT);
      d.attribute(v, AUTHOR, Stance.REPORT, a, null);
      docs.add(d.ledger());
    }
    return docs;
  }

  private static String render(CorpusLedger c) {
    return LedgerJson.write(c.ledger()) + c.entityMerges() + c.clusters() + c.corroboration() + c.origins();
  }

  @Property(tries = 50)
  void shuffledDocumentsGiveByteIdenticalOutput(@ForAll long seed) {
    List<ManualDecision> decisions = List.of(
        new ManualDecision("m1", ManualDecision.Action.MERGE, List.of("Freedonia", "Rudolf Rassendyll"), null),
        new ManualDecision("s1", ManualDecision.Action.SPLIT, List.of("Freedonia", "Rudolf Rassendyll"), null));
    Map<String, String> copies = Map.of("d4", "d1");
    String expected = render(new CorpusResolver().resolve(new CorpusInput(story(), copies, decisions)));
    List<Ledger> shuffled = new ArrayList<>(story());
    Collections.shuffle(shuffled, new Random(seed));
    String actual = render(new CorpusResolver().resolve(new CorpusInput(shuffled, copies, decisions)));
    assertThat(actual).isEqualTo(expected);
    assertThat(expected).contains("DATE_CONFLICT").contains("CORROBORATION").contains("CONTRADICTION");
  }
}
