package org.attest.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Ledger;
import org.junit.jupiter.api.Test;

class EntityResolutionTest {

  private static CorpusLedger resolve(List<ManualDecision> decisions, Doc... docs) {
    List<Ledger> ledgers = java.util.Arrays.stream(docs).map(Doc::ledger).toList();
    return new CorpusResolver().resolve(new CorpusInput(ledgers, Map.of(), decisions));
  }

  private static Entity named(CorpusLedger c, String name) {
    return c.ledger().entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void sameNameUpToCaseApostropheAndLeadingTheIsOneEntityWithTheMergeRecorded() {
    Doc a = new Doc("d1");
    a.entity("The Kremlin", EntityType.ORGANIZATION);
    Doc b = new Doc("d2");
    b.entity("the Kremlin’s", EntityType.ORGANIZATION);
    Doc c = new Doc("d3");
    c.entity("KREMLIN", EntityType.ORGANIZATION);
    CorpusLedger out = resolve(List.of(), a, b, c);
    assertThat(out.ledger().entities()).hasSize(1);
    Entity e = out.ledger().entities().get(0);
    assertThat(e.id()).isEqualTo("e1");
    assertThat(e.mentions()).extracting(m -> m.doc()).containsExactly("d1", "d2", "d3");
    assertThat(out.entityMerges()).hasSize(2);
    assertThat(out.entityMerges()).allSatisfy(m -> {
      assertThat(m.entity()).isEqualTo("e1");
      assertThat(m.reason()).contains("same name").contains("ORGANIZATION");
    });
    assertThat(out.entityMerges().get(0).members()).containsExactly("d1/e1", "d2/e1");
  }

  @Test
  void aProperAliasJoinsButADescriptionDoesNot() {
    Doc a = new Doc("d1");
    a.entity("North Korea", EntityType.COUNTRY, "DPRK");
    a.entity("Yoon Suk Yeol", EntityType.PERSON, "the president");
    Doc b = new Doc("d2");
    b.entity("DPRK", EntityType.COUNTRY);
    b.entity("Emmanuel Macron", EntityType.PERSON, "the president");
    CorpusLedger out = resolve(List.of(), a, b);
    assertThat(out.ledger().entities()).extracting(Entity::name)
        .containsExactly("North Korea", "Yoon Suk Yeol", "Emmanuel Macron");
    assertThat(named(out, "North Korea").aliases()).contains("DPRK");
    assertThat(out.entityMerges()).singleElement().satisfies(m -> assertThat(m.reason()).contains("shared name 'DPRK'"));
  }

  /**
   * "Ruritania's foreign ministry" in two reports is one ministry; "the ministry" joins only inside
   * one story (reports alike: here they share the owned name), not in a report of another story.
   */
  @Test
  void aDescriptionOwnedByANameJoinsAcrossReportsABareOneOnlyInsideAStory() {
    Doc a = new Doc("d1");
    a.entity("Ruritania's foreign ministry", EntityType.ORGANIZATION);
    a.entity("the ministry", EntityType.ORGANIZATION);
    Doc b = new Doc("d2");
    b.entity("Ruritania's foreign ministry", EntityType.ORGANIZATION);
    b.entity("the ministry", EntityType.ORGANIZATION);
    Doc c = new Doc("d3");
    c.entity("Freedonia", EntityType.COUNTRY);
    c.entity("the ministry", EntityType.ORGANIZATION);
    CorpusLedger out = resolve(List.of(), a, b, c);
    assertThat(out.ledger().entities()).extracting(Entity::name)
        .containsExactly("Ruritania's foreign ministry", "the ministry", "Freedonia", "the ministry");
    assertThat(named(out, "Ruritania's foreign ministry").mentions()).extracting(m -> m.doc()).containsExactly("d1", "d2");
    assertThat(out.ledger().entities().get(1).mentions()).extracting(m -> m.doc()).containsExactly("d1", "d2");
    assertThat(out.entityMerges()).anySatisfy(m -> assertThat(m.reason()).startsWith("description 'ministry' in one story"));
  }

  @Test
  void incompatibleTypesStayApartCountryAndLocationJoin() {
    Doc a = new Doc("d1");
    a.entity("Jordan", EntityType.COUNTRY);
    a.entity("Crimea", EntityType.LOCATION);
    Doc b = new Doc("d2");
    b.entity("Jordan", EntityType.PERSON);
    b.entity("Crimea", EntityType.COUNTRY);
    CorpusLedger out = resolve(List.of(), a, b);
    assertThat(out.ledger().entities()).extracting(e -> e.name() + ":" + e.type())
        .containsExactly("Jordan:COUNTRY", "Crimea:COUNTRY", "Jordan:PERSON");
  }

  @Test
  void manualMergeJoinsWhatTheRulesKeepApart() {
    Doc a = new Doc("d1");
    a.entity("Korean Central News Agency", EntityType.ORGANIZATION);
    Doc b = new Doc("d2");
    // Not its acronym (KCNA would join by rule), so only the user can say it is the same agency.
    b.entity("Pyongyang Agency", EntityType.ORGANIZATION);
    assertThat(resolve(List.of(), a, b).ledger().entities()).hasSize(2);
    CorpusLedger out = resolve(List.of(new ManualDecision("m1", ManualDecision.Action.MERGE,
        List.of("Pyongyang Agency", "Korean Central News Agency"), "same agency")), a, b);
    assertThat(out.ledger().entities()).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Korean Central News Agency");
      assertThat(e.aliases()).contains("Pyongyang Agency");
    });
    assertThat(out.entityMerges()).singleElement()
        .satisfies(m -> assertThat(m.reason()).startsWith("manual merge m1").contains("same agency"));
  }

  @Test
  void manualSplitSurvivesRecomputationAndTakesTheAliasAway() {
    Doc a = new Doc("d1");
    a.entity("North Korea", EntityType.COUNTRY, "Pyongyang");
    // d2's extractor typed the city a country; then the rules join it to the country through the
    // alias (a LOCATION would stay apart: aCountryDoesNotAbsorbItsCapital) ...
    Doc b = new Doc("d2");
    b.entity("Pyongyang", EntityType.COUNTRY);
    Doc c = new Doc("d3");
    c.entity("North Korea", EntityType.COUNTRY);
    assertThat(resolve(List.of(), a, b, c).ledger().entities()).hasSize(1);
    List<ManualDecision> decisions = List.of(new ManualDecision("s1", ManualDecision.Action.SPLIT,
        List.of("North Korea", "Pyongyang"), "the city, not the state"));
    // ... the split is applied after them, on every recomputation (new documents included).
    for (int run = 0; run < 2; run++) {
      Doc d = new Doc("d4");
      d.entity("Pyongyang", EntityType.COUNTRY);
      CorpusLedger out = run == 0 ? resolve(decisions, a, b, c) : resolve(decisions, a, b, c, d);
      assertThat(out.ledger().entities()).extracting(Entity::name).containsExactly("North Korea", "Pyongyang");
      assertThat(named(out, "North Korea").aliases()).doesNotContain("Pyongyang");
      assertThat(named(out, "North Korea").mentions()).extracting(m -> m.doc()).containsExactly("d1", "d3");
      assertThat(named(out, "Pyongyang").mentions()).extracting(m -> m.doc()).contains("d2");
      assertThat(out.entityMerges()).anySatisfy(m -> assertThat(m.reason()).startsWith("manual split s1"));
    }
  }

  @Test
  void referencesAreRewrittenToCorpusEntities() {
    Doc a = new Doc("d1");
    String nk = a.entity("North Korea", EntityType.COUNTRY);
    a.event(org.attest.model.EventType.MOBILIZE, "sent", nk, null, null, null, null, null);
    Doc b = new Doc("d2");
    b.entity("Russia", EntityType.COUNTRY);
    String nk2 = b.entity("North Korea", EntityType.COUNTRY);
    b.event(org.attest.model.EventType.MOBILIZE, "deployed", nk2, null, null, null, null, null);
    CorpusLedger out = resolve(List.of(), a, b);
    assertThat(out.ledger().events()).extracting(v -> v.actor()).containsExactly(List.of("e1"), List.of("e1"));
    assertThat(out.origins()).containsEntry("v2", "d2/v1");
  }

  @Test
  void anAcronymJoinsTheOneEntityItAbbreviates() {
    Doc a = new Doc("d1");
    a.entity("Rapid Support Forces", EntityType.ORGANIZATION);
    a.entity("United Nations", EntityType.ORGANIZATION);
    Doc b = new Doc("d2");
    b.entity("RSF", EntityType.ORGANIZATION);
    b.entity("U.N.", EntityType.ORGANIZATION);
    CorpusLedger out = resolve(List.of(), a, b);
    assertThat(out.ledger().entities()).extracting(Entity::name).containsExactly("Rapid Support Forces", "United Nations");
    assertThat(named(out, "Rapid Support Forces").aliases()).contains("RSF");
    assertThat(out.entityMerges()).extracting(EntityMerge::reason)
        .contains("acronym 'RSF' = 'Rapid Support Forces'", "acronym 'U.N.' = 'United Nations'");
  }

  @Test
  void anAmbiguousOrIncompatibleAcronymJoinsNothing() {
    Doc a = new Doc("d1");
    a.entity("Associated Press", EntityType.ORGANIZATION);
    a.entity("Andhra Pradesh", EntityType.LOCATION);
    a.entity("Red Sea", EntityType.LOCATION);
    Doc b = new Doc("d2");
    b.entity("AP", EntityType.ORGANIZATION);
    b.entity("RS", EntityType.PERSON);
    CorpusLedger out = resolve(List.of(), a, b);
    assertThat(out.ledger().entities()).hasSize(5);
  }

  @Test
  void twoPeopleWhoShareASurnameStayApart() {
    Doc a = new Doc("d1");
    a.entity("John Harlow", EntityType.PERSON, "Harlow");
    Doc b = new Doc("d2");
    b.entity("Jane Harlow", EntityType.PERSON, "Harlow");
    Doc c = new Doc("d3");
    c.entity("John Harlow", EntityType.PERSON, "Harlow");
    CorpusLedger out = resolve(List.of(), a, b, c);
    assertThat(out.ledger().entities()).extracting(Entity::name).containsExactly("John Harlow", "Jane Harlow");
    assertThat(named(out, "John Harlow").mentions()).extracting(m -> m.doc()).containsExactly("d1", "d3");
  }

  @Test
  void aCountryDoesNotAbsorbItsCapital() {
    // d1: the capital stands for the country ("Khartoum said"): an alias of Sudan in that report.
    Doc a = new Doc("d1");
    a.entity("Sudan", EntityType.COUNTRY, "Khartoum");
    Doc b = new Doc("d2");
    b.entity("Khartoum", EntityType.LOCATION);
    Doc c = new Doc("d3");
    c.entity("Sudan", EntityType.COUNTRY);
    CorpusLedger out = resolve(List.of(), a, b, c);
    assertThat(out.ledger().entities()).extracting(Entity::name).containsExactly("Sudan", "Khartoum");
    assertThat(named(out, "Khartoum").type()).isEqualTo(EntityType.LOCATION);
    assertThat(named(out, "Sudan").mentions()).extracting(m -> m.doc()).containsExactly("d1", "d3");
  }

  /** A surname alone joins the one person of that full name; with two such people it joins neither. */
  @Test
  void aBareSurnameJoinsTheOnePersonOfThatNameOnly() {
    Doc a = new Doc("d1");
    a.entity("Vincent Jackson", EntityType.PERSON, "Jackson");
    a.entity("John Harlow", EntityType.PERSON, "Harlow");
    Doc b = new Doc("d2");
    b.entity("Jackson", EntityType.PERSON);
    b.entity("Jane Harlow", EntityType.PERSON, "Harlow");
    Doc c = new Doc("d3");
    c.entity("Harlow", EntityType.PERSON);
    c.entity("Obama", EntityType.PERSON, "President Obama");
    Doc d = new Doc("d4");
    d.entity("Barack Obama", EntityType.PERSON, "Obama");
    CorpusLedger out = resolve(List.of(), a, b, c, d);
    assertThat(out.ledger().entities()).extracting(Entity::name)
        .containsExactly("Vincent Jackson", "John Harlow", "Jane Harlow", "Harlow", "Obama");
    assertThat(named(out, "Vincent Jackson").mentions()).extracting(m -> m.doc()).containsExactly("d1", "d2");
    assertThat(named(out, "Obama").aliases()).contains("President Obama", "Barack Obama");
    assertThat(out.entityMerges()).extracting(EntityMerge::reason)
        .contains("surname 'Jackson' = 'Vincent Jackson' (the one person of that name)");
  }

  /** "Charger Vincent Jackson" and "Regina M. Benjamin" are longer forms of one full name. */
  @Test
  void aTitleOrAMiddleInitialDoesNotMakeAnotherPerson() {
    Doc a = new Doc("d1");
    a.entity("Vincent Jackson", EntityType.PERSON);
    a.entity("Regina Benjamin", EntityType.PERSON);
    Doc b = new Doc("d2");
    b.entity("Charger Vincent Jackson", EntityType.PERSON);
    b.entity("Regina M. Benjamin", EntityType.PERSON);
    CorpusLedger out = resolve(List.of(), a, b);
    assertThat(out.ledger().entities()).extracting(Entity::name).hasSize(2);
    assertThat(out.entityMerges()).extracting(EntityMerge::reason)
        .anyMatch(r -> r.startsWith("full name 'Charger Vincent Jackson' = 'Vincent Jackson'"))
        .anyMatch(r -> r.startsWith("full name 'Regina M. Benjamin' = 'Regina Benjamin'"));
  }

  /** One name gets one type: the tagger's PERSON "INS Tabar" is the ORGANIZATION "INS Tabar" of two other reports. */
  @Test
  void oneNameTypedTwoWaysIsOneEntityOfItsMostFrequentType() {
    Doc a = new Doc("d1");
    a.entity("INS Tabar", EntityType.PERSON);
    a.entity("Mysore", EntityType.LOCATION);
    Doc b = new Doc("d2");
    b.entity("INS Tabar", EntityType.ORGANIZATION);
    b.entity("Mysore", EntityType.ORGANIZATION);
    Doc c = new Doc("d3");
    c.entity("INS Tabar", EntityType.ORGANIZATION);
    c.entity("Jordan", EntityType.PERSON);
    Doc d = new Doc("d4");
    d.entity("Jordan", EntityType.COUNTRY);
    CorpusLedger out = resolve(List.of(), a, b, c, d);
    assertThat(out.ledger().entities()).extracting(e -> e.name() + ":" + e.type())
        .containsExactly("INS Tabar:ORGANIZATION", "Mysore:ORGANIZATION", "Jordan:PERSON", "Jordan:COUNTRY");
    assertThat(named(out, "INS Tabar").mentions()).extracting(m -> m.doc()).containsExactly("d1", "d2", "d3");
  }

  /** A hyphenated name is one word: "T-Mobile" is not "Mobile"; a tokenizer's "T - Mobile" is "T-Mobile". */
  @Test
  void aHyphenatedNameStaysWhole() {
    Doc a = new Doc("d1");
    a.entity("T-Mobile", EntityType.ORGANIZATION);
    Doc b = new Doc("d2");
    b.entity("Mobile", EntityType.LOCATION);
    b.entity("T - Mobile", EntityType.ORGANIZATION);
    CorpusLedger out = resolve(List.of(), a, b);
    assertThat(out.ledger().entities()).extracting(Entity::name).containsExactly("T-Mobile", "Mobile");
    assertThat(named(out, "T-Mobile").mentions()).extracting(m -> m.doc()).containsExactly("d1", "d2");
    assertThat(EntityResolution.initials("T-Mobile")).isNull();
  }

  /**
   * The forces of a country are not the country: another report's "Sudanese Armed Forces" does not
   * join Sudan through one report's alias, and an army acting for Sudan keeps that affiliation
   * and stays apart from the army of Chad in the same story.
   */
  @Test
  void aCountryDoesNotAbsorbItsArmyWhichActsForIt() {
    Doc a = new Doc("d1");
    a.entity("Sudan", EntityType.COUNTRY, "Sudanese Armed Forces", "Khartoum");
    a.entityActingFor("army", EntityType.ORGANIZATION, "Sudan", "MIL");
    Doc b = new Doc("d2");
    b.entity("Sudan", EntityType.COUNTRY);
    b.entity("Sudanese Armed Forces", EntityType.ORGANIZATION);
    b.entityActingFor("army", EntityType.ORGANIZATION, "Chad", "MIL");
    CorpusLedger out = resolve(List.of(), a, b);
    assertThat(out.ledger().entities()).extracting(Entity::name)
        .containsExactly("Sudan", "army", "Sudanese Armed Forces", "army");
    assertThat(named(out, "Sudan").mentions()).extracting(m -> m.doc()).containsExactly("d1", "d2");
    assertThat(out.ledger().entities().get(1).affiliation()).isEqualTo(new Entity.Affiliation("Sudan", "MIL", null));
  }
}
