package org.attest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.extract.Pipelines.eventWithTrigger;
import static org.attest.extract.Pipelines.extract;
import static org.attest.extract.Pipelines.idOf;
import static org.attest.extract.Pipelines.valueOf;

import org.attest.model.EventType;
import org.attest.model.Ledger;
import org.attest.model.Modality;
import org.attest.model.Polarity;
import org.junit.jupiter.api.Test;

class EventExtractorTest {

  @Test
  void anArrestHasActorPlaceTimeAndCount() {
    Ledger l = extract("Egyptian forces arrested 30 protesters in Alexandria on March 3, 2024.", "2024-03-05");
    var e = eventWithTrigger(l, "arrested");
    assertThat(e.type()).isEqualTo(EventType.COERCE);
    assertThat(e.actor()).containsExactly(idOf(l, "Egypt"));
    assertThat(e.location()).isEqualTo(idOf(l, "Alexandria"));
    assertThat(valueOf(l, e.time())).isEqualTo("2024-03-03");
    assertThat(e.quantity().value()).isEqualByComparingTo("30");
    assertThat(e.quantity().unit()).isEqualTo("protesters");
    assertThat(e.modality()).isEqualTo(Modality.ACTUAL);
  }

  @Test
  void aPlannedDeploymentHasAMaximumAndIsPlanned() {
    Ledger l = extract("Turkey plans to send up to 500 soldiers to Libya.", "2024-03-05");
    var e = eventWithTrigger(l, "send");
    assertThat(e.type()).isEqualTo(EventType.MOBILIZE);
    assertThat(e.modality()).isEqualTo(Modality.PLANNED);
    assertThat(e.actor()).containsExactly(idOf(l, "Turkey"));
    assertThat(e.location()).isEqualTo(idOf(l, "Libya"));
    assertThat(e.quantity().max()).isEqualByComparingTo("500");
    assertThat(e.quantity().value()).isNull();
    assertThat(e.quantity().text()).isEqualTo("up to 500");
  }

  @Test
  void sendingGoodsIsAidSendingTroopsIsMobilization() {
    Ledger l = extract("Norway sent medicine to Sudan. Chad sent 200 troops to Niger.", "2024-03-05");
    assertThat(l.events()).extracting(e -> e.type()).containsExactly(EventType.AID, EventType.MOBILIZE);
  }

  @Test
  void aJointSigningHasTheSecondPartyAsTarget() {
    Ledger l = extract("In 2019, Chile and Peru signed a trade agreement.", "2024-03-05");
    var e = eventWithTrigger(l, "signed");
    assertThat(e.type()).isEqualTo(EventType.AGREE);
    assertThat(e.actor()).containsExactly(idOf(l, "Chile"));
    assertThat(e.target()).isEqualTo(idOf(l, "Peru"));
    assertThat(valueOf(l, e.time())).isEqualTo("2019");
  }

  @Test
  void anEventNounNeedsAParticipant() {
    Ledger l = extract("The invasion of Kuwait by Iraq shocked the region. The demands of modern life are many.",
        "2024-03-05");
    var e = eventWithTrigger(l, "invasion");
    assertThat(e.type()).isEqualTo(EventType.ASSAULT);
    assertThat(l.events()).noneMatch(v -> v.trigger().equals("demands"));
  }

  @Test
  void clashesBetweenTwoSidesHaveBothAsActors() {
    Ledger l = extract("Witnesses described clashes between Armenian troops and Azerbaijani forces near the border.",
        "2024-03-05");
    var e = eventWithTrigger(l, "clashes");
    assertThat(e.actor()).containsExactlyInAnyOrder(idOf(l, "Armenia"), idOf(l, "Azerbaijan"));
  }

  @Test
  void carryingOutStrikesIsAnAssault() {
    Ledger l = extract("Ukraine carried out drone strikes on an oil depot.", "2024-03-05");
    var e = eventWithTrigger(l, "carried");
    assertThat(e.type()).isEqualTo(EventType.ASSAULT);
    assertThat(e.actor()).containsExactly(idOf(l, "Ukraine"));
  }

  @Test
  void aVerbWithANamedParticipantOutsidePloverIsAnOtherEvent() {
    Ledger l = extract("Airbus delivered 30 jets to Qantas in 2019.", "2024-03-05");
    var e = eventWithTrigger(l, "delivered");
    assertThat(e.type()).isIn(EventType.AID, EventType.OTHER);
    assertThat(l.events()).noneMatch(v -> v.trigger().equals("seemed"));
  }

  @Test
  void aNegatedEventIsNegated() {
    Ledger l = extract("Israel did not attack the convoy.", "2024-03-05");
    var e = eventWithTrigger(l, "attack");
    assertThat(e.modality()).isEqualTo(Modality.NEGATED);
    assertThat(e.polarity()).isEqualTo(Polarity.NEGATIVE);
  }

  @Test
  void everyEventCarriesItsSentenceAndASummary() {
    String text = "Ghana called for a ceasefire. Togo criticized the plan.";
    Ledger l = extract(text, "2024-03-05");
    assertThat(l.events()).hasSize(2).allSatisfy(e -> {
      assertThat(text.substring(e.begin(), e.end())).isEqualTo(e.trigger());
      assertThat(e.sentence().contains(e.span())).isTrue();
      assertThat(e.summary()).isNotBlank();
      assertThat(e.extractor().name()).isEqualTo("events");
    });
  }
}
