package org.attest.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ledger.remap renames every id and every reference, and nothing else. */
class LedgerRemapTest {

  static final Provenance P = Provenance.of("test", "1");

  static Ledger ledger() {
    DocumentInfo d = new DocumentInfo("d1", "x", "T", null, null, null, null, "en", 40);
    Entity a = new Entity("e1", "Oslo", EntityType.LOCATION, List.of("Oslo"), List.of(new Mention("d1", 0, 4)), P);
    Entity b = new Entity("e2", "Oslo city", EntityType.LOCATION, List.of("Oslo city"), List.of(new Mention("d1", 5, 14)), P);
    TimeExpression t = new TimeExpression("t1", "d1", 20, 26, "Monday", "DATE", "2030-05-06", null, P);
    Event v = new Event("v1", "d1", 15, 19, "left", new Span(0, 30), EventType.OTHER, "leave", List.of("e1", "e2"), null,
        "e2", "t1", null, Modality.ACTUAL, Polarity.POSITIVE, "Oslo left", P);
    Attribution relay = new Attribution("a1", "v1", "e1", "a2", "d1", 27, 30, "say", null, new Span(0, 19), Stance.REPORT,
        Certainty.CERTAIN, "t1", P).withStatementTime(new StatementTime("2030-05-06", StatementTime.Basis.STATED));
    Attribution origin = new Attribution("a2", "v1", Attribution.AUTHOR, null, "d1", 15, 19, null, null, new Span(0, 30),
        Stance.ASSERT, Certainty.CERTAIN, null, P);
    Quote q = new Quote("q1", "d1", 31, 35, "“ok”", "e2", P);
    Finding f = new Finding("f1", FindingKind.CONTRADICTION, List.of("a1", "a2"), "x", P);
    return new Ledger(Ledger.FORMAT, List.of(d), List.of(a, b), List.of(t), List.of(v), List.of(relay, origin), List.of(q),
        List.of(f));
  }

  @Test
  void everyIdAndReferenceIsRenamed() {
    Ledger r = ledger().remap(Map.of("d1", "D", "e1", "E1", "e2", "E2", "t1", "T", "v1", "V", "a1", "A1", "a2", "A2",
        "q1", "Q", "f1", "F"));
    assertThat(r.documents().get(0).id()).isEqualTo("D");
    assertThat(r.entities()).extracting(Entity::id).containsExactly("E1", "E2");
    assertThat(r.entities().get(0).mentions().get(0).doc()).isEqualTo("D");
    Event v = r.events().get(0);
    assertThat(List.of(v.id(), v.doc(), v.location(), v.time())).containsExactly("V", "D", "E2", "T");
    assertThat(v.actor()).containsExactly("E1", "E2");
    Attribution a1 = r.attributions().get(0);
    assertThat(List.of(a1.id(), a1.event(), a1.source(), a1.via(), a1.doc(), a1.time())).containsExactly("A1", "V", "E1", "A2", "D", "T");
    assertThat(r.attributions().get(1).source()).isEqualTo(Attribution.AUTHOR);
    assertThat(a1.statementTime()).isEqualTo(new StatementTime("2030-05-06", StatementTime.Basis.STATED));
    assertThat(r.quotes().get(0).speaker()).isEqualTo("E2");
    assertThat(r.findings().get(0).items()).containsExactly("A1", "A2");
    assertThat(r.findings().get(0).id()).isEqualTo("F");
    // Offsets, text and values are untouched.
    assertThat(r.times().get(0).value()).isEqualTo("2030-05-06");
    assertThat(r.attributions().get(0).content()).isEqualTo(new Span(0, 19));
  }

  @Test
  void unmappedIdsStayAndMergedActorsAreNotRepeated() {
    Ledger r = ledger().remap(Map.of("e2", "e1", Attribution.AUTHOR, "not-author"));
    assertThat(r.events().get(0).actor()).containsExactly("e1");
    assertThat(r.events().get(0).id()).isEqualTo("v1");
    assertThat(r.attributions().get(1).source()).isEqualTo(Attribution.AUTHOR);
    assertThat(ledger().remap(Map.of())).isEqualTo(ledger());
  }

  @Test
  void concatRenumbersThroughRemap() {
    Ledger joined = Ledgers.concat(List.of(ledger(), ledger()));
    assertThat(joined.documents()).extracting(DocumentInfo::id).containsExactly("d1", "d2");
    assertThat(joined.events()).extracting(Event::id).containsExactly("v1", "v2");
    assertThat(joined.attributions()).extracting(Attribution::via).containsExactly("a2", null, "a4", null);
    // Same name and type: one entity with the mentions of both documents.
    assertThat(joined.entities()).hasSize(2);
    assertThat(joined.entities().get(0).mentions()).extracting(Mention::doc).containsExactly("d1", "d2");
    assertThat(joined.events().get(1).time()).isEqualTo("t2");
  }
}
