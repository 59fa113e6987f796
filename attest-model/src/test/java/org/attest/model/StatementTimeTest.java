package org.attest.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.attest.model.StatementTime.Basis;
import org.junit.jupiter.api.Test;

class StatementTimeTest {

  @Test
  void aStatedCalendarValueWinsElseThePublicationDateMarkedAsInferred() {
    assertThat(StatementTime.of("2025-04", "2025-07-01")).isEqualTo(new StatementTime("2025-04", Basis.STATED));
    assertThat(StatementTime.of("P3M", "2025-07-01")).isEqualTo(new StatementTime("2025-07-01", Basis.PUBLICATION));
    assertThat(StatementTime.of(null, "2025-07-01").inferred()).isTrue();
    assertThat(StatementTime.of(null, "2025-07-01").label()).isEqualTo("2025-07-01 (publication date)");
    assertThat(StatementTime.of("XXXX-04", null)).isNull();
  }

  @Test
  void anOlderLedgerWithoutTheFieldIsDatedTheSameWay() {
    Attribution a = new Attribution("a1", "v1", "e1", null, "d1", 0, 4, "said", null, null, Stance.ASSERT,
        Certainty.CERTAIN, "t1", null);
    assertThat(a.statementTime()).isNull();
    assertThat(StatementTime.of(a, Map.of("t1", "2025-04-26")::get, "2025-07-01"))
        .isEqualTo(new StatementTime("2025-04-26", Basis.STATED));
    Attribution b = a.withStatementTime(new StatementTime("2025-07-01", Basis.PUBLICATION));
    assertThat(StatementTime.of(b, id -> null, "1999-01-01")).isEqualTo(b.statementTime());
  }

  @Test
  void itRoundTripsThroughTheLedgerJson() throws Exception {
    Attribution a = new Attribution("a1", "v1", "e1", null, "d1", 0, 4, "said", null, null, Stance.ASSERT,
        Certainty.CERTAIN, null, null, new StatementTime("2025-07-01", Basis.PUBLICATION));
    String json = LedgerJson.writeCompact(a);
    assertThat(json).contains("\"statement_time\":{\"value\":\"2025-07-01\",\"basis\":\"PUBLICATION\"}");
    assertThat(LedgerJson.mapper().readValue(json, Attribution.class)).isEqualTo(a);
    // a ledger written before the field existed still reads
    String old = json.replaceAll(",\"statement_time\":\\{[^}]*\\}", "");
    assertThat(LedgerJson.mapper().readValue(old, Attribution.class).statementTime()).isNull();
  }

  @Test
  void anEventIsReportedOnTheEarliestStatementAndAStatedDateWinsTheSameDay() {
    StatementTime pub4 = new StatementTime("2025-03-04", Basis.PUBLICATION);
    StatementTime said4 = new StatementTime("2025-03-04", Basis.STATED);
    StatementTime said2 = new StatementTime("2025-03-02", Basis.STATED);
    StatementTime march = new StatementTime("2025-03", Basis.STATED);
    assertThat(StatementTime.earliest(java.util.List.of(pub4, said4))).isEqualTo(said4);
    assertThat(StatementTime.earliest(java.util.List.of(said4, pub4))).isEqualTo(said4);
    assertThat(StatementTime.earliest(java.util.Arrays.asList(null, pub4, said2))).isEqualTo(said2);
    // the month starts first; on the same first day the narrower date wins, whatever the order
    assertThat(StatementTime.earliest(java.util.List.of(said2, march))).isEqualTo(march);
    StatementTime first = new StatementTime("2025-03-01", Basis.STATED);
    assertThat(StatementTime.earliest(java.util.List.of(march, first))).isEqualTo(first);
    assertThat(StatementTime.earliest(java.util.List.of(first, march))).isEqualTo(first);
    assertThat(StatementTime.earliest(java.util.List.of())).isNull();
    assertThat(pub4.reportedOnLabel()).isEqualTo("reported on 2025-03-04 (publication date)");
    assertThat(said2.reportedOnLabel()).isEqualTo("reported on 2025-03-02");
  }
}
