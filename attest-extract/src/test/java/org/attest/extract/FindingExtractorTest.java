package org.attest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.extract.Pipelines.extract;

import org.attest.model.FindingKind;
import org.attest.model.Ledger;
import org.junit.jupiter.api.Test;

class FindingExtractorTest {

  @Test
  void aDenialThenAConfirmationBySameSourceIsAStanceReversal() {
    Ledger l = extract("Serbia denied that Serbian troops had entered Kosovo. "
        + "In May 2023, Serbia confirmed that Serbian troops had entered Kosovo.", "2024-06-10");
    assertThat(l.findings()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.STANCE_REVERSAL);
      assertThat(f.items()).hasSize(2);
      assertThat(f.explanation()).contains("Serbia").contains("denied").contains("confirmed").contains("2023-05");
    });
  }

  @Test
  void aPlannedFigureDoesNotConflictWithAnActualOne() {
    Ledger l = extract("Nigeria has sent about 300 soldiers to Niger and plans to send up to 2,000 soldiers to Niger.",
        "2024-06-10");
    assertThat(l.events()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(l.findings()).noneMatch(f -> f.kind() == FindingKind.QUANTITY_CONFLICT);
  }

  @Test
  void twoIncompatibleCountsOfOneActualEventConflict() {
    Ledger l = extract("Chilean police arrested 40 protesters in Valparaiso. "
        + "Organizers said Chilean police arrested 300 protesters in Valparaiso.", "2024-06-10");
    assertThat(l.findings()).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.QUANTITY_CONFLICT);
      assertThat(f.explanation()).contains("40").contains("300");
    });
  }

  @Test
  void twoIncompatibleDatesOfOneEventConflict() {
    Ledger l = extract("Ecuador expelled Mexico's ambassador on April 6, 2024. "
        + "Other accounts say Ecuador expelled Mexico's ambassador on April 9, 2024.", "2024-06-10");
    assertThat(l.findings()).anySatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.DATE_CONFLICT));
  }
}
