package org.attest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.extract.Pipelines.attributionsOf;
import static org.attest.extract.Pipelines.eventWithTrigger;
import static org.attest.extract.Pipelines.extract;
import static org.attest.extract.Pipelines.idOf;
import static org.attest.extract.Pipelines.valueOf;

import org.attest.model.Attribution;
import org.attest.model.Ledger;
import org.attest.model.Stance;
import org.junit.jupiter.api.Test;

class AttributionExtractorTest {

  @Test
  void aReportingVerbCreditsItsSubjectWithItsClause() {
    String text = "Kenya said on Friday that Somali forces had attacked a border post.";
    Ledger l = extract(text, "2024-06-10");
    var e = eventWithTrigger(l, "attacked");
    var as = attributionsOf(l, e);
    assertThat(as).hasSize(1);
    Attribution a = as.get(0);
    assertThat(a.source()).isEqualTo(idOf(l, "Kenya"));
    assertThat(a.stance()).isEqualTo(Stance.ASSERT);
    assertThat(a.cue()).isEqualTo("said");
    assertThat(text.substring(a.sourceMention().begin(), a.sourceMention().end())).isEqualTo("Kenya");
    // PolNeAR's convention, which the model follows: the complementizer may open the content.
    assertThat(text.substring(a.content().begin(), a.content().end())).contains("Somali forces had attacked a border post");
    assertThat(valueOf(l, a.time())).isEqualTo("2024-06-07");
  }

  @Test
  void accordingToCreditsTheWholeClause() {
    Ledger l = extract("According to Indian officials, Pakistani troops fired on a border post and wounded two guards.",
        "2024-06-10");
    var fired = eventWithTrigger(l, "fired");
    assertThat(attributionsOf(l, fired)).singleElement()
        .satisfies(a -> assertThat(a.source()).isEqualTo(idOf(l, "India")))
        .satisfies(a -> assertThat(a.cue()).isEqualTo("According to"));
  }

  @Test
  void aReportAfterTheClosingCommaSpeaksForTheClauseBeforeIt() {
    Ledger l = extract("Syrian forces shot down a drone over Idlib, the Syrian army said on Sunday.", "2024-06-10");
    assertThat(attributionsOf(l, eventWithTrigger(l, "shot"))).singleElement().satisfies(a -> {
      assertThat(a.source()).isEqualTo(idOf(l, "Syria"));
      assertThat(valueOf(l, a.time())).isEqualTo("2024-06-09");
    });
  }

  @Test
  void aGroupNamedByAPluralProperNounCanDeny() {
    Ledger l = extract("Nigeria said its forces had attacked a camp. The Ambazonians denied the claims.", "2024-06-10");
    assertThat(attributionsOf(l, eventWithTrigger(l, "attacked")))
        .anySatisfy(a -> assertThat(a.stance()).isEqualTo(Stance.DENY));
  }

  @Test
  void aPlanCoordinatedWithAnActIsPartOfTheSameContent() {
    Ledger l = extract("According to Lithuanian officials, Belarus has sent 300 soldiers to the border and plans to deploy "
        + "up to 2,000 soldiers there.", "2024-06-10");
    for (String trigger : new String[] {"sent", "deploy"}) {
      assertThat(attributionsOf(l, eventWithTrigger(l, trigger)))
          .anySatisfy(a -> assertThat(a.source()).isEqualTo(idOf(l, "Lithuania")));
    }
  }

  @Test
  void aCoordinatedReportIsNotPartOfTheFirstReportsContent() {
    Ledger l = extract("Armenia first denied that its troops had shelled the village, but later confirmed that its "
        + "troops had attacked the village.", "2024-06-10");
    assertThat(attributionsOf(l, eventWithTrigger(l, "attacked")))
        .noneMatch(a -> a.stance() == Stance.DENY)
        .anyMatch(a -> a.stance() == Stance.CONFIRM);
  }

  @Test
  void aDenialOfTheAccusationsPointsBackAtThePreviousSentence() {
    Ledger l = extract("Rwanda has sent troops into Congo, the United Nations said. Kigali denied the accusations.",
        "2024-06-10");
    var sent = eventWithTrigger(l, "sent");
    assertThat(attributionsOf(l, sent)).anySatisfy(a -> {
      assertThat(a.source()).isEqualTo(idOf(l, "Rwanda"));
      assertThat(a.stance()).isEqualTo(Stance.DENY);
    });
  }

  @Test
  void aRelayGoesViaItsOrigin() {
    Ledger l = extract("Bolivia expelled two diplomats. The claim was reported by Reuters, citing Bolivian state media.",
        "2024-06-10");
    var e = eventWithTrigger(l, "expelled");
    var as = attributionsOf(l, e);
    Attribution reuters = as.stream().filter(a -> a.source().equals(idOf(l, "Reuters"))).findFirst().orElseThrow();
    Attribution origin = as.stream().filter(a -> a.id().equals(reuters.via())).findFirst().orElseThrow();
    assertThat(origin.source()).isEqualTo(idOf(l, "Bolivian state media"));
    assertThat(reuters.stance()).isEqualTo(Stance.REPORT);
  }

  @Test
  void unnamedReportsAreTheAuthorRelayingThem() {
    Ledger l = extract("The talks began amid reports that Iran had supplied missiles to Yemen.", "2024-06-10");
    var e = eventWithTrigger(l, "supplied");
    assertThat(attributionsOf(l, e)).singleElement().satisfies(a -> {
      assertThat(a.source()).isEqualTo(Attribution.AUTHOR);
      assertThat(a.stance()).isEqualTo(Stance.REPORT);
    });
  }

  @Test
  void anEventNoOneIsCreditedWithIsTheAuthorsOwnVoice() {
    String text = "Peru recalled its ambassador.";
    Ledger l = extract(text, "2024-06-10");
    var e = l.events().get(0);
    assertThat(attributionsOf(l, e)).singleElement().satisfies(a -> {
      assertThat(a.source()).isEqualTo(Attribution.AUTHOR);
      assertThat(a.cue()).isNull();
      assertThat(a.sourceMention()).isNull();
      assertThat(a.span()).isEqualTo(e.span());
    });
  }

  @Test
  void confirmationAndAcknowledgementAreTheirOwnStances() {
    Ledger l = extract("In May 2023, Serbia confirmed the deployment of Serbian troops to the border. "
        + "Hungary acknowledged the arrest of Hungarian citizens.", "2024-06-10");
    assertThat(attributionsOf(l, eventWithTrigger(l, "deployment"))).anySatisfy(a -> {
      assertThat(a.stance()).isEqualTo(Stance.CONFIRM);
      assertThat(valueOf(l, a.time())).isEqualTo("2023-05");
    });
    assertThat(attributionsOf(l, eventWithTrigger(l, "arrest")))
        .anySatisfy(a -> assertThat(a.stance()).isEqualTo(Stance.ACKNOWLEDGE));
  }
}
