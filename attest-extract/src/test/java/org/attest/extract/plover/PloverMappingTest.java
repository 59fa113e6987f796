package org.attest.extract.plover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.EventType;
import org.junit.jupiter.api.Test;

class PloverMappingTest {

  private static final List<String> TABLE = List.of(
      "# header",
      "17: COERCE",
      "170: COERCE, ,    # Coerce",
      "173: COERCE, arrest, legal            # Arrest",
      "09: ACCUSE",
      "090: ACCUSE, investigate,  # Investigate",
      "112: ACCUSE, disapprove,    # Accuse",
      "100: REQUEST,  ,  # REQUEST",
      "~~~~~");
  private static final List<String> DECISIONS = List.of(
      "category\tREQUEST\t*\tDEMAND",
      "category\tACCUSE\tinvestigate\tINVESTIGATE",
      "category\tACCUSE\t*\tDISAPPROVE",
      "code\t02\tREQUEST\t");

  @Test
  void mapsCodesWithModeAndFallsBackToTheLongestListedPrefix() {
    PloverMapping m = PloverMapping.parse(TABLE, DECISIONS);
    assertThat(m.coding("173").type()).isEqualTo(EventType.COERCE);
    assertThat(m.coding("173").mode()).isEqualTo("arrest");
    assertThat(m.coding("1731").code()).isEqualTo("173");
    assertThat(m.coding("179").code()).isEqualTo("17");
    assertThat(m.coding("---")).isNull();
    assertThat(m.coding("01")).isNull();
  }

  @Test
  void mapsPlover2021NamesOntoAttestTypes() {
    PloverMapping m = PloverMapping.parse(TABLE, DECISIONS);
    assertThat(m.coding("090").type()).isEqualTo(EventType.INVESTIGATE);
    assertThat(m.coding("112").type()).isEqualTo(EventType.DISAPPROVE);
    assertThat(m.coding("100").type()).isEqualTo(EventType.DEMAND);
    assertThat(m.coding("0256").type()).isEqualTo(EventType.DEMAND); // CAMEO 02 appeals, by our decision
  }

  @Test
  void theBundledTableFollowsThePloverConversion() {
    PloverMapping m = org.attest.extract.lexicon.Lexicons.defaults().lexicon().cameo().mapping();
    assertThat(m.coding("057").type()).isEqualTo(EventType.SUPPORT); // sign formal agreement
    assertThat(m.coding("0841").type()).isEqualTo(EventType.RETREAT);
    assertThat(m.coding("0841").mode()).isEqualTo("release");
    assertThat(m.coding("195").type()).isEqualTo(EventType.ASSAULT);
    assertThat(m.coding("010")).isNull(); // statements are attributions, not events
  }

  /** Where the 2021 table and the manual's definitions disagree, plover-decisions.tsv follows the manual. */
  @Test
  void theManualsDefinitionsOverrideTheTableWhereTheyDisagree() {
    PloverMapping m = org.attest.extract.lexicon.Lexicons.defaults().lexicon().cameo().mapping();
    assertThat(m.coding("163").type()).isEqualTo(EventType.SANCTION); // sanctions: SANCTION, not COERCE
    assertThat(m.coding("163").mode()).isEqualTo("discontinue");
    assertThat(m.coding("055").type()).isEqualTo(EventType.CONCEDE); // regret, apology
    assertThat(m.coding("0813").type()).isEqualTo(EventType.CONCEDE); // lifting a curfew is a verbal concession
    assertThat(m.coding("0814").type()).isEqualTo(EventType.CONCEDE);
    assertThat(m.coding("056").type()).isEqualTo(EventType.SUPPORT); // forgiving stays as the table has it
  }

  @Test
  void decisionCodeLinesOverrideTheTable() {
    PloverMapping m = PloverMapping.parse(TABLE, List.of("category\tACCUSE\t*\tDISAPPROVE", "code\t173\tACCUSE\t"));
    assertThat(m.coding("173").type()).isEqualTo(EventType.DISAPPROVE);
    assertThat(m.coding("170").type()).isEqualTo(EventType.COERCE);
  }

  @Test
  void concedeIsVerbalCooperationAsThePloverQuadTableSays() {
    assertThat(EventType.CONCEDE.quadClass()).isEqualTo(EventType.QuadClass.VERBAL_COOPERATION);
    assertThat(EventType.RETREAT.quadClass()).isEqualTo(EventType.QuadClass.MATERIAL_COOPERATION);
  }
}
