package org.attest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.extract.Pipelines.attributionsOf;
import static org.attest.extract.Pipelines.eventWithTrigger;
import static org.attest.extract.Pipelines.extract;
import static org.attest.extract.Pipelines.valueOf;

import org.attest.model.FindingKind;
import org.attest.model.Ledger;
import org.attest.model.StatementTime;
import org.attest.model.StatementTime.Basis;
import org.junit.jupiter.api.Test;

/** Issue 11: a statement is dated by the time governing its cue, else by the publication date (marked); an event by its own words. */
class StatementTimeTest {

  @Test
  void theCueDatesTheStatementNotTheSeizure() {
    Ledger l = extract("Kenya said on Tuesday that its navy had seized a cargo ship.", "2024-06-13");
    var seized = eventWithTrigger(l, "seized");
    assertThat(seized.time()).as("the seizure has no date of its own").isNull();
    assertThat(attributionsOf(l, seized)).singleElement().satisfies(a -> {
      assertThat(valueOf(l, a.time())).isEqualTo("2024-06-11");
      assertThat(a.statementTime()).isEqualTo(new StatementTime("2024-06-11", Basis.STATED));
    });
  }

  @Test
  void eachKeepsItsOwnDate() {
    Ledger l = extract("Kenya confirmed on Wednesday that its navy had seized a cargo ship on Sunday.", "2024-06-13");
    var seized = eventWithTrigger(l, "seized");
    assertThat(valueOf(l, seized.time())).isEqualTo("2024-06-09");
    assertThat(attributionsOf(l, seized)).anySatisfy(a ->
        assertThat(a.statementTime()).isEqualTo(new StatementTime("2024-06-12", Basis.STATED)));
  }

  @Test
  void withoutAStatedDateThePublicationDateStandsInMarkedAsInferred() {
    Ledger l = extract("Kenya said its navy had seized a cargo ship.", "2024-06-13");
    assertThat(attributionsOf(l, eventWithTrigger(l, "seized"))).singleElement().satisfies(a -> {
      assertThat(a.time()).isNull();
      assertThat(a.statementTime()).isEqualTo(new StatementTime("2024-06-13", Basis.PUBLICATION));
      assertThat(a.statementTime().inferred()).isTrue();
    });
  }

  @Test
  void withoutAnyDateThereIsNoStatementTime() {
    Ledger l = extract("Kenya said its navy had seized a cargo ship.", null);
    assertThat(attributionsOf(l, eventWithTrigger(l, "seized"))).singleElement()
        .satisfies(a -> assertThat(a.statementTime()).isNull());
  }

  @Test
  void aReversalIsOrderedByStatementTimeAndSaysSo() {
    Ledger l = extract("In May, Kenya confirmed that its navy had seized a cargo ship. "
        + "In March, Kenya denied that its navy had seized a cargo ship.", "2024-06-13");
    assertThat(l.findings()).filteredOn(f -> f.kind() == FindingKind.STANCE_REVERSAL).singleElement().satisfies(f -> {
      assertThat(f.explanation()).containsPattern("denied .*then confirmed").contains("Ordered by when the statements were made");
    });
  }
}
