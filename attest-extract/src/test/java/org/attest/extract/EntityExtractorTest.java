package org.attest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.extract.Pipelines.entityNamed;
import static org.attest.extract.Pipelines.extract;

import org.attest.model.EntityType;
import org.attest.model.Ledger;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

  @Test
  void aCapitalThatActsIsItsCountry() {
    Ledger l = extract("Moscow rejected the proposal on Monday.", "2024-05-02");
    assertThat(entityNamed(l, "Russia").aliases()).contains("Moscow");
    assertThat(entityNamed(l, "Russia").type()).isEqualTo(EntityType.COUNTRY);
  }

  @Test
  void aCapitalAfterALocativePrepositionIsAPlace() {
    Ledger l = extract("The delegates met in Moscow on Monday.", "2024-05-02");
    assertThat(entityNamed(l, "Moscow").type()).isEqualTo(EntityType.LOCATION);
    assertThat(l.entities()).noneMatch(e -> e.name().equals("Russia"));
  }

  @Test
  void forcesActingForACountryAreThatCountry() {
    Ledger l = extract("French troops crossed the river. Later, the French army withdrew.", "2024-05-02");
    assertThat(entityNamed(l, "France").aliases()).contains("French troops").anyMatch(a -> a.contains("French army"));
  }

  @Test
  void anInstitutionNamedByDescriptionIsAnOrganizationOfItsOwn() {
    Ledger l = extract("Japanese intelligence warned that Japan faced new threats.", "2024-05-02");
    assertThat(entityNamed(l, "Japanese intelligence").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(entityNamed(l, "Japan").aliases()).doesNotContain("Japanese intelligence");
  }

  @Test
  void anOfficeNamedByAnAppositionResolvesToItsHolderLater() {
    Ledger l = extract("Olaf Scholz, the chancellor of Germany, visited Warsaw on Tuesday. "
        + "The German chancellor said the talks went well.", "2024-05-02");
    assertThat(entityNamed(l, "Olaf Scholz").aliases())
        .contains("the chancellor of Germany")
        .anyMatch(a -> a.equalsIgnoreCase("the German chancellor"));
  }

  @Test
  void anOfficeWithoutAKnownHolderIsAPersonNamedByTheOffice() {
    Ledger l = extract("Kenya's foreign minister visited Addis Ababa.", "2024-05-02");
    assertThat(entityNamed(l, "Kenya's foreign minister").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aTitledNameKeepsTheTitleAsAliasAndAShortNameJoinsIt() {
    Ledger l = extract("Brazilian President Luiz Inacio Lula da Silva arrived in Lisbon. Lula da Silva met students.",
        "2024-05-02");
    var lula = l.entities().stream().filter(e -> e.name().contains("Lula")).toList();
    assertThat(lula).hasSize(1);
    assertThat(lula.get(0).aliases()).anyMatch(a -> a.startsWith("Brazilian President"));
  }

  @Test
  void pronounsJoinTheirAntecedent() {
    Ledger l = extract("Angela Merkel arrived in Rome. She met the Italian president.", "2024-05-02");
    assertThat(entityNamed(l, "Angela Merkel").mentions()).hasSize(2);
  }

  /** Within-document coreference: "she" after "a woman" is the woman; "he" is never "police". */
  @Test
  void aPersonPronounJoinsTheOnePersonADescriptionNames() {
    Ledger l = extract("A woman was struck by a car on Monday. She died later at a hospital.", "2024-05-02");
    assertThat(entityNamed(l, "woman").mentions()).hasSize(2);
    Ledger p = extract("Police arrived on Monday. He was arrested later.", "2024-05-02");
    assertThat(entityNamed(p, "police").mentions()).hasSize(1);
  }

  @Test
  void mentionOffsetsPointAtTheWordsOfTheMention() {
    String text = "Tehran said the ship was released. Iranian officials confirmed it.";
    Ledger l = extract(text, "2024-05-02");
    var iran = entityNamed(l, "Iran");
    for (var m : iran.mentions()) {
      String words = text.substring(m.begin(), m.end());
      assertThat(words).matches("Tehran|Iranian officials|it");
    }
  }

  @Test
  void genericAgentsAreActorsAndActForTheirCountry() {
    Ledger l = extract("Nigerien rebels ambushed a convoy. Police arrested two men. The rebels fled.", "2024-03-06");
    var rebels = Pipelines.entityNamed(l, "rebels");
    assertThat(rebels.mentions()).hasSize(2);
    assertThat(rebels.affiliation().country()).isEqualTo("Niger");
    assertThat(rebels.affiliation().role()).isEqualTo("REB");
    // a common noun opening a sentence keeps its lower-case spelling: one description, one name
    assertThat(Pipelines.entityNamed(l, "police").affiliation().role()).isEqualTo("COP");
    assertThat(l.entities()).noneMatch(e -> e.name().equals("Police"));
  }

  @Test
  void aNamedActorResolvesToItsCountryAndRoleOnTheArticlesDate() {
    Ledger l = extract("Kim Jong Il inspected a factory.", "2010-06-01");
    var kim = Pipelines.entityNamed(l, "Kim Jong Il");
    assertThat(kim.affiliation().country()).isEqualTo("North Korea");
    assertThat(kim.affiliation().code()).startsWith("PRKGOV");
  }

  @Test
  void anOfficeDescribedByItsCountryActsForIt() {
    Ledger l = extract("The Egyptian foreign minister visited Amman.", "2024-03-06");
    var e = l.entities().stream().filter(x -> x.type() == org.attest.model.EntityType.PERSON).findFirst().orElseThrow();
    assertThat(e.affiliation().country()).isEqualTo("Egypt");
  }
}
