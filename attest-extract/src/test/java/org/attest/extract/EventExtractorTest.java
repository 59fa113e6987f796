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
    // PLOVER: signing an agreement is SUPPORT (CAMEO 057); the CAMEO dictionary codes signing a
    // *trade* agreement 0311 (intent to cooperate economically), which PLOVER maps to AGREE.
    assertThat(e.type()).isIn(EventType.SUPPORT, EventType.AGREE);
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
    // called, the ceasefire (a nominal event) and criticized.
    assertThat(l.events()).extracting(e -> e.trigger()).containsExactly("called", "ceasefire", "criticized");
    assertThat(l.events()).allSatisfy(e -> {
      assertThat(text.substring(e.begin(), e.end())).isEqualTo(e.trigger());
      assertThat(e.sentence().contains(e.span())).isTrue();
      assertThat(e.summary()).isNotBlank();
      assertThat(e.extractor().name()).isEqualTo("events");
    });
  }

  // ------------------------------------------------------------ PLOVER typing, nominal events, coreference

  @Test
  void aPassiveHasItsAgentAsActorAndThePatientAsTarget() {
    Ledger l = extract("The Malian army was attacked by rebels near Gao on Monday.", "2024-03-06");
    var e = eventWithTrigger(l, "attacked");
    assertThat(e.type()).isEqualTo(EventType.ASSAULT);
    assertThat(e.actor()).containsExactly(idOf(l, "rebels"));
    assertThat(e.target()).isEqualTo(idOf(l, "Mali"));
    assertThat(valueOf(l, e.time())).isEqualTo("2024-03-04");
  }

  @Test
  void anEventWithoutAnActorIsStillAnEventWithItsPlaceAndTime() {
    Ledger l = extract("A car bomb exploded in Kabul on Friday.", "2024-03-06");
    var e = eventWithTrigger(l, "exploded");
    assertThat(e.actor()).isEmpty();
    assertThat(e.location()).isEqualTo(idOf(l, "Kabul"));
    assertThat(valueOf(l, e.time())).isEqualTo("2024-03-01");
  }

  @Test
  void theCameoDictionaryTypesAVerbByItsObject() {
    // "call for" a meeting is a request; "strike" a deal is cooperation, not an assault.
    Ledger l = extract("Peru called for a summit. Bolivia struck a deal with Chile.", "2024-03-06");
    assertThat(eventWithTrigger(l, "called").type()).isEqualTo(EventType.DEMAND);
    assertThat(eventWithTrigger(l, "struck").type()).isNotEqualTo(EventType.ASSAULT);
  }

  @Test
  void verbsOfChangeAndNominalEventsAreEvents() {
    Ledger l = extract("Car sales fell 4 percent in May as the recession deepened. The deployment was delayed.",
        "2024-06-10");
    assertThat(l.events()).extracting(e -> e.trigger()).contains("fell", "recession", "deepened", "deployment");
    var fell = eventWithTrigger(l, "fell");
    assertThat(fell.type()).isEqualTo(EventType.OTHER);
    assertThat(fell.quantity().value()).isEqualByComparingTo("4");
    assertThat(eventWithTrigger(l, "deployment").type()).isEqualTo(EventType.MOBILIZE);
  }

  @Test
  void aNounThatNamesAThingIsNoEvent() {
    Ledger l = extract("The government of Fiji met on Tuesday.", "2024-06-10");
    assertThat(l.events()).noneMatch(e -> e.trigger().equals("government"));
  }

  @Test
  void mentionsOfOneEventBecomeOneEventWithSeveralMentions() {
    String text = "Rebels attacked a police post in Tillaberi on Monday. The attack killed four officers.";
    Ledger l = extract(text, "2024-03-06");
    var e = eventWithTrigger(l, "attacked");
    assertThat(e.mentions()).extracting(m -> m.trigger()).containsExactly("attacked", "attack");
    assertThat(e.mentions()).allSatisfy(m -> assertThat(text.substring(m.begin(), m.end())).isEqualTo(m.trigger()));
    assertThat(l.events()).noneMatch(x -> x.trigger().equals("attack"));
  }

  @Test
  void aHeadlineAndItsBodyMentionOneEvent() {
    Ledger l = extract("Argentina devalues peso\n\nArgentina devalued the peso by 20 percent on Monday.", "2024-03-06");
    var e = eventWithTrigger(l, "devalues");
    assertThat(e.mentions()).extracting(m -> m.trigger()).containsExactly("devalues", "devalued");
    assertThat(valueOf(l, e.time())).isEqualTo("2024-03-04");
  }

  @Test
  void theSamePredicateWithOtherParticipantsOrTimesStaysApart() {
    Ledger l = extract("Prices rose in March. Wages rose in April. Chad attacked Niger. Mali attacked Niger.", "2024-06-10");
    assertThat(l.events()).filteredOn(e -> e.trigger().equals("rose")).hasSize(2);
    assertThat(l.events()).filteredOn(e -> e.trigger().equals("attacked")).hasSize(2);
  }

  @Test
  void announcedCooperationIsAnAgreementAsPloverSays() {
    Ledger l = extract("Japan will provide aid to Tonga.", "2024-06-10");
    var e = eventWithTrigger(l, "provide");
    assertThat(e.modality()).isEqualTo(Modality.PLANNED);
    assertThat(e.type()).isEqualTo(EventType.AGREE);
  }

  @Test
  void aCarrierVerbTakesTheTypeOfItsEventNoun() {
    Ledger l = extract("Chile expressed regret for the shooting.", "2024-03-05");
    var e = eventWithTrigger(l, "expressed");
    assertThat(e.type()).isEqualTo(EventType.CONCEDE);
    assertThat(e.actor()).containsExactly(idOf(l, "Chile"));
  }

  @Test
  void aPhrasalVerbIsReadWithItsParticle() {
    Ledger l = extract("Ukraine pulled back its artillery from the river.", "2024-03-05");
    assertThat(eventWithTrigger(l, "pulled").type()).isEqualTo(EventType.RETREAT);
  }

  @Test
  void aBlockadeByCiviliansIsAProtest() {
    Ledger l = extract("Students blockaded the university gates.", "2024-03-05");
    assertThat(eventWithTrigger(l, "blockaded").type()).isEqualTo(EventType.PROTEST);
  }

  @Test
  void aNominalEventsByPhraseIsItsActor() {
    Ledger l = extract("The release of the sailors by Yemen ended the crisis.", "2024-03-05");
    var e = eventWithTrigger(l, "release");
    assertThat(e.type()).isEqualTo(EventType.RETREAT);
    assertThat(e.actor()).containsExactly(idOf(l, "Yemen"));
  }

  @Test
  void severingTiesInThePassiveIsASanctionByTheAgent() {
    Ledger l = extract("Ties with Iran were severed by Canada.", "2024-03-05");
    var e = eventWithTrigger(l, "severed");
    assertThat(e.type()).isEqualTo(EventType.SANCTION);
    assertThat(e.actor()).containsExactly(idOf(l, "Canada"));
  }
}
